"""Optimistic locking: a save from a version that is no longer current is refused and changes nothing,
whether a colleague, an import or a concurrent transaction got there first."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import delete, update

from debtordesk.db.models import Customer
from debtordesk.domain.enums import SnapshotMode
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.importing.model import Field
from debtordesk.services import customers
from debtordesk.services.customers import update_customer
from debtordesk.services.database import Database
from debtordesk.services.imports import CommitOptions, commit_import
from debtordesk.services.org_settings import load_org_settings
from tests.integration.importing.factory import DEFAULT_MAPPING, customer, invoice, preview

from .factory import audit_entries, edit, edit_events, row, stored_customer, with_changes


def test_two_edits_from_the_same_version_the_second_is_refused(db: Database) -> None:
    customer_id = stored_customer(db)
    mine, version = with_changes(db, customer_id, email="mine@example.nl")
    theirs, same_version = with_changes(db, customer_id, mobile="06 87654321")
    assert version == same_version == 1

    update_customer(db, customer_id, expected_version=same_version, changes=theirs)
    with pytest.raises(UserError) as refused:
        update_customer(db, customer_id, expected_version=version, changes=mine)

    assert refused.value.code == "db.conflict"
    assert render(refused.value.message) == (
        "Someone else changed customer K1 (Jan Jansen) while you were editing it. Your change was "
        "not saved; reload and try again."
    )
    stored = row(db, customer_id)
    assert (stored.email, stored.mobile, stored.version) == (
        "jan@example.nl",
        "+31687654321",
        2,
    )
    assert len(audit_entries(db)) == len(edit_events(db)) == 1


def test_after_a_conflict_the_reloaded_version_saves(db: Database) -> None:
    customer_id = stored_customer(db)
    stale, version = with_changes(db, customer_id, email="mine@example.nl")
    edit(db, customer_id, city="Utrecht")
    with pytest.raises(UserError):
        update_customer(db, customer_id, expected_version=version, changes=stale)
    result = edit(db, customer_id, email="mine@example.nl")
    assert result.version == 3
    stored = row(db, customer_id)
    assert (stored.email, stored.city) == ("mine@example.nl", "Utrecht")


def test_an_import_in_between_is_a_conflict_too(db: Database) -> None:
    customer_id = stored_customer(db)
    mine, version = with_changes(db, customer_id, city="Utrecht")
    file = preview(
        [invoice("F1", "K1")],
        [customer("K1", name="Jan Jansen", email="import@example.nl")],
        mapping={**DEFAULT_MAPPING, Field.EMAIL: "E-mail"},
    )
    commit_import(db, file, CommitOptions(mode=SnapshotMode.DELTA, force=True))
    with pytest.raises(UserError) as refused:
        update_customer(db, customer_id, expected_version=version, changes=mine)
    assert refused.value.code == "db.conflict"
    assert (row(db, customer_id).city, row(db, customer_id).email) == (
        "Amsterdam",
        "import@example.nl",
    )


def test_a_concurrent_transaction_that_commits_first_wins(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between reading the row and writing it, another connection saves: the conditional UPDATE finds
    no row at the expected version. (SQLite's writes queue behind one another, so only PostgreSQL can
    interleave them like this.)"""
    if db.is_sqlite:
        pytest.skip("SQLite serialises writers (BEGIN IMMEDIATE): this interleaving cannot happen")
    customer_id = stored_customer(db)
    mine, version = with_changes(db, customer_id, email="mine@example.nl")

    def colleague_saves_meanwhile(*args: Any, **kwargs: Any) -> Any:
        with db.engine.begin() as connection:
            connection.execute(
                update(Customer)
                .where(Customer.id == customer_id)
                .values(city="Delft", version=Customer.version + 1)
            )
        return load_org_settings(*args, **kwargs)

    monkeypatch.setattr(customers, "load_org_settings", colleague_saves_meanwhile)
    with pytest.raises(UserError) as refused:
        update_customer(db, customer_id, expected_version=version, changes=mine)
    assert refused.value.code == "db.conflict"
    stored = row(db, customer_id)
    assert (stored.email, stored.city, stored.version) == ("jan@example.nl", "Delft", 2)
    assert audit_entries(db) == [] and edit_events(db) == []


def test_a_customer_that_is_gone_says_so(db: Database) -> None:
    customer_id = stored_customer(db)
    mine, version = with_changes(db, customer_id, email="mine@example.nl")
    with db.write() as session:
        session.execute(delete(Customer).where(Customer.id == customer_id))
    with pytest.raises(UserError) as refused:
        update_customer(db, customer_id, expected_version=version, changes=mine)
    assert refused.value.code == "views.customer_missing"
