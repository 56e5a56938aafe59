"""A payment arrangement for one customer: the invoices it covers (ticked), a number of terms or an
amount per term, the first due date and the interval; the schedule is worked out by the service
(the terms add up to the total to the cent) and shown, and each term's date and amount may be edited
before saving: the form says when the edited terms no longer add up to the total, and refuses to
save until they do. Open costs and interest are waived or included, always with a reason."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.arrangements import CostsChoice, Interval, Term
from debtordesk.domain.errors import DebtorDeskError, UserError
from debtordesk.domain.money import ZERO
from debtordesk.services.calculator import parse_amount_input
from debtordesk.services.followup import (
    DEFAULT_SETTINGS,
    ArrangementPreview,
    ArrangementRecord,
    preview_arrangement,
    save_arrangement,
)
from debtordesk.services.followup.settings import DAY_RANGES
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.log_call import OpenInvoice
from debtordesk.ui.errors import error_text, show_error
from debtordesk.ui.followup_labels import interval_text
from debtordesk.ui.formatting import counted, date_text, money_text
from debtordesk.ui.import_wizard.style import ERROR_STYLE, NOTICE_STYLE, SUCCESS_STYLE
from debtordesk.ui.widgets.day_field import DayField, parse_day
from debtordesk.ui.widgets.screen_size import initial_size

#: the first term is due this many days from today unless the clerk says otherwise
START_DAYS = 7
_BAD_CELL = QColor("#f8d7da")


class ArrangementDialog(QDialog):
    """``saved`` fires with the :class:`ArrangementRecord`; ``previewed`` whenever a schedule (or
    the reason there is none) is on screen."""

    saved = Signal(object)
    previewed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        customer_id: int,
        heading: str,
        invoices: Sequence[OpenInvoice],
        parent: QWidget | None = None,
        *,
        chosen: Collection[int] | None = None,
        call_log_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.call_log_id = call_log_id
        self.today = ctx.today()
        self.invoices = tuple(invoice for invoice in invoices if invoice.open_amount > ZERO)
        self.preview: ArrangementPreview | None = None
        self.edited = False
        self._generation = 0
        self._filling = False
        self._saving = False
        language = ctx.language
        limits = DEFAULT_SETTINGS.limits
        self.setWindowTitle(self.tr("Payment arrangement"))

        title = QLabel(f"<b>{heading}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.invoice_list = QListWidget()
        wanted = set(chosen) if chosen else None
        for invoice in self.invoices:
            item = QListWidgetItem(
                self.tr("{number}  due {due}  open € {amount}").format(
                    number=invoice.number,
                    due=date_text(invoice.due_date, language),
                    amount=money_text(invoice.open_amount, language),
                )
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = wanted is None or invoice.id in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, invoice.id)
            self.invoice_list.addItem(item)
        self.invoice_list.setMaximumHeight(
            max(self.invoice_list.sizeHintForRow(0), 18) * min(max(len(self.invoices), 1), 5) + 8
        )
        # with no choice made the service takes every invoice not in an arrangement or a dispute
        self._explicit = wanted is not None

        self.by_count = QRadioButton(self.tr("Number of &terms:"))
        self.by_amount = QRadioButton(self.tr("Amount &per term €:"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_count)
        self.mode.addButton(self.by_amount)
        self.by_count.setChecked(True)
        self.terms = QSpinBox()
        # up to what the follow-up settings allow; the service refuses more than the administration's
        self.terms.setRange(1, DAY_RANGES["arrangement_max_terms"][1])
        self.terms.setValue(3)
        self.term_amount = QLineEdit()
        self.term_amount.setPlaceholderText(self.tr("e.g. 50,00"))
        self.term_amount.setEnabled(False)
        self.start = DayField(self.today, language, value=self.today + timedelta(days=START_DAYS))
        self.interval = QComboBox()
        for interval in Interval:
            self.interval.addItem(interval_text(interval), interval.value)
        self.interval_days = QSpinBox()
        self.interval_days.setRange(1, limits.max_interval_days)
        self.interval_days.setValue(14)
        self.interval_days.setSuffix(self.tr(" days"))
        self.interval_days.setVisible(False)

        self.costs_label = QLabel()
        self.costs_label.setWordWrap(True)
        self.waive = QRadioButton(self.tr("&Waive them"))
        self.include = QRadioButton(self.tr("&Include them in the arrangement"))
        self.costs = QButtonGroup(self)
        self.costs.addButton(self.waive)
        self.costs.addButton(self.include)
        self.costs_reason = QLineEdit()
        self.costs_reason.setPlaceholderText(
            self.tr("Why (for the customer's file, e.g. income at the social minimum)")
        )
        self.costs_box = QWidget()
        costs_layout = QVBoxLayout(self.costs_box)
        costs_layout.setContentsMargins(0, 0, 0, 0)
        costs_layout.addWidget(self.costs_label)
        choice = QHBoxLayout()
        choice.addWidget(self.waive)
        choice.addWidget(self.include)
        choice.addStretch(1)
        costs_layout.addLayout(choice)
        costs_layout.addWidget(self.costs_reason)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Term"), self.tr("Due date"), self.tr("Amount")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(
            self.tr(
                "Double-click a date or an amount to change it; the terms must add up to the total"
            )
        )
        self.add_button = QPushButton(self.tr("Add term"))
        self.remove_button = QPushButton(self.tr("Remove term"))
        self.reset_button = QPushButton(self.tr("Recalculate"))
        self.reset_button.setToolTip(self.tr("Undo the changes to the terms"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sum_label = QLabel()
        self.sum_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.confirmation_letter = QCheckBox(self.tr("Send a &confirmation letter"))
        self.confirmation_letter.setChecked(True)
        self.confirmation_letter.setToolTip(
            self.tr(
                "The letter with the agreed terms goes into the next letter batch (Letters page)"
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Invoices:"), self.invoice_list)
        form.addRow(self.by_count, self.terms)
        form.addRow(self.by_amount, self.term_amount)
        form.addRow(self.tr("&First term due:"), self.start)
        every = QHBoxLayout()
        every.addWidget(self.interval, 1)
        every.addWidget(self.interval_days)
        interval_label = QLabel(self.tr("&Interval:"))
        interval_label.setBuddy(self.interval)
        form.addRow(interval_label, every)
        form.addRow(self.tr("Costs:"), self.costs_box)
        self.form = form
        term_buttons = QHBoxLayout()
        term_buttons.addWidget(self.add_button)
        term_buttons.addWidget(self.remove_button)
        term_buttons.addStretch(1)
        term_buttons.addWidget(self.reset_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(term_buttons)
        layout.addWidget(self.sum_label)
        layout.addWidget(self.confirmation_letter)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        initial_size(self, 560, 700)

        form.setRowVisible(self.costs_box, False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.compute)
        self.invoice_list.itemChanged.connect(lambda _item: self._invoices_ticked())
        self.mode.buttonToggled.connect(lambda _button, _on: self._mode_changed())
        self.terms.valueChanged.connect(lambda _value: self.schedule_preview())
        self.term_amount.textChanged.connect(lambda _text: self.schedule_preview())
        self.start.changed.connect(self.schedule_preview)
        self.interval.currentIndexChanged.connect(lambda _index: self._interval_changed())
        self.interval_days.valueChanged.connect(lambda _value: self.schedule_preview())
        self.costs.buttonToggled.connect(lambda _button, _on: self.schedule_preview())
        self.costs_reason.textChanged.connect(lambda _text: self._check_terms())
        self.table.itemChanged.connect(self._term_edited)
        self.add_button.clicked.connect(self.add_term)
        self.remove_button.clicked.connect(self.remove_term)
        self.reset_button.clicked.connect(self.compute)
        self.compute()

    # -- the parameters
    def _mode_changed(self) -> None:
        self.terms.setEnabled(self.by_count.isChecked())
        self.term_amount.setEnabled(self.by_amount.isChecked())
        self.schedule_preview()

    def _interval_changed(self) -> None:
        self.interval_days.setVisible(self.interval_value() is Interval.DAYS)
        self.schedule_preview()

    def _invoices_ticked(self) -> None:
        if not self._filling:
            self._explicit = True
            self.schedule_preview()

    def interval_value(self) -> Interval:
        return Interval(str(self.interval.currentData()))

    def costs_choice(self) -> CostsChoice:
        if self.waive.isChecked():
            return CostsChoice.WAIVED
        if self.include.isChecked():
            return CostsChoice.INCLUDED
        return CostsChoice.NONE

    def ticked_ids(self) -> list[int]:
        return [
            int(self.invoice_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.invoice_list.count())
            if self.invoice_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def schedule_preview(self) -> None:
        if not self._filling:
            self._timer.start()

    def compute(self) -> None:
        """Ask the service for the schedule of what is filled in now (off the GUI thread)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        start = self.start.value()
        if start is None:
            self._refused(self.tr("First term due: type a date such as 01-12-2026 or +7."))
            return
        terms: int | None = None
        amount: Decimal | None = None
        if self.by_count.isChecked():
            terms = self.terms.value()
        else:
            try:
                amount = parse_amount_input(self.term_amount.text())
            except UserError as error:
                self._refused(error_text(error))
                return
        invoice_ids = self.ticked_ids() if self._explicit else None
        if invoice_ids == []:
            self._refused(self.tr("Tick the invoices the arrangement is for."))
            return
        db, customer_id = self.ctx.db, self.customer_id
        interval, days, costs = (
            self.interval_value(),
            self.interval_days.value(),
            self.costs_choice(),
        )

        def work(_progress: object) -> ArrangementPreview:
            return preview_arrangement(
                db,
                customer_id,
                start=start,
                terms=terms,
                term_amount=amount,
                interval=interval,
                interval_days=days if interval is Interval.DAYS else None,
                invoice_ids=invoice_ids,
                costs_choice=costs,
            )

        self.ctx.tasks.run(
            work,
            lambda preview: self._arrived(preview, generation),
            lambda error: self._preview_failed(error, generation),
        )

    def _refused(self, text: str) -> None:
        self._generation += 1
        self.preview = None
        self._fill_terms(())
        self.say(text)
        self._check_terms()
        self.previewed.emit()

    def _preview_failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, DebtorDeskError):
            show_error(self, error)
        self._refused(error_text(error))

    def _arrived(self, preview: ArrangementPreview, generation: int) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        self.say("")
        language = self.ctx.language
        if not self._explicit:
            self._filling = True
            chosen = set(preview.invoice_ids)
            for row in range(self.invoice_list.count()):
                item = self.invoice_list.item(row)
                ticked = int(item.data(Qt.ItemDataRole.UserRole)) in chosen
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self._filling = False
        self.form.setRowVisible(self.costs_box, preview.open_costs > ZERO)
        self.costs_label.setText(
            self.tr(
                "Costs and interest of € {costs} are open on these invoices: waive them or "
                "include them in the arrangement."
            ).format(costs=money_text(preview.open_costs, language))
        )
        if preview.total != preview.principal:
            summary = self.tr("Invoices € {principal} + costs € {costs} = total € {total}")
        else:
            summary = self.tr("Total € {total}: what is open on the invoices ticked")
        self.summary.setText(
            summary.format(
                principal=money_text(preview.principal, language),
                costs=money_text(preview.total - preview.principal, language),
                total=money_text(preview.total, language),
            )
        )
        self._fill_terms(preview.terms)
        self._check_terms()
        self.previewed.emit()

    # -- the schedule
    def _fill_terms(self, terms: Sequence[Term]) -> None:
        language = self.ctx.language
        self._filling = True
        self.table.setRowCount(0)
        for term in terms:
            self._append_row(term.due, money_text(term.amount, language))
        self._filling = False
        self.edited = False

    def _append_row(self, due: date | None, amount: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        number = QTableWidgetItem(str(row + 1))
        number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, 0, number)
        self.table.setItem(row, 1, QTableWidgetItem(date_text(due, self.ctx.language)))
        amount_item = QTableWidgetItem(amount)
        amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 2, amount_item)

    def _renumber(self) -> None:
        self._filling = True
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                item.setText(str(row + 1))
        self._filling = False

    def add_term(self) -> None:
        """A term after the last one (a month later, amount 0,00 to fill in)."""
        last = self.table.rowCount() - 1
        due = self.start.value() or self.today
        if last >= 0:
            item = self.table.item(last, 1)
            try:
                found = parse_day(item.text() if item is not None else "", self.today)
            except ValueError:
                found = None
            due = (found or due) + timedelta(days=30)
        self._filling = True
        self._append_row(due, money_text(ZERO, self.ctx.language))
        self._filling = False
        self.edited = True
        self._check_terms()

    def remove_term(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row < 0:
            return
        self.table.removeRow(row)
        self._renumber()
        self.edited = True
        self._check_terms()

    def _term_edited(self, _item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self.edited = True
        self._check_terms()

    def schedule(self) -> tuple[list[Term], list[str]]:
        """The terms in the table, and what is wrong with cells that are not a date or an amount."""
        terms: list[Term] = []
        problems: list[str] = []
        self._filling = True
        for row in range(self.table.rowCount()):
            due_item, amount_item = self.table.item(row, 1), self.table.item(row, 2)
            due: date | None = None
            amount: Decimal | None = None
            try:
                due = parse_day(due_item.text() if due_item is not None else "", self.today)
            except ValueError:
                due = None
            if due is None:
                problems.append(
                    self.tr("Term {number}: the due date is not a date.").format(number=row + 1)
                )
            try:
                amount = parse_amount_input(amount_item.text() if amount_item is not None else "")
            except UserError:
                problems.append(
                    self.tr("Term {number}: the amount is not an amount.").format(number=row + 1)
                )
            for item, bad in ((due_item, due is None), (amount_item, amount is None)):
                if item is not None:
                    item.setBackground(_BAD_CELL if bad else QColor(0, 0, 0, 0))
            if due is not None and amount is not None:
                terms.append(Term(number=row + 1, due=due, amount=amount))
        self._filling = False
        return terms, problems

    def _check_terms(self) -> None:
        """Say whether the terms add up to the total, and allow saving only when they do."""
        language = self.ctx.language
        if self.preview is None:
            self.sum_label.clear()
            self.sum_label.setStyleSheet("")
            self.save_button.setEnabled(False)
            return
        terms, problems = self.schedule()
        total = self.preview.total
        summed = sum((term.amount for term in terms), ZERO)
        ok = not problems and bool(terms) and summed == total
        if problems:
            text = " ".join(problems)
        elif not terms:
            text = self.tr("Add at least one term.")
        elif summed == total:
            text = counted(
                len(terms),
                self.tr("1 term, together € {sum}: exactly the total."),
                self.tr("{count} terms, together € {sum}: exactly the total."),
                language,
                sum=money_text(summed, language),
            )
        else:
            difference = total - summed
            text = (
                self.tr(
                    "The terms add up to € {sum}, € {difference} less than the total of € {total}. "
                    "Change the terms so they add up to the total."
                )
                if difference > 0
                else self.tr(
                    "The terms add up to € {sum}, € {difference} more than the total of € {total}. "
                    "Change the terms so they add up to the total."
                )
            ).format(
                sum=money_text(summed, language),
                difference=money_text(abs(difference), language),
                total=money_text(total, language),
            )
        if ok and self.edited:
            text += " " + self.tr("(changed by hand)")
        self.sum_label.setText(text)
        self.sum_label.setStyleSheet(SUCCESS_STYLE if ok else NOTICE_STYLE)
        self.save_button.setEnabled(ok and not self._saving)

    # -- saving
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> None:
        preview = self.preview
        if preview is None or self._saving:
            return
        terms, problems = self.schedule()
        if problems or sum((t.amount for t in terms), ZERO) != preview.total:
            self._check_terms()
            return
        start = self.start.value() or (terms[0].due if terms else self.today)
        db, customer_id, today = self.ctx.db, self.customer_id, self.today
        invoice_ids = list(preview.invoice_ids)
        choice, reason, call_log_id = (
            self.costs_choice(),
            self.costs_reason.text(),
            self.call_log_id,
        )
        interval = self.interval_value()
        days = self.interval_days.value() if interval is Interval.DAYS else None
        letter = self.confirmation_letter.isChecked()

        def work(_progress: object) -> ArrangementRecord:
            return save_arrangement(
                db,
                customer_id,
                today=today,
                start=start,
                interval=interval,
                interval_days=days,
                invoice_ids=invoice_ids,
                schedule=terms,
                costs_choice=choice,
                costs_reason=reason,
                call_log_id=call_log_id,
                confirmation_letter=letter,
            )

        self._saving = True
        self.save_button.setEnabled(False)
        self.say("")
        self.ctx.tasks.run(work, self._saved, self._failed, write=True)

    def _saved(self, record: ArrangementRecord) -> None:
        self._saving = False
        self.saved.emit(record)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self._check_terms()
        if isinstance(error, DebtorDeskError):
            self.say(error_text(error))
        else:
            show_error(self, error)
