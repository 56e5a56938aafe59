"""Windows open within the screen: on a 1366 by 768 laptop the policies dialog (1180 by 760) and a
PDF window (760 by 900) put their Close buttons below the screen's edge. The offscreen screen of the
tests is 800 by 800 pixels."""

from __future__ import annotations

import io

from pypdf import PdfWriter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.policies import PoliciesDialog
from debtordesk.ui.widgets.pdf_dialog import show_pdf_dialog
from debtordesk.ui.widgets.screen_size import initial_size


def _room() -> tuple[int, int]:
    screen = QApplication.primaryScreen()
    assert screen is not None
    room = screen.availableGeometry()
    return room.width(), room.height()


def test_a_window_asks_for_its_size_where_the_screen_has_room(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    initial_size(window, 300, 200)
    assert (window.width(), window.height()) == (300, 200)
    width, height = _room()
    initial_size(window, width * 2, height * 2)
    assert 0.9 * width <= window.width() <= width
    assert 0.85 * height <= window.height() <= height


def test_the_policies_dialog_and_a_pdf_window_fit_the_screen(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    width, height = _room()
    assert height < 900  # the test means something only on a screen smaller than the windows
    dialog = PoliciesDialog(shell_ctx, confirm=lambda *_args: True)
    qtbot.addWidget(dialog)
    assert dialog.width() <= width and dialog.height() <= height
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    pdf = io.BytesIO()
    writer.write(pdf)
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = show_pdf_dialog(parent, "Brief", pdf.getvalue())
    assert shown.height() <= height and shown.width() <= width
    shown.close()
