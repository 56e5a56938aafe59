"""What the list pages share: a search field and filters above a paged table, the number of matches,
a friendly text when the list is empty, and the column layout remembered per user."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import show_error
from debtordesk.ui.formatting import count_text
from debtordesk.ui.models.table import PagedTableModel
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.search_field import SearchField


class ListPage(QWidget):
    """A page around one paged table model. Subclasses add filters and say what the texts are."""

    def __init__(
        self,
        ctx: UiContext,
        model: PagedTableModel[Any, Any],
        *,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self._name = name
        self.search = SearchField()
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.search)
        self.bar.addStretch(1)
        self.bar.addWidget(self.count_label)
        self.table = DataTable()
        self.table.setModel(model)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        self._layout = layout

        model.loading_changed.connect(self._loading_changed)
        model.count_changed.connect(self._show_count)
        model.page_loaded.connect(self._page_loaded)
        model.failed.connect(lambda error: show_error(self, error))
        self._restored = self._restore_header()

    # -- for subclasses
    def add_filter(self, widget: QWidget) -> None:
        self.bar.insertWidget(self.bar.count() - 2, widget)

    def is_filtered(self) -> bool:
        raise NotImplementedError

    def count_words(self, count: str) -> str:
        """'Invoices: 1,234' for the count label."""
        raise NotImplementedError

    def empty_words(self) -> tuple[str, str]:
        """(nothing in the database yet, nothing matches the filter)"""
        raise NotImplementedError

    def start(self, sort_column: int, descending: bool) -> None:
        """Show the sort order in the header and load the first page (sorting asks the model)."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(sort_column, order)
        self.table.setSortingEnabled(True)
        self._update_empty_text()

    # -- what the main window asks of every page
    def refresh(self) -> None:
        self.model.reload()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def save_state(self) -> None:
        self.ctx.prefs.setValue(f"{self._name}/header", self.table.horizontalHeader().saveState())

    # -- the model's answers
    def _restore_header(self) -> bool:
        state = self.ctx.prefs.value(f"{self._name}/header")
        return bool(state) and self.table.horizontalHeader().restoreState(state)

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self.count_label.setText(QCoreApplication.translate("ListPage", "Loading…"))
        elif self.model.total is not None:
            self._show_count(self.model.total)

    def _show_count(self, count: int) -> None:
        if not self.model.loading:
            self.count_label.setText(self.count_words(count_text(count, self.ctx.language)))

    def _page_loaded(self) -> None:
        if not self._restored and self.model.rowCount():
            self._restored = True  # size the columns to the first rows, once
            self.table.resizeColumnsToContents()
            # amounts further down may be larger than the first page's: room for millions
            money = self.table.fontMetrics().horizontalAdvance("-8.888.888,88") + 16
            for column in range(self.model.columnCount()):
                width = min(self.table.columnWidth(column), 320)
                numeric = self.model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
                )
                self.table.setColumnWidth(column, max(width, money) if numeric else width)
        self._update_empty_text()

    def _update_empty_text(self) -> None:
        empty, no_match = self.empty_words()
        self.table.set_empty_text(no_match if self.is_filtered() else empty)
