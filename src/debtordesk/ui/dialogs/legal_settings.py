"""Settings > Legal and interest…: the organisation's legal options (VAT uplift on collection costs,
payment allocation, waiving costs, postal delivery days) and the statutory interest table.

Everything loads and saves off the GUI thread. The options are saved with Save; a save someone else beat
is refused and says so (Reload shows what is stored now). Rows of the interest table are added, corrected
and deleted at once, each through the service; a row someone else changed or deleted meanwhile is refused
and the table is reloaded, the clerk's typing in the row form is kept.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.errors import DebtorDeskError, UserError
from debtordesk.domain.legal import AllocationOrder, fourteen_day_dates
from debtordesk.i18n.catalogue import format_value, render
from debtordesk.services.interest_rates import (
    InterestRateRecord,
    RateTable,
    add_interest_rate,
    checked_rate,
    correct_interest_rate,
    delete_interest_rate,
    list_interest_rates,
)
from debtordesk.services.legal_settings import (
    CAP_MONTHS_RANGE,
    POSTAL_DAY_RANGES,
    checked_cap_amount,
    load_legal_settings,
    save_legal_settings,
)
from debtordesk.settings.org import OrgSettings, postal_rules, vat_percent
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.lifetime import while_alive
from debtordesk.ui.errors import error_text, show_error
from debtordesk.ui.formatting import date_text
from debtordesk.ui.widgets.screen_size import initial_size

_ERROR_STYLE = "color: #b41414;"
_WARNING_STYLE = "color: #8a5a00;"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class InterestRatesModel(QAbstractTableModel):
    """The stored rows, oldest first: from, consumer %, commercial %, confirmed (a check mark), note."""

    FROM, CONSUMER, COMMERCIAL, CONFIRMED, NOTE = range(5)

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: tuple[InterestRateRecord, ...] = ()
        self.headers = (
            self.tr("From"),
            self.tr("Consumer"),
            self.tr("Commercial"),
            self.tr("Confirmed"),
            self.tr("Note"),
        )

    def set_rows(self, rows: tuple[InterestRateRecord, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def record(self, row: int) -> InterestRateRecord | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, valid_from: date) -> int:
        """The row starting on ``valid_from``, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.valid_from == valid_from), -1)

    # -- QAbstractTableModel
    def rowCount(self, parent: _Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FROM:
                return date_text(record.valid_from, self.language)
            if column == self.CONSUMER:
                return self._percent(record.consumer)
            if column == self.COMMERCIAL:
                return self._percent(record.commercial)
            if column == self.NOTE:
                return record.note
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == self.CONFIRMED:
            return Qt.CheckState.Checked if record.confirmed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.CONSUMER, self.COMMERCIAL):
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and record.note:
            return record.note
        return None

    def _percent(self, rate: Decimal) -> str:
        return format_value(rate, self.language) + " %"


