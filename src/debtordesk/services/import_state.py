"""The stored data an import is compared with, read in a few set-based queries as plain rows."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import String, Table, func, select
from sqlalchemy.orm import Session

from debtordesk.db.models import Customer, CustomerTag, ImportBatch, Invoice
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


def _record_maker(name: str, fields: Sequence[str]) -> Callable[[Iterable[Any]], Any]:
    """Plain tuples with named fields: much faster to read than result rows in the diff's loops."""
    record: Any = namedtuple(name, fields)  # type: ignore[misc]  # fields known only here
    maker: Callable[[Iterable[Any]], Any] = record._make
    return maker


_make_invoice = _record_maker("StoredInvoice", INVOICE_COLUMNS)
_make_customer = _record_maker("StoredCustomer", CUSTOMER_COLUMNS)
_make_customer_key = _record_maker("StoredCustomerKey", ("id", "number"))


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
    """Customers, their tags and invoices of one administration, as tuples of the needed columns."""
    stored = StoredData()
    customer = table_of(Customer)
    in_administration = customer.c.administration_id == administration_id
    names = CUSTOMER_COLUMNS if customer_details else ("id", "number")
    make_customer = _make_customer if customer_details else _make_customer_key
    statement = select(*(customer.c[n] for n in names)).where(in_administration)
    for row in _rows(session, statement):
        stored_customer = make_customer(row)
        stored.customers[stored_customer.number] = stored_customer
        stored.customer_numbers[stored_customer.id] = stored_customer.number
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
        statement = select(*(invoice.c[n] for n in INVOICE_COLUMNS)).where(
            invoice.c.administration_id == administration_id
        )
        for row in _rows(session, statement):
            stored_invoice = _make_invoice(row)
            stored.invoices[(stored_invoice.number, stored_invoice.due_date)] = stored_invoice
    stored.newest_export = session.scalar(
        select(func.max(ImportBatch.export_date)).where(
            ImportBatch.administration_id == administration_id,
            ImportBatch.source == source,
            ImportBatch.kind == kind,
            ImportBatch.status == BatchStatus.COMMITTED,
        )
    )
    return stored


def _rows(session: Session, statement: Any) -> Iterator[Any]:
    """The result rows, fetched in batches (fast, without holding every row object at once)."""
    for partition in session.execute(statement).partitions(_FETCH):
        yield from partition


_FETCH = 5000


def open_of_source(stored: StoredData, source: str) -> int:
    """Open invoices that a full snapshot of this source speaks for."""
    return sum(
        1
        for row in stored.invoices.values()
        if row.status is InvoiceStatus.OPEN and row.source == source
    )
