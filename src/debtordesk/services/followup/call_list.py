"""Today's call list: the customers with a call task from the dunning run, a broken promise, a missed
term, a follow-up date that has come, a returned letter, or no mobile number and no e-mail with an
overdue amount, with their reasons, in priority order (:mod:`debtordesk.domain.calls`).

Read-only and quick at 40,000 customers: a handful of indexed queries find the candidates, three
more fetch their last calls, contact data and open invoices (in chunks of ids, as plain driver
rows); holds are read once and applied in Python. It reads the call tasks the dunning run recorded
rather than computing the queue again; a caller that computed the queue already may hand it in, and
its call steps count too. Run :func:`~debtordesk.services.followup.promise_check.promises_check`
first for today's broken promises.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Arrangement,
    CallLog,
    Communication,
    Customer,
    Hold,
    Invoice,
    Letter,
    LetterBatch,
    Promise,
    User,
)
from debtordesk.domain.arrangements import ArrangementStatus
from debtordesk.domain.calls import CallFacts
from debtordesk.domain.calls import call_list as order_call_list
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus, DunningStatus
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.money import ZERO
from debtordesk.domain.promises import PromiseStatus
from debtordesk.services.database import Database
from debtordesk.services.dunning_queue import QueueResult, cents, driver_rows, money
from debtordesk.services.followup.types import (
    DEFAULT_SETTINGS,
    CallList,
    CallListEntry,
    FollowupSettings,
)

#: ids per IN list (written into the SQL: no bind parameter limits apply)
_CHUNK = 2000
_OPEN_TASK = (CommunicationStatus.PLANNED, CommunicationStatus.PREPARED)


def call_list(
    db: Database,
    administration_id: int,
    day: date,
    *,
    clerk_id: int | None = None,
    unassigned: bool = False,
    queue: QueueResult | None = None,
    settings: FollowupSettings = DEFAULT_SETTINGS,
) -> CallList:
    """The call list of ``day``; ``clerk_id`` keeps the customers assigned to that clerk,
    ``unassigned`` those assigned to nobody. With the ``queue`` of that day (computed already, e.g.
    by the queue page), the call steps it proposes count as well, before the run records them."""
    proposed = _proposed_calls(queue, administration_id, day)
    with db.read() as session:
        tasks = _call_tasks(session, administration_id, day)
        broken = _latest(
            session,
            select(Promise.customer_id, func.max(Promise.decided_on))
            .where(
                Promise.administration_id == administration_id,
                Promise.status == PromiseStatus.BROKEN,
            )
            .group_by(Promise.customer_id),
        )
        missed = _latest(
            session,
            select(Arrangement.customer_id, func.max(Arrangement.ended_on))
            .where(
                Arrangement.administration_id == administration_id,
                Arrangement.status == ArrangementStatus.BROKEN,
            )
            .group_by(Arrangement.customer_id),
        )
        returned = _returned(session, administration_id)
        follow_ups = _follow_ups(session, administration_id, day)
        held = _active_holds(session, administration_id, day)
        quiet, quiet_amounts = _no_digital(session, administration_id, day, settings, held)
        candidates = set(tasks) | set(broken) | set(missed) | set(returned) | set(follow_ups)
        candidates |= proposed
        candidates |= set(quiet)
        if not candidates:
            return CallList(day=day, entries=())
        ids = sorted(candidates)
        last_calls = _last_calls(session, ids)
        contacts = _contacts(session, ids, clerk_id=clerk_id, unassigned=unassigned)
        amounts = _amounts(
            session, [i for i in ids if i in contacts and i not in quiet_amounts], day, held
        )
        amounts.update(quiet_amounts)
        labels = dict(session.execute(select(User.id, User.display_name)).all())
        logins = dict(session.execute(select(User.id, User.login)).all())
    facts: list[CallFacts] = []
    for customer_id, contact in contacts.items():
        overdue, oldest, _ = amounts.get(customer_id, (ZERO, None, ZERO))
        last = last_calls.get(customer_id)
        follow_up = follow_ups.get(customer_id)
        facts.append(
            CallFacts(
                customer_id=customer_id,
                number=contact["number"],
                overdue_amount=overdue,
                oldest_due=oldest,
                has_mobile=bool(contact["mobile"]),
                has_email=bool(contact["email"]),
                opted_out=bool(contact["opt_out_call"]),
                active=contact["status"] == DunningStatus.ACTIVE.value,
                has_call_task=customer_id in tasks or customer_id in proposed,
                broken_promise_on=broken.get(customer_id),
                missed_term_on=missed.get(customer_id),
                returned_mail_on=returned.get(customer_id),
                # a follow-up set by an earlier call than the last one is overtaken by it
                follow_up_on=follow_up[1]
                if follow_up is not None and last is not None and follow_up[0] >= last
                else None,
                last_called_on=last,
            )
        )
    entries = []
    for item, reasons in order_call_list(facts, day, settings.call_rules):
        contact = contacts[item.customer_id]
        phone = contact["mobile"] or contact["landline"]
        assigned = contact["assigned_user_id"]
        entries.append(
            CallListEntry(
                customer_id=item.customer_id,
                number=item.number,
                name=contact["name"],
                phone=phone,
                tel_uri=tel_uri(phone),
                email=contact["email"],
                reasons=reasons,
                overdue_amount=item.overdue_amount,
                open_amount=amounts.get(item.customer_id, (ZERO, None, ZERO))[2],
                days_overdue=max((day - item.oldest_due).days, 0) if item.oldest_due else 0,
                oldest_due=item.oldest_due,
                assigned_user_id=assigned,
                assigned_to=(labels.get(assigned) or logins.get(assigned)) if assigned else None,
                last_called_on=item.last_called_on,
                follow_up_on=item.follow_up_on,
                task_ids=tuple(tasks.get(item.customer_id, ())),
            )
        )
    return CallList(day=day, entries=tuple(entries))


def tel_uri(phone: str | None) -> str | None:
    """A ``tel:`` link (RFC 3966): the digits and a leading +, nothing else."""
    if not phone:
        return None
    digits = "".join(ch for ch in phone if ch.isdigit())
    if not digits:
        return None
    return f"tel:{'+' if phone.strip().startswith('+') else ''}{digits}"


def _proposed_calls(queue: QueueResult | None, administration_id: int, day: date) -> set[int]:
    """Customers whose step due in the queue is a call (on the CALL channel after fallbacks)."""
    if queue is None:
        return set()
    if queue.administration_id != administration_id or queue.today != day:
        raise UserError("calls.queue_mismatch", date=queue.today, day=day)
    return {
        entry.customer_id
        for entry in queue.actions
        if entry.row.action is not None
        and any(d.channel is ActionChannel.CALL for d in entry.row.action.channels)
    }


def _latest(session: Session, statement: Any) -> dict[int, date]:
    return {
        customer_id: _as_date(on)
        for customer_id, on in session.execute(statement)
        if on is not None
    }


def _call_tasks(session: Session, administration_id: int, day: date) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for customer_id, communication_id in session.execute(
        select(Communication.customer_id, Communication.id)
        .where(
            Communication.administration_id == administration_id,
            Communication.status.in_(_OPEN_TASK),
            Communication.channel == ActionChannel.CALL,
            Communication.planned_for <= day,
        )
        .order_by(Communication.id)
    ):
        found[customer_id].append(communication_id)
    return found


def _returned(session: Session, administration_id: int) -> dict[int, date]:
    found: dict[int, date] = {}
    for customer_id, returned_at in session.execute(
        select(Letter.customer_id, func.max(Letter.returned_at))
        .join(LetterBatch, LetterBatch.id == Letter.batch_id)
        .where(
            LetterBatch.administration_id == administration_id,
            Letter.returned_at.is_not(None),
            Letter.customer_id.is_not(None),
        )
        .group_by(Letter.customer_id)
    ):
        if returned_at is not None and customer_id is not None:
            # SQLite hands back text for an aggregate of a typed column
            found[customer_id] = _as_date(returned_at)
    return found


def _as_date(value: Any) -> date:
    """A date from a date, a datetime, or the ISO text SQLite gives for an aggregate."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _follow_ups(
    session: Session, administration_id: int, day: date
) -> dict[int, tuple[date, date]]:
    """Per customer: (day of the call that set it, follow-up date) of the newest call whose
    follow-up date has come."""
    found: dict[int, tuple[date, date]] = {}
    for customer_id, called_on, follow_up in session.execute(
        select(CallLog.customer_id, CallLog.called_on, CallLog.next_follow_up)
        .where(
            CallLog.administration_id == administration_id,
            CallLog.next_follow_up.is_not(None),
            CallLog.next_follow_up <= day,
        )
        .order_by(CallLog.called_on, CallLog.id)
    ):
        if follow_up is not None:
            found[customer_id] = (called_on, follow_up)
    return found


