"""The disputes table: one row per disputed invoice, oldest first until the clerk clicks a header."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from debtordesk.services.followup import DisputeRecord
from debtordesk.ui.followup_labels import dispute_reason_text, dispute_status_text
from debtordesk.ui.formatting import date_text, money_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.models.roles import SORT_KEY_ROLE
from debtordesk.ui.models.table import StaticTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class DisputeColumn(IntEnum):
    OPENED = 0
    NUMBER = 1
    NAME = 2
    INVOICE = 3
    OPEN_AMOUNT = 4
    REASON = 5
    TEXT = 6
    STATUS = 7
    DECISION = 8
    BY = 9


_HEADERS = {
    DisputeColumn.OPENED: QT_TRANSLATE_NOOP("DisputeColumns", "Disputed on"),
    DisputeColumn.NUMBER: QT_TRANSLATE_NOOP("DisputeColumns", "Customer"),
    DisputeColumn.NAME: QT_TRANSLATE_NOOP("DisputeColumns", "Name"),
    DisputeColumn.INVOICE: QT_TRANSLATE_NOOP("DisputeColumns", "Invoice"),
    DisputeColumn.OPEN_AMOUNT: QT_TRANSLATE_NOOP("DisputeColumns", "Open"),
    DisputeColumn.REASON: QT_TRANSLATE_NOOP("DisputeColumns", "Reason"),
    DisputeColumn.TEXT: QT_TRANSLATE_NOOP("DisputeColumns", "In the customer's words"),
    DisputeColumn.STATUS: QT_TRANSLATE_NOOP("DisputeColumns", "Status"),
    DisputeColumn.DECISION: QT_TRANSLATE_NOOP("DisputeColumns", "Decision"),
    DisputeColumn.BY: QT_TRANSLATE_NOOP("DisputeColumns", "Opened by"),
}


def decision_text(row: DisputeRecord) -> str:
    """The decision's and the resolution's notes, as far as there are any."""
    return " · ".join(note for note in (row.decision_note, row.resolution_note) if note)


class DisputeModel(StaticTableModel[DisputeRecord, DisputeColumn]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(list(DisputeColumn), parent)
        self.language = language

    def header(self, column: DisputeColumn) -> str:
        return QCoreApplication.translate("DisputeColumns", _HEADERS[column])

    def cell_alignment(self, column: DisputeColumn) -> Any:
        return _RIGHT if column is DisputeColumn.OPEN_AMOUNT else None

    def cell(self, row: DisputeRecord, column: DisputeColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            DisputeColumn.TEXT,
            DisputeColumn.DECISION,
        ):
            return row.reason_text if column is DisputeColumn.TEXT else decision_text(row)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_KEY_ROLE):
            return None
        sort = role == SORT_KEY_ROLE
        match column:
            case DisputeColumn.OPENED:
                return row.opened_on if sort else date_text(row.opened_on, self.language)
            case DisputeColumn.NUMBER:
                return row.customer_number
            case DisputeColumn.NAME:
                return row.customer_name.casefold() if sort else row.customer_name
            case DisputeColumn.INVOICE:
                return row.invoice_number
            case DisputeColumn.OPEN_AMOUNT:
                if row.open_amount is None:
                    return None if sort else ""
                return row.open_amount if sort else money_text(row.open_amount, self.language)
            case DisputeColumn.REASON:
                return dispute_reason_text(row.reason_code)
            case DisputeColumn.TEXT:
                return row.reason_text
            case DisputeColumn.STATUS:
                return dispute_status_text(row.status)
            case DisputeColumn.DECISION:
                return decision_text(row)
            case DisputeColumn.BY:
                return row.opened_by or ""
        return None
