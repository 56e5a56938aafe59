"""Ctrl+L logs a call from the queue, the customers and the disputes pages too (SQLite and
PostgreSQL): the form opens for the customer chosen there, Enter saves, the call is on the customer's
panel and the other lists refresh; Follow-up > Log call… acts on the current page's customer;
Ctrl+1..8 switch to the pages in the navigation's order, the call list (Ctrl+7) and the disputes
(Ctrl+8) included."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from debtordesk.services.followup import list_calls, open_dispute
from debtordesk.ui.context import UiContext
from debtordesk.ui.main_window import MainWindow
from debtordesk.ui.pages.calls import CallsPage
from debtordesk.ui.pages.customers import CustomersPage
from debtordesk.ui.pages.disputes import DisputesPage
from debtordesk.ui.pages.queue import QueuePage
from debtordesk.ui.widgets.call_logger import CallLogger
from tests.ui.followup.conftest import WAIT, Line, customer_id, import_open_items, invoice_id

DUE = date(2026, 11, 1)


def _window(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> MainWindow:
    import_open_items(
        ctx.db,
        tmp_path,
        [
            Line("F1", "K1", "Jan Jansen", DUE, "300.00", "300.00", "020-1234567"),
            Line("F2", "K2", "Piet Pieters", DUE, "120.00", "120.00", "020-7654321"),
        ],
        export_date=date(2026, 12, 14),
    )
    ctx.administration.load(ctx.db)
    window = MainWindow(ctx, import_hook=lambda _parent, _ctx, _path: False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    return window


def _save_voicemail(qtbot: QtBot, logger: CallLogger, note: str) -> None:
    qtbot.waitUntil(lambda: logger.dialog is not None and logger.dialog.isVisible(), timeout=WAIT)
    dialog = logger.dialog
    assert dialog is not None
    QTest.keyClick(dialog.outcome, Qt.Key.Key_2)  # voicemail
    assert dialog.outcome.outcome() is not None
    assert dialog.outcome.outcome().code == "voicemail"  # type: ignore[union-attr]
    QTest.keyClick(dialog.outcome, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.note, note)
    with qtbot.waitSignal(logger.call_logged, timeout=WAIT):
        QTest.keyClick(dialog.note, Qt.Key.Key_Return)


def test_ctrl_l_on_the_queue_logs_a_call_with_the_chosen_customer(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    window = _window(qtbot, ctx, tmp_path)
    queue = window.pages["queue"]
    assert isinstance(queue, QueuePage)
    window.show_page("queue")
    queue.show_all()  # no address: no letter is due, but the customer is in the queue
    qtbot.waitUntil(
        lambda: queue.model.row_of_customer(customer_id(ctx.db, "K2")) is not None, timeout=WAIT
    )
    assert queue.select_customer(customer_id(ctx.db, "K2"))
    queue.table.setFocus()
    QTest.keyClick(queue.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: queue.calls.dialog is not None, timeout=WAIT)
    assert queue.calls.dialog is not None
    assert queue.calls.dialog.target.number == "K2"
    assert queue.calls.dialog.target.phone == "+31207654321"
    with qtbot.waitSignal(queue.followed_up, timeout=WAIT):
        _save_voicemail(qtbot, queue.calls, "left a message")
    (call,) = list_calls(ctx.db, customer_id(ctx.db, "K2"))
    assert (call.outcome, call.note) == ("voicemail", "left a message")
    # the panel beside the queue shows the call on the timeline once it reloads
    panel = queue.detail.customer
    qtbot.waitUntil(
        lambda: (
            panel.detail is not None
            and any("left a message" in entry.text for entry in panel.detail.timeline)
        ),
        timeout=WAIT,
    )


def test_ctrl_l_on_the_customers_page_and_the_follow_up_menu(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    window = _window(qtbot, ctx, tmp_path)
    customers = window.pages["customers"]
    calls = window.pages["calls"]
    assert isinstance(customers, CustomersPage) and isinstance(calls, CallsPage)
    window.show_page("customers")
    qtbot.waitUntil(
        lambda: customers.customers.row_of_id(customer_id(ctx.db, "K1")) is not None, timeout=WAIT
    )
    row = customers.customers.row_of_id(customer_id(ctx.db, "K1"))
    assert row is not None
    customers.table.selectRow(row)
    qtbot.waitUntil(lambda: customers.detail.detail is not None, timeout=WAIT)
    customers.table.setFocus()
    QTest.keyClick(customers.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: customers.calls.dialog is not None, timeout=WAIT)
    assert customers.calls.dialog is not None
    assert customers.calls.dialog.target.number == "K1"
    # the same key on the call list page is that page's own (no ambiguity between the pages)
    with qtbot.waitSignal(customers.followed_up, timeout=WAIT):
        _save_voicemail(qtbot, customers.calls, "no answer")
    assert [c.note for c in list_calls(ctx.db, customer_id(ctx.db, "K1"))] == ["no answer"]
    qtbot.waitUntil(
        lambda: (
            customers.detail.detail is not None
            and any("no answer" in entry.text for entry in customers.detail.detail.timeline)
        ),
        timeout=WAIT,
    )
    # Follow-up > Log call… acts on the customer chosen in the current page
    assert window.current_page() is customers
    window.log_call_action.trigger()
    qtbot.waitUntil(lambda: customers.calls.dialog is not None, timeout=WAIT)
    assert window.current_page() is customers
    assert customers.calls.dialog is not None
    customers.calls.dialog.reject()
    assert window.log_call_action.text() == "&Log call…\tCtrl+L"


def test_ctrl_digits_switch_pages_in_the_navigation_order(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    window = _window(qtbot, ctx, tmp_path)
    keys = [
        window.page_actions[0],
        window.page_actions[1],
        window.page_actions[2],
        window.page_actions[3],
        window.page_actions[4],
        window.page_actions[5],
        *window.followup_actions,
    ]
    assert [action.shortcut().toString() for action in keys] == [
        f"Ctrl+{digit}" for digit in range(1, 9)
    ]
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    for digit, key in enumerate(list(window.pages), start=1):
        target = QApplication.focusWidget() or window
        QTest.keyClick(target, getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is window.pages[key], key
    assert list(window.pages)[-2:] == ["calls", "disputes"]


def test_ctrl_l_on_the_disputes_page(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    window = _window(qtbot, ctx, tmp_path)
    k1 = customer_id(ctx.db, "K1")
    dispute = open_dispute(
        ctx.db, k1, invoice_id(ctx.db, "F1"), reason_code="not_received", today=DUE
    )
    disputes = window.pages["disputes"]
    assert isinstance(disputes, DisputesPage)
    window.show_page("disputes")
    with qtbot.waitSignal(disputes.listed, timeout=WAIT):
        disputes.refresh()
    assert disputes.select_dispute(dispute.id)
    disputes.table.setFocus()
    QTest.keyClick(disputes.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: disputes.calls.dialog is not None, timeout=WAIT)
    assert disputes.calls.dialog is not None
    assert disputes.calls.dialog.target.number == "K1"
    with qtbot.waitSignal(disputes.disputes_changed, timeout=WAIT):
        _save_voicemail(qtbot, disputes.calls, "about the dispute")
    assert [c.note for c in list_calls(ctx.db, k1)] == ["about the dispute"]
