"""A customer's letters, each reopened from the archive exactly as it was printed (no new rendering)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.services.letters import LetterInfo, letter_pdf, letters_for_customer
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import show_error
from debtordesk.ui.formatting import date_text, datetime_text, money_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.models.roles import SORT_KEY_ROLE
from debtordesk.ui.models.table import StaticTableModel
from debtordesk.ui.pages.letters.model import status_text
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.pdf_preview import PdfPreview, print_document
from debtordesk.ui.widgets.screen_size import initial_size


class Column(IntEnum):
    DATE = 0
    STEP = 1
    BATCH = 2
    TOTAL = 3
    REFERENCE = 4
    STATUS = 5
    POSTED = 6
    RETURNED = 7


_HEADERS = {
    Column.DATE: QT_TRANSLATE_NOOP("CustomerLetters", "Letter date"),
    Column.STEP: QT_TRANSLATE_NOOP("CustomerLetters", "Step"),
    Column.BATCH: QT_TRANSLATE_NOOP("CustomerLetters", "Batch"),
    Column.TOTAL: QT_TRANSLATE_NOOP("CustomerLetters", "To pay"),
    Column.REFERENCE: QT_TRANSLATE_NOOP("CustomerLetters", "Payment reference"),
    Column.STATUS: QT_TRANSLATE_NOOP("CustomerLetters", "Status"),
    Column.POSTED: QT_TRANSLATE_NOOP("CustomerLetters", "Posted on"),
    Column.RETURNED: QT_TRANSLATE_NOOP("CustomerLetters", "Returned"),
}


class CustomerLettersModel(StaticTableModel[LetterInfo, Column]):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(list(Column), parent)
        self.language = language

    def cell_alignment(self, column: Column) -> Any:
        if column in (Column.BATCH, Column.TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def header(self, column: Column) -> str:
        return QCoreApplication.translate("CustomerLetters", _HEADERS[column])

    def cell(self, row: LetterInfo, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(column)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_KEY_ROLE):
            return None
        sort = role == SORT_KEY_ROLE
        match column:
            case Column.DATE:
                return row.letter_date if sort else date_text(row.letter_date, self.language)
            case Column.STEP:
                return row.step_name
            case Column.BATCH:
                return row.batch_number if sort else str(row.batch_number)
            case Column.TOTAL:
                return row.total if sort else money_text(row.total, self.language)
            case Column.REFERENCE:
                return row.payment_reference
            case Column.STATUS:
                return row.batch_status.value if sort else status_text(row.batch_status)
            case Column.POSTED:
                return row.dispatched_on if sort else date_text(row.dispatched_on, self.language)
            case Column.RETURNED:
                if row.returned_at is None:
                    return ""
                return row.returned_at if sort else datetime_text(row.returned_at, self.language)
        return None


class CustomerLetters(QWidget):
    """The letters tab of the customer panel."""

    #: the number of letters shown changed (for the tab's title)
    counted = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._customer: int | None = None
        self.model = CustomerLettersModel(ctx.language, self)
        self.table = DataTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest letter first
        self.table.set_empty_text(self.tr("No letters have been printed for this customer."))
        self.table.doubleClicked.connect(lambda _index: self.open_letter())
        self.open_button = QPushButton(self.tr("Open letter"))
        self.open_button.clicked.connect(self.open_letter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.dialogs: list[QDialog] = []

    def show_customer(self, customer_id: int) -> None:
        self._customer = customer_id
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda _progress: (customer_id, letters_for_customer(db, customer_id)),
            self._listed,
            lambda error: show_error(self, error),
        )

    def _listed(self, answer: tuple[int, list[LetterInfo]]) -> None:
        customer_id, letters = answer
        if customer_id != self._customer:
            return
        self.model.set_rows(letters)
        self.table.resizeColumnsToContents()
        self.counted.emit(len(letters))

    def open_letter(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        letter = self.model.row_at(index.row())
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda _progress: letter_pdf(db, letter.id),
            lambda pdf: self._show(letter, pdf),
            lambda error: show_error(self, error),
        )

    def _show(self, letter: LetterInfo, pdf: bytes) -> None:
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(
            self.tr("Letter of {date} to {customer} (batch {batch})").format(
                date=date_text(letter.letter_date, self.ctx.language),
                customer=letter.customer_name,
                batch=letter.batch_number,
            )
        )
        initial_size(dialog, 760, 900)
        preview = PdfPreview(dialog)
        preview.load_bytes(pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(lambda: print_document(dialog, preview.document))
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(preview, 1)
        layout.addWidget(buttons)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.show()

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
