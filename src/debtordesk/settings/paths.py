"""Where DebtorDesk keeps its files on this machine (platformdirs), overridable for tests and portables.

DEBTORDESK_HOME, when set, holds everything (data, config, backups, logs) in one folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from debtordesk import APP_NAME

_DIRS = PlatformDirs(APP_NAME, appauthor=False, roaming=False)


def _home() -> Path | None:
    value = os.environ.get("DEBTORDESK_HOME", "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(_DIRS.user_data_dir)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(_DIRS.user_config_dir)


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(_DIRS.user_log_dir)


def default_database_path() -> Path:
    return data_dir() / "debtordesk.sqlite"


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite"


def backup_dir() -> Path:
    return data_dir() / "backups"


def archive_dir() -> Path:
    """The letter archive (legal evidence), backed up with the database."""
    return data_dir() / "archive"
