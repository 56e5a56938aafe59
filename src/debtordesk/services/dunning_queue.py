"""The dunning queue: the engine's input loaded in a few set-based queries, the engine run on it, and the
rows enriched with what the clerk reads (number, name, place, phone, policy).

:func:`load_dunning_input` reads only the columns the engine needs, as plain driver tuples (money as
integer cents, converted once), for the open invoices of one administration and the customers they
belong to, plus the closed invoices and stornos the payment score needs, trigger events up to the date
and instalments falling due within the lead of the policies' INSTALMENT_DUE steps (a step may ask before
the instalment's date). One query per kind of row, none per customer. :func:`compute_queue_for` seeds
the shipped policies and the interest table on first use, loads, computes and adds the warnings the clerk
must see before trusting the queue: an open-items import older than one business day (the ledger lags;
someone who paid may be dunned again), and a stale interest table.
"""

from __future__ import annotations

import gc
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    and_,
    exists,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Charge,
    Communication,
    CommunicationInvoice,
    Customer,
    CustomerTag,
    DunningPolicy,
    FourteenDayLetter,
    Hold,
    ImportBatch,
    Invoice,
    TriggerEventRow,
)
from debtordesk.db.models import (
    InterestRate as InterestRateRow,
)
from debtordesk.db.models import (
    SegmentRule as SegmentRuleRow,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.calendar import business_days_between
from debtordesk.domain.construct import slotted_constructor
from debtordesk.domain.dunning.engine import CHARGES_OPEN, compute_queue
from debtordesk.domain.dunning.model import (
    ChargeInput,
    ChargeStatus,
    CustomerInput,
    CustomerQueueRow,
    DunningInput,
    FourteenDayLetterInput,
    HoldInput,
    InvoiceInput,
    PastStep,
    PaymentScore,
    Policy,
    Trigger,
    TriggerEvent,
)
from debtordesk.domain.dunning.score import payment_score, year_before
from debtordesk.domain.dunning.states import NOT_TAKEN
from debtordesk.domain.enums import BatchStatus, ImportKind, InvoiceStatus
from debtordesk.domain.legal import DEFAULT_INTEREST_RATES, InterestRate, interest_table_warning
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO
from debtordesk.gc_hold import holding_collections
from debtordesk.services.database import Database
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.policies import policy_shown, seed_default_policies, segment_rule_of
from debtordesk.settings.org import costs_vat_fraction

_NO_SCORE = PaymentScore()


def cents(column: Any) -> Any:
    """A Money column read as the stored integer cents (no per-value conversion by SQLAlchemy)."""
    return type_coerce(column, BigInteger)


_HUNDREDTH = Decimal("0.01")


def money(value: int) -> Decimal:
    """Integer cents to a two-place Decimal (as :func:`~debtordesk.domain.money.from_cents`; the
    product with 0.01 is exact and the same Decimal as ``scaleb(-2)``, in two thirds of the time)."""
    return Decimal(value) * _HUNDREDTH


class _Cache(dict[Any, Any]):
    """Stored value -> Python value, each distinct value converted once."""

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, stored: Any) -> Any:
        value = self[stored] = None if stored is None else self._convert(stored)
        return value


