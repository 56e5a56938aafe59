"""Payment arrangements made: a schedule previewed from the chosen invoices (and edited by the clerk),
saved with an ARRANGEMENT hold on each invoice (its terms replace normal dunning), an INSTALMENT_DUE
trigger per term (the engine's payment request before each term and the reminder after a term not
seen paid: the shipped policies' ``instalment_request`` and ``instalment_reminder`` steps, which ask
the term's amount), the open costs waived or included with the reason (the social-collection record),
and a confirmation letter for the next letter batch (:mod:`.arrangement_letter`; the clerk may leave
it out). Pending promises on the same invoices are replaced. How arrangements end:
:mod:`.arrangement_check`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Arrangement,
    ArrangementInvoice,
    ArrangementTerm,
    Charge,
    Dispute,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.arrangements import (
    ArrangementStatus,
    CostsChoice,
    Interval,
    Term,
    TermStatus,
    check_schedule,
    make_schedule,
)
from debtordesk.domain.disputes import HOLDING
from debtordesk.domain.dunning.model import ChargeStatus, HoldReason, Tone, Trigger
from debtordesk.domain.errors import UserError
from debtordesk.domain.money import ZERO
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.followup.arrangement_letter import add_confirmation_letter
from debtordesk.services.followup.arrangement_read import arrangement_record
from debtordesk.services.followup.common import (
    InvoiceFacts,
    add_hold_here,
    add_trigger,
    changed_elsewhere,
    chosen_invoices,
    customer_row,
)
from debtordesk.services.followup.promises import cancel_pending_here
from debtordesk.services.followup.settings import load_followup_settings
from debtordesk.services.followup.types import (
    ArrangementPreview,
    ArrangementRecord,
    Clock,
    FollowupSettings,
)


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
        free = [item for item in invoices if item.id not in busy]
        if invoices and not free:  # say why, rather than 'nothing to arrange: the total is 0.00'
            numbers = ", ".join(item.number for item in invoices)
            raise UserError("arrangement.all_invoices_busy", invoices=numbers)
        return free
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
    settings: FollowupSettings | None = None,
) -> ArrangementPreview:
    """The schedule for the chosen invoices (None: every open invoice not in an arrangement or a
    dispute), their open costs, and the total (costs added when ``costs_choice`` is INCLUDED)."""
    with db.read() as session:
        customer = customer_row(session, customer_id)
        if settings is None:  # the administration's limits
            settings = load_followup_settings(session, customer.administration_id)
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


def check_first_term(start: date, *, today: date) -> None:
    """Refuse a first term before today (what :func:`save_arrangement` refuses, for a preview)."""
    if start < today:
        raise UserError("arrangement.first_term_past", due=start, today=today)


def check_costs_choice(open_costs: Decimal, costs_choice: CostsChoice, costs_reason: str) -> None:
    """Refuse open costs that are neither waived nor included, or either without a reason (what
    :func:`save_arrangement` refuses, for a preview)."""
    choice = costs_choice if open_costs > 0 else CostsChoice.NONE
    if open_costs > 0 and choice is CostsChoice.NONE:
        raise UserError("arrangement.costs_choice_needed", costs=open_costs)
    if choice is not CostsChoice.NONE and not costs_reason.strip():
        raise UserError("arrangement.costs_reason_needed", costs=open_costs)


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
    settings: FollowupSettings | None = None,
    confirmation_letter: bool = True,
    letter_tone: Tone = Tone.FORMAL,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> ArrangementRecord:
    """Save an arrangement: the schedule made from ``terms``/``term_amount``, or the clerk's edited
    ``schedule`` (checked: it must add up to the total exactly). With open costs the clerk must
    waive or include them, with a reason. With ``confirmation_letter`` (the default) its
    confirmation letter waits for the next letter batch (:mod:`.arrangement_letter`)."""
    at = clock()
    check_first_term(start, today=today)
    with changed_elsewhere(), db.write() as session:
        user_id = user_id_for(session, user_login)
        customer = customer_row(session, customer_id)
        if settings is None:  # the administration's limits and term grace days
            settings = load_followup_settings(session, customer.administration_id)
        invoices = _invoices_for(session, customer_id, invoice_ids)
        principal = sum((item.open_amount for item in invoices), ZERO)
        charges = _open_charges(session, customer_id, [item.id for item in invoices])
        open_costs = sum((c.amount for c in charges), ZERO)
        choice = costs_choice if open_costs > 0 else CostsChoice.NONE
        reason = costs_reason.strip()
        check_costs_choice(open_costs, choice, reason)
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
        letter = None
        if confirmation_letter:
            letter = add_confirmation_letter(
                session,
                arrangement,
                customer,
                today=today,
                at=at,
                user_id=user_id,
                tone=letter_tone,
            )
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
                "confirmation_letter": letter.id if letter is not None else None,
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
                "invoice_count": len(numbers),
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
