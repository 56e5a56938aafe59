"""The dunning queue: the engine's input loaded in a few set-based queries, the engine run on it, and the
rows enriched with what the clerk reads (number, name, place, phone, policy).

:func:`load_dunning_input` reads only the columns the engine needs, as plain driver tuples (money as
integer cents, converted once), for the open invoices of one administration and the customers they
belong to, plus the closed invoices and stornos the payment score needs. One query per kind of row, none
per customer. :func:`compute_queue_for` seeds the shipped policies and the interest table on first use,
loads, computes and adds the warnings the clerk must see before trusting the queue: an open-items
import older than one business day (the ledger lags; someone who paid may be dunned again), and a stale
interest table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, and_, exists, func, or_, select, type_coerce
from sqlalchemy import Enum as SAEnum
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
from debtordesk.domain.calendar import business_days_between
from debtordesk.domain.dunning.engine import compute_queue
from debtordesk.domain.dunning.model import (
    ChargeInput,
    CustomerInput,
    CustomerQueueRow,
    DunningInput,
    FourteenDayLetterInput,
    HoldInput,
    InvoiceInput,
    PastStep,
    PaymentScore,
    TriggerEvent,
)
from debtordesk.domain.dunning.score import payment_score, year_before
from debtordesk.domain.dunning.states import NOT_TAKEN
from debtordesk.domain.enums import BatchStatus, ImportKind, InvoiceStatus
from debtordesk.domain.legal import DEFAULT_INTEREST_RATES, InterestRate, interest_table_warning
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO
from debtordesk.services.database import Database
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.policies import policy_of, seed_default_policies, segment_rule_of
from debtordesk.settings.org import costs_vat_fraction

_NO_SCORE = PaymentScore()


def cents(column: Any) -> Any:
    """A Money column read as the stored integer cents (no per-value conversion by SQLAlchemy)."""
    return type_coerce(column, BigInteger)


def money(value: int) -> Decimal:
    """Integer cents to a two-place Decimal (as :func:`~debtordesk.domain.money.from_cents`)."""
    return Decimal(value).scaleb(-2)


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
        members = {member.value: member for member in column_type.enum_class}
        return _Cache(members.__getitem__).__getitem__
    if isinstance(column_type, Date | Boolean):
        process = column_type.dialect_impl(dialect).result_processor(dialect, None)
        return None if process is None else _Cache(process).__getitem__
    return None


def plain_rows(session: Session, statement: Any) -> list[tuple[Any, ...]]:
    """The statement's rows as plain tuples straight from the driver; dates, enums and
    flags converted once per distinct value, money left as the stored cents (select it through
    :func:`cents`). At 100,000 rows SQLAlchemy's row objects and per-value processing cost several
    times the query; the statement's values (ids, dates, enum members) are written into the SQL."""
    connection = session.connection()
    dialect = connection.dialect
    sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    rows = connection.exec_driver_sql(sql).fetchall()
    converters = [_converter(column.type, dialect) for column in statement.selected_columns]
    if not rows or not any(converters):
        return [tuple(row) for row in rows]
    columns = list(zip(*rows, strict=True))
    for position, convert in enumerate(converters):
        if convert is not None:
            columns[position] = tuple(map(convert, columns[position]))
    return list(zip(*columns, strict=True))


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Contact:
    """What the queue shows of a customer beside the engine's figures."""

    number: str
    name: str
    postcode: str | None
    city: str | None
    phone: str | None
    email: str | None
    segment: str | None


@dataclass(frozen=True)
class QueueEntry:
    """One customer in the queue: the engine's row, who it is, and its policy's name."""

    row: CustomerQueueRow
    contact: Contact
    policy_name: str | None
    #: numbers of the invoices the proposed action lists (empty without an action)
    invoice_numbers: tuple[str, ...]

    @property
    def customer_id(self) -> int:
        return self.row.customer_id


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


# --------------------------------------------------------------------------- loading


def load_dunning_input(session: Session, administration_id: int, today: date) -> DunningInput:
    """Everything the engine needs for one administration on ``today``."""
    return load_queue(session, administration_id, today).data


