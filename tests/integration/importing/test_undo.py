"""Undo of the newest batch: created rows go, changed rows get their old values back, data only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update

from debtordesk.db.engine import Database
from debtordesk.db.models import (
    AuditLog,
    Customer,
    CustomerTag,
    ImportBatch,
    ImportChange,
    Invoice,
)
from debtordesk.domain.enums import BatchStatus, InvoiceStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.importing.model import Field
from debtordesk.services.imports import CommitOptions, commit_import, list_batches, undo_last_batch

from .factory import (
    DEFAULT_MAPPING,
    customer,
    customers_by_number,
    data_tables,
    events,
    invoice,
    invoices_by_number,
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
    assert invoices_by_number(db)["A4"].status is InvoiceStatus.PAID


def _by_hand(db: Database) -> None:
    """What a clerk does after the second import: another e-mail address, a payment on A1, and
    tags: one added, the one the import brought removed."""
    with db.write() as session:
        d1 = session.scalars(select(Customer).where(Customer.number == "D1")).one()
        d1.email = "clerk@example.nl"
        session.execute(
            update(Invoice).where(Invoice.number == "A1").values(open_amount=Decimal("5.00"))
        )
        session.add(CustomerTag(customer_id=d1.id, tag="vip"))
        session.execute(
            delete(CustomerTag).where(CustomerTag.customer_id == d1.id, CustomerTag.tag == "zuid")
        )


def test_undo_keeps_what_was_changed_after_the_batch(db: Database) -> None:
    first = _first(db)
    _second(db)
    _by_hand(db)

    summary = undo_last_batch(db)

    d1 = customers_by_number(db)["D1"]
    assert d1.email == "clerk@example.nl"
    assert d1.imported_values["email"] == "jan@example.nl"  # what the source sent before the batch
    assert sorted(t.tag for t in d1.tags) == ["noord", "vip"]
    invoices = invoices_by_number(db)
    a1 = invoices["A1"]
    assert a1.open_amount == Decimal("5.00")  # kept
    assert (a1.export_date, a1.last_batch_id) == (DAY1, first)  # restored
    assert (
        invoices["A2"].status is InvoiceStatus.OPEN and invoices["A4"].status is InvoiceStatus.OPEN
    )
    assert (summary.fields_kept, summary.rows_kept) == (2, 2)
    assert (summary.invoices_restored, summary.customers_restored) == (3, 1)
    assert summary.message == Message(
        "undo.data_only_kept", {"file": "openstaande_posten.csv", "fields": 2, "rows": 2}
    )
    english, dutch = render(summary.message, "en"), render(summary.message, "nl")
    assert "values kept: 2, in customers or invoices: 2" in english
    assert "waarden behouden: 2, bij klanten of facturen: 2" in dutch
    with db.read() as session:
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "undo")).one()
        assert (audit.details["fields_kept"], audit.details["rows_kept"]) == (2, 2)


def test_undo_restores_a_tag_the_batch_removed_and_drops_one_it_added(db: Database) -> None:
    _first(db)
    _second(db)  # D1: "noord" removed, "zuid" added
    with db.write() as session:
        d1 = session.scalars(select(Customer).where(Customer.number == "D1")).one()
        session.add(CustomerTag(customer_id=d1.id, tag="vip"))
    summary = undo_last_batch(db)
    assert sorted(t.tag for t in customers_by_number(db)["D1"].tags) == ["noord", "vip"]
    assert summary.message.code == "undo.data_only"


def test_an_undo_record_without_the_written_values_restores_every_value(db: Database) -> None:
    """Batches committed before the written values were kept undo as they always did."""
    _first(db)
    second = _second(db)
    with db.write() as session:
        for change in session.scalars(select(ImportChange).where(ImportChange.batch_id == second)):
            change.before = {k: v for k, v in change.before.items() if k != "_written"}
    _by_hand(db)

    summary = undo_last_batch(db)

    d1 = customers_by_number(db)["D1"]
    assert d1.email == "jan@example.nl"
    assert sorted(t.tag for t in d1.tags) == ["noord"]
    assert invoices_by_number(db)["A1"].open_amount == Decimal("100.00")
    assert (summary.fields_kept, summary.message.code) == (0, "undo.data_only")
