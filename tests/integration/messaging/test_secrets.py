"""Keys in the keyring: insecure automatic choices refused with the fix, explicit choices honoured and
flagged, timeouts, locked keyrings, and no key in any exception or log line."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from keyring.backends import chainer, fail, null

from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.i18n.catalogue import render
from debtordesk.services import secrets as secrets_module
from debtordesk.services.secrets import (
    KeyringSecrets,
    describe_backend,
    resolve_backend,
    service_name,
)
from tests.standins.keyrings import (
    LOCKED_BACKEND,
    MEMORY_BACKEND,
    SLOW_BACKEND,
    LockedKeyring,
    MemoryKeyring,
    SlowKeyring,
)

SECRET = "live_k3y-that-must-never-leak-0123456789"


@pytest.fixture(autouse=True)
def _no_user_keyring_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring reads its config file from XDG_CONFIG_HOME: point it at an empty folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    MemoryKeyring.store.clear()


def test_service_name() -> None:
    assert service_name("MAIN", "mollie") == "DebtorDesk/MAIN/mollie"


def test_no_secure_backend_is_refused_with_the_fix() -> None:
    info = describe_backend(fail.Keyring(), explicit=False)
    assert not info.usable and not info.secure
    text = render(info.message)
    assert "GNOME Keyring" in text and "plain text" in text
    store = KeyringSecrets(resolve=lambda: (info, fail.Keyring()))
    with pytest.raises(EnvironmentProblem) as refused:
        store.set("MAIN", "mollie", "api_key", SECRET)
    assert refused.value.code == "secrets.no_secure_backend"
    with pytest.raises(EnvironmentProblem):
        store.get("MAIN", "mollie", "api_key")


def test_automatic_plain_text_backend_is_refused() -> None:
    """A plain-text backend that was merely installed (keyrings.alt) is never used on its own."""
    info = describe_backend(MemoryKeyring(), explicit=False)
    assert not info.usable
    assert info.message.code == "secrets.no_secure_backend"


def test_chainer_with_nothing_secure_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()], raising=False)
    info = describe_backend(chainer.ChainerBackend(), explicit=False)
    assert not info.usable


def test_null_backend_chosen_explicitly_is_refused() -> None:
    info = describe_backend(null.Keyring(), explicit=True, source="keyringrc.cfg")
    assert not info.usable and info.message.code == "secrets.backend_disabled"


def test_this_machines_automatic_choice_is_either_secure_or_refused() -> None:
    info, _backend = resolve_backend()
    assert not info.explicit
    if info.usable:
        assert info.secure, f"an insecure automatic backend was accepted: {info.name}"
    else:
        assert "GNOME Keyring" in render(info.message)


def test_explicit_backend_is_honoured_and_flagged_for_testing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", MEMORY_BACKEND)
    store = KeyringSecrets()
    info = store.backend_info()
    assert info.usable and info.explicit and info.testing_only
    text = render(info.message)
    assert MEMORY_BACKEND in text and "testing only" in text and "PYTHON_KEYRING_BACKEND" in text
    store.set("MAIN", "mollie", "api_key", SECRET)
    assert MemoryKeyring.store == {("DebtorDesk/MAIN/mollie", "api_key"): SECRET}
    assert store.get("MAIN", "mollie", "api_key") == SECRET
    assert store.get("OTHER", "mollie", "api_key") is None
    assert store.delete("MAIN", "mollie", "api_key") is True
    assert store.delete("MAIN", "mollie", "api_key") is False


def test_explicit_backend_from_keyrings_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "xdg" / "python_keyring"
    folder.mkdir(parents=True)
    (folder / "keyringrc.cfg").write_text(f"[backend]\ndefault-keyring={MEMORY_BACKEND}\n")
    info = KeyringSecrets().backend_info()
    assert info.usable and info.testing_only
    assert "keyringrc.cfg" in render(info.message)


def test_an_explicit_backend_that_cannot_load_is_not_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no.such.Backend")
    with pytest.raises(EnvironmentProblem) as info:
        KeyringSecrets().backend_info()
    assert info.value.code == "secrets.backend_unloadable"
    assert "no.such.Backend" in render(info.value.message)


def test_empty_key_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", MEMORY_BACKEND)
    with pytest.raises(UserError):
        KeyringSecrets().set("MAIN", "mollie", "api_key", "")
    assert MemoryKeyring.store == {}


def test_a_hanging_keyring_times_out_instead_of_freezing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", SLOW_BACKEND)
    SlowKeyring.release.clear()
    store = KeyringSecrets(timeout=0.3)
    try:
        with pytest.raises(EnvironmentProblem) as info:
            store.set("MAIN", "mollie", "api_key", SECRET)
        assert info.value.code == "secrets.timeout"
        assert "unlock" in render(info.value.message)
    finally:
        SlowKeyring.release.set()


def test_a_locked_keyring_says_so_without_the_key(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", LOCKED_BACKEND)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(EnvironmentProblem) as info:
        KeyringSecrets().set("MAIN", "mollie", "api_key", SECRET)
    error = info.value
    assert error.code == "secrets.locked"
    assert error.__cause__ is None and error.__suppress_context__
    texts = [str(error), repr(error), render(error.message), caplog.text]
    assert all(SECRET not in text for text in texts)
    assert isinstance(LockedKeyring(), MemoryKeyring)


def test_storing_logs_where_but_never_the_key(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", MEMORY_BACKEND)
    caplog.set_level(logging.DEBUG, logger="debtordesk")
    KeyringSecrets().set("MAIN", "tikkie", "app_token", SECRET)
    assert "DebtorDesk/MAIN/tikkie" in caplog.text
    assert SECRET not in caplog.text


def test_backend_names_are_module_and_class() -> None:
    assert secrets_module.backend_name(fail.Keyring()) == "keyring.backends.fail.Keyring"
