"""Tools > Claims nearing prescription: the open invoices of the current administration that prescribe
(verjaren) within N days of today or already have, soonest first, with the last interrupting letter
(services/prescription.py says which letters interrupt). Loaded in the background; the clerk acts on
the customer from the queue or the customer list."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.legal_claims import PRESCRIPTION_WARNING_DAYS
from debtordesk.i18n.catalogue import render
from debtordesk.services.prescription import (
    MAX_WITHIN_DAYS,
    PrescriptionWarning,
    prescription_warnings,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.lifetime import while_alive
from debtordesk.ui.errors import error_text
from debtordesk.ui.formatting import count_text, date_text, money_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.labels import label
from debtordesk.ui.models.roles import SORT_KEY_ROLE
from debtordesk.ui.models.table import StaticTableModel
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.screen_size import initial_size

_CONTEXT = "PrescriptionColumns"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# already prescribed: red, like overdue days elsewhere
_PRESCRIBED = QColor(180, 20, 20)
_ERROR_STYLE = "color: #b41414;"


class PrescriptionColumn(IntEnum):
    CUSTOMER_NUMBER = 0
    CUSTOMER = 1
    INVOICE = 2
    DUE_DATE = 3
    OPEN = 4
    CLAIM_TYPE = 5
    LAST_LETTER = 6
    PRESCRIBES_ON = 7
    DAYS_LEFT = 8


_HEADERS = {
    PrescriptionColumn.CUSTOMER_NUMBER: QT_TRANSLATE_NOOP("PrescriptionColumns", "Customer no."),
    PrescriptionColumn.CUSTOMER: QT_TRANSLATE_NOOP("PrescriptionColumns", "Customer"),
    PrescriptionColumn.INVOICE: QT_TRANSLATE_NOOP("PrescriptionColumns", "Invoice"),
    PrescriptionColumn.DUE_DATE: QT_TRANSLATE_NOOP("PrescriptionColumns", "Due date"),
    PrescriptionColumn.OPEN: QT_TRANSLATE_NOOP("PrescriptionColumns", "Open"),
    PrescriptionColumn.CLAIM_TYPE: QT_TRANSLATE_NOOP("PrescriptionColumns", "Claim type"),
    PrescriptionColumn.LAST_LETTER: QT_TRANSLATE_NOOP(
        "PrescriptionColumns", "Last interrupting letter"
    ),
    PrescriptionColumn.PRESCRIBES_ON: QT_TRANSLATE_NOOP("PrescriptionColumns", "Prescribes on"),
    PrescriptionColumn.DAYS_LEFT: QT_TRANSLATE_NOOP("PrescriptionColumns", "Days left"),
}
_NUMBERS = frozenset({PrescriptionColumn.OPEN, PrescriptionColumn.DAYS_LEFT})


class PrescriptionModel(StaticTableModel[PrescriptionWarning, PrescriptionColumn]):
    """The warnings, one invoice per row, in the service's order until a header is clicked."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(tuple(PrescriptionColumn), parent)
        self.language = language

    def row_id(self, row: PrescriptionWarning) -> int:
        return row.invoice_id

    def header(self, column: PrescriptionColumn) -> str:
        return QCoreApplication.translate(_CONTEXT, _HEADERS[column])

    def cell_alignment(self, column: PrescriptionColumn) -> Any:
        return _RIGHT if column in _NUMBERS else None

    def cell(self, row: PrescriptionWarning, column: PrescriptionColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_KEY_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return render(row.message)
        if role == Qt.ItemDataRole.ForegroundRole and row.days_left <= 0:
            return _PRESCRIBED
        return None

    def _text(self, row: PrescriptionWarning, column: PrescriptionColumn) -> str:
        language = self.language
        match column:
            case PrescriptionColumn.CUSTOMER_NUMBER:
                return row.customer_number
            case PrescriptionColumn.CUSTOMER:
                return row.customer_name
            case PrescriptionColumn.INVOICE:
                return row.invoice_number
            case PrescriptionColumn.DUE_DATE:
                return date_text(row.due_date, language)
            case PrescriptionColumn.OPEN:
                return money_text(row.open_amount, language)
            case PrescriptionColumn.CLAIM_TYPE:
                return label(row.claim_type)
            case PrescriptionColumn.LAST_LETTER:
                return date_text(row.last_letter, language) if row.last_letter else ""
            case PrescriptionColumn.PRESCRIBES_ON:
                return date_text(row.prescribes_on, language)
            case PrescriptionColumn.DAYS_LEFT:
                return count_text(row.days_left, language)

    @staticmethod
    def _sort_key(row: PrescriptionWarning, column: PrescriptionColumn) -> Any:
        match column:
            case PrescriptionColumn.CUSTOMER_NUMBER:
                number = row.customer_number.strip()
                return (0, number.zfill(20)) if number.isdigit() else (1, number.casefold())
            case PrescriptionColumn.CUSTOMER:
                return row.customer_name.casefold()
            case PrescriptionColumn.INVOICE:
                return row.invoice_number.casefold()
            case PrescriptionColumn.DUE_DATE:
                return row.due_date
            case PrescriptionColumn.OPEN:
                return row.open_amount
            case PrescriptionColumn.CLAIM_TYPE:
                return row.claim_type.value
            case PrescriptionColumn.LAST_LETTER:
                return row.last_letter
            case PrescriptionColumn.PRESCRIBES_ON:
                return row.prescribes_on
            case PrescriptionColumn.DAYS_LEFT:
                return row.days_left


class PrescriptionDialog(QDialog):
    """``loaded`` fires when a list (or an error) is on screen."""

    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Claims nearing prescription"))
        initial_size(self, 1000, 520)
        self._generation = 0
        self.within = QSpinBox()
        self.within.setRange(0, MAX_WITHIN_DAYS)
        self.within.setValue(PRESCRIPTION_WARNING_DAYS)
        self.within.setSuffix(self.tr(" days"))
        self.within.valueChanged.connect(self.reload)
        self.explanation = QLabel(
            self.tr(
                "Open invoices that prescribe within the number of days chosen, or already have. "
                "A letter with a clear reservation of rights interrupts prescription; e-mails and "
                "text messages do not."
            )
        )
        self.explanation.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = PrescriptionModel(ctx.language, self)
        self.table = DataTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Prescribing within:")))
        top.addWidget(self.within)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Ask the service again for the current administration, today and the days chosen."""
        self._generation += 1
        generation = self._generation
        administration_id = self.ctx.administration.id
        if administration_id is None:
            self._show([], generation)
            return
        db, today, within = self.ctx.db, self.ctx.today(), self.within.value()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Looking for claims nearing prescription…"))
        self.ctx.tasks.run(
            lambda _progress: prescription_warnings(
                db, administration_id, today=today, within_days=within
            ),
            while_alive(self, lambda found: self._show(found, generation)),
            while_alive(self, lambda error: self._failed(error, generation)),
        )

    def _show(self, found: list[PrescriptionWarning], generation: int) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(found)
        self.table.set_empty_text(
            self.tr("No open invoice prescribes within {days} days.").format(
                days=count_text(self.within.value(), self.ctx.language)
            )
        )
        prescribed = sum(1 for warning in found if warning.days_left <= 0)
        self.summary.setStyleSheet(_ERROR_STYLE if prescribed else "")
        self.summary.setText(
            self.tr("{count} invoices, of which {prescribed} already prescribed.").format(
                count=count_text(len(found), self.ctx.language),
                prescribed=count_text(prescribed, self.ctx.language),
            )
        )
        self.loaded.emit()

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self.summary.setStyleSheet(_ERROR_STYLE)
        self.summary.setText(error_text(error))
        self.loaded.emit()
