"""The wizard refuses a bank statement as the import command does, before asking for any column."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWizard

from debtordesk.db.engine import Database
from debtordesk.ui.context import UiContext
from debtordesk.ui.import_wizard import ImportWizard
from debtordesk.ui.tasks import TaskRunner

ING = (
    '"Datum","Naam / Omschrijving","Rekening","Tegenrekening","Code","Af Bij","Bedrag (EUR)",'
    '"Mutatiesoort","Mededelingen"\n'
    '"20260101","Jansen","NL91ABNA0417164300","NL20INGB0001234567","OV","Bij","12,50",'
    '"Overschrijving","F1"\n'
    '"20260102","Bakker","NL91ABNA0417164300","NL20INGB0001234568","OV","Bij","40,00",'
    '"Overschrijving","F2"\n'
)


@pytest.fixture
def ctx(qapp, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    tasks = TaskRunner()
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    yield UiContext(db=db, tasks=tasks, prefs=prefs, language="en")
    assert tasks.wait_for_all()
    qapp.processEvents()


def _to_the_columns(qtbot, ctx: UiContext, path: Path) -> ImportWizard:
    wizard = ImportWizard(
        ctx,
        None,
        choose_file=lambda parent, folder: None,
        show_error=lambda parent, error: pytest.fail(f"error dialog: {error!r}"),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20000)
    for page in (wizard.header_page, wizard.mapping_page):
        qtbot.waitUntil(wizard.currentPage().isComplete, timeout=20000)
        wizard.next()
        assert wizard.currentPage() is page
    return wizard


def _assert_refused(wizard: ImportWizard, name: str) -> None:
    page = wizard.mapping_page
    assert page.refusal_label.isVisible()
    text = page.refusal_label.text()
    assert f"'{name}' looks like a bank statement" in text
    assert "DebtorDesk does not read bank statements" in text
    # nothing to map: the columns are not asked for, and Next stays off
    assert not page.form_host.isVisible()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is page


def test_a_bank_csv_is_refused_on_the_columns_page(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    path = tmp_path / "ing.csv"
    path.write_text(ING, encoding="utf-8")
    wizard = _to_the_columns(qtbot, ctx, path)
    _assert_refused(wizard, "ing.csv")

    # another header row gives other columns: asked again, and no longer a bank statement's
    wizard.back()
    wizard.header_page.no_header.setChecked(True)
    wizard.next()
    page = wizard.mapping_page
    assert not page.refusal_label.isVisible()
    assert page.form_host.isVisible()


@pytest.mark.realworld
def test_the_ing_export_is_refused_on_the_columns_page(
    qtbot, ctx: UiContext, real_data: Path
) -> None:
    wizard = _to_the_columns(qtbot, ctx, real_data / "ofxstatement-dutch" / "ing_ok.csv")
    _assert_refused(wizard, "ing_ok.csv")