def _active_holds(session: Session, administration_id: int, day: date) -> tuple[set[int], set[int]]:
    """The invoices and the customers (holds on the whole customer) on hold on ``day``."""
    rows, _ = driver_rows(
        session,
        select(Hold.customer_id, Hold.invoice_id)
        .join(Customer, Customer.id == Hold.customer_id)
        .where(
            Customer.administration_id == administration_id,
            Hold.lifted_at.is_(None),
            or_(Hold.until.is_(None), Hold.until >= day),
        ),
    )
    invoices = {invoice_id for _, invoice_id in rows if invoice_id is not None}
    customers = {customer_id for customer_id, invoice_id in rows if invoice_id is None}
    return invoices, customers


def _no_digital(
    session: Session,
    administration_id: int,
    day: date,
    settings: FollowupSettings,
    held: tuple[set[int], set[int]],
) -> tuple[set[int], dict[int, tuple[Decimal, date | None, Decimal]]]:
    """Customers without mobile and e-mail whose overdue amount not on hold is above the minimum,
    and the amounts of every customer without mobile and e-mail that has something open."""
    empty_mobile = or_(Customer.mobile.is_(None), Customer.mobile == "")
    empty_email = or_(Customer.email.is_(None), Customer.email == "")
    rows, converters = driver_rows(
        session,
        select(Invoice.customer_id, Invoice.id, cents(Invoice.open_amount), Invoice.due_date)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(
            Customer.administration_id == administration_id,
            empty_mobile,
            empty_email,
            Customer.opt_out_call.is_(False),
            Customer.dunning_status == DunningStatus.ACTIVE,
            Invoice.status == InvoiceStatus.OPEN,
        ),
    )
    amounts = _aggregate(rows, converters[3], day, held)
    minimum = settings.call_rules.min_overdue
    return {customer_id for customer_id, (overdue, _, _) in amounts.items() if overdue > minimum}, (
        amounts
    )


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _last_calls(session: Session, ids: Sequence[int]) -> dict[int, date]:
    found: dict[int, date] = {}
    for chunk in _chunks(ids):
        rows, _ = driver_rows(
            session,
            select(CallLog.customer_id, func.max(CallLog.called_on))
            .where(CallLog.customer_id.in_(chunk))
            .group_by(CallLog.customer_id),
        )
        for customer_id, called_on in rows:
            if called_on is not None:
                found[customer_id] = _as_date(called_on)
    return found