def load_queue(session: Session, administration_id: int, today: date) -> LoadedQueue:
    policy_rows = session.scalars(
        select(DunningPolicy)
        .where(DunningPolicy.administration_id == administration_id)
        .order_by(DunningPolicy.id)
    ).all()
    policies = tuple(policy_of(row) for row in policy_rows)
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
    invoices, invoice_numbers = _invoices(session, administration_id)
    scores = _scores(session, administration_id, today)
    tags = _tags(session, administration_id)
    customers, contacts = _customers(session, administration_id, scores, tags)
    data = DunningInput(
        today=today,
        policies=policies,
        segments=segments,
        default_policy_ids=default_policy_ids,
        customers=customers,
        invoices=invoices,
        holds=_holds(session, administration_id, today),
        past_steps=_past_steps(session, administration_id),
        triggers=_triggers(session, administration_id, today),
        fourteen_day_letters=_letters(session, administration_id),
        charges=_charges(session, administration_id),
        interest_rates=stored_interest_rates(session) or DEFAULT_INTEREST_RATES,
        # legal settings (helper S): VAT on collection costs when the organisation cannot deduct it
        costs_vat_rate=costs_vat_fraction(load_org_settings(session, administration_id)),
    )
    return LoadedQueue(
        data=data,
        contacts=contacts,
        invoice_numbers=invoice_numbers,
        policy_names={policy.id: policy.name for policy in policies},
    )


def _of_administration(statement: Any, administration_id: int) -> Any:
    """Rows hanging off a customer, for the customers of one administration."""
    return statement.join(Customer, Customer.id == statement.selected_columns[0]).where(
        Customer.administration_id == administration_id
    )


def _open_invoice_of_customer() -> Any:
    return exists().where(Invoice.customer_id == Customer.id, Invoice.status == InvoiceStatus.OPEN)


def _invoices(
    session: Session, administration_id: int
) -> tuple[tuple[InvoiceInput, ...], dict[int, str]]:
    rows = plain_rows(
        session,
        select(
            Invoice.id,
            Invoice.customer_id,
            Invoice.number,
            Invoice.due_date,
            cents(Invoice.amount),
            cents(Invoice.open_amount),
            Invoice.invoice_date,
            Invoice.payment_method,
            Invoice.storno_date,
        ).where(
            Invoice.administration_id == administration_id,
            Invoice.status == InvoiceStatus.OPEN,
        ),
    )
    invoices = tuple(
        InvoiceInput(
            id=row[0],
            customer_id=row[1],
            number=row[2],
            due_date=row[3],
            amount=money(row[4]),
            open_amount=money(row[5]),
            invoice_date=row[6],
            payment_method=row[7],
            storno_date=row[8],
        )
        for row in rows
    )
    return invoices, {row[0]: row[2] for row in rows}


def _scores(session: Session, administration_id: int, today: date) -> dict[int, PaymentScore]:
    """Payment behaviour of the customers with history: closed invoices with a paid date, and
    stornos of the last twelve months."""
    paid: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for customer_id, due_date, paid_date in session.execute(
        select(Invoice.customer_id, Invoice.due_date, Invoice.paid_date).where(
            Invoice.administration_id == administration_id,
            Invoice.status != InvoiceStatus.OPEN,
            Invoice.paid_date.is_not(None),
        )
    ):
        if paid_date is not None:
            paid[customer_id].append((due_date, paid_date))
    stornos: dict[int, list[date]] = defaultdict(list)
    for customer_id, storno_date in session.execute(
        select(Invoice.customer_id, Invoice.storno_date).where(
            Invoice.administration_id == administration_id,
            Invoice.storno_date.between(year_before(today), today),
        )
    ):
        if storno_date is not None:
            stornos[customer_id].append(storno_date)
    return {
        customer_id: payment_score(paid.get(customer_id, ()), stornos.get(customer_id, ()), today)
        for customer_id in paid.keys() | stornos.keys()
    }


def _tags(session: Session, administration_id: int) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for customer_id, tag in plain_rows(
        session,
        _of_administration(select(CustomerTag.customer_id, CustomerTag.tag), administration_id),
    ):
        found[customer_id].add(tag)
    return {customer_id: frozenset(tags) for customer_id, tags in found.items()}


def _customers(
    session: Session,
    administration_id: int,
    scores: dict[int, PaymentScore],
    tags: dict[int, frozenset[str]],
) -> tuple[tuple[CustomerInput, ...], dict[int, Contact]]:
    held = exists().where(Hold.customer_id == Customer.id, Hold.lifted_at.is_(None))
    rows = plain_rows(
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
        )
        .where(
            Customer.administration_id == administration_id,
            or_(_open_invoice_of_customer(), held),
        )
        .order_by(Customer.id),
    )
    no_tags: frozenset[str] = frozenset()
    customers = tuple(
        CustomerInput(
            id=row[0],
            number=row[1],
            customer_type=row[2],
            language=row[3],
            has_mobile=bool(row[4]),
            has_email=bool(row[5]),
            has_address=bool(row[6]) and bool(row[7] or row[8]),
            email_consent=row[9],
            opt_out_sms=row[10],
            opt_out_email=row[11],
            opt_out_call=row[12],
            preferred_channel=row[13],
            preferred_payment_day=row[14],
            mandate_valid=bool(row[15]),
            tags=tags.get(row[0], no_tags),
            segment=row[16],
            policy_override_id=row[17],
            status=row[18],
            score=scores.get(row[0], _NO_SCORE),
        )
        for row in rows
    )
    contacts = {
        row[0]: Contact(
            number=row[1],
            name=row[19],
            postcode=row[7],
            city=row[8],
            phone=row[4] or row[20],
            email=row[5],
            segment=row[16],
        )
        for row in rows
    }
    return customers, contacts


