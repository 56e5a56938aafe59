"""The timeline of imported customers: the creating import derived from created_batch_id, changes as rows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from debtordesk.db.engine import Database
from debtordesk.db.models import Customer, ImportBatch
from debtordesk.domain.enums import CustomerType, SnapshotMode, TypeOrigin
from debtordesk.domain.messages import Message
from debtordesk.importing.model import CustomerData, Field, Issue, Severity
from debtordesk.services.audit import add_customer_event
from debtordesk.services.imports import CommitOptions, ImportSummary, commit_import
from debtordesk.services.views import customer_detail

from .factory import (
    DEFAULT_MAPPING,
    customer,
    customers_by_number,
    data_tables,
    events,
    invoice,
    preview,
)

CONTACT = {
    **DEFAULT_MAPPING,
    Field.EMAIL: "E-mail",
    Field.MOBILE: "Mobiel",
    Field.PHONE: "Telefoon",
}

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
        "Klant toegevoegd bij het inlezen van openstaande_posten.csv, met 1 nieuwe factuur."
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
    assert len(texts) == 4
    assert texts[-1].startswith("Customer added by the import of openstaande_posten.csv")
    assert "2 new invoices" in texts[-1]  # the invoices of the creating import, not the later one
    assert "Import of newer.csv changed: E-mail." in texts
    assert "Import of newer.csv: invoices: 1 new, 0 changed, 1 closed, 0 reopened." in texts
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


def _newer(db: Database, *customers: CustomerData, name: str = "newer.csv") -> ImportSummary:
    """The first file's invoices again, with these customers."""
    numbers = {"D1": ("F1", "F2"), "D2": ("F3",)}
    file = preview(
        [invoice(n, c.key) for c in customers for n in numbers[c.key]],
        list(customers),
        mapping=CONTACT,
        name=name,
        modified=date(2026, 11, 21),
    )
    return commit_import(db, file, CommitOptions(mode=SnapshotMode.DELTA))


def _import_events(db: Database) -> list[tuple[str, int | None]]:
    return [(e.code, e.customer_id) for e in events(db) if e.kind == "import"]


def test_an_updated_customer_s_entry_names_the_fields_that_changed(db: Database) -> None:
    _first(db)
    summary = _newer(
        db,
        customer("D1", name="Özer Bakkerij", email="info@ozer.nl", mobile="+31612345678"),
        customer("D2", name="Jan de Vries"),
    )
    assert (summary.customers_updated, summary.customers_unchanged) == (1, 1)
    assert _import_events(db) == [("event.import.customer_updated", _customer_id(db, "D1"))]
    english = customer_detail(db, _customer_id(db, "D1"), today=TODAY).timeline[0].text
    dutch = customer_detail(db, _customer_id(db, "D1"), today=TODAY, language="nl").timeline[0]
    assert english == "Import of newer.csv changed: E-mail, Mobile."
    assert dutch.text == "Inlezen van newer.csv wijzigde: E-mail, Mobiel."


def test_the_origin_of_an_unchanged_type_is_no_update(db: Database) -> None:
    """The demo's case: the type was sent as a column before and is read from the name now."""
    business = {"customer_type": CustomerType.BUSINESS}
    file = preview(
        [invoice("F1", "D1"), invoice("F2", "D1")],
        [customer("D1", name="Bakkerij Koster B.V.", type_origin=TypeOrigin.FILE, **business)],
    )
    commit_import(db, file, CommitOptions())
    before = data_tables(db)

    again = _newer(
        db, customer("D1", name="Bakkerij Koster B.V.", type_origin=TypeOrigin.RULE, **business)
    )

    assert (again.customers_updated, again.customers_unchanged, again.unchanged) == (0, 1, 2)
    assert data_tables(db)["customer"] == before["customer"]
    assert customers_by_number(db)["D1"].type_origin is TypeOrigin.FILE
    assert _import_events(db) == []


def test_bookkeeping_alone_is_written_silently(db: Database) -> None:
    _first(db)
    with db.write() as session:  # the clerk typed what the source will send next
        session.execute(
            update(Customer).where(Customer.number == "D1").values(email="info@ozer.nl")
        )
    bad_phone = Issue(
        Severity.WARNING,
        Message("contact.phone_invalid", {"value": "12"}),
        row=2,
        column="Telefoon",
        value="12",
    )
    summary = _newer(
        db,
        customer("D1", name="Özer Bakkerij", email="info@ozer.nl", problems=[bad_phone]),
        customer("D2", name="Jan de Vries"),
    )
    assert (summary.customers_updated, summary.customers_unchanged) == (0, 2)
    assert _import_events(db) == []
    stored = customers_by_number(db)["D1"]
    assert stored.imported_values["email"] == "info@ozer.nl"  # remembered all the same
    assert [p["field"] for p in stored.contact_problems] == ["phone"]
