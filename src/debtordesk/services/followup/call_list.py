"""Today's call list: the customers with a call task from the dunning run, a broken promise, a missed
term, a follow-up date that has come, a returned letter, an SMS that did not arrive (the delivery
check of :mod:`debtordesk.services.outbox_delivery`), or no mobile number and no e-mail with an
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
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, or_, select
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
from debtordesk.services.dunning_queue import (
    QueueResult,
    cents,
    converter,
    driver_rows,
    fast_constructor,
    money,
)
from debtordesk.services.followup.settings import load_followup_settings
from debtordesk.services.followup.types import (
    CallList,
    CallListEntry,
    FollowupSettings,
)
from debtordesk.services.outbox_delivery import undelivered_customers

#: ids per IN list (written into the SQL: no bind parameter limits apply)
_CHUNK = 2000
#: stands for the ids in a statement compiled once for all chunks (no customer has this id)
_ID_MARKER = -918_273_645
_OPEN_TASK = (CommunicationStatus.PLANNED, CommunicationStatus.PREPARED)
#: an SMS that did not arrive puts the customer on the list for this many days (until called)
UNDELIVERED_DAYS = 30
_ACTIVE = DunningStatus.ACTIVE.value
#: what the call list reads of a customer, in this order (see :func:`_contact`)
_CONTACT_COLUMNS = (
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
#: (id, number, name, mobile, landline, e-mail, opted out of calls, dunning status, clerk id)
Contact = tuple[int, str, str, str | None, str | None, str | None, bool, str | None, int | None]
_new_facts = fast_constructor(CallFacts)
_new_entry = fast_constructor(CallListEntry)


def call_list(
    db: Database,
    administration_id: int,
    day: date,
    *,
    clerk_id: int | None = None,
    unassigned: bool = False,
    queue: QueueResult | None = None,
    settings: FollowupSettings | None = None,
) -> CallList:
    """The call list of ``day``; ``clerk_id`` keeps the customers assigned to that clerk,
    ``unassigned`` those assigned to nobody. With the ``queue`` of that day (computed already, e.g.
    by the queue page), the call steps it proposes count as well, before the run records them.
    ``settings`` default to the administration's follow-up settings."""
    proposed = _proposed_calls(queue, administration_id, day)
    with db.read() as session:
        if settings is None:
            settings = load_followup_settings(session, administration_id)
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
        undelivered = _undelivered(session, administration_id, day)
        follow_ups = _follow_ups(session, administration_id, day)
        held = _active_holds(session, administration_id, day)
        # customers without mobile and e-mail: their contact data and amounts in one read
        quiet_contacts, quiet_amounts = _no_digital(session, administration_id, day, held)
        minimum = settings.call_rules.min_overdue
        quiet = {i for i, (overdue, _, _) in quiet_amounts.items() if overdue > minimum}
        candidates = set(tasks) | set(broken) | set(missed) | set(returned) | set(follow_ups)
        candidates |= set(undelivered)
        candidates |= proposed
        candidates |= quiet
        if not candidates:
            return CallList(day=day, entries=())
        ids = sorted(candidates)
        last_calls = _last_calls(session, ids)
        contacts = _contacts(
            session,
            [i for i in ids if i not in quiet_contacts],
            clerk_id=clerk_id,
            unassigned=unassigned,
        )
        for customer_id in ids:
            contact = quiet_contacts.get(customer_id)
            if contact is not None and _wanted(contact[8], clerk_id, unassigned):
                contacts[customer_id] = contact
        amounts = _amounts(
            session, [i for i in ids if i in contacts and i not in quiet_amounts], day, held
        )
        amounts.update(quiet_amounts)
        users = session.execute(select(User.id, User.display_name, User.login)).all()
        clerks = {user_id: display or login for user_id, display, login in users}
    nothing: tuple[Decimal, date | None, Decimal] = (ZERO, None, ZERO)
    facts: list[CallFacts] = []
    for customer_id, contact in contacts.items():
        overdue, oldest, _ = amounts.get(customer_id, nothing)
        last = last_calls.get(customer_id)
        follow_up = follow_ups.get(customer_id)
        facts.append(
            _new_facts(
                customer_id=customer_id,
                number=contact[1],
                overdue_amount=overdue,
                oldest_due=oldest,
                has_mobile=bool(contact[3]),
                has_email=bool(contact[5]),
                opted_out=contact[6],
                active=(contact[7] or _ACTIVE) == _ACTIVE,
                has_call_task=customer_id in tasks or customer_id in proposed,
                broken_promise_on=broken.get(customer_id),
                missed_term_on=missed.get(customer_id),
                returned_mail_on=returned.get(customer_id),
                # a follow-up set by an earlier call than the last one is overtaken by it
                follow_up_on=follow_up[1]
                if follow_up is not None and last is not None and follow_up[0] >= last
                else None,
                last_called_on=last,
                undelivered_on=undelivered.get(customer_id),
            )
        )
    entries = []
    for item, reasons in order_call_list(facts, day, settings.call_rules):
        contact = contacts[item.customer_id]
        phone = contact[3] or contact[4]
        assigned = contact[8]
        oldest_due = item.oldest_due
        entries.append(
            _new_entry(
                customer_id=item.customer_id,
                number=item.number,
                name=contact[2],
                phone=phone,
                tel_uri=tel_uri(phone),
                email=contact[5],
                reasons=reasons,
                overdue_amount=item.overdue_amount,
                open_amount=amounts.get(item.customer_id, nothing)[2],
                days_overdue=max((day - oldest_due).days, 0) if oldest_due else 0,
                oldest_due=oldest_due,
                assigned_user_id=assigned,
                assigned_to=clerks.get(assigned) if assigned else None,
                last_called_on=item.last_called_on,
                follow_up_on=item.follow_up_on,
                task_ids=tuple(tasks.get(item.customer_id, ())),
            )
        )
    return CallList(day=day, entries=tuple(entries))


