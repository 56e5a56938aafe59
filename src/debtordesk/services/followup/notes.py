"""Free notes of a clerk on a customer or one of its invoices (audited, on the timeline)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from debtordesk.db.models import Invoice, Note, User
from debtordesk.db.types import utcnow
from debtordesk.domain.errors import UserError
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.followup.common import customer_row
from debtordesk.services.followup.types import Clock, NoteRecord

#: the longest note (a page of text); longer is refused rather than cut
MAX_NOTE = 4000
#: how much of a note the timeline entry quotes
TIMELINE_QUOTE = 300


def add_note(
    db: Database,
    customer_id: int,
    text: str,
    *,
    invoice_id: int | None = None,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> NoteRecord:
    """A note on the customer (or one of its invoices). Refused when empty or longer than a page."""
    body = text.strip()
    if not body:
        raise UserError("note.empty")
    if len(body) > MAX_NOTE:
        raise UserError("note.too_long", length=len(body), maximum=MAX_NOTE)
    at = clock()
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        customer = customer_row(session, customer_id)
        number = None
        if invoice_id is not None:
            row = session.execute(
                select(Invoice.customer_id, Invoice.number).where(Invoice.id == invoice_id)
            ).first()
            if row is None or row.customer_id != customer_id:
                raise UserError("holds.invoice_not_of_customer", invoice_id=invoice_id)
            number = str(row.number)
        note = Note(
            customer_id=customer_id, invoice_id=invoice_id, text=body, at=at, user_id=user_id
        )
        session.add(note)
        session.flush()
        record_audit(
            session,
            user_id=user_id,
            administration_id=customer.administration_id,
            entity="note",
            entity_id=note.id,
            action="add",
            details={"customer_id": customer_id, "invoice": number, "text": body},
        )
        quote = body if len(body) <= TIMELINE_QUOTE else body[: TIMELINE_QUOTE - 1] + "…"
        add_customer_event(
            session,
            customer_id=customer_id,
            kind="note",
            code="event.followup.note",
            params={"text": quote},
            invoice_id=invoice_id,
            user_id=user_id,
            at=at,
        )
        login = session.scalar(select(User.login).where(User.id == user_id))
        return NoteRecord(note.id, customer_id, invoice_id, number, body, at, login)


def list_notes(db: Database, customer_id: int) -> tuple[NoteRecord, ...]:
    """The customer's notes (its invoices' too), newest first."""
    with db.read() as session:
        rows: list[Any] = list(
            session.execute(
                select(
                    Note.id,
                    Note.customer_id,
                    Note.invoice_id,
                    Invoice.number,
                    Note.text,
                    Note.at,
                    User.login,
                )
                .outerjoin(Invoice, Invoice.id == Note.invoice_id)
                .outerjoin(User, User.id == Note.user_id)
                .where(Note.customer_id == customer_id)
                .order_by(Note.at.desc(), Note.id.desc())
            ).all()
        )
    return tuple(NoteRecord(*row) for row in rows)
