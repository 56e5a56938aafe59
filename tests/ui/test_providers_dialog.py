"""Settings > Providers: keys typed in masked fields go to the keyring (an explicitly chosen test
backend here), "Test connection" with a wrong key says so, and the channel choice is stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from debtordesk.services.provider_settings import PROVIDERS, providers_overview
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.providers import FIELD_LABELS, ProvidersDialog, _label
from debtordesk.ui.i18n import install_translators
from tests.standins.keyrings import MEMORY_BACKEND, MemoryKeyring
from tests.standins.mollie import MollieStandIn
from tests.standins.server import StandInServer

GOOD_KEY = "test_standinkey1234567890abcdef"


@pytest.fixture
def mollie() -> Iterator[StandInServer]:
    with StandInServer(MollieStandIn(api_keys=(GOOD_KEY,))) as server:
        yield server


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", MEMORY_BACKEND)
    MemoryKeyring.store.clear()
    yield
    MemoryKeyring.store.clear()


def _dialog(qtbot: QtBot, ctx: UiContext) -> ProvidersDialog:
    ctx.administration.load(ctx.db)
    dialog = ProvidersDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=10_000)
    return dialog


def _choose(dialog: ProvidersDialog, provider: str) -> None:
    for row in range(dialog.provider_list.count()):
        if dialog.provider_list.item(row).text().lower() == provider:
            dialog.provider_list.setCurrentRow(row)
            return
    raise AssertionError(provider)


def test_a_wrong_key_is_reported_by_test_connection(
    qtbot: QtBot, shell_ctx: UiContext, mollie: StandInServer, memory_keyring: None
) -> None:
    dialog = _dialog(qtbot, shell_ctx)
    assert "testing only" in dialog.keyring_label.text().lower()
    _choose(dialog, "mollie")
    key = dialog.findChild(QLineEdit, "secret_api_key")
    assert key is not None and key.echoMode() is QLineEdit.EchoMode.Password
    assert key.placeholderText() == "not set"
    base = dialog.findChild(QLineEdit, "setting_base_url")
    assert base is not None
    base.setText(mollie.base_url + "/v2")
    dialog._setting_fields["mode"].setCurrentIndex(  # type: ignore[union-attr]
        dialog._setting_fields["mode"].findData("test")  # type: ignore[union-attr]
    )
    key.setText("test_wrongwrongwrongwrongwrong")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Saved"), timeout=10_000)
    # the key went to the keyring, not into the form or the database
    assert "test_wrongwrongwrongwrongwrong" in MemoryKeyring.store.values()
    qtbot.waitUntil(
        lambda: (
            (f := dialog.findChild(QLineEdit, "secret_api_key")) is not None
            and "stored" in f.placeholderText()
        ),
        timeout=10_000,
    )
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("✘"), timeout=15_000)
    assert "key" in dialog.outcome.text().lower()

    key = dialog.findChild(QLineEdit, "secret_api_key")
    assert key is not None
    key.setText(GOOD_KEY)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Saved"), timeout=10_000)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("✔"), timeout=15_000)


def test_choosing_the_provider_of_a_channel_is_stored(
    qtbot: QtBot, shell_ctx: UiContext, memory_keyring: None
) -> None:
    dialog = _dialog(qtbot, shell_ctx)
    combo = dialog.channel_combos["sms"]
    combo.setCurrentIndex(combo.findData("spryng"))
    dialog._channel_chosen("sms")
    administration_id = shell_ctx.administration.id
    assert administration_id is not None
    qtbot.waitUntil(
        lambda: providers_overview(shell_ctx.db, administration_id).channels["sms"] == "spryng",
        timeout=10_000,
    )


def test_every_provider_field_has_a_translated_label(qapp: QApplication) -> None:
    """Each setting and key of every provider is shown with a label in the clerk's language, not as
    its internal name (the Dutch dialog showed 'link days', 'sender name', 'reply to', 'ca file')."""
    keys = {
        key
        for spec in PROVIDERS.values()
        for key in (*(setting.key for setting in spec.settings), *spec.secret_fields)
    }
    assert sorted(keys - FIELD_LABELS.keys()) == []
    installed = install_translators(qapp, "nl")
    try:
        dutch = {key: _label(key) for key in ("link_days", "link_grace_days", "sender_name")}
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
    assert dutch == {
        "link_days": "Dagen dat een betaallink betaald kan worden",
        "link_grace_days": "Extra dagen na de uiterste betaaldatum",
        "sender_name": "Naam van de afzender",
    }
