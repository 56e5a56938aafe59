"""The import wizard reads a new file as its saved preset says: the preset's sheet, header row and mode
are chosen without the clerk touching them, said in one line, and can still be changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings

from debtordesk.db.engine import Database
from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.importing.model import Field
from debtordesk.services.imports import get_preset, list_batches, save_preset
from debtordesk.ui.context import UiContext
from debtordesk.ui.import_wizard import ImportWizard
from debtordesk.ui.tasks import TaskRunner

PRESET = "Boekhouding openstaand"
#: the real header row: names the automatic mapping does not all know ("Totaal bedrag xyz")
HEADER = ["Factuur", "Relatie", "Naam relatie", "Vervaldatum", "Totaal bedrag xyz"]
#: a row explaining the columns in words the header detection knows better than the real ones
LEGEND = ["Factuurnummer", "Klantnummer", "Klantnaam", "Vervaldatum", "Bedrag", "Openstaand"]


@pytest.fixture
def ctx(qapp, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    tasks = TaskRunner()
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    context = UiContext(db=db, tasks=tasks, prefs=prefs, language="en")
    yield context
    assert tasks.wait_for_all()
    qapp.processEvents()


def _wizard(qtbot, ctx: UiContext) -> ImportWizard:
    wizard = ImportWizard(
        ctx,
        None,
        choose_file=lambda parent, folder: None,
        ask_preset_name=lambda parent, suggestion: PRESET,
        show_error=lambda parent, error: pytest.fail(f"error dialog: {error!r}"),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _workbook(path: Path, start: int, count: int) -> Path:
    """Notes on the first sheet; the list on the second, its header on row 4 below a title and a
    legend row that looks more like a header than the header itself."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Toelichting"
    notes.append(["Deze map komt uit de boekhouding"])
    notes.append(["Gemaakt door", "Administratie"])
    sheet = book.create_sheet("Openstaand")
    sheet.append(["Openstaande posten per 31-03-2026"])
    sheet.append(LEGEND)
    sheet.append([])
    sheet.append(HEADER)
    for i in range(start, start + count):
        sheet.append([f"F{i}", f"K{i % 7}", f"Klant {i % 7}", "2026-03-15", float(i)])
    book.save(path)
    return path


def _next(wizard: ImportWizard, page: object) -> None:
    wizard.next()
    assert wizard.currentPage() is page


def _load(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)


def test_the_presets_sheet_header_row_and_mode_are_used_for_the_next_workbook(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:
    # the first workbook: the clerk picks the sheet and the header row, maps the amount, saves
    wizard = _wizard(qtbot, ctx)
    _load(qtbot, wizard, _workbook(tmp_path / "maart.xlsx", 1, 5))
    assert wizard.state.layout is None and wizard.file_page.preset_label.isHidden()
    _next(wizard, wizard.header_page)
    header_page = wizard.header_page
    header_page.sheet_combo.setCurrentIndex(1)
    header_page.sheet_combo.activated.emit(1)
    qtbot.waitUntil(lambda: wizard.state.sheet.name == "Openstaand" and header_page.isComplete())
    assert header_page.model.header_index == 1, "the legend row fools the detection"
    header_page.row_spin.setValue(4)
    assert header_page.model.header_index == 3
    _next(wizard, wizard.mapping_page)
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete)
    combo = page.combos[Field.AMOUNT]
    combo.setCurrentIndex(combo.findData("Totaal bedrag xyz"))
    page.save_button.click()
    qtbot.waitUntil(lambda: wizard.state.preset == PRESET)
    preset = get_preset(ctx.db, PRESET)
    assert (preset.options["sheet"], preset.options["header_row"]) == ("Openstaand", 4)
    assert preset.options["mode"] == SnapshotMode.FULL.value
    wizard.reject()

    # the next workbook: nothing touched, the preset's sheet, header row, mode and mapping
    again = _wizard(qtbot, ctx)
    _load(qtbot, again, _workbook(tmp_path / "april.xlsx", 10, 4))
    state = again.state
    assert state.sheet is not None and state.sheet.name == "Openstaand"
    assert state.mode is SnapshotMode.FULL and again.file_page.full_button.isChecked()
    line = f"Preset “{PRESET}”: sheet ‘Openstaand’, header on row 4, full list"
    assert again.file_page.preset_label.text() == line
    assert again.file_page.preset_label.isVisible()
    _next(again, again.header_page)
    assert again.header_page.sheet_combo.currentText() == "Openstaand"
    assert again.header_page.model.header_index == 3
    assert again.header_page.row_spin.value() == 4
    assert again.header_page.guess_label.text() == line
    _next(again, again.mapping_page)
    qtbot.waitUntil(again.mapping_page.isComplete)
    assert state.preset == PRESET
    assert state.mapping == preset.mapping_for(state.headers)
    assert state.mapping[Field.AMOUNT] == "Totaal bedrag xyz"
    _next(again, again.preview_page)
    qtbot.waitUntil(lambda: state.plan is not None)
    assert state.plan is not None and (state.plan.new, state.plan.rejected) == (4, 0)
    _next(again, again.run_page)
    qtbot.waitUntil(again.run_page.isComplete, timeout=20000)
    (batch,) = list_batches(ctx.db)
    assert (batch.sheet, batch.source, batch.mode, batch.new) == (
        "Openstaand",
        PRESET,
        SnapshotMode.FULL,
        4,
    )


