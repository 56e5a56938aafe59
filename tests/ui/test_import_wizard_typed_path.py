"""A path typed into the wizard's file field: Next as soon as it names a file, without Enter or Tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard

from debtordesk.db.engine import Database
from debtordesk.ui.context import UiContext
from debtordesk.ui.import_wizard import ImportWizard
from debtordesk.ui.tasks import TaskRunner

CSV_TEXT = "Factuurnummer;Klantnummer;Vervaldatum;Bedrag\nF-1;K1;15-03-2026;100,00\n"


@pytest.fixture
def ctx(qapp, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    tasks = TaskRunner()
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    yield UiContext(db=db, tasks=tasks, prefs=prefs, language="en")
    assert tasks.wait_for_all()
    qapp.processEvents()


def _wizard(qtbot, ctx: UiContext) -> ImportWizard:
    wizard = ImportWizard(
        ctx,
        None,
        choose_file=lambda parent, folder: None,
        show_error=lambda parent, error: pytest.fail(f"error dialog: {error!r}"),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_typing_a_path_enables_next_and_next_reads_it(qtbot, ctx, tmp_path: Path) -> None:
    path = tmp_path / "openstaand.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    wizard = _wizard(qtbot, ctx)
    field = wizard.file_page.path_edit
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    field.setFocus()
    qtbot.keyClicks(field, str(path)[:-1])
    assert not next_button.isEnabled(), "openstaand.cs is no file"
    qtbot.keyClicks(field, str(path)[-1])
    assert next_button.isEnabled(), "no Enter or Tab needed"
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.header_page)
    assert wizard.state.path == path and wizard.state.info is not None


def test_next_called_on_a_typed_path_waits_for_the_file(qtbot, ctx, tmp_path: Path) -> None:
    path = tmp_path / "openstaand.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    wizard = _wizard(qtbot, ctx)
    wizard.file_page.path_edit.setText(str(path))
    assert wizard.file_page.isComplete()
    wizard.next()  # reads the file first, then goes on
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.header_page)


def test_a_typed_path_that_is_no_file_keeps_next_off(qtbot, ctx, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, ctx)
    wizard.file_page.path_edit.setText(str(tmp_path))  # a folder
    assert not wizard.file_page.isComplete()
    wizard.file_page.path_edit.setText(str(tmp_path / "missing.csv"))
    assert not wizard.file_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
