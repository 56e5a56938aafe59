"""Edit a customer: the form loads in the background and saves in the background; a wrong value is
shown under its field and the dialog stays open; a save someone else beat is refused with a Reload."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.i18n.catalogue import render
from debtordesk.services.customers import (
    CustomerDunning,
    CustomerEdit,
    CustomerEditResult,
    InvalidCustomer,
    customer_dunning,
    editable_customer,
    update_customer,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.customer_form import ERROR_STYLE, CustomerForm
from debtordesk.ui.errors import error_text, show_error


class CustomerEditDialog(QDialog):
    """``loaded`` fires when the form shows the stored values, ``saved`` with the
    :class:`CustomerEditResult` just before the dialog closes."""

    loaded = Signal(object)
    saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        customer_id: int,
        *,
        number: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.number = number
        self.version: int | None = None
        self.setWindowTitle(self.tr("Edit customer"))

        self.form = CustomerForm(ctx.language)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(
            self.tr("Show the customer as it is stored now (your changes in this form are lost)")
        )
        self.reload_button.hide()
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        for button in self.buttons.buttons():  # Enter saves, wherever the focus is
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self.load)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.form)
        self._layout.addWidget(self.message)
        self._layout.addWidget(self.buttons)
        self.load()

    # -- loading
    def load(self) -> None:
        self._set_busy(True)
        db, customer_id = self.ctx.db, self.customer_id
        self.ctx.tasks.run(
            lambda _progress: (
                *editable_customer(db, customer_id),
                customer_dunning(db, customer_id),
            ),
            self._loaded,
            self._load_failed,
        )

    def _loaded(self, answer: tuple[CustomerEdit, int, CustomerDunning]) -> None:
        values, self.version, dunning = answer
        self.form.set_dunning(dunning)
        self.form.set_values(values)
        title = f"{self.number} · {values.name}" if self.number else values.name
        self.setWindowTitle(self.tr("Edit customer {title}").format(title=title))
        self._say("")
        self.reload_button.hide()
        self._set_busy(False)
        self.form.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit(values)

    def _load_failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    # -- saving
    def save(self) -> None:
        if self.version is None or not self.save_button.isEnabled():
            return
        try:
            changes = self.form.values()
        except ValueError:
            self._refused(
                {"mandate_date": self.tr("Mandate signed on: type the date as 31-12-2026.")},
                first="mandate_date",
            )
            return
        db, customer_id, version = self.ctx.db, self.customer_id, self.version
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda _progress: update_customer(
                db, customer_id, expected_version=version, changes=changes
            ),
            self._saved,
            self._save_failed,
            write=True,
        )

    def _saved(self, result: CustomerEditResult) -> None:
        self._set_busy(False)
        self.version = result.version
        self.saved.emit(result)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, InvalidCustomer):
            problems: dict[str, str] = {}
            for problem in error.problems:
                problems.setdefault(problem.field, render(problem.message))
            self._refused(problems, first=error.problems[0].field)
        elif isinstance(error, DebtorDeskError):
            self.form.show_problems({})
            self._say(error_text(error))
            if error.code == "db.conflict":
                self.reload_button.show()
                self.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            show_error(self, error)

    def _refused(self, problems: dict[str, str], *, first: str) -> None:
        self.form.show_problems(problems)
        self._say(self.tr("Nothing was saved: correct the marked fields and save again."))
        self.form.editor(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._fit()

    def _fit(self) -> None:
        """Grow to show every wrapped message in full (a dialog sizes itself by its hint, which
        does not count wrapped lines)."""
        needed = self._layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _set_busy(self, busy: bool) -> None:
        self.form.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self.version is not None)
        self.reload_button.setEnabled(not busy)