class LegalSettingsDialog(QDialog):
    """``loaded`` after each load, ``saved`` with the stored options, ``rates_changed`` after a row
    of the interest table was added, corrected or deleted."""

    loaded = Signal(object)
    saved = Signal(object)
    rates_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = ctx.language
        self.before: OrgSettings | None = None
        self.table: RateTable | None = None
        self.setWindowTitle(self.tr("Legal settings and interest"))
        self.setMinimumWidth(700)
        initial_size(self, 760, 640)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._options_tab(), self.tr("Costs, payments and post"))
        self.tabs.addTab(self._rates_tab(), self.tr("Statutory interest"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Load the settings and the table as they are now"))
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self.load)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.load()

    # -- building ---------------------------------------------------------------------------------

    def _options_tab(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        if self.ctx.administration.several:
            shared = QLabel(self.tr("These settings hold for every administration."))
            shared.setWordWrap(True)
            outer.addWidget(shared)
        form = QFormLayout()
        outer.addLayout(form)

        self.vat_uplift = QCheckBox(
            self.tr("Add VAT to the collection costs (our organisation cannot deduct VAT)")
        )
        self.vat_uplift.setToolTip(
            self.tr(
                "Only when your organisation cannot deduct VAT, for example in care or education. "
                "The costs in letters and in the queue are then increased by the VAT."
            )
        )
        self.vat_rate = QDoubleSpinBox()
        self.vat_rate.setDecimals(2)
        self.vat_rate.setRange(0, 100)
        self.vat_rate.setSuffix(" %")
        self.vat_uplift.toggled.connect(self.vat_rate.setEnabled)
        form.addRow(self.vat_uplift)
        form.addRow(self.tr("VAT percentage:"), self.vat_rate)

        self.allocation = QComboBox()
        self.allocation.addItem(
            self.tr("Costs first, then interest, then principal (art. 6:44 BW)"),
            AllocationOrder.LEGAL.value,
        )
        self.allocation.addItem(
            self.tr("Principal first, then interest, then costs"),
            AllocationOrder.PRINCIPAL_FIRST.value,
        )
        form.addRow(self.tr("Payments pay off:"), self.allocation)
        self.waive_costs = QCheckBox(
            self.tr("Waive the collection costs once the principal is paid")
        )
        form.addRow(self.waive_costs)

        cap_note = QLabel(
            self.tr(
                "Small recurring claims (since 1 October 2024): when the monthly claim is below the "
                "first amount, the collection costs charged in any period of the months given are "
                "at most the second amount. The law's figures are the defaults."
            )
        )
        cap_note.setWordWrap(True)
        form.addRow(cap_note)
        self.cap_threshold = QLineEdit()
        self.cap_amount = QLineEdit()
        for edit in (self.cap_threshold, self.cap_amount):
            edit.setMaximumWidth(120)
        self.cap_months = QSpinBox()
        self.cap_months.setRange(*CAP_MONTHS_RANGE)
        form.addRow(self.tr("Monthly claim below (€):"), self.cap_threshold)
        form.addRow(self.tr("Collection costs at most (€):"), self.cap_amount)
        form.addRow(self.tr("Per period of (months):"), self.cap_months)

        low, high = POSTAL_DAY_RANGES["postal_transit_days"]
        self.transit_days = QSpinBox()
        self.transit_days.setRange(low, high)
        low, high = POSTAL_DAY_RANGES["postal_margin_days"]
        self.margin_days = QSpinBox()
        self.margin_days.setRange(low, high)
        post = QLabel(
            self.tr(
                "Post is delivered Tuesday to Saturday, not on public holidays. A 14-day letter "
                "counts as received after the delivery days plus the margin; the 14 days start the "
                "next day."
            )
        )
        post.setWordWrap(True)
        outer.addSpacing(8)
        outer.addWidget(post)
        days = QFormLayout()
        days.addRow(self.tr("Delivery days:"), self.transit_days)
        days.addRow(self.tr("Margin (delivery days):"), self.margin_days)
        outer.addLayout(days)
        self.postal_example = QLabel()
        self.postal_example.setWordWrap(True)
        outer.addWidget(self.postal_example)
        outer.addStretch(1)
        self.transit_days.valueChanged.connect(self._show_postal_example)
        self.margin_days.valueChanged.connect(self._show_postal_example)
        return page

    def _rates_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.rates_warning = QLabel()
        self.rates_warning.setWordWrap(True)
        self.rates_warning.setStyleSheet(_WARNING_STYLE)
        self.rates_warning.hide()
        self.model = InterestRatesModel(self.language, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        explain = QLabel(
            self.tr(
                "Percent per year; each row holds from its date until the next row. The rates "
                "change on 1 January and 1 July. Tick Confirmed only after checking a rate against "
                "the Staatscourant or the government's announcement. Changes to the table are saved "
                "at once."
            )
        )
        explain.setWordWrap(True)

        display = "dd-MM-yyyy" if self.language == "nl" else "yyyy-MM-dd"
        self.valid_from = QDateEdit(_to_qdate(self.ctx.today()))
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat(display)
        self.consumer = QLineEdit()
        self.consumer.setPlaceholderText(self.tr("e.g. 6.00"))
        self.commercial = QLineEdit()
        self.commercial.setPlaceholderText(self.tr("e.g. 11.15"))
        self.confirmed = QCheckBox(self.tr("Confirmed from an official source"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Where the rates come from"))
        row_form = QFormLayout()
        row_form.addRow(self.tr("From:"), self.valid_from)
        row_form.addRow(self.tr("Consumer rate (art. 6:119 BW):"), self.consumer)
        row_form.addRow(self.tr("Commercial rate (art. 6:119a BW):"), self.commercial)
        row_form.addRow("", self.confirmed)
        row_form.addRow(self.tr("Note:"), self.note)
        self.add_button = QPushButton(self.tr("Add row"))
        self.correct_button = QPushButton(self.tr("Save changes to the row"))
        self.delete_button = QPushButton(self.tr("Delete row"))
        self.add_button.clicked.connect(self.add_row)
        self.correct_button.clicked.connect(self.correct_row)
        self.delete_button.clicked.connect(self.delete_row)
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.correct_button, self.delete_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        self.rates_message = QLabel()
        self.rates_message.setWordWrap(True)
        self.rates_message.setStyleSheet(_ERROR_STYLE)
        self.rates_message.hide()

        layout.addWidget(self.rates_warning)
        layout.addWidget(self.view, 1)
        layout.addWidget(explain)
        layout.addLayout(row_form)
        layout.addLayout(row_buttons)
        layout.addWidget(self.rates_message)
        self._update_row_buttons()
        return page

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        self._set_busy(True)
        db, today = self.ctx.db, self.ctx.today()
        self.ctx.tasks.run(
            lambda _progress: (load_legal_settings(db), list_interest_rates(db, today=today)),
            while_alive(self, self._loaded),
            while_alive(self, self._load_failed),
            write=True,  # the first listing stores the shipped table
        )

    def _load_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self, error)

    def _loaded(self, result: tuple[OrgSettings, RateTable]) -> None:
        settings, table = result
        self.before = settings
        self.vat_uplift.setChecked(settings.costs_vat_uplift)
        percent = vat_percent(replace(settings, costs_vat_uplift=True))
        self.vat_rate.setValue(float(percent or 0))
        self.vat_rate.setEnabled(settings.costs_vat_uplift)
        self.allocation.setCurrentIndex(
            max(0, self.allocation.findData(settings.payment_allocation))
        )
        self.waive_costs.setChecked(settings.waive_costs_when_principal_paid)
        self.cap_threshold.setText(self._amount_text(settings.recurring_cap_threshold))
        self.cap_amount.setText(self._amount_text(settings.recurring_cap_amount))
        self.cap_months.setValue(settings.recurring_cap_months)
        self.transit_days.setValue(settings.postal_transit_days)
        self.margin_days.setValue(settings.postal_margin_days)
        self._show_postal_example()
        self._show_table(table)
        self.message.hide()
        self._set_busy(False)
        self.loaded.emit(settings)

    def _show_table(self, table: RateTable, select: date | None = None) -> None:
        self.table = table
        self.model.set_rows(table.rows)
        warning = table.warning
        self.rates_warning.setText("" if warning is None else render(warning, self.language))
        self.rates_warning.setVisible(warning is not None)
        if select is not None and (row := self.model.row_of(select)) >= 0:
            self.view.selectRow(row)
        self._update_row_buttons()

    # -- the options ------------------------------------------------------------------------------

    def edited(self) -> OrgSettings:
        """The options as the form holds them now."""
        assert self.before is not None
        rate = Decimal(str(self.vat_rate.value())).quantize(Decimal("0.01"))
        return replace(
            self.before,
            costs_vat_uplift=self.vat_uplift.isChecked(),
            costs_vat_rate=f"{rate.normalize():f}",
            payment_allocation=str(self.allocation.currentData()),
            waive_costs_when_principal_paid=self.waive_costs.isChecked(),
            postal_transit_days=self.transit_days.value(),
            postal_margin_days=self.margin_days.value(),
            recurring_cap_threshold=self._cap_text("recurring_cap_threshold", self.cap_threshold),
            recurring_cap_amount=self._cap_text("recurring_cap_amount", self.cap_amount),
            recurring_cap_months=self.cap_months.value(),
        )

    def _amount_text(self, stored: str) -> str:
        """A stored amount ("140.00") as the clerk reads it ("140,00" in Dutch)."""
        return stored.replace(".", ",") if self.language == "nl" else stored

    @staticmethod
    def _cap_text(key: str, edit: QLineEdit) -> str:
        """The typed amount as stored text, so an unchanged field compares equal; text that is not
        an amount goes through as typed and the save says what is wrong with it."""
        try:
            return checked_cap_amount(key, edit.text())
        except UserError:
            return edit.text()

    def _show_postal_example(self) -> None:
        if self.before is None:
            self.postal_example.clear()
            return
        posted = self.ctx.today()
        settings = replace(
            self.before,
            postal_transit_days=self.transit_days.value(),
            postal_margin_days=self.margin_days.value(),
        )
        dates = fourteen_day_dates(posted, "letter", postal_rules(settings))
        self.postal_example.setText(
            self.tr(
                "Example: a letter posted today (%1) counts as received on %2; the term ends on %3 "
                "and costs may be charged from %4."
            )
            .replace("%1", date_text(posted, self.language))
            .replace("%2", date_text(dates.receipt_on, self.language))
            .replace("%3", date_text(dates.term_ends_on, self.language))
            .replace("%4", date_text(dates.costs_from, self.language))
        )

    def save(self) -> None:
        if self.before is None:
            return
        before, after, db = self.before, self.edited(), self.ctx.db
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda _progress: save_legal_settings(db, before, after),
            while_alive(self, self._saved),
            while_alive(self, self._save_failed),
            write=True,
        )

    def _saved(self, settings: OrgSettings) -> None:
        self.before = settings
        self._set_busy(False)
        self.saved.emit(settings)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, DebtorDeskError):
            show_error(self, error)
            return
        self.tabs.setCurrentIndex(0)
        self.message.setText(error_text(error))
        self.message.show()
        if error.code == "db.conflict":
            self.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the interest table -----------------------------------------------------------------------

    def selected(self) -> InterestRateRecord | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.record(index.row())

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        if record is not None:
            self.valid_from.setDate(_to_qdate(record.valid_from))
            self.consumer.setText(format_value(record.consumer, self.language))
            self.commercial.setText(format_value(record.commercial, self.language))
            self.confirmed.setChecked(record.confirmed)
            self.note.setText(record.note)
            self.rates_message.hide()
        self._update_row_buttons()

    def _update_row_buttons(self) -> None:
        chosen = self.model.record(self.view.selectionModel().currentIndex().row()) is not None
        self.correct_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _form_record(self, base: InterestRateRecord | None) -> InterestRateRecord:
        """The row form as a record (rates checked here, so a typing slip is named at once)."""
        valid_from = _to_date(self.valid_from.date())
        return InterestRateRecord(
            id=base.id if base is not None else 0,
            valid_from=valid_from,
            consumer=checked_rate(self.consumer.text(), "consumer", valid_from),
            commercial=checked_rate(self.commercial.text(), "commercial", valid_from),
            confirmed=self.confirmed.isChecked(),
            note=self.note.text().strip(),
        )

    def add_row(self) -> None:
        try:
            record = self._form_record(None)
        except UserError as error:
            self._rates_failed(error)
            return
        db = self.ctx.db
        self._run_rates(
            lambda: add_interest_rate(
                db,
                record.valid_from,
                record.consumer,
                record.commercial,
                confirmed=record.confirmed,
                note=record.note,
            ),
            record.valid_from,
        )

    def correct_row(self) -> None:
        before = self.selected()
        if before is None:
            return
        try:
            after = self._form_record(before)
        except UserError as error:
            self._rates_failed(error)
            return
        db = self.ctx.db
        self._run_rates(lambda: correct_interest_rate(db, before, after), after.valid_from)

    def delete_row(self) -> None:
        before = self.selected()
        if before is None:
            return
        db = self.ctx.db
        self._run_rates(lambda: delete_interest_rate(db, before.valid_from, expected=before), None)

    def _run_rates(self, change: Any, select: date | None) -> None:
        """Run ``change`` in the background, then show the table as stored now."""
        db, today = self.ctx.db, self.ctx.today()

        def work(_progress: object) -> RateTable:
            change()
            return list_interest_rates(db, today=today)

        self._set_busy(True)
        self.rates_message.hide()
        self.ctx.tasks.run(
            work,
            while_alive(self, lambda table: self._rates_saved(table, select)),
            while_alive(self, self._rates_failed),
            write=True,
        )

    def _rates_saved(self, table: RateTable, select: date | None) -> None:
        self._set_busy(False)
        self._show_table(table, select)
        self.rates_changed.emit()

    def _rates_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, DebtorDeskError):
            show_error(self, error)
            return
        self.rates_message.setText(error_text(error))
        self.rates_message.show()
        if error.code in {"db.conflict", "rates.missing"}:
            self._reload_table()

    def _reload_table(self) -> None:
        """Show the table as stored now, leaving the row form as the clerk typed it."""
        db, today = self.ctx.db, self.ctx.today()
        self.ctx.tasks.run(
            lambda _progress: list_interest_rates(db, today=today),
            while_alive(self, self._show_table),
            while_alive(self, self._load_failed),
            write=True,  # an emptied table is stored again from the shipped rows
        )

    def _set_busy(self, busy: bool) -> None:
        self.tabs.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