def _wanted(assigned: int | None, clerk_id: int | None, unassigned: bool) -> bool:
    if clerk_id is not None:
        return assigned == clerk_id
    return assigned is None if unassigned else True


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


def _undelivered(session: Session, administration_id: int, day: date) -> dict[int, date]:
    """Per customer whose last SMS did not arrive (learnt in the last
    :data:`UNDELIVERED_DAYS` days): the day DebtorDesk learnt it."""
    since = datetime.combine(day - timedelta(days=UNDELIVERED_DAYS), time.min, tzinfo=UTC)
    return {
        message.customer_id: message.known_at.date()
        for message in undelivered_customers(session, administration_id, since)
    }


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
    """The invoices and the customers (holds on the whole customer) on hold on ``day``. Read from
    the few active holds, the administration compared here: a condition on the customer's
    administration made SQLite walk every customer of it and look up holds for each."""
    rows, _ = driver_rows(
        session,
        select(Hold.customer_id, Hold.invoice_id, Customer.administration_id)
        .join(Customer, Customer.id == Hold.customer_id)
        .where(Hold.lifted_at.is_(None), or_(Hold.until.is_(None), Hold.until >= day)),
    )
    mine = [(customer, invoice) for customer, invoice, owner in rows if owner == administration_id]
    invoices = {invoice_id for _, invoice_id in mine if invoice_id is not None}
    customers = {customer_id for customer_id, invoice_id in mine if invoice_id is None}
    return invoices, customers


def _no_digital(
    session: Session,
    administration_id: int,
    day: date,
    held: tuple[set[int], set[int]],
) -> tuple[dict[int, Contact], dict[int, tuple[Decimal, date | None, Decimal]]]:
    """The customers without mobile and e-mail (not opted out of calls, dunning active) that have
    something open: their contact data, and their overdue amount not on hold, its oldest due date
    and the open amount, summed by the database in one read."""
    empty_mobile = or_(Customer.mobile.is_(None), Customer.mobile == "")
    empty_email = or_(Customer.email.is_(None), Customer.email == "")
    statement = (
        _summed(select(*_CONTACT_COLUMNS), day)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(
            Customer.administration_id == administration_id,
            empty_mobile,
            empty_email,
            Customer.opt_out_call.is_(False),
            Customer.dunning_status == DunningStatus.ACTIVE,
        )
        .group_by(*_CONTACT_COLUMNS)
    )
    rows, converters = driver_rows(session, statement)
    contacts = {row[0]: _contact(row[0], row[1:9], converters[1:9]) for row in rows}
    return contacts, _sums(rows, 9, converters[11], held)


def _summed(statement: Any, day: date) -> Any:
    """``statement`` over the open invoices with, per group, the open amount, the overdue amount of
    the invoices with something to pay that are not on hold, and their oldest due date (in cents)."""
    held_invoices = (
        select(Hold.invoice_id)
        .where(
            Hold.invoice_id.is_not(None),
            Hold.lifted_at.is_(None),
            or_(Hold.until.is_(None), Hold.until >= day),
        )
        .distinct()
        .subquery()
    )
    amount = cents(Invoice.open_amount)
    overdue = and_(amount > 0, Invoice.due_date < day, held_invoices.c.invoice_id.is_(None))
    return (
        statement.add_columns(
            func.sum(amount),
            func.sum(case((overdue, amount), else_=0)),
            func.min(case((overdue, Invoice.due_date), else_=None)),
        )
        .select_from(Invoice)
        .outerjoin(held_invoices, held_invoices.c.invoice_id == Invoice.id)
        .where(Invoice.status == InvoiceStatus.OPEN)
    )


