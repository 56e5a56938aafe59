"""The wizard's check lists the day-first reading of two-way slash dates with the file's warnings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from debtordesk.db.engine import Database
from debtordesk.ui.context import UiContext
from debtordesk.ui.import_wizard import ImportWizard
from debtordesk.ui.import_wizard.models import IssueTableModel, RawRole
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
