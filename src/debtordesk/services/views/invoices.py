"""The invoice list: one sorted, filtered page at a time, sorted and filtered by the database."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, select
from sqlalchemy.orm import Session

from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.services.database import Database
from debtordesk.services.views.model import (
    MAX_PAGE_SIZE,
    InvoiceQuery,
    InvoiceRow,
    InvoiceSort,
    Page,
    StatusFilter,
)
from debtordesk.services.views.planner import unindexed
from debtordesk.services.views.search import invoice_search

_COLUMNS = (
    Invoice.id,
    Invoice.number,
    Invoice.customer_id,
    Customer.number.label("customer_number"),
    Customer.name.label("customer_name"),
    Invoice.invoice_date,
    Invoice.due_date,
    Invoice.amount,
    Invoice.open_amount,
    Invoice.currency,
    Invoice.status,
    Invoice.payment_method,
    Invoice.storno_date,
    Invoice.paid_date,
    Invoice.description,
)

_SORT_KEYS: dict[InvoiceSort, tuple[Any, ...]] = {
    InvoiceSort.NUMBER: (Invoice.number, Invoice.due_date),
    InvoiceSort.CUSTOMER_NUMBER: (Customer.number, Invoice.due_date),
    InvoiceSort.CUSTOMER_NAME: (Customer.name_search, Invoice.due_date),
    InvoiceSort.INVOICE_DATE: (Invoice.invoice_date,),
    InvoiceSort.DUE_DATE: (Invoice.due_date,),
    InvoiceSort.DAYS_OVERDUE: (Invoice.due_date,),
    InvoiceSort.AMOUNT: (Invoice.amount,),
    InvoiceSort.OPEN_AMOUNT: (Invoice.open_amount,),
    InvoiceSort.STATUS: (Invoice.status, Invoice.due_date),
    InvoiceSort.PAYMENT_METHOD: (Invoice.payment_method, Invoice.due_date),
}


def invoice_filters(query: InvoiceQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    # most invoices of a ledger share a status: walking the status index and looking up every row
    # is slower than scanning the table (SQLite chooses that walk once it has statistics)
    status = unindexed(Invoice.status)
    if query.status is StatusFilter.OPEN or query.overdue_only:
        conditions.append(status == InvoiceStatus.OPEN)
    elif query.status is StatusFilter.CLOSED:
        conditions.append(status != InvoiceStatus.OPEN)
    if query.overdue_only:
        # most open invoices of a ledger are overdue: a scan beats the due-date index here
        conditions.append(unindexed(Invoice.due_date) < query.today)
    if query.customer_id is not None:
        conditions.append(Invoice.customer_id == query.customer_id)
    if query.administration_id is not None:
        conditions.append(_of_administration(query, query.administration_id))
    if query.search.strip():
        conditions.append(invoice_search(query.search))
    return conditions


def _of_administration(query: InvoiceQuery, administration_id: int) -> ColumnElement[bool]:
    # sorted by number, the unique index (administration, number, due date) hands over the rows in
    # order; for any other order it would be walked through nearly every invoice (most ledgers are
    # mostly one administration's) where the sort or due-date index is faster
    by_number = query.sort is InvoiceSort.NUMBER and not query.search.strip()
    column = Invoice.administration_id if by_number else unindexed(Invoice.administration_id)
    return column == administration_id


def _ordered(statement: Select[*tuple[Any, ...]], query: InvoiceQuery) -> Select[*tuple[Any, ...]]:
    # days overdue grow as the due date falls back: the same column, the other way round
    descending = query.descending != (query.sort is InvoiceSort.DAYS_OVERDUE)
    # a search keeps few rows: sorting those beats walking an index through all of them
    hide_indexes = bool(query.search.strip())
    clauses = []
    for column in (*_SORT_KEYS[query.sort], Invoice.id):
        key = unindexed(column) if hide_indexes else column
        clause = key.desc() if descending else key.asc()
        if column is Invoice.invoice_date:  # the one sort column that may be blank: blanks last
            clause = clause.nulls_last()
        clauses.append(clause)
    return statement.order_by(*clauses)


def invoice_row(row: Row[Any], today: date) -> InvoiceRow:
    status = InvoiceStatus(row.status)
    return InvoiceRow(
        id=row.id,
        number=row.number,
        customer_id=row.customer_id,
        customer_number=row.customer_number,
        customer_name=row.customer_name,
        invoice_date=row.invoice_date,
        due_date=row.due_date,
        amount=row.amount,
        open_amount=row.open_amount,
        currency=row.currency,
        status=status,
        payment_method=row.payment_method,
        storno_date=row.storno_date,
        paid_date=row.paid_date,
        description=row.description,
        days_overdue=(today - row.due_date).days if status is InvoiceStatus.OPEN else None,
    )


def invoice_rows(
    session: Session, statement: Select[*tuple[Any, ...]], today: date
) -> list[InvoiceRow]:
    return [invoice_row(row, today) for row in session.execute(statement)]


def base_statement() -> Select[*tuple[Any, ...]]:
    # invoices drive the join (customers looked up by key): with statistics SQLite may otherwise
    # walk all customers and look up their invoices one by one, several times slower
    return select(*_COLUMNS).join(Customer, Customer.id == unindexed(Invoice.customer_id))


def list_invoices(db: Database, query: InvoiceQuery) -> Page[InvoiceRow]:
    """One page of invoices matching the query, in the asked order (ties broken by id, so paging is
    stable)."""
    limit = max(1, min(query.limit, MAX_PAGE_SIZE))
    offset = max(0, query.offset)
    statement = _ordered(base_statement().where(*invoice_filters(query)), query)
    with db.read() as session:
        # one row more than asked says whether another page follows, without counting
        rows = invoice_rows(session, statement.offset(offset).limit(limit + 1), query.today)
    return Page(rows=tuple(rows[:limit]), offset=offset, has_more=len(rows) > limit)


def count_invoices(db: Database, query: InvoiceQuery) -> int:
    """How many invoices match the query's filters (its sort and page do not matter)."""
    statement = select(func.count()).select_from(Invoice).where(*invoice_filters(query))
    with db.read() as session:
        return int(session.scalar(statement) or 0)