def _sums(
    rows: Iterable[Sequence[Any]],
    first: int,
    day_of: Any,
    held: tuple[set[int], set[int]],
) -> dict[int, tuple[Decimal, date | None, Decimal]]:
    """Per customer (the rows' first value): the overdue amount, its oldest due date and the open
    amount from the three sums at ``first``; nothing is overdue for a customer on hold."""
    held_customers = held[1]
    found: dict[int, tuple[Decimal, date | None, Decimal]] = {}
    for row in rows:
        customer_id, open_total, overdue, oldest = (
            row[0],
            row[first],
            row[first + 1],
            row[first + 2],
        )
        if customer_id in held_customers or not overdue:
            found[customer_id] = (ZERO, None, money(int(open_total or 0)))
        else:
            found[customer_id] = (money(int(overdue)), day_of(oldest), money(int(open_total or 0)))
    return found


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _last_calls(session: Session, ids: Sequence[int]) -> dict[int, date]:
    rows, _ = _rows_for_ids(
        session,
        select(CallLog.customer_id, func.max(CallLog.called_on)).group_by(CallLog.customer_id),
        CallLog.customer_id,
        ids,
    )
    return {
        customer_id: _as_date(called_on) for customer_id, called_on in rows if called_on is not None
    }


def _contacts(
    session: Session, ids: Sequence[int], *, clerk_id: int | None, unassigned: bool
) -> dict[int, Contact]:
    query = select(*_CONTACT_COLUMNS)
    if clerk_id is not None:
        query = query.where(Customer.assigned_user_id == clerk_id)
    elif unassigned:
        query = query.where(Customer.assigned_user_id.is_(None))
    rows, converters = _rows_for_ids(session, query, Customer.id, ids)
    return {row[0]: _contact(row[0], row[1:], converters[1:]) for row in rows}


def _contact(customer_id: int, values: Sequence[Any], converters: Sequence[Any]) -> Contact:
    """(id, number, name, mobile, landline, email, opted out of calls, dunning status value,
    assigned clerk) from the driver's values of :data:`_CONTACT_COLUMNS` after the id."""
    number, name, mobile, landline, email, opt_out, status, assigned = values
    status_value = converters[6](status) if status is not None else None
    return (
        customer_id,
        number,
        name,
        mobile,
        landline,
        email,
        bool(converters[5](opt_out)),
        getattr(status_value, "value", status_value),
        assigned,
    )


def _amounts(
    session: Session, ids: Sequence[int], day: date, held: tuple[set[int], set[int]]
) -> dict[int, tuple[Decimal, date | None, Decimal]]:
    """Per customer: the overdue amount not on hold, its oldest due date, and the open amount."""
    rows, converters = _rows_for_ids(
        session,
        _summed(select(Invoice.customer_id), day).group_by(Invoice.customer_id),
        Invoice.customer_id,
        ids,
    )
    return _sums(rows, 1, converters[3], held)


def _rows_for_ids(
    session: Session, statement: Any, column: Any, ids: Sequence[int]
) -> tuple[list[Sequence[Any]], list[Callable[[Any], Any]]]:
    """The statement's driver rows for ``column IN ids``, in chunks of ids written into the SQL.
    The statement is compiled once (with a marker for the ids), not once per chunk with thousands
    of literal values; see :func:`~debtordesk.services.dunning_queue.driver_rows`."""
    marked = statement.where(column.in_([_ID_MARKER]))
    connection = session.connection()
    dialect = connection.dialect
    converters = [converter(c.type, dialect) for c in marked.selected_columns]
    if not ids:
        return [], converters
    sql = str(marked.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    marker = f"({_ID_MARKER})"
    if sql.count(marker) != 1:  # a dialect that writes the marker otherwise: the slow way
        rows: list[Sequence[Any]] = []
        for chunk in _chunks(ids):
            found, _ = driver_rows(session, statement.where(column.in_(list(chunk))))
            rows.extend(found)
        return rows, converters
    rows = []
    for chunk in _chunks(ids):
        listed = "(" + ",".join(str(int(value)) for value in chunk) + ")"
        rows.extend(connection.exec_driver_sql(sql.replace(marker, listed)).fetchall())
    return rows, converters
