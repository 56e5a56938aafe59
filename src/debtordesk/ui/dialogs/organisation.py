"""Settings > Organisation…: the administration's details (name, IBAN, address, KvK, VAT) and the
organisation-wide options, saved to the shared database. A save that someone else beat is refused
and says so; the clerk reloads and tries again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.contacts import normalise_iban
from debtordesk.domain.enums import CustomerType
from debtordesk.domain.errors import DebtorDeskError
from debtordesk.domain.messages import Message
from debtordesk.domain.payee import payee_name_differs
from debtordesk.i18n.catalogue import render
from debtordesk.services.administrations import (
    AdministrationDetails,
    Organisation,
    load_organisation,
    save_organisation,
)
from debtordesk.services.database import Database
from debtordesk.services.logo import get_logo, set_logo
from debtordesk.services.policies import payment_reference_kind, set_payment_reference_kind
from debtordesk.settings.org import declared_options
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.lifetime import while_alive
from debtordesk.ui.errors import error_text, show_error
from debtordesk.ui.labels import label, language_name

_ERROR_STYLE = "color: #b41414;"
_WARNING_STYLE = "color: #8a5a00;"


class OrganisationDialog(QDialog):
    """Loads in the background, saves in the background; ``saved`` carries what is now stored."""

    loaded = Signal(object)
    saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        administration_id: int | None = None,
    ) -> None:
        """``administration_id``: whose details to edit; None: the first administration's."""
        super().__init__(parent)
        self.ctx = ctx
        self.administration_id = administration_id
        self.before: Organisation | None = None
        #: how payment references are made, as loaded ("rf", "kenmerk" or "invoice_number")
        self.reference_kind_before: str | None = None
        self.setWindowTitle(self.tr("Organisation settings"))
        self.setMinimumWidth(620)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._administration_tab(), self.tr("Administration"))
        self.tabs.addTab(self._options_tab(), self.tr("Options"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Load the settings as they are stored now"))
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self.load)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._set_busy(True)
        self.load()

    # -- building
    def _administration_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        titles = {
            "name": self.tr("Name"),
            "account_holder": self.tr("Account holder"),
            "iban": self.tr("IBAN"),
            "bic": self.tr("BIC"),
            "address_line": self.tr("Address"),
            "postcode": self.tr("Postcode"),
            "city": self.tr("City"),
            "country": self.tr("Country (2 letters)"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
            "coc_number": self.tr("KvK number"),
            "vat_number": self.tr("VAT number"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for name, title in titles.items():
            edit = QLineEdit()
            self.edits[name] = edit
            form.addRow(title + ":", edit)
            if name == "account_holder":
                self.payee_warning = QLabel()
                self.payee_warning.setWordWrap(True)
                self.payee_warning.setStyleSheet(_WARNING_STYLE)
                self.payee_warning.hide()
                form.addRow("", self.payee_warning)
            if name == "iban":
                self.iban_hint = QLabel()
                self.iban_hint.setStyleSheet(_ERROR_STYLE)
                self.iban_hint.hide()
                form.addRow("", self.iban_hint)
            if name == "bic":
                form.addRow(self.tr("Payment reference:"), self._reference_kind_editor())
        form.addRow(self.tr("Logo on letters:"), self._logo_editor())
        self.edits["country"].setMaxLength(2)
        self.edits["iban"].editingFinished.connect(self._check_iban)
        self.edits["name"].textChanged.connect(self._check_payee)
        self.edits["account_holder"].textChanged.connect(self._check_payee)
        return page

    def _logo_editor(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_data: bytes | None = None
        #: the stored logo has been read (tests wait for it)
        self.logo_loaded = False
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setFixedSize(180, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        self.logo_choose = QPushButton(self.tr("Choose…"))
        self.logo_choose.setToolTip(self.tr("A PNG or JPEG image; it is saved at once"))
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton(self.tr("Remove"))
        self.logo_remove.clicked.connect(lambda: self.store_logo(None, ""))
        row.addWidget(self.logo_preview)
        row.addWidget(self.logo_choose)
        row.addWidget(self.logo_remove)
        row.addStretch(1)
        return box

    def choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not name:
            return
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._show_message(str(exc))
            return
        self.store_logo(data, path.name)

    def store_logo(self, data: bytes | None, name: str) -> None:
        """Save the logo (None: remove it) right away, off the GUI thread."""
        administration_id = self.administration_id
        if administration_id is None:
            return
        db = self.ctx.db

        def work(_progress: object) -> bytes | None:
            set_logo(db, administration_id, data, name=name)
            return get_logo(db, administration_id)

        self.ctx.tasks.run(
            work,
            while_alive(self, self._show_logo),
            while_alive(self, lambda error: self._show_message(error_text(error))),
            write=True,
        )

    def _show_logo(self, data: bytes | None) -> None:
        self.logo_data = data
        self.logo_loaded = True
        self.logo_remove.setEnabled(data is not None)
        if data is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo_preview.setPixmap(
            pixmap.scaled(
                self.logo_preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _reference_kind_editor(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.reference_kind = QComboBox()
        for text, kind in (
            (self.tr("RF reference per customer dossier (recommended)"), "rf"),
            (self.tr("Generated 16-digit payment reference (betalingskenmerk)"), "kenmerk"),
            (self.tr("The ledger's own invoice number"), "invoice_number"),
        ):
            self.reference_kind.addItem(text, kind)
        self.reference_kind.setToolTip(
            self.tr(
                "The reference the customer is asked to pay with, on letters and in the QR code."
            )
        )
        self.reference_note = QLabel()
        self.reference_note.setWordWrap(True)
        self.reference_note.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.reference_kind)
        column.addWidget(self.reference_note)
        self.reference_kind.currentIndexChanged.connect(self._show_reference_note)
        self._show_reference_note()
        return box

    def _show_reference_note(self) -> None:
        notes = {
            "rf": self.tr(
                "One international creditor reference (RF) per customer: every bank passes it on, "
                "and a payment of several invoices is matched at once."
            ),
            "kenmerk": self.tr(
                "Only when your bank has registered this IBAN for payment references "
                "(betalingskenmerken): ask your bank first. Otherwise the reference does not "
                "travel as a structured reference and payments are harder to match."
            ),
            "invoice_number": self.tr(
                "The ledger's own reference (or number) of the invoice; a letter that lists "
                "several invoices gets the customer's RF reference instead."
            ),
        }
        kind = self.reference_kind.currentData()
        self.reference_note.setText(notes.get(kind, ""))
        if kind == "kenmerk":
            self.reference_note.setStyleSheet(_WARNING_STYLE)
        else:
            self.reference_note.setStyleSheet("color: palette(placeholder-text);")

    def _options_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if self.ctx.administration.several:
            shared = QLabel(self.tr("These options hold for every administration."))
            shared.setWordWrap(True)
            form.addRow(shared)
        self.option_editors: dict[str, QWidget] = {}
        # the legal options have their own dialog (Settings > Legal and interest…)
        for option in declared_options("general"):
            editor = self._editor_for(option.key, option.type)
            self.option_editors[option.key] = editor
            title = QLabel(render(Message(option.title)) + ":")
            title.setWordWrap(True)
            form.addRow(title, editor)
        return page

    def _editor_for(self, key: str, kind: type[Any]) -> QWidget:
        if key == "unknown_customer_type":
            combo = QComboBox()
            for member in CustomerType:
                combo.addItem(label(member), member.value)
            return combo
        if key == "default_language":
            combo = QComboBox()
            for code in ("nl", "en"):
                combo.addItem(language_name(code), code)
            return combo
        if key == "snapshot_close_confirm_ratio":
            percent = QSpinBox()
            percent.setRange(1, 100)
            percent.setSuffix(" %")
            return percent
        if kind is bool:
            return QCheckBox()
        if kind is int:
            spin = QSpinBox()
            spin.setRange(0, 365)
            return spin
        if kind is float:
            double = QDoubleSpinBox()
            double.setRange(0.0, 1_000_000.0)
            return double
        edit = QLineEdit()
        edit.setMaxLength(3)
        return edit

    # -- loading
    def load(self) -> None:
        self._set_busy(True)
        db = self.ctx.db
        administration_id = self.administration_id
        self.ctx.tasks.run(
            lambda _progress: _load(db, administration_id),
            while_alive(self, self._loaded),
            while_alive(self, self._load_failed),
        )

    def _load_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self, error)

    def _loaded(self, answer: tuple[Organisation, str]) -> None:
        organisation, self.reference_kind_before = answer
        self.before = organisation
        self.administration_id = organisation.administration.id
        details = organisation.administration
        if self.ctx.administration.several:
            self.setWindowTitle(self.tr("Organisation settings: {name}").format(name=details.name))
        for name, edit in self.edits.items():
            edit.setText(getattr(details, name) or "")
        for key, editor in self.option_editors.items():
            self._set_option(editor, key, getattr(organisation.settings, key))
        self._set_option(self.reference_kind, "payment_reference_kind", self.reference_kind_before)
        self._check_payee()
        self.message.hide()
        self._check_iban()  # an IBAN stored with a typo is pointed out at once
        self._set_busy(False)
        db, administration_id = self.ctx.db, organisation.administration.id
        self.ctx.tasks.run(
            lambda _progress: get_logo(db, administration_id),
            while_alive(self, self._show_logo),
            while_alive(self, lambda error: self._show_message(error_text(error))),
        )
        self.loaded.emit(organisation)

    @staticmethod
    def _set_option(editor: QWidget, key: str, value: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox) and key == "snapshot_close_confirm_ratio":
            editor.setValue(round(float(value) * 100))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    @staticmethod
    def _option_value(editor: QWidget, key: str) -> Any:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox) and key == "snapshot_close_confirm_ratio":
            return editor.value() / 100
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    # -- saving
    def edited(self) -> Organisation:
        """What the form holds now."""
        assert self.before is not None
        texts: dict[str, Any] = {
            name: edit.text().strip() or None for name, edit in self.edits.items()
        }
        administration: AdministrationDetails = replace(self.before.administration, **texts)
        values = {
            key: self._option_value(editor, key) for key, editor in self.option_editors.items()
        }
        return Organisation(administration, replace(self.before.settings, **values))

    def save(self) -> None:
        if self.before is None:
            return
        before, after, db = self.before, self.edited(), self.ctx.db
        kind = self.reference_kind.currentData()
        kind_changed = kind != self.reference_kind_before
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda _progress: _save(db, before, after, kind if kind_changed else None),
            while_alive(self, self._saved),
            while_alive(self, self._save_failed),
            write=True,
        )

    def _saved(self, answer: tuple[Organisation, str]) -> None:
        organisation, self.reference_kind_before = answer
        self.before = organisation
        self._set_busy(False)
        self.saved.emit(organisation)
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

    def _check_iban(self) -> None:
        text = self.edits["iban"].text().strip()
        result = normalise_iban(text) if text else None
        if result is not None and result.problem is not None:
            self.iban_hint.setText(render(Message(result.problem, {"value": text})))
            self.iban_hint.show()
        else:
            self.iban_hint.hide()

    def _check_payee(self) -> None:
        """Verification of Payee: the payer's bank warns when the name on the letter is not the
        account holder's."""
        name = self.edits["name"].text()
        holder = self.edits["account_holder"].text()
        differs = payee_name_differs(name, holder)
        if differs:
            self.payee_warning.setText(
                self.tr(
                    "The account holder differs from the name on your letters ('{name}'). Since "
                    "October 2025 the payer's bank checks the name against the account holder of "
                    "the IBAN and warns the payer when they differ. Use the account holder's name "
                    "exactly as your bank has it."
                ).format(name=name.strip())
            )
        self.payee_warning.setVisible(differs)

    def _set_busy(self, busy: bool) -> None:
        self.tabs.setEnabled(not busy)
        self.buttons.setEnabled(not busy)


def _load(db: Database, administration_id: int | None) -> tuple[Organisation, str]:
    organisation = load_organisation(db, administration_id)
    return organisation, payment_reference_kind(db, organisation.administration.id)


def _save(
    db: Database, before: Organisation, after: Organisation, kind: str | None
) -> tuple[Organisation, str]:
    """Save the details and options, then (when changed) how payment references are made; the
    answer is read back, so the next save starts from the versions now stored."""
    save_organisation(db, before, after)
    administration_id = before.administration.id
    if kind is not None:
        set_payment_reference_kind(db, administration_id, kind)
    return _load(db, administration_id)