def _contacts(
    session: Session, ids: Sequence[int], *, clerk_id: int | None, unassigned: bool
) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    columns = (
        Customer.id,
        Customer.number,
        Customer.name,
        Customer.mobile,
        Customer.landline,
        Customer.email,
        Customer.opt_out_call,
        Customer.dunning_status,
        Customer.assigned_user_id,
    )
    for chunk in _chunks(ids):
        query = select(*columns).where(Customer.id.in_(chunk))
        if clerk_id is not None:
            query = query.where(Customer.assigned_user_id == clerk_id)
        elif unassigned:
            query = query.where(Customer.assigned_user_id.is_(None))
        rows, _ = driver_rows(session, query)
        for row in rows:
            found[row[0]] = {
                "number": row[1],
                "name": row[2],
                "mobile": row[3],
                "landline": row[4],
                "email": row[5],
                "opt_out_call": bool(row[6]),
                "status": row[7] or DunningStatus.ACTIVE.value,
                "assigned_user_id": row[8],
            }
    return found


def _amounts(
    session: Session, ids: Sequence[int], day: date, held: tuple[set[int], set[int]]
) -> dict[int, tuple[Decimal, date | None, Decimal]]:
    """Per customer: the overdue amount not on hold, its oldest due date, and the open amount."""
    found: dict[int, tuple[Decimal, date | None, Decimal]] = {}
    for chunk in _chunks(ids):
        rows, converters = driver_rows(
            session,
            select(
                Invoice.customer_id, Invoice.id, cents(Invoice.open_amount), Invoice.due_date
            ).where(Invoice.customer_id.in_(chunk), Invoice.status == InvoiceStatus.OPEN),
        )
        found.update(_aggregate(rows, converters[3], day, held))
    return found


def _aggregate(
    rows: Iterable[Sequence[Any]],
    day_of: Any,
    day: date,
    held: tuple[set[int], set[int]],
) -> dict[int, tuple[Decimal, date | None, Decimal]]:
    """Open invoice rows (customer, invoice, cents, stored due date) summed per customer: the
    overdue amount not on hold, its oldest due date, and the open amount."""
    held_invoices, held_customers = held
    overdue: dict[int, int] = defaultdict(int)
    oldest: dict[int, date] = {}
    open_total: dict[int, int] = defaultdict(int)
    for customer_id, invoice_id, amount, stored_due in rows:
        open_total[customer_id] += amount
        if amount <= 0 or customer_id in held_customers or invoice_id in held_invoices:
            continue
        due = day_of(stored_due)
        if due < day:
            overdue[customer_id] += amount
            known = oldest.get(customer_id)
            if known is None or due < known:
                oldest[customer_id] = due
    return {
        customer_id: (money(overdue.get(customer_id, 0)), oldest.get(customer_id), money(total))
        for customer_id, total in open_total.items()
    }
