"""The wizard's preview lists what the comparison with the stored data found as well as the file's own
problems: here, a customer known by name that takes the number of the new file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from debtordesk.db.engine import Database
from debtordesk.domain.enums import ImportKind
from debtordesk.services.import_file import FileRequest, load_file
from debtordesk.services.imports import CommitOptions, commit_import
from debtordesk.ui.context import UiContext
from debtordesk.ui.import_wizard import ImportWizard
from debtordesk.ui.import_wizard.models import IssueTableModel, RawRole
from debtordesk.ui.tasks import TaskRunner


@pytest.fixture
def ctx(qapp, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    tasks = TaskRunner()
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    context = UiContext(db=db, tasks=tasks, prefs=prefs, language="en")
    yield context
    assert tasks.wait_for_all()
    qapp.processEvents()


def test_the_preview_says_which_customer_takes_a_number(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:
    names = tmp_path / "namen.csv"
    names.write_text(
        "Factuurnummer;Klantnaam;Vervaldatum;Bedrag\nF1;Jansen;15-12-2026;100,00\n",
        encoding="utf-8",
    )
    loaded = load_file(ctx.db, FileRequest(path=names, kind=ImportKind.OPEN_ITEMS))
    commit_import(ctx.db, loaded.preview, CommitOptions())
    numbered = tmp_path / "nummers.csv"
    numbered.write_text(
        "Factuurnummer;Klantnummer;Klantnaam;Vervaldatum;Bedrag\n"
        "F1;1001;Jansen;15-12-2026;100,00\n"
        "F2;1001;Jansen;16-12-2026;50,00\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(
        ctx,
        None,
        choose_file=lambda parent, folder: None,
        show_error=lambda parent, error: pytest.fail(f"error dialog: {error!r}"),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(numbered)
    qtbot.waitUntil(wizard.file_page.isComplete)
    for page in (wizard.header_page, wizard.mapping_page):
        wizard.next()
        assert wizard.currentPage() is page
    qtbot.waitUntil(wizard.mapping_page.isComplete)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.plan is not None)
    plan = wizard.state.plan
    assert plan is not None and (plan.customers_new, plan.customers_updated, plan.new) == (0, 1, 1)
    issues = wizard.preview_page.issues_model
    codes = [
        issues.data(issues.index(r, IssueTableModel.REASON), RawRole)
        for r in range(issues.rowCount())
    ]
    assert "import.customer_number_taken" in codes
    row = codes.index("import.customer_number_taken")
    text = issues.data(issues.index(row, IssueTableModel.REASON))
    assert "Customer number 1001 ('Jansen')" in text and "takes number 1001" in text
    assert issues.data(issues.index(row, IssueTableModel.ROW)) == "2"
    # the tab counts the plan's problems, the comparison's one among them
    assert plan.warnings == len(codes) >= 2
    assert f"warnings: {plan.warnings}" in wizard.preview_page.tabs.tabText(1)
