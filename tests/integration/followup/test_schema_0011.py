"""Migration 0011 (arrangement steps) on a filled database: up, down to 0010 and up again, on SQLite and
PostgreSQL (a scratch schema of its own). The communications stay; the new columns come and go; a
communication can name its arrangement, which must exist."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from debtordesk.db.engine import make_engine
from debtordesk.db.migrate import alembic_config
from tests.integration.followup.test_schema import _FOLLOWUP, _count, pg_engine  # noqa: F401
from tests.integration.letters.test_schema import _fill_at_0005

NEW_COLUMNS = {"requested_amount", "trigger", "trigger_on", "arrangement_id"}


def _columns(engine: Engine) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns("communication")}


def _up_down_up(engine: Engine) -> None:
    config = alembic_config(engine)
    command.upgrade(config, "0005")
    _fill_at_0005(engine)
    command.upgrade(config, "0010")
    with engine.begin() as connection:
        for statement in _FOLLOWUP:
            connection.execute(text(statement))
    assert not NEW_COLUMNS & _columns(engine)
    command.upgrade(config, "0011")
    assert _columns(engine) >= NEW_COLUMNS
    with engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE communication SET requested_amount = 33334, trigger = 'instalment_due', "
                "trigger_on = '2027-01-11', arrangement_id = 1"
            )
        )
        row = connection.execute(
            text("SELECT requested_amount, trigger, arrangement_id FROM communication")
        ).one()
    assert tuple(row) == (33334, "instalment_due", 1)
    with engine.connect() as connection:  # the arrangement must exist
        try:
            connection.execute(text("UPDATE communication SET arrangement_id = 999"))
            connection.commit()
        except Exception as exc:  # IntegrityError from either driver
            assert "foreign key" in str(exc).lower()
        else:
            raise AssertionError("a communication named an arrangement that does not exist")
    command.downgrade(config, "0010")
    assert not NEW_COLUMNS & _columns(engine)
    assert _count(engine, "communication") == 1
    command.upgrade(config, "head")
    assert _columns(engine) >= NEW_COLUMNS


def test_0011_up_down_and_up_on_a_filled_sqlite_database(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "old.sqlite"))
    try:
        _up_down_up(engine)
    finally:
        engine.dispose()


def test_0011_up_down_and_up_on_postgresql(pg_engine: Engine) -> None:  # noqa: F811
    _up_down_up(pg_engine)


def test_0011_is_the_one_head_after_0010() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert script.get_revision("0011").down_revision == "0010"
