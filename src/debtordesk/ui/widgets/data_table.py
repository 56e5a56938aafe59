"""The table view every list uses: whole-row selection, sortable headers, and a friendly text when
there is nothing to show."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget


class DataTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # sizing columns to their contents looks at this many rows, not at every loaded one
        header.setResizeContentsPrecision(60)
        self._empty = QLabel(self.viewport())
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setStyleSheet("color: palette(mid); font-size: 11pt; padding: 24px;")
        self._empty.hide()
        self.viewport().installEventFilter(self)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._update_empty)
            self._fit_headers()
        self._update_empty()

    def _fit_headers(self) -> None:
        """Every column at least as wide as its title, so an empty list shows whole titles
        ("Betalingskenmerk", not "etalingskenmer"); sizing to the contents or a saved layout
        may change the widths later."""
        header = self.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(
                column, max(header.sectionSize(column), header.sectionSizeHint(column))
            )

    def set_empty_text(self, text: str) -> None:
        """What to say when the list is empty (e.g. how to fill it)."""
        self._empty.setText(text)
        self._update_empty()

    @property
    def empty_text_shown(self) -> bool:
        return not self._empty.isHidden()

    @property
    def empty_text(self) -> str:
        return self._empty.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._empty.setGeometry(self.viewport().rect())
        return super().eventFilter(watched, event)

    def _update_empty(self) -> None:
        model = self.model()
        empty = model is None or model.rowCount() == 0
        self._empty.setVisible(empty and bool(self._empty.text()))
        self._empty.setGeometry(self.viewport().rect())
