"""A file without customer numbers after a numbered one: a row whose name (case and accents aside)
belongs to exactly one stored customer goes to that customer instead of a new customer known by
name; several with that name are not guessed at and said; a second import changes nothing; undo
restores the state before. Real CSV files, read as the CLI reads them, on both engines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from debtordesk.db.engine import Database
from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.i18n.catalogue import render
from debtordesk.importing.model import Severity
from debtordesk.services.import_file import FileRequest, load_file
from debtordesk.services.imports import (
    CommitOptions,
    ImportSummary,
    commit_import,
    plan_import,
    undo_last_batch,
)

NUMBERED = (
    "Factuurnummer;Klantnummer;Klantnaam;E-mail;Vervaldatum;Bedrag\n"
    "F1;D001;Jansen B.V.;info@jansen.nl;15-12-2026;100,00\n"
    "F2;D002;De Vries;devries@example.nl;16-12-2026;50,00\n"
    "F3;D010;Özer Bakkerij;;17-12-2026;75,00\n"
)
#: another source: no customer numbers, names in other case and without accents
NAMES_ONLY = (
    "Factuurnummer;Klantnaam;E-mail;Vervaldatum;Bedrag\n"
    "G1;JANSEN B.V.;facturen@jansen.nl;20-12-2026;30,00\n"
    "G2;jansen b.v.;facturen@jansen.nl;21-12-2026;40,00\n"
    "G3;OZER BAKKERIJ;;22-12-2026;12,50\n"
    "G4;Pietersen;;23-12-2026;9,95\n"
)
AMBIGUOUS = "import.customer_name_several_stored"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(
    db: Database,
    tmp_path: Path,
    name: str,
    text: str,
    mode: SnapshotMode = SnapshotMode.DELTA,
    source: str = "default",
) -> ImportSummary:
    loaded = load_file(
        db, FileRequest(path=_write(tmp_path, name, text), kind=ImportKind.OPEN_ITEMS)
    )
    return commit_import(db, loaded.preview, CommitOptions(mode=mode, source=source))


def _customers(db: Database) -> dict[str, tuple[int, bool, str, str | None]]:
    with db.read() as session:
        return {
            c.number: (c.id, c.keyed_by_name, c.name, c.email)
            for c in session.scalars(select(Customer).order_by(Customer.id))
        }


def _owners(db: Database) -> dict[str, str]:
    """Invoice number -> customer number."""
    with db.read() as session:
        rows = session.execute(
            select(Invoice.number, Customer.number).join(
                Customer, Customer.id == Invoice.customer_id
            )
        )
        return {str(invoice): str(customer) for invoice, customer in rows}


def _state(db: Database) -> tuple[list[Any], list[Any]]:
    """Everything an import may touch of customers and invoices, to compare before and after."""
    with db.read() as session:
        customers = [
            (c.id, c.number, c.keyed_by_name, c.name, c.name_search, c.email, c.imported_values)
            for c in session.scalars(select(Customer).order_by(Customer.id))
        ]
        invoices = [
            (i.id, i.number, i.customer_id, i.amount, i.open_amount, i.status)
            for i in session.scalars(select(Invoice).order_by(Invoice.id))
        ]
    return customers, invoices


def test_rows_without_number_go_to_the_stored_customer_with_that_name(
    db: Database, tmp_path: Path
) -> None:
    _import(db, tmp_path, "nummers.csv", NUMBERED, SnapshotMode.FULL)
    before = _customers(db)

    summary = _import(db, tmp_path, "namen.csv", NAMES_ONLY, source="portaal")

    after = _customers(db)
    # one new customer (Pietersen); Jansen and Özer are not split in two
    assert set(after) == {"D001", "D002", "D010", "pietersen"}
    assert summary.customers_new == 1 and summary.new == 4
    assert after["D001"][:3] == (before["D001"][0], False, "Jansen B.V.")
    # accents and case do not matter, and the stored spelling of the name stays
    assert after["D010"][:3] == (before["D010"][0], False, "Özer Bakkerij")
    assert after["pietersen"][1] is True
    assert _owners(db) == {
        "F1": "D001",
        "F2": "D002",
        "F3": "D010",
        "G1": "D001",
        "G2": "D001",
        "G3": "D010",
        "G4": "pietersen",
    }
    # the e-mail follows the rule of any re-import: the source sent a new value, so it is taken
    assert after["D001"][3] == "facturen@jansen.nl"
    assert summary.customers_updated == 1
    assert not [i for i in summary.issues if i.message.code == AMBIGUOUS]


def test_a_field_edited_by_hand_is_kept_when_the_file_sends_what_it_sent_before(
    db: Database, tmp_path: Path
) -> None:
    _import(db, tmp_path, "nummers.csv", NUMBERED, SnapshotMode.FULL)
    _import(db, tmp_path, "namen.csv", NAMES_ONLY, source="portaal")
    with db.write() as session:
        session.execute(
            update(Customer).where(Customer.number == "D001").values(email="hand@jansen.nl")
        )
    again = _import(db, tmp_path, "namen2.csv", NAMES_ONLY, source="portaal")
    assert again.customers_updated == 0
    assert _customers(db)["D001"][3] == "hand@jansen.nl"


def test_the_same_file_twice_changes_nothing_the_second_time(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, "nummers.csv", NUMBERED, SnapshotMode.FULL)
    _import(db, tmp_path, "namen.csv", NAMES_ONLY, SnapshotMode.FULL, source="portaal")
    state = _state(db)

    again = _import(db, tmp_path, "namen2.csv", NAMES_ONLY, SnapshotMode.FULL, source="portaal")

    assert (again.new, again.updated, again.closed, again.reopened) == (0, 0, 0, 0)
    assert again.unchanged == 4
    assert (again.customers_new, again.customers_updated) == (0, 0)
    assert _state(db) == state


def test_undo_restores_the_state_before_the_name_only_import(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, "nummers.csv", NUMBERED, SnapshotMode.FULL)
    state = _state(db)
    _import(db, tmp_path, "namen.csv", NAMES_ONLY, source="portaal")
    assert _customers(db)["D001"][3] == "facturen@jansen.nl"

    undone = undo_last_batch(db)

    assert undone.invoices_removed == 4 and undone.customers_removed == 1
    assert _state(db) == state
    # and the same file attaches to the same customers again
    _import(db, tmp_path, "namen.csv", NAMES_ONLY, source="portaal")
    assert _owners(db)["G1"] == "D001"


def test_several_stored_customers_with_the_name_are_not_guessed(
    db: Database, tmp_path: Path
) -> None:
    numbered = NUMBERED + "F4;D003;JANSEN B.V.;;18-12-2026;10,00\n"
    _import(db, tmp_path, "nummers.csv", numbered, SnapshotMode.FULL)
    names = (
        "Factuurnummer;Klantnaam;Vervaldatum;Bedrag\n"
        "G1;Jansen B.V.;20-12-2026;30,00\n"
        "G3;De Vries;22-12-2026;12,50\n"
        "G2;jansen  b.v.;21-12-2026;40,00\n"
    )
    path = _write(tmp_path, "namen.csv", names)
    loaded = load_file(db, FileRequest(path=path, kind=ImportKind.OPEN_ITEMS))
    # the preview says it before anything is written
    plan = plan_import(db, loaded.preview, CommitOptions(mode=SnapshotMode.DELTA))
    assert [i.message.code for i in plan.issues].count(AMBIGUOUS) == 1

    summary = commit_import(db, loaded.preview, CommitOptions(mode=SnapshotMode.DELTA))

    warnings = [i for i in summary.issues if i.message.code == AMBIGUOUS]
    assert len(warnings) == 1
    warning = warnings[0]
    assert warning.severity is Severity.WARNING
    assert (warning.row, warning.column, warning.value) == (2, "Klantnaam", "Jansen B.V.")
    text = render(warning.message)
    assert "rows: 2, 4" in text
    assert "'Jansen B.V.' (D001)" in text and "'JANSEN B.V.' (D003)" in text
    assert "customer-number column" in text
    # as before: the rows go to a customer known by name; De Vries (one stored) to D002
    customers = _customers(db)
    assert customers["jansen b.v."][1] is True
    assert summary.customers_new == 1
    owners = _owners(db)
    assert owners["G1"] == owners["G2"] == "jansen b.v."
    assert owners["G3"] == "D002"
    assert owners["F1"] == "D001" and owners["F4"] == "D003"

    # the same file again: nothing changes, and the clerk is told again
    state = _state(db)
    again = _import(db, tmp_path, "namen2.csv", names)
    assert (again.new, again.customers_new, again.customers_updated) == (0, 0, 0)
    assert _state(db) == state
    repeated = [i for i in again.issues if i.message.code == AMBIGUOUS]
    assert len(repeated) == 1
    assert "(jansen b.v.)" in render(repeated[0].message)


def test_a_customer_known_by_name_and_renamed_by_the_clerk_is_found(
    db: Database, tmp_path: Path
) -> None:
    names = "Factuurnummer;Klantnaam;Vervaldatum;Bedrag\nG1;Jansen;20-12-2026;30,00\n"
    _import(db, tmp_path, "namen.csv", names)
    jansen_id = _customers(db)["jansen"][0]
    with db.write() as session:
        session.execute(
            update(Customer)
            .where(Customer.id == jansen_id)
            .values(name="Jansen Holding", name_search="jansen holding")
        )
    # by its new name, and by its old one (its number)
    renamed = (
        "Factuurnummer;Klantnaam;Vervaldatum;Bedrag\n"
        "G2;Jansen Holding;21-12-2026;40,00\n"
        "G3;JANSEN;22-12-2026;10,00\n"
    )
    summary = _import(db, tmp_path, "namen2.csv", renamed)
    assert summary.customers_new == 1  # two rows of the file cannot both claim it
    owners = _owners(db)
    assert owners["G1"] == owners["G3"] == "jansen"
    assert owners["G2"] == "jansen holding"

    alone = "Factuurnummer;Klantnaam;Vervaldatum;Bedrag\nG4;jansen HOLDING;23-12-2026;5,00\n"
    undo_last_batch(db)
    summary = _import(db, tmp_path, "namen3.csv", alone)
    assert summary.customers_new == 0
    assert _owners(db)["G4"] == "jansen"
    assert _customers(db)["jansen"][2] == "Jansen Holding"


def test_a_row_without_number_in_a_numbered_file_finds_the_stored_customer(
    db: Database, tmp_path: Path
) -> None:
    _import(db, tmp_path, "nummers.csv", NUMBERED, SnapshotMode.FULL)
    mixed = (
        "Factuurnummer;Klantnummer;Klantnaam;Vervaldatum;Bedrag\n"
        "H1;D002;De Vries;20-12-2026;30,00\n"
        "H2;;Özer bakkerij;21-12-2026;40,00\n"
    )
    summary = _import(db, tmp_path, "gemengd.csv", mixed)
    assert summary.customers_new == 0
    assert _owners(db)["H2"] == "D010"
