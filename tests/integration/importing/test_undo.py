"""Undo of the newest batch: created rows go, changed rows get their old values back, data only."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from debtordesk.db.engine import Database
from debtordesk.db.models import AuditLog, Customer, CustomerTag, ImportBatch
from debtordesk.domain.enums import BatchStatus, InvoiceStatus
from debtordesk.domain.errors import UserError
from debtordesk.importing.model import Field
from debtordesk.services.imports import CommitOptions, commit_import, list_batches, undo_last_batch

from .factory import (
    DEFAULT_MAPPING,
    customer,
    customers_by_number,
    data_tables,
    events,
    invoice,
    preview,
)

MAPPING = {**DEFAULT_MAPPING, Field.EMAIL: "E-mail", Field.TAGS: "Labels"}
DAY1, DAY2 = date(2026, 11, 20), date(2026, 11, 21)


def _first(db: Database) -> int:
    file = preview(
        [invoice("A1", "D1"), invoice("A2", "D1"), invoice("A3", "D2"), invoice("A4", "D2")],
        [
            customer("D1", name="Jan", email="jan@example.nl", tags=["noord"]),
            customer("D2", name="Piet"),
        ],
        mapping=MAPPING,
        modified=DAY1,
    )
    return commit_import(db, file, CommitOptions()).batch_id


def _second(db: Database) -> int:
    file = preview(
        [
            invoice("A1", "D1", open_amount="10.00"),  # updated
            invoice("A2", "D1", open_amount="0.00"),  # closed: nothing open
            invoice("A3", "D2"),  # unchanged; A4 absent: closed
            invoice("B1", "D3"),  # new, for a new customer
        ],
        [
            customer("D1", name="Jan", email="jan@new.nl", tags=["zuid"]),
            customer("D2", name="Piet"),
            customer("D3", name="Nieuw"),
        ],
        mapping=MAPPING,
        modified=DAY2,
    )
    return commit_import(db, file, CommitOptions()).batch_id


def _contents(db: Database) -> dict[str, object]:
    """The data an undo restores (the version and timestamps move on; that is an update too)."""
    tables = data_tables(db)
    with db.read() as session:
        customers = [
            (c.number, c.name, c.email, c.imported_values, sorted(t.tag for t in c.tags))
            for c in session.scalars(select(Customer).order_by(Customer.id))
        ]
    from .factory import invoices_by_key

    invoices = sorted(
        (
            i.number,
            i.customer_id,
            i.amount,
            i.open_amount,
            i.status,
            i.close_reason,
            i.paid_date,
            i.source,
            i.export_date,
            i.last_batch_id,
        )
        for i in invoices_by_key(db).values()
    )
    return {"customers": customers, "invoices": invoices, "tags": tables["customer_tag"]}


def test_undo_of_a_changing_batch_restores_the_previous_data(db: Database) -> None:
    _first(db)
    before = _contents(db)
    second = _second(db)
    assert _contents(db) != before

    summary = undo_last_batch(db, user_login="clerk2")

    assert summary.batch_id == second
    assert (summary.invoices_removed, summary.customers_removed) == (1, 1)
    assert (summary.invoices_restored, summary.customers_restored) == (3, 1)
    assert summary.message.code == "undo.data_only"
    assert _contents(db) == before
    assert "D3" not in customers_by_number(db)
    undone = [e for e in events(db) if e.code == "event.import.undone"]
    assert sorted(e.customer_id for e in undone) == sorted(
        c.id for c in customers_by_number(db).values()
    )
    with db.read() as session:
        batch = session.get(ImportBatch, second)
        assert batch is not None and batch.status is BatchStatus.UNDONE
        assert batch.undone_at is not None
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "undo")).one()
        assert (audit.entity_id, audit.details["invoices_removed"]) == (second, 1)
    history = list_batches(db)
    assert (history[0].status, history[0].undone_by) == (BatchStatus.UNDONE, "clerk2")


def test_undo_of_a_first_import_removes_everything_it_created(db: Database) -> None:
    empty = data_tables(db)
    first = _first(db)
    summary = undo_last_batch(db)
    assert (summary.invoices_removed, summary.customers_removed) == (4, 2)
    after = data_tables(db)
    for table in ("customer", "customer_tag", "invoice", "customer_event"):
        assert after[table] == empty[table], table
    assert [b.id for b in list_batches(db) if b.status is BatchStatus.UNDONE] == [first]


def test_two_undos_in_a_row_walk_back_two_batches(db: Database) -> None:
    _first(db)
    _second(db)
    undo_last_batch(db)
    undo_last_batch(db)
    with db.read() as session:
        assert session.scalars(select(Customer)).all() == []
        assert session.scalars(select(CustomerTag)).all() == []
    with pytest.raises(UserError) as caught:
        undo_last_batch(db)
    assert caught.value.code == "undo.nothing"


def test_only_the_newest_batch_can_be_undone(db: Database) -> None:
    first = _first(db)
    second = _second(db)
    before = data_tables(db)
    with pytest.raises(UserError) as caught:
        undo_last_batch(db, batch_id=first)
    assert caught.value.code == "undo.not_last"
    assert caught.value.message.params["last"] == second
    assert data_tables(db) == before
    assert undo_last_batch(db, batch_id=second).batch_id == second


def test_after_an_undo_the_same_file_imports_again(db: Database) -> None:
    _first(db)
    _second(db)
    undo_last_batch(db)
    _second(db)
    stored = customers_by_number(db)
    assert stored["D1"].email == "jan@new.nl" and "D3" in stored
    from .factory import invoices_by_number

    assert invoices_by_number(db)["A4"].status is InvoiceStatus.PAID
