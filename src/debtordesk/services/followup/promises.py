"""Promises to pay: made (from a call, or on their own) with a hold on each of their invoices until the
promise date plus the grace days; withdrawn by a clerk; replaced by a new promise or arrangement on
the same invoices (cancelled, its holds lifted). How they are decided: :mod:`.promise_check`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from debtordesk.db.models import Customer, Hold, Promise, PromiseInvoice
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import HoldReason
from debtordesk.domain.errors import UserError
from debtordesk.domain.money import ZERO, is_whole_cents
from debtordesk.domain.promises import (
    PromiseStatus,
)
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.followup.common import (
    add_hold_here,
    changed_elsewhere,
    chosen_invoices,
    customer_row,
    lift_hold_here,
)
from debtordesk.services.followup.settings import load_followup_settings
from debtordesk.services.followup.types import (
    Clock,
    FollowupSettings,
    PromiseRecord,
)


def make_promise_here(
    session: Session,
    customer: Customer,
    *,
    promised_on: date,
    amount: Decimal,
    today: date,
    invoice_ids: Sequence[int] | None,
    user_id: int | None,
    at: datetime,
    settings: FollowupSettings,
    call_log_id: int | None = None,
    note: str = "",
) -> Promise:
    """A promise in the caller's transaction: checked, its invoices' open amounts recorded, the
    pending promises on the same invoices cancelled, and one PROMISE hold (on the customer, or on
    each chosen invoice) until the promise date plus the grace days."""
    if promised_on < today:
        raise UserError("followup.promise_in_past", date=promised_on, today=today)
    if amount <= 0 or not is_whole_cents(amount):
        raise UserError("followup.bad_promise_amount", amount=amount)
    invoices = chosen_invoices(session, customer.id, invoice_ids)
    if invoice_ids is None:
        overdue = [item for item in invoices if item.due_date < today and item.open_amount > 0]
        invoices = overdue or [item for item in invoices if item.open_amount > 0]
    open_total = sum((item.open_amount for item in invoices), ZERO)
    if not invoices or open_total <= 0:
        raise UserError("followup.promise_nothing_open")
    if amount > open_total:
        raise UserError("followup.promise_above_open", amount=amount, open=open_total)
    cancel_pending_here(
        session, customer, {item.id for item in invoices}, user_id=user_id, at=at, note="replaced"
    )
    until = promised_on + timedelta(days=settings.promise_grace_days)
    holds = [
        add_hold_here(
            session,
            customer=customer,
            reason=HoldReason.PROMISE,
            user_id=user_id,
            at=at,
            invoice_id=item.id,
            invoice_number=item.number,
            until=until,
            note=note,
        )
        for item in invoices
    ]
    promise = Promise(
        administration_id=customer.administration_id,
        customer_id=customer.id,
        call_log_id=call_log_id,
        promised_on=promised_on,
        amount=amount,
        status=PromiseStatus.PENDING,
        made_on=today,
        note=note.strip(),
        created_at=at,
        created_by_id=user_id,
        invoices=[
            PromiseInvoice(
                invoice_id=item.id,
                invoice_number=item.number,
                open_at_promise=item.open_amount,
                hold_id=hold.id,
            )
            for item, hold in zip(invoices, holds, strict=True)
        ],
    )
    session.add(promise)
    session.flush()
    numbers = ", ".join(item.number for item in invoices)
    record_audit(
        session,
        user_id=user_id,
        administration_id=customer.administration_id,
        entity="promise",
        entity_id=promise.id,
        action="add",
        details={
            "customer_id": customer.id,
            "date": promised_on.isoformat(),
            "amount": str(amount),
            "invoices": [item.number for item in invoices],
            "call_log_id": call_log_id,
        },
    )
    add_customer_event(
        session,
        customer_id=customer.id,
        kind="promise",
        code="event.followup.promise_made",
        params={
            "amount": str(amount),
            "date": promised_on.isoformat(),
            "invoices": numbers,
            "invoice_count": len(invoices),
        },
        user_id=user_id,
        at=at,
    )
    return promise


def cancel_pending_here(
    session: Session,
    customer: Customer,
    invoice_ids: set[int],
    *,
    user_id: int | None,
    at: datetime,
    note: str,
) -> None:
    """Cancel the customer's pending promises on any of these invoices (a new agreement replaces
    them); their holds are lifted."""
    pending = session.scalars(
        select(Promise).where(
            Promise.customer_id == customer.id, Promise.status == PromiseStatus.PENDING
        )
    ).all()
    for promise in pending:
        if {item.invoice_id for item in promise.invoices} & invoice_ids:
            _cancel(session, promise, user_id=user_id, at=at, note=note)


def _cancel(
    session: Session, promise: Promise, *, user_id: int | None, at: datetime, note: str
) -> None:
    promise.status = PromiseStatus.CANCELLED
    promise.decided_at = at
    promise.decided_on = at.date()
    lift_promise_holds(session, promise, user_id=user_id, at=at, note=note)
    record_audit(
        session,
        user_id=user_id,
        administration_id=promise.administration_id,
        entity="promise",
        entity_id=promise.id,
        action="cancel",
        details={"note": note},
    )
    add_customer_event(
        session,
        customer_id=promise.customer_id,
        kind="promise",
        code="event.followup.promise_cancelled",
        params={
            "amount": str(promise.amount),
            "date": promise.promised_on.isoformat(),
            "note": note,
        },
        user_id=user_id,
        at=at,
    )


def record_promise(
    db: Database,
    customer_id: int,
    *,
    promised_on: date,
    amount: Decimal,
    today: date,
    invoice_ids: Sequence[int] | None = None,
    note: str = "",
    settings: FollowupSettings | None = None,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> PromiseRecord:
    """A promise to pay outside a call (a letter, a visit): as :func:`make_promise_here`."""
    at = clock()
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        customer = customer_row(session, customer_id)
        if settings is None:
            settings = load_followup_settings(session, customer.administration_id)
        promise = make_promise_here(
            session,
            customer,
            promised_on=promised_on,
            amount=amount,
            today=today,
            invoice_ids=invoice_ids,
            user_id=user_id,
            at=at,
            settings=settings,
            note=note,
        )
        return promise_record(session, promise)


def cancel_promise(
    db: Database,
    promise_id: int,
    *,
    note: str = "",
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> PromiseRecord:
    """Withdraw a pending promise (its hold is lifted: dunning resumes)."""
    at = clock()
    with changed_elsewhere(), db.write() as session:
        user_id = user_id_for(session, user_login)
        promise = session.get(Promise, promise_id)
        if promise is None:
            raise UserError("followup.promise_missing", promise=promise_id)
        if promise.status is not PromiseStatus.PENDING:
            raise UserError("followup.promise_decided", status=promise.status.value)
        _cancel(session, promise, user_id=user_id, at=at, note=note.strip())
        return promise_record(session, promise)


def list_promises(
    db: Database, customer_id: int, *, statuses: Iterable[PromiseStatus] | None = None
) -> tuple[PromiseRecord, ...]:
    """The customer's promises, newest first."""
    with db.read() as session:
        query = select(Promise).where(Promise.customer_id == customer_id)
        if statuses is not None:
            query = query.where(Promise.status.in_(list(statuses)))
        rows = session.scalars(query.order_by(Promise.created_at.desc(), Promise.id.desc()))
        return tuple(promise_record(session, row) for row in rows)


def lift_promise_holds(
    session: Session, promise: Promise, *, user_id: int | None, at: datetime, note: str
) -> None:
    for item in promise.invoices:
        lift_hold_here(session, item.hold_id, user_id=user_id, at=at, note=note)


def promise_record(session: Session, promise: Promise) -> PromiseRecord:
    hold_ids = [item.hold_id for item in promise.invoices if item.hold_id is not None]
    until = (
        session.scalar(select(func.max(Hold.until)).where(Hold.id.in_(hold_ids)))
        if hold_ids
        else None
    )
    return PromiseRecord(
        id=promise.id,
        customer_id=promise.customer_id,
        promised_on=promise.promised_on,
        amount=promise.amount,
        status=promise.status,
        made_on=promise.made_on,
        invoice_numbers=tuple(item.invoice_number for item in promise.invoices),
        hold_until=until,
        decided_on=promise.decided_on,
        decided_from=promise.decided_from,
        paid=promise.paid,
        note=promise.note,
    )
