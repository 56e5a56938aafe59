"""Build import previews directly (as the reading side would deliver them) and read tables back."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from debtordesk.db.engine import Database
from debtordesk.db.models import (
    AuditLog,
    Customer,
    CustomerEvent,
    CustomerTag,
    ImportBatch,
    ImportChange,
    Invoice,
)
from debtordesk.domain.enums import ImportKind, PaymentMethod
from debtordesk.domain.messages import Message
from debtordesk.importing.model import (
    CustomerData,
    Field,
    FileInfo,
    ImportPreview,
    InvoiceData,
    Issue,
    Severity,
)

EXPORT = date(2026, 11, 20)
DUE = date(2026, 12, 1)

DEFAULT_MAPPING: dict[Field, str] = {
    Field.INVOICE_NUMBER: "Factuurnummer",
    Field.CUSTOMER_NUMBER: "Debiteurnummer",
    Field.CUSTOMER_NAME: "Naam",
    Field.DUE_DATE: "Vervaldatum",
    Field.AMOUNT: "Bedrag",
    Field.OPEN_AMOUNT: "Openstaand",
}


def file_info(name: str = "openstaande_posten.csv", modified: date = EXPORT) -> FileInfo:
    return FileInfo(
        path=Path("/nonexistent") / name,
        name=name,
        size=1234,
        sha256="ab" * 32,
        modified=modified,
        format="csv",
        encoding="utf-8",
        delimiter=";",
    )


def customer(
    key: str,
    *,
    row: int = 2,
    tags: Iterable[str] = (),
    problems: Iterable[Issue] = (),
    keyed_by_name: bool = False,
    **values: Any,
) -> CustomerData:
    values.setdefault("name", f"Klant {key}")
    return CustomerData(
        key=key,
        keyed_by_name=keyed_by_name,
        row=row,
        values=values,
        tags=tuple(tags),
        problems=tuple(problems),
    )


def invoice(
    number: str,
    customer_key: str = "D1",
    *,
    amount: str = "100.00",
    open_amount: str | None = None,
    due: date = DUE,
    row: int = 2,
    payment_method: PaymentMethod | None = None,
    paid_date: date | None = None,
    invoice_date: date | None = None,
    description: str | None = None,
) -> InvoiceData:
    return InvoiceData(
        row=row,
        number=number,
        customer_key=customer_key,
        due_date=due,
        amount=Decimal(amount),
        open_amount=Decimal(open_amount if open_amount is not None else amount),
        currency="EUR",
        invoice_date=invoice_date,
        payment_method=payment_method,
        description=description,
        paid_date=paid_date,
    )


def preview(
    invoices: Iterable[InvoiceData] = (),
    customers: Iterable[CustomerData] | None = None,
    *,
    kind: ImportKind = ImportKind.OPEN_ITEMS,
    mapping: Mapping[Field, str] | None = None,
    issues: Iterable[Issue] = (),
    rejected_rows: Iterable[int] = (),
    rejected_numbers: Iterable[str] = (),
    name: str = "openstaande_posten.csv",
    modified: date = EXPORT,
) -> ImportPreview:
    """A preview as the reading side builds it; customers default to one per invoice customer."""
    invoices = tuple(invoices)
    if customers is None:
        customers = [customer(key) for key in dict.fromkeys(i.customer_key for i in invoices)]
    customer_map = {c.key: c for c in customers}
    return ImportPreview(
        kind=kind,
        file=file_info(name, modified),
        sheet=None,
        header_row=1,
        headers=tuple((mapping or DEFAULT_MAPPING).values()),
        mapping=dict(mapping or DEFAULT_MAPPING),
        invoices=invoices,
        customers=customer_map,
        issues=tuple(issues),
        rejected_rows=tuple(rejected_rows),
        rejected_numbers=frozenset(rejected_numbers),
        rows_read=len(invoices) + len(tuple(rejected_rows)),
    )


def row_error(row: int, code: str = "import.bad_amount", column: str = "Bedrag") -> Issue:
    return Issue(
        Severity.ERROR, Message(code, {"value": "abc"}), row=row, column=column, value="abc"
    )


def table_rows(db: Database, model: Any) -> list[tuple[Any, ...]]:
    """Every row of a table, all columns, in id order (to compare table contents)."""
    table = model.__table__
    with db.read() as session:
        return [tuple(r) for r in session.execute(select(table).order_by(*table.primary_key))]


def data_tables(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """The contents of every table an import writes."""
    models = (Customer, CustomerTag, Invoice, ImportBatch, ImportChange, CustomerEvent, AuditLog)
    return {m.__tablename__: table_rows(db, m) for m in models}


def _detached(db: Database, statement: Any) -> list[Any]:
    """ORM rows loaded and detached, so their attributes stay readable after the session."""
    with db.read() as session:
        found = list(session.scalars(statement))
        session.expunge_all()
    return found


def invoices_by_key(db: Database) -> dict[tuple[str, date], Invoice]:
    return {(i.number, i.due_date): i for i in _detached(db, select(Invoice))}


def invoices_by_number(db: Database) -> dict[str, Invoice]:
    """Invoices by number (for tests without instalments)."""
    return {i.number: i for i in _detached(db, select(Invoice))}


def customers_by_number(db: Database) -> dict[str, Customer]:
    return {c.number: c for c in _detached(db, select(Customer))}


def events(db: Database) -> list[CustomerEvent]:
    return _detached(db, select(CustomerEvent).order_by(CustomerEvent.id))


def wipe_imports(db: Database) -> None:
    """Remove everything imports write (for property tests that reuse one database)."""
    with db.write() as session:
        for model in (
            CustomerEvent,
            ImportChange,
            AuditLog,
            Invoice,
            CustomerTag,
            Customer,
            ImportBatch,
        ):
            session.execute(delete(model))
