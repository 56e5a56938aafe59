"""Provider keys in the operating system's keyring, and nowhere else.

A key lives under service ``DebtorDesk/<administration code>/<provider>`` with the field as user name
(``api_key``, ``app_token``, ``access_key``, ``product_token``, ``account_sid``, ``auth_token``,
``password``).

Secrets fail closed. When keyring's *automatic* choice finds no secure backend (its ``fail`` backend,
the ``null`` one, a chainer with nothing secure in it, or a plain-text file backend that was merely
installed), storing is refused with a message that says how to fix it; nothing falls back to plain text.
A backend chosen *explicitly* (``PYTHON_KEYRING_BACKEND`` or keyring's ``keyringrc.cfg``), as tests and
headless automation do, is honoured and named; when it is not one of the operating systems' secure
stores it is marked "for testing only", since it may keep keys in plain text.

Every keyring call runs on its own thread with a timeout: an unlock prompt or a hung D-Bus must not
freeze the window. No key value ever goes into an exception, a log line or the database.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import keyring.backend
import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend

from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.domain.messages import Message

log = logging.getLogger("debtordesk.secrets")

T = TypeVar("T")

SERVICE_PREFIX = "DebtorDesk"
#: seconds a keyring call may take (an unlock dialog counts) before the caller is told so
DEFAULT_TIMEOUT = 20.0

#: the operating systems' own stores: keys are encrypted and guarded by the user's login
SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }
)
#: backends that store nothing at all
_NO_STORE = frozenset({"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"})
_CHAINER = "keyring.backends.chainer.ChainerBackend"


def service_name(administration_code: str, provider: str) -> str:
    return f"{SERVICE_PREFIX}/{administration_code}/{provider}"


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


@dataclass(frozen=True)
class BackendInfo:
    """Which keyring backend holds the keys, and whether DebtorDesk may use it."""

    #: module.Class of the backend
    name: str
    #: chosen by PYTHON_KEYRING_BACKEND or keyring's config file (not keyring's automatic choice)
    explicit: bool
    #: an operating system's secure store
    secure: bool
    #: keys may be stored (False: storing is refused, see ``message``)
    usable: bool
    #: what to show on the settings page
    message: Message

    @property
    def testing_only(self) -> bool:
        return self.usable and not self.secure


ResolvedBackend = tuple[BackendInfo, KeyringBackend]


def describe_backend(backend: KeyringBackend, *, explicit: bool, source: str = "") -> BackendInfo:
    """Whether ``backend`` may hold keys. ``source`` names where an explicit choice came from."""
    name = backend_name(backend)
    if name in _NO_STORE:
        code = "secrets.backend_disabled" if explicit else "secrets.no_secure_backend"
        return BackendInfo(name, explicit, False, False, Message(code, {"backend": name}))
    if name in SECURE_BACKENDS:
        return BackendInfo(
            name, explicit, True, True, Message("secrets.backend", {"backend": name})
        )
    if name == _CHAINER:
        chained = [backend_name(b) for b in getattr(type(backend), "backends", [])]
        if chained and all(n in SECURE_BACKENDS for n in chained):
            return BackendInfo(
                name,
                explicit,
                True,
                True,
                Message("secrets.backend", {"backend": ", ".join(chained)}),
            )
    if explicit:
        return BackendInfo(
            name,
            True,
            False,
            True,
            Message("secrets.backend_testing_only", {"backend": name, "source": source}),
        )
    return BackendInfo(
        name, False, False, False, Message("secrets.no_secure_backend", {"backend": name})
    )


def automatic_backend() -> KeyringBackend:
    """Keyring's automatic choice, narrowed to secure stores: a chainer that would also write to a
    plain-text backend is replaced by its best secure member."""
    candidates = list(keyring.backend.get_all_keyring())
    best = max(candidates, key=keyring.backend.by_priority, default=None)
    if best is None:
        from keyring.backends import fail

        none: KeyringBackend = fail.Keyring()  # type: ignore[no-untyped-call]
        return none
    if backend_name(best) == _CHAINER:
        members = list(getattr(type(best), "backends", []))
        secure = [b for b in members if backend_name(b) in SECURE_BACKENDS]
        if secure and len(secure) < len(members):
            first: KeyringBackend = secure[0]
            return first
    return best


def explicit_backend() -> tuple[KeyringBackend, str] | None:
    """The backend named by PYTHON_KEYRING_BACKEND or keyring's config file, with where it came from;
    EnvironmentProblem when the named backend cannot be loaded (it is never silently replaced)."""
    name = os.environ.get("PYTHON_KEYRING_BACKEND", "").strip()
    if name:
        try:
            return keyring.core.load_keyring(name), "PYTHON_KEYRING_BACKEND"
        except Exception as exc:  # not importable, not viable: say which and stop
            raise EnvironmentProblem(
                "secrets.backend_unloadable", backend=name, source="PYTHON_KEYRING_BACKEND"
            ) from _Plain(type(exc).__name__)
    try:
        backend = keyring.core.load_config()
    except Exception as exc:
        raise EnvironmentProblem(
            "secrets.backend_unloadable", backend="", source="keyringrc.cfg"
        ) from _Plain(type(exc).__name__)
    if backend is not None:
        return backend, "keyringrc.cfg"
    return None


class _Plain(Exception):
    """A failure's class name only (its text may quote what it was given)."""


