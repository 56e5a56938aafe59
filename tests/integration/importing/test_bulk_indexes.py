"""A first import into empty tables builds their secondary indexes after the rows are in (SQLite):
the same indexes come back, also when the insert fails, and a table with rows keeps its indexes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text

from debtordesk.db.engine import Database
from debtordesk.db.models import Customer, Invoice
from debtordesk.services import import_bulk
from debtordesk.services.import_bulk import indexes_built_after
from debtordesk.services.import_state import table_of
from debtordesk.services.imports import CommitOptions, commit_import

from .factory import DUE, customer, customers_by_number, invoice, invoices_by_key, preview


def _schema(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        return [
            tuple(row)
            for row in session.execute(
                text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
            )
        ]


def _index_names(session: Any, table: str) -> set[str]:
    rows = session.execute(
        text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t AND sql IS NOT NULL"
        ),
        {"t": table},
    )
    return {name for (name,) in rows}


def _file(count: int) -> Any:
    invoices = [
        invoice(f"F{n}", f"D{n % 7}", amount=f"{n % 90 + 1}.25", due=DUE + timedelta(days=n % 30))
        for n in range(count)
    ]
    return preview(invoices, [customer(f"D{n}", email=f"d{n}@example.nl") for n in range(7)])


def test_first_import_leaves_the_same_schema_and_rows(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_bulk, "DEFER_INDEXES_FROM", 5)
    before = _schema(sqlite_db)
    summary = commit_import(sqlite_db, _file(40), CommitOptions())
    assert summary.new == 40
    assert _schema(sqlite_db) == before
    stored = invoices_by_key(sqlite_db)
    assert len(stored) == 40
    assert stored[("F13", DUE + timedelta(days=13))].amount == 14.25
    assert set(customers_by_number(sqlite_db)) == {f"D{n}" for n in range(7)}
    with sqlite_db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        plan = session.execute(
            text("EXPLAIN QUERY PLAN SELECT id FROM invoice WHERE customer_id = 1")
        ).all()
    assert "ix_invoice_customer_id" in str(plan)


def test_indexes_are_set_aside_only_while_an_empty_table_fills(sqlite_db: Database) -> None:
    seen: dict[str, set[str]] = {}
    with sqlite_db.write() as session:
        full = _index_names(session, "invoice")
        assert full
        with indexes_built_after(session, table_of(Invoice), 100_000):
            seen["during"] = _index_names(session, "invoice")
        seen["after"] = _index_names(session, "invoice")
        with indexes_built_after(session, table_of(Invoice), 10):
            seen["small"] = _index_names(session, "invoice")
    assert seen == {"during": set(), "after": full, "small": full}


def test_a_table_with_rows_keeps_its_indexes(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    commit_import(sqlite_db, _file(3), CommitOptions())
    with sqlite_db.write() as session:
        full = _index_names(session, "customer")
        with indexes_built_after(session, table_of(Customer), 100_000):
            during = _index_names(session, "customer")
    assert during == full
    # a second import (three known invoices, ten new) into the filled tables writes as usual
    monkeypatch.setattr(import_bulk, "DEFER_INDEXES_FROM", 1)
    before = _schema(sqlite_db)
    assert commit_import(sqlite_db, _file(13), CommitOptions()).new == 10
    assert _schema(sqlite_db) == before


def test_a_failed_insert_leaves_the_indexes(sqlite_db: Database) -> None:
    before = _schema(sqlite_db)

    def fail_inside(rollback: bool) -> set[str]:
        with sqlite_db.write() as session:
            with (
                pytest.raises(RuntimeError),
                indexes_built_after(session, table_of(Invoice), 100_000),
            ):
                raise RuntimeError("disk full")
            names = _index_names(session, "invoice")
            if rollback:
                raise RuntimeError("and the caller gives up")
        return names

    assert fail_inside(rollback=False)  # made again within the transaction
    assert _schema(sqlite_db) == before
    with pytest.raises(RuntimeError, match="gives up"):
        fail_inside(rollback=True)
    assert _schema(sqlite_db) == before


def test_postgresql_keeps_its_indexes(db: Database) -> None:
    """PostgreSQL writes with COPY and keeps its indexes; the first import stores the same rows."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite is covered above")
    query = text("SELECT indexname FROM pg_indexes WHERE tablename = 'invoice'")
    with db.write() as session:
        full = set(session.scalars(query))
        with indexes_built_after(session, table_of(Invoice), 100_000):
            during = set(session.scalars(query))
    assert during == full
    assert len(full) > 1
    assert commit_import(db, _file(25), CommitOptions()).new == 25
    assert len(invoices_by_key(db)) == 25
