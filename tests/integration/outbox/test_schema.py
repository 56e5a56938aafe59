"""Migration 0007 (outbox) on a filled database: up, down to 0006 and up again, on SQLite and on
PostgreSQL (a scratch schema of its own). The 0006 data stays; the outbox tables come and go."""

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

NEW_TABLES = {"outbox_item", "outbox_attempt"}


def _up_down_up(engine: Engine) -> None:
    config = alembic_config(engine)
    command.upgrade(config, "0005")
    _fill_at_0005(engine)
    command.upgrade(config, "0006")
    command.upgrade(config, "0007")
    assert set(inspect(engine).get_table_names()) >= NEW_TABLES
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO outbox_item (communication_id, reference, queued_at, attempts, "
                "lookups) VALUES (1, 'DDABC', '2026-12-16 08:00:00', 1, 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO outbox_attempt (communication_id, number, channel, provider, "
                "lease_owner, started_at, idempotency_key, recipient, body) VALUES (1, 1, 'sms', "
                "'messagebird', 'host/1/x', '2026-12-16 08:00:00', 'DDABC', '+31612345678', 'Hoi')"
            )
        )
    # the same reference twice is refused: a provider lookup must find one message only
    with engine.connect() as connection:
        try:
            connection.execute(
                text(
                    "INSERT INTO outbox_item (communication_id, reference, queued_at, attempts, "
                    "lookups) VALUES (1, 'DDABC', '2026-12-16 08:00:00', 1, 0)"
                )
            )
        except Exception as exc:  # IntegrityError from either driver
            assert "unique" in str(exc).lower() or "duplicate" in str(exc).lower()
        else:
            raise AssertionError("a second outbox item with the same reference was stored")
        connection.rollback()
    command.downgrade(config, "0006")
    assert not NEW_TABLES & set(inspect(engine).get_table_names())
    with engine.connect() as connection:  # the data of 0006 is still there
        assert connection.execute(text("SELECT count(*) FROM communication")).scalar_one() == 1
    command.upgrade(config, "head")
    assert set(inspect(engine).get_table_names()) >= NEW_TABLES
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM outbox_item")).scalar_one() == 0


def test_0007_up_down_and_up_on_a_filled_sqlite_database(tmp_path: Path) -> None:
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
    schema = f"dd_outbox_{uuid.uuid4().hex[:12]}"
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


def test_0007_up_down_and_up_on_postgresql(pg_engine: Engine) -> None:
    _up_down_up(pg_engine)
