"""Holds pause dunning for one invoice or a whole customer: added, lifted and listed (audited, on the
customer's timeline). A dispute is a hold with reason DISPUTE and no end date.

"Paid via a payment link" and "the customer says it is paid" are holds of 7 business days by default:
the ledger lags the payment providers by days, and re-dunning someone who paid on Saturday is the worst
thing DebtorDesk can do. Imports never read or write the hold table, so a new open-items snapshot cannot
lift or undo a hold; it ends on its date or when a clerk lifts it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from debtordesk.db.models import Customer, Hold, Invoice, User
from debtordesk.db.types import utcnow
from debtordesk.domain.calendar import add_business_days
from debtordesk.domain.dunning.model import HoldReason
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for

#: business days a "paid via link" or "reported paid" hold lasts when no end date is given
PAID_HOLD_BUSINESS_DAYS = 7
PAID_REASONS = frozenset({HoldReason.PAID_VIA_LINK, HoldReason.REPORTED_PAID})


@dataclass(frozen=True)
class HoldRecord:
    id: int
    customer_id: int
    invoice_id: int | None
    #: the invoice's number, when the hold is on one invoice
    invoice_number: str | None
    reason: HoldReason
    #: the last day of the hold (inclusive); None: until lifted
    until: date | None
    note: str
    created_at: datetime
    created_by: str | None
    lifted_at: datetime | None
    lifted_by: str | None

    def active_on(self, day: date) -> bool:
        return self.lifted_at is None and (self.until is None or self.until >= day)


def reason_words(reason: HoldReason) -> dict[str, str]:
    """The reason in both languages, for a timeline entry (rendered later in the reader's language)."""
    code = Message(f"holds.reason.{reason.value}")
    return {"reason_en": render(code, "en"), "reason_nl": render(code, "nl")}


def default_until(reason: HoldReason, today: date) -> date | None:
    """The end date a hold gets when the clerk gives none: 7 business days for a reported payment,
    none (until lifted) otherwise."""
    if reason in PAID_REASONS:
        return add_business_days(today, PAID_HOLD_BUSINESS_DAYS)
    return None


def add_hold(
    db: Database,
    customer_id: int,
    reason: HoldReason,
    *,
    today: date,
    invoice_id: int | None = None,
    until: date | None = None,
    note: str = "",
    user_login: str | None = None,
) -> HoldRecord:
    """Pause dunning for the customer (or one of its invoices) until ``until`` (inclusive).

    Refused when the end date has passed already, or the invoice is not the customer's.
    """
    if until is None:
        until = default_until(reason, today)
    if until is not None and until < today:
        raise UserError("holds.until_past", until=until)
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        customer = _customer(session, customer_id)
        number = _invoice_number(session, customer_id, invoice_id)
        hold = Hold(
            customer_id=customer_id,
            invoice_id=invoice_id,
            reason=reason,
            until=until,
            note=note.strip(),
            created_at=utcnow(),
            created_by_id=user_id,
        )
        session.add(hold)
        session.flush()
        details = {
            "reason": reason.value,
            "invoice": number,
            "until": until.isoformat() if until else None,
            "note": hold.note,
        }
        record_audit(
            session,
            user_id=user_id,
            administration_id=customer.administration_id,
            entity="hold",
            entity_id=hold.id,
            action="add",
            details={"customer_id": customer_id, **details},
        )
        add_customer_event(
            session,
            customer_id=customer_id,
            kind="hold",
            code="event.hold.added_until" if until else "event.hold.added",
            params={
                **reason_words(reason),
                "until": until.isoformat() if until else None,
                "note": hold.note,
            },
            invoice_id=invoice_id,
            user_id=user_id,
        )
        hold_id = hold.id
    return _records(db, [hold_id])[0]


def add_dispute(
    db: Database,
    customer_id: int,
    *,
    today: date,
    invoice_id: int | None = None,
    note: str,
    user_login: str | None = None,
) -> HoldRecord:
    """The customer disputes an invoice (or everything): dunning pauses until a clerk lifts it."""
    if not note.strip():
        raise UserError("holds.dispute_needs_note")
    return add_hold(
        db,
        customer_id,
        HoldReason.DISPUTE,
        today=today,
        invoice_id=invoice_id,
        note=note,
        user_login=user_login,
    )


def lift_hold(
    db: Database, hold_id: int, *, note: str = "", user_login: str | None = None
) -> HoldRecord:
    """End a hold now: dunning resumes on the next queue. Refused when it was lifted already."""
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        hold = session.get(Hold, hold_id)
        if hold is None:
            raise UserError("holds.missing", hold_id=hold_id)
        if hold.lifted_at is not None:
            raise UserError("holds.already_lifted", when=hold.lifted_at.date())
        hold.lifted_at = utcnow()
        hold.lifted_by_id = user_id
        customer = _customer(session, hold.customer_id)
        number = _invoice_number(session, hold.customer_id, hold.invoice_id)
        record_audit(
            session,
            user_id=user_id,
            administration_id=customer.administration_id,
            entity="hold",
            entity_id=hold.id,
            action="lift",
            details={"reason": hold.reason.value, "invoice": number, "note": note.strip()},
        )
        add_customer_event(
            session,
            customer_id=hold.customer_id,
            kind="hold",
            code="event.hold.lifted",
            params={**reason_words(hold.reason), "note": note.strip()},
            invoice_id=hold.invoice_id,
            user_id=user_id,
        )
    return _records(db, [hold_id])[0]


def list_holds(db: Database, customer_id: int, *, include_lifted: bool = False) -> list[HoldRecord]:
    """The customer's holds, newest first (lifted ones too when asked)."""
    with db.read() as session:
        query = select(Hold.id).where(Hold.customer_id == customer_id)
        if not include_lifted:
            query = query.where(Hold.lifted_at.is_(None))
        ids = list(session.scalars(query.order_by(Hold.created_at.desc(), Hold.id.desc())))
    return _records(db, ids)


def _records(db: Database, hold_ids: list[int]) -> list[HoldRecord]:
    if not hold_ids:
        return []
    creator, lifter = aliased(User), aliased(User)
    with db.read() as session:
        rows = session.execute(
            select(
                Hold.id,
                Hold.customer_id,
                Hold.invoice_id,
                Invoice.number,
                Hold.reason,
                Hold.until,
                Hold.note,
                Hold.created_at,
                creator.login,
                Hold.lifted_at,
                lifter.login,
            )
            .outerjoin(Invoice, Invoice.id == Hold.invoice_id)
            .outerjoin(creator, creator.id == Hold.created_by_id)
            .outerjoin(lifter, lifter.id == Hold.lifted_by_id)
            .where(Hold.id.in_(hold_ids))
        ).all()
    by_id = {row[0]: HoldRecord(*row) for row in rows}
    return [by_id[i] for i in hold_ids if i in by_id]


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise UserError("views.customer_missing")
    return customer


def _invoice_number(session: Session, customer_id: int, invoice_id: int | None) -> str | None:
    if invoice_id is None:
        return None
    row = session.execute(
        select(Invoice.customer_id, Invoice.number).where(Invoice.id == invoice_id)
    ).first()
    if row is None or row.customer_id != customer_id:
        raise UserError("holds.invoice_not_of_customer", invoice_id=invoice_id)
    return str(row.number)
