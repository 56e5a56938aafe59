"""The log-call form, made for the keyboard: a digit (1-9, 0 for the tenth) or the first letters of
an outcome choose it; a note; the next follow-up date; for a promise to pay its date, amount and
invoices (all open ones unless unticked); for a dispute its reason. Enter saves from any field
(Shift+Enter or Ctrl+Enter starts a new line in the note), Esc cancels. The save runs off the GUI
thread; a refusal is shown in the form, which stays open with everything typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.calls import CallEffect
from debtordesk.domain.disputes import DISPUTE_REASONS
from debtordesk.domain.errors import DebtorDeskError, UserError
from debtordesk.domain.money import ZERO
from debtordesk.services.calculator import parse_amount_input
from debtordesk.services.followup import CallLogResult, OutcomeInfo, log_call
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import error_text, show_error
from debtordesk.ui.followup_labels import dispute_reason_text
from debtordesk.ui.formatting import date_text, money_text, phone_text
from debtordesk.ui.import_wizard.style import ERROR_STYLE
from debtordesk.ui.widgets.day_field import DayField

#: how far ahead the promise date starts
PROMISE_DAYS = 7
_INVOICE_EFFECTS = (CallEffect.PROMISE, CallEffect.DISPUTE, CallEffect.REPORTED_PAID)


@dataclass(frozen=True)
class CallTarget:
    """Whom the call was to."""

    customer_id: int
    number: str
    name: str
    phone: str | None = None


@dataclass(frozen=True)
class OpenInvoice:
    """An open invoice the call may be about."""

    id: int
    number: str
    due_date: date
    open_amount: Decimal


class OutcomeList(QListWidget):
    """The outcomes, numbered; a digit picks by number, letters by the start of the label."""

    def __init__(self, outcomes: Sequence[OutcomeInfo], language: str) -> None:
        super().__init__()
        self.outcomes = tuple(outcomes)
        self._typed = ""
        self._since = QElapsedTimer()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for position, outcome in enumerate(self.outcomes):
            digit = str((position + 1) % 10) if position < 10 else " "
            item = QListWidgetItem(f"{digit}   {outcome.label(language)}")
            item.setData(Qt.ItemDataRole.UserRole, outcome.label(language).casefold())
            self.addItem(item)
        rows = max(min(len(self.outcomes), 10), 1)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)

    def outcome(self) -> OutcomeInfo | None:
        row = self.currentRow()
        return self.outcomes[row] if 0 <= row < len(self.outcomes) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and len(text) == 1 and text.isdigit():
            row = (int(text) - 1) % 10
            if row < self.count():
                self.setCurrentRow(row)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """The first outcome whose label starts with what was typed in quick succession."""
        if (
            not self._since.isValid()
            or self._since.elapsed() > QApplication.keyboardInputInterval()
        ):
            self._typed = ""
        self._since.restart()
        self._typed += search.casefold()
        for row in range(self.count()):
            item = self.item(row)
            if str(item.data(Qt.ItemDataRole.UserRole)).startswith(self._typed):
                self.setCurrentRow(row)
                return


class NoteEdit(QPlainTextEdit):
    """A note in which Enter submits the form; Shift+Enter or Ctrl+Enter starts a new line."""

    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            newline = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
            if event.modifiers() & newline:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class LogCallDialog(QDialog):
    """``saved`` fires with the :class:`CallLogResult` once the call is recorded."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        target: CallTarget,
        outcomes: Sequence[OutcomeInfo],
        invoices: Sequence[OpenInvoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = target
        self.today = ctx.today()
        self.invoices = tuple(invoice for invoice in invoices if invoice.open_amount > ZERO)
        self._amount_typed = False
        self._saving = False
        language = ctx.language
        self.setWindowTitle(self.tr("Log call"))

        heading = QLabel(f"<b>{target.number} · {target.name}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        dialled = QLabel(
            self.tr("Number: {phone}").format(phone=phone_text(target.phone))
            if target.phone
            else self.tr("No phone number known")
        )
        self.outcome = OutcomeList(outcomes, language)
        self.outcome.setToolTip(
            self.tr("Type the number before an outcome, or the first letters of its name")
        )
        self.note = NoteEdit()
        self.note.setPlaceholderText(
            self.tr("What was said (Shift+Enter for a new line, Enter saves)")
        )
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.note.submitted.connect(self.save)
        self.follow_up = DayField(self.today, language, optional=True)

        self.promise_date = DayField(
            self.today, language, value=self.today + timedelta(days=PROMISE_DAYS)
        )
        self.promise_amount = QLineEdit()
        self.promise_amount.setPlaceholderText(self.tr("e.g. 250,00"))
        self.promise_amount.textEdited.connect(self._amount_edited)
        self.dispute_reason = QComboBox()
        for code in DISPUTE_REASONS:
            self.dispute_reason.addItem(dispute_reason_text(code), code)
        self.invoice_list = QListWidget()
        for invoice in self.invoices:
            item = QListWidgetItem(
                self.tr("{number}  due {due}  open € {amount}").format(
                    number=invoice.number,
                    due=date_text(invoice.due_date, language),
                    amount=money_text(invoice.open_amount, language),
                )
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, invoice.id)
            self.invoice_list.addItem(item)
        self.invoice_list.setMaximumHeight(
            max(self.invoice_list.sizeHintForRow(0), 18) * min(max(len(self.invoices), 1), 5) + 8
        )
        # every line whole (number, due date, open amount): the form widens when the list shows
        scrolls = len(self.invoices) > 5
        self.invoice_list.setMinimumWidth(
            self.invoice_list.sizeHintForColumn(0)
            + 2 * self.invoice_list.frameWidth()
            + (self.invoice_list.verticalScrollBar().sizeHint().width() if scrolls else 0)
            + 4
        )
        self.invoice_list.itemChanged.connect(lambda _item: self._invoices_changed())

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("&Outcome:"), self.outcome)
        self.form.addRow(self.tr("&Note:"), self.note)
        self.form.addRow(self.tr("Next &follow-up:"), self.follow_up)
        self.form.addRow(self.tr("&Promised for:"), self.promise_date)
        self.form.addRow(self.tr("&Amount €:"), self.promise_amount)
        self.form.addRow(self.tr("Dispute &reason:"), self.dispute_reason)
        self.form.addRow(self.tr("&Invoices:"), self.invoice_list)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the call (Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(dialled)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.outcome.currentRowChanged.connect(lambda _row: self._outcome_changed())
        self.setTabOrder(self.outcome, self.note)
        self.setTabOrder(self.note, self.follow_up)
        self.setTabOrder(self.follow_up, self.promise_date)
        self.setTabOrder(self.promise_date, self.promise_amount)
        self.setTabOrder(self.promise_amount, self.dispute_reason)
        self.setTabOrder(self.dispute_reason, self.invoice_list)
        self._outcome_changed()
        self.outcome.setFocus()
        self.resize(480, self.sizeHint().height())

    # -- what the chosen outcome asks for
    def effect(self) -> CallEffect | None:
        chosen = self.outcome.outcome()
        return chosen.effect if chosen is not None else None

    def _show_row(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    def _outcome_changed(self) -> None:
        effect = self.effect()
        self._show_row(self.promise_date, effect is CallEffect.PROMISE)
        self._show_row(self.promise_amount, effect is CallEffect.PROMISE)
        self._show_row(self.dispute_reason, effect is CallEffect.DISPUTE)
        self._show_row(self.invoice_list, effect in _INVOICE_EFFECTS and bool(self.invoices))
        # a dispute is about one invoice unless the clerk ticks more; the rest cover all open ones
        single = effect is CallEffect.DISPUTE and len(self.invoices) != 1
        self.invoice_list.blockSignals(True)
        for row in range(self.invoice_list.count()):
            self.invoice_list.item(row).setCheckState(
                Qt.CheckState.Unchecked if single else Qt.CheckState.Checked
            )
        self.invoice_list.blockSignals(False)
        self._invoices_changed()
        self.say("")

    def checked_invoice_ids(self) -> list[int]:
        return [
            int(self.invoice_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.invoice_list.count())
            if self.invoice_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _invoices_changed(self) -> None:
        if self._amount_typed:
            return
        chosen = set(self.checked_invoice_ids())
        total = sum((i.open_amount for i in self.invoices if i.id in chosen), ZERO)
        self.promise_amount.setText(money_text(total, self.ctx.language) if total else "")

    def _amount_edited(self, _text: str) -> None:
        self._amount_typed = True

    # -- saving
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> None:
        if self._saving:
            return
        outcome = self.outcome.outcome()
        if outcome is None:
            self.say(self.tr("Choose the outcome of the call: type its number or first letters."))
            self.outcome.setFocus()
            return
        if not self.follow_up.is_valid():
            self.say(
                self.tr("Next follow-up: type a date such as 24-12-2026 or +7, or leave it empty.")
            )
            self.follow_up.setFocus()
            return
        effect = outcome.effect
        promise_date: date | None = None
        promise_amount: Decimal | None = None
        invoice_ids: list[int] | None = None
        if effect in _INVOICE_EFFECTS and self.invoices:
            invoice_ids = self.checked_invoice_ids()
            if effect is CallEffect.PROMISE and not invoice_ids:
                self.say(self.tr("Tick the invoices the promise is for."))
                self.invoice_list.setFocus()
                return
            all_ticked = len(invoice_ids) == len(self.invoices)
            if (effect is CallEffect.REPORTED_PAID and all_ticked) or not invoice_ids:
                invoice_ids = None  # the whole customer, or the service's own choice
        if effect is CallEffect.PROMISE:
            promise_date = self.promise_date.value()
            if promise_date is None:
                self.say(self.tr("Promised for: type the date the customer will pay, e.g. +7."))
                self.promise_date.setFocus()
                return
            try:
                promise_amount = parse_amount_input(self.promise_amount.text())
            except UserError as error:
                self.say(error_text(error))
                self.promise_amount.setFocus()
                return
        db, customer_id, today = self.ctx.db, self.target.customer_id, self.today
        note, follow_up = self.note.toPlainText(), self.follow_up.value()
        reason = str(self.dispute_reason.currentData() or "other")
        phone = self.target.phone

        def work(_progress: object) -> CallLogResult:
            return log_call(
                db,
                customer_id,
                outcome.code,
                today=today,
                note=note,
                next_follow_up=follow_up,
                phone=phone,
                invoice_ids=invoice_ids,
                promise_date=promise_date,
                promise_amount=promise_amount,
                dispute_reason=reason,
            )

        self._saving = True
        self.save_button.setEnabled(False)
        self.say("")
        self.ctx.tasks.run(work, self._saved, self._failed, write=True)

    def _saved(self, result: CallLogResult) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, DebtorDeskError):
            self.say(error_text(error))
        else:
            show_error(self, error)
