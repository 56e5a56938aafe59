"""Pausing and stopping dunning for a customer: put on hold (the customer, or chosen invoices), lift a
hold, hand over to a collection agency, write off with a reason. Each dialog saves through the
services in the background and stays open with the reason when a save is refused.

:class:`DunningActions` gives the queue and the customer list the same four menu actions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.dunning.model import HoldReason
from debtordesk.domain.errors import DebtorDeskError
from debtordesk.services.charges import mark_charges_paid, waive_charges
from debtordesk.services.dunning_status import hand_over, reactivate, write_off
from debtordesk.services.holds import (
    HoldRecord,
    add_dispute,
    add_hold,
    default_until,
    lift_hold,
    list_holds,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.dunning_labels import dunning_label
from debtordesk.ui.errors import error_text, show_error
from debtordesk.ui.formatting import date_text
from debtordesk.ui.import_wizard.style import ERROR_STYLE
from debtordesk.ui.widgets.enum_combo import EnumCombo

#: the reasons a clerk chooses; promises and arrangements come from their own screens
CLERK_REASONS = (
    HoldReason.MANUAL,
    HoldReason.DISPUTE,
    HoldReason.REPORTED_PAID,
    HoldReason.PAID_VIA_LINK,
)


@dataclass(frozen=True)
class HoldTarget:
    """Whom an action is for: a customer, and the invoices chosen in its detail (none: all)."""

    customer_id: int
    number: str
    name: str
    invoices: tuple[tuple[int, str], ...] = ()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _SavingDialog(QDialog):
    """A dialog that saves in the background: ``saved`` fires with the customer id after a save."""

    saved = Signal(int)

    def __init__(self, ctx: UiContext, target: HoldTarget, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = target
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(f"<b>{target.number} · {target.name}</b>")
        self.layout_.addWidget(heading)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def run(self, job: Callable[[], object]) -> None:
        self.ok_button.setEnabled(False)
        self.ctx.tasks.run(lambda _progress: job(), self._saved, self._failed, write=True)

    def _saved(self, _result: object) -> None:
        self.ok_button.setEnabled(True)
        self.saved.emit(self.target.customer_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, DebtorDeskError):
            self.say(error_text(error))
        else:
            show_error(self, error)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class HoldDialog(_SavingDialog):
    """Put the customer, or the chosen invoices, on hold: reason, until-date (or until lifted), note."""

    def __init__(self, ctx: UiContext, target: HoldTarget, parent: QWidget | None = None) -> None:
        super().__init__(ctx, target, parent)
        self.setWindowTitle(self.tr("Put on hold"))
        self.today = ctx.today()
        if target.invoices:
            scope = self.tr("Invoices: {numbers}").format(
                numbers=", ".join(number for _id, number in target.invoices)
            )
        else:
            scope = self.tr("All of the customer's invoices")
        self.reason = EnumCombo(HoldReason, dunning_label, members=CLERK_REASONS)
        self.has_until = QCheckBox(self.tr("Until and including"))
        self.until = QDateEdit(_qdate(self.today))
        self.until.setCalendarPopup(True)
        self.until.setMinimumDate(_qdate(self.today))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was agreed or said (required for a dispute)"))
        self.note.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("For:"), QLabel(scope))
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.has_until, self.until)
        form.addRow(self.tr("Note:"), self.note)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.has_until.toggled.connect(self.until.setEnabled)
        self._reason_changed()

    def _reason_changed(self) -> None:
        """A reported payment lasts 7 business days unless the clerk says otherwise."""
        reason = self.reason.value() or HoldReason.MANUAL
        until = default_until(reason, self.today)
        self.has_until.setChecked(until is not None)
        self.until.setEnabled(until is not None)
        if until is not None:
            self.until.setDate(_qdate(until))

    def chosen_until(self) -> date | None:
        if not self.has_until.isChecked():
            return None
        value = self.until.date()
        return date(value.year(), value.month(), value.day())

    def save(self) -> None:
        reason = self.reason.value() or HoldReason.MANUAL
        until, note = self.chosen_until(), self.note.toPlainText()
        if reason is HoldReason.DISPUTE and not note.strip():
            self.say(
                self.tr("Say what the customer disputes: the note starts the dispute's record.")
            )
            return
        db, today, customer_id = self.ctx.db, self.today, self.target.customer_id
        invoice_ids: list[int | None] = [i for i, _n in self.target.invoices] or [None]

        def job() -> list[HoldRecord]:
            held = []
            for invoice_id in invoice_ids:
                if reason is HoldReason.DISPUTE:
                    held.append(
                        add_dispute(db, customer_id, today=today, invoice_id=invoice_id, note=note)
                    )
                else:
                    held.append(
                        add_hold(
                            db,
                            customer_id,
                            reason,
                            today=today,
                            invoice_id=invoice_id,
                            until=until,
                            note=note,
                        )
                    )
            return held

        self.run(job)


class LiftHoldDialog(_SavingDialog):
    """The customer's active holds; the ticked ones are lifted (dunning resumes on the next queue)."""

    listed = Signal()

    def __init__(self, ctx: UiContext, target: HoldTarget, parent: QWidget | None = None) -> None:
        super().__init__(ctx, target, parent)
        self.setWindowTitle(self.tr("Lift hold"))
        self.holds = QListWidget()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Why the hold ends (optional)"))
        self.note.setFixedHeight(60)
        self.layout_.addWidget(QLabel(self.tr("Tick the holds to lift:")))
        self.layout_.addWidget(self.holds)
        self.layout_.addWidget(self.note)
        self.finish_layout()
        self.ok_button.setEnabled(False)
        db, customer_id = ctx.db, target.customer_id
        ctx.tasks.run(
            lambda _progress: list_holds(db, customer_id), self._listed, self._list_failed
        )

    def _listed(self, holds: list[HoldRecord]) -> None:
        language = self.ctx.language
        for hold in holds:
            text = dunning_label(hold.reason)
            if hold.invoice_number:
                text += " · " + self.tr("invoice {number}").format(number=hold.invoice_number)
            text += " · " + (
                self.tr("until {date}").format(date=date_text(hold.until, language))
                if hold.until
                else self.tr("until lifted")
            )
            if hold.note:
                text += f" · {hold.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hold.id)
            single = len(holds) == 1
            item.setCheckState(Qt.CheckState.Checked if single else Qt.CheckState.Unchecked)
            self.holds.addItem(item)
        if not holds:
            self.say(self.tr("This customer has no holds."))
        self.ok_button.setEnabled(bool(holds))
        self.listed.emit()

    def _list_failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def chosen(self) -> list[int]:
        return [
            int(self.holds.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.holds.count())
            if self.holds.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        chosen, note, db = self.chosen(), self.note.toPlainText(), self.ctx.db
        if not chosen:
            self.say(self.tr("Tick at least one hold to lift."))
            return
        self.run(lambda: [lift_hold(db, hold_id, note=note) for hold_id in chosen])


class StatusChange(StrEnum):
    HAND_OVER = "hand_over"
    WRITE_OFF = "write_off"
    REACTIVATE = "reactivate"


class StatusDialog(_SavingDialog):
    """Hand over to a collection agency (a note), write off (a reason, required), or resume dunning
    after either (a note)."""

    def __init__(
        self,
        ctx: UiContext,
        target: HoldTarget,
        *,
        change: StatusChange,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, target, parent)
        self.change = change
        if change is StatusChange.WRITE_OFF:
            self.setWindowTitle(self.tr("Write off"))
            intro = self.tr(
                "Stop collecting from this customer. The invoices stay as the ledger reports them; "
                "the reason stays on record."
            )
            placeholder = self.tr("Reason (required), e.g. debt relief, deceased, too small")
        elif change is StatusChange.HAND_OVER:
            self.setWindowTitle(self.tr("Hand over to a collection agency"))
            intro = self.tr(
                "The claim goes to a collection agency: DebtorDesk stops dunning this customer."
            )
            placeholder = self.tr("Note, e.g. the agency and its file number")
        else:
            self.setWindowTitle(self.tr("Resume dunning"))
            intro = self.tr(
                "Take back a hand-over or a write-off: the customer is dunned again from the next "
                "queue on."
            )
            placeholder = self.tr("Note, e.g. why collecting starts again")
        label = QLabel(intro)
        label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(placeholder)
        self.text.setFixedHeight(80)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.text)
        self.finish_layout()

    def save(self) -> None:
        text, db, customer_id = self.text.toPlainText(), self.ctx.db, self.target.customer_id
        if self.change is StatusChange.WRITE_OFF:
            if not text.strip():
                self.say(self.tr("Give a reason for the write-off: it stays on record."))
                return
            self.run(lambda: write_off(db, customer_id, reason=text))
        elif self.change is StatusChange.HAND_OVER:
            self.run(lambda: hand_over(db, customer_id, note=text))
        else:
            self.run(lambda: reactivate(db, customer_id, note=text))


