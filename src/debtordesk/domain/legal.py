"""Dutch legal rules for collection, pure and tested against LEGAL-NL.md (the specification).

One import point for the rest of DebtorDesk; the rules live in ``legal_*`` modules by subject:

- :mod:`debtordesk.domain.legal_costs`: collection costs (BIK scale, VAT uplift) and the cap for small
  recurring claims.
- :mod:`debtordesk.domain.legal_interest`: statutory interest from a dated rate table.
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
from debtordesk.domain.legal_interest import (
    DEFAULT_INTEREST_RATES,
    InterestPeriod,
    InterestRate,
    InterestResult,
    InterestState,
    accrue,
    interest_table_warning,
    statutory_interest,
)

__all__ = [
    "BIK_MAXIMUM",
    "BIK_MINIMUM",
    "DEFAULT_INTEREST_RATES",
    "SMALL_RECURRING_CAP",
    "SMALL_RECURRING_PERIOD_MONTHS",
    "SMALL_RECURRING_THRESHOLD",
    "CappedCosts",
    "CollectionCosts",
    "CostCharge",
    "InterestPeriod",
    "InterestRate",
    "InterestResult",
    "InterestState",
    "accrue",
    "collection_costs",
    "collection_costs_breakdown",
    "interest_table_warning",
    "small_recurring_cap",
    "statutory_interest",
]
