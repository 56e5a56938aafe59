"""Disputes: opened on an invoice (from a call or on their own) with a reason from the list and words,
which holds the invoice; accepted (a credit note is expected: still held), declined (with the reason:
the hold is lifted and dunning resumes) or resolved (the hold is lifted). Every step audited and on
the customer's timeline; the open and accepted ones are listed on their own page."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from debtordesk.db.models import Customer, Dispute, Invoice, User
from debtordesk.db.types import utcnow
from debtordesk.domain.disputes import DISPUTE_REASONS, HOLDING, DisputeStatus, can_move
from debtordesk.domain.dunning.model import HoldReason
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.followup.common import (
    add_hold_here,
    changed_elsewhere,
    chosen_invoices,
    customer_row,
    lift_hold_here,
)
from debtordesk.services.followup.types import Clock, DisputeRecord


def reason_words(code: str) -> dict[str, str]:
    message = Message(f"dispute.reason.{code}")
    return {"reason_en": render(message, "en"), "reason_nl": render(message, "nl")}


def open_dispute_here(
    session: Session,
    customer: Customer,
    invoice_id: int,
    *,
    reason_code: str,
    reason_text: str,
    today: date,
    user_id: int | None,
    at: datetime,
    call_log_id: int | None = None,
) -> Dispute:
    """A dispute in the caller's transaction, with a DISPUTE hold on the invoice until it is decided.
    Refused for an unknown reason, "other" without words, an invoice that is not the customer's or
    not open, and an invoice with a dispute that is still open or accepted."""
    code = reason_code.strip().lower()
    if code not in DISPUTE_REASONS:
        raise UserError(
            "dispute.unknown_reason", reason=reason_code, known=", ".join(DISPUTE_REASONS)
        )
    text = reason_text.strip()
    if code == "other" and not text:
        raise UserError("dispute.other_needs_text")
    (invoice,) = chosen_invoices(session, customer.id, [invoice_id])
    running = session.scalars(
        select(Dispute.id).where(Dispute.invoice_id == invoice_id, Dispute.status.in_(HOLDING))
    ).first()
    if running is not None:
        raise UserError("dispute.already_open", invoice=invoice.number)
    hold = add_hold_here(
        session,
        customer=customer,
        reason=HoldReason.DISPUTE,
        user_id=user_id,
        at=at,
        invoice_id=invoice.id,
        invoice_number=invoice.number,
        note=text,
    )
    dispute = Dispute(
        administration_id=customer.administration_id,
        customer_id=customer.id,
        invoice_id=invoice.id,
        invoice_number=invoice.number,
        reason_code=code,
        reason_text=text,
        status=DisputeStatus.OPEN,
        opened_on=today,
        opened_at=at,
        opened_by_id=user_id,
        call_log_id=call_log_id,
        hold_id=hold.id,
    )
    session.add(dispute)
    session.flush()
    record_audit(
        session,
        user_id=user_id,
        administration_id=customer.administration_id,
        entity="dispute",
        entity_id=dispute.id,
        action="open",
        details={"invoice": invoice.number, "reason": code, "text": text},
    )
    add_customer_event(
        session,
        customer_id=customer.id,
        kind="dispute",
        code="event.followup.dispute_opened",
        params={"invoice": invoice.number, **reason_words(code), "text": text},
        invoice_id=invoice.id,
        user_id=user_id,
        at=at,
    )
    return dispute


def open_dispute(
    db: Database,
    customer_id: int,
    invoice_id: int,
    *,
    reason_code: str,
    reason_text: str = "",
    today: date,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> DisputeRecord:
    """The customer disputes an invoice (see :func:`open_dispute_here`)."""
    at = clock()
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        customer = customer_row(session, customer_id)
        dispute = open_dispute_here(
            session,
            customer,
            invoice_id,
            reason_code=reason_code,
            reason_text=reason_text,
            today=today,
            user_id=user_id,
            at=at,
        )
        dispute_id = dispute.id
    return get_dispute(db, dispute_id)


def accept_dispute(
    db: Database,
    dispute_id: int,
    *,
    note: str = "",
    version: int | None = None,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> DisputeRecord:
    """The organisation agrees: a credit note is expected; the invoice stays held until resolved."""
    return _move(
        db,
        dispute_id,
        DisputeStatus.ACCEPTED,
        note,
        version=version,
        clock=clock,
        user_login=user_login,
    )


def decline_dispute(
    db: Database,
    dispute_id: int,
    *,
    reason: str,
    version: int | None = None,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> DisputeRecord:
    """The organisation does not agree (the reason is required and told to the customer): the hold
    is lifted and dunning resumes."""
    if not reason.strip():
        raise UserError("dispute.decline_needs_reason")
    return _move(
        db,
        dispute_id,
        DisputeStatus.DECLINED,
        reason,
        version=version,
        clock=clock,
        user_login=user_login,
    )


def resolve_dispute(
    db: Database,
    dispute_id: int,
    *,
    note: str = "",
    version: int | None = None,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> DisputeRecord:
    """Settled (a credit note came, or the customer withdrew): the hold is lifted."""
    return _move(
        db,
        dispute_id,
        DisputeStatus.RESOLVED,
        note,
        version=version,
        clock=clock,
        user_login=user_login,
    )


def _move(
    db: Database,
    dispute_id: int,
    target: DisputeStatus,
    note: str,
    *,
    version: int | None,
    clock: Clock,
    user_login: str | None,
) -> DisputeRecord:
    at = clock()
    text = note.strip()
    with changed_elsewhere(), db.write() as session:
        user_id = user_id_for(session, user_login)
        dispute = session.get(Dispute, dispute_id)
        if dispute is None:
            raise UserError("dispute.missing", dispute=dispute_id)
        if version is not None and dispute.version != version:
            raise UserError("followup.changed_elsewhere")
        if not can_move(dispute.status, target):
            raise UserError(
                "dispute.bad_move",
                invoice=dispute.invoice_number,
                current=_status_word(dispute.status),
                target=_status_word(target),
            )
        dispute.status = target
        if target is DisputeStatus.RESOLVED:
            dispute.resolved_at = at
            dispute.resolved_by_id = user_id
            dispute.resolution_note = text
        else:
            dispute.decided_at = at
            dispute.decided_by_id = user_id
            dispute.decision_note = text
        if target not in HOLDING:
            lift_hold_here(
                session, dispute.hold_id, user_id=user_id, at=at, note=f"dispute {target.value}"
            )
        record_audit(
            session,
            user_id=user_id,
            administration_id=dispute.administration_id,
            entity="dispute",
            entity_id=dispute.id,
            action=target.value,
            details={"invoice": dispute.invoice_number, "note": text},
        )
        add_customer_event(
            session,
            customer_id=dispute.customer_id,
            kind="dispute",
            code=f"event.followup.dispute_{target.value}",
            params={"invoice": dispute.invoice_number, "note": text},
            invoice_id=dispute.invoice_id,
            user_id=user_id,
            at=at,
        )
    return get_dispute(db, dispute_id)


def _status_word(status: DisputeStatus) -> str:
    return render(Message(f"dispute.status.{status.value}"))


def get_dispute(db: Database, dispute_id: int) -> DisputeRecord:
    found = _records(db, dispute_ids=[dispute_id])
    if not found:
        raise UserError("dispute.missing", dispute=dispute_id)
    return found[0]


def list_disputes(
    db: Database,
    administration_id: int,
    *,
    statuses: Iterable[DisputeStatus] | None = HOLDING,
    customer_id: int | None = None,
) -> tuple[DisputeRecord, ...]:
    """The disputes page: open and accepted ones by default (oldest first), or those of the given
    statuses (None: all), optionally of one customer."""
    return _records(
        db, administration_id=administration_id, statuses=statuses, customer_id=customer_id
    )


def _records(
    db: Database,
    *,
    dispute_ids: list[int] | None = None,
    administration_id: int | None = None,
    statuses: Iterable[DisputeStatus] | None = None,
    customer_id: int | None = None,
) -> tuple[DisputeRecord, ...]:
    opener = aliased(User)
    query = (
        select(
            Dispute.id,
            Dispute.customer_id,
            Customer.number,
            Customer.name,
            Dispute.invoice_id,
            Dispute.invoice_number,
            Invoice.open_amount,
            Dispute.reason_code,
            Dispute.reason_text,
            Dispute.status,
            Dispute.opened_on,
            opener.login,
            Dispute.decided_at,
            Dispute.decision_note,
            Dispute.resolved_at,
            Dispute.resolution_note,
            Dispute.hold_id,
            Dispute.version,
        )
        .join(Customer, Customer.id == Dispute.customer_id)
        .outerjoin(Invoice, Invoice.id == Dispute.invoice_id)
        .outerjoin(opener, opener.id == Dispute.opened_by_id)
        .order_by(Dispute.opened_at, Dispute.id)
    )
    if dispute_ids is not None:
        query = query.where(Dispute.id.in_(dispute_ids))
    if administration_id is not None:
        query = query.where(Dispute.administration_id == administration_id)
    if statuses is not None:
        query = query.where(Dispute.status.in_(list(statuses)))
    if customer_id is not None:
        query = query.where(Dispute.customer_id == customer_id)
    with db.read() as session:
        rows: list[Any] = list(session.execute(query))
    return tuple(DisputeRecord(*row) for row in rows)
