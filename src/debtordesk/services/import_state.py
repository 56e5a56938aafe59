"""The stored data an import is compared with, read in a few set-based queries as plain rows."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Enum, String, Table, func, select, type_coerce
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
    names = _CUSTOMER_SUMMARY if customer_details else ("id", "number")
    statement = select(*(customer.c[n] for n in names)).where(in_administration)
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
        invoice = table_of(Invoice)
        statement = select(*(_raw(invoice.c[n]) for n in INVOICE_COLUMNS)).where(
            invoice.c.administration_id == administration_id
        )
        for row in _rows(session, statement):
            stored.invoices[(row.number, row.due_date)] = row
    stored.newest_export = session.scalar(
        select(func.max(ImportBatch.export_date)).where(
            ImportBatch.administration_id == administration_id,
            ImportBatch.source == source,
            ImportBatch.kind == kind,
            ImportBatch.status == BatchStatus.COMMITTED,
        )
    )
    return stored


#: what a comparison reads of every stored customer; the full row only of the ones that change
_CUSTOMER_SUMMARY = ("id", "number", "imported_values", "contact_problems")


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


def _raw(column: Any) -> Any:
    """Money as integer cents and enums as their text: reading 100,000 invoices, converting every
    value costs more than the query (see :func:`stored_value` for the Python value)."""
    if isinstance(column.type, Money):
        return type_coerce(column, BigInteger).label(column.name)
    if isinstance(column.type, Enum):
        return type_coerce(column, String).label(column.name)
    return column


_INVOICE = table_of(Invoice)
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


def open_of_source(stored: StoredData, source: str) -> int:
    """Open invoices that a full snapshot of this source speaks for."""
    return sum(
        1
        for row in stored.invoices.values()
        if row[_STATUS] == InvoiceStatus.OPEN and row[_SOURCE] == source
    )
