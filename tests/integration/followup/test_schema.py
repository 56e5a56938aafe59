"""Migration 0009 (follow-up) on a filled database: up, down to 0008 and up again, on SQLite and
PostgreSQL (a scratch schema of its own). Earlier data stays, the follow-up tables come and go, and a
term number is unique per arrangement."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine, make_url

from debtordesk.db.engine import make_engine
from debtordesk.db.migrate import alembic_config
from tests.conftest import PG_URL_ENV
from tests.integration.letters.test_schema import _fill_at_0005

NEW_TABLES = {
    "call_outcome",
    "call_log",
    "promise",
    "promise_invoice",
    "dispute",
    "arrangement",
    "arrangement_invoice",
    "arrangement_term",
    "note",
}
_FOLLOWUP = (
    "INSERT INTO call_outcome (id, code, label_en, label_nl, reached, effect, active, sort_order) "
    "VALUES (1, 'promise_to_pay', 'Promise to pay', 'Betaalbelofte', true, 'promise', true, 10)",
    "INSERT INTO call_log (id, administration_id, customer_id, at, called_on, outcome_id, note) "
    "VALUES (1, 1, 7, '2026-12-16 09:00:00', '2026-12-16', 1, 'belt terug')",
    "INSERT INTO promise (id, administration_id, customer_id, call_log_id, promised_on, amount, "
    "status, made_on, note, created_at, version) VALUES (1, 1, 7, 1, '2026-12-20', 1000, "
    "'pending', '2026-12-16', '', '2026-12-16 09:00:00', 1)",
    "INSERT INTO promise_invoice (id, promise_id, invoice_id, invoice_number, open_at_promise) "
    "VALUES (1, 1, 1, 'F1', 1000)",
    "INSERT INTO arrangement (id, administration_id, customer_id, status, total, principal, "
    "costs_choice, costs_amount, costs_reason, interval, grace_days, made_on, note, created_at, "
    "paid, end_note, version) VALUES (1, 1, 7, 'active', 1000, 1000, 'none', 0, '', 'month', 7, "
    "'2026-12-16', '', '2026-12-16 09:00:00', 0, '', 1)",
    "INSERT INTO arrangement_term (id, arrangement_id, number, due_on, amount, paid, status) "
    "VALUES (1, 1, 1, '2027-01-01', 1000, 0, 'open')",
    "INSERT INTO note (id, customer_id, invoice_id, text, at) VALUES (1, 7, 1, 'kopie', "
    "'2026-12-16 09:00:00')",
)


def _count(engine: Engine, table: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _up_down_up(engine: Engine) -> None:
    config = alembic_config(engine)
    command.upgrade(config, "0005")
    _fill_at_0005(engine)
    command.upgrade(config, "0008")
    command.upgrade(config, "0009")
    assert set(inspect(engine).get_table_names()) >= NEW_TABLES
    with engine.begin() as connection:
        for statement in _FOLLOWUP:
            connection.execute(text(statement))
    with engine.connect() as connection:  # a term number once per arrangement
        try:
            connection.execute(
                text(
                    "INSERT INTO arrangement_term (arrangement_id, number, due_on, amount, paid, "
                    "status) VALUES (1, 1, '2027-02-01', 5, 0, 'open')"
                )
            )
        except Exception as exc:  # IntegrityError from either driver
            assert "unique" in str(exc).lower() or "duplicate" in str(exc).lower()
        else:
            raise AssertionError("a term number was stored twice")
        connection.rollback()
    command.downgrade(config, "0008")
    assert not NEW_TABLES & set(inspect(engine).get_table_names())
    assert _count(engine, "invoice") == 1 and _count(engine, "communication") == 1
    command.upgrade(config, "head")
    assert set(inspect(engine).get_table_names()) >= NEW_TABLES
    assert _count(engine, "promise") == 0


def test_0009_up_down_and_up_on_a_filled_sqlite_database(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "old.sqlite"))
    try:
        _up_down_up(engine)
    finally:
        engine.dispose()


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    base = os.environ.get(PG_URL_ENV, "").strip()
    if not base:
        pytest.skip(f"PostgreSQL not configured: set {PG_URL_ENV}")
    url = make_url(base)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    schema = f"dd_followup_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(
        url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    )
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_0009_up_down_and_up_on_postgresql(pg_engine: Engine) -> None:
    _up_down_up(pg_engine)
