"""The wizard on a real receivables list: the IBM accounts-receivable sample (read in place)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from debtordesk.db.engine import Database
from debtordesk.importing.model import Field
from debtordesk.services.imports import list_batches
from debtordesk.ui.context import UiContext
from debtordesk.ui.import_wizard import ImportWizard
from debtordesk.ui.tasks import TaskRunner

IBM = Path("ibm-accounts-receivable") / "WA_Fn-UseC_-Accounts-Receivable.csv"


@pytest.fixture
def ctx(qapp, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    tasks = TaskRunner()
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    yield UiContext(db=db, tasks=tasks, prefs=prefs, language="en")
    assert tasks.wait_for_all()
    qapp.processEvents()


@pytest.mark.realworld
def test_the_ibm_sample_through_the_wizard(qtbot, ctx: UiContext, real_data: Path) -> None:
    wizard = ImportWizard(ctx, None, real_data / IBM, show_error=lambda parent, error: None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20000)
    for page in (wizard.header_page, wizard.mapping_page, wizard.preview_page):
        qtbot.waitUntil(wizard.currentPage().isComplete, timeout=20000)
        wizard.next()
        assert wizard.currentPage() is page
    assert wizard.header_page.model.header_index == 0
    assert wizard.state.mapping[Field.INVOICE_NUMBER] == "invoiceNumber"
    qtbot.waitUntil(lambda: wizard.state.plan is not None, timeout=30000)
    plan = wizard.state.plan
    assert (plan.new, plan.rejected) == (2466, 0)
    assert wizard.preview_page.rows_model.rowCount() > 0
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=60000)
    assert wizard.committed
    (batch,) = list_batches(ctx.db)
    assert (batch.new, batch.file_name) == (2466, IBM.name)
