"""Dutch legal rules for collection, pure and tested against LEGAL-NL.md (the specification).

One import point for the rest of DebtorDesk; the rules live in ``legal_*`` modules by subject:

- :mod:`debtordesk.domain.legal_costs`: collection costs (BIK scale, VAT uplift) and the cap for small
  recurring claims.
"""

from __future__ import annotations

from debtordesk.domain.legal_costs import (
    BIK_MAXIMUM,
    BIK_MINIMUM,
    SMALL_RECURRING_CAP,
    SMALL_RECURRING_PERIOD_MONTHS,
    SMALL_RECURRING_THRESHOLD,
    CappedCosts,
    CollectionCosts,
    CostCharge,
    collection_costs,
    collection_costs_breakdown,
    small_recurring_cap,
)

__all__ = [
    "BIK_MAXIMUM",
    "BIK_MINIMUM",
    "SMALL_RECURRING_CAP",
    "SMALL_RECURRING_PERIOD_MONTHS",
    "SMALL_RECURRING_THRESHOLD",
    "CappedCosts",
    "CollectionCosts",
    "CostCharge",
    "collection_costs",
    "collection_costs_breakdown",
    "small_recurring_cap",
]
