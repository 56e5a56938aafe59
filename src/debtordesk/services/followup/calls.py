"""Logging a call: the outcome, a note, the next follow-up date, and what the outcome sets in motion
(:class:`debtordesk.domain.calls.CallEffect`):

* "already paid": the queue's reported-paid hold (7 business days; on the named invoices, else on
  the customer);
* "wrong number": the number dialled is cleared from the customer's mobile or landline, so dunning
  stops using it (the old value is kept in the audit log and as a contact problem);
* "promise to pay": a promise with a hold until its date plus the grace days
  (:mod:`debtordesk.services.followup.promises`);
* "dispute": a dispute on each named invoice (or the only open one), which holds it;
* "referred to debt help": noted on the timeline (the social-collection record);
* "arrangement made": the arrangement itself is saved from the arrangement form with this call's id.

The customer's open call tasks (communications on the CALL channel) are done when the call reached
the customer, and cancelled otherwise (the engine proposes the call again). All in one transaction:
a refused effect leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import CallLog, CallOutcome, Communication, Customer, User
from debtordesk.db.types import utcnow
from debtordesk.domain.calls import CallEffect
from debtordesk.domain.contacts import normalise_phone
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus, HoldReason
from debtordesk.domain.errors import UserError
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.dunning_run import move
from debtordesk.services.followup.common import (
    add_hold_here,
    changed_elsewhere,
    chosen_invoices,
    customer_row,
)
from debtordesk.services.followup.disputes import get_dispute, open_dispute_here
from debtordesk.services.followup.outcomes import outcome_by_code, seed_call_outcomes
from debtordesk.services.followup.promises import make_promise_here, promise_record
from debtordesk.services.followup.settings import load_followup_settings
from debtordesk.services.followup.types import (
    CallLogResult,
    CallRecord,
    Clock,
    FollowupSettings,
    PromiseRecord,
)
from debtordesk.services.holds import default_until

#: call tasks not done yet
OPEN_TASK = (CommunicationStatus.PLANNED, CommunicationStatus.PREPARED)


def log_call(
    db: Database,
    customer_id: int,
    outcome: str,
    *,
    today: date,
    note: str = "",
    next_follow_up: date | None = None,
    phone: str | None = None,
    invoice_ids: Sequence[int] | None = None,
    promise_date: date | None = None,
    promise_amount: Decimal | None = None,
    dispute_reason: str = "other",
    settings: FollowupSettings | None = None,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> CallLogResult:
    """Record a call to the customer on ``today`` and carry out its outcome (see the module).

    ``invoice_ids`` names the invoices a promise, a dispute or a reported payment is about (None: a
    promise covers the overdue invoices, a reported payment the customer, a dispute the only open
    invoice). ``phone`` is the number dialled (default: the mobile number, else the landline).
    """
    if next_follow_up is not None and next_follow_up < today:
        raise UserError("followup.follow_up_past", date=next_follow_up, today=today)
    seed_call_outcomes(db)
    at = clock()
    promise: PromiseRecord | None = None
    dispute_ids: list[int] = []
    hold_ids: tuple[int, ...] = ()
    cleared: tuple[str, ...] = ()
    with changed_elsewhere(), db.write() as session:
        user_id = user_id_for(session, user_login)
        customer = customer_row(session, customer_id)
        if settings is None:
            settings = load_followup_settings(session, customer.administration_id)
        row = outcome_by_code(session, outcome)
        effect = CallEffect(row.effect) if row.effect else None
        promising = promise_date is not None or promise_amount is not None
        if promising and effect is not CallEffect.PROMISE:
            raise UserError("followup.promise_only_with_outcome", outcome=row.code)
        if effect is CallEffect.PROMISE and (promise_date is None or promise_amount is None):
            raise UserError("followup.promise_needs_date_amount")
        dialled = (phone or "").strip() or customer.mobile or customer.landline
        call = CallLog(
            administration_id=customer.administration_id,
            customer_id=customer.id,
            user_id=user_id,
            at=at,
            called_on=today,
            outcome_id=row.id,
            note=note.strip(),
            next_follow_up=next_follow_up,
            phone=dialled[:32] if dialled else None,
        )
        session.add(call)
        session.flush()
        done, cancelled = _settle_tasks(session, customer, call, reached=row.reached, at=at)
        _record(session, customer, call, row, user_id=user_id, at=at)
        if effect is CallEffect.PROMISE:
            assert promise_date is not None and promise_amount is not None
            made = make_promise_here(
                session,
                customer,
                promised_on=promise_date,
                amount=promise_amount,
                today=today,
                invoice_ids=invoice_ids,
                user_id=user_id,
                at=at,
                settings=settings,
                call_log_id=call.id,
                note=note,
            )
            promise = promise_record(session, made)
        elif effect is CallEffect.DISPUTE:
            invoices = chosen_invoices(session, customer.id, invoice_ids)
            if invoice_ids is None and len(invoices) != 1:
                raise UserError("followup.dispute_which_invoice", count=len(invoices))
            for invoice in invoices:
                dispute = open_dispute_here(
                    session,
                    customer,
                    invoice.id,
                    reason_code=dispute_reason,
                    reason_text=note,
                    today=today,
                    user_id=user_id,
                    at=at,
                    call_log_id=call.id,
                )
                dispute_ids.append(dispute.id)
        elif effect is CallEffect.REPORTED_PAID:
            hold_ids = _reported_paid(
                session, customer, invoice_ids, today=today, note=note, user_id=user_id, at=at
            )
        elif effect is CallEffect.WRONG_NUMBER:
            cleared = _clear_number(session, customer, dialled, user_id=user_id, at=at)
        elif effect is CallEffect.DEBT_HELP:
            add_customer_event(
                session,
                customer_id=customer.id,
                kind="call",
                code="event.followup.debt_help",
                params={"note": note.strip()},
                user_id=user_id,
                at=at,
            )
        call_id = call.id
    return CallLogResult(
        call_id=call_id,
        customer_id=customer_id,
        outcome=row.code,
        called_on=today,
        tasks_done=done,
        tasks_cancelled=cancelled,
        promise=promise,
        disputes=tuple(get_dispute(db, dispute_id) for dispute_id in dispute_ids),
        hold_ids=hold_ids,
        cleared=cleared,
    )


def _settle_tasks(
    session: Session, customer: Customer, call: CallLog, *, reached: bool, at: datetime
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The customer's open call tasks: done (sent on the call's day) when the call reached the
    customer, else cancelled (the engine proposes the call again)."""
    tasks = session.scalars(
        select(Communication)
        .where(
            Communication.customer_id == customer.id,
            Communication.channel == ActionChannel.CALL,
            Communication.status.in_(OPEN_TASK),
        )
        .order_by(Communication.id)
    ).all()
    done: list[int] = []
    cancelled: list[int] = []
    for task in tasks:
        if reached:
            if task.status is CommunicationStatus.PLANNED:
                move(task, CommunicationStatus.PREPARED, at)
                task.prepared_at = at
            move(task, CommunicationStatus.SENT, at)
            task.went_out_on = call.called_on
            done.append(task.id)
        else:
            move(task, CommunicationStatus.CANCELLED, at)
            cancelled.append(task.id)
    if tasks:
        call.communication_id = tasks[0].id
    return tuple(done), tuple(cancelled)


