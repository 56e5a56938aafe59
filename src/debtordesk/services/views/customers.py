"""The customer list with each customer's open and overdue totals, one sorted, filtered page at a time.

Sorted by a customer field, the page of customers is found first (through the indexes on the customer
table) and the totals are summed for that page only; sorted or filtered by a total, the totals of all
customers are summed in the query (timings at 40,000 customers: benchmarks/bench_views.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Select, Subquery, case, func, select, type_coerce
from sqlalchemy.orm import Session

from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.enums import CustomerType, InvoiceStatus
from debtordesk.domain.money import from_cents
from debtordesk.services.database import Database
from debtordesk.services.views.model import (
    MAX_PAGE_SIZE,
    CustomerQuery,
    CustomerRow,
    CustomerSort,
    Page,
)
from debtordesk.services.views.planner import unindexed
from debtordesk.services.views.search import customer_search

_TOTAL_SORTS = frozenset(
    {CustomerSort.OPEN_COUNT, CustomerSort.OPEN_TOTAL, CustomerSort.OVERDUE_TOTAL}
)

_FIELD_SORT_KEYS: dict[CustomerSort, tuple[Any, ...]] = {
    CustomerSort.NUMBER: (Customer.number,),
    CustomerSort.NAME: (Customer.name_search,),
    CustomerSort.CUSTOMER_TYPE: (Customer.customer_type, Customer.name_search),
    CustomerSort.POSTCODE: (Customer.postcode, Customer.name_search),
    CustomerSort.CITY: (Customer.city, Customer.name_search),
    CustomerSort.EMAIL: (Customer.email, Customer.name_search),
    CustomerSort.MOBILE: (Customer.mobile, Customer.name_search),
}

_CUSTOMER_COLUMNS = (
    Customer.id,
    Customer.number,
    Customer.name,
    Customer.customer_type,
    Customer.postcode,
    Customer.city,
    Customer.email,
    Customer.mobile,
    Customer.contact_problems,
)


def open_totals(
    today: date,
    customer_ids: Iterable[int] | None = None,
    administration_id: int | None = None,
) -> Subquery:
    """Per customer: the number of open invoices, the open total and the overdue total, in cents."""
    cents = type_coerce(Invoice.open_amount, BigInteger)
    statement = select(
        Invoice.customer_id.label("customer_id"),
        func.count().label("open_count"),
        func.sum(cents).label("open_cents"),
        func.sum(case((Invoice.due_date < today, cents), else_=0)).label("overdue_cents"),
    ).where(Invoice.status == InvoiceStatus.OPEN)
    if customer_ids is not None:
        statement = statement.where(Invoice.customer_id.in_(list(customer_ids)))
    if administration_id is not None:
        statement = statement.where(unindexed(Invoice.administration_id) == administration_id)
    return statement.group_by(Invoice.customer_id).subquery("open_totals")


def _filters(query: CustomerQuery) -> list[ColumnElement[bool]]:
    conditions = [customer_search(query.search)] if query.search.strip() else []
    if query.administration_id is not None:
        # sorted by number, the unique index (administration, number) hands over the customers in
        # order; for any other order the sort's own index beats walking that one
        by_number = query.sort is CustomerSort.NUMBER and not query.search.strip()
        column = Customer.administration_id if by_number else unindexed(Customer.administration_id)
        conditions.append(column == query.administration_id)
    return conditions


def _direction(key: Any, descending: bool) -> Any:
    # blank fields (no e-mail, no postcode) go last whichever way the clerk sorts
    return key.desc().nulls_last() if descending else key.asc().nulls_last()


def _by_totals(query: CustomerQuery, limit: int, offset: int) -> Select[*tuple[Any, ...]]:
    totals = open_totals(query.today, administration_id=query.administration_id)
    count = func.coalesce(totals.c.open_count, 0)
    open_cents = func.coalesce(totals.c.open_cents, 0)
    overdue_cents = func.coalesce(totals.c.overdue_cents, 0)
    sort_key = {
        CustomerSort.OPEN_COUNT: count,
        CustomerSort.OPEN_TOTAL: open_cents,
        CustomerSort.OVERDUE_TOTAL: overdue_cents,
    }.get(query.sort)
    statement = (
        select(
            *_CUSTOMER_COLUMNS,
            count.label("open_count"),
            open_cents.label("open_cents"),
            overdue_cents.label("overdue_cents"),
        )
        .outerjoin(totals, totals.c.customer_id == Customer.id)
        .where(*_filters(query))
    )
    if query.with_open_only:
        statement = statement.where(totals.c.open_count > 0)
    keys = [sort_key] if sort_key is not None else list(_FIELD_SORT_KEYS[query.sort])
    return (
        statement.order_by(*(_direction(key, query.descending) for key in keys), Customer.id)
        .offset(offset)
        .limit(limit + 1)
    )


def _by_fields(query: CustomerQuery, limit: int, offset: int) -> Select[*tuple[Any, ...]]:
    keys = _FIELD_SORT_KEYS[query.sort]
    return (
        select(*_CUSTOMER_COLUMNS)
        .where(*_filters(query))
        .order_by(*(_direction(key, query.descending) for key in keys), Customer.id)
        .offset(offset)
        .limit(limit + 1)
    )


def _row(row: Any, totals: tuple[int, int, int]) -> CustomerRow:
    count, open_cents, overdue_cents = totals
    return CustomerRow(
        id=row.id,
        number=row.number,
        name=row.name,
        customer_type=CustomerType(row.customer_type),
        postcode=row.postcode,
        city=row.city,
        email=row.email,
        mobile=row.mobile,
        open_count=int(count),
        open_total=from_cents(int(open_cents)),
        overdue_total=from_cents(int(overdue_cents)),
        has_contact_problems=bool(row.contact_problems),
    )


def _page_totals(session: Session, today: date, ids: list[int]) -> dict[int, tuple[int, int, int]]:
    if not ids:
        return {}
    totals = open_totals(today, ids)
    return {
        row.customer_id: (row.open_count, row.open_cents or 0, row.overdue_cents or 0)
        for row in session.execute(select(totals))
    }


def list_customers(db: Database, query: CustomerQuery) -> Page[CustomerRow]:
    """One page of customers with their open and overdue totals (ties broken by id)."""
    limit = max(1, min(query.limit, MAX_PAGE_SIZE))
    offset = max(0, query.offset)
    with db.read() as session:
        if query.sort in _TOTAL_SORTS or query.with_open_only:
            found = list(session.execute(_by_totals(query, limit, offset)))
            rows = [_row(row, (row.open_count, row.open_cents, row.overdue_cents)) for row in found]
        else:
            found = list(session.execute(_by_fields(query, limit, offset)))
            totals = _page_totals(session, query.today, [row.id for row in found[:limit]])
            rows = [_row(row, totals.get(row.id, (0, 0, 0))) for row in found]
    return Page(rows=tuple(rows[:limit]), offset=offset, has_more=len(rows) > limit)


def count_customers(db: Database, query: CustomerQuery) -> int:
    """How many customers match the query's filters (its sort and page do not matter)."""
    statement = select(func.count()).select_from(Customer).where(*_filters(query))
    if query.with_open_only:
        has_open = (
            select(Invoice.id)
            .where(Invoice.customer_id == Customer.id, Invoice.status == InvoiceStatus.OPEN)
            .exists()
        )
        statement = statement.where(has_open)
    with db.read() as session:
        return int(session.scalar(statement) or 0)
