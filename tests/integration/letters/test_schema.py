"""Migration 0006 on a filled database, up, down to 0005 and up again (SQLite, and PostgreSQL on a
schema of its own); runs recorded on the communications they plan."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.engine import Engine, make_url

from debtordesk.db.engine import Database, make_engine
from debtordesk.db.migrate import alembic_config
from debtordesk.db.models import Communication, DunningRun
from tests.conftest import PG_URL_ENV
from tests.integration.dunning.factory import add_communication
from tests.integration.letters.factory import TODAY, clock, fill
from tests.integration.views.factory import add_customer, add_invoice

NEW_TABLES = {"dunning_run", "letter_batch", "letter", "archive_blob"}


def _columns(engine: Engine, table: str) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns(table)}


def _fill_at_0005(engine: Engine) -> None:
    """An administration, a customer, an invoice and a prepared letter, in the 0005 schema (the
    models already know the new columns, so plain SQL)."""
    statements = (
        "INSERT INTO administration (id, code, name, country, payment_reference_kind, created_at, "
        "updated_at, version) VALUES (1, 'MAIN', 'Main', 'NL', 'rf', '2026-01-01', '2026-01-01', 1)",
        "INSERT INTO customer (id, administration_id, number, keyed_by_name, name, name_search, "
        "customer_type, type_origin, language, opt_out_sms, opt_out_email, opt_out_call, "
        "claim_type, dunning_status, email_consent, imported_values, contact_problems, created_at, "
        "updated_at, version) VALUES (7, 1, 'K7', false, 'Jan', 'jan', 'consumer', 'default', "
        "'nl', false, false, false, 'other', 'active', false, '{}', '[]', '2026-01-01', "
        "'2026-01-01', 1)",
        "INSERT INTO invoice (id, administration_id, customer_id, number, due_date, amount, "
        "open_amount, currency, payment_method, status, source, created_at, updated_at, version) "
        "VALUES (1, 1, 7, 'F1', '2026-01-15', 1000, 1000, 'EUR', 'manual', 'open', '', "
        "'2026-01-01', '2026-01-01', 1)",
        "INSERT INTO communication (id, administration_id, customer_id, step_key, step_name, "
        "channel, status, planned_for, planned_at, status_changed_at, open_amount, "
        "overdue_amount, costs, interest, fee, costs_announced, fourteen_day_letter, template, "
        "tone, language, reason, version) VALUES (1, 1, 7, 'reminder_2', 'Second reminder', "
        "'letter', 'prepared', '2026-12-16', '2026-12-16 08:00:00', '2026-12-16 08:00:00', 1000, "
        "1000, 0, 0, 0, 0, false, 'reminder_2', 'formal', 'nl', '{}', 1)",
    )
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def _up_down_up(engine: Engine) -> None:
    config = alembic_config(engine)
    command.upgrade(config, "0005")
    _fill_at_0005(engine)
    command.upgrade(config, "0006")
    assert set(inspect(engine).get_table_names()) >= NEW_TABLES
    assert "run_id" in _columns(engine, "communication")
    assert "logo" in _columns(engine, "administration")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO dunning_run (id, administration_id, evaluation_date, created_at) "
                "VALUES (1, 1, '2026-12-16', '2026-12-16 08:00:00')"
            )
        )
        connection.execute(text("UPDATE communication SET run_id = 1"))
        connection.execute(text("UPDATE administration SET logo = :logo"), {"logo": b"\x89PNG"})
    command.downgrade(config, "0005")
    assert not NEW_TABLES & set(inspect(engine).get_table_names())
    assert "run_id" not in _columns(engine, "communication")
    assert "logo" not in _columns(engine, "administration")
    with engine.connect() as connection:  # the data of 0005 is still there
        assert connection.execute(text("SELECT count(*) FROM communication")).scalar_one() == 1
        assert connection.execute(text("SELECT count(*) FROM customer")).scalar_one() == 1
    command.upgrade(config, "head")
    assert "run_id" in _columns(engine, "communication")


def test_0006_up_down_and_up_on_a_filled_sqlite_database(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "old.sqlite"))
    try:
        _up_down_up(engine)
    finally:
        engine.dispose()


@pytest.fixture
def _pg_scratch_engine() -> Iterator[Engine]:
    base = os.environ.get(PG_URL_ENV, "").strip()
    if not base:
        pytest.skip(f"PostgreSQL not configured: set {PG_URL_ENV}")
    url = make_url(base)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    schema = f"dd_mig_{uuid.uuid4().hex[:12]}"
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


def test_0006_up_down_and_up_on_postgresql(_pg_scratch_engine: Engine) -> None:
    _up_down_up(_pg_scratch_engine)


def test_a_run_is_recorded_only_when_it_plans_something(db: Database) -> None:
    from debtordesk.providers.payment_links import NullPaymentLinkProvider
    from debtordesk.services.dunning_run import run_queue

    filled = fill(db)
    assert filled.run.run_id is not None
    again = run_queue(db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock)
    assert again.items == () and again.run_id is None
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(DunningRun)) == 1
        run = session.get_one(DunningRun, filled.run.run_id)
        assert run.evaluation_date == TODAY and run.administration_id == 1
        planned = session.scalars(select(Communication.run_id)).all()
        assert planned and set(planned) == {filled.run.run_id}


def test_communications_from_before_runs_were_recorded_have_no_run(db: Database) -> None:
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan")
        invoice = add_invoice(session, customer, "F1", TODAY, "10.00")
        communication = add_communication(session, customer, [invoice])
    with db.read() as session:
        assert session.get_one(Communication, communication).run_id is None
