"""Migration 0004 on a filled database, the communication state machine, the plan-key guard."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from debtordesk.db.engine import Database, make_engine
from debtordesk.db.migrate import alembic_config, upgrade_database
from debtordesk.db.models import Customer, DunningPolicy
from debtordesk.domain.dunning.model import CommunicationStatus, DunningStatus
from debtordesk.domain.dunning.states import FINAL, NOT_TAKEN, TRANSITIONS, can_move
from tests.integration.dunning.factory import add_communication
from tests.integration.views.factory import add_customer, add_invoice

S = CommunicationStatus


def test_0004_upgrades_a_database_with_customers_and_invoices(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "old.sqlite"))
    command.upgrade(alembic_config(engine), "0003")
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
    db = Database.open(str(tmp_path / "old.sqlite"))
    try:
        with db.read() as session:
            customer = session.get(Customer, 7)
            assert customer is not None
            assert customer.dunning_status is DunningStatus.ACTIVE
            assert customer.email_consent is False
            assert customer.policy_override_id is None
        with db.read() as session:
            kind = session.execute(text("SELECT payment_reference_kind FROM administration"))
            assert kind.scalar_one() == "rf"
    finally:
        db.dispose()


def test_a_policy_some_customer_uses_cannot_be_deleted(db: Database) -> None:
    from decimal import Decimal

    with db.write() as session:
        customer_id = add_customer(session, "K1", "Jan")
        policy = DunningPolicy(
            administration_id=1,
            name="Special",
            steps=[],
            options={},
            min_amount=Decimal("5.00"),
            tolerance=Decimal("1.00"),
        )
        session.add(policy)
        session.flush()
        session.get_one(Customer, customer_id).policy_override_id = policy.id
    with pytest.raises(IntegrityError), db.write() as session:
        session.delete(session.get_one(DunningPolicy, policy.id))
        session.flush()


def test_the_plan_key_refuses_the_same_step_twice_but_not_after_a_cancel(db: Database) -> None:
    with db.write() as session:
        customer_id = add_customer(session, "K1", "Jan")
        invoice_id = add_invoice(session, customer_id, "F1", date(2026, 1, 1), "100.00")
        first = add_communication(session, customer_id, [invoice_id], plan_key="k1:reminder")
    with pytest.raises(IntegrityError), db.write() as session:
        add_communication(session, customer_id, [invoice_id], plan_key="k1:reminder")
    with db.write() as session:
        from debtordesk.db.models import Communication

        session.get_one(Communication, first).plan_key = None
        add_communication(session, customer_id, [invoice_id], plan_key="k1:reminder")
    with db.read() as session:
        from debtordesk.db.models import Communication

        keys = sorted(str(k) for k in session.scalars(select(Communication.plan_key)))
    assert keys == ["None", "k1:reminder"]


@pytest.mark.parametrize("status", list(S))
def test_every_status_has_its_moves(status: CommunicationStatus) -> None:
    assert status in TRANSITIONS
    assert all(can_move(status, target) for target in TRANSITIONS[status])
    assert (status in FINAL) == (not TRANSITIONS[status])


def test_the_state_machine_follows_the_documented_path() -> None:
    letter = [S.PLANNED, S.PREPARED, S.GENERATED, S.PRINTED, S.DISPATCHED]
    message = [S.PLANNED, S.PREPARED, S.QUEUED, S.SENDING, S.SENT, S.DELIVERED]
    for path in (letter, message):
        assert all(can_move(a, b) for a, b in itertools.pairwise(path))
    assert not can_move(S.PLANNED, S.SENT)  # nothing goes out unprepared
    assert not can_move(S.DISPATCHED, S.CANCELLED)
    assert not can_move(S.DELIVERED, S.FAILED)
    assert not can_move(S.CANCELLED, S.PLANNED)
    assert can_move(S.FAILED, S.QUEUED)  # a retry
    assert {S.CANCELLED, S.FAILED} == NOT_TAKEN
