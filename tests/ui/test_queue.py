"""The queue page on a prepared database with a fixed today: what is due, filters and search, sorting,
totals, the detail, the preview and the run (communications recorded), holds, hand-over and write-off
from the page; its models pass Qt's model tester."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from debtordesk.domain.calendar import add_business_days
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus, HoldReason
from debtordesk.domain.enums import CustomerType
from debtordesk.services.communications_view import list_communications
from debtordesk.services.holds import list_holds
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.hold import HoldDialog, LiftHoldDialog, StatusDialog
from debtordesk.ui.dialogs.run_preview import RunPreviewDialog
from debtordesk.ui.main_window import MainWindow
from debtordesk.ui.pages.queue import QueuePage
from debtordesk.ui.pages.queue.rows import QueueColumn, Show
from tests.integration.views.factory import TODAY, add_customer, add_invoice

WAIT = 15_000


@pytest.fixture
def ids(shell_ctx: UiContext) -> dict[str, int]:
    """Four customers with a step due on TODAY (Friday 20 November 2026), one with nothing due."""
    made: dict[str, int] = {}
    with shell_ctx.db.write() as session:
        made["anna"] = add_customer(
            session,
            "9",
            "Anna Ångström",
            postcode="1234 AB",
            city="Utrecht",
            mobile="+31612345678",
            address_line1="Dorpsstraat 1",
        )
        add_invoice(session, made["anna"], "F-9", TODAY - timedelta(days=10), "100.00")
        made["bakker"] = add_customer(
            session,
            "10",
            "Bakker B.V.",
            customer_type=CustomerType.BUSINESS,
            postcode="5678 CD",
            email="info@bakker.example",
            mobile="+31687654321",
            address_line1="Industrieweg 5",
        )
        add_invoice(session, made["bakker"], "F-10", TODAY - timedelta(days=16), "1000.00")
        made["chris"] = add_customer(
            session,
            "11",
            "Chris de Wit",
            postcode="9999 ZZ",
            city="Groningen",
            address_line1="Brink 3",
        )
        add_invoice(session, made["chris"], "F-11a", TODAY - timedelta(days=16), "9.00")
        add_invoice(session, made["chris"], "F-11b", TODAY - timedelta(days=15), "11.00")
        made["dirk"] = add_customer(
            session, "12", "Dirk Later", email="dirk@example.nl", address_line1="Laan 2"
        )
        add_invoice(session, made["dirk"], "F-12", TODAY + timedelta(days=20), "50.00")
    shell_ctx.administration.load(shell_ctx.db)
    return made


class Confirm:
    """Answers the run preview for the clerk and keeps what it showed."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.shown: list[RunPreviewDialog] = []
        self.texts: list[tuple[str, str]] = []

    def __call__(self, dialog: RunPreviewDialog) -> bool:
        self.shown.append(dialog)
        self.texts.append((dialog.summary.text(), dialog.notice.text()))
        return self.answer


def _page(qtbot: QtBot, ctx: UiContext, confirm: Confirm | None = None) -> QueuePage:
    page = QueuePage(ctx, confirm_run=confirm or Confirm())
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(lambda: page.result is not None and page.busy.isHidden(), timeout=WAIT)
    return page


def _column(page: QueuePage, column: QueueColumn) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _names(page: QueuePage) -> list[str]:
    return _column(page, QueueColumn.NAME)


def _select(page: QueuePage, *names: str) -> None:
    page.table.clearSelection()
    for name in names:
        row = _names(page).index(name)
        index = page.model.index(row, 0)
        page.table.selectionModel().select(
            index,
            page.table.selectionModel().SelectionFlag.Select
            | page.table.selectionModel().SelectionFlag.Rows,
        )
        page.table.selectionModel().setCurrentIndex(
            index, page.table.selectionModel().SelectionFlag.NoUpdate
        )


def _wait_recomputed(qtbot: QtBot, page: QueuePage, action: Callable[[], object]) -> None:
    with qtbot.waitSignal(page.computed, timeout=WAIT):
        action()