def _holds(session: Session, administration_id: int, today: date) -> tuple[HoldInput, ...]:
    rows = session.execute(
        _of_administration(
            select(Hold.customer_id, Hold.id, Hold.reason, Hold.invoice_id, Hold.until, Hold.note),
            administration_id,
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


def _past_steps(session: Session, administration_id: int) -> tuple[PastStep, ...]:
    """Communications that count as steps taken, with the open invoices they listed (a step for
    invoices that are all closed no longer decides anything)."""
    rows = plain_rows(
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
        )
        .order_by(Communication.id),
    )
    heads: dict[int, tuple[Any, ...]] = {}
    invoices: dict[int, set[int]] = defaultdict(set)
    for row in rows:
        heads.setdefault(row[0], tuple(row[1:8]))
        invoices[row[0]].add(int(row[8] or 0))
    return tuple(
        PastStep(
            customer_id=head[0],
            policy_id=head[1],
            step_key=head[2],
            invoice_ids=frozenset(invoices[communication_id]),
            channel=head[3],
            planned_on=head[4],
            went_out_on=head[5],
            status=head[6],
        )
        for communication_id, head in heads.items()
    )


def _triggers(session: Session, administration_id: int, today: date) -> tuple[TriggerEvent, ...]:
    rows = session.execute(
        _of_administration(
            select(
                TriggerEventRow.customer_id,
                TriggerEventRow.kind,
                TriggerEventRow.occurred_on,
                TriggerEventRow.invoice_ids,
                cents(TriggerEventRow.amount),
            ),
            administration_id,
        ).where(TriggerEventRow.occurred_on <= today)
    )
    return tuple(
        TriggerEvent(
            customer_id=customer_id,
            trigger=kind,
            on=on,
            invoice_ids=frozenset(int(i) for i in invoice_ids or ()),
            amount=None if amount is None else money(amount),
        )
        for customer_id, kind, on, invoice_ids, amount in rows
    )


def _letters(session: Session, administration_id: int) -> tuple[FourteenDayLetterInput, ...]:
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


def _charges(session: Session, administration_id: int) -> tuple[ChargeInput, ...]:
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
    starts from the table of the version that first needed it."""
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(InterestRateRow)):
            return
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


# --------------------------------------------------------------------------- the queue


def prepare_administration(db: Database, administration_id: int) -> None:
    """The shipped policies and the interest table, stored on first use."""
    seed_default_policies(db, administration_id)
    seed_interest_rates(db)


def compute_queue_for(db: Database, administration_id: int, today: date) -> QueueResult:
    """The queue of the administration for the evaluation date ``today`` (a dry run: nothing is
    stored but the shipped defaults on first use)."""
    prepare_administration(db, administration_id)
    with db.read() as session:
        loaded = load_queue(session, administration_id, today)
        warnings = stale_import_warnings(session, administration_id, today)
    rows = compute_queue(loaded.data)
    if any(policy.statutory_interest for policy in loaded.data.policies):
        stale_rates = interest_table_warning(loaded.data.interest_rates, today)
        if stale_rates is not None:
            warnings = (*warnings, stale_rates)
    return queue_result(loaded, rows, administration_id, today, warnings)


def queue_result(
    loaded: LoadedQueue,
    rows: Sequence[CustomerQueueRow],
    administration_id: int,
    today: date,
    warnings: Iterable[Message] = (),
) -> QueueResult:
    contacts, numbers, names = loaded.contacts, loaded.invoice_numbers, loaded.policy_names
    unknown = Contact(
        number="?", name="?", postcode=None, city=None, phone=None, email=None, segment=None
    )
    entries = tuple(
        QueueEntry(
            row=row,
            contact=contacts.get(row.customer_id, unknown),
            policy_name=names.get(row.policy_id) if row.policy_id is not None else None,
            invoice_numbers=(
                tuple(numbers.get(i, "?") for i in row.action.invoice_ids) if row.action else ()
            ),
        )
        for row in rows
    )
    totals = QueueTotals(
        customers=len(entries),
        actions=sum(1 for row in rows if row.action is not None),
        open_amount=sum((row.open_amount for row in rows), ZERO),
        overdue_amount=sum((row.overdue_amount for row in rows), ZERO),
        costs=sum((row.costs for row in rows), ZERO),
        interest=sum((row.interest for row in rows), ZERO),
    )
    return QueueResult(
        today=today,
        administration_id=administration_id,
        entries=entries,
        totals=totals,
        warnings=tuple(warnings),
    )


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
