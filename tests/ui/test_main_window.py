"""The main window: pages on an empty and a filled database, search, sorting, detail, shortcuts,
drag and drop into the import wizard hook, and the window state remembered per user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from debtordesk.ui.context import UiContext
from debtordesk.ui.main_window import MainWindow
from debtordesk.ui.models.customers import CustomerColumn
from debtordesk.ui.pages.customers import CustomersPage
from debtordesk.ui.pages.invoices import InvoicesPage
from tests.integration.views.factory import TODAY, add_customer, add_invoice, fill_small


class ImportHookRecorder:
    """Stands in for the import wizard: records the call, optionally adds data and says 'committed'."""

    def __init__(self, committed: bool = False) -> None:
        self.calls: list[Path | None] = []
        self.committed = committed

    def __call__(self, parent: QWidget, ctx: UiContext, path: Path | None) -> bool:
        self.calls.append(path)
        if self.committed:
            with ctx.db.write() as session:
                customer = add_customer(session, "NEW1", "Nieuwe Klant")
                add_invoice(session, customer, "NEW-F1", TODAY, "99.95")
        return self.committed


def drag(path: Path) -> tuple[QMimeData, QDragEnterEvent, QDropEvent]:
    """The events of dragging ``path`` onto a window (keep the mime data: the events do not own it)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return (
        mime,
        QDragEnterEvent(QPoint(10, 10), copy, mime, left, none),
        QDropEvent(QPointF(10, 10), copy, mime, left, none),
    )


def open_window(qtbot, ctx: UiContext, hook: ImportHookRecorder | None = None) -> MainWindow:
    window = MainWindow(ctx, import_hook=hook or ImportHookRecorder())
    qtbot.addWidget(window)
    customers = window.pages["customers"]
    assert isinstance(customers, CustomersPage)
    window.show()
    qtbot.waitUntil(lambda: customers.model.loaded_once and window.status.counts_label.text() != "")
    return window


def customers_page(window: MainWindow) -> CustomersPage:
    page = window.pages["customers"]
    assert isinstance(page, CustomersPage)
    return page


def invoices_page(window: MainWindow) -> InvoicesPage:
    page = window.pages["invoices"]
    assert isinstance(page, InvoicesPage)
    return page


def test_opens_on_an_empty_database(qtbot, shell_ctx: UiContext) -> None:
    window = open_window(qtbot, shell_ctx)
    page = customers_page(window)
    assert page.model.rowCount() == 0
    assert page.table.empty_text_shown
    assert "No customers yet" in page.table.empty_text
    assert "File > Import" in page.table.empty_text
    invoices = invoices_page(window)
    qtbot.waitUntil(lambda: invoices.model.loaded_once)
    assert "No open invoices" in invoices.table.empty_text
    assert window.status.counts_label.text().startswith("Customers: 0 · open invoices: 0")
    assert shell_ctx.db.describe() in window.status.location_label.text()
    assert [window.navigation.item(i).text() for i in range(6)] == [
        "Queue",
        "Letters",
        "Outbox",
        "Customers",
        "Invoices",
        "Import history",
    ]


