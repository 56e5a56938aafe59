"""Payment arrangements: a schedule previewed from the chosen invoices (and edited by the clerk),
saved with an ARRANGEMENT hold on each invoice (its terms replace normal dunning), an INSTALMENT_DUE
trigger per term (the engine's payment request before each term, where the policy has that step), and
the open costs waived or included with the reason (the social-collection record). Pending promises on
the same invoices are replaced.

:func:`arrangements_check` allocates what was paid (the fall of the invoices' open amount in the
ledger, or link payments when larger) to the terms in order and judges them from the newest full
snapshot's export date (:mod:`debtordesk.domain.arrangements`): paid in full (or every invoice
closed) completes it; a term missed after the grace days breaks it: the holds are lifted (dunning
resumes), the later terms' payment requests are withdrawn and a BROKEN_PROMISE trigger is raised.

Known limit: the ledger shows payments on invoices only. Costs included in an arrangement are paid
through it but never appear in the open-items file; once every invoice is closed the arrangement
counts as completed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Arrangement,
    ArrangementInvoice,
    ArrangementTerm,
    Charge,
    Customer,
    Dispute,
    TriggerEventRow,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.arrangements import (
    ArrangementStatus,
    CostsChoice,
    Interval,
    Term,
    TermStatus,
    allocate,
    check_schedule,
    make_schedule,
)
from debtordesk.domain.disputes import HOLDING
from debtordesk.domain.dunning.model import ChargeStatus, HoldReason, Trigger
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal_claims import allocate_payment
from debtordesk.domain.money import ZERO
from debtordesk.domain.promises import Snapshot
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.followup.common import (
    InvoiceFacts,
    add_hold_here,
    add_trigger,
    changed_elsewhere,
    chosen_invoices,
    customer_row,
    invoice_states,
    lift_hold_here,
    link_paid_for,
    link_paid_since,
    newest_full_snapshots,
    snapshot_for,
)
from debtordesk.services.followup.promises import cancel_pending_here
from debtordesk.services.followup.types import (
    DEFAULT_SETTINGS,
    ArrangementCheckItem,
    ArrangementPreview,
    ArrangementRecord,
    Clock,
    FollowupSettings,
    TermView,
)
from debtordesk.services.org_settings import load_org_settings
from debtordesk.settings.org import allocation_order


def _busy_invoices(session: Session, invoice_ids: list[int]) -> dict[int, str]:
    """Invoices in an active arrangement or an open or accepted dispute: why not."""
    busy: dict[int, str] = {}
    if not invoice_ids:
        return busy
    for (invoice_id,) in session.execute(
        select(ArrangementInvoice.invoice_id)
        .join(Arrangement, Arrangement.id == ArrangementInvoice.arrangement_id)
        .where(
            ArrangementInvoice.invoice_id.in_(invoice_ids),
            Arrangement.status == ArrangementStatus.ACTIVE,
        )
    ):
        if invoice_id is not None:
            busy[invoice_id] = "arrangement.invoice_in_arrangement"
    for (invoice_id,) in session.execute(
        select(Dispute.invoice_id).where(
            Dispute.invoice_id.in_(invoice_ids), Dispute.status.in_(HOLDING)
        )
    ):
        if invoice_id is not None:
            busy.setdefault(invoice_id, "arrangement.invoice_disputed")
    return busy


def _invoices_for(
    session: Session, customer_id: int, invoice_ids: Sequence[int] | None
) -> list[InvoiceFacts]:
    invoices = chosen_invoices(session, customer_id, invoice_ids)
    busy = _busy_invoices(session, [item.id for item in invoices])
    if invoice_ids is None:
        return [item for item in invoices if item.id not in busy]
    for item in invoices:
        if item.id in busy:
            raise UserError(busy[item.id], invoice=item.number)
    return invoices


def _open_charges(session: Session, customer_id: int, invoice_ids: Sequence[int]) -> list[Charge]:
    """Open costs, interest and fees on these invoices or on the customer as a whole."""
    charges = session.scalars(
        select(Charge).where(Charge.customer_id == customer_id, Charge.status == ChargeStatus.OPEN)
    ).all()
    wanted = set(invoice_ids)
    return [c for c in charges if c.invoice_id is None or c.invoice_id in wanted]


def _schedule(
    total: Decimal,
    *,
    start: date,
    terms: int | None,
    term_amount: Decimal | None,
    interval: Interval,
    interval_days: int | None,
    settings: FollowupSettings,
) -> tuple[Term, ...]:
    return make_schedule(
        total,
        start,
        terms=terms,
        term_amount=term_amount,
        interval=interval,
        interval_days=interval_days if interval is Interval.DAYS else None,
        limits=settings.limits,
    )


def preview_arrangement(
    db: Database,
    customer_id: int,
    *,
    start: date,
    terms: int | None = None,
    term_amount: Decimal | None = None,
    interval: Interval = Interval.MONTH,
    interval_days: int | None = None,
    invoice_ids: Sequence[int] | None = None,
    costs_choice: CostsChoice = CostsChoice.NONE,
    settings: FollowupSettings = DEFAULT_SETTINGS,
) -> ArrangementPreview:
    """The schedule for the chosen invoices (None: every open invoice not in an arrangement or a
    dispute), their open costs, and the total (costs added when ``costs_choice`` is INCLUDED)."""
    with db.read() as session:
        customer_row(session, customer_id)
        invoices = _invoices_for(session, customer_id, invoice_ids)
        principal = sum((item.open_amount for item in invoices), ZERO)
        open_costs = sum(
            (c.amount for c in _open_charges(session, customer_id, [i.id for i in invoices])),
            ZERO,
        )
    choice = costs_choice if open_costs > 0 else CostsChoice.NONE
    total = principal + (open_costs if choice is CostsChoice.INCLUDED else ZERO)
    schedule = _schedule(
        total,
        start=start,
        terms=terms,
        term_amount=term_amount,
        interval=interval,
        interval_days=interval_days,
        settings=settings,
    )
    return ArrangementPreview(
        customer_id=customer_id,
        invoice_ids=tuple(item.id for item in invoices),
        invoice_numbers=tuple(item.number for item in invoices),
        principal=principal,
        open_costs=open_costs,
        costs_choice=choice,
        total=total,
        terms=schedule,
        interval=interval,
        interval_days=interval_days if interval is Interval.DAYS else None,
        limits=settings.limits,
    )


def save_arrangement(
    db: Database,
    customer_id: int,
    *,
    today: date,
    start: date,
    terms: int | None = None,
    term_amount: Decimal | None = None,
    interval: Interval = Interval.MONTH,
    interval_days: int | None = None,
    invoice_ids: Sequence[int] | None = None,
    schedule: Sequence[Term] | None = None,
    costs_choice: CostsChoice = CostsChoice.NONE,
    costs_reason: str = "",
    note: str = "",
    call_log_id: int | None = None,
    settings: FollowupSettings = DEFAULT_SETTINGS,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> ArrangementRecord:
    """Save an arrangement: the schedule made from ``terms``/``term_amount``, or the clerk's edited
    ``schedule`` (checked: it must add up to the total exactly). With open costs the clerk must
    waive or include them, with a reason."""
    at = clock()
    if start < today:
        raise UserError("arrangement.first_term_past", due=start, today=today)
    with changed_elsewhere(), db.write() as session:
        user_id = user_id_for(session, user_login)
        customer = customer_row(session, customer_id)
        invoices = _invoices_for(session, customer_id, invoice_ids)
        principal = sum((item.open_amount for item in invoices), ZERO)
        charges = _open_charges(session, customer_id, [item.id for item in invoices])
        open_costs = sum((c.amount for c in charges), ZERO)
        choice = costs_choice if open_costs > 0 else CostsChoice.NONE
        reason = costs_reason.strip()
        if open_costs > 0 and choice is CostsChoice.NONE:
            raise UserError("arrangement.costs_choice_needed", costs=open_costs)
        if choice is not CostsChoice.NONE and not reason:
            raise UserError("arrangement.costs_reason_needed", costs=open_costs)
        total = principal + (open_costs if choice is CostsChoice.INCLUDED else ZERO)
        if schedule is not None:
            planned = check_schedule(
                list(schedule), total, limits=settings.limits, first_due_from=today
            )
        else:
            planned = _schedule(
                total,
                start=start,
                terms=terms,
                term_amount=term_amount,
                interval=interval,
                interval_days=interval_days,
                settings=settings,
            )
        cancel_pending_here(
            session,
            customer,
            {item.id for item in invoices},
            user_id=user_id,
            at=at,
            note="replaced by a payment arrangement",
        )
        if choice is CostsChoice.WAIVED:
            for charge in charges:
                charge.status = ChargeStatus.WAIVED
                charge.waived_reason = reason
        arrangement = Arrangement(
            administration_id=customer.administration_id,
            customer_id=customer.id,
            status=ArrangementStatus.ACTIVE,
            total=total,
            principal=principal,
            costs_choice=choice,
            costs_amount=open_costs,
            costs_reason=reason,
            interval=interval,
            interval_days=interval_days if interval is Interval.DAYS else None,
            grace_days=settings.term_grace_days,
            made_on=today,
            note=note.strip(),
            created_at=at,
            created_by_id=user_id,
            call_log_id=call_log_id,
            paid=ZERO,
        )
        ids = [item.id for item in invoices]
        for item in invoices:
            hold = add_hold_here(
                session,
                customer=customer,
                reason=HoldReason.ARRANGEMENT,
                user_id=user_id,
                at=at,
                invoice_id=item.id,
                invoice_number=item.number,
                note=note,
            )
            arrangement.invoices.append(
                ArrangementInvoice(
                    invoice_id=item.id,
                    invoice_number=item.number,
                    open_at_start=item.open_amount,
                    hold_id=hold.id,
                )
            )
        for term in planned:
            trigger = add_trigger(
                session,
                customer_id=customer.id,
                kind=Trigger.INSTALMENT_DUE,
                on=term.due,
                invoice_ids=ids,
                amount=term.amount,
                source="arrangement",
                at=at,
            )
            arrangement.terms.append(
                ArrangementTerm(
                    number=term.number,
                    due_on=term.due,
                    amount=term.amount,
                    paid=ZERO,
                    status=TermStatus.OPEN,
                    trigger_event_id=trigger.id,
                )
            )
        session.add(arrangement)
        session.flush()
        numbers = [item.number for item in invoices]
        record_audit(
            session,
            user_id=user_id,
            administration_id=customer.administration_id,
            entity="arrangement",
            entity_id=arrangement.id,
            action="add",
            details={
                "customer_id": customer.id,
                "invoices": numbers,
                "principal": str(principal),
                "total": str(total),
                "costs_choice": choice.value,
                "costs_amount": str(open_costs),
                "costs_reason": reason,
                "terms": [[t.due.isoformat(), str(t.amount)] for t in planned],
                "call_log_id": call_log_id,
            },
        )
        add_customer_event(
            session,
            customer_id=customer.id,
            kind="arrangement",
            code="event.followup.arrangement_made",
            params={
                "total": str(total),
                "terms": len(planned),
                "first": planned[0].due.isoformat(),
                "last": planned[-1].due.isoformat(),
                "invoices": ", ".join(numbers),
            },
            user_id=user_id,
            at=at,
        )
        if choice is not CostsChoice.NONE:
            add_customer_event(
                session,
                customer_id=customer.id,
                kind="arrangement",
                code=f"event.followup.costs_{choice.value}",
                params={"costs": str(open_costs), "reason": reason},
                user_id=user_id,
                at=at,
            )
        return arrangement_record(session, arrangement)


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


# --------------------------------------------------------------------------- the check


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


# --------------------------------------------------------------------------- reading


def get_arrangement(db: Database, arrangement_id: int) -> ArrangementRecord:
    with db.read() as session:
        arrangement = session.get(Arrangement, arrangement_id)
        if arrangement is None:
            raise UserError("arrangement.missing", arrangement=arrangement_id)
        return arrangement_record(session, arrangement)


def list_arrangements(db: Database, customer_id: int) -> tuple[ArrangementRecord, ...]:
    """The customer's arrangements, newest first."""
    with db.read() as session:
        rows = session.scalars(
            select(Arrangement)
            .where(Arrangement.customer_id == customer_id)
            .order_by(Arrangement.created_at.desc(), Arrangement.id.desc())
        ).all()
        return tuple(arrangement_record(session, row) for row in rows)


