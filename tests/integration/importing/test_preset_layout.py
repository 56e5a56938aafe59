"""How a saved preset reads a new file (services/preset_layout.py): its sheet, its header row when the
headers there fit it, its mode; real files and presets stored on both engines."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from debtordesk.db.engine import Database
from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.importing import inspect_file, read_sheet
from debtordesk.importing.model import Field
from debtordesk.services.imports import save_preset
from debtordesk.services.preset_layout import PresetLayout, preset_layout

HEADER = ["Factuur", "Relatie", "Naam relatie", "Vervaldatum", "Totaal bedrag xyz"]
#: words the header detection knows better than the real header's
LEGEND = ["Factuurnummer", "Klantnummer", "Klantnaam", "Vervaldatum", "Bedrag", "Openstaand"]
MAPPING = {
    Field.INVOICE_NUMBER: "Factuur",
    Field.CUSTOMER_NUMBER: "Relatie",
    Field.DUE_DATE: "Vervaldatum",
    Field.AMOUNT: "Totaal bedrag xyz",
}
DATA = ["F1;K1;Klant 1;15-03-2026;10,00", "F2;K2;Klant 2;16-03-2026;20,00"]


def _save(db: Database, name: str = "Boekhouding", **options: object) -> None:
    save_preset(
        db, name=name, kind=ImportKind.OPEN_ITEMS, headers=HEADER, mapping=MAPPING, options=options
    )


def _csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _layout(
    db: Database, path: Path, kind: ImportKind = ImportKind.OPEN_ITEMS
) -> PresetLayout | None:
    info = inspect_file(path)
    first = read_sheet(info, info.sheets[0] if info.sheets else None)
    return preset_layout(db, info, first, kind)


def test_no_preset_no_layout(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path / "a.csv", ";".join(HEADER), *DATA)
    assert _layout(db, path) is None
    _save(db, sheet=None, header_row=1, mode="delta")
    assert _layout(db, path, ImportKind.CUSTOMERS) is None  # presets are kept per kind
    _csv(path, "Iets;Anders;Geheel", "1;2;3")
    assert _layout(db, path) is None  # a file the preset does not fit


def test_the_saved_header_row_wins_over_a_row_that_looks_more_like_one(
    db: Database, tmp_path: Path
) -> None:
    _save(db, sheet=None, header_row=3, mode="delta")
    path = _csv(tmp_path / "a.csv", ";".join(LEGEND), "", ";".join(HEADER), *DATA)
    layout = _layout(db, path)
    assert layout is not None and layout.preset.name == "Boekhouding"
    assert (layout.header_index, layout.header_row, layout.header_saved) == (2, 3, True)
    assert layout.mode is SnapshotMode.DELTA


def test_a_saved_header_row_that_no_longer_fits_gives_way_to_the_detected_one(
    db: Database, tmp_path: Path
) -> None:
    # the preset was saved with two title rows; this month's export has one
    _save(db, sheet=None, header_row=3, mode="full")
    path = _csv(tmp_path / "a.csv", "Openstaande posten;;;;", ";".join(HEADER), *DATA)
    layout = _layout(db, path)
    assert layout is not None
    assert (layout.header_row, layout.header_saved, layout.mode) == (2, False, SnapshotMode.FULL)


def test_a_workbook_is_read_on_the_sheet_the_preset_names(db: Database, tmp_path: Path) -> None:
    _save(db, sheet="Openstaand", header_row=4, mode="full")
    book = openpyxl.Workbook()
    book.active.title = "Toelichting"
    book.active.append(["Uit de boekhouding"])
    sheet = book.create_sheet("Openstaand")
    for row in (
        ["Openstaande posten"],
        LEGEND,
        [],
        HEADER,
        ["F1", "K1", "Klant", "2026-03-15", 1.0],
    ):
        sheet.append(row)
    path = tmp_path / "a.xlsx"
    book.save(path)
    layout = _layout(db, path)
    assert layout is not None
    assert (layout.sheet.name, layout.header_row, layout.header_saved) == ("Openstaand", 4, True)
    # another workbook without that sheet: nothing to go by
    other = openpyxl.Workbook()
    other.active.title = "Blad1"
    other.active.append(["Uit de boekhouding"])
    other.save(path)
    assert _layout(db, path) is None


def test_a_file_without_header_row_and_a_preset_without_mode(db: Database, tmp_path: Path) -> None:
    save_preset(
        db,
        name="Zonder kop",
        kind=ImportKind.OPEN_ITEMS,
        headers=["A", "B", "C", "D", "E"],
        mapping={Field.INVOICE_NUMBER: "A", Field.CUSTOMER_NUMBER: "B", Field.AMOUNT: "E"},
        options={"sheet": None, "header_row": None},
    )
    path = _csv(tmp_path / "a.csv", *DATA)
    layout = _layout(db, path)
    assert layout is not None and layout.preset.name == "Zonder kop"
    assert (layout.header_index, layout.header_row, layout.mode) == (None, None, None)