def test_opens_on_todays_queue_with_what_is_due_and_why(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    page = _page(qtbot, shell_ctx)
    assert page.evaluation_day() == TODAY
    assert sorted(_names(page)) == ["Anna Ångström", "Bakker B.V.", "Chris de Wit"]
    steps = dict(zip(_names(page), _column(page, QueueColumn.STEP), strict=True))
    assert steps == {
        "Anna Ångström": "Reminder",
        "Bakker B.V.": "Call",
        "Chris de Wit": "Second reminder",
    }
    channels = dict(zip(_names(page), _column(page, QueueColumn.CHANNELS), strict=True))
    # Anna has no e-mail address: the reminder's e-mail falls back to a letter, visibly
    assert channels["Anna Ångström"] == "letter (for e-mail), SMS"
    assert channels["Bakker B.V."] == "call"
    assert channels["Chris de Wit"] == "letter"
    invoices = dict(zip(_names(page), _column(page, QueueColumn.INVOICES), strict=True))
    assert invoices["Chris de Wit"] == "2"
    assert "Customers: 3 · steps due: 3" in page.totals.text()
    assert "overdue € 1,120.00" in page.totals.text()
    assert not page.table.empty_text_shown
    assert page.run_all_button.isEnabled()
    assert not page.run_button.isEnabled()  # nothing chosen yet
    _select(page, "Bakker B.V.")
    assert page.run_button.isEnabled()


def test_channels_reason_and_invoices_in_the_detail(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    page = _page(qtbot, shell_ctx)
    _select(page, "Chris de Wit")
    qtbot.waitUntil(lambda: "<table>" in page.detail.action.text(), timeout=WAIT)
    text = page.detail.action.text()
    assert "Second reminder, due 2026-11-18" in text
    assert "due 2026-11-04" in text  # the invoices concerned with their due dates
    assert "F-11b" in text and "€ 11.00" in text
    _select(page, "Anna Ångström")
    qtbot.waitUntil(lambda: "letter (for e-mail)" in page.detail.action.text(), timeout=WAIT)
    assert "Reminder, due 2026-11-17" in page.detail.action.text()
    channel_tip = page.model.index(_names(page).index("Anna Ångström"), QueueColumn.CHANNELS).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "e-mail" in channel_tip.lower()  # each channel decision's reason


def test_search_ignores_case_and_accents_and_finds_numbers_postcodes_and_phones(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    page = _page(qtbot, shell_ctx)
    bar = page.filters

    def search(text: str) -> list[str]:
        bar.search.setText(text)
        bar.search.returnPressed.emit()
        return sorted(_names(page))

    assert search("angstrom") == ["Anna Ångström"]
    assert search("ÅNGSTRÖM") == ["Anna Ångström"]
    assert search("1234ab") == ["Anna Ångström"]
    assert search("5678 cd") == ["Bakker B.V."]
    assert search("06 1234 5678") == ["Anna Ångström"]
    assert search("11") == ["Chris de Wit"]
    assert search("nobody") == []
    assert page.table.empty_text_shown
    assert page.table.empty_text == "No customer matches these filters."
    assert search("") == ["Anna Ångström", "Bakker B.V.", "Chris de Wit"]


def test_filters_narrow_the_list_and_the_totals(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    page = _page(qtbot, shell_ctx)
    bar = page.filters
    bar.channel.set_value(ActionChannel.CALL)
    assert _names(page) == ["Bakker B.V."]
    assert "Customers: 1" in page.totals.text()
    bar.channel.set_value(None)
    bar.step.setCurrentIndex(bar.step.findData("Reminder"))
    assert _names(page) == ["Anna Ångström"]
    bar.step.setCurrentIndex(0)
    bar.min_amount.setText("50")
    bar.min_amount.editingFinished.emit()
    assert sorted(_names(page)) == ["Anna Ångström", "Bakker B.V."]
    bar.max_amount.setText("500,00")
    bar.max_amount.editingFinished.emit()
    assert _names(page) == ["Anna Ångström"]
    bar.clear_button.click()
    bar.min_days.setValue(15)
    assert sorted(_names(page)) == ["Bakker B.V.", "Chris de Wit"]
    bar.clear_button.click()
    bar.segment.setCurrentIndex(bar.segment.findData("p:Business (NL)"))
    assert _names(page) == ["Bakker B.V."]
    bar.clear_button.click()
    page.show_all()
    assert "Dirk Later" in _names(page)  # not due yet, listed with all customers
    bar.show_combo.setCurrentIndex(bar.show_combo.findData(Show.HELD.value))
    assert _names(page) == []


def test_every_column_sorts_and_amounts_sort_as_numbers(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    page = _page(qtbot, shell_ctx)
    page.table.sortByColumn(QueueColumn.OVERDUE, Qt.SortOrder.AscendingOrder)
    assert _column(page, QueueColumn.OVERDUE) == ["20.00", "100.00", "1,000.00"]
    page.table.sortByColumn(QueueColumn.OVERDUE, Qt.SortOrder.DescendingOrder)
    assert _column(page, QueueColumn.OVERDUE) == ["1,000.00", "100.00", "20.00"]
    page.table.sortByColumn(QueueColumn.NUMBER, Qt.SortOrder.AscendingOrder)
    assert _column(page, QueueColumn.NUMBER) == ["9", "10", "11"]
    page.table.sortByColumn(QueueColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert _names(page) == ["Chris de Wit", "Bakker B.V.", "Anna Ångström"]
    for column in QueueColumn:  # every column sorts without losing rows
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert sorted(_names(page)) == ["Anna Ångström", "Bakker B.V.", "Chris de Wit"]


def test_select_preview_and_run_records_the_communications(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    confirm = Confirm()
    page = _page(qtbot, shell_ctx, confirm)
    _select(page, "Anna Ångström", "Chris de Wit")
    assert page.run_button.isEnabled()
    assert list_communications(shell_ctx.db, ids["anna"]) == []
    with qtbot.waitSignal(page.run_finished, timeout=WAIT) as finished:
        page.run_button.click()
    (summary_text, notice) = confirm.texts[0]
    assert "2 customers" in summary_text
    assert "1 × SMS, 2 × letter" in summary_text
    assert "Amount asked: <b>€ 120.00</b>" in summary_text
    assert "Nothing is sent or printed yet" in notice
    summary = finished.args[0]
    assert {item.customer_id for item in summary.items} == {ids["anna"], ids["chris"]}
    anna = list_communications(shell_ctx.db, ids["anna"])
    assert {c.channel for c in anna} == {ActionChannel.LETTER, ActionChannel.SMS}
    assert all(c.step_key == "reminder_1" for c in anna)
    assert all(c.status is CommunicationStatus.PREPARED for c in anna)
    chris = list_communications(shell_ctx.db, ids["chris"])
    assert {c.invoice_numbers for c in chris} == {("F-11a", "F-11b")}
    assert list_communications(shell_ctx.db, ids["bakker"]) == []  # not selected
    qtbot.waitUntil(lambda: _names(page) == ["Bakker B.V."], timeout=WAIT)
    assert "Nothing has been sent or printed yet" in page.message.text()
    page.show_all()
    current = dict(zip(_names(page), _column(page, QueueColumn.CURRENT_STEP), strict=True))
    assert current["Anna Ångström"] == "Reminder"


def test_nothing_happens_before_the_clerk_confirms(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    confirm = Confirm(answer=False)
    page = _page(qtbot, shell_ctx, confirm)
    page.run_all_button.click()
    assert len(confirm.shown) == 1
    assert "3 customers" in confirm.texts[0][0]
    shell_ctx.tasks.wait_for_all()
    for customer_id in ids.values():
        assert list_communications(shell_ctx.db, customer_id) == []
    assert sorted(_names(page)) == ["Anna Ångström", "Bakker B.V.", "Chris de Wit"]


def test_ctrl_enter_runs_the_selection(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    confirm = Confirm(answer=False)
    page = _page(qtbot, shell_ctx, confirm)
    _select(page, "Bakker B.V.")
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=WAIT)
    qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(confirm.shown) == 1
    assert [row.number for row in confirm.shown[0].rows] == ["10"]


def test_another_day_is_a_preview_that_cannot_be_run(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    page = _page(qtbot, shell_ctx)
    later = TODAY + timedelta(days=30)
    _wait_recomputed(
        qtbot, page, lambda: page.day.setDate(QDate(later.year, later.month, later.day))
    )
    assert "Dirk Later" in _names(page)  # due by then
    assert "Preview of 2026-12-20" in page.banner.text()
    assert not page.run_all_button.isEnabled()
    _wait_recomputed(qtbot, page, page.today_button.click)
    assert "Preview" not in page.banner.text()
    assert page.run_all_button.isEnabled()


def test_a_hold_takes_the_customer_out_until_lifted(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    page = _page(qtbot, shell_ctx)
    _select(page, "Anna Ångström")
    page.dunning.hold_action.trigger()
    dialog = page.dunning.last_dialog
    assert isinstance(dialog, HoldDialog)
    dialog.reason.set_value(HoldReason.REPORTED_PAID)
    assert dialog.chosen_until() == add_business_days(
        TODAY, 7
    )  # the default for a reported payment
    qtbot.keyClicks(dialog.note, "Paid on Saturday, says the customer")
    _wait_recomputed(qtbot, page, dialog.ok_button.click)
    assert "Anna Ångström" not in _names(page)
    (hold,) = list_holds(shell_ctx.db, ids["anna"])
    assert hold.reason is HoldReason.REPORTED_PAID
    assert hold.until == add_business_days(TODAY, 7)
    page.show_all()
    holds = dict(zip(_names(page), _column(page, QueueColumn.HOLDS), strict=True))
    assert holds["Anna Ångström"] == "customer says it is paid"

    _select(page, "Anna Ångström")
    page.dunning.lift_action.trigger()
    lift = page.dunning.last_dialog
    assert isinstance(lift, LiftHoldDialog)
    qtbot.waitUntil(lambda: lift.holds.count() == 1, timeout=WAIT)
    _wait_recomputed(qtbot, page, lift.ok_button.click)
    assert list_holds(shell_ctx.db, ids["anna"]) == []
    page.filters.clear()
    assert "Anna Ångström" in _names(page)


def test_a_dispute_needs_a_note_and_may_cover_one_invoice(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    page = _page(qtbot, shell_ctx)
    _select(page, "Chris de Wit")
    detail = page.detail.customer
    qtbot.waitUntil(lambda: detail.invoice_model.rowCount() == 2, timeout=WAIT)
    row = next(
        r
        for r in range(detail.invoice_model.rowCount())
        if detail.invoice_model.row_at(r).number == "F-11a"
    )
    detail.invoice_table.selectRow(row)
    page.dunning.hold_action.trigger()
    dialog = page.dunning.last_dialog
    assert isinstance(dialog, HoldDialog)
    dialog.reason.set_value(HoldReason.DISPUTE)
    dialog.ok_button.click()
    assert "Say what the customer disputes" in dialog.message.text()
    qtbot.keyClicks(dialog.note, "Says the delivery was incomplete")
    _wait_recomputed(qtbot, page, dialog.ok_button.click)
    (hold,) = list_holds(shell_ctx.db, ids["chris"])
    assert (hold.reason, hold.invoice_number, hold.until) == (HoldReason.DISPUTE, "F-11a", None)
    invoices = dict(zip(_names(page), _column(page, QueueColumn.INVOICES), strict=True))
    assert invoices["Chris de Wit"] == "1"  # the disputed invoice waits, the other goes on


def test_write_off_needs_a_reason_and_hand_over_stops_dunning(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    page = _page(qtbot, shell_ctx)
    _select(page, "Bakker B.V.")
    page.dunning.write_off_action.trigger()
    dialog = page.dunning.last_dialog
    assert isinstance(dialog, StatusDialog)
    dialog.ok_button.click()
    assert "Give a reason" in dialog.message.text()
    qtbot.keyClicks(dialog.text, "Bankrupt, curator says nothing will be paid")
    _wait_recomputed(qtbot, page, dialog.ok_button.click)
    assert "Bakker B.V." not in _names(page)
    _select(page, "Anna Ångström")
    page.dunning.hand_over_action.trigger()
    hand_over = page.dunning.last_dialog
    assert isinstance(hand_over, StatusDialog)
    _wait_recomputed(qtbot, page, hand_over.ok_button.click)
    assert _names(page) == ["Chris de Wit"]
    # the hand-over taken back through the window's Customer menu: Anna is dunned again
    page.show_all()
    _select(page, "Anna Ångström")
    page.dunning.reactivate_action.trigger()
    resume = page.dunning.last_dialog
    assert isinstance(resume, StatusDialog)
    assert resume.windowTitle() == "Resume dunning"
    _wait_recomputed(qtbot, page, resume.ok_button.click)
    page.filters.clear()
    assert sorted(_names(page)) == ["Anna Ångström", "Chris de Wit"]


def test_the_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,
    shell_ctx: UiContext,
    ids: dict[str, int],  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, shell_ctx)
    qtmodeltester.check(page.model)
    page.table.sortByColumn(QueueColumn.DAYS, Qt.SortOrder.DescendingOrder)
    page.show_all()
    qtmodeltester.check(page.model)
    preview = RunPreviewDialog(list(page.model.all_rows), language="en", day=TODAY)
    qtbot.addWidget(preview)
    qtmodeltester.check(preview.model)


def test_empty_queue_says_nothing_is_due(qtbot: QtBot, shell_ctx: UiContext) -> None:
    with shell_ctx.db.write() as session:
        customer = add_customer(session, "1", "Op Tijd", email="op@tijd.example")
        add_invoice(session, customer, "F-1", TODAY + timedelta(days=30), "10.00")
    shell_ctx.administration.load(shell_ctx.db)
    page = _page(qtbot, shell_ctx)
    assert page.table.empty_text_shown
    assert page.table.empty_text == "Nothing is due today."
    assert not page.run_all_button.isEnabled()


def test_the_queue_is_the_first_page_of_the_window(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    window = MainWindow(shell_ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["queue"]
    assert isinstance(page, QueuePage)
    assert window.current_page() is page
    assert window.navigation.item(0).text() == "Queue"
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT)
    _select(page, "Anna Ångström")
    # the Customer menu acts on the customer chosen in the queue
    customer_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "C&ustomer"
    )
    assert customer_menu is not None
    hold = next(a for a in customer_menu.actions() if a.text() == "Put on &hold…")
    hold.trigger()
    dialog = page.dunning.last_dialog
    assert isinstance(dialog, HoldDialog)
    assert dialog.target.customer_id == ids["anna"]
    dialog.reject()
    qtbot.waitUntil(lambda: page.detail.customer.detail is not None, timeout=WAIT)
    shell_ctx.tasks.wait_for_all()


def test_holds_from_the_customer_list(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int]
) -> None:
    from debtordesk.ui.pages.customers import CustomersPage

    page = CustomersPage(shell_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.loaded_once, timeout=WAIT)
    with qtbot.waitSignal(page.detail.loaded, timeout=WAIT):
        page.select_customer(ids["dirk"])
    page._selected_id = ids["dirk"]
    page.dunning.hold_action.trigger()
    dialog = page.dunning.last_dialog
    assert isinstance(dialog, HoldDialog)
    assert dialog.chosen_until() is None  # a plain hold lasts until lifted
    dialog.has_until.setChecked(True)
    dialog.until.setDate(QDate(2026, 12, 31))
    with qtbot.waitSignal(page.dunning.changed, timeout=WAIT):
        dialog.ok_button.click()
    (hold,) = list_holds(shell_ctx.db, ids["dirk"])
    assert (hold.reason, hold.until) == (HoldReason.MANUAL, date(2026, 12, 31))


def test_the_queue_speaks_dutch(qtbot: QtBot, shell_ctx: UiContext, qapp) -> None:  # type: ignore[no-untyped-def]
    from debtordesk.i18n.catalogue import set_language
    from debtordesk.ui.i18n import install_translators

    installed = install_translators(qapp, "nl")
    try:
        shell_ctx.language = "nl"
        shell_ctx.administration.load(shell_ctx.db)
        page = _page(qtbot, shell_ctx)
        header = page.model.headerData(QueueColumn.STEP, Qt.Orientation.Horizontal)
        assert header == "Stap aan de beurt"
        assert page.table.empty_text.startswith("Geen openstaande facturen")
        assert page.run_all_button.text() == "Alles uitvoeren…"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        set_language("en")


def test_a_large_queue_shows_its_longest_overdue_customers_first(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import debtordesk.ui.pages.queue.page as queue_page
    from debtordesk.services.dunning_queue import first_customers

    # "large" here: more than one customer; the first step shows one
    monkeypatch.setattr("debtordesk.services.dunning_queue.FIRST_STEP_FROM", 1)
    monkeypatch.setattr(
        queue_page,
        "first_customers",
        lambda db, administration_id, day: first_customers(db, administration_id, day, count=1),
    )
    seen: dict[str, object] = {}
    confirm = Confirm()
    page = QueuePage(shell_ctx, confirm_run=confirm)
    qtbot.addWidget(page)

    def first_rows() -> None:
        seen["names"] = _names(page)
        seen["busy"] = page.busy_label.text() if not page.busy.isHidden() else ""
        seen["run_all"] = page.run_all_button.isEnabled()
        seen["totals"] = page.totals.text()
        # Ctrl+Enter on a chosen row waits for the whole queue too
        _select(page, "Bakker B.V.")
        page.run_selected()
        seen["asked"] = len(confirm.shown)

    page.first_rows_shown.connect(first_rows)
    with qtbot.waitSignal(page.computed, timeout=WAIT):
        page.show()
    # first Bakker alone (the oldest overdue invoice; Chris's is as old but came later), nothing
    # to run yet, the totals say they are so far
    assert seen["names"] == ["Bakker B.V."]
    assert "longest overdue; computing the rest of the queue" in str(seen["busy"])
    assert seen["run_all"] is False and seen["asked"] == 0
    assert "Customers: 1 · steps due: 1" in str(seen["totals"])
    assert "so far" in str(seen["totals"])
    # then the whole queue, as it always was
    assert sorted(_names(page)) == ["Anna Ångström", "Bakker B.V.", "Chris de Wit"]
    assert page.busy.isHidden() and page.run_all_button.isEnabled()
    assert "Customers: 3 · steps due: 3" in page.totals.text()
    assert "so far" not in page.totals.text()
    # a refresh keeps the rows on screen until the new queue is there: no first step again
    seen.clear()
    _wait_recomputed(qtbot, page, page.refresh)
    assert seen == {}


def test_shipped_step_names_read_in_dutch_in_a_database_seeded_in_english(
    qtbot: QtBot, shell_ctx: UiContext, ids: dict[str, int], qapp
) -> None:  # type: ignore[no-untyped-def]
    """A database whose shipped policies were seeded from an English session (a demo made without
    --lang nl) showed a Dutch clerk '14-day letter' and 'Reminder' in the step column, the step
    filter and the reasons ('14-day letter aan de beurt sinds ...')."""
    from debtordesk.i18n.catalogue import set_language
    from debtordesk.services.policies import list_policies
    from debtordesk.ui.i18n import install_translators

    with shell_ctx.db.write() as session:
        late = add_customer(
            session, "13", "Eva Laat", postcode="1111 AA", city="Zeist", address_line1="Weg 4"
        )
        add_invoice(session, late, "F-13", TODAY - timedelta(days=30), "200.00")
    list_policies(shell_ctx.db, 1)  # seeded in English
    installed = install_translators(qapp, "nl")
    try:
        shell_ctx.language = "nl"
        page = _page(qtbot, shell_ctx)
        steps = dict(zip(_names(page), _column(page, QueueColumn.STEP), strict=True))
        assert steps["Eva Laat"] == "Veertiendagenbrief"
        assert steps["Anna Ångström"] == "Herinnering"
        choices = [page.filters.step.itemText(i) for i in range(page.filters.step.count())]
        assert "Veertiendagenbrief" in choices and "14-day letter" not in choices
        row = _names(page).index("Eva Laat")
        reason = page.model.index(row, QueueColumn.STEP).data(Qt.ItemDataRole.ToolTipRole)
        assert reason.startswith("Veertiendagenbrief aan de beurt")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        set_language("en")
