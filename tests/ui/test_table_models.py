"""The table models: Qt's model contract (qtmodeltester), paging, sorting, formatting per language."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt

from debtordesk.services.views import (
    CustomerQuery,
    CustomerSort,
    InvoiceQuery,
    InvoiceSort,
    StatusFilter,
    customer_detail,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.models.customers import CustomerColumn, CustomerTableModel
from debtordesk.ui.models.invoices import (
    NEGATIVE,
    CustomerInvoicesModel,
    InvoiceColumn,
    InvoiceTableModel,
)
from debtordesk.ui.models.roles import RAW_VALUE_ROLE, ROW_ID_ROLE, SORT_KEY_ROLE
from debtordesk.ui.models.timeline import TimelineModel
from tests.integration.views.factory import TODAY, add_customer, add_invoice, fill_small


def _loaded(qtbot, model: InvoiceTableModel | CustomerTableModel) -> None:
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.reload()


def _column(model: InvoiceTableModel, column: InvoiceColumn) -> list[str]:
    at = model.column_of(column)
    return [model.index(row, at).data() for row in range(model.rowCount())]


def test_invoice_model_passes_the_model_tester(qtbot, qtmodeltester, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    model = InvoiceTableModel(shell_ctx, InvoiceQuery(today=TODAY, status=StatusFilter.ALL))
    _loaded(qtbot, model)
    assert model.rowCount() == 10
    qtmodeltester.check(model)


def test_customer_model_passes_the_model_tester(qtbot, qtmodeltester, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    model = CustomerTableModel(shell_ctx, CustomerQuery(today=TODAY))
    _loaded(qtbot, model)
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_detail_models_pass_the_model_tester(qtmodeltester, shell_ctx: UiContext) -> None:
    ids = fill_small(shell_ctx.db)
    detail = customer_detail(shell_ctx.db, ids["ozer"], today=TODAY)
    invoices = CustomerInvoicesModel("en")
    invoices.set_rows(detail.invoices)
    qtmodeltester.check(invoices)
    timeline = TimelineModel("en")
    timeline.set_rows(detail.timeline)
    assert timeline.rowCount() == 2
    qtmodeltester.check(timeline)


def test_pages_arrive_as_the_view_scrolls(qtbot, qtmodeltester, shell_ctx: UiContext) -> None:
    with shell_ctx.db.write() as session:
        customer = add_customer(session, "K1", "Kees")
        for n in range(25):
            add_invoice(session, customer, f"N{n:03d}", TODAY, "10.00")
    model = InvoiceTableModel(shell_ctx, InvoiceQuery(today=TODAY, sort=InvoiceSort.NUMBER))
    model._page_size = 10
    with qtbot.waitSignals([model.page_loaded, model.count_changed], timeout=10_000):
        model.reload()
    assert model.rowCount() == 10
    assert model.total == 25
    assert model.canFetchMore(QModelIndex())
    for expected in (20, 25):
        with qtbot.waitSignal(model.page_loaded, timeout=10_000):
            model.fetchMore(QModelIndex())
        assert model.rowCount() == expected
    assert not model.canFetchMore(QModelIndex())
    assert _column(model, InvoiceColumn.NUMBER) == [f"N{n:03d}" for n in range(25)]
    qtmodeltester.check(model)


def test_sorting_asks_the_database(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    model = InvoiceTableModel(shell_ctx, InvoiceQuery(today=TODAY))
    _loaded(qtbot, model)
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.sort(model.column_of(InvoiceColumn.AMOUNT), Qt.SortOrder.DescendingOrder)
    assert model.query.sort is InvoiceSort.AMOUNT and model.query.descending
    amounts = [
        model.index(row, model.column_of(InvoiceColumn.AMOUNT)).data(RAW_VALUE_ROLE)
        for row in range(model.rowCount())
    ]
    assert amounts == sorted(amounts, reverse=True)
    assert amounts[-1] == Decimal("-25.50")


def test_a_newer_query_wins_over_an_older_answer(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    model = CustomerTableModel(shell_ctx, CustomerQuery(today=TODAY))
    model.reload()
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.set_query(replace(model.query, search="zoe"))
    shell_ctx.tasks.wait_for_all()
    qtbot.waitUntil(lambda: not model.loading)
    assert [model.row_at(r).number for r in range(model.rowCount())] == ["D002"]


def test_invoice_cells_show_money_dates_and_states(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    model = InvoiceTableModel(shell_ctx, InvoiceQuery(today=TODAY, sort=InvoiceSort.NUMBER))
    _loaded(qtbot, model)
    rows = {model.row_at(r).number: r for r in range(model.rowCount())}

    def cell(number: str, column: InvoiceColumn, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(rows[number], model.column_of(column)).data(role)

    assert cell("F005", InvoiceColumn.AMOUNT) == "1,234.56"
    assert cell("F005", InvoiceColumn.DUE_DATE) == "2026-11-01"
    assert cell("C004", InvoiceColumn.AMOUNT) == "-25.50"
    assert cell("C004", InvoiceColumn.AMOUNT, Qt.ItemDataRole.ForegroundRole) == NEGATIVE
    assert cell("C004", InvoiceColumn.STATUS) == "Credit note"
    assert cell("F003", InvoiceColumn.STATUS) == "Partly paid"
    assert cell("F003", InvoiceColumn.OPEN_AMOUNT) == "40.00"
    assert "60.00 of 100.00" in str(cell("F003", InvoiceColumn.AMOUNT, Qt.ItemDataRole.ToolTipRole))
    assert cell("F003", InvoiceColumn.DAYS_OVERDUE) == "80"
    assert cell("F002", InvoiceColumn.DAYS_OVERDUE) == ""
    assert cell("F005", InvoiceColumn.PAYMENT_METHOD) == "Direct debit"
    assert "storno" in str(cell("F005", InvoiceColumn.STATUS, Qt.ItemDataRole.ToolTipRole))
    assert cell("F003", InvoiceColumn.OPEN_AMOUNT, SORT_KEY_ROLE) == 4000
    alignment = cell("F003", InvoiceColumn.AMOUNT, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.index(rows["F003"], 0).data(ROW_ID_ROLE) == model.row_at(rows["F003"]).id


def test_dutch_money_and_dates(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    shell_ctx.language = "nl"
    model = InvoiceTableModel(shell_ctx, InvoiceQuery(today=TODAY, search="F005"))
    _loaded(qtbot, model)
    assert _column(model, InvoiceColumn.AMOUNT) == ["1.234,56"]
    assert _column(model, InvoiceColumn.DUE_DATE) == ["01-11-2026"]


def test_customer_cells_and_totals(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    model = CustomerTableModel(shell_ctx, CustomerQuery(today=TODAY, sort=CustomerSort.NUMBER))
    _loaded(qtbot, model)
    first = {c: model.index(0, model.column_of(c)).data() for c in CustomerColumn}
    assert first[CustomerColumn.NAME] == "Mehmet Özer"
    assert first[CustomerColumn.OPEN_TOTAL] == "14.80"
    assert first[CustomerColumn.OVERDUE_TOTAL] == "14.60"
    assert first[CustomerColumn.OPEN_COUNT] == "4"
    assert first[CustomerColumn.CUSTOMER_TYPE] == "Consumer"
    assert model.has_contact_problems(0)
    last = model.rowCount() - 1
    assert model.index(last, model.column_of(CustomerColumn.OPEN_TOTAL)).data() == ""


def test_static_model_sorts_in_memory(shell_ctx: UiContext) -> None:
    ids = fill_small(shell_ctx.db)
    model = CustomerInvoicesModel("en")
    model.set_rows(customer_detail(shell_ctx.db, ids["ozer"], today=TODAY).invoices)
    model.sort(model.column_of(InvoiceColumn.OPEN_AMOUNT), Qt.SortOrder.AscendingOrder)
    opens = [model.row_at(r).open_amount for r in range(model.rowCount())]
    assert opens == sorted(opens)
    model.sort(model.column_of(InvoiceColumn.NUMBER), Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).number for r in range(4)] == ["F003", "F002", "F001", "C004"]


def test_contact_problems_show_a_warning_sign(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    model = CustomerTableModel(shell_ctx, CustomerQuery(today=TODAY, sort=CustomerSort.NUMBER))
    _loaded(qtbot, model)
    name = model.column_of(CustomerColumn.NAME)
    assert model.index(0, name).data(Qt.ItemDataRole.DecorationRole) is not None  # Özer
    assert model.index(1, name).data(Qt.ItemDataRole.DecorationRole) is None
    assert "contact data" in model.index(0, name).data(Qt.ItemDataRole.ToolTipRole)
