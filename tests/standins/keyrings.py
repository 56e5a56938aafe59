"""Keyring backends for tests: chosen with PYTHON_KEYRING_BACKEND (as headless automation would) or
handed to :class:`~debtordesk.services.secrets.KeyringSecrets` directly.

:class:`MemoryKeyring` keeps keys in a class-level dict (every instance shares it, since keyring makes a
new instance per resolution); it stands for a plain-text backend such as keyrings.alt's
PlaintextKeyring (not installed here), so DebtorDesk must flag it "for testing only".
"""

from __future__ import annotations

import threading
from typing import ClassVar

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

MEMORY_BACKEND = "tests.standins.keyrings.MemoryKeyring"
SLOW_BACKEND = "tests.standins.keyrings.SlowKeyring"
LOCKED_BACKEND = "tests.standins.keyrings.LockedKeyring"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]
    store: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class SlowKeyring(MemoryKeyring):
    """Hangs like a keyring waiting for an unlock dialog, until ``release`` is set."""

    release: ClassVar[threading.Event] = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)
        super().set_password(service, username, password)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked(f"locked while reading {service}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked(f"locked while writing {password}")


class MemorySecrets:
    """A :class:`~debtordesk.services.secrets.SecretStore` for service tests (no keyring at all)."""

    def __init__(self, values: dict[tuple[str, str, str], str] | None = None) -> None:
        self.values = dict(values or {})

    def backend_info(self):  # type: ignore[no-untyped-def]
        from debtordesk.domain.messages import Message
        from debtordesk.services.secrets import BackendInfo

        return BackendInfo(
            "tests.MemorySecrets", True, False, True, Message("secrets.backend", {"backend": "x"})
        )

    def get(self, administration: str, provider: str, field: str) -> str | None:
        return self.values.get((administration, provider, field))

    def set(self, administration: str, provider: str, field: str, value: str) -> None:
        self.values[administration, provider, field] = value

    def delete(self, administration: str, provider: str, field: str) -> bool:
        return self.values.pop((administration, provider, field), None) is not None
