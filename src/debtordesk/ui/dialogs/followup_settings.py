"""Settings > Follow-up…: the follow-up options of the current administration (the grace days of
promises and of arrangement terms, the smallest amount per term and the most terms of a payment
arrangement, the days before a customer without mobile and e-mail is called again).

Loads and saves off the GUI thread. The service checks the values (the spin boxes already keep the
days in range; the amount is typed); a refusal is shown in the dialog, which stays open with what was
typed. A save someone else beat is refused and says so (Reload shows what is stored now).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.services.followup.settings import (
    DAY_RANGES,
    load_followup_options,
    save_followup_options,
)
from debtordesk.settings.org import OrgSettings
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.lifetime import while_alive
from debtordesk.ui.errors import error_text, show_error
from debtordesk.ui.formatting import money_text

_ERROR_STYLE = "color: #b41414;"


class FollowupSettingsDialog(QDialog):
    """``loaded`` after each load, ``saved`` with the stored options."""

    loaded = Signal(object)
    saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.administration_id = ctx.administration.id
        self.before: OrgSettings | None = None
        self.setWindowTitle(self.tr("Follow-up settings"))
        self.setMinimumWidth(520)

        name = ctx.administration.name
        intro = QLabel(
            self.tr("These settings hold for the administration {name}.").format(name=name)
            if ctx.administration.several and name
            else self.tr("How promises, payment arrangements and the call list are followed up.")
        )
        intro.setWordWrap(True)

        self.spins: dict[str, QSpinBox] = {}
        for key, (low, high) in DAY_RANGES.items():
            spin = QSpinBox()
            spin.setRange(low, high)
            self.spins[key] = spin
        self.promise_grace = self.spins["promise_grace_days"]
        self.promise_grace.setSuffix(self.tr(" days"))
        self.promise_grace.setToolTip(
            self.tr(
                "A promise counts as broken only from an open-items list exported at least this "
                "many days after the promised date, so a payment on that day can reach the ledger."
            )
        )
        self.term_grace = self.spins["term_grace_days"]
        self.term_grace.setSuffix(self.tr(" days"))
        self.term_grace.setToolTip(
            self.tr("A term still unpaid this many days after its due date breaks the arrangement.")
        )
        self.max_terms = self.spins["arrangement_max_terms"]
        self.min_term = QLineEdit()
        self.min_term.setPlaceholderText(self.tr("e.g. 10,00"))
        self.min_term.setToolTip(
            self.tr("A single term for the whole amount is always possible, also below this.")
        )
        self.recall = self.spins["call_recall_days"]
        self.recall.setSuffix(self.tr(" days"))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("&Promise grace period:"), self.promise_grace)
        self.form.addRow(self.tr("&Term grace period:"), self.term_grace)
        self.form.addRow(self.tr("&Smallest amount per term (€):"), self.min_term)
        self.form.addRow(self.tr("&Most terms per arrangement:"), self.max_terms)
        self.form.addRow(self.tr("Call again after (no mobile or e-mail):"), self.recall)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Load the settings as they are stored now"))
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self.load)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.load()

    # -- loading
    def load(self) -> None:
        self._set_busy(True)
        db, administration_id = self.ctx.db, self.administration_id
        self.ctx.tasks.run(
            lambda _progress: load_followup_options(db, administration_id),
            while_alive(self, self._loaded),
            while_alive(self, self._load_failed),
        )

    def _load_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self, error)

    def _loaded(self, settings: OrgSettings) -> None:
        self.before = settings
        for key, spin in self.spins.items():
            spin.setValue(int(getattr(settings, key)))
        self.min_term.setText(self._amount_text(settings.arrangement_min_term_amount))
        self.message.hide()
        self._set_busy(False)
        self.loaded.emit(settings)

    def _amount_text(self, stored: str) -> str:
        try:
            return money_text(Decimal(stored), self.ctx.language)
        except ArithmeticError:
            return stored

    # -- saving
    def edited(self) -> OrgSettings:
        """The options as the form holds them now (the amount as typed; the service checks it)."""
        assert self.before is not None
        values: dict[str, Any] = {key: spin.value() for key, spin in self.spins.items()}
        values["arrangement_min_term_amount"] = self.min_term.text()
        return replace(self.before, **values)

    def save(self) -> None:
        if self.before is None:
            return
        before, after = self.before, self.edited()
        db, administration_id = self.ctx.db, self.administration_id
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda _progress: save_followup_options(db, administration_id, before, after),
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
        self.message.setText(error_text(error))
        self.message.show()
        if error.code == "db.conflict":
            self.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif error.code == "followup_settings.bad_amount":
            self.min_term.setFocus(Qt.FocusReason.OtherFocusReason)
            self.min_term.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and self.before is not None)
        self.reload_button.setEnabled(not busy)