def _record(
    session: Session,
    customer: Customer,
    call: CallLog,
    outcome: CallOutcome,
    *,
    user_id: int | None,
    at: datetime,
) -> None:
    record_audit(
        session,
        user_id=user_id,
        administration_id=customer.administration_id,
        entity="call",
        entity_id=call.id,
        action="log",
        details={
            "customer_id": customer.id,
            "outcome": outcome.code,
            "phone": call.phone,
            "note": call.note,
            "next_follow_up": call.next_follow_up.isoformat() if call.next_follow_up else None,
        },
    )
    add_customer_event(
        session,
        customer_id=customer.id,
        kind="call",
        code="event.followup.call_next" if call.next_follow_up else "event.followup.call",
        params={
            "outcome_en": outcome.label_en,
            "outcome_nl": outcome.label_nl,
            "phone": call.phone,
            "note": call.note,
            "next": call.next_follow_up.isoformat() if call.next_follow_up else None,
        },
        user_id=user_id,
        at=at,
    )


def _reported_paid(
    session: Session,
    customer: Customer,
    invoice_ids: Sequence[int] | None,
    *,
    today: date,
    note: str,
    user_id: int | None,
    at: datetime,
) -> tuple[int, ...]:
    until = default_until(HoldReason.REPORTED_PAID, today)
    if invoice_ids is None:
        hold = add_hold_here(
            session,
            customer=customer,
            reason=HoldReason.REPORTED_PAID,
            user_id=user_id,
            at=at,
            until=until,
            note=note,
        )
        return (hold.id,)
    return tuple(
        add_hold_here(
            session,
            customer=customer,
            reason=HoldReason.REPORTED_PAID,
            user_id=user_id,
            at=at,
            invoice_id=invoice.id,
            invoice_number=invoice.number,
            until=until,
            note=note,
        ).id
        for invoice in chosen_invoices(session, customer.id, invoice_ids)
    )


