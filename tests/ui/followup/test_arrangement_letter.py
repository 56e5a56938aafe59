"""The arrangement dialog's "Send a confirmation letter" (on by default; Alt+C, or Space when it has
the focus): saved with it, the confirmation letter waits in the Letters page's next batch; without it,
none (both engines)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from debtordesk.services.letters_pending import pending_letters
from debtordesk.ui.context import UiContext
from tests.ui.followup.conftest import WAIT
from tests.ui.followup.test_arrangement import DAY0, _customer, _dialog


def test_saved_with_its_confirmation_letter_by_default(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    customer, invoices = _customer(ctx, tmp_path)
    dialog = _dialog(qtbot, ctx, customer, invoices)
    assert dialog.confirmation_letter.isChecked()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save_button.click()
    assert saved.args[0].confirmation_id is not None
    assert pending_letters(ctx.db, 1, DAY0).ready == 1


def test_unticked_from_the_keyboard_no_letter_is_made(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    customer, invoices = _customer(ctx, tmp_path)
    dialog = _dialog(qtbot, ctx, customer, invoices)
    dialog.confirmation_letter.setFocus()
    qtbot.keyClick(dialog.confirmation_letter, Qt.Key.Key_Space)
    assert not dialog.confirmation_letter.isChecked()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save_button.click()
    assert saved.args[0].confirmation_id is None
    assert pending_letters(ctx.db, 1, DAY0).ready == 0
