"""A keyring backend that keeps keys in a JSON file named by ``DEBTORDESK_TEST_KEYRING_FILE``: for tests
that run DebtorDesk in a subprocess (the crash test), where an in-memory keyring would be empty. Plain
text, so DebtorDesk marks it "for testing only"; chosen with
``PYTHON_KEYRING_BACKEND=tests.standins.file_keyring.FileKeyring``."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_BACKEND = "tests.standins.file_keyring.FileKeyring"
ENV = "DEBTORDESK_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("not found")
        self._path().write_text(json.dumps(data), encoding="utf-8")
