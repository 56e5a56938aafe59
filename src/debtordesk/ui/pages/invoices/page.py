"""The invoices list: search, status and overdue filters; a double-click opens the customer below."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QSplitter, QWidget

from debtordesk.services.views import InvoiceQuery, StatusFilter
from debtordesk.ui.context import UiContext
from debtordesk.ui.models.invoices import InvoiceColumn, InvoiceTableModel
from debtordesk.ui.pages.list_page import ListPage
from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel


class InvoicesPage(ListPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        query = InvoiceQuery(today=ctx.today(), administration_id=ctx.administration.id)
        model = InvoiceTableModel(ctx, query)
        super().__init__(
            ctx,
            model,
            name="invoices",
            parent=parent,
        )
        self.search.setPlaceholderText(
            self.tr("Search invoice number, customer, postcode or e-mail  (Ctrl+F)")
        )
        self.invoices = model
        self.status = QComboBox()
        for text, value in (
            (self.tr("Open"), StatusFilter.OPEN),
            (self.tr("Paid and closed"), StatusFilter.CLOSED),
            (self.tr("All"), StatusFilter.ALL),
        ):
            self.status.addItem(text, value)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.add_filter(self.status)
        self.add_filter(self.overdue_only)

        self.detail = CustomerDetailPanel(ctx)
        self.detail.hide()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._layout.addWidget(self.splitter, 1)

        self.search.search_changed.connect(self._filter_changed)
        self.status.currentIndexChanged.connect(self._filter_changed)
        self.overdue_only.toggled.connect(self._filter_changed)
        self.table.doubleClicked.connect(self.open_customer)
        self.table.activated.connect(self.open_customer)
        ctx.administration.changed.connect(self._administration_changed)
        self.start(model.column_of(InvoiceColumn.DUE_DATE), descending=False)

    def is_filtered(self) -> bool:
        return (
            bool(self.search.text().strip())
            or self.overdue_only.isChecked()
            or StatusFilter(self.status.currentData()) is not StatusFilter.OPEN
        )

    def count_words(self, count: str) -> str:
        return self.tr("Invoices: {count}").format(count=count)

    def empty_words(self) -> tuple[str, str]:
        return (
            self.tr("No open invoices — import your open-items list with File > Import…"),
            self.tr("No invoice matches these filters."),
        )

    def refresh(self) -> None:
        super().refresh()
        if self.detail.isVisible():
            self.detail.reload()

    def open_customer(self, index: QModelIndex) -> None:
        """Show the customer of the invoice at ``index`` below the list, on that invoice."""
        if not index.isValid():
            return
        row = self.invoices.row_at(index.row())
        if self.detail.isHidden():
            self.detail.show()
            height = self.splitter.height()
            self.splitter.setSizes([height * 3 // 5, height * 2 // 5])
        self.detail.show_customer(row.customer_id, invoice_id=row.id)

    def _administration_changed(self) -> None:
        self.detail.clear()
        self.detail.hide()
        self.invoices.set_query(
            replace(self.invoices.query, administration_id=self.ctx.administration.id)
        )

    def _filter_changed(self) -> None:
        self.invoices.set_query(
            replace(
                self.invoices.query,
                search=self.search.text(),
                status=StatusFilter(self.status.currentData()),
                overdue_only=self.overdue_only.isChecked(),
            )
        )
        self._update_empty_text()
