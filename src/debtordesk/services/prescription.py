"""Claims nearing prescription (verjaring): the open invoices of an administration whose prescription date
falls within N days (default 90) of a date, or has passed, soonest first.

The prescription date comes from :func:`debtordesk.domain.legal.prescription_date`: the customer's claim
type (2 years for consumer sale and supply, 5 otherwise), the invoice's due date and the last
interrupting letter. A letter interrupts when it went out (``went_out_on``) on the letter channel, listed
the invoice, and was not cancelled or failed; a 14-day letter whose evidence is void (returned mail) did
not reach the customer and interrupts nothing. E-mails and SMS are not counted: only a written reminder
with a clear reservation of rights interrupts (art. 3:317 BW), and the letters are where DebtorDesk
states it.

The loading is set-based: a claim cannot prescribe sooner than two years after its due date, so only
invoices due on or before (date + N days - 2 years) are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, select

from debtordesk.db.models import (
    Communication,
    CommunicationInvoice,
    Customer,
    FourteenDayLetter,
    Invoice,
)
from debtordesk.domain.dunning.model import ActionChannel
from debtordesk.domain.dunning.states import NOT_TAKEN
from debtordesk.domain.enums import ClaimType, InvoiceStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import PRESCRIPTION_YEARS, prescription_date, prescription_warning
from debtordesk.domain.legal_claims import PRESCRIPTION_WARNING_DAYS
from debtordesk.domain.legal_interest import add_years
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO
from debtordesk.services.database import Database

#: the longest look-ahead the command accepts (ten years covers every claim type)
MAX_WITHIN_DAYS = 3650


@dataclass(frozen=True)
class PrescriptionWarning:
    """One open invoice that prescribes within the window (``days_left`` <= 0: already prescribed)."""

    customer_id: int
    customer_number: str
    customer_name: str
    invoice_id: int
    invoice_number: str
    due_date: date
    open_amount: Decimal
    claim_type: ClaimType
    #: the last interrupting letter's dispatch date; None when none interrupted
    last_letter: date | None
    prescribes_on: date
    days_left: int
    #: what it means and what to do, with the dates (prescription.near, .prescribed, …)
    message: Message


def prescription_warnings(
    db: Database,
    administration_id: int,
    *,
    today: date,
    within_days: int = PRESCRIPTION_WARNING_DAYS,
) -> list[PrescriptionWarning]:
    """The open invoices that prescribe within ``within_days`` days of ``today`` or already have,
    by prescription date (then customer and invoice number)."""
    if not 0 <= within_days <= MAX_WITHIN_DAYS:
        raise UserError("prescription.within_invalid", value=str(within_days))
    shortest = min(PRESCRIPTION_YEARS.values())
    latest_due = add_years(today + timedelta(days=within_days), -shortest)
    void_letters = select(FourteenDayLetter.communication_id).where(
        FourteenDayLetter.void.is_(True), FourteenDayLetter.communication_id.is_not(None)
    )
    last_letter = (
        select(
            CommunicationInvoice.invoice_id.label("invoice_id"),
            func.max(Communication.went_out_on).label("went_out_on"),
        )
        .join(Communication, Communication.id == CommunicationInvoice.communication_id)
        .where(
            Communication.administration_id == administration_id,
            Communication.channel == ActionChannel.LETTER,
            Communication.went_out_on.is_not(None),
            Communication.status.not_in(list(NOT_TAKEN)),
            Communication.id.not_in(void_letters),
            CommunicationInvoice.invoice_id.is_not(None),
        )
        .group_by(CommunicationInvoice.invoice_id)
        .subquery()
    )
    query = (
        select(
            Customer.id,
            Customer.number,
            Customer.name,
            Customer.claim_type,
            Invoice.id,
            Invoice.number,
            Invoice.due_date,
            Invoice.open_amount,
            last_letter.c.went_out_on,
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(last_letter, last_letter.c.invoice_id == Invoice.id)
        .where(
            and_(
                Invoice.administration_id == administration_id,
                Invoice.status == InvoiceStatus.OPEN,
                Invoice.open_amount > ZERO,
                Invoice.due_date <= latest_due,
            )
        )
    )
    found: list[PrescriptionWarning] = []
    with db.read() as session:
        rows = session.execute(query).all()
    for (
        customer_id,
        number,
        name,
        claim_type,
        invoice_id,
        invoice_number,
        due,
        open_amount,
        letter,
    ) in rows:
        kind = ClaimType(claim_type)
        message = prescription_warning(kind, due, letter, today, within_days)
        if message is None:
            continue
        on = prescription_date(kind, due, letter)
        found.append(
            PrescriptionWarning(
                customer_id=customer_id,
                customer_number=number,
                customer_name=name,
                invoice_id=invoice_id,
                invoice_number=invoice_number,
                due_date=due,
                open_amount=open_amount,
                claim_type=kind,
                last_letter=letter if letter is not None and letter > due else None,
                prescribes_on=on,
                days_left=(on - today).days,
                message=message,
            )
        )
    found.sort(key=lambda w: (w.prescribes_on, w.customer_number, w.invoice_number, w.invoice_id))
    return found


__all__ = ["MAX_WITHIN_DAYS", "PrescriptionWarning", "prescription_warnings"]
