"""Migration 0012 (e-mail attachments kept) on a filled database: up, down to 0011 and up again, on SQLite
and PostgreSQL (a scratch schema of its own). The communications stay; a kept attachment must name a
communication, and goes with it."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from debtordesk.db.engine import make_engine
from debtordesk.db.migrate import alembic_config
from tests.integration.followup.test_schema import _count, pg_engine  # noqa: F401
from tests.integration.letters.test_schema import _fill_at_0005

_INSERT = (
    "INSERT INTO email_attachment (communication_id, attempt_number, file_name, sha256, size, "
    "stored_name, data, created_at) VALUES ({cid}, 1, 'RF18-2026-12-16.pdf', '{sha}', 3, NULL, "
    ":data, '2026-12-16 09:00:00+00:00')"
)


def _up_down_up(engine: Engine) -> None:
    config = alembic_config(engine)
    command.upgrade(config, "0005")
    _fill_at_0005(engine)
    command.upgrade(config, "0011")
    assert "email_attachment" not in inspect(engine).get_table_names()
    command.upgrade(config, "0012")
    assert "email_attachment" in inspect(engine).get_table_names()
    with engine.begin() as connection:
        cid = connection.execute(text("SELECT min(id) FROM communication")).scalar_one()
        connection.execute(text(_INSERT.format(cid=cid, sha="a" * 64)), {"data": b"%PD"})
        row = connection.execute(text("SELECT data, size FROM email_attachment")).one()
    assert bytes(row[0]) == b"%PD" and row[1] == 3
    with engine.connect() as connection:  # the communication must exist
        try:
            connection.execute(text(_INSERT.format(cid=999999, sha="b" * 64)), {"data": b"x"})
            connection.commit()
        except Exception as exc:  # IntegrityError from either driver
            assert "foreign key" in str(exc).lower()
        else:
            raise AssertionError("an attachment named a communication that does not exist")
    with engine.begin() as connection:  # and goes with it
        if engine.dialect.name == "sqlite":
            connection.execute(text("PRAGMA foreign_keys=ON"))
        connection.execute(text("DELETE FROM communication_invoice"))
        connection.execute(text("DELETE FROM communication WHERE id = :id"), {"id": cid})
    assert _count(engine, "email_attachment") == 0
    command.downgrade(config, "0011")
    assert "email_attachment" not in inspect(engine).get_table_names()
    command.upgrade(config, "head")
    assert "email_attachment" in inspect(engine).get_table_names()


def test_0012_up_down_and_up_on_a_filled_sqlite_database(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "old.sqlite"))
    try:
        _up_down_up(engine)
    finally:
        engine.dispose()


def test_0012_up_down_and_up_on_postgresql(pg_engine: Engine) -> None:  # noqa: F811
    _up_down_up(pg_engine)


def test_0012_follows_0011() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_revision("0012").down_revision == "0011"