def test_opens_on_a_filled_database_and_switches_pages(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    window = open_window(qtbot, shell_ctx)
    page = customers_page(window)
    assert page.model.rowCount() == 5
    assert not page.table.empty_text_shown
    qtbot.waitUntil(lambda: page.count_label.text() == "Customers: 5")
    assert window.status.counts_label.text().startswith("Customers: 5 · open invoices: 8")
    window.page_actions[4].trigger()
    assert window.current_page() is invoices_page(window)
    assert window.navigation.currentRow() == 4
    window.page_actions[5].trigger()
    assert window.current_page() is window.pages["imports"]
    window.page_actions[1].trigger()
    assert window.current_page() is window.pages["letters"]
    window.page_actions[2].trigger()
    assert window.current_page() is window.pages["outbox"]
    window.navigation.setCurrentRow(3)
    assert window.current_page() is page


def test_customers_open_with_the_largest_overdue_amount_first(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    page = customers_page(open_window(qtbot, shell_ctx))
    overdue = [page.model.row_at(r).overdue_total for r in range(page.model.rowCount())]
    assert overdue == sorted(overdue, reverse=True)
    assert overdue[0] > overdue[-1]


def test_search_filters_rows(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    page = customers_page(open_window(qtbot, shell_ctx))
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        qtbot.keyClicks(page.search, "ozer")
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == ["Mehmet Özer"]
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.search.clear()
        page.search.textEdited.emit("")
    assert page.model.rowCount() == 5
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        qtbot.keyClicks(page.search, "nobody at all")
    assert page.model.rowCount() == 0
    assert page.table.empty_text == "No customer matches this search."


def test_open_only_filter(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    page = customers_page(open_window(qtbot, shell_ctx))
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.open_only.setChecked(True)
    assert page.model.rowCount() == 4


def test_clicking_a_header_sorts(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    page = customers_page(open_window(qtbot, shell_ctx))
    column = page.model.column_of(CustomerColumn.OPEN_TOTAL)
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    totals = [page.model.row_at(r).open_total for r in range(page.model.rowCount())]
    assert totals == sorted(totals, reverse=True)
    assert page.model.row_at(0).name == "Bakkerij Çelik B.V."
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert page.model.row_at(0).name == "Anna Janssen 50%"


def test_detail_panel_shows_invoices_and_timeline(qtbot, shell_ctx: UiContext) -> None:
    ids = fill_small(shell_ctx.db)
    page = customers_page(open_window(qtbot, shell_ctx))
    row = page.model.row_of_id(ids["ozer"])
    assert row is not None
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        page.table.selectRow(row)
    detail = page.detail
    assert detail.title.text() == "Mehmet Özer"
    assert "Open: € 14.80" in detail.totals.text()
    assert detail.invoice_model.rowCount() == 4
    assert detail.timeline_model.rowCount() == 2
    assert detail.tabs.tabText(1) == "Invoices (4)"
    assert "not a valid phone number" in detail.problems.text()
    assert detail.values["mobile"].text() == "06 12345678"
    assert detail.values["type"].text().startswith("Consumer (not known")


def test_double_click_on_an_invoice_opens_its_customer(qtbot, shell_ctx: UiContext) -> None:
    ids = fill_small(shell_ctx.db)
    window = open_window(qtbot, shell_ctx)
    window.show_page("invoices")
    page = invoices_page(window)
    qtbot.waitUntil(lambda: page.model.loaded_once)
    assert page.detail.isHidden()
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).number == "F005")
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        page.table.doubleClicked.emit(page.model.index(row, 0))
    assert not page.detail.isHidden()
    assert page.detail.detail is not None and page.detail.detail.id == ids["zoe"]
    assert page.detail.tabs.currentIndex() == 1
    selected = page.detail.invoice_table.selectionModel().selectedRows()
    assert [page.detail.invoice_model.row_at(i.row()).number for i in selected] == ["F005"]


def test_invoice_filters(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    window = open_window(qtbot, shell_ctx)
    page = invoices_page(window)
    qtbot.waitUntil(lambda: page.model.loaded_once)
    assert page.model.rowCount() == 8
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.overdue_only.setChecked(True)
    assert page.model.rowCount() == 5
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.overdue_only.setChecked(False)
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.status.setCurrentIndex(1)
    assert {page.model.row_at(r).number for r in range(page.model.rowCount())} == {"F006", "F008"}
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.status.setCurrentIndex(2)
    assert page.model.rowCount() == 10


def test_dropping_a_spreadsheet_starts_the_import(qtbot, shell_ctx: UiContext, tmp_path) -> None:
    hook = ImportHookRecorder()
    window = open_window(qtbot, shell_ctx, hook)
    sheet = tmp_path / "openstaande posten.xlsx"
    _mime, enter, drop = drag(sheet)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(drop)
    assert hook.calls == [sheet]


def test_other_files_are_not_taken(qtbot, shell_ctx: UiContext, tmp_path) -> None:
    hook = ImportHookRecorder()
    window = open_window(qtbot, shell_ctx, hook)
    _mime, enter, drop = drag(tmp_path / "letter.pdf")
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()
    window.dropEvent(drop)
    assert not drop.isAccepted()
    assert hook.calls == []


def test_a_committed_import_refreshes_the_lists(qtbot, shell_ctx: UiContext) -> None:
    hook = ImportHookRecorder(committed=True)
    window = open_window(qtbot, shell_ctx, hook)
    page = customers_page(window)
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        window.import_action.trigger()
    assert hook.calls == [None]
    assert page.model.rowCount() == 1
    qtbot.waitUntil(lambda: window.status.counts_label.text().startswith("Customers: 1 ·"))


def test_f5_refreshes_after_changes_elsewhere(qtbot, shell_ctx: UiContext) -> None:
    window = open_window(qtbot, shell_ctx)
    page = customers_page(window)
    fill_small(shell_ctx.db)  # another clerk's import, say
    assert window.refresh_action.shortcut().toString() == "F5"
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        window.refresh_action.trigger()
    assert page.model.rowCount() == 5


def test_shortcuts(qtbot, shell_ctx: UiContext) -> None:
    window = open_window(qtbot, shell_ctx)
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.activateWindow()
    window.show_page("customers")
    window.find_action.trigger()
    page = customers_page(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)


def test_window_state_is_remembered(qtbot, shell_ctx: UiContext) -> None:
    window = open_window(qtbot, shell_ctx)
    window.resize(770, 650)
    window.close()
    assert shell_ctx.prefs.value("main/geometry") is not None
    again = open_window(qtbot, shell_ctx)
    assert (again.width(), again.height()) == (770, 650)