class WaiveChargesDialog(_SavingDialog):
    """Settle the customer's open collection costs, interest and fees: mark them paid (they came in
    with the invoices; a note is optional) or waive them (a reason is required)."""

    def __init__(self, ctx: UiContext, target: HoldTarget, parent: QWidget | None = None) -> None:
        super().__init__(ctx, target, parent)
        self.setWindowTitle(self.tr("Settle costs and interest"))
        label = QLabel(
            self.tr(
                "Every open collection-cost, interest and fee charge of this customer is settled. "
                "The invoices are not touched; what you write stays on record and on the timeline."
            )
        )
        label.setWordWrap(True)
        self.paid = QRadioButton(self.tr("They were paid (they came in with the invoices)"))
        self.waive = QRadioButton(self.tr("Waive them"))
        self.waive.setChecked(True)
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(80)
        self.waive.toggled.connect(self._placeholder)
        self._placeholder()
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.paid)
        self.layout_.addWidget(self.waive)
        self.layout_.addWidget(self.text)
        self.finish_layout()

    def _placeholder(self) -> None:
        self.text.setPlaceholderText(
            self.tr("Reason (required), e.g. social collection, goodwill, principal paid late")
            if self.waive.isChecked()
            else self.tr("Note (optional), e.g. the bank transfer of 12 March")
        )

    def save(self) -> None:
        text, db, customer_id = self.text.toPlainText(), self.ctx.db, self.target.customer_id
        if self.paid.isChecked():
            self.run(lambda: mark_charges_paid(db, customer_id, note=text))
            return
        if not text.strip():
            self.say(self.tr("Give a reason for waiving: it stays on record."))
            return
        self.run(lambda: waive_charges(db, customer_id, reason=text))


