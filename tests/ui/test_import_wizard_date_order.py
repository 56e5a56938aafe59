"""The wizard's check lists the day-first reading of two-way slash dates with the file's warnings, and
lets the clerk choose the date order: the preview is read again and the preset keeps the choice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from debtordesk.db.engine import Database
from debtordesk.services.imports import get_preset
from debtordesk.ui.context import UiContext
from debtordesk.ui.import_wizard import ImportWizard
from debtordesk.ui.import_wizard.models import IssueTableModel, RawRole, RowFilter
from debtordesk.ui.tasks import TaskRunner

AMBIGUOUS = (
    "Factuurnummer;Klantnummer;Factuurdatum;Vervaldatum;Bedrag\n"
    "F1;K1;03/04/2026;05/06/2026;10,00\n"
    "F2;K2;01/02/2026;02/03/2026;20,00\n"
)


@pytest.fixture
def ctx(qapp, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    tasks = TaskRunner()
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    yield UiContext(db=db, tasks=tasks, prefs=prefs, language="en")
    assert tasks.wait_for_all()
    qapp.processEvents()


def test_the_preview_lists_the_assumed_date_order(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    path = tmp_path / "open.csv"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    wizard = ImportWizard(
        ctx,
        None,
        choose_file=lambda parent, folder: None,
        show_error=lambda parent, error: pytest.fail(f"error dialog: {error!r}"),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    for page in (wizard.header_page, wizard.mapping_page, wizard.preview_page):
        qtbot.waitUntil(wizard.currentPage().isComplete)
        wizard.next()
        assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: wizard.state.plan is not None)
    issues = wizard.preview_page.issues_model
    codes = [
        issues.data(issues.index(r, IssueTableModel.REASON), RawRole)
        for r in range(issues.rowCount())
    ]
    row = codes.index("import.date_order_assumed")
    assert issues.data(issues.index(row, IssueTableModel.ROW)) == ""
    assert issues.data(issues.index(row, IssueTableModel.COLUMN)) == "Factuurdatum"
    assert issues.data(issues.index(row, IssueTableModel.VALUE)) == "03/04/2026"
    reason = issues.data(issues.index(row, IssueTableModel.REASON))
    assert "read day first (day-month-year): in '03/04/2026', 3 is the day" in reason
    # a warning: the file can still be imported
    assert wizard.preview_page.isComplete()


PRESET = "US webshop"


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


def _to_preview(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    for page in (wizard.header_page, wizard.mapping_page, wizard.preview_page):
        qtbot.waitUntil(wizard.currentPage().isComplete)
        wizard.next()
        assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: wizard.state.plan is not None)


def _dates(wizard: ImportWizard) -> list[str]:
    """The Factuurdatum cells of the preview's rows (all of them), as shown."""
    model = wizard.preview_page.rows_model
    assert model is not None
    model.set_filter(RowFilter.ALL)
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Factuurdatum"
    )
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _codes(wizard: ImportWizard) -> list[str]:
    issues = wizard.preview_page.issues_model
    return [
        issues.data(issues.index(r, IssueTableModel.REASON), RawRole)
        for r in range(issues.rowCount())
    ]


def _choose(qtbot, wizard: ImportWizard, order: str) -> None:
    combo = wizard.preview_page.date_order_combo
    combo.setCurrentIndex(combo.findData(order))
    qtbot.waitUntil(lambda: wizard.state.plan is not None)


def test_choosing_the_date_order_reads_the_preview_again_and_the_preset_keeps_it(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:
    path = tmp_path / "open.csv"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    wizard = _wizard(qtbot, ctx)
    _to_preview(qtbot, wizard, path)
    page = wizard.preview_page
    assert page.date_order_combo.currentData() == "auto"
    assert _dates(wizard) == ["03/04/2026 → 3 April 2026", "01/02/2026 → 1 February 2026"]
    # the warning names the choice as the page shows it
    issues = page.issues_model
    reason = issues.data(
        issues.index(_codes(wizard).index("import.date_order_assumed"), IssueTableModel.REASON)
    )
    assert f"under '{page.date_order_label.text().rstrip(':')}'" in reason
    assert f"on the page '{page.title()}'" in reason

    _choose(qtbot, wizard, "mdy")
    assert wizard.state.date_order == "mdy"
    assert _dates(wizard) == ["03/04/2026 → 4 March 2026", "01/02/2026 → 2 January 2026"]
    assert "import.date_order_assumed" not in _codes(wizard)
    assert page.date_order_note.isVisible()
    assert "save the columns as a preset" in page.date_order_note.text()
    assert page.isComplete()

    # saved with the preset, like the mapping
    wizard.back()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.mapping_page.save_button.click()
    qtbot.waitUntil(lambda: wizard.state.preset == PRESET)
    assert get_preset(ctx.db, PRESET).options["date_order"] == "mdy"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.plan is not None)
    assert page.date_order_combo.currentData() == "mdy"
    assert _dates(wizard)[0] == "03/04/2026 → 4 March 2026"
    assert page.date_order_note.isHidden()
    wizard.reject()

    # the next file of the source: the preset is found and reads month first without a word
    again = _wizard(qtbot, ctx)
    _to_preview(qtbot, again, path)
    assert again.state.preset == PRESET
    assert again.preview_page.date_order_combo.currentData() == "mdy"
    assert _dates(again) == ["03/04/2026 → 4 March 2026", "01/02/2026 → 2 January 2026"]
    assert again.preview_page.date_order_note.isHidden()
    # another order than the preset's: the clerk is told how to keep it
    _choose(qtbot, again, "dmy")
    assert _dates(again)[0] == "03/04/2026 → 3 April 2026"
    note = again.preview_page.date_order_note
    assert note.isVisible() and f"Preset “{PRESET}” reads dates another way" in note.text()


def test_a_date_against_the_chosen_order_is_a_row_error_in_the_preview(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:
    path = tmp_path / "open.csv"
    path.write_text(AMBIGUOUS + "F3;K3;31/12/2026;31/12/2026;30,00\n", encoding="utf-8")
    wizard = _wizard(qtbot, ctx)
    _to_preview(qtbot, wizard, path)
    assert wizard.state.plan is not None and wizard.state.plan.rejected == 0
    _choose(qtbot, wizard, "mdy")
    assert wizard.state.plan is not None and wizard.state.plan.rejected == 1
    issues = wizard.preview_page.issues_model
    row = _codes(wizard).index("import.date_order_mismatch.mdy")
    assert issues.data(issues.index(row, IssueTableModel.ROW)) == "4"
    assert issues.data(issues.index(row, IssueTableModel.VALUE)) == "31/12/2026"
    reason = issues.data(issues.index(row, IssueTableModel.REASON))
    assert "the date order chosen for this import, month-day-year (12/31/2026)" in reason
    # a row in error shows its cell as written
    assert _dates(wizard)[2] == "31/12/2026"
