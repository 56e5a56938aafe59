"""Settings > Providers…: which provider serves payment links, SMS and e-mail, their settings, their keys
(masked, stored only in the OS keyring) and "Test connection" with what exactly failed.

Every database and keyring call runs off the GUI thread (an unlock prompt of the keyring must not freeze
the window). Keys are never read back into the form: a field shows whether a key is stored; typing a new
one and saving replaces it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.i18n.catalogue import render
from debtordesk.providers.connection import ConnectionCheck
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.provider_settings import (
    CHANNELS,
    PROVIDERS,
    ProvidersOverview,
    ProviderSpec,
    check_provider_connection,
    providers_overview,
    set_provider_settings,
    use_provider,
)
from debtordesk.services.secrets import KeyringSecrets
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import error_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.widgets.screen_size import initial_size

CHANNEL_LABELS = {
    "paylink": QT_TRANSLATE_NOOP("ProviderLabels", "Payment links"),
    "sms": QT_TRANSLATE_NOOP("ProviderLabels", "SMS"),
    "email": QT_TRANSLATE_NOOP("ProviderLabels", "E-mail"),
}

FIELD_LABELS = {
    "base_url": QT_TRANSLATE_NOOP("ProviderLabels", "Base URL (live, sandbox or test)"),
    "sender": QT_TRANSLATE_NOOP("ProviderLabels", "Sender"),
    "host": QT_TRANSLATE_NOOP("ProviderLabels", "Server"),
    "port": QT_TRANSLATE_NOOP("ProviderLabels", "Port"),
    "username": QT_TRANSLATE_NOOP("ProviderLabels", "User name"),
    "security": QT_TRANSLATE_NOOP("ProviderLabels", "Security"),
    "workspace_id": QT_TRANSLATE_NOOP("ProviderLabels", "Workspace id"),
    "channel_id": QT_TRANSLATE_NOOP("ProviderLabels", "Channel id"),
    "mode": QT_TRANSLATE_NOOP("ProviderLabels", "Mode"),
    "redirect_url": QT_TRANSLATE_NOOP("ProviderLabels", "Page after payment"),
    "messaging_service_sid": QT_TRANSLATE_NOOP("ProviderLabels", "Messaging Service SID"),
    "api_key": QT_TRANSLATE_NOOP("ProviderLabels", "API key"),
    "app_token": QT_TRANSLATE_NOOP("ProviderLabels", "App token"),
    "access_key": QT_TRANSLATE_NOOP("ProviderLabels", "Access key"),
    "product_token": QT_TRANSLATE_NOOP("ProviderLabels", "Product token"),
    "account_sid": QT_TRANSLATE_NOOP("ProviderLabels", "Account SID"),
    "auth_token": QT_TRANSLATE_NOOP("ProviderLabels", "Auth token"),
    "password": QT_TRANSLATE_NOOP("ProviderLabels", "Password"),
    "link_days": QT_TRANSLATE_NOOP("ProviderLabels", "Days a payment link can be paid"),
    "link_grace_days": QT_TRANSLATE_NOOP("ProviderLabels", "Extra days after the pay-by date"),
    "route": QT_TRANSLATE_NOOP("ProviderLabels", "Route"),
    "sender_name": QT_TRANSLATE_NOOP("ProviderLabels", "Sender name"),
    "reply_to": QT_TRANSLATE_NOOP("ProviderLabels", "Reply-to address"),
    "ca_file": QT_TRANSLATE_NOOP("ProviderLabels", "CA certificate file (optional)"),
}


def _label(key: str) -> str:
    text = FIELD_LABELS.get(key)
    return QCoreApplication.translate("ProviderLabels", text) if text else key.replace("_", " ")


class ProvidersDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Providers"))
        initial_size(self, 860, 600)
        self.overview: ProvidersOverview | None = None
        self._spec: ProviderSpec | None = None
        self._setting_fields: dict[str, QLineEdit | QComboBox] = {}
        self._secret_fields: dict[str, QLineEdit] = {}

        self.keyring_label = QLabel()
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        channels = QGroupBox(self.tr("Which provider sends what"))
        channel_form = QFormLayout(channels)
        self.channel_combos: dict[str, QComboBox] = {}
        for channel in CHANNELS:
            combo = QComboBox()
            combo.addItem(self.tr("None (letters carry an EPC QR code; export for upload)"), "none")
            for spec in PROVIDERS.values():
                if spec.channel == channel:
                    combo.addItem(spec.title, spec.id)
            combo.activated.connect(lambda _index, ch=channel: self._channel_chosen(ch))
            self.channel_combos[channel] = combo
            channel_form.addRow(
                QCoreApplication.translate("ProviderLabels", CHANNEL_LABELS[channel]) + ":", combo
            )

        self.provider_list = QListWidget()
        self.provider_list.setMaximumWidth(200)
        for spec in PROVIDERS.values():
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.id)
            self.provider_list.addItem(item)
        self.provider_list.currentRowChanged.connect(self._provider_chosen)
        self.form_box = QGroupBox()
        self.form = QFormLayout(self.form_box)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.test_button)
        actions.addWidget(self.save_button)
        editor = QVBoxLayout()
        editor.addWidget(self.form_box)
        editor.addLayout(actions)
        editor.addWidget(self.outcome)
        editor.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.provider_list)
        body.addLayout(editor, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_label)
        layout.addWidget(channels)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.provider_list.setCurrentRow(0)
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        administration_id = self.ctx.administration.id
        if administration_id is None:
            return
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda _progress: providers_overview(db, administration_id),
            self._loaded,
            self._failed,
        )

    def _loaded(self, overview: ProvidersOverview) -> None:
        self.overview = overview
        text = render(overview.keyring)
        if overview.keyring_problem is not None:
            text += "\n" + render(overview.keyring_problem)
        style = ""
        if not overview.keyring_usable:
            style = "color: #a61b1b;"
        elif overview.keyring_testing_only:
            style = "color: #8a5a00;"
        self.keyring_label.setText(text)
        self.keyring_label.setStyleSheet(style)
        for channel, combo in self.channel_combos.items():
            chosen = overview.channels.get(channel) or "none"
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self._fill_form()

    def _failed(self, error: BaseException) -> None:
        self.outcome.setText(error_text(error))
        self.save_button.setEnabled(True)
        self.test_button.setEnabled(True)

    # ------------------------------------------------------------------ the form
    def _provider_chosen(self, row: int) -> None:
        item = self.provider_list.item(row)
        self._spec = PROVIDERS[str(item.data(Qt.ItemDataRole.UserRole))] if item else None
        self.outcome.clear()
        self._fill_form()

    def _fill_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._setting_fields.clear()
        self._secret_fields.clear()
        spec = self._spec
        if spec is None:
            return
        self.form_box.setTitle(spec.title)
        info = None
        if self.overview is not None:
            info = next((p for p in self.overview.providers if p.id == spec.id), None)
        values: Mapping[str, Any] = info.settings if info is not None else spec.defaults
        for setting in spec.settings:
            value = values.get(setting.key)
            field: QLineEdit | QComboBox
            if setting.kind == "choice":
                field = QComboBox()
                for choice in setting.choices:
                    field.addItem(choice, choice)
                field.setCurrentIndex(max(0, field.findData(value)))
            else:
                field = QLineEdit("" if value is None else str(value))
                if setting.default is not None:
                    field.setPlaceholderText(str(setting.default))
            field.setObjectName(f"setting_{setting.key}")
            self._setting_fields[setting.key] = field
            self.form.addRow(_label(setting.key) + ":", field)
        for secret in spec.secret_fields:
            field = QLineEdit()
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setObjectName(f"secret_{secret}")
            stored = info.secrets.get(secret) if info is not None else None
            if stored:
                field.setPlaceholderText(self.tr("stored in the keyring; type to replace"))
            elif stored is None:
                field.setPlaceholderText(self.tr("cannot tell: the keyring could not be asked"))
            else:
                field.setPlaceholderText(self.tr("not set"))
            self._secret_fields[secret] = field
            self.form.addRow(_label(secret) + ":", field)

    # ------------------------------------------------------------------ saving and testing
    def save(self) -> None:
        spec = self._spec
        administration_id = self.ctx.administration.id
        if spec is None or administration_id is None or self.overview is None:
            return
        settings = {
            key: (field.currentData() if isinstance(field, QComboBox) else field.text().strip())
            for key, field in self._setting_fields.items()
        }
        secrets = {key: field.text() for key, field in self._secret_fields.items() if field.text()}
        db, code = self.ctx.db, self.overview.administration
        self.save_button.setEnabled(False)
        self.outcome.setText(self.tr("Saving…"))

        def work(_progress: object) -> None:
            _save(db, administration_id, spec.id, settings)
            store = KeyringSecrets()
            for key, value in secrets.items():
                store.set(code, spec.id, key, value)

        def saved(_answer: object) -> None:
            self.save_button.setEnabled(True)
            for field in self._secret_fields.values():
                field.clear()
            self.outcome.setText(self.tr("Saved. Keys are in the keyring, never in the database."))
            self.reload()

        self.ctx.tasks.run(work, saved, self._failed, write=True)

    def test_connection(self) -> None:
        spec = self._spec
        administration_id = self.ctx.administration.id
        if spec is None or administration_id is None:
            return
        db = self.ctx.db
        self.test_button.setEnabled(False)
        self.outcome.setText(
            self.tr("Testing the connection to {provider}…").format(provider=spec.title)
        )
        self.ctx.tasks.run(
            lambda _progress: check_provider_connection(db, administration_id, spec.id),
            self._tested,
            self._failed,
        )

    def _tested(self, check: ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        text = render(check.message)
        self.outcome.setText(("✔ " if check.ok else "✘ ") + text)
        self.outcome.setStyleSheet("" if check.ok else "color: #a61b1b;")

    def _channel_chosen(self, channel: str) -> None:
        administration_id = self.ctx.administration.id
        if administration_id is None:
            return
        provider = str(self.channel_combos[channel].currentData())
        db = self.ctx.db

        def work(_progress: object) -> None:
            with db.write() as session:
                use_provider(
                    session,
                    administration_id,
                    channel,
                    None if provider == "none" else provider,
                    user_id=user_id_for(session),
                )

        self.ctx.tasks.run(work, lambda _answer: self.reload(), self._failed, write=True)


def _save(db: Database, administration_id: int, provider: str, values: Mapping[str, str]) -> None:
    with db.write() as session:
        set_provider_settings(
            session, administration_id, provider, values, user_id=user_id_for(session)
        )
