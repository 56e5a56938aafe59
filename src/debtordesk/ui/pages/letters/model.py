"""The two tables of the letters page: the batches, and the letters of the batch chosen."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from debtordesk.domain.letter_batches import LetterBatchStatus
from debtordesk.services.letters import BatchInfo, LetterInfo
from debtordesk.ui.formatting import count_text, date_text, datetime_text, money_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.models.roles import SORT_KEY_ROLE
from debtordesk.ui.models.table import StaticTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

STATUS_LABELS = {
    LetterBatchStatus.GENERATED: QT_TRANSLATE_NOOP("LetterLabels", "Ready to print"),
    LetterBatchStatus.PRINTED: QT_TRANSLATE_NOOP("LetterLabels", "Printed"),
    LetterBatchStatus.DISPATCHED: QT_TRANSLATE_NOOP("LetterLabels", "Posted"),
    LetterBatchStatus.CANCELLED: QT_TRANSLATE_NOOP("LetterLabels", "Cancelled"),
}

QR_LABELS = {
    "link": QT_TRANSLATE_NOOP("LetterLabels", "Payment link"),
    "epc": QT_TRANSLATE_NOOP("LetterLabels", "Bank transfer (EPC)"),
    "none": QT_TRANSLATE_NOOP("LetterLabels", "No QR code"),
}


def status_text(status: LetterBatchStatus) -> str:
    return QCoreApplication.translate("LetterLabels", STATUS_LABELS[status])


class BatchColumn(IntEnum):
    NUMBER = 0
    CREATED = 1
    LETTERS = 2
    PAGES = 3
    STATUS = 4
    POSTED = 5


_BATCH_HEADERS = {
    BatchColumn.NUMBER: QT_TRANSLATE_NOOP("LetterColumns", "Batch"),
    BatchColumn.CREATED: QT_TRANSLATE_NOOP("LetterColumns", "Made"),
    BatchColumn.LETTERS: QT_TRANSLATE_NOOP("LetterColumns", "Letters"),
    BatchColumn.PAGES: QT_TRANSLATE_NOOP("LetterColumns", "Pages"),
    BatchColumn.STATUS: QT_TRANSLATE_NOOP("LetterColumns", "Status"),
    BatchColumn.POSTED: QT_TRANSLATE_NOOP("LetterColumns", "Posted on"),
}


class BatchModel(StaticTableModel[BatchInfo, BatchColumn]):
    def __init__(self, language: str) -> None:
        super().__init__(list(BatchColumn))
        self.language = language

    def header(self, column: BatchColumn) -> str:
        return QCoreApplication.translate("LetterColumns", _BATCH_HEADERS[column])

    def cell_alignment(self, column: BatchColumn) -> Any:
        if column in (BatchColumn.NUMBER, BatchColumn.LETTERS, BatchColumn.PAGES):
            return _RIGHT
        return None

    def cell(self, row: BatchInfo, column: BatchColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(column)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_KEY_ROLE):
            return None
        sort = role == SORT_KEY_ROLE
        match column:
            case BatchColumn.NUMBER:
                if sort:
                    return row.number
                text = str(row.number)
                if row.reprint_of_id is not None:
                    text += " " + QCoreApplication.translate("LetterLabels", "(reprint)")
                return text
            case BatchColumn.CREATED:
                return row.created_at if sort else datetime_text(row.created_at, self.language)
            case BatchColumn.LETTERS:
                return row.letter_count if sort else count_text(row.letter_count, self.language)
            case BatchColumn.PAGES:
                return row.pages if sort else count_text(row.pages, self.language)
            case BatchColumn.STATUS:
                return row.status.value if sort else status_text(row.status)
            case BatchColumn.POSTED:
                return row.dispatched_on if sort else date_text(row.dispatched_on, self.language)
        return None


class LetterColumn(IntEnum):
    PAGE = 0
    NUMBER = 1
    NAME = 2
    STEP = 3
    PAGES = 4
    TOTAL = 5
    REFERENCE = 6
    QR = 7
    RETURNED = 8


_LETTER_HEADERS = {
    LetterColumn.PAGE: QT_TRANSLATE_NOOP("LetterColumns", "From page"),
    LetterColumn.NUMBER: QT_TRANSLATE_NOOP("LetterColumns", "Customer"),
    LetterColumn.NAME: QT_TRANSLATE_NOOP("LetterColumns", "Name"),
    LetterColumn.STEP: QT_TRANSLATE_NOOP("LetterColumns", "Step"),
    LetterColumn.PAGES: QT_TRANSLATE_NOOP("LetterColumns", "Pages"),
    LetterColumn.TOTAL: QT_TRANSLATE_NOOP("LetterColumns", "To pay"),
    LetterColumn.REFERENCE: QT_TRANSLATE_NOOP("LetterColumns", "Payment reference"),
    LetterColumn.QR: QT_TRANSLATE_NOOP("LetterColumns", "QR code"),
    LetterColumn.RETURNED: QT_TRANSLATE_NOOP("LetterColumns", "Returned"),
}


class LetterModel(StaticTableModel[LetterInfo, LetterColumn]):
    def __init__(self, language: str) -> None:
        super().__init__(list(LetterColumn))
        self.language = language

    def header(self, column: LetterColumn) -> str:
        return QCoreApplication.translate("LetterColumns", _LETTER_HEADERS[column])

    def cell_alignment(self, column: LetterColumn) -> Any:
        if column in (LetterColumn.PAGE, LetterColumn.PAGES, LetterColumn.TOTAL):
            return _RIGHT
        return None

    def cell(self, row: LetterInfo, column: LetterColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(column)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_KEY_ROLE):
            return None
        sort = role == SORT_KEY_ROLE
        match column:
            case LetterColumn.PAGE:
                return row.first_page if sort else str(row.first_page)
            case LetterColumn.NUMBER:
                return row.customer_number
            case LetterColumn.NAME:
                return row.customer_name
            case LetterColumn.STEP:
                return row.step_name
            case LetterColumn.PAGES:
                return row.pages if sort else str(row.pages)
            case LetterColumn.TOTAL:
                return row.total if sort else money_text(row.total, self.language)
            case LetterColumn.REFERENCE:
                return row.payment_reference
            case LetterColumn.QR:
                label = QR_LABELS.get(row.qr_kind, row.qr_kind)
                return QCoreApplication.translate("LetterLabels", label)
            case LetterColumn.RETURNED:
                if row.returned_at is None:
                    return ""
                return row.returned_at if sort else datetime_text(row.returned_at, self.language)
        return None