def _converter(column_type: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """How a stored value of the type becomes its Python value (None: as the driver returns it)."""
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        return {member.value: member for member in column_type.enum_class}.__getitem__
    if isinstance(column_type, Date | Boolean):
        process: Callable[[Any], Any] | None = column_type.dialect_impl(dialect).result_processor(
            dialect, None
        )
        return process
    return None


_T = TypeVar("_T")
_new = object.__new__


def fast_constructor(cls: type[_T]) -> Callable[..., _T]:
    """A constructor for a frozen dataclass taking every field's value in field order, for large
    results (the call list's rows; the queue loader's input classes have slots and are built by
    :func:`~debtordesk.domain.construct.slotted_constructor`): it fills the instance's ``__dict__``
    directly, where the generated ``__init__`` of a frozen dataclass calls ``object.__setattr__`` once
    per field. Equal to ``cls(*values)`` for a class without ``__post_init__`` or slots; every
    field must be given (positionally or by name). Like ``dataclasses`` itself, it is generated as
    source with one parameter per field, storing each value into the new instance's own dict (a
    third less than replacing that dict by a literal, which builds a second dict)."""
    if not is_dataclass(cls) or hasattr(cls, "__post_init__") or "__slots__" in vars(cls):
        raise TypeError(f"{cls.__name__}: not a plain frozen dataclass")
    names = tuple(f.name for f in fields(cls))
    source = (
        f"def make({', '.join(names)}):\n"
        "    instance = _new(cls)\n"
        "    values = instance.__dict__\n"
        + "".join(f"    values[{name!r}] = {name}\n" for name in names)
        + "    return instance\n"
    )
    namespace: dict[str, Any] = {"_new": _new, "cls": cls}
    exec(source, namespace)  # noqa: S102 - the source holds the dataclass's field names only
    make: Callable[..., _T] = namespace["make"]
    make.__qualname__ = f"fast_constructor.<{cls.__name__}>"
    return make


def _same(value: Any) -> Any:
    return value


def converter(column_type: Any, dialect: Any) -> Callable[[Any], Any]:
    """How a stored value of the column's type becomes its Python value, each distinct value converted
    once (a dict lookup per value): dates, enums and flags; anything else as the driver returns it."""
    return _Cache(_converter(column_type, dialect) or _same).__getitem__


def driver_rows(
    session: Session, statement: Any
) -> tuple[Sequence[Sequence[Any]], list[Callable[[Any], Any]]]:
    """The statement's rows as the driver returns them (no per-value processing by SQLAlchemy, money
    as the stored cents: select it through :func:`cents`), with a converter per selected column (see
    :func:`converter`) for the caller to apply in the one pass that builds its objects. At 100,000 rows
    SQLAlchemy's per-value processing costs several times the query; the statement's values (ids,
    dates, enum members) are written into the SQL. The rows are the driver cursor's own tuples:
    SQLAlchemy runs the statement (its events see it) but does not wrap each row in a ``Row``."""
    connection = session.connection()
    dialect = connection.dialect
    sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    result = connection.exec_driver_sql(sql)
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    return rows, [converter(column.type, dialect) for column in statement.selected_columns]


def plain_rows(session: Session, statement: Any) -> list[tuple[Any, ...]]:
    """The statement's rows as plain tuples with dates, enums and flags converted (see
    :func:`driver_rows`)."""
    rows, converters = driver_rows(session, statement)
    return [
        tuple(convert(value) for convert, value in zip(converters, row, strict=True))
        for row in rows
    ]


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Contact:
    """What the queue shows of a customer beside the engine's figures."""

    number: str
    name: str
    postcode: str | None
    city: str | None
    phone: str | None
    email: str | None
    segment: str | None
    #: the app_user id of the clerk the customer is assigned to (None: nobody)
    assigned_user_id: int | None = None


@dataclass(frozen=True)
class QueueEntry:
    """One customer in the queue: the engine's row, who it is, and its policy's name."""

    row: CustomerQueueRow
    contact: Contact
    policy_name: str | None
    #: numbers of the invoices the proposed action lists (empty without an action); for an entry of
    #: :func:`compute_queue_for` looked up when first read (see :func:`_lazy_entry`)
    invoice_numbers: tuple[str, ...]

    @property
    def customer_id(self) -> int:
        return self.row.customer_id

    if not TYPE_CHECKING:  # hidden from mypy: it would accept any attribute name on an entry

        def __getattr__(self, name: str) -> Any:
            # only called while ``invoice_numbers`` is not set yet (an entry of _lazy_entry)
            values = self.__dict__
            if name != "invoice_numbers" or "_number_of" not in values:
                raise AttributeError(name)
            action = self.row.action
            number_of = values["_number_of"]
            numbers = (
                tuple([number_of(i, "?") for i in action.invoice_ids]) if action is not None else ()
            )
            # two threads may both look them up: the same numbers, the last one stays
            values["invoice_numbers"] = numbers
            return numbers


@dataclass(frozen=True)
class QueueTotals:
    customers: int
    actions: int
    open_amount: Decimal
    overdue_amount: Decimal
    costs: Decimal
    interest: Decimal


@dataclass(frozen=True)
class QueueResult:
    """The queue of one administration for one evaluation date."""

    today: date
    administration_id: int
    entries: tuple[QueueEntry, ...]
    totals: QueueTotals
    #: things the clerk should know before trusting the queue (a stale import, an old rate table)
    warnings: tuple[Message, ...]

    @property
    def actions(self) -> tuple[QueueEntry, ...]:
        """The customers with a step due."""
        return tuple(entry for entry in self.entries if entry.row.action is not None)


@dataclass(frozen=True)
class LoadedQueue:
    """The engine's input plus what the service needs to present and record the result."""

    data: DunningInput
    contacts: dict[int, Contact]
    invoice_numbers: dict[int, str]
    policy_names: dict[int, str]


_new_invoice = slotted_constructor(InvoiceInput)
_new_customer = slotted_constructor(CustomerInput)
_new_past_step = slotted_constructor(PastStep)
_new_contact = slotted_constructor(Contact)


def _lazy_entry(
    row: CustomerQueueRow,
    contact: Contact,
    policy_name: str | None,
    number_of: Callable[[int, str], str],
) -> QueueEntry:
    """A queue entry whose invoice numbers are looked up (``number_of``) when first read: only the
    rows the clerk opens or prints need them, not every one of tens of thousands."""
    entry = _new(QueueEntry)
    values = entry.__dict__
    values["row"] = row
    values["contact"] = contact
    values["policy_name"] = policy_name
    values["_number_of"] = number_of
    return entry


# --------------------------------------------------------------------------- loading


def load_dunning_input(session: Session, administration_id: int, today: date) -> DunningInput:
    """Everything the engine needs for one administration on ``today``."""
    return load_queue(session, administration_id, today).data


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector paused (and resumed after, when it ran before): loading and computing the
    queue make a few hundred thousand small objects without reference cycles, and every collection
    would walk all of them again. Reference counting frees everything as usual. On resuming, the objects
    made meanwhile join the oldest generation (see :func:`resume_collector`) rather than making the
    next young collection walk them all (a fifth of a second after a full queue).

    Only on the main thread (the command line, benchmarks): the collector is one switch for the whole
    process, and switching it from a worker thread while the window's thread runs led to crashes of
    the GUI thread during a collection (seen twice in GUI test runs); there it is left alone, and the
    GUI thread's collector is asked to wait instead (:mod:`debtordesk.gc_hold`)."""
    if threading.current_thread() is not threading.main_thread():
        with holding_collections():
            yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            resume_collector()


def resume_collector() -> None:
    """Turn the cycle collector back on with every object tracked so far in the oldest generation:
    ``gc.freeze()`` then ``gc.unfreeze()`` moves them there without looking at them. Objects made
    while the collector was off all sit in the youngest generation, and the first allocation after
    ``gc.enable()`` would walk every one of them (half a million after a full queue); in the oldest
    generation they wait for the next full collection, which still frees any cycle among them. When
    someone froze objects on purpose (``gc.get_freeze_count()``), they stay frozen: a plain enable."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
    gc.enable()


def load_queue(
    session: Session, administration_id: int, today: date, only: Collection[int] | None = None
) -> LoadedQueue:
    """The engine's input for one administration on ``today``, with the contacts, invoice numbers and
    policy names the queue shows. ``only``: just these customers (their rows are complete: the
    engine decides each customer on that customer's own data, the policies and the settings)."""
    with collector_paused():
        return _load_queue(session, administration_id, today, only)


def _load_queue(
    session: Session, administration_id: int, today: date, only: Collection[int] | None
) -> LoadedQueue:
    policy_rows = session.scalars(
        select(DunningPolicy)
        .where(DunningPolicy.administration_id == administration_id)
        .order_by(DunningPolicy.id)
    ).all()
    policies = tuple(policy_shown(row) for row in policy_rows)
    default_policy_ids = {
        row.is_default_for: row.id for row in policy_rows if row.is_default_for is not None
    }
    segments = tuple(
        segment_rule_of(row)
        for row in session.scalars(
            select(SegmentRuleRow)
            .where(SegmentRuleRow.administration_id == administration_id)
            .order_by(SegmentRuleRow.priority, SegmentRuleRow.id)
        )
    )
    invoices, by_customer, invoice_numbers = _invoices(session, administration_id, only)
    scores = _scores(session, administration_id, today, invoices, only)
    tags = _tags(session, administration_id, only)
    customers, contacts = _customers(session, administration_id, scores, tags, only)
    data = DunningInput(
        today=today,
        policies=policies,
        segments=segments,
        default_policy_ids=default_policy_ids,
        customers=customers,
        invoices=invoices,
        holds=_holds(session, administration_id, today, only),
        past_steps=_past_steps(session, administration_id, only),
        triggers=_triggers(
            session, administration_id, today, lead_days=_instalment_lead_days(policies), only=only
        ),
        fourteen_day_letters=_letters(session, administration_id, only),
        charges=_charges(session, administration_id, only),
        interest_rates=stored_interest_rates(session) or DEFAULT_INTEREST_RATES,
        # legal settings (helper S): VAT on collection costs when the organisation cannot deduct it
        costs_vat_rate=costs_vat_fraction(load_org_settings(session, administration_id)),
        invoices_by_customer=by_customer,
    )
    return LoadedQueue(
        data=data,
        contacts=contacts,
        invoice_numbers=invoice_numbers,
        policy_names={policy.id: policy.name for policy in policies},
    )


def _of_administration(
    statement: Any, administration_id: int, only: Collection[int] | None = None
) -> Any:
    """Rows hanging off a customer (its id the first column), for the customers of one
    administration (``only``: just these)."""
    customer_id = statement.selected_columns[0]
    return _only(
        statement.join(Customer, Customer.id == customer_id).where(
            Customer.administration_id == administration_id
        ),
        customer_id,
        only,
    )


def _only(statement: Any, customer_id: Any, only: Collection[int] | None) -> Any:
    """The statement for just the customers ``only`` (None: all)."""
    return statement if only is None else statement.where(customer_id.in_(list(only)))


def _open_invoice_of_customer() -> Any:
    return exists().where(Invoice.customer_id == Customer.id, Invoice.status == InvoiceStatus.OPEN)


def _invoices(
    session: Session, administration_id: int, only: Collection[int] | None = None
) -> tuple[tuple[InvoiceInput, ...], dict[int, list[InvoiceInput]], dict[int, str]]:
    """The open invoices, the same grouped by customer (the engine's index: made here from the
    row's customer id, where the engine would read it back from every invoice) and their numbers."""
    statement = select(
        Invoice.id,
        Invoice.customer_id,
        Invoice.number,
        Invoice.due_date,
        cents(Invoice.amount),
        cents(Invoice.open_amount),
        Invoice.invoice_date,
        Invoice.payment_method,
        Invoice.storno_date,
    ).where(Invoice.status == InvoiceStatus.OPEN)
    if only is None:
        statement = statement.where(Invoice.administration_id == administration_id)
    else:
        # a few customers (of this administration: a customer belongs to one) by the customer
        # index; with the administration in the condition SQLite, lacking statistics, would take
        # the status index and read every open invoice of the administration
        statement = _only(statement, Invoice.customer_id, only)
    rows, converters = driver_rows(session, statement)
    # the same dates come back many times: one cache for the three date columns
    day, method, new = converters[3], converters[7], _new_invoice
    decimal, hundredth = Decimal, _HUNDREDTH  # money() inline: a call per row is a tenth of it
    built: list[InvoiceInput] = []
    add = built.append
    numbers: dict[int, str] = {}
    by_customer: dict[int, list[InvoiceInput]] = {}
    listed = by_customer.get
    for (
        invoice_id,
        customer_id,
        number,
        due,
        amount,
        open_amount,
        invoiced,
        payment_method,
        storno,
    ) in rows:
        total = decimal(amount) * hundredth
        invoice = new(
            invoice_id,
            customer_id,
            number,
            day(due),
            total,
            total if open_amount == amount else decimal(open_amount) * hundredth,
            day(invoiced),
            method(payment_method),
            day(storno),
        )
        add(invoice)
        numbers[invoice_id] = number
        of_customer = listed(customer_id)
        if of_customer is None:
            by_customer[customer_id] = [invoice]
        else:
            of_customer.append(invoice)
    invoices = tuple(built)
    del built
    return invoices, by_customer, numbers


def _scores(
    session: Session,
    administration_id: int,
    today: date,
    invoices: Iterable[InvoiceInput],
    only: Collection[int] | None = None,
) -> dict[int, PaymentScore]:
    """Payment behaviour of the customers with history: closed invoices with a paid date, and
    stornos of the last twelve months (of the open ``invoices`` as loaded, and of closed ones: one
    query over the closed invoices only)."""
    start = year_before(today)
    paid: dict[int, list[tuple[date, date]]] = defaultdict(list)
    stornos: dict[int, list[date]] = defaultdict(list)
    for invoice in invoices:
        storno = invoice.storno_date
        if storno is not None and start <= storno <= today:
            stornos[invoice.customer_id].append(storno)
    rows, (_, day, _, _) = driver_rows(
        session,
        _only(
            select(
                Invoice.customer_id, Invoice.due_date, Invoice.paid_date, Invoice.storno_date
            ).where(
                Invoice.administration_id == administration_id,
                Invoice.status.in_(
                    [status for status in InvoiceStatus if status is not InvoiceStatus.OPEN]
                ),
                or_(Invoice.paid_date.is_not(None), Invoice.storno_date.between(start, today)),
            ),
            Invoice.customer_id,
            only,
        ),
    )
    for customer_id, due_date, paid_date, storno_date in rows:
        if paid_date is not None:
            paid[customer_id].append((day(due_date), day(paid_date)))
        if storno_date is not None:
            storno = day(storno_date)
            if start <= storno <= today:
                stornos[customer_id].append(storno)
    return {
        customer_id: payment_score(paid.get(customer_id, ()), stornos.get(customer_id, ()), today)
        for customer_id in paid.keys() | stornos.keys()
    }


def _tags(
    session: Session, administration_id: int, only: Collection[int] | None = None
) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    rows, _ = driver_rows(
        session,
        _of_administration(
            select(CustomerTag.customer_id, CustomerTag.tag), administration_id, only
        ),
    )
    for customer_id, tag in rows:
        found[customer_id].add(tag)
    return {customer_id: frozenset(tags) for customer_id, tags in found.items()}


#: how long an SMS that did not arrive keeps SMS away from that number (a number in use again, or the
#: clerk's check, ends it sooner: a new number, or an SMS that arrives)
UNDELIVERED_MEMORY = timedelta(days=180)


def _undelivered_numbers(session: Session, administration_id: int) -> dict[int, str]:
    """Customer -> the mobile number their last SMS did not arrive at (the provider said so; see
    services.outbox_delivery). Only while the customer still has that number and no later SMS arrived."""
    from debtordesk.services.outbox_delivery import undelivered_customers

    since = utcnow() - UNDELIVERED_MEMORY
    return {
        found.customer_id: found.to
        for found in undelivered_customers(session, administration_id, since)
    }


def _customers(
    session: Session,
    administration_id: int,
    scores: dict[int, PaymentScore],
    tags: dict[int, frozenset[str]],
    only: Collection[int] | None = None,
) -> tuple[tuple[CustomerInput, ...], dict[int, Contact]]:
    held = exists().where(Hold.customer_id == Customer.id, Hold.lifted_at.is_(None))
    # the principal paid, collection costs or interest not: the queue keeps showing the customer
    charged = exists().where(Charge.customer_id == Customer.id, Charge.status == ChargeStatus.OPEN)
    rows, converters = driver_rows(
        session,
        select(
            Customer.id,
            Customer.number,
            Customer.customer_type,
            Customer.language,
            Customer.mobile,
            Customer.email,
            Customer.address_line1,
            Customer.postcode,
            Customer.city,
            Customer.email_consent,
            Customer.opt_out_sms,
            Customer.opt_out_email,
            Customer.opt_out_call,
            Customer.preferred_channel,
            Customer.preferred_payment_day,
            Customer.mandate_reference,
            Customer.segment,
            Customer.policy_override_id,
            Customer.dunning_status,
            Customer.name,
            Customer.landline,
            Customer.assigned_user_id,
        )
        .where(
            Customer.administration_id == administration_id,
            or_(_open_invoice_of_customer(), held, charged),
            *(() if only is None else (Customer.id.in_(list(only)),)),
        )
        .order_by(Customer.id),
    )
    kind, flag, channel, status = converters[2], converters[9], converters[13], converters[18]
    dead = _undelivered_numbers(session, administration_id)
    no_tags: frozenset[str] = frozenset()
    new = _new_customer
    customers: list[CustomerInput] = []
    contacts: dict[int, Contact] = {}
    add = customers.append
    contact = _new_contact
    for (
        customer_id,
        number,
        customer_type,
        language,
        mobile,
        email,
        address,
        postcode,
        city,
        email_consent,
        opt_out_sms,
        opt_out_email,
        opt_out_call,
        preferred_channel,
        payment_day,
        mandate,
        segment,
        override,
        dunning_status,
        name,
        landline,
        assigned_user_id,
    ) in rows:
        add(
            new(
                customer_id,
                number,
                kind(customer_type),
                language,
                bool(mobile),
                bool(email),
                bool(address) and bool(postcode or city),
                flag(email_consent),
                flag(opt_out_sms),
                flag(opt_out_email),
                flag(opt_out_call),
                channel(preferred_channel),
                payment_day,
                bool(mandate),
                tags.get(customer_id, no_tags),
                segment,
                override,
                status(dunning_status),
                scores.get(customer_id, _NO_SCORE),
                bool(landline),
                bool(dead) and mobile is not None and dead.get(customer_id) == mobile.strip(),
            )
        )
        contacts[customer_id] = contact(
            number, name, postcode, city, mobile or landline, email, segment, assigned_user_id
        )
    return tuple(customers), contacts


def _holds(
    session: Session, administration_id: int, today: date, only: Collection[int] | None = None
) -> tuple[HoldInput, ...]:
    rows = session.execute(
        _of_administration(
            select(Hold.customer_id, Hold.id, Hold.reason, Hold.invoice_id, Hold.until, Hold.note),
            administration_id,
            only,
        ).where(Hold.lifted_at.is_(None), or_(Hold.until.is_(None), Hold.until >= today))
    )
    return tuple(
        HoldInput(
            id=hold_id,
            customer_id=customer_id,
            reason=reason,
            invoice_id=invoice_id,
            until=until,
            note=note,
        )
        for customer_id, hold_id, reason, invoice_id, until, note in rows
    )


def _past_steps(
    session: Session, administration_id: int, only: Collection[int] | None = None
) -> tuple[PastStep, ...]:
    """Communications that count as steps taken, with the open invoices they listed (a step for
    invoices that are all closed no longer decides anything)."""
    rows, converters = driver_rows(
        session,
        select(
            Communication.id,
            Communication.customer_id,
            Communication.policy_id,
            Communication.step_key,
            Communication.channel,
            Communication.planned_for,
            Communication.went_out_on,
            Communication.status,
            CommunicationInvoice.invoice_id,
        )
        .join(CommunicationInvoice, CommunicationInvoice.communication_id == Communication.id)
        .join(
            Invoice,
            and_(
                Invoice.id == CommunicationInvoice.invoice_id,
                Invoice.status == InvoiceStatus.OPEN,
            ),
        )
        .where(
            Communication.administration_id == administration_id,
            Communication.status.not_in(NOT_TAKEN),
            Communication.policy_id.is_not(None),
            *(() if only is None else (Communication.customer_id.in_(list(only)),)),
        )
        .order_by(Communication.id),
    )
    channel, day, status = converters[4], converters[5], converters[7]
    steps: list[PastStep] = []
    new = _new_past_step
    index = 0
    count = len(rows)
    while index < count:
        # rows come per communication (ordered by id), one per invoice it listed
        communication_id, customer_id, policy_id, step_key, kind, planned, out, state, first = rows[
            index
        ]
        index += 1
        invoice_ids = {first or 0}
        while index < count and rows[index][0] == communication_id:
            invoice_ids.add(rows[index][8] or 0)
            index += 1
        steps.append(
            new(
                customer_id,
                policy_id,
                step_key,
                frozenset(invoice_ids),
                channel(kind),
                day(planned),
                day(out),
                status(state),
            )
        )
    return tuple(steps)


def _instalment_lead_days(policies: Iterable[Policy]) -> int:
    """How many days before an instalment's date a policy's INSTALMENT_DUE step may ask (its most
    negative offset), 0 when none asks ahead."""
    return max(
        (
            -step.offset_days
            for policy in policies
            for step in policy.steps
            if step.trigger is Trigger.INSTALMENT_DUE
        ),
        default=0,
    )


def _triggers(
    session: Session,
    administration_id: int,
    today: date,
    *,
    lead_days: int = 0,
    only: Collection[int] | None = None,
) -> tuple[TriggerEvent, ...]:
    """Events up to today, and instalments falling due within ``lead_days`` after today (a step may
    ask before the instalment's date)."""
    happened = TriggerEventRow.occurred_on <= today
    if lead_days > 0:
        happened = or_(
            happened,
            and_(
                TriggerEventRow.kind == Trigger.INSTALMENT_DUE,
                TriggerEventRow.occurred_on <= today + timedelta(days=lead_days),
            ),
        )
    rows = session.execute(
        _of_administration(
            select(
                TriggerEventRow.customer_id,
                TriggerEventRow.kind,
                TriggerEventRow.occurred_on,
                TriggerEventRow.invoice_ids,
                cents(TriggerEventRow.amount),
                TriggerEventRow.id,
            ),
            administration_id,
            only,
        ).where(happened)
    )
    return tuple(
        TriggerEvent(
            customer_id=customer_id,
            trigger=kind,
            on=on,
            invoice_ids=frozenset(int(i) for i in invoice_ids or ()),
            amount=None if amount is None else money(amount),
            event_id=event_id,
        )
        for customer_id, kind, on, invoice_ids, amount, event_id in rows
    )


def _letters(
    session: Session, administration_id: int, only: Collection[int] | None = None
) -> tuple[FourteenDayLetterInput, ...]:
    rows = session.execute(
        _of_administration(
            select(
                FourteenDayLetter.customer_id,
                FourteenDayLetter.communication_id,
                FourteenDayLetter.dispatched_on,
                FourteenDayLetter.receipt_on,
                FourteenDayLetter.costs_from,
                cents(FourteenDayLetter.costs_amount),
                FourteenDayLetter.void,
            ),
            administration_id,
            only,
        )
    ).all()
    listed: dict[int, set[int]] = defaultdict(set)
    communication_ids = [row[1] for row in rows if row[1] is not None]
    for start in range(0, len(communication_ids), 500):
        chunk = communication_ids[start : start + 500]
        for communication_id, invoice_id in session.execute(
            select(CommunicationInvoice.communication_id, CommunicationInvoice.invoice_id).where(
                CommunicationInvoice.communication_id.in_(chunk),
                CommunicationInvoice.invoice_id.is_not(None),
            )
        ):
            listed[communication_id].add(int(invoice_id or 0))
    return tuple(
        FourteenDayLetterInput(
            customer_id=customer_id,
            invoice_ids=frozenset(listed.get(communication_id or 0, ())),
            dispatched_on=dispatched_on,
            receipt_on=receipt_on,
            costs_from=costs_from,
            costs_amount=money(amount),
            void=void,
        )
        for customer_id, communication_id, dispatched_on, receipt_on, costs_from, amount, void in rows
    )


def _charges(
    session: Session, administration_id: int, only: Collection[int] | None = None
) -> tuple[ChargeInput, ...]:
    rows = session.execute(
        _of_administration(
            select(
                Charge.customer_id,
                Charge.kind,
                cents(Charge.amount),
                Charge.status,
                Charge.invoice_id,
            ),
            administration_id,
            only,
        )
    )
    return tuple(
        ChargeInput(
            customer_id=customer_id,
            kind=kind,
            amount=money(amount),
            status=status,
            invoice_id=invoice_id,
        )
        for customer_id, kind, amount, status, invoice_id in rows
    )


# --------------------------------------------------------------------------- interest table


def stored_interest_rates(session: Session) -> tuple[InterestRate, ...]:
    """The statutory interest table as stored (empty before first use)."""
    return tuple(
        InterestRate(
            valid_from=row.valid_from,
            consumer=Decimal(row.consumer),
            commercial=Decimal(row.commercial),
            confirmed=row.confirmed,
            note=row.note,
        )
        for row in session.scalars(select(InterestRateRow).order_by(InterestRateRow.valid_from))
    )


def seed_interest_rates(db: Database) -> None:
    """Store the shipped rate table (LEGAL-NL) when the table is empty; the team lead corrects and
    extends it from then on. Seeded on first use rather than in the migration, so a database always
    starts from the table of the version that first needed it. Two sessions seeding at once (team
    mode on PostgreSQL): the loser's insert fails on the unique date and the winner's table stands."""
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(InterestRateRow)):
            return
    try:
        with db.write() as session:
            if session.scalar(select(func.count()).select_from(InterestRateRow)):
                return
            session.add_all(
                InterestRateRow(
                    valid_from=rate.valid_from,
                    consumer=str(rate.consumer),
                    commercial=str(rate.commercial),
                    confirmed=rate.confirmed,
                    note=rate.note,
                )
                for rate in DEFAULT_INTEREST_RATES
            )
    except IntegrityError:
        pass  # seeded by another session meanwhile


# --------------------------------------------------------------------------- the queue


def prepare_administration(db: Database, administration_id: int) -> None:
    """The shipped policies and the interest table, stored on first use."""
    seed_default_policies(db, administration_id)
    seed_interest_rates(db)


def compute_queue_for(
    db: Database, administration_id: int, today: date, only: Collection[int] | None = None
) -> QueueResult:
    """The queue of the administration for the evaluation date ``today`` (a dry run: nothing is
    stored but the shipped defaults on first use). The cycle collector is paused while the queue is
    loaded, computed and enriched (see :func:`collector_paused`). ``only``: the queue of just these
    customers (each row as in the whole queue; the totals are of these customers)."""
    prepare_administration(db, administration_id)
    with collector_paused():
        with db.read() as session:
            loaded = load_queue(session, administration_id, today, only)
            warnings = stale_import_warnings(session, administration_id, today)
        data = loaded.data
        rows = compute_queue(data)
        warnings = (*warnings, *interest_warnings(data, today))
        contacts, numbers, names = loaded.contacts, loaded.invoice_numbers, loaded.policy_names
        # the engine's input is not needed for the entries: let it go before they are built
        del loaded, data
        return _result(
            contacts,
            numbers,
            names,
            rows,
            administration_id=administration_id,
            today=today,
            warnings=warnings,
        )


#: an administration of more customers than FIRST_STEP_FROM has its queue shown in two steps: first
#: the rows of the FIRST_COUNT customers longest overdue (:func:`first_customers`), then the whole
FIRST_COUNT = 1000
FIRST_STEP_FROM = 8000
#: overdue invoices read per customer wanted (customers have a few open invoices each)
FIRST_ROWS_PER_CUSTOMER = 4


def first_customers(
    db: Database, administration_id: int, today: date, count: int = FIRST_COUNT
) -> list[int] | None:
    """Up to ``count`` customers with the oldest overdue invoices, longest overdue first, whose queue
    rows a large queue shows while the whole queue is computed (at 40,000 customers that takes about
    two seconds); None when the administration has no more than FIRST_STEP_FROM customers (the whole
    queue comes quickly enough). One walk along the due-date index: a few milliseconds."""
    with db.read() as session:
        total = session.scalar(
            select(func.count()).where(Customer.administration_id == administration_id)
        )
        if not total or total <= max(FIRST_STEP_FROM, count):
            return None
        due = session.scalars(
            select(Invoice.customer_id)
            .where(
                Invoice.administration_id == administration_id,
                Invoice.status == InvoiceStatus.OPEN,
                Invoice.due_date < today,
            )
            .order_by(Invoice.due_date, Invoice.id)
            .limit(count * FIRST_ROWS_PER_CUSTOMER)
        )
        # each customer once, in the order of its oldest overdue invoice
        return list(dict.fromkeys(due))[:count]


_UNKNOWN = Contact(
    number="?", name="?", postcode=None, city=None, phone=None, email=None, segment=None
)


def queue_result(
    loaded: LoadedQueue,
    rows: Sequence[CustomerQueueRow],
    administration_id: int,
    today: date,
    warnings: Iterable[Message] = (),
) -> QueueResult:
    """The engine's rows with who each customer is, its policy's name and the invoice numbers of the
    proposed action, and the totals; one pass, no queries."""
    return _result(
        loaded.contacts,
        loaded.invoice_numbers,
        loaded.policy_names,
        rows,
        administration_id=administration_id,
        today=today,
        warnings=warnings,
    )


def _result(
    contacts: dict[int, Contact],
    invoice_numbers: dict[int, str],
    policy_names: dict[int, str],
    rows: Sequence[CustomerQueueRow],
    *,
    administration_id: int,
    today: date,
    warnings: Iterable[Message],
) -> QueueResult:
    contact_of, number_of, name_of = contacts.get, invoice_numbers.get, policy_names.get
    unknown = _UNKNOWN
    entries: list[QueueEntry] = []
    add, new_entry = entries.append, _lazy_entry
    actions = charges_only = 0
    open_amount = overdue_amount = costs = interest = left_open = ZERO
    for row in rows:
        if row.action is not None:
            actions += 1
        else:
            blocked = row.blocked
            if blocked is not None and blocked.code == CHARGES_OPEN:
                charges_only += 1
                left_open += row.costs + row.interest
        policy_id = row.policy_id
        add(
            new_entry(
                row,
                contact_of(row.customer_id, unknown),
                name_of(policy_id) if policy_id is not None else None,
                number_of,
            )
        )
        open_amount += row.open_amount
        overdue_amount += row.overdue_amount
        costs += row.costs
        interest += row.interest
    if charges_only:
        warnings = (
            *warnings,
            Message("queue.charges_open", {"customers": charges_only, "amount": left_open}),
        )
    totals = QueueTotals(
        customers=len(entries),
        actions=actions,
        open_amount=open_amount,
        overdue_amount=overdue_amount,
        costs=costs,
        interest=interest,
    )
    return QueueResult(
        today=today,
        administration_id=administration_id,
        entries=tuple(entries),
        totals=totals,
        warnings=tuple(warnings),
    )


def interest_warnings(data: DunningInput, today: date) -> tuple[Message, ...]:
    """The warning about the statutory interest table (outdated, empty, or today's rate not
    confirmed: :func:`~debtordesk.domain.legal.interest_table_warning`) when a policy charges
    statutory interest; the queue and ``debtordesk run`` show it."""
    if not any(policy.statutory_interest for policy in data.policies):
        return ()
    warning = interest_table_warning(data.interest_rates, today)
    return () if warning is None else (warning,)


def stale_import_warnings(
    session: Session, administration_id: int, today: date
) -> tuple[Message, ...]:
    """One warning per import source whose newest open-items export is more than one business day
    older than ``today``: payments since then are not in the queue yet."""
    rows = session.execute(
        select(ImportBatch.source, func.max(ImportBatch.export_date))
        .where(
            ImportBatch.administration_id == administration_id,
            ImportBatch.kind == ImportKind.OPEN_ITEMS,
            ImportBatch.status == BatchStatus.COMMITTED,
        )
        .group_by(ImportBatch.source)
        .order_by(ImportBatch.source)
    ).all()
    warnings = []
    for source, newest in rows:
        if newest is None:
            continue
        behind = business_days_between(newest, today)
        if behind > 1:
            warnings.append(
                Message(
                    "queue.stale_import",
                    {"source": source, "export_date": newest, "days": behind},
                )
            )
    return tuple(warnings)
