"""The call list's table: one row per customer to call, in the list's priority order until the clerk
clicks a header; the phone number looks and acts like a link (click to call)."""

from __future__ import annotations

from enum import IntEnum
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from debtordesk.services.followup import CallListEntry
from debtordesk.ui.followup_labels import reasons_text
from debtordesk.ui.formatting import count_text, date_text, money_text, phone_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.models.roles import RAW_VALUE_ROLE, SORT_KEY_ROLE
from debtordesk.ui.models.table import StaticTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LINK = QColor("#0b5cad")
_MISSING = QColor("#8a5a00")


class CallColumn(IntEnum):
    PRIORITY = 0
    NUMBER = 1
    NAME = 2
    REASONS = 3
    PHONE = 4
    OVERDUE = 5
    DAYS = 6
    ASSIGNED = 7
    LAST_CALLED = 8
    FOLLOW_UP = 9


_HEADERS = {
    CallColumn.PRIORITY: QT_TRANSLATE_NOOP("CallColumns", "#"),
    CallColumn.NUMBER: QT_TRANSLATE_NOOP("CallColumns", "Customer"),
    CallColumn.NAME: QT_TRANSLATE_NOOP("CallColumns", "Name"),
    CallColumn.REASONS: QT_TRANSLATE_NOOP("CallColumns", "Why call"),
    CallColumn.PHONE: QT_TRANSLATE_NOOP("CallColumns", "Phone"),
    CallColumn.OVERDUE: QT_TRANSLATE_NOOP("CallColumns", "Overdue"),
    CallColumn.DAYS: QT_TRANSLATE_NOOP("CallColumns", "Days overdue"),
    CallColumn.ASSIGNED: QT_TRANSLATE_NOOP("CallColumns", "Assigned to"),
    CallColumn.LAST_CALLED: QT_TRANSLATE_NOOP("CallColumns", "Last called"),
    CallColumn.FOLLOW_UP: QT_TRANSLATE_NOOP("CallColumns", "Follow-up"),
}


class CallListModel(StaticTableModel[CallListEntry, CallColumn]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(list(CallColumn), parent)
        self.language = language
        #: each customer's place on the whole list (1 = call first), kept when rows are filtered
        self.priority: dict[int, int] = {}

    def row_id(self, row: CallListEntry) -> int:
        return row.customer_id

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The list comes in priority order: sorting it so again changes nothing."""
        if column == CallColumn.PRIORITY and order == Qt.SortOrder.AscendingOrder:
            places = [self.priority.get(row.customer_id, 0) for row in self._rows]
            if all(a < b for a, b in pairwise(places)):
                self._sorted_by = (column, order)
                return
        super().sort(column, order)

    def header(self, column: CallColumn) -> str:
        return QCoreApplication.translate("CallColumns", _HEADERS[column])

    def cell_alignment(self, column: CallColumn) -> Any:
        if column in (CallColumn.PRIORITY, CallColumn.OVERDUE, CallColumn.DAYS):
            return _RIGHT
        return None

    def cell(self, row: CallListEntry, column: CallColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(column)
        if column is CallColumn.PHONE and row.tel_uri:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _LINK
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("CallColumns", "Click to call {number}").format(
                    number=row.phone
                )
            if role == RAW_VALUE_ROLE:
                return row.tel_uri
        if column is CallColumn.PHONE and not row.phone:
            # nothing to dial: the clerk looks the number up first (and keeps it on the customer)
            if role == Qt.ItemDataRole.ForegroundRole:
                return _MISSING
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "CallColumns",
                    "No phone number is known for this customer. Look one up (a contract, an "
                    "earlier e-mail, the phone book) and add it on the customer's details.",
                )
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("CallColumns", "no number known")
        if role == Qt.ItemDataRole.ToolTipRole and column is CallColumn.REASONS:
            return reasons_text(row.reasons)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_KEY_ROLE):
            return None
        sort = role == SORT_KEY_ROLE
        match column:
            case CallColumn.PRIORITY:
                place = self.priority.get(row.customer_id, 0)
                return place if sort else count_text(place, self.language)
            case CallColumn.NUMBER:
                return row.number
            case CallColumn.NAME:
                return row.name.casefold() if sort else row.name
            case CallColumn.REASONS:
                return reasons_text(row.reasons)
            case CallColumn.PHONE:
                return (row.phone or "") if sort else phone_text(row.phone)
            case CallColumn.OVERDUE:
                return row.overdue_amount if sort else money_text(row.overdue_amount, self.language)
            case CallColumn.DAYS:
                return row.days_overdue if sort else count_text(row.days_overdue, self.language)
            case CallColumn.ASSIGNED:
                return row.assigned_to or ""
            case CallColumn.LAST_CALLED:
                return row.last_called_on if sort else date_text(row.last_called_on, self.language)
            case CallColumn.FOLLOW_UP:
                return row.follow_up_on if sort else date_text(row.follow_up_on, self.language)
        return None
