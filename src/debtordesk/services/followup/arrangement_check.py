"""Payment arrangements followed up: :func:`arrangements_check` allocates what was paid (the fall of
the invoices' open amount in the ledger, or link payments when larger) to the terms in order and
judges them from the newest full snapshot's export date (:mod:`debtordesk.domain.arrangements`):
paid in full (or every invoice closed) completes it; a term missed after the grace days breaks it:
the holds are lifted (dunning resumes), the later terms' payment requests are withdrawn and a
BROKEN_PROMISE trigger is raised. A clerk may stop one (:func:`cancel_arrangement`).

Known limit: the ledger shows payments on invoices only. Costs included in an arrangement are paid
through it but never appear in the open-items file; once every invoice is closed the arrangement
counts as completed.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Arrangement,
    Customer,
    TriggerEventRow,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.arrangements import (
    ArrangementStatus,
    Term,
    TermStatus,
    allocate,
)
from debtordesk.domain.dunning.model import Trigger
from debtordesk.domain.errors import UserError
from debtordesk.domain.money import ZERO
from debtordesk.domain.promises import Snapshot
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.followup.arrangement_read import arrangement_record
from debtordesk.services.followup.common import (
    add_trigger,
    changed_elsewhere,
    invoice_states,
    lift_hold_here,
    link_paid_for,
    link_paid_since,
    newest_full_snapshots,
    snapshot_for,
)
from debtordesk.services.followup.types import (
    ArrangementCheckItem,
    ArrangementRecord,
    Clock,
)


def cancel_arrangement(
    db: Database,
    arrangement_id: int,
    *,
    today: date,
    note: str,
    version: int | None = None,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> ArrangementRecord:
    """End an active arrangement (the reason is required): holds lifted, dunning resumes, the payment
    requests of the terms to come withdrawn."""
    if not note.strip():
        raise UserError("arrangement.cancel_needs_reason")
    at = clock()
    with changed_elsewhere(), db.write() as session:
        user_id = user_id_for(session, user_login)
        arrangement = _active(session, arrangement_id, version)
        _end(
            session,
            arrangement,
            ArrangementStatus.CANCELLED,
            day=today,
            at=at,
            user_id=user_id,
            note=note.strip(),
        )
        return arrangement_record(session, arrangement)


def _active(session: Session, arrangement_id: int, version: int | None) -> Arrangement:
    arrangement = session.get(Arrangement, arrangement_id)
    if arrangement is None:
        raise UserError("arrangement.missing", arrangement=arrangement_id)
    if version is not None and arrangement.version != version:
        raise UserError("followup.changed_elsewhere")
    if arrangement.status is not ArrangementStatus.ACTIVE:
        raise UserError("arrangement.not_active", status=arrangement.status.value)
    return arrangement


def _end(
    session: Session,
    arrangement: Arrangement,
    status: ArrangementStatus,
    *,
    day: date,
    at: datetime,
    user_id: int | None,
    note: str,
) -> None:
    arrangement.status = status
    arrangement.ended_on = day
    arrangement.ended_at = at
    arrangement.ended_by_id = user_id
    arrangement.end_note = note
    for item in arrangement.invoices:
        lift_hold_here(session, item.hold_id, user_id=user_id, at=at, note=f"arrangement {status}")
    _withdraw_requests(session, arrangement, after=day)
    record_audit(
        session,
        user_id=user_id,
        administration_id=arrangement.administration_id,
        entity="arrangement",
        entity_id=arrangement.id,
        action=status.value,
        details={"on": day.isoformat(), "note": note, "paid": str(arrangement.paid)},
    )
    add_customer_event(
        session,
        customer_id=arrangement.customer_id,
        kind="arrangement",
        code=f"event.followup.arrangement_{status.value}",
        params={
            "total": str(arrangement.total),
            "paid": str(arrangement.paid),
            "term": arrangement.broken_term,
            "note": note,
        },
        user_id=user_id,
        at=at,
    )


def _withdraw_requests(
    session: Session, arrangement: Arrangement, *, after: date | None, paid_only: bool = False
) -> None:
    """Delete the INSTALMENT_DUE triggers of terms still to come (after ``after``) or of paid terms:
    no payment request for a term that is paid or will not be asked any more."""
    doomed: list[int] = []
    for term in arrangement.terms:
        if term.trigger_event_id is None:
            continue
        paid = term.status is TermStatus.PAID
        to_come = after is not None and term.due_on > after
        if paid or (not paid_only and to_come):
            doomed.append(term.trigger_event_id)
            term.trigger_event_id = None
    if doomed:
        session.flush()
        session.execute(delete(TriggerEventRow).where(TriggerEventRow.id.in_(doomed)))


def arrangements_check(
    db: Database,
    administration_id: int,
    day: date,
    *,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> tuple[ArrangementCheckItem, ...]:
    """Allocate the payments to the terms of every active arrangement and judge them (see the
    module); returns every arrangement looked at with its status after the check."""
    at = clock()
    items: list[ArrangementCheckItem] = []
    with changed_elsewhere(), db.write() as session:
        user_id = user_id_for(session, user_login)
        arrangements = session.scalars(
            select(Arrangement)
            .where(
                Arrangement.administration_id == administration_id,
                Arrangement.status == ArrangementStatus.ACTIVE,
            )
            .order_by(Arrangement.id)
        ).all()
        if not arrangements:
            return ()
        snapshots = newest_full_snapshots(session, administration_id)
        invoice_ids = [i.invoice_id for a in arrangements for i in a.invoices if i.invoice_id]
        states = invoice_states(session, invoice_ids)
        links = link_paid_since(session, [a.customer_id for a in arrangements])
        numbers = dict(
            session.execute(
                select(Customer.id, Customer.number).where(
                    Customer.id.in_({a.customer_id for a in arrangements})
                )
            ).all()
        )
        for arrangement in arrangements:
            _judge(
                session,
                arrangement,
                day=day,
                at=at,
                user_id=user_id,
                states=states,
                snapshots=snapshots,
                links=links.get(arrangement.customer_id, []),
            )
            items.append(
                ArrangementCheckItem(
                    arrangement_id=arrangement.id,
                    customer_id=arrangement.customer_id,
                    customer_number=numbers.get(arrangement.customer_id, "?"),
                    status=arrangement.status,
                    total=arrangement.total,
                    paid=arrangement.paid,
                    judged_on=arrangement.judged_on,
                    broken_term=arrangement.broken_term,
                )
            )
        session.flush()
    return tuple(items)


def _judge(
    session: Session,
    arrangement: Arrangement,
    *,
    day: date,
    at: datetime,
    user_id: int | None,
    states: dict[int, tuple[Decimal, bool, str]],
    snapshots: dict[str, Snapshot],
    links: list[tuple[datetime | None, frozenset[int], Decimal]],
) -> None:
    before = now = ZERO
    sources: list[str] = []
    all_paid = True
    for item in arrangement.invoices:
        state = states.get(item.invoice_id) if item.invoice_id is not None else None
        before += item.open_at_start
        if state is None:
            now += item.open_at_start
            all_paid = False
            continue
        open_now, closed, source = state
        now += open_now
        all_paid = all_paid and closed
        sources.append(source)
    ledger = max(before - now, ZERO)
    from_links = link_paid_for(
        links,
        [item.invoice_id for item in arrangement.invoices if item.invoice_id is not None],
        arrangement.created_at,
    )
    paid: Decimal = arrangement.total if all_paid else max(ledger, from_links)
    snapshot = snapshot_for(sources, snapshots)
    judged_on = snapshot.export_date if snapshot is not None else None
    schedule = [Term(t.number, t.due_on, t.amount) for t in arrangement.terms]
    allocation = allocate(schedule, paid, judged_on=judged_on, grace_days=arrangement.grace_days)
    by_number = {item.term.number: item for item in allocation.terms}
    for term in arrangement.terms:
        allocated = by_number[term.number]
        term.paid = allocated.paid
        term.status = allocated.status
    arrangement.paid = paid if paid < arrangement.total else arrangement.total
    arrangement.judged_on = judged_on
    arrangement.judged_batch_id = snapshot.batch_id if snapshot is not None else None
    if allocation.complete:
        _end(
            session,
            arrangement,
            ArrangementStatus.COMPLETED,
            day=day,
            at=at,
            user_id=user_id,
            note="",
        )
        return
    missed = allocation.missed
    if missed:
        arrangement.broken_term = missed[0].term.number
        open_ids = [
            item.invoice_id
            for item in arrangement.invoices
            if item.invoice_id is not None and not states.get(item.invoice_id, (ZERO, False, ""))[1]
        ]
        trigger = add_trigger(
            session,
            customer_id=arrangement.customer_id,
            kind=Trigger.BROKEN_PROMISE,
            on=day,
            invoice_ids=open_ids,
            amount=arrangement.total - allocation.allocated,
            source="arrangement",
            at=at,
        )
        arrangement.trigger_event_id = trigger.id
        _end(
            session,
            arrangement,
            ArrangementStatus.BROKEN,
            day=day,
            at=at,
            user_id=user_id,
            note="",
        )
        return
    _withdraw_requests(session, arrangement, after=None, paid_only=True)
