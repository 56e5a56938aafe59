"""Dutch legal rules for collection, pure and tested against LEGAL-NL.md (the specification).

One import point for the rest of DebtorDesk; the rules live in ``legal_*`` modules by subject:

- :mod:`debtordesk.domain.legal_costs`: collection costs (BIK scale, VAT uplift) and the cap for small
  recurring claims.
- :mod:`debtordesk.domain.legal_interest`: statutory interest from a dated rate table.
- :mod:`debtordesk.domain.legal_letters`: the 14-day letter: assumed receipt from a dated postal delivery
  table, the end of the term, the first day costs may be charged, and which letters count.
- :mod:`debtordesk.domain.legal_claims`: prescription dates and warnings, payment allocation (art. 6:44 BW).
"""

from __future__ import annotations

from debtordesk.domain.legal_claims import (
    PRESCRIPTION_YEARS,
    Allocation,
    AllocationOrder,
    allocate_payment,
    prescription_date,
    prescription_warning,
)
from debtordesk.domain.legal_costs import (
    BIK_MAXIMUM,
    BIK_MINIMUM,
    SMALL_RECURRING_CAP,
    SMALL_RECURRING_PERIOD_MONTHS,
    SMALL_RECURRING_THRESHOLD,
    CappedCosts,
    CollectionCosts,
    CostCharge,
    ScalePart,
    collection_costs,
    collection_costs_breakdown,
    scale_parts,
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
from debtordesk.domain.legal_letters import (
    DEFAULT_POSTAL_RULES,
    FOURTEEN_DAYS,
    FourteenDayDates,
    LetterProblem,
    LetterValidity,
    PostalRule,
    assumed_receipt,
    fourteen_day_dates,
    fourteen_day_letter_valid,
)

__all__ = [
    "BIK_MAXIMUM",
    "BIK_MINIMUM",
    "DEFAULT_INTEREST_RATES",
    "DEFAULT_POSTAL_RULES",
    "FOURTEEN_DAYS",
    "PRESCRIPTION_YEARS",
    "SMALL_RECURRING_CAP",
    "SMALL_RECURRING_PERIOD_MONTHS",
    "SMALL_RECURRING_THRESHOLD",
    "Allocation",
    "AllocationOrder",
    "CappedCosts",
    "CollectionCosts",
    "CostCharge",
    "FourteenDayDates",
    "InterestPeriod",
    "InterestRate",
    "InterestResult",
    "InterestState",
    "LetterProblem",
    "LetterValidity",
    "PostalRule",
    "ScalePart",
    "accrue",
    "allocate_payment",
    "assumed_receipt",
    "collection_costs",
    "collection_costs_breakdown",
    "fourteen_day_dates",
    "fourteen_day_letter_valid",
    "interest_table_warning",
    "prescription_date",
    "prescription_warning",
    "scale_parts",
    "small_recurring_cap",
    "statutory_interest",
]
