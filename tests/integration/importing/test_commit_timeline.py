"""The timeline of imported customers: the creating import derived from created_batch_id, changes as rows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from debtordesk.db.engine import Database
from debtordesk.db.models import Customer, ImportBatch
from debtordesk.domain.enums import SnapshotMode
from debtordesk.services.audit import add_customer_event
from debtordesk.services.imports import CommitOptions, commit_import
from debtordesk.services.views import customer_detail

from .factory import customer, events, invoice, preview

TODAY = date(2026, 11, 25)


def _customer_id(db: Database, number: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Customer.id).where(Customer.number == number))
    assert found is not None
    return found


def _first(db: Database) -> int:
    file = preview(
        [invoice("F1", "D1"), invoice("F2", "D1"), invoice("F3", "D2")],
        [customer("D1", name="Özer Bakkerij"), customer("D2", name="Jan de Vries")],
    )
    return commit_import(db, file, CommitOptions(user_login="anna")).batch_id


def test_the_import_that_created_a_customer_is_on_its_timeline(db: Database) -> None:
    batch_id = _first(db)
    assert events(db) == []  # derived, not written: a first import writes no timeline rows

    detail = customer_detail(db, _customer_id(db, "D1"), today=TODAY)

    (entry,) = detail.timeline
    assert entry.kind == "import" and entry.user_login == "anna"
    assert entry.text == (
        "Customer added by the import of openstaande_posten.csv, with 2 new invoices."
    )
    with db.read() as session:
        batch = session.get(ImportBatch, batch_id)
        assert batch is not None and entry.at == batch.started_at
    dutch = customer_detail(db, _customer_id(db, "D2"), today=TODAY, language="nl")
    assert dutch.timeline[0].text == (
        "Klant toegevoegd bij het inlezen van openstaande_posten.csv, met 1 nieuwe facturen."
    )


def test_later_changes_come_before_the_creation(db: Database) -> None:
    _first(db)
    newer = preview(
        [invoice("F1", "D1", open_amount="0.00"), invoice("F2", "D1"), invoice("F4", "D1")],
        [customer("D1", name="Özer Bakkerij", email="info@ozer.nl")],
        name="newer.csv",
        modified=date(2026, 11, 21),
    )
    commit_import(db, newer, CommitOptions(mode=SnapshotMode.DELTA))

    detail = customer_detail(db, _customer_id(db, "D1"), today=TODAY)

    texts = [entry.text for entry in detail.timeline]
    assert len(texts) == 3
    assert texts[-1].startswith("Customer added by the import of openstaande_posten.csv")
    assert "2 new invoices" in texts[-1]  # the invoices of the creating import, not the later one
    assert any(text.startswith("Import of newer.csv: customer details updated") for text in texts)
    assert [entry.invoice_number for entry in detail.timeline].count("F1") == 1  # closed at zero


def test_a_creating_batch_that_wrote_its_own_entry_is_not_repeated(db: Database) -> None:
    batch_id = _first(db)
    customer_id = _customer_id(db, "D1")
    with db.write() as session:  # as the demo does: the customer's start as an event of the batch
        add_customer_event(
            session,
            customer_id=customer_id,
            kind="created",
            code="demo.event.customer_created",
            params={"segment": "BSO"},
            batch_id=batch_id,
        )

    detail = customer_detail(db, customer_id, today=TODAY)

    assert [entry.kind for entry in detail.timeline] == ["created"]
