"""The customers list with a search, an "open items only" filter, and the detail panel beside it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QSplitter, QWidget

from debtordesk.services.views import CustomerQuery
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.handover_export import HandoverExportAction
from debtordesk.ui.dialogs.hold import DunningActions, HoldTarget
from debtordesk.ui.models.customers import CustomerColumn, CustomerTableModel
from debtordesk.ui.models.roles import ROW_ID_ROLE
from debtordesk.ui.pages.list_page import ListPage
from debtordesk.ui.pages.queue.assign import AssignCustomersAction
from debtordesk.ui.widgets.call_logger import CallLogger
from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel


class CustomersPage(ListPage):
    #: a call (CallLogResult) or an arrangement (its record) was recorded from this page (Ctrl+L)
    followed_up = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        query = CustomerQuery(today=ctx.today(), administration_id=ctx.administration.id)
        model = CustomerTableModel(ctx, query)
        super().__init__(
            ctx,
            model,
            name="customers",
            parent=parent,
        )
        self.search.setPlaceholderText(self.tr("Search number, name, postcode or e-mail  (Ctrl+F)"))
        self.customers = model
        self.open_only = QCheckBox(self.tr("Only customers with open invoices"))
        self.add_filter(self.open_only)

        self.detail = CustomerDetailPanel(ctx)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 520])
        self._layout.addWidget(self.splitter, 1)
        self._selected_id: int | None = None

        # holds, hand-over and write-off for the selected customer (or its selected invoices):
        # in the table's context menu and the main window's Customer menu
        self.dunning = DunningActions(ctx, self, self._hold_target)
        self.dunning.changed.connect(lambda _customer_id: self.refresh())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(self.dunning.actions)
        self.handover_export = HandoverExportAction(ctx, self, self._selected_ids)
        self.table.addAction(self.handover_export.action)
        # assigning the selected customers to a clerk (the queue's "Assigned to")
        self.assign = AssignCustomersAction(ctx, self, self._selected_ids)
        self.assign.assigned.connect(lambda _changed: self.refresh())
        self.table.addAction(self.assign.action)
        # Ctrl+L logs a call with the chosen customer, as on the call list
        self.calls = CallLogger(ctx, self, lambda: self._selected_id, lambda: self.detail.detail)
        self.calls.call_logged.connect(self._call_logged)
        self.calls.arrangement_saved.connect(self._call_logged)
        self.table.addAction(self.calls.action)

        self.search.search_changed.connect(self._filter_changed)
        self.open_only.toggled.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        model.page_loaded.connect(self._reselect)
        ctx.administration.changed.connect(self._administration_changed)
        # a clerk opens the list to see who owes most: largest overdue amount first
        self.start(model.column_of(CustomerColumn.OVERDUE_TOTAL), descending=True)

    def is_filtered(self) -> bool:
        return bool(self.search.text().strip()) or self.open_only.isChecked()

    def count_words(self, count: str) -> str:
        return self.tr("Customers: {count}").format(count=count)

    def empty_words(self) -> tuple[str, str]:
        return (
            self.tr("No customers yet — import your open-items list with File > Import…"),
            self.tr("No customer matches this search."),
        )

    def refresh(self) -> None:
        super().refresh()
        self.detail.reload()

    def select_customer(self, customer_id: int) -> None:
        """Select a customer if it is among the rows loaded so far, and show its detail."""
        row = self.customers.row_of_id(customer_id)
        if row is not None:
            self.table.selectRow(row)
        self.detail.show_customer(customer_id)

    def assign_selected(self) -> None:
        """Customer > Assign to… in the main window."""
        self.assign.start()

    def log_call(self) -> bool:
        """The log-call form for the chosen customer (Ctrl+L; Follow-up > Log call…)."""
        return self.calls.log_call()

    def _call_logged(self, result: object) -> None:
        # the main window refreshes every list; the panel shows the call on the timeline now
        self.detail.reload()
        self.followed_up.emit(result)

    def _selected_ids(self) -> list[int]:
        """The customers selected in the list (several for the hand-over dossiers)."""
        rows = self.table.selectionModel().selectedRows()
        return [customer_id for index in rows if (customer_id := index.data(ROW_ID_ROLE))]

    def _hold_target(self) -> HoldTarget | None:
        detail = self.detail.detail
        if self._selected_id is None or detail is None or detail.id != self._selected_id:
            return None
        chosen = {
            self.detail.invoice_model.row_at(index.row()).id
            for index in self.detail.invoice_table.selectionModel().selectedRows()
        }
        invoices = tuple((i.id, i.number) for i in detail.invoices if i.id in chosen)
        return HoldTarget(detail.id, detail.number, detail.name, invoices)

    def _filter_changed(self) -> None:
        self.customers.set_query(
            replace(
                self.customers.query,
                search=self.search.text(),
                with_open_only=self.open_only.isChecked(),
            )
        )
        self._update_empty_text()

    def _administration_changed(self) -> None:
        """Another administration's customers: the one shown in the detail is not among them."""
        self._selected_id = None
        self.table.clearSelection()
        self.detail.clear()
        self.customers.set_query(
            replace(self.customers.query, administration_id=self.ctx.administration.id)
        )

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        customer_id = indexes[0].data(ROW_ID_ROLE)
        if customer_id != self._selected_id:
            self._selected_id = customer_id
            self.detail.show_customer(customer_id)

    def _reselect(self) -> None:
        """After a reload, keep the same customer selected when it is still in the list."""
        if self._selected_id is None or self.table.selectionModel().hasSelection():
            return
        row = self.customers.row_of_id(self._selected_id)
        if row is not None:
            self.table.selectRow(row)