def _save_csv_preset(ctx: UiContext, mode: SnapshotMode) -> None:
    save_preset(
        ctx.db,
        name=PRESET,
        kind=ImportKind.OPEN_ITEMS,
        headers=HEADER,
        mapping={
            Field.INVOICE_NUMBER: "Factuur",
            Field.CUSTOMER_NUMBER: "Relatie",
            Field.CUSTOMER_NAME: "Naam relatie",
            Field.DUE_DATE: "Vervaldatum",
            Field.AMOUNT: "Totaal bedrag xyz",
        },
        options={"sheet": None, "header_row": 1, "mode": mode.value},
    )


def _csv(path: Path) -> Path:
    lines = [";".join(HEADER), "F1;K1;Klant 1;15-03-2026;10,00", "F2;K2;Klant 2;16-03-2026;20,00"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_presets_mode_is_chosen_and_the_clerk_can_change_it(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:
    _save_csv_preset(ctx, SnapshotMode.DELTA)
    wizard = _wizard(qtbot, ctx)
    page = wizard.file_page
    _load(qtbot, wizard, _csv(tmp_path / "mutaties.csv"))
    assert wizard.state.mode is SnapshotMode.DELTA and page.delta_button.isChecked()
    assert page.preset_label.text() == f"Preset “{PRESET}”: header on row 1, changes only"
    assert "nothing is closed" in page.mode_note.text()
    page.full_button.setChecked(True)
    assert wizard.state.mode is SnapshotMode.FULL
    # presets are kept per kind: a customers file has none here
    page.kind_buttons.button(1).setChecked(True)
    qtbot.waitUntil(page.isComplete)
    assert wizard.state.layout is None and page.preset_label.isHidden()
    page.kind_buttons.button(0).setChecked(True)
    qtbot.waitUntil(lambda: page.isComplete() and wizard.state.layout is not None)
    assert wizard.state.mode is SnapshotMode.FULL, "the clerk's choice stays"


def test_another_sheet_chosen_by_the_clerk_is_read_as_found(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:
    _save_csv_preset(ctx, SnapshotMode.FULL)
    preset = get_preset(ctx.db, PRESET)
    save_preset(
        ctx.db,
        name=PRESET,
        kind=ImportKind.OPEN_ITEMS,
        headers=HEADER,
        mapping=preset.mapping,
        options={"sheet": "Openstaand", "header_row": 4, "mode": "full"},
    )
    wizard = _wizard(qtbot, ctx)
    _load(qtbot, wizard, _workbook(tmp_path / "april.xlsx", 1, 3))
    _next(wizard, wizard.header_page)
    header_page = wizard.header_page
    assert header_page.model.header_index == 3
    header_page.sheet_combo.setCurrentIndex(0)
    header_page.sheet_combo.activated.emit(0)
    qtbot.waitUntil(lambda: wizard.state.sheet.name == "Toelichting" and header_page.isComplete())
    assert "Preset" not in header_page.guess_label.text()
    header_page.sheet_combo.setCurrentIndex(1)
    header_page.sheet_combo.activated.emit(1)
    qtbot.waitUntil(lambda: wizard.state.sheet.name == "Openstaand" and header_page.isComplete())
    assert header_page.model.header_index == 3, "back on the preset's sheet: its header row"
