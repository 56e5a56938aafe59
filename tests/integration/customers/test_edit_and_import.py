"""The clerk's edit against the import, through the real reading and commit services: a value the clerk
typed wins until the source sends a different value than it sent last time."""

from __future__ import annotations

from pathlib import Path

from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.importing import load_preview
from debtordesk.services.database import Database
from debtordesk.services.imports import (
    CommitOptions,
    ImportSummary,
    commit_import,
    parse_options_for,
    undo_last_batch,
)
from tests.integration.importing.factory import customers_by_number

from .factory import edit, row

HEADER = "Factuurnummer;Debiteurnummer;Naam;E-mail;Labels;Vervaldatum;Bedrag\n"


def _import(db: Database, folder: Path, name: str, email: str, tags: str = "vip") -> ImportSummary:
    path = folder / name
    path.write_text(
        HEADER + f"F1;K1;Jan Jansen;{email};{tags};01-12-2026;100,00\n", encoding="utf-8"
    )
    options = parse_options_for(db, None, ImportKind.OPEN_ITEMS)
    preview = load_preview(path, kind=ImportKind.OPEN_ITEMS, options=options)
    return commit_import(db, preview, CommitOptions(mode=SnapshotMode.DELTA, force=True))


def _customer_id(db: Database) -> int:
    return customers_by_number(db)["K1"].id


def test_the_clerks_email_wins_until_the_source_sends_another(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, "monday.csv", "a@example.nl")
    customer_id = _customer_id(db)
    edit(db, customer_id, email="b@example.nl")

    again = _import(db, tmp_path, "tuesday.csv", "a@example.nl")
    assert customers_by_number(db)["K1"].email == "b@example.nl"
    assert again.customers_updated == 0

    changed = _import(db, tmp_path, "wednesday.csv", "c@example.nl")
    stored = customers_by_number(db)["K1"]
    assert stored.email == "c@example.nl"
    assert stored.imported_values["email"] == "c@example.nl"
    assert changed.customers_updated == 1


def test_the_clerks_name_survives_the_same_file_and_can_be_found(
    db: Database, tmp_path: Path
) -> None:
    _import(db, tmp_path, "monday.csv", "a@example.nl")
    edit(db, _customer_id(db), name="Jan Jansen-Özdemir")
    _import(db, tmp_path, "tuesday.csv", "a@example.nl")
    stored = customers_by_number(db)["K1"]
    assert (stored.name, stored.name_search) == ("Jan Jansen-Özdemir", "jan jansen-ozdemir")


def test_a_tag_the_clerk_added_stays_across_imports(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, "monday.csv", "a@example.nl", tags="vip")
    edit(db, _customer_id(db), tags=("vip", "betalingsregeling"))
    _import(db, tmp_path, "tuesday.csv", "a@example.nl", tags="vip")
    assert sorted(t.tag for t in customers_by_number(db)["K1"].tags) == ["betalingsregeling", "vip"]
    # the source stops sending its own tag: that one goes, the clerk's stays
    _import(db, tmp_path, "wednesday.csv", "a@example.nl", tags="")
    assert [t.tag for t in customers_by_number(db)["K1"].tags] == ["betalingsregeling"]


def test_a_tag_the_clerk_removed_stays_removed_while_the_source_sends_the_same(
    db: Database, tmp_path: Path
) -> None:
    _import(db, tmp_path, "monday.csv", "a@example.nl", tags="vip")
    edit(db, _customer_id(db), tags=())
    _import(db, tmp_path, "tuesday.csv", "a@example.nl", tags="vip")
    assert [t.tag for t in customers_by_number(db)["K1"].tags] == []


def test_a_problem_the_clerk_corrected_does_not_return_with_the_same_file(
    db: Database, tmp_path: Path
) -> None:
    _import(db, tmp_path, "monday.csv", "jan@@example")
    customer_id = _customer_id(db)
    assert [p["field"] for p in row(db, customer_id).contact_problems] == ["email"]
    edit(db, customer_id, email="jan@example.nl")
    _import(db, tmp_path, "tuesday.csv", "jan@@example")
    stored = row(db, customer_id)
    assert (stored.email, stored.contact_problems) == ("jan@example.nl", [])


def test_undoing_an_import_keeps_a_later_hand_edit(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, "monday.csv", "a@example.nl")
    _import(db, tmp_path, "tuesday.csv", "c@example.nl")
    customer_id = _customer_id(db)
    edit(db, customer_id, email="d@example.nl")
    undo_last_batch(db)
    assert row(db, customer_id).email == "d@example.nl"
