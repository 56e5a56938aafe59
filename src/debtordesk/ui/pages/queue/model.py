"""The queue table: a plain table model over the computed rows, filtered and sorted in memory.

A QSortFilterProxyModel calls back into Python for every comparison; at 40,000 rows that is far over
the 200 ms a filter change may take. Here the filter is one Python pass over precomputed fields
(:mod:`.rows`) and the sort one ``list.sort`` with a key, and the view is told with a model reset.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from debtordesk.i18n.catalogue import render
from debtordesk.ui.dunning_labels import absorbed_text, channel_text, dunning_label
from debtordesk.ui.formatting import count_text, date_text, money_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.models.roles import RAW_VALUE_ROLE, ROW_ID_ROLE, SORT_KEY_ROLE
from debtordesk.ui.pages.queue.rows import (
    NUMBER_COLUMNS,
    QueueColumn,
    QueueFilter,
    QueueRow,
    Totals,
    filter_rows,
    sort_key,
    totals_of,
)

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

_HEADERS = {
    QueueColumn.NUMBER: QT_TRANSLATE_NOOP("QueueColumns", "Number"),
    QueueColumn.NAME: QT_TRANSLATE_NOOP("QueueColumns", "Name"),
    QueueColumn.STEP: QT_TRANSLATE_NOOP("QueueColumns", "Step due"),
    QueueColumn.CHANNELS: QT_TRANSLATE_NOOP("QueueColumns", "Channels"),
    QueueColumn.INVOICES: QT_TRANSLATE_NOOP("QueueColumns", "Invoices"),
    QueueColumn.OPEN: QT_TRANSLATE_NOOP("QueueColumns", "Open"),
    QueueColumn.OVERDUE: QT_TRANSLATE_NOOP("QueueColumns", "Overdue"),
    QueueColumn.COSTS: QT_TRANSLATE_NOOP("QueueColumns", "Costs"),
    QueueColumn.INTEREST: QT_TRANSLATE_NOOP("QueueColumns", "Interest"),
    QueueColumn.DAYS: QT_TRANSLATE_NOOP("QueueColumns", "Days overdue"),
    QueueColumn.CURRENT_STEP: QT_TRANSLATE_NOOP("QueueColumns", "Current step"),
    QueueColumn.HOLDS: QT_TRANSLATE_NOOP("QueueColumns", "Holds"),
    QueueColumn.LAST_CONTACT: QT_TRANSLATE_NOOP("QueueColumns", "Last contact"),
    QueueColumn.POLICY: QT_TRANSLATE_NOOP("QueueColumns", "Segment / policy"),
    QueueColumn.ASSIGNED: QT_TRANSLATE_NOOP("QueueColumns", "Assigned to"),
}


class QueueTableModel(QAbstractTableModel):
    """``filtered`` fires after the visible rows changed (a new queue, filter or sort)."""

    filtered = Signal()

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._all: list[QueueRow] = []
        self._rows: list[QueueRow] = []
        self._filter = QueueFilter()
        self._sorted_by: tuple[QueueColumn, bool] | None = None
        self._texts: dict[tuple[int, int], str] = {}
        self._totals = totals_of([])
        #: app_user id -> the name a clerk is shown by
        self._clerk_names: dict[int, str] = {}

    # -- for the page
    def set_rows(self, rows: Sequence[QueueRow]) -> None:
        """A newly computed queue; the filter and sort order stay."""
        self._all = list(rows)
        self._texts.clear()
        self._apply()

    def set_clerk_names(self, names: Mapping[int, str]) -> None:
        """The names of the clerks customers can be assigned to (shown in "Assigned to")."""
        self._clerk_names = dict(names)
        self._texts.clear()

    def assigned_changed(self, rows: Sequence[QueueRow]) -> None:
        """Rows whose assigned clerk was changed in place: filter and sort again."""
        for row in rows:
            self._texts.pop((row.customer_id, QueueColumn.ASSIGNED), None)
        self._apply()

    def set_filter(self, wanted: QueueFilter) -> None:
        if wanted != self._filter:
            self._filter = wanted
            self._apply()

    @property
    def current_filter(self) -> QueueFilter:
        return self._filter

    @property
    def all_rows(self) -> tuple[QueueRow, ...]:
        return tuple(self._all)

    @property
    def totals(self) -> Totals:
        return self._totals

    def queue_row(self, row: int) -> QueueRow:
        return self._rows[row]

    def row_of_customer(self, customer_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.customer_id == customer_id), None)

    def _apply(self) -> None:
        self.beginResetModel()
        rows = filter_rows(self._all, self._filter)
        if self._sorted_by is not None:
            column, descending = self._sorted_by
            rows.sort(key=sort_key(column, self._clerk_names), reverse=descending)
        self._rows = rows
        self._totals = totals_of(rows)
        self.endResetModel()
        self.filtered.emit()

    # -- Qt's side
    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(QueueColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(QueueColumn):
            return None
        column = QueueColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("QueueColumns", _HEADERS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(QueueColumn):
            return
        self._sorted_by = (QueueColumn(column), order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(index, self._rows[index.row()]) for index in persistent]
        column_key = QueueColumn(column)
        self._rows.sort(key=sort_key(column_key, self._clerk_names), reverse=self._sorted_by[1])
        position = {id(row): number for number, row in enumerate(self._rows)}
        for index, row in before:
            self.changePersistentIndex(index, self.index(position[id(row)], index.column()))
        self.layoutChanged.emit()
        self.filtered.emit()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], QueueColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            key = (row.customer_id, index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._text(row, column)
            return text
        if role == ROW_ID_ROLE:
            return row.customer_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_KEY_ROLE:
            return sort_key(column, self._clerk_names)(row)
        if role == RAW_VALUE_ROLE:
            return row
        return None

    def _text(self, row: QueueRow, column: QueueColumn) -> str:
        entry, language = row.entry, self.language
        figures, action = entry.row, entry.row.action
        match column:
            case QueueColumn.NUMBER:
                return entry.contact.number
            case QueueColumn.NAME:
                return entry.contact.name
            case QueueColumn.STEP:
                return row.step
            case QueueColumn.CHANNELS:
                return ", ".join(channel_text(d) for d in action.channels) if action else ""
            case QueueColumn.INVOICES:
                return count_text(row.invoices, language) if row.invoices else ""
            case QueueColumn.OPEN:
                return money_text(figures.open_amount, language)
            case QueueColumn.OVERDUE:
                return money_text(figures.overdue_amount, language)
            case QueueColumn.COSTS:
                return money_text(figures.costs, language) if figures.costs else ""
            case QueueColumn.INTEREST:
                return money_text(figures.interest, language) if figures.interest else ""
            case QueueColumn.DAYS:
                return count_text(row.days, language) if row.days > 0 else ""
            case QueueColumn.CURRENT_STEP:
                return row.current_step
            case QueueColumn.HOLDS:
                return ", ".join(dunning_label(hold.reason) for hold in figures.holds)
            case QueueColumn.LAST_CONTACT:
                return date_text(row.last_contact, language)
            case QueueColumn.POLICY:
                return " / ".join(part for part in (row.segment, row.policy) if part)
            case QueueColumn.ASSIGNED:
                if row.assigned is None:
                    return ""
                return self._clerk_names.get(row.assigned, "?")

    def _tooltip(self, row: QueueRow, column: QueueColumn) -> str | None:
        figures = row.entry.row
        if column is QueueColumn.STEP:
            if figures.action is not None:
                return render(figures.action.reason)
            return render(figures.blocked) if figures.blocked is not None else None
        if column is QueueColumn.CHANNELS and figures.action is not None:
            return "\n".join(
                " ".join(part for part in (render(d.reason), absorbed_text(d)) if part)
                for d in figures.action.channels
            )
        return None
