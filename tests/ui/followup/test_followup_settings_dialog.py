"""Settings > Follow-up… (SQLite and PostgreSQL): the administration's follow-up options load into the
form, a wrong amount is refused in the dialog (which stays open with what was typed), a good save is
stored for the administration and read by the services; the main window's Settings menu opens it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from debtordesk.services.followup.settings import followup_settings_for
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.followup_settings import FollowupSettingsDialog
from debtordesk.ui.main_window import MainWindow
from tests.ui.followup.conftest import WAIT, Line, import_open_items


def _loaded(qtbot: QtBot, dialog: FollowupSettingsDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.before is not None and dialog.save_button.isEnabled(), timeout=WAIT
    )


def test_edit_and_save_the_follow_up_settings(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    import_open_items(
        ctx.db,
        tmp_path,
        [Line("F1", "K1", "Jan Jansen", date(2026, 11, 1), "300.00", "300.00")],
        export_date=date(2026, 12, 14),
    )
    ctx.administration.load(ctx.db)
    administration_id = ctx.administration.id
    assert administration_id is not None
    dialog = FollowupSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _loaded(qtbot, dialog)
    assert dialog.promise_grace.value() == 5
    assert dialog.term_grace.value() == 7
    assert dialog.max_terms.value() == 24
    assert dialog.recall.value() == 30
    assert dialog.min_term.text() == "10.00"
    # the spin boxes keep the days in the allowed ranges
    assert (dialog.term_grace.minimum(), dialog.term_grace.maximum()) == (0, 60)
    assert (dialog.max_terms.minimum(), dialog.max_terms.maximum()) == (1, 120)

    dialog.term_grace.setValue(3)
    dialog.max_terms.setValue(36)
    dialog.min_term.setFocus()
    dialog.min_term.selectAll()
    QTest.keyClicks(dialog.min_term, "0,00")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=WAIT)
    assert "at least 0.01" in dialog.message.text()
    assert dialog.isVisible() and dialog.min_term.text() == "0,00"
    assert followup_settings_for(ctx.db, administration_id).term_grace_days == 7  # nothing saved

    dialog.min_term.selectAll()
    QTest.keyClicks(dialog.min_term, "15,50")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        QTest.keyClick(dialog.min_term, Qt.Key.Key_Return)
    settings = followup_settings_for(ctx.db, administration_id)
    assert settings.term_grace_days == 3
    assert settings.limits.max_terms == 36
    assert settings.limits.min_term_amount == Decimal("15.50")
    assert settings.promise_grace_days == 5  # untouched

    again = FollowupSettingsDialog(ctx)
    qtbot.addWidget(again)
    _loaded(qtbot, again)
    assert (again.term_grace.value(), again.max_terms.value()) == (3, 36)
    assert again.min_term.text() == "15.50"


def test_the_settings_menu_opens_it(qtbot: QtBot, ctx: UiContext) -> None:
    window = MainWindow(ctx, import_hook=lambda _parent, _ctx, _path: False)
    qtbot.addWidget(window)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    settings = menus["&Settings"]
    assert settings is not None
    assert window.followup_settings_action in settings.actions()
    window.followup_settings_action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(FollowupSettingsDialog)), timeout=WAIT)
    dialog = window.findChildren(FollowupSettingsDialog)[0]
    _loaded(qtbot, dialog)
    dialog.reject()
