"""The list views at real size: 40,000 customers and 100,000 invoices, timed through the view services.

Run: python -m benchmarks.bench_views [--db URL] [--analyze] [--administration]. Without --db a fresh
SQLite file is made in a temporary folder. Prints the milliseconds of the first page, every sort and a
few searches; the bar is < 1000 ms for the first rows and < 200 ms for a sort or a filter.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, insert, select

from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.enums import CustomerType, InvoiceStatus, PaymentMethod
from debtordesk.domain.text import search_key
from debtordesk.services.database import Database, ensure_default_administration, open_database
from debtordesk.services.views import (
    CustomerQuery,
    CustomerSort,
    InvoiceQuery,
    InvoiceSort,
    StatusFilter,
    count_customers,
    count_invoices,
    customer_detail,
    database_counts,
    list_customers,
    list_invoices,
)

TODAY = date(2026, 11, 20)
_FIRST = ["Jan", "Fatma", "Mehmet", "Zoë", "Łukasz", "Noëlle", "Ngọc Anh", "Priya", "Sven", "Aïcha"]
_LAST = ["de Vries", "Özer", "El Amrani", "Wójcik", "Jansen", "Nguyễn", "Bakker", "Çelik", "Visser"]


def fill(db: Database, customers: int, invoices: int, seed: int = 3) -> None:
    """Customers and invoices through SQLAlchemy Core, in one transaction."""
    rng = random.Random(seed)
    with db.write() as session:
        administration = ensure_default_administration(session).id
        if session.scalar(select(func.count()).select_from(Customer)):
            return
        people = []
        for number in range(1, customers + 1):
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {number}"
            people.append(
                {
                    "administration_id": administration,
                    "number": f"D{number:06d}",
                    "keyed_by_name": False,
                    "name": name,
                    "name_search": search_key(name),
                    "customer_type": rng.choice(list(CustomerType)),
                    "postcode": f"{rng.randrange(1000, 9999)} {rng.choice('ABCDEF')}{rng.choice('KLMN')}",
                    "city": rng.choice(["Amsterdam", "Utrecht", "Groningen", "Zwolle"]),
                    "email": f"d{number}@example.nl" if rng.random() < 0.8 else None,
                    "mobile": f"+316{rng.randrange(10**7, 10**8)}",
                    "language": "nl",
                    "imported_values": {},
                    "contact_problems": [],
                }
            )
        session.execute(insert(Customer), people)
        ids = list(session.scalars(select(Customer.id)))
        start = TODAY - timedelta(days=365)
        rows = []
        for index in range(invoices):
            amount = Decimal(rng.randrange(-5000, 150000)) / 100 or Decimal("12.50")
            open_amount = amount if rng.random() < 0.8 else (amount / 2).quantize(Decimal("0.01"))
            invoice_date = start + timedelta(days=rng.randrange(360))
            rows.append(
                {
                    "administration_id": administration,
                    "customer_id": ids[index % len(ids)],
                    "number": f"F{2026000000 + index}",
                    "invoice_date": invoice_date,
                    "due_date": invoice_date + timedelta(days=14),
                    "amount": amount,
                    "open_amount": open_amount,
                    "currency": "EUR",
                    "payment_method": rng.choice(list(PaymentMethod)),
                    "status": InvoiceStatus.OPEN if rng.random() < 0.9 else InvoiceStatus.PAID,
                    "source": "bench",
                }
            )
        session.execute(insert(Invoice), rows)


def timed(label: str, action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    elapsed = (time.perf_counter() - started) * 1000
    print(f"{label:<52} {elapsed:8.1f} ms")
    return elapsed


def _invoice_queries() -> list[tuple[str, InvoiceQuery]]:
    queries = [("open, by due date (the first view)", InvoiceQuery(today=TODAY))]
    for sort in InvoiceSort:
        for descending in (False, True):
            label = f"sort {sort.value} {'desc' if descending else 'asc'}"
            queries.append(
                (
                    label,
                    InvoiceQuery(TODAY, status=StatusFilter.ALL, sort=sort, descending=descending),
                )
            )
    for text in ("ozer", "F2026000123", "1234", "d3999@", "zoe de vries", "a"):
        queries.append((f"search {text!r}", InvoiceQuery(today=TODAY, search=text)))
    queries.append(("overdue only", InvoiceQuery(today=TODAY, overdue_only=True)))
    queries.append(("paid", InvoiceQuery(today=TODAY, status=StatusFilter.CLOSED)))
    return queries


def _customer_queries() -> list[tuple[str, CustomerQuery]]:
    queries = []
    for sort in CustomerSort:
        for descending in (False, True):
            label = f"sort {sort.value} {'desc' if descending else 'asc'}"
            queries.append((label, CustomerQuery(TODAY, sort=sort, descending=descending)))
    for text in ("ozer", "D000123", "zoe", "a"):
        queries.append((f"search {text!r}", CustomerQuery(today=TODAY, search=text)))
    queries.append(("with open items only", CustomerQuery(today=TODAY, with_open_only=True)))
    return queries


def run(db: Database, administration_id: int | None = None) -> tuple[float, float]:
    """Prints every timing; returns the slowest page answer and the slowest count. With an
    administration every list, count and the status bar are of that one only, as in the desktop."""
    pages: list[float] = []
    counts: list[float] = []
    for label, invoice_query in _invoice_queries():
        query = replace(invoice_query, administration_id=administration_id)
        pages.append(timed(f"invoices page: {label}", lambda q=query: list_invoices(db, q)))
        counts.append(timed(f"invoices count: {label}", lambda q=query: count_invoices(db, q)))
    pages.append(
        timed(
            "invoices page at offset 90,000",
            lambda: list_invoices(
                db,
                InvoiceQuery(
                    TODAY,
                    status=StatusFilter.ALL,
                    offset=90_000,
                    administration_id=administration_id,
                ),
            ),
        )
    )
    for label, customer_query in _customer_queries():
        cquery = replace(customer_query, administration_id=administration_id)
        pages.append(timed(f"customers page: {label}", lambda q=cquery: list_customers(db, q)))
        counts.append(timed(f"customers count: {label}", lambda q=cquery: count_customers(db, q)))
    pages.append(timed("customer detail", lambda: customer_detail(db, 17, today=TODAY)))
    counts.append(
        timed(
            "status bar counts",
            lambda: database_counts(db, today=TODAY, administration_id=administration_id),
        )
    )
    print(f"{'slowest page':<52} {max(pages):8.1f} ms")
    print(f"{'slowest count':<52} {max(counts):8.1f} ms")
    return max(pages), max(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="database URL or file (default: a temporary SQLite file)")
    parser.add_argument("--customers", type=int, default=40_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument(
        "--analyze", action="store_true", help="give SQLite planner statistics first (ANALYZE)"
    )
    parser.add_argument(
        "--administration",
        action="store_true",
        help="filter by the administration, as the desktop does (it always shows one)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        location = args.db or str(Path(folder) / "bench.sqlite")
        db = open_database(location)
        started = time.perf_counter()
        fill(db, args.customers, args.invoices)
        if args.analyze or not db.is_sqlite:  # PostgreSQL: as autovacuum would after an import
            with db.engine.begin() as connection:
                connection.exec_driver_sql("ANALYZE")
        print(f"filled in {time.perf_counter() - started:.1f} s: {db.describe()}")
        administration_id = None
        if args.administration:
            with db.read() as session:
                administration_id = ensure_default_administration(session).id
        run(db, administration_id)
        db.dispose()


if __name__ == "__main__":
    main()
