"""The stored data an import is compared with, read in a few set-based queries as plain rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import Date, Enum, String, Table, Text, cast, func, select
from sqlalchemy.orm import Session

from debtordesk.db.models import Customer, CustomerTag, ImportBatch, Invoice
from debtordesk.db.types import Money
from debtordesk.domain.enums import BatchStatus, ImportKind, InvoiceStatus
from debtordesk.importing.model import CUSTOMER_ATTRIBUTES

#: customer columns an import reads (and may write back)
CUSTOMER_COLUMNS = (
    "id",
    "number",
    "keyed_by_name",
    *CUSTOMER_ATTRIBUTES,
    "name_search",
    "imported_values",
    "contact_problems",
)
#: invoice columns an import reads (and may write back)
INVOICE_COLUMNS = (
    "id",
    "number",
    "due_date",
    "customer_id",
    "amount",
    "open_amount",
    "currency",
    "invoice_date",
    "payment_method",
    "description",
    "reference",
    "storno_date",
    "paid_date",
    "status",
    "close_reason",
    "source",
    "export_date",
    "last_batch_id",
)


def table_of(model: type[Any]) -> Table:
    """The Core table of a mapped class, typed as such."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def string_lengths(table: Table) -> dict[str, int]:
    """The longest text each string column of ``table`` holds."""
    return {
        column.name: int(column.type.length)
        for column in table.columns
        if isinstance(column.type, String) and column.type.length
    }


#: the longest text each string column holds (PostgreSQL refuses longer values)
CUSTOMER_LENGTHS: Mapping[str, int] = string_lengths(table_of(Customer))
INVOICE_LENGTHS: Mapping[str, int] = string_lengths(table_of(Invoice))
TAG_LENGTH: int = string_lengths(table_of(CustomerTag))["tag"]


@dataclass
class StoredData:
    """What the administration holds now, keyed the way a file names it."""

    customers: dict[str, Any] = field(default_factory=dict)
    customer_numbers: dict[int, str] = field(default_factory=dict)
    tags: dict[int, set[str]] = field(default_factory=dict)
    invoices: dict[tuple[str, date], Any] = field(default_factory=dict)
    #: export date of the newest committed batch of the same source and kind
    newest_export: date | None = None


def load_stored(
    session: Session,
    administration_id: int,
    *,
    kind: ImportKind,
    source: str,
    customer_details: bool,
    invoices: bool,
    tags: bool,
) -> StoredData:
    """Customers, their tags and invoices of one administration, as rows of the needed columns."""
    stored = StoredData()
    customer = table_of(Customer)
    in_administration = customer.c.administration_id == administration_id
    columns = [customer.c.id, customer.c.number]
    if customer_details:
        columns += [_text(customer.c[name]) for name in _CUSTOMER_JSON]
    statement = select(*columns).where(in_administration)
    for row in _rows(session, statement):
        stored.customers[row.number] = row
        stored.customer_numbers[row.id] = row.number
    if tags:
        tag = table_of(CustomerTag)
        for customer_id, text in session.execute(
            select(tag.c.customer_id, tag.c.tag)
            .join(customer, customer.c.id == tag.c.customer_id)
            .where(in_administration)
        ):
            stored.tags.setdefault(customer_id, set()).add(text)
    if invoices:
        rows = list(_invoice_rows(session, administration_id))
        stored.invoices.update(zip(map(_INVOICE_KEY, rows), rows, strict=True))
    stored.newest_export = session.scalar(
        select(func.max(ImportBatch.export_date)).where(
            ImportBatch.administration_id == administration_id,
            ImportBatch.source == source,
            ImportBatch.kind == kind,
            ImportBatch.status == BatchStatus.COMMITTED,
        )
    )
    return stored


#: what a comparison reads of every stored customer besides its id and number, as the stored JSON
#: text (parsed only where it differs from what the file would store); the full row is read only
#: of the customers that change
_CUSTOMER_JSON = ("imported_values", "contact_problems")


def _text(column: Any) -> Any:
    return cast(column, Text).label(column.name)