def arrangement_record(session: Session, arrangement: Arrangement) -> ArrangementRecord:
    order = allocation_order(load_org_settings(session, arrangement.administration_id))
    included = (
        arrangement.costs_amount if arrangement.costs_choice is CostsChoice.INCLUDED else ZERO
    )
    split = allocate_payment(
        min(arrangement.paid, arrangement.total), included, ZERO, arrangement.principal, order
    )
    return ArrangementRecord(
        id=arrangement.id,
        customer_id=arrangement.customer_id,
        status=arrangement.status,
        total=arrangement.total,
        principal=arrangement.principal,
        costs_choice=arrangement.costs_choice,
        costs_amount=arrangement.costs_amount,
        costs_reason=arrangement.costs_reason,
        interval=arrangement.interval,
        interval_days=arrangement.interval_days,
        grace_days=arrangement.grace_days,
        made_on=arrangement.made_on,
        paid=arrangement.paid,
        judged_on=arrangement.judged_on,
        invoice_numbers=tuple(item.invoice_number for item in arrangement.invoices),
        terms=tuple(
            TermView(t.number, t.due_on, t.amount, t.paid, t.status)
            for t in sorted(arrangement.terms, key=lambda t: t.number)
        ),
        ended_on=arrangement.ended_on,
        broken_term=arrangement.broken_term,
        note=arrangement.note,
        version=arrangement.version,
        paid_split=split,
    )
