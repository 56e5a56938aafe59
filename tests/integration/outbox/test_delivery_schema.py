"""Migration 0010 (delivery status) on a filled database: up, down to 0009 and up again, on SQLite and
on PostgreSQL (a scratch schema of its own). An outbox item of before keeps its data and starts with no
delivery status and no checks; the delivery columns come and go."""

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

COLUMNS = {
    "delivery_status",
    "delivery_reason",
    "delivered_at",
    "delivery_checked_at",
    "delivery_checks",
}


def _columns(engine: Engine) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns("outbox_item")}


def _up_down_up(engine: Engine) -> None:
    config = alembic_config(engine)
    command.upgrade(config, "0005")
    _fill_at_0005(engine)
    command.upgrade(config, "0009")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO outbox_item (communication_id, reference, queued_at, attempts, "
                "lookups, provider, provider_message_id, settled_at) VALUES (1, 'DDABC', "
                "'2026-12-16 08:00:00', 1, 0, 'messagebird', 'abc123', '2026-12-16 08:00:01')"
            )
        )
    assert not COLUMNS & _columns(engine)
    command.upgrade(config, "0010")
    assert _columns(engine) >= COLUMNS
    assert "ix_outbox_item_delivery_status" in {
        index["name"] for index in inspect(engine).get_indexes("outbox_item")
    }
    with engine.begin() as connection:
        row = connection.execute(
            text(
                "SELECT provider_message_id, delivery_status, delivery_checks FROM outbox_item "
                "WHERE communication_id = 1"
            )
        ).one()
        assert tuple(row) == ("abc123", None, 0)
        connection.execute(
            text(
                "UPDATE outbox_item SET delivery_status = 'delivered', delivery_checks = 1, "
                "delivered_at = '2026-12-16 09:00:00', delivery_checked_at = '2026-12-16 09:05:00'"
            )
        )
    command.downgrade(config, "0009")
    assert not COLUMNS & _columns(engine)
    with engine.connect() as connection:  # the item itself stays
        assert (
            connection.execute(
                text("SELECT reference FROM outbox_item WHERE communication_id = 1")
            ).scalar_one()
            == "DDABC"
        )
    command.upgrade(config, "head")
    assert _columns(engine) >= COLUMNS


def test_0010_up_down_and_up_on_a_filled_sqlite_database(tmp_path: Path) -> None:
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
    schema = f"dd_delivery_{uuid.uuid4().hex[:12]}"
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


def test_0010_up_down_and_up_on_postgresql(pg_engine: Engine) -> None:
    _up_down_up(pg_engine)
