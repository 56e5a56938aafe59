"""A customer's timeline, newest first: when, what happened (in words), which invoice, who. An e-mail
whose letter PDF is kept shows a file icon (the timeline tab opens it)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QStyle

from debtordesk.services.views import TimelineEntry
from debtordesk.ui.formatting import datetime_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.models.roles import RAW_VALUE_ROLE, SORT_KEY_ROLE
from debtordesk.ui.models.table import StaticTableModel


class TimelineColumn(IntEnum):
    AT = 0
    TEXT = 1
    INVOICE = 2
    USER = 3


_HEADERS = {
    TimelineColumn.AT: QT_TRANSLATE_NOOP("TimelineColumns", "When"),
    TimelineColumn.TEXT: QT_TRANSLATE_NOOP("TimelineColumns", "What happened"),
    TimelineColumn.INVOICE: QT_TRANSLATE_NOOP("TimelineColumns", "Invoice"),
    TimelineColumn.USER: QT_TRANSLATE_NOOP("TimelineColumns", "By"),
}


class TimelineModel(StaticTableModel[TimelineEntry, TimelineColumn]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(list(TimelineColumn), parent)
        self.language = language

    def row_id(self, row: TimelineEntry) -> int:
        return self._rows.index(row)

    def header(self, column: TimelineColumn) -> str:
        return QCoreApplication.translate("TimelineColumns", _HEADERS[column])

    def cell(self, row: TimelineEntry, column: TimelineColumn, role: int) -> Any:
        raw: Any = {
            TimelineColumn.AT: row.at,
            TimelineColumn.TEXT: row.text,
            TimelineColumn.INVOICE: row.invoice_number,
            TimelineColumn.USER: row.user_login,
        }[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column is TimelineColumn.AT:
                return datetime_text(row.at, self.language)
            return raw or ""
        if role == Qt.ItemDataRole.ToolTipRole and column is TimelineColumn.TEXT:
            if row.email_attachment_id is not None:
                hint = QCoreApplication.translate(
                    "TimelineColumns", "Double-click to open the letter PDF this e-mail carried."
                )
                return f"{row.text}\n{hint}"
            return row.text
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column is TimelineColumn.TEXT
            and row.email_attachment_id is not None
        ):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if role == SORT_KEY_ROLE:
            return row.at.isoformat() if column is TimelineColumn.AT else (raw or None)
        if role == RAW_VALUE_ROLE:
            return raw
        return None
