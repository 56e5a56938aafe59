"""Export hand-over dossier…: from the customer list's context menu, a folder asked for, the files
written in the background, the clerk told where; a folder that cannot be used is reported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.handover_export import HandoverExportAction
from debtordesk.ui.pages.customers import CustomersPage
from tests.integration.views.factory import add_customer, add_invoice

WAIT = 10_000


def _customer(ctx: UiContext) -> int:
    with ctx.db.write() as session:
        customer_id = add_customer(session, "K1", "Jan Jansen", city="Ede")
        add_invoice(session, customer_id, "F1", date(2026, 9, 1), "120.00")
    return customer_id


def test_the_customer_list_offers_the_export_for_the_selected_customer(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    customer_id = _customer(shell_ctx)
    page = CustomersPage(shell_ctx)
    qtbot.addWidget(page)
    assert page.handover_export.action in page.table.actions()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert page._selected_ids() == []
    with qtbot.waitSignal(page.detail.loaded, timeout=WAIT):
        page.select_customer(customer_id)
    assert page._selected_ids() == [customer_id]


def test_the_dossier_is_written_off_the_gui_thread_and_the_clerk_is_told(
    qtbot: QtBot, shell_ctx: UiContext, tmp_path: Path
) -> None:
    customer_id = _customer(shell_ctx)
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[QWidget] = []

    def choose(widget: QWidget) -> Path:
        asked.append(widget)
        return tmp_path / "agency"

    action = HandoverExportAction(shell_ctx, parent, lambda: [customer_id], choose=choose)
    with qtbot.waitSignal(action.exported, timeout=WAIT) as done:
        action.action.trigger()
        assert action.busy and not action.action.isEnabled()  # running in the background
    assert asked == [parent]
    [file] = done.args[0].files
    assert file.path == tmp_path / "agency" / "handover-K1.xlsx"
    claims = load_workbook(file.path)["Claims"]
    assert (claims["A2"].value, claims["E2"].value) == ("F1", 120)
    assert claims["F2"].value == 80  # days overdue on the context's today (2026-11-20)
    assert action.action.isEnabled()
    message = action.last_message
    assert isinstance(message, QMessageBox)
    assert str(tmp_path / "agency") in message.text()
    message.close()


def test_cancelling_the_folder_question_writes_nothing(
    qtbot: QtBot, shell_ctx: UiContext, tmp_path: Path
) -> None:
    customer_id = _customer(shell_ctx)
    parent = QWidget()
    qtbot.addWidget(parent)
    action = HandoverExportAction(shell_ctx, parent, lambda: [customer_id], choose=lambda _w: None)
    action.action.trigger()
    assert not action.busy
    shell_ctx.tasks.wait_for_all()
    assert not list(tmp_path.glob("**/*.xlsx"))
    assert not (tmp_path / "agency").exists()


def test_a_folder_that_cannot_be_used_is_reported(
    qtbot: QtBot, shell_ctx: UiContext, tmp_path: Path
) -> None:
    customer_id = _customer(shell_ctx)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    parent = QWidget()
    qtbot.addWidget(parent)
    action = HandoverExportAction(
        shell_ctx, parent, lambda: [customer_id], choose=lambda _w: blocker / "sub"
    )
    with qtbot.waitSignal(action.failed, timeout=WAIT) as failed:
        action.action.trigger()
    assert getattr(failed.args[0], "code", None) == "handover.folder_unusable"
    assert action.action.isEnabled() and not action.busy
    message = action.last_message
    assert isinstance(message, QMessageBox)
    assert "cannot be written to the folder" in message.text()
    assert str(blocker / "sub") in message.text()
    message.close()
