"""Assigning customers to clerks: stored, audited, on the timeline; the queue says who has a customer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, inspect, select, text

from debtordesk.db.engine import make_engine
from debtordesk.db.migrate import alembic_config, upgrade_database
from debtordesk.db.models import AuditLog, Customer, CustomerEvent, Invoice, User
from debtordesk.domain.errors import UserError
from debtordesk.services.assignments import (
    assign_customers,
    known_clerks,
    unassign_customers,
)
from debtordesk.services.database import Database, ensure_default_administration, user_id_for
from debtordesk.services.dunning_queue import compute_queue_for
from tests.integration.views.factory import add_customer, add_invoice


def _setup(db: Database) -> tuple[int, int, int]:
    with db.write() as session:
        first = add_customer(session, "K1", "Jan Jansen")
        second = add_customer(session, "K2", "Piet Pietersen")
        add_invoice(session, first, "F1", date(2026, 10, 1), "120.00")
        add_invoice(session, second, "F2", date(2026, 10, 1), "80.00")
        clerk = user_id_for(session, "marieke")
    return first, second, clerk


def _assigned(db: Database) -> dict[str, int | None]:
    with db.read() as session:
        rows = session.execute(select(Customer.number, Customer.assigned_user_id)).all()
    return {row[0]: row[1] for row in rows}


def test_assigning_and_unassigning_is_stored_audited_and_on_the_timeline(db: Database) -> None:
    first, second, clerk = _setup(db)
    assert assign_customers(db, [first, second], clerk, user_login="chef") == 2
    assert _assigned(db) == {"K1": clerk, "K2": clerk}
    # already assigned: nothing changes, nothing is recorded
    assert assign_customers(db, [first], clerk, user_login="chef") == 0
    assert unassign_customers(db, [second], user_login="chef") == 1
    assert _assigned(db) == {"K1": clerk, "K2": None}
    with db.read() as session:
        audits = session.execute(
            select(AuditLog.entity_id, AuditLog.action, AuditLog.details)
            .where(AuditLog.entity == "customer")
            .order_by(AuditLog.id)
        ).all()
        events = session.execute(
            select(CustomerEvent.customer_id, CustomerEvent.code, CustomerEvent.params)
            .where(CustomerEvent.kind == "assignment")
            .order_by(CustomerEvent.id)
        ).all()
    assert [(row[0], row[1]) for row in audits] == [
        (first, "assign"),
        (second, "assign"),
        (second, "unassign"),
    ]
    assert audits[2][2] == {"from_user_id": clerk, "to_user_id": None}
    assert [(row[0], row[1], row[2]["user"]) for row in events] == [
        (first, "event.assignment.assigned", "marieke"),
        (second, "event.assignment.assigned", "marieke"),
        (second, "event.assignment.unassigned", "marieke"),
    ]


def test_an_unknown_clerk_or_customer_changes_nothing(db: Database) -> None:
    first, _, clerk = _setup(db)
    with pytest.raises(UserError) as unknown_user:
        assign_customers(db, [first], clerk + 1000)
    assert unknown_user.value.code == "assignments.unknown_user"
    with pytest.raises(UserError) as unknown_customer:
        assign_customers(db, [first, first + 1000], clerk)
    assert unknown_customer.value.code == "assignments.unknown_customers"
    with pytest.raises(UserError) as nobody:
        assign_customers(db, [], clerk)
    assert nobody.value.code == "assignments.nobody_chosen"
    assert _assigned(db) == {"K1": None, "K2": None}


def test_known_clerks_sort_by_name_and_a_login_is_created_on_first_assignment(
    db: Database,
) -> None:
    first, _, _ = _setup(db)
    with db.write() as session:
        user_id_for(session, "Zz-login")
        user_id_for(session, "aa-login")
    assert "nieuw" not in {clerk.login for clerk in known_clerks(db)}
    assert assign_customers(db, [first], "nieuw") == 1
    clerks = known_clerks(db)
    new_id = next(clerk.id for clerk in clerks if clerk.login == "nieuw")
    assert _assigned(db)["K1"] == new_id
    labels = [clerk.label for clerk in clerks]
    assert labels == sorted(labels, key=str.casefold)
    assert {"Zz-login", "aa-login", "marieke", "nieuw"} <= set(labels)


def test_the_queue_carries_the_assigned_clerk(db: Database) -> None:
    first, second, clerk = _setup(db)
    assign_customers(db, [second], clerk)
    with db.read() as session:
        administration_id = ensure_default_administration(session).id
    result = compute_queue_for(db, administration_id, date(2026, 12, 1))
    assigned = {entry.customer_id: entry.contact.assigned_user_id for entry in result.entries}
    assert assigned == {first: None, second: clerk}


def test_0005_adds_the_column_to_a_filled_sqlite_database_in_place(tmp_path: Path) -> None:
    path = str(tmp_path / "old.sqlite")
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0004")
    customer_id = 7
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO administration (id, code, name, country, created_at, updated_at, "
                "version) VALUES (1, 'MAIN', 'Main', 'NL', '2026-01-01', '2026-01-01', 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO customer (id, administration_id, number, keyed_by_name, name, "
                "name_search, customer_type, type_origin, language, opt_out_sms, opt_out_email, "
                "opt_out_call, claim_type, imported_values, contact_problems, created_at, "
                "updated_at, version) VALUES (7, 1, 'K7', 0, 'Jan', 'jan', 'consumer', 'default', "
                "'nl', 0, 0, 0, 'other', '{}', '[]', '2026-01-01', '2026-01-01', 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO invoice (id, administration_id, customer_id, number, due_date, "
                "amount, open_amount, currency, payment_method, status, source, created_at, "
                "updated_at, version) VALUES (1, 1, 7, 'F1', '2026-01-15', 1000, 1000, 'EUR', "
                "'manual', 'open', '', '2026-01-01', '2026-01-01', 1)"
            )
        )
    assert upgrade_database(engine)
    engine.dispose()
    db = Database.open(path)
    try:
        assert _assigned(db) == {"K7": None}
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Invoice)) == 1
        assert assign_customers(db, [customer_id], "marieke") == 1
        with db.read() as session:
            marieke = session.scalar(select(User.id).where(User.login == "marieke"))
        assert _assigned(db) == {"K7": marieke}
    finally:
        db.dispose()


def test_0005_downgrades_a_filled_sqlite_database_in_place(tmp_path: Path) -> None:
    path = str(tmp_path / "new.sqlite")
    db = Database.open(path)
    try:
        assert upgrade_database(db.engine)
        first, _, clerk = _setup(db)
        assign_customers(db, [first], clerk)
        command.downgrade(alembic_config(db.engine), "0004")
        columns = {c["name"] for c in inspect(db.engine).get_columns("customer")}
        assert "assigned_user_id" not in columns
        with db.engine.connect() as connection:
            counts = connection.execute(
                text("SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM invoice)")
            ).one()
        assert tuple(counts) == (2, 2)
        command.upgrade(alembic_config(db.engine), "head")
        assert _assigned(db) == {"K1": None, "K2": None}
    finally:
        db.dispose()
