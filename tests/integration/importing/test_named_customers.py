"""A customer known by name (a file without customer numbers) that a later file names with a number:
it takes the number with its invoices, holds and history; ambiguous cases are kept apart and said;
undo gives the old number back. Real CSV files, read as the CLI reads them, on both engines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select, update

from debtordesk.db.engine import Database
from debtordesk.db.models import AuditLog, Customer, Hold, Invoice
from debtordesk.domain.dunning.model import HoldReason
from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.i18n.catalogue import render
from debtordesk.importing.model import Severity
from debtordesk.services.holds import add_hold
from debtordesk.services.import_file import FileRequest, load_file
from debtordesk.services.imports import (
    CommitOptions,
    ImportSummary,
    commit_import,
    plan_import,
    undo_last_batch,
)
from debtordesk.services.views.detail import read_timeline

NAMES_ONLY = (
    "Factuurnummer;Klantnaam;Vervaldatum;Bedrag\n"
    "F1;Jansen;15-12-2026;100,00\n"
    "F2;Jansen;16-12-2026;50,00\n"
    "F3;De Vries;17-12-2026;75,00\n"
)
NUMBERED = (
    "Factuurnummer;Klantnummer;Klantnaam;Vervaldatum;Bedrag\n"
    "F1;1001;Jansen;15-12-2026;100,00\n"
    "F2;1001;Jansen;16-12-2026;50,00\n"
    "F4;1001;JANSEN;18-12-2026;20,00\n"
    "F3;1002;De Vries;17-12-2026;75,00\n"
)
TODAY = date(2026, 11, 20)
TAKEN = "import.customer_number_taken"


def _import(
    db: Database, tmp_path: Path, name: str, text: str, mode: SnapshotMode = SnapshotMode.FULL
) -> ImportSummary:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded = load_file(db, FileRequest(path=path, kind=ImportKind.OPEN_ITEMS))
    return commit_import(db, loaded.preview, CommitOptions(mode=mode))


def _plan_codes(db: Database, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded = load_file(db, FileRequest(path=path, kind=ImportKind.OPEN_ITEMS))
    plan = plan_import(db, loaded.preview, CommitOptions())
    return [(i.message.code, render(i.message)) for i in plan.issues]


def _customers(db: Database) -> dict[str, tuple[int, bool, str]]:
    with db.read() as session:
        return {
            c.number: (c.id, c.keyed_by_name, c.name)
            for c in session.scalars(select(Customer).order_by(Customer.id))
        }


def _owners(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {i.number: i.customer_id for i in session.scalars(select(Invoice))}


def test_a_customer_known_by_name_takes_the_number_of_a_later_file(
    db: Database, tmp_path: Path
) -> None:
    first = _import(db, tmp_path, "namen.csv", NAMES_ONLY)
    assert (first.customers_new, first.new) == (2, 3)
    before = _customers(db)
    assert set(before) == {"jansen", "de vries"}
    jansen_id, keyed, _ = before["jansen"]
    assert keyed
    hold = add_hold(db, jansen_id, HoldReason.MANUAL, today=TODAY, note="belt terug")

    # the preview says what will happen before anything is written
    codes = _plan_codes(db, tmp_path, "nummers.csv", NUMBERED)
    taken = [text for code, text in codes if code == TAKEN]
    assert len(taken) == 2
    assert any("1001" in text and "'Jansen' (jansen)" in text for text in taken)

    second = _import(db, tmp_path, "nummers.csv", NUMBERED)
    assert (second.customers_new, second.customers_updated) == (0, 2)
    assert (second.new, second.unchanged, second.closed) == (1, 3, 0)
    after = _customers(db)
    assert set(after) == {"1001", "1002"}
    assert after["1001"][:2] == (jansen_id, False)
    assert after["1002"][:2] == (before["de vries"][0], False)
    assert _owners(db) == {
        "F1": jansen_id,
        "F2": jansen_id,
        "F4": jansen_id,
        "F3": before["de vries"][0],
    }
    with db.read() as session:
        held = session.get(Hold, hold.id)
        assert held is not None and held.customer_id == jansen_id
        customer = session.get(Customer, jansen_id)
        assert customer is not None
        texts = [e.text for e in read_timeline(session, customer, language="en")]
        audit = [
            (a.entity_id, a.details["number"], a.details["was"])
            for a in session.scalars(
                select(AuditLog).where(
                    AuditLog.entity == "customer", AuditLog.action == "number_from_import"
                )
            )
        ]
    assert "Customer number 1001 taken from nummers.csv; was known by name ('jansen')." in texts
    assert sorted(audit) == sorted(
        [(jansen_id, "1001", "jansen"), (before["de vries"][0], "1002", "de vries")]
    )
    # the same file again changes nothing, and says nothing about names any more
    again = _import(db, tmp_path, "nummers2.csv", NUMBERED)
    assert (again.customers_updated, again.new, again.unchanged) == (0, 0, 4)
    assert not [i for i in again.issues if i.message.code.startswith("import.customer_n")]


def test_two_customers_known_by_that_name_are_not_merged(db: Database, tmp_path: Path) -> None:
    names = NAMES_ONLY + "F5;J. Jansen;19-12-2026;10,00\n"
    _import(db, tmp_path, "namen.csv", names)
    stored = _customers(db)
    # the clerk renamed "J. Jansen" to "Jansen": two customers known by name now have that name
    with db.write() as session:
        session.execute(
            update(Customer)
            .where(Customer.id == stored["j. jansen"][0])
            .values(name="Jansen", name_search="jansen")
        )
    numbered = NUMBERED + "F5;1003;J. Jansen;19-12-2026;10,00\n"
    summary = _import(db, tmp_path, "nummers.csv", numbered)
    after = _customers(db)
    # Jansen stays known by name beside a new 1001; De Vries and J. Jansen take their numbers
    assert after["jansen"][:2] == (stored["jansen"][0], True)
    assert after["1001"][0] not in {c[0] for c in stored.values()}
    assert after["1002"][0] == stored["de vries"][0]
    assert after["1003"][0] == stored["j. jansen"][0]
    assert summary.customers_new == 1
    warnings = [i for i in summary.issues if i.message.code == "import.customer_name_ambiguous"]
    assert len(warnings) == 1
    text = render(warnings[0].message)
    assert warnings[0].severity is Severity.WARNING and warnings[0].value == "1001"
    assert warnings[0].column == "Klantnummer" and warnings[0].row == 2
    assert "'Jansen' (jansen)" in text and "'Jansen' (j. jansen)" in text
    # the invoices go where the file puts them, as for any invoice whose customer changes
    owners = _owners(db)
    assert owners["F1"] == owners["F2"] == owners["F4"] == after["1001"][0]
    assert owners["F5"] == stored["j. jansen"][0]


def test_a_number_stored_already_is_not_merged_and_said(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, "nummers.csv", NUMBERED)
    # a second "Jansen" with a number of its own, so that a list without numbers of another source
    # cannot tell which one it means and brings "Jansen" known by name
    _import(
        db,
        tmp_path,
        "nummer3.csv",
        "Factuurnummer;Klantnummer;Klantnaam;Vervaldatum;Bedrag\nG0;1003;Jansen;19-12-2026;5,00\n",
        SnapshotMode.DELTA,
    )
    _import(
        db,
        tmp_path,
        "namen.csv",
        "Factuurnummer;Klantnaam;Vervaldatum;Bedrag\nG1;Jansen;20-12-2026;30,00\n",
        SnapshotMode.DELTA,
    )
    assert {"1001", "jansen"} <= set(_customers(db))
    codes = _plan_codes(db, tmp_path, "nummers2.csv", NUMBERED)
    stored = [text for code, text in codes if code == "import.customer_number_stored"]
    assert len(stored) == 1
    assert "1001 ('Jansen')" in stored[0] and "'Jansen' (jansen)" in stored[0]
    assert TAKEN not in {code for code, _ in codes}


def test_two_numbers_of_one_file_for_one_name_take_nothing(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, "namen.csv", NAMES_ONLY)
    twice = (
        "Factuurnummer;Klantnummer;Klantnaam;Vervaldatum;Bedrag\n"
        "F1;1001;Jansen;15-12-2026;100,00\n"
        "F2;1005;Jansen;16-12-2026;50,00\n"
    )
    summary = _import(db, tmp_path, "nummers.csv", twice, SnapshotMode.DELTA)
    warnings = [i for i in summary.issues if i.message.code == "import.customer_name_claimed_twice"]
    assert sorted(w.value for w in warnings) == ["1001", "1005"]
    assert "1001, 1005" in render(warnings[0].message)
    customers = _customers(db)
    assert customers["jansen"][1] is True
    assert {"1001", "1005"} <= set(customers)


def test_undo_gives_the_old_number_back(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, "namen.csv", NAMES_ONLY)
    before = _customers(db)
    owners = _owners(db)
    _import(db, tmp_path, "nummers.csv", NUMBERED)
    assert set(_customers(db)) == {"1001", "1002"}

    undone = undo_last_batch(db)
    assert undone.invoices_removed == 1 and undone.customers_removed == 0
    assert _customers(db) == before
    assert _owners(db) == owners
    with db.read() as session:
        customer = session.get(Customer, before["jansen"][0])
        assert customer is not None
        texts = [e.text for e in read_timeline(session, customer, language="en")]
    assert any(text.startswith("The import of nummers.csv was undone") for text in texts)
    # and the numbered file merges again as before
    again = _import(db, tmp_path, "nummers.csv", NUMBERED)
    assert (again.customers_new, again.customers_updated) == (0, 2)
    assert _customers(db)["1001"][0] == before["jansen"][0]


def test_undo_keeps_the_number_when_the_old_one_was_given_to_another(
    db: Database, tmp_path: Path
) -> None:
    _import(db, tmp_path, "namen.csv", NAMES_ONLY)
    jansen_id = _customers(db)["jansen"][0]
    _import(db, tmp_path, "nummers.csv", NUMBERED)
    # since then, another customer got the number 'jansen' (by hand, say)
    with db.write() as session:
        administration_id = session.scalar(
            select(Customer.administration_id).where(Customer.id == jansen_id)
        )
        session.add(
            Customer(
                administration_id=administration_id,
                number="jansen",
                name="Jansen (nieuw)",
                name_search="jansen (nieuw)",
            )
        )
    undone = undo_last_batch(db)
    assert undone.fields_kept >= 1
    after = _customers(db)
    assert after["1001"][0] == jansen_id
    assert after["de vries"][1] is True
