"""Migration 0008 (link payments) on a filled database: up, down to 0007 and up again, on SQLite and
PostgreSQL (a scratch schema of its own). Earlier data stays; the link-payment tables come and go, and
one provider payment can be stored only once."""

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

NEW_TABLES = {"payment_link_state", "link_payment"}
_PAYMENT = (
    "INSERT INTO link_payment (administration_id, customer_id, communication_id, provider, "
    "link_id, provider_payment_id, amount, paid_at, recorded_at, invoices, refund_flag) VALUES "
    "(1, 7, 1, 'mollie', 'pl_abc', 'tr_abc', 15000, '2026-12-16 08:00:00', "
    "'2026-12-16 09:00:00', '[]', false)"
)


def _up_down_up(engine: Engine) -> None:
    config = alembic_config(engine)
    command.upgrade(config, "0005")
    _fill_at_0005(engine)
    command.upgrade(config, "0007")
    command.upgrade(config, "0008")
    assert set(inspect(engine).get_table_names()) >= NEW_TABLES
    with engine.begin() as connection:
        connection.execute(text(_PAYMENT))
        connection.execute(
            text(
                "INSERT INTO payment_link_state (administration_id, provider, link_id, state, "
                "paid_amount, first_polled_at, polled_at) VALUES (1, 'mollie', 'pl_abc', 'paid', "
                "15000, '2026-12-16 09:00:00', '2026-12-16 09:00:00')"
            )
        )
    with engine.connect() as connection:  # the same provider payment twice is refused
        try:
            connection.execute(text(_PAYMENT))
        except Exception as exc:  # IntegrityError from either driver
            assert "unique" in str(exc).lower() or "duplicate" in str(exc).lower()
        else:
            raise AssertionError("a provider payment was stored twice")
        connection.rollback()
    command.downgrade(config, "0007")
    assert not NEW_TABLES & set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM communication")).scalar_one() == 1
    command.upgrade(config, "head")
    assert set(inspect(engine).get_table_names()) >= NEW_TABLES
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM link_payment")).scalar_one() == 0


def test_0008_up_down_and_up_on_a_filled_sqlite_database(tmp_path: Path) -> None:
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
    schema = f"dd_linkpay_{uuid.uuid4().hex[:12]}"
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


def test_0008_up_down_and_up_on_postgresql(pg_engine: Engine) -> None:
    _up_down_up(pg_engine)
