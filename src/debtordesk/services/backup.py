"""Backups of the database and the letter archive (legal evidence): now, daily, listed, checked, restored.

One backup is one ZIP file (see :mod:`debtordesk.services.backup_format`). SQLite databases only: a team
database on PostgreSQL is backed up with the server's own tools, and the refusal says how.
"""

from __future__ import annotations

import logging
import tempfile
from datetime import datetime
from pathlib import Path

from debtordesk.db.engine import Database
from debtordesk.db.types import utcnow
from debtordesk.domain.errors import UserError
from debtordesk.services.backup_format import (
    DATABASE_MEMBER,
    FILE_PREFIX,
    BackupInfo,
    BackupKind,
    read_backup_info,
    verify_backup,
)
from debtordesk.services.backup_restore import RestoreInfo, restore_backup
from debtordesk.services.backup_write import environment_problem, write_backup
from debtordesk.settings.paths import archive_dir, backup_dir
from debtordesk.settings.workstation import load_workstation

log = logging.getLogger(__name__)

__all__ = [
    "BackupInfo",
    "BackupKind",
    "RestoreInfo",
    "auto_backup_if_due",
    "backup_now",
    "inspect_backup",
    "list_backups",
    "restore_backup",
]


def backup_now(
    db: Database, target_dir: Path | None = None, *, keep: int | None = None
) -> BackupInfo:
    """Back up the database and the letter archive into one new file in ``target_dir``.

    ``keep``: when given, only the newest ``keep`` manual backups in that folder are kept (for a
    scheduled job writing to its own folder); automatic and safety backups are never touched.
    """
    return _backup(db, target_dir or backup_dir(), BackupKind.MANUAL, now=utcnow(), keep=keep)


def auto_backup_if_due(
    db: Database, *, now: datetime | None = None, keep: int | None = None
) -> BackupInfo | None:
    """The daily automatic backup: made when no automatic backup exists from today (local calendar
    day, so a morning start never skips a day), then only the newest ``keep`` automatic ones are kept.

    None when none was due, when automatic backups are switched off on this workstation, or for a
    PostgreSQL database (backed up by the server).
    """
    settings = load_workstation()
    if not db.is_sqlite or not settings.auto_backup:
        return None
    moment = now or utcnow()
    folder = backup_dir()
    automatic = [b for b in list_backups(folder) if b.kind is BackupKind.AUTOMATIC]
    today = moment.astimezone().date()
    if any(b.created_at.astimezone().date() == today for b in automatic):
        return None
    kept = settings.backups_kept if keep is None else keep
    return _backup(db, folder, BackupKind.AUTOMATIC, now=moment, keep=kept)


def list_backups(directory: Path | None = None) -> list[BackupInfo]:
    """The DebtorDesk backups in a folder, newest first; other files there are left out.

    The files are not read whole: ``sha256`` is None (see :func:`inspect_backup`).
    """
    folder = directory or backup_dir()
    try:
        candidates = sorted(p for p in folder.glob("*.zip") if not p.name.startswith("."))
    except OSError:
        return []
    found: list[BackupInfo] = []
    for path in candidates:
        try:
            found.append(read_backup_info(path))
        except (UserError, OSError):
            continue
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def inspect_backup(backup_file: Path) -> BackupInfo:
    """Check a backup completely, as a restore would, without changing anything."""
    try:
        with tempfile.TemporaryDirectory(prefix="debtordesk-inspect-") as work:
            folder = Path(work)
            return verify_backup(backup_file, folder / DATABASE_MEMBER, folder / "archive").info
    except OSError as exc:
        raise environment_problem(exc, Path(tempfile.gettempdir())) from exc


def _backup(
    db: Database, folder: Path, kind: BackupKind, *, now: datetime, keep: int | None
) -> BackupInfo:
    source = db.sqlite_path
    if source is None:
        raise UserError("backup.postgresql", url=db.describe())
    info = write_backup(source, folder, kind, now=now, archive=archive_dir())
    if keep is not None:
        _rotate(folder, kind, keep)
    return info


def _rotate(folder: Path, kind: BackupKind, keep: int) -> None:
    """Delete the oldest backups of one kind beyond the newest ``keep`` (at least one stays)."""
    same_kind = [
        b
        for b in list_backups(folder)
        if b.kind is kind and b.path.name.startswith(FILE_PREFIX[kind])
    ]
    for old in same_kind[max(keep, 1) :]:
        try:
            old.path.unlink()
        except OSError as exc:
            log.warning("could not delete the old backup %s: %s", old.path, exc)
