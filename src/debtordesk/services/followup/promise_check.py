"""Promises decided: :func:`promises_check` judges every pending promise whose date has come from the
ledger's snapshots and link payments (:mod:`debtordesk.domain.promises`). A broken promise raises the
engine's BROKEN_PROMISE trigger, puts the customer on the call list and lifts the holds; a kept one
lifts the holds."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import Customer, Promise
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import Trigger
from debtordesk.domain.promises import (
    PromisedInvoice,
    PromiseFacts,
    PromiseStatus,
    Snapshot,
    judge_promise,
)
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.followup.common import (
    add_trigger,
    changed_elsewhere,
    invoice_states,
    link_paid_for,
    link_paid_since,
    newest_full_snapshots,
    snapshot_for,
)
from debtordesk.services.followup.promises import lift_promise_holds
from debtordesk.services.followup.settings import load_followup_settings
from debtordesk.services.followup.types import (
    CheckResult,
    Clock,
    FollowupSettings,
    PromiseCheckItem,
)


def promises_check(
    db: Database,
    administration_id: int,
    day: date,
    *,
    settings: FollowupSettings | None = None,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> CheckResult:
    """Decide the pending promises whose date has come (kept, broken, or still pending: the reason
    says what it waits for). One transaction; a promise another workstation decided meanwhile makes
    the whole check refuse with the "changed elsewhere" message (run it again)."""
    at = clock()
    items: list[PromiseCheckItem] = []
    with changed_elsewhere(), db.write() as session:
        user_id = user_id_for(session, user_login)
        if settings is None:
            settings = load_followup_settings(session, administration_id)
        promises = session.scalars(
            select(Promise)
            .where(
                Promise.administration_id == administration_id,
                Promise.status == PromiseStatus.PENDING,
                Promise.promised_on <= day,
            )
            .order_by(Promise.promised_on, Promise.id)
        ).all()
        if not promises:
            return CheckResult(day=day, promises=())
        snapshots = newest_full_snapshots(session, administration_id)
        invoices = invoice_states(
            session, [item.invoice_id for p in promises for item in p.invoices if item.invoice_id]
        )
        links = link_paid_since(session, [p.customer_id for p in promises])
        numbers = dict(
            session.execute(
                select(Customer.id, Customer.number).where(
                    Customer.id.in_({p.customer_id for p in promises})
                )
            ).all()
        )
        for promise in promises:
            facts = _facts(promise, invoices, snapshots, links.get(promise.customer_id, []))
            decision = judge_promise(
                facts,
                day,
                grace_days=settings.promise_grace_days,
                tolerance=settings.promise_tolerance,
            )
            if decision.status is not PromiseStatus.PENDING:
                _apply(session, promise, decision.status, day=day, at=at, user_id=user_id)
                promise.decided_from = decision.decided_from
                promise.decided_batch_id = decision.batch_id
                promise.paid = decision.paid
            items.append(
                PromiseCheckItem(
                    promise_id=promise.id,
                    customer_id=promise.customer_id,
                    customer_number=numbers.get(promise.customer_id, "?"),
                    promised_on=promise.promised_on,
                    amount=promise.amount,
                    paid=decision.paid,
                    status=decision.status,
                    decided_from=decision.decided_from,
                    reason=decision.reason,
                )
            )
        session.flush()
    return CheckResult(day=day, promises=tuple(items))


def _facts(
    promise: Promise,
    invoices: dict[int, tuple[Decimal, bool, str]],
    snapshots: dict[str, Snapshot],
    links: list[tuple[datetime | None, frozenset[int], Decimal]],
) -> PromiseFacts:
    promised: list[PromisedInvoice] = []
    sources: list[str] = []
    for item in promise.invoices:
        state = invoices.get(item.invoice_id) if item.invoice_id is not None else None
        if state is None:
            # the invoice is gone (an undone import): nothing known about a payment
            promised.append(
                PromisedInvoice(item.invoice_id or 0, item.open_at_promise, item.open_at_promise)
            )
            continue
        open_now, paid, source = state
        promised.append(PromisedInvoice(item.invoice_id or 0, item.open_at_promise, open_now, paid))
        sources.append(source)
    return PromiseFacts(
        promised_on=promise.promised_on,
        amount=promise.amount,
        invoices=tuple(promised),
        snapshot=snapshot_for(sources, snapshots),
        link_paid=link_paid_for(
            links,
            [item.invoice_id for item in promise.invoices if item.invoice_id is not None],
            promise.created_at,
        ),
    )


def _apply(
    session: Session,
    promise: Promise,
    status: PromiseStatus,
    *,
    day: date,
    at: datetime,
    user_id: int | None,
) -> None:
    promise.status = status
    promise.decided_at = at
    promise.decided_on = day
    kept = status is PromiseStatus.KEPT
    lift_promise_holds(
        session, promise, user_id=user_id, at=at, note="promise kept" if kept else "promise broken"
    )
    invoice_ids = [item.invoice_id for item in promise.invoices if item.invoice_id is not None]
    if not kept:
        trigger = add_trigger(
            session,
            customer_id=promise.customer_id,
            kind=Trigger.BROKEN_PROMISE,
            on=day,
            invoice_ids=invoice_ids,
            amount=promise.amount,
            source="promise",
            at=at,
        )
        promise.trigger_event_id = trigger.id
    record_audit(
        session,
        user_id=user_id,
        administration_id=promise.administration_id,
        entity="promise",
        entity_id=promise.id,
        action=status.value,
        details={"decided_on": day.isoformat()},
    )
    add_customer_event(
        session,
        customer_id=promise.customer_id,
        kind="promise",
        code="event.followup.promise_kept" if kept else "event.followup.promise_broken",
        params={"amount": str(promise.amount), "date": promise.promised_on.isoformat()},
        user_id=user_id,
        at=at,
    )