def load_customer_details(session: Session, ids: Sequence[int]) -> dict[int, Any]:
    """The full rows (CUSTOMER_COLUMNS) of these customers, by id."""
    customer = table_of(Customer)
    found: dict[int, Any] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), _FETCH):
        statement = select(*(customer.c[n] for n in CUSTOMER_COLUMNS)).where(
            customer.c.id.in_(ordered[start : start + _FETCH])
        )
        found.update((row.id, row) for row in session.execute(statement))
    return found


_INVOICE = table_of(Invoice)
_DATES = tuple(i for i, n in enumerate(INVOICE_COLUMNS) if isinstance(_INVOICE.c[n].type, Date))


def _invoice_rows(session: Session, administration_id: int) -> Iterator[tuple[Any, ...]]:
    """The administration's invoices as plain tuples of INVOICE_COLUMNS, straight from the driver:
    money as integer cents and enums as their text (see :func:`stored_value` for the Python value),
    dates as dates. At 100,000 invoices SQLAlchemy's rows and per-value processing cost more than
    the query; here a date the database keeps as text is converted once per distinct day.
    """
    connection = session.connection()
    dialect = connection.dialect
    administration: Any = _INVOICE.c.administration_id
    if dialect.name == "sqlite":
        # read in table order: without statistics SQLite takes the (administration, status, due
        # date) index and then fetches each row by its id, at twice the time of reading the whole
        # table, also in a group of several administrations; "+ 0" keeps it off the index
        administration = administration + 0
    statement = select(*(_INVOICE.c[n] for n in INVOICE_COLUMNS)).where(
        administration == int(administration_id)
    )
    # the only value in the statement is an integer id, written into the SQL as a literal
    sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    to_date = Date().dialect_impl(dialect).result_processor(dialect, None)
    days = _Days(to_date) if to_date is not None else None
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        while batch := cursor.fetchmany(_FETCH):
            if days is None:
                yield from batch
                continue
            columns = list(zip(*batch, strict=True))
            for position in _DATES:
                columns[position] = tuple(map(days.__getitem__, columns[position]))
            yield from zip(*columns, strict=True)
    finally:
        cursor.close()


class _Days(dict[Any, Any]):
    """Stored day -> date, each distinct day converted once (by the dialect's own processor)."""

    def __init__(self, convert: Any) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, stored: Any) -> Any:
        value = self[stored] = None if stored is None else self._convert(stored)
        return value


_MONEY = frozenset(n for n in INVOICE_COLUMNS if isinstance(_INVOICE.c[n].type, Money))


def _enum_classes(table: Table, names: Sequence[str]) -> dict[str, Any]:
    classes: dict[str, Any] = {}
    for name in names:
        column_type = table.c[name].type
        if isinstance(column_type, Enum):
            classes[name] = column_type.enum_class
    return classes


_ENUMS = _enum_classes(_INVOICE, INVOICE_COLUMNS)


def cents(amount: Decimal) -> Decimal:
    """An amount in the unit stored invoices are read in (cents), for comparing."""
    return amount.scaleb(2)


#: position of each column in a stored invoice row (reading by position is the fastest)
INVOICE_AT = {name: index for index, name in enumerate(INVOICE_COLUMNS)}
#: the key of a stored invoice row: (number, due date)
_INVOICE_KEY = itemgetter(INVOICE_AT["number"], INVOICE_AT["due_date"])


def stored_value(row: Any, name: str) -> Any:
    """The Python value of a column of a stored invoice row (money as Decimal, enums as enums)."""
    value = row[INVOICE_AT[name]]
    if value is None:
        return None
    if name in _MONEY:
        return Decimal(int(value)).scaleb(-2)
    enum_class = _ENUMS.get(name)
    return enum_class(value) if enum_class is not None else value


def _rows(session: Session, statement: Any) -> Iterator[Any]:
    """The result rows, fetched in batches (fast, without holding every row object at once)."""
    for partition in session.execute(statement).partitions(_FETCH):
        yield from partition


_FETCH = 5000


_STATUS, _SOURCE = INVOICE_AT["status"], INVOICE_AT["source"]
_STATUS_AND_SOURCE = itemgetter(_STATUS, _SOURCE)


def open_of_source(stored: StoredData, source: str) -> int:
    """Open invoices that a full snapshot of this source speaks for."""
    return Counter(map(_STATUS_AND_SOURCE, stored.invoices.values()))[
        (InvoiceStatus.OPEN.value, source)
    ]
