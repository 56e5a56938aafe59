"""Prescription of a claim (verjaring) and the allocation of a payment (art. 6:44 BW).

Prescription:

- A consumer-sale price claim prescribes after 2 years (art. 7:28 BW; case law applies it to consumer supply
  of energy too); most other claims after 5 years (art. 3:307 BW). The claim type is a property of the
  invoice (:class:`~debtordesk.domain.enums.ClaimType`).
- The period starts the day after the claim fell due (art. 3:307) and ends on the same date 2 or 5 years
  later; from the next day the claim is prescribed. :func:`prescription_date` returns that first prescribed
  day. (29 February counts on to 28 February, through :func:`~debtordesk.domain.legal_interest.add_years`.)
- A written reminder with a clear reservation of rights interrupts it (art. 3:317): a new period of the
  same length (never more than 5 years, art. 3:319) starts the day after the interrupting letter. A letter
  dated on or before the due date interrupts nothing.

Allocation: a payment pays the costs first, then the interest, then the principal (art. 6:44 BW), unless
the organisation chose principal first (then principal, interest, costs: the common social-collection
choice). What exceeds everything open is returned as ``surplus``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from debtordesk.domain.enums import ClaimType
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal_interest import add_years
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO

PRESCRIPTION_YEARS: dict[ClaimType, int] = {ClaimType.CONSUMER_SALE: 2, ClaimType.OTHER: 5}

#: Warn this many days before a claim prescribes.
PRESCRIPTION_WARNING_DAYS = 90


def prescription_date(
    claim_type: ClaimType | str, due_date: date, last_interruption: date | None = None
) -> date:
    """The first day on which the claim is prescribed (the day after the period ends)."""
    years = PRESCRIPTION_YEARS[ClaimType(str(claim_type))]
    base = due_date
    if last_interruption is not None and last_interruption > due_date:
        base = last_interruption
    return add_years(base, years) + timedelta(days=1)


def prescription_warning(
    claim_type: ClaimType | str,
    due_date: date,
    last_interruption: date | None,
    today: date,
    within_days: int = PRESCRIPTION_WARNING_DAYS,
) -> Message | None:
    """A warning when the claim is prescribed or prescribes within ``within_days`` days; None otherwise.

    The message names the date it prescribes and, when there is one, the last interrupting letter.
    """
    prescribed_on = prescription_date(claim_type, due_date, last_interruption)
    interrupting = last_interruption if last_interruption and last_interruption > due_date else None
    params: dict[str, date | int | None] = {"on": prescribed_on, "letter": interrupting}
    if today >= prescribed_on:
        code = "prescription.prescribed_after_letter" if interrupting else "prescription.prescribed"
        return Message(code, params)
    days_left = (prescribed_on - today).days
    if days_left <= within_days:
        code = "prescription.near_after_letter" if interrupting else "prescription.near"
        return Message(code, {**params, "days": days_left})
    return None


class AllocationOrder(StrEnum):
    #: art. 6:44 BW: costs, then interest, then principal (the default)
    LEGAL = "legal"
    #: principal, then interest, then costs
    PRINCIPAL_FIRST = "principal_first"


@dataclass(frozen=True)
class Allocation:
    """How a payment was divided; ``surplus`` is what was paid beyond everything open."""

    costs: Decimal
    interest: Decimal
    principal: Decimal
    surplus: Decimal

    @property
    def allocated(self) -> Decimal:
        return self.costs + self.interest + self.principal


def allocate_payment(
    amount: Decimal,
    open_costs: Decimal,
    open_interest: Decimal,
    open_principal: Decimal,
    order: AllocationOrder = AllocationOrder.LEGAL,
) -> Allocation:
    """Divide ``amount`` over the open costs, interest and principal in the chosen order."""
    for value in (amount, open_costs, open_interest, open_principal):
        if value < 0:
            raise UserError("allocation.negative", amount=value)
    sequence = ("costs", "interest", "principal")
    if AllocationOrder(order) is AllocationOrder.PRINCIPAL_FIRST:
        sequence = ("principal", "interest", "costs")
    open_amounts = {"costs": open_costs, "interest": open_interest, "principal": open_principal}
    paid = dict.fromkeys(sequence, ZERO)
    remaining = amount
    for part in sequence:
        share = min(remaining, open_amounts[part])
        paid[part] = share
        remaining -= share
    return Allocation(paid["costs"], paid["interest"], paid["principal"], remaining)
