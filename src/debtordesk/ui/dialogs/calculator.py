"""Tools > Cost and interest calculator (Ctrl+K): collection costs by the scale and statutory interest over
a period, recalculated as the clerk types (used on the phone). The interest rates are the organisation's
stored table and the VAT uplift its setting, both loaded in the background when the dialog opens (and
again after Settings > Legal and interest… changes them); until then, or when loading fails, the shipped
table (:data:`debtordesk.domain.legal.DEFAULT_INTEREST_RATES`) and no uplift."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.errors import DebtorDeskError, UserError
from debtordesk.domain.legal import (
    BIK_MAXIMUM,
    BIK_MINIMUM,
    DEFAULT_INTEREST_RATES,
    InterestRate,
)
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import format_value, render
from debtordesk.services.calculator import (
    DEFAULT_VAT_PERCENT,
    CostsCalculation,
    InterestCalculation,
    calculate_costs,
    calculate_interest,
    parse_amount_input,
)
from debtordesk.services.interest_rates import current_interest_rates
from debtordesk.services.legal_settings import load_legal_settings
from debtordesk.settings.org import OrgSettings, vat_percent
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.lifetime import while_alive
from debtordesk.ui.errors import error_text
from debtordesk.ui.formatting import date_text, money_text

_ERROR_STYLE = "color: #b41414;"
_WARNING_STYLE = "color: #8a5a00;"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_PERCENT = Decimal("0.01")

#: customer type choices: (key, commercial interest?)
CONSUMER, BUSINESS = "consumer", "business"


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class CalculatorDialog(QDialog):
    """Principal, consumer or business, VAT uplift, due date and last day -> costs and interest."""

    PERIOD_COLUMNS = 6

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = ctx.language
        self.costs: CostsCalculation | None = None
        self.interest: InterestCalculation | None = None
        # the table interest is calculated with: the shipped one until the stored one is loaded
        self.rates: tuple[InterestRate, ...] = DEFAULT_INTEREST_RATES
        self.rates_from_database = False
        # the clerk set the VAT controls: a (re)load of the settings leaves them alone
        self.vat_touched = False
        self.setWindowTitle(self.tr("Cost and interest calculator"))
        self.setMinimumWidth(620)

        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 1,250.00"))
        self.amount_edit.setToolTip(
            self.tr("The open principal. Write it like 1000, 1000.00 or 1.000,00.")
        )
        self.customer_type = QComboBox()
        self.customer_type.addItem(self.tr("Consumer"), CONSUMER)
        self.customer_type.addItem(self.tr("Business"), BUSINESS)
        self.vat_uplift = QCheckBox(self.tr("Add VAT to the costs"))
        self.vat_uplift.setToolTip(
            self.tr(
                "Only when your organisation cannot deduct VAT (for example in care or education)."
            )
        )
        self.vat_percent = QDoubleSpinBox()
        self.vat_percent.setDecimals(2)
        self.vat_percent.setRange(0, 100)
        self.vat_percent.setSuffix(" %")
        self.vat_percent.setValue(float(DEFAULT_VAT_PERCENT))
        self.vat_percent.setEnabled(False)
        vat_row = QHBoxLayout()
        vat_row.addWidget(self.vat_uplift)
        vat_row.addWidget(self.vat_percent)
        vat_row.addStretch(1)

        display = "dd-MM-yyyy" if self.language == "nl" else "yyyy-MM-dd"
        today = ctx.today()
        self.due_edit = QDateEdit(_to_qdate(today))
        self.end_edit = QDateEdit(_to_qdate(today))
        for edit in (self.due_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(display)
        self.due_edit.setToolTip(
            self.tr("The due date of the invoice: interest runs from the next day.")
        )
        self.end_edit.setToolTip(
            self.tr("The last day counted, usually today or the day of payment.")
        )

        form = QFormLayout()
        form.addRow(self.tr("Principal:"), self.amount_edit)
        form.addRow(self.tr("Customer:"), self.customer_type)
        form.addRow("", self._wrap(vat_row))
        form.addRow(self.tr("Due date:"), self.due_edit)
        form.addRow(self.tr("Interest up to and including:"), self.end_edit)
        self.input_message = QLabel()
        self.input_message.setWordWrap(True)
        self.input_message.setStyleSheet(_ERROR_STYLE)
        self.input_message.hide()

        # -- costs
        self.costs_value = QLabel()
        self.vat_value = QLabel()
        self.costs_total_value = QLabel()
        for label in (self.costs_value, self.vat_value, self.costs_total_value):
            label.setAlignment(_RIGHT)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vat_label = QLabel(self.tr("VAT:"))
        self.costs_total_label = QLabel(self.tr("Costs including VAT:"))
        self.costs_detail = QLabel()
        self.costs_detail.setWordWrap(True)
        self.costs_note = QLabel()
        self.costs_note.setWordWrap(True)
        costs_form = QFormLayout()
        costs_form.addRow(self.tr("Collection costs:"), self.costs_value)
        costs_form.addRow(self.vat_label, self.vat_value)
        costs_form.addRow(self.costs_total_label, self.costs_total_value)
        costs_box = QGroupBox(self.tr("Collection costs (scale)"))
        costs_layout = QVBoxLayout(costs_box)
        costs_layout.addLayout(costs_form)
        costs_layout.addWidget(self.costs_detail)
        costs_layout.addWidget(self.costs_note)

        # -- interest
        self.interest_value = QLabel()
        self.interest_value.setAlignment(_RIGHT)
        self.interest_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grand_total_value = QLabel()
        self.grand_total_value.setAlignment(_RIGHT)
        self.grand_total_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.periods = QTableWidget(0, self.PERIOD_COLUMNS)
        self.periods.setHorizontalHeaderLabels(
            [
                self.tr("From"),
                self.tr("Up to and including"),
                self.tr("Days"),
                self.tr("Rate"),
                self.tr("Principal"),
                self.tr("Interest"),
            ]
        )
        self.periods.verticalHeader().hide()
        self.periods.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.periods.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.periods.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.interest_warning = QLabel()
        self.interest_warning.setWordWrap(True)
        self.interest_warning.setStyleSheet(_WARNING_STYLE)
        self.interest_warning.hide()
        self.rates_source = QLabel(self.tr("Rates: the shipped table (loading the stored one…)"))
        self.rates_source.setWordWrap(True)
        interest_form = QFormLayout()
        interest_form.addRow(self.tr("Statutory interest:"), self.interest_value)
        interest_form.addRow(self.tr("Principal + costs + interest:"), self.grand_total_value)
        self.interest_box = QGroupBox(self.tr("Statutory interest"))
        interest_layout = QVBoxLayout(self.interest_box)
        interest_layout.addLayout(interest_form)
        interest_layout.addWidget(self.periods)
        interest_layout.addWidget(self.interest_warning)
        interest_layout.addWidget(self.rates_source)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.input_message)
        layout.addWidget(costs_box)
        layout.addWidget(self.interest_box, 1)
        layout.addWidget(buttons)

        self.amount_edit.textChanged.connect(self.recalculate)
        self.customer_type.currentIndexChanged.connect(self.recalculate)
        self.vat_uplift.toggled.connect(self.vat_percent.setEnabled)
        self.vat_uplift.toggled.connect(self.recalculate)
        self.vat_percent.valueChanged.connect(self.recalculate)
        self.due_edit.dateChanged.connect(self.recalculate)
        self.end_edit.dateChanged.connect(self.recalculate)
        # any change of the VAT controls but the loader's own (it blocks their signals)
        self.vat_uplift.toggled.connect(self._vat_touched)
        self.vat_percent.valueChanged.connect(self._vat_touched)
        self.recalculate()
        self.load_settings()

    # -- the organisation's table and VAT setting --------------------------------------------------

    def load_settings(self) -> None:
        """Load the stored interest table and the VAT-uplift setting in the background."""
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda _progress: (current_interest_rates(db), load_legal_settings(db)),
            while_alive(self, self._settings_loaded),
            while_alive(self, self._settings_failed),
        )

    def _settings_loaded(self, result: tuple[tuple[InterestRate, ...], OrgSettings]) -> None:
        rates, settings = result
        self.rates = rates
        self.rates_from_database = True
        self.rates_source.setText(
            self.tr(
                "Rates: the interest table of your organisation (Settings > Legal and interest)."
            )
        )
        if not self.vat_touched:
            percent = vat_percent(settings)
            self.vat_uplift.blockSignals(True)
            self.vat_percent.blockSignals(True)
            self.vat_uplift.setChecked(percent is not None)
            self.vat_percent.setEnabled(percent is not None)
            if percent is not None:
                self.vat_percent.setValue(float(percent))
            self.vat_uplift.blockSignals(False)
            self.vat_percent.blockSignals(False)
        self.recalculate()

    def _settings_failed(self, error: BaseException) -> None:
        detail = error_text(error) if isinstance(error, DebtorDeskError) else type(error).__name__
        self.rates_source.setText(
            render(Message("calc.rates_unavailable", {"detail": detail}), self.language)
        )

    def _vat_touched(self) -> None:
        self.vat_touched = True

    @staticmethod
    def _wrap(layout: QHBoxLayout) -> QWidget:
        widget = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        widget.setLayout(layout)
        return widget

    # -- what the clerk asked -------------------------------------------------------------------------

    @property
    def business(self) -> bool:
        return bool(self.customer_type.currentData() == BUSINESS)

    def _vat(self) -> Decimal | None:
        if not self.vat_uplift.isChecked():
            return None
        return Decimal(str(self.vat_percent.value())).quantize(_PERCENT)

    @Slot()
    def recalculate(self) -> None:
        """Read the inputs and show the results; a bad input is explained and the results cleared."""
        self.costs = self.interest = None
        text = self.amount_edit.text().strip()
        if not text:
            self._show_problem(None)
            self._clear()
            return
        try:
            principal = parse_amount_input(text)
            self.costs = calculate_costs(principal, self._vat())
            self.interest = calculate_interest(
                principal,
                _to_date(self.due_edit.date()),
                _to_date(self.end_edit.date()),
                commercial=self.business,
                today=self.ctx.today(),
                rates=self.rates,
            )
        except UserError as error:
            self._show_problem(error.message)
            self._show_costs()
            self._show_interest()
            return
        self._show_problem(None)
        self._show_costs()
        self._show_interest()

    # -- showing the results ------------------------------------------------------------------------

    def _money(self, amount: Decimal) -> str:
        return money_text(amount, self.language)

    def _percent(self, rate: Decimal) -> str:
        return format_value(rate.quantize(_PERCENT), self.language) + " %"

    def _show_problem(self, message: Message | None) -> None:
        self.input_message.setText("" if message is None else render(message, self.language))
        self.input_message.setVisible(message is not None)

    def _clear(self) -> None:
        self._show_costs()
        self._show_interest()

    def _show_costs(self) -> None:
        calculation = self.costs
        with_vat = calculation is not None and calculation.vat_percent is not None
        self.vat_label.setVisible(with_vat)
        self.vat_value.setVisible(with_vat)
        self.costs_total_label.setVisible(with_vat)
        self.costs_total_value.setVisible(with_vat)
        if calculation is None:
            for label in (self.costs_value, self.vat_value, self.costs_total_value):
                label.clear()
            self.costs_detail.clear()
            self.costs_note.clear()
            return
        costs = calculation.costs
        self.costs_value.setText(self._money(costs.costs))
        self.vat_value.setText(self._money(costs.vat))
        if calculation.vat_percent is not None:
            self.vat_label.setText(
                self.tr("VAT %1:").replace("%1", self._percent(calculation.vat_percent))
            )
        self.costs_total_value.setText(self._money(costs.total))
        bands = [
            self.tr("%1 of %2")
            .replace("%1", self._percent(part.rate * 100))
            .replace("%2", self._money(part.base))
            for part in calculation.parts
        ]
        detail = " + ".join(bands)
        if calculation.limit == "minimum":
            detail = (
                self.tr("%1: below the minimum of %2")
                .replace("%1", detail)
                .replace("%2", self._money(BIK_MINIMUM))
            )
        elif calculation.limit == "maximum":
            detail = (
                self.tr("%1: above the maximum of %2")
                .replace("%1", detail)
                .replace("%2", self._money(BIK_MAXIMUM))
            )
        self.costs_detail.setText(detail)
        self.costs_note.setText(
            render(
                Message(
                    "calc.costs.note_business" if self.business else "calc.costs.note_consumer"
                ),
                self.language,
            )
        )

    def _show_interest(self) -> None:
        calculation = self.interest
        self.periods.setRowCount(0)
        if calculation is None:
            self.interest_value.clear()
            self.grand_total_value.clear()
            self.interest_warning.hide()
            return
        result = calculation.result
        self.interest_box.setTitle(
            self.tr("Statutory commercial interest (art. 6:119a BW)")
            if result.commercial
            else self.tr("Statutory interest, consumer (art. 6:119 BW)")
        )
        self.interest_value.setText(self._money(result.interest))
        costs = self.costs.costs.total if self.costs is not None else Decimal(0)
        self.grand_total_value.setText(self._money(result.principal + costs + result.interest))
        self.periods.setRowCount(len(result.periods))
        for row, period in enumerate(result.periods):
            rate = self._percent(period.rate) + ("" if period.confirmed else " *")
            cells = (
                (date_text(period.start, self.language), False),
                (date_text(period.end, self.language), False),
                (format_value(period.days, self.language), True),
                (rate, True),
                (self._money(period.principal), True),
                (self._money(period.interest_rounded), True),
            )
            for column, (value, right) in enumerate(cells):
                item = QTableWidgetItem(value)
                if right:
                    item.setTextAlignment(_RIGHT)
                if not period.confirmed and column == 3:
                    item.setToolTip(render(Message("calc.interest.unconfirmed"), self.language))
                self.periods.setItem(row, column, item)
        warnings = [render(message, self.language) for message in calculation.warnings]
        if not result.periods:
            warnings.insert(0, render(Message("calc.interest.none"), self.language))
        self.interest_warning.setText("\n".join(warnings))
        self.interest_warning.setVisible(bool(warnings))