class SecretStore(Protocol):
    """Where provider keys live. The real one is :class:`KeyringSecrets`; tests use a fake."""

    def backend_info(self) -> BackendInfo: ...

    def get(self, administration: str, provider: str, field: str) -> str | None: ...

    def set(self, administration: str, provider: str, field: str, value: str) -> None: ...

    def delete(self, administration: str, provider: str, field: str) -> bool: ...


class KeyringSecrets:
    """Keys in the OS keyring, every call with a timeout, refusing insecure automatic choices."""

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        resolve: Callable[[], ResolvedBackend] | None = None,
    ) -> None:
        self.timeout = timeout
        self._resolve = resolve or resolve_backend
        self._resolved: ResolvedBackend | None = None
        self._lock = threading.Lock()

    def backend_info(self) -> BackendInfo:
        return self._backend()[0]

    def get(self, administration: str, provider: str, field: str) -> str | None:
        info, backend = self._backend()
        if not info.usable:
            raise EnvironmentProblem(info.message.code, **dict(info.message.params))
        service = service_name(administration, provider)
        return self._call(lambda: backend.get_password(service, field), "get")

    def set(self, administration: str, provider: str, field: str, value: str) -> None:
        if not value:
            raise UserError("secrets.empty", provider=provider, field=field)
        info, backend = self._backend()
        if not info.usable:
            raise EnvironmentProblem(info.message.code, **dict(info.message.params))
        service = service_name(administration, provider)
        self._call(lambda: backend.set_password(service, field, value), "set")
        log.info("key stored: %s %s (%s)", service, field, info.name)

    def delete(self, administration: str, provider: str, field: str) -> bool:
        info, backend = self._backend()
        if not info.usable:
            raise EnvironmentProblem(info.message.code, **dict(info.message.params))
        service = service_name(administration, provider)

        def remove() -> bool:
            try:
                backend.delete_password(service, field)
            except keyring.errors.PasswordDeleteError:
                return False
            return True

        removed = self._call(remove, "delete")
        if removed:
            log.info("key removed: %s %s", service, field)
        return removed

    def _backend(self) -> ResolvedBackend:
        with self._lock:
            if self._resolved is None:
                self._resolved = self._call(self._resolve, "resolve")
            return self._resolved

    def _call(self, function: Callable[[], T], what: str) -> T:
        """``function()`` on a thread of its own, or EnvironmentProblem after the timeout."""
        box: dict[str, Any] = {}

        def target() -> None:
            try:
                box["value"] = function()
            except BaseException as exc:  # handed to the caller's thread below
                box["error"] = exc

        worker = threading.Thread(target=target, name=f"keyring-{what}", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if worker.is_alive():
            raise EnvironmentProblem("secrets.timeout", seconds=int(self.timeout))
        error: BaseException | None = box.get("error")
        if error is not None:
            raise _translated(error) from None
        value: T = box["value"]
        return value


def resolve_backend() -> ResolvedBackend:
    """The backend keyring would use, described: an explicit choice first, else the automatic one."""
    chosen = explicit_backend()
    if chosen is not None:
        backend, source = chosen
        return describe_backend(backend, explicit=True, source=source), backend
    backend = automatic_backend()
    return describe_backend(backend, explicit=False), backend


def _translated(error: BaseException) -> BaseException:
    """A keyring failure as an error for the clerk; its own text is dropped (never shown or logged:
    a backend's message may quote what it was given)."""
    if isinstance(error, keyring.errors.KeyringLocked):
        return EnvironmentProblem("secrets.locked")
    if isinstance(error, keyring.errors.NoKeyringError):
        return EnvironmentProblem(
            "secrets.no_secure_backend", backend="keyring.backends.fail.Keyring"
        )
    if isinstance(error, keyring.errors.KeyringError):
        return EnvironmentProblem("secrets.failed", error=type(error).__name__)
    if isinstance(error, RuntimeError | ImportError | OSError | ValueError):
        return EnvironmentProblem("secrets.failed", error=type(error).__name__)
    return error
