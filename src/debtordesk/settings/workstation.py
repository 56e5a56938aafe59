"""This workstation's own choices that must be known before the database opens: which database, language.

Kept in a small JSON file in the user's config folder, readable without Qt (the CLI needs it too).
Everything the team shares lives in the database (see :mod:`debtordesk.settings.org`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from debtordesk.settings.paths import config_dir


@dataclass(frozen=True)
class WorkstationSettings:
    #: a file path or SQLAlchemy URL; empty means the default SQLite file in the data folder
    database_url: str = ""
    #: "nl", "en" or "" for the system language
    language: str = ""
    #: keep this many daily automatic backups
    backups_kept: int = 14
    #: automatic daily backup on start
    auto_backup: bool = True


def settings_file() -> Path:
    return config_dir() / "workstation.json"


def load_workstation(path: Path | None = None) -> WorkstationSettings:
    """The saved settings; defaults when the file is missing or unreadable."""
    target = path or settings_file()
    try:
        raw = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return WorkstationSettings()
    if not isinstance(raw, dict):
        return WorkstationSettings()
    defaults = WorkstationSettings()
    values = {}
    for key, default in asdict(defaults).items():
        value = raw.get(key, default)
        values[key] = value if isinstance(value, type(default)) else default
    return replace(defaults, **values)


def save_workstation(settings: WorkstationSettings, path: Path | None = None) -> None:
    """Written to a temporary file and renamed, so a crash never leaves half a file."""
    target = path or settings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    temporary.replace(target)