class DunningActions(QObject):
    """The actions for the customer a page has selected; ``changed`` fires with its id after a
    hold, lift, hand-over, write-off or resumption was saved."""

    changed = Signal(int)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget,
        target: Callable[[], HoldTarget | None],
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self._target = target
        self.hold_action = QAction(self.tr("Put on &hold…"), parent)
        self.lift_action = QAction(self.tr("&Lift hold…"), parent)
        self.hand_over_action = QAction(self.tr("Hand &over to collection agency…"), parent)
        self.write_off_action = QAction(self.tr("&Write off…"), parent)
        self.reactivate_action = QAction(self.tr("&Resume dunning…"), parent)
        self.waive_action = QAction(self.tr("Settle &costs and interest…"), parent)
        self.hold_action.triggered.connect(lambda: self.open(HoldDialog))
        self.lift_action.triggered.connect(lambda: self.open(LiftHoldDialog))
        self.hand_over_action.triggered.connect(lambda: self.open_status(StatusChange.HAND_OVER))
        self.write_off_action.triggered.connect(lambda: self.open_status(StatusChange.WRITE_OFF))
        self.reactivate_action.triggered.connect(lambda: self.open_status(StatusChange.REACTIVATE))
        self.waive_action.triggered.connect(self.open_waive)
        self.last_dialog: QDialog | None = None

    @property
    def actions(self) -> list[QAction]:
        return [
            self.hold_action,
            self.lift_action,
            self.hand_over_action,
            self.write_off_action,
            self.reactivate_action,
            self.waive_action,
        ]

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)

    def open(self, kind: type[HoldDialog] | type[LiftHoldDialog]) -> None:
        target = self._target()
        if target is None:
            return
        self._show(kind(self.ctx, target, self._parent))

    def open_status(self, change: StatusChange) -> None:
        target = self._target()
        if target is None:
            return
        self._show(StatusDialog(self.ctx, target, change=change, parent=self._parent))

    def open_waive(self) -> None:
        target = self._target()
        if target is None:
            return
        self._show(WaiveChargesDialog(self.ctx, target, self._parent))

    def _show(self, dialog: _SavingDialog) -> None:
        dialog.saved.connect(self.changed)
        self.last_dialog = dialog
        dialog.open()
