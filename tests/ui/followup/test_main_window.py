"""The follow-up pages in the main window (SQLite and PostgreSQL): the call list and the disputes in
the navigation after the other pages, the Follow-up menu shows them and acts on the call list's
customer; a call logged there refreshes the other lists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from debtordesk.ui.context import UiContext
from debtordesk.ui.main_window import MainWindow
from debtordesk.ui.pages.calls import CallsPage
from debtordesk.ui.pages.disputes import DisputesPage
from tests.ui.followup.conftest import WAIT, Line, customer_id, import_open_items

DUE = date(2026, 11, 1)


def test_call_list_and_disputes_pages_and_the_follow_up_menu(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    import_open_items(
        ctx.db,
        tmp_path,
        [Line("F1", "K1", "Jan Jansen", DUE, "300.00", "300.00", "020-1234567")],
        export_date=date(2026, 12, 14),
    )
    window = MainWindow(ctx, import_hook=lambda _parent, _ctx, _path: False)
    qtbot.addWidget(window)
    window.show()
    calls = window.pages["calls"]
    disputes = window.pages["disputes"]
    assert isinstance(calls, CallsPage) and isinstance(disputes, DisputesPage)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[-2:] == ["Call list", "Disputes"]
    qtbot.waitUntil(lambda: calls.calls is not None and calls.busy.isHidden(), timeout=WAIT)
    assert [calls.model.row_at(r).number for r in range(calls.model.rowCount())] == ["K1"]

    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    followup = menus["F&ollow-up"]
    assert followup is not None
    texts = [action.text() for action in followup.actions() if not action.isSeparator()]
    assert texts == [
        "&Call list",
        "&Disputes",
        "C&all the customer",
        "&Log call…\tCtrl+L",
        "Payment &arrangement…",
    ]
    window.followup_actions[1].trigger()
    assert window.current_page() is disputes
    # nobody chosen on the call list: logging a call opens the call list and nothing else
    window.log_call_action.trigger()
    assert window.current_page() is calls
    assert calls.log_dialog is None
    calls.select_customer(customer_id(ctx.db, "K1"))
    window.log_call_action.trigger()
    qtbot.waitUntil(lambda: calls.log_dialog is not None, timeout=WAIT)
    assert calls.log_dialog is not None
    dialog = calls.log_dialog
    dialog.outcome.setCurrentRow(1)  # voicemail
    with qtbot.waitSignal(calls.call_logged, timeout=WAIT):
        dialog.save_button.click()
    # the call is on the customer's panel in the other pages too once they reload
    qtbot.waitUntil(lambda: calls.model.rowCount() == 0, timeout=WAIT)
