"""A ledger export with debit and credit columns and names in parts, committed (both engines): the
amounts and names stored, a second import of the same file changes nothing, and a preset saved from
the preview finds the file again."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.importing import load_preview
from debtordesk.importing.model import Field
from debtordesk.services.database import Database
from debtordesk.services.imports import (
    CommitOptions,
    ImportSummary,
    commit_import,
    parse_options_for,
)
from debtordesk.services.presets import find_preset, save_preset

from .factory import customers_by_number, invoices_by_number

LEDGER = (
    "Factuurnummer;Debiteurnummer;Voornaam;Tussenvoegsel;Achternaam;Vervaldatum;Debet;Credit\n"
    "F-1;1001;Jan;de;Vries;15-10-2026;100,00;\n"
    "C-2;1001;Jan;de;Vries;15-10-2026;;25,00\n"
    "F-3;1002;Fatma;;Yılmaz;16-10-2026;80,00;30,00\n"
)


def _import(db: Database, path: Path) -> ImportSummary:
    options = parse_options_for(db, None, ImportKind.OPEN_ITEMS)
    preview = load_preview(path, kind=ImportKind.OPEN_ITEMS, options=options)
    return commit_import(db, preview, CommitOptions(mode=SnapshotMode.DELTA, force=True))


def test_debit_credit_and_name_parts_are_stored(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "grootboek.csv"
    path.write_text(LEDGER, encoding="utf-8")
    first = _import(db, path)
    assert (first.new, first.rejected, first.customers_new) == (3, 0, 2)
    stored = {n: (i.amount, i.open_amount) for n, i in invoices_by_number(db).items()}
    assert stored == {
        "F-1": (Decimal("100.00"), Decimal("100.00")),
        "C-2": (Decimal("-25.00"), Decimal("-25.00")),
        "F-3": (Decimal("50.00"), Decimal("50.00")),
    }
    customers = customers_by_number(db)
    assert customers["1001"].name == "Jan de Vries"
    assert customers["1002"].name == "Fatma Yılmaz"
    again = _import(db, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)


def test_a_preset_of_the_parts_finds_the_file_again(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "grootboek.csv"
    path.write_text(LEDGER, encoding="utf-8")
    options = parse_options_for(db, None, ImportKind.OPEN_ITEMS)
    preview = load_preview(path, kind=ImportKind.OPEN_ITEMS, options=options)
    save_preset(
        db,
        name="Grootboek",
        kind=ImportKind.OPEN_ITEMS,
        headers=preview.headers,
        mapping=preview.mapping,
        options={"sheet": None, "header_row": 1, "mode": "delta"},
    )
    found = find_preset(db, list(preview.headers), ImportKind.OPEN_ITEMS)
    assert found is not None
    assert found.mapping[Field.DEBIT] == "Debet"
    assert found.mapping[Field.LAST_NAME] == "Achternaam"
    reread = load_preview(
        path,
        kind=ImportKind.OPEN_ITEMS,
        options=options,
        mapping=found.mapping_for(preview.headers),
    )
    assert sorted(i.amount for i in reread.invoices) == [
        Decimal("-25.00"),
        Decimal("50.00"),
        Decimal("100.00"),
    ]