def _same_number(stored: str | None, dialled: str) -> bool:
    if not stored:
        return False
    if stored.strip() == dialled.strip():
        return True
    left, right = normalise_phone(stored), normalise_phone(dialled)
    return left.e164 is not None and left.e164 == right.e164


def _clear_number(
    session: Session,
    customer: Customer,
    dialled: str | None,
    *,
    user_id: int | None,
    at: datetime,
) -> tuple[str, ...]:
    """Clear the customer's field(s) holding the number dialled; the old value goes to the audit
    log and into the customer's contact problems (so the clerk sees why the number is gone)."""
    if not dialled:
        return ()
    cleared: dict[str, str] = {}
    for field in ("mobile", "landline"):
        value = getattr(customer, field)
        if _same_number(value, dialled):
            cleared[field] = value
            setattr(customer, field, None)
    if not cleared:
        return ()
    customer.contact_problems = [
        *(customer.contact_problems or []),
        *(
            {"code": "followup.contact.wrong_number", "field": field, "value": value}
            for field, value in cleared.items()
        ),
    ]
    record_audit(
        session,
        user_id=user_id,
        administration_id=customer.administration_id,
        entity="customer",
        entity_id=customer.id,
        action="wrong_number",
        details={"cleared": cleared},
    )
    add_customer_event(
        session,
        customer_id=customer.id,
        kind="edit",
        code="event.followup.number_cleared",
        params={"number": dialled},
        user_id=user_id,
        at=at,
    )
    return tuple(cleared)


def list_calls(db: Database, customer_id: int, *, limit: int = 200) -> tuple[CallRecord, ...]:
    """The customer's calls, newest first."""
    with db.read() as session:
        rows: list[Any] = list(
            session.execute(
                select(
                    CallLog.id,
                    CallLog.at,
                    CallLog.called_on,
                    CallOutcome.code,
                    CallOutcome.label_en,
                    CallOutcome.label_nl,
                    CallLog.note,
                    CallLog.next_follow_up,
                    CallLog.phone,
                    User.login,
                )
                .join(CallOutcome, CallOutcome.id == CallLog.outcome_id)
                .outerjoin(User, User.id == CallLog.user_id)
                .where(CallLog.customer_id == customer_id)
                .order_by(CallLog.at.desc(), CallLog.id.desc())
                .limit(limit)
            ).all()
        )
    return tuple(CallRecord(*row) for row in rows)
