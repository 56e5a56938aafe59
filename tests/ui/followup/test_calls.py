"""The follow-up workstation's acceptance scenario through the real widgets, on SQLite and PostgreSQL:
the call list opens, a call with a promise is logged with the keyboard only, the customer leaves the
call list and the queue until the promise date, the day moves on, a new open-items file (imported
with the real import service) still shows the invoice open, and the broken promise tops the call
list. Also: the tel: link, "mine / everyone", and choosing outcomes by letters."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from debtordesk.db.models import Arrangement
from debtordesk.domain.calls import CallReason
from debtordesk.domain.promises import PromiseStatus
from debtordesk.services.assignments import assign_customers
from debtordesk.services.database import Database, current_login
from debtordesk.services.dunning_queue import compute_queue_for
from debtordesk.services.followup import list_calls, list_promises
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.log_call import LogCallDialog
from debtordesk.ui.pages.calls import CallsPage
from debtordesk.ui.pages.calls.model import CallColumn
from tests.ui.followup.conftest import WAIT, Clock, Line, customer_id, import_open_items

DAY0 = date(2026, 12, 14)
DUE = date(2026, 11, 1)


def _ledger(db: Database, folder: Path, export: date) -> None:
    import_open_items(
        db,
        folder,
        [
            Line("F1", "K1", "Jan Jansen", DUE, "300.00", "300.00", "020-1234567"),
            Line("F2", "K2", "Grote Klant", DUE, "900.00", "900.00", "010-7654321"),
        ],
        export_date=export,
    )


def _page(qtbot: QtBot, ctx: UiContext, urls: list[QUrl] | None = None) -> CallsPage:
    ctx.administration.load(ctx.db)
    page = CallsPage(ctx, open_url=(urls.append if urls is not None else lambda _url: True))
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(lambda: page.calls is not None and page.busy.isHidden(), timeout=WAIT)
    return page


def _numbers(page: CallsPage) -> list[str]:
    return [page.model.row_at(row).number for row in range(page.model.rowCount())]


def _refresh(qtbot: QtBot, page: CallsPage) -> None:
    with qtbot.waitSignal(page.listed, timeout=WAIT):
        page.refresh()


def _log_dialog(qtbot: QtBot, page: CallsPage) -> LogCallDialog:
    qtbot.waitUntil(
        lambda: page.log_dialog is not None and page.log_dialog.isVisible(), timeout=WAIT
    )
    assert page.log_dialog is not None
    return page.log_dialog


def test_a_promise_logged_by_keyboard_holds_the_customer_until_it_breaks(
    qtbot: QtBot, ctx: UiContext, clock: Clock, tmp_path: Path
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    _ledger(ctx.db, folder, DAY0)
    k1 = customer_id(ctx.db, "K1")
    page = _page(qtbot, ctx)
    # without mobile and e-mail both are on the list; the larger debt first
    assert _numbers(page) == ["K2", "K1"]
    assert page.model.index(1, CallColumn.REASONS).data() == "no mobile and no e-mail"
    assert "Call list for 2026-12-14" in page.heading.text()

    # choose Jan with the keyboard, Ctrl+L opens the form
    page.activateWindow()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current_entry() is not None and page.current_entry().number == "K1"
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == k1)
    QTest.keyClick(page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = _log_dialog(qtbot, page)
    assert dialog.target.customer_id == k1
    # digit 8 is "Promise to pay": its fields appear, the amount is what is open
    QTest.keyClick(dialog.outcome, Qt.Key.Key_8)
    assert dialog.outcome.outcome() is not None
    assert dialog.outcome.outcome().code == "promise_to_pay"
    assert dialog.promise_amount.isVisibleTo(dialog)
    assert not dialog.dispute_reason.isVisibleTo(dialog)
    assert dialog.promise_amount.text() == "300.00"
    QTest.keyClicks(dialog.note, "pays after payday")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(dialog.note, "salary on the 20th")
    assert dialog.note.toPlainText() == "pays after payday\nsalary on the 20th"
    assert dialog.isVisible()  # Shift+Enter did not save
    QTest.keyClick(dialog.promise_date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.promise_date.edit, "+7")
    assert dialog.promise_date.value() == DAY0 + timedelta(days=7)
    QTest.keyClick(dialog.promise_amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.promise_amount, "300,00")
    with qtbot.waitSignals([page.call_logged, page.listed], timeout=WAIT):
        QTest.keyClick(dialog.promise_amount, Qt.Key.Key_Return)

    (call,) = list_calls(ctx.db, k1)
    assert (call.outcome, call.called_on) == ("promise_to_pay", DAY0)
    assert call.note == "pays after payday\nsalary on the 20th"
    assert call.phone == "+31201234567"
    (promise,) = list_promises(ctx.db, k1)
    assert (promise.promised_on, promise.amount, promise.status) == (
        date(2026, 12, 21),
        Decimal("300.00"),
        PromiseStatus.PENDING,
    )
    assert promise.invoice_numbers == ("F1",)
    # called today: off the call list; held: out of the queue until the promise date + grace
    assert _numbers(page) == ["K2"]
    administration = ctx.administration.id
    assert administration is not None
    for day in (DAY0, date(2026, 12, 21), date(2026, 12, 26)):
        queue = compute_queue_for(ctx.db, administration, day)
        row = next(e.row for e in queue.entries if e.customer_id == k1)
        assert row.action is None and row.blocked is not None, day

    # a week later nothing is decided yet (no snapshot after the promise date + grace)
    clock.day = date(2026, 12, 22)
    _refresh(qtbot, page)
    assert _numbers(page) == ["K2"]
    assert list_promises(ctx.db, k1)[0].status is PromiseStatus.PENDING

    # the export of 28 December still has F1 open: broken, and Jan is called first
    clock.day = date(2026, 12, 28)
    _ledger(ctx.db, folder, clock.day)
    _refresh(qtbot, page)
    assert list_promises(ctx.db, k1)[0].status is PromiseStatus.BROKEN
    assert _numbers(page) == ["K1", "K2"]
    first = page.model.row_at(0)
    assert first.reasons[0] is CallReason.BROKEN_PROMISE
    assert page.model.index(0, CallColumn.REASONS).data().startswith("promise broken")
    assert page.model.index(0, CallColumn.PRIORITY).data() == "1"
    assert "1 broken" in page.message.text()
    assert "Call list for 2026-12-28" in page.heading.text()


def test_the_number_is_a_tel_link_and_the_list_filters_on_the_clerk(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    _ledger(ctx.db, folder, DAY0)
    urls: list[QUrl] = []
    page = _page(qtbot, ctx, urls)
    assert not page.dial_button.isEnabled()  # nobody chosen
    page.select_customer(customer_id(ctx.db, "K1"))
    row = page.model.row_of_id(customer_id(ctx.db, "K1"))
    assert row is not None
    phone = page.model.index(row, CallColumn.PHONE)
    assert phone.data() == "020 123 4567"
    rect = page.table.visualRect(phone)
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [url.toString() for url in urls] == ["tel:+31201234567"]
    assert page.dial_button.isEnabled()
    page.dial_button.click()
    assert [url.toString() for url in urls][-1] == "tel:+31201234567"
    # other columns do not dial
    name = page.table.visualRect(page.model.index(row, CallColumn.NAME))
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=name.center())
    assert len(urls) == 2

    # Assign to…: the clerk picks "me" for the chosen customer (K1 here), then K2 by the service
    asked: list[int] = []

    def choose(_parent: object, count: int, choices: object) -> tuple[str]:
        asked.append(count)
        return (current_login(),)

    page.assign.choose = choose
    assert page.assign_button.isEnabled()
    with qtbot.waitSignal(page.listed, timeout=WAIT):
        page.assign_button.click()
    assert asked == [1]
    k1_row = page.model.row_of_id(customer_id(ctx.db, "K1"))
    assert page.model.index(k1_row or 0, CallColumn.ASSIGNED).data() == current_login()
    assign_customers(ctx.db, [customer_id(ctx.db, "K1")], None)
    assign_customers(ctx.db, [customer_id(ctx.db, "K2")], current_login())
    _refresh(qtbot, page)
    assigned = page.model.index(
        page.model.row_of_id(customer_id(ctx.db, "K2")) or 0, CallColumn.ASSIGNED
    )
    assert assigned.data() == current_login()
    page.who.setCurrentIndex(page.who.findData("mine"))
    assert _numbers(page) == ["K2"]
    page.who.setCurrentIndex(page.who.findData("none"))
    assert _numbers(page) == ["K1"]
    page.who.setCurrentIndex(page.who.findData("all"))
    assert _numbers(page) == ["K2", "K1"]
    assert "To call: 2" in page.totals.text()


def test_outcomes_by_first_letters_a_dispute_and_esc(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    _ledger(ctx.db, folder, DAY0)
    page = _page(qtbot, ctx)
    k1 = customer_id(ctx.db, "K1")
    page.select_customer(k1)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == k1)
    page.log_action.trigger()
    dialog = _log_dialog(qtbot, page)
    QTest.keyClicks(dialog.outcome, "vo")
    assert dialog.outcome.outcome() is not None and dialog.outcome.outcome().code == "voicemail"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.log_dialog is None, timeout=WAIT)
    assert list_calls(ctx.db, k1) == ()

    page.log_action.trigger()
    dialog = _log_dialog(qtbot, page)
    QTest.keyClick(dialog.outcome, Qt.Key.Key_6)  # dispute
    assert dialog.outcome.outcome() is not None and dialog.outcome.outcome().code == "dispute"
    assert dialog.dispute_reason.isVisibleTo(dialog)
    assert not dialog.promise_amount.isVisibleTo(dialog)
    dialog.dispute_reason.setCurrentIndex(dialog.dispute_reason.findData("amount_wrong"))
    QTest.keyClicks(dialog.note, "charged twice")
    # a follow-up date in the past is refused in the form, which stays open
    QTest.keyClicks(dialog.follow_up.edit, "01-12-2026")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT)
    assert "follow" in dialog.message.text().lower()
    assert dialog.isVisible()
    dialog.follow_up.edit.clear()
    QTest.keyClicks(dialog.follow_up.edit, "+3")
    with qtbot.waitSignal(page.call_logged, timeout=WAIT) as logged:
        QTest.keyClick(dialog.note, Qt.Key.Key_Enter)
    result = logged.args[0]
    assert [(d.invoice_number, d.reason_code, d.reason_text) for d in result.disputes] == [
        ("F1", "amount_wrong", "charged twice")
    ]
    (call,) = list_calls(ctx.db, k1)
    assert call.next_follow_up == DAY0 + timedelta(days=3)


def test_the_form_is_filled_with_tab_and_keys_only_in_dutch(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    """Focus starts on the outcomes; Dutch first letters choose one; Tab walks the fields."""
    ctx.language = "nl"
    folder = tmp_path / "files"
    folder.mkdir()
    _ledger(ctx.db, folder, DAY0)
    page = _page(qtbot, ctx)
    k1 = customer_id(ctx.db, "K1")
    page.select_customer(k1)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == k1)
    page.log_action.trigger()
    dialog = _log_dialog(qtbot, page)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.outcome, timeout=WAIT)

    def keys(text: str) -> None:
        QTest.keyClicks(QApplication.focusWidget(), text)

    def key(code: Qt.Key) -> None:
        QTest.keyClick(QApplication.focusWidget(), code)

    keys("beta")  # Bereikt, Betwist, Betaalbelofte: the first letters decide
    assert dialog.outcome.outcome() is not None
    assert dialog.outcome.outcome().code == "promise_to_pay"
    assert dialog.outcome.currentItem().text().endswith("Betaalbelofte")
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.note
    keys("belt terug")
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.follow_up.edit
    keys("+14")
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.promise_date.edit
    QTest.keyClick(dialog.promise_date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys("24-12")
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.promise_amount
    assert dialog.promise_amount.text() == "300,00"  # Dutch amounts
    QTest.keyClick(dialog.promise_amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys("150,50")
    with qtbot.waitSignal(page.call_logged, timeout=WAIT) as logged:
        key(Qt.Key.Key_Return)
    result = logged.args[0]
    assert result.promise is not None
    assert (result.promise.promised_on, result.promise.amount) == (
        date(2026, 12, 24),
        Decimal("150.50"),
    )
    (call,) = list_calls(ctx.db, k1)
    assert (call.note, call.next_follow_up) == ("belt terug", DAY0 + timedelta(days=14))


def test_arrangement_made_opens_the_arrangement_form_for_that_call(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    _ledger(ctx.db, folder, DAY0)
    page = _page(qtbot, ctx)
    k2 = customer_id(ctx.db, "K2")
    page.select_customer(k2)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == k2)
    page.log_action.trigger()
    dialog = _log_dialog(qtbot, page)
    QTest.keyClick(dialog.outcome, Qt.Key.Key_9)
    assert dialog.outcome.outcome() is not None
    assert dialog.outcome.outcome().code == "arrangement_made"
    with qtbot.waitSignal(page.call_logged, timeout=WAIT) as logged:
        QTest.keyClick(dialog.outcome, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.arrangement_dialog is not None and page.arrangement_dialog.preview is not None,
        timeout=WAIT,
    )
    form = page.arrangement_dialog
    assert form is not None
    assert form.call_log_id == logged.args[0].call_id
    assert form.preview is not None and form.preview.total == Decimal("900.00")
    with qtbot.waitSignal(page.arrangement_saved, timeout=WAIT) as saved:
        form.save_button.click()
    record = saved.args[0]
    assert [term.amount for term in record.terms] == [Decimal("300.00")] * 3
    with ctx.db.read() as session:
        stored = session.scalar(select(Arrangement.call_log_id).where(Arrangement.id == record.id))
    assert stored == logged.args[0].call_id
