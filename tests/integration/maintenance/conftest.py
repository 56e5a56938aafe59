"""Fixtures for backup, restore and demo tests: a SQLite database with a little real-looking data."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from debtordesk.db.engine import Database
from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.text import search_key
from debtordesk.services.database import administration_id_for
from debtordesk.settings.paths import archive_dir

#: the tables whose rows a restore must bring back exactly
CHECKED_TABLES = ("administration", "customer", "customer_tag", "invoice", "customer_event")


def add_customer(db: Database, number: str, name: str, amounts: list[str]) -> None:
    """One customer with one invoice per amount, in one transaction."""
    with db.write() as session:
        customer = Customer(
            administration_id=administration_id_for(session),
            number=number,
            name=name,
            name_search=search_key(name),
            email=f"{number.lower()}@example.com",
        )
        session.add(customer)
        session.flush()
        for index, amount in enumerate(amounts):
            session.add(
                Invoice(
                    administration_id=customer.administration_id,
                    customer_id=customer.id,
                    number=f"{number}-{index}",
                    invoice_date=date(2026, 1, 1 + index),
                    due_date=date(2026, 1, 15 + index),
                    amount=Decimal(amount),
                    open_amount=Decimal(amount),
                )
            )


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the checked tables, read straight from the file."""
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in CHECKED_TABLES
        }
    finally:
        connection.close()


@pytest.fixture
def filled_db(sqlite_db: Database) -> Iterator[Database]:
    """The SQLite test database with three customers (names with diacritics) and their invoices,
    and a letter archive with two files."""
    add_customer(sqlite_db, "C1", "Özer Çelik", ["100.10", "0.20"])
    add_customer(sqlite_db, "C2", "Łukasz Wójcik", ["-25.00"])
    add_customer(sqlite_db, "C3", "Ngọc Anh Nguyễn", ["1234567.89", "0.01", "99.99"])
    archive = archive_dir()
    (archive / "2026" / "01").mkdir(parents=True)
    (archive / "2026" / "01" / "brief-C1.pdf").write_bytes(b"%PDF-1.7 letter to C1")
    (archive / "index.json").write_text('{"letters": 1}', encoding="utf-8")
    yield sqlite_db


def database_path(db: Database) -> Path:
    path = db.sqlite_path
    assert path is not None
    return path
