"""Restoring a backup: check it whole, keep a safety copy of what is there now, then swap the files in.

Nothing is replaced until the backup has been verified completely (manifest, every member's sha256, the
database's integrity and schema) and the safety copy is written; a refused backup leaves the current
database and letter archive exactly as they were.
"""

from __future__ import annotations

import secrets
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from debtordesk.db.engine import resolve_url
from debtordesk.db.types import utcnow
from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.services.backup_format import (
    DATABASE_MEMBER,
    BackupInfo,
    BackupKind,
    remove_tree,
    verify_backup,
)
from debtordesk.services.backup_write import environment_problem, write_backup
from debtordesk.settings.paths import archive_dir, backup_dir

#: seconds to wait for another connection to let go of the database before saying it is in use
IN_USE_TIMEOUT_SECONDS = 5


@dataclass(frozen=True)
class RestoreInfo:
    """What a restore did: which backup went where, and where the previous state is kept."""

    database_path: Path
    restored: BackupInfo
    #: the safety backup of the database (and archive) as they were; None when there was no database
    safety_backup: Path | None
    archive_path: Path
    archive_files: int


def database_file(db_location: str) -> Path:
    """The SQLite file behind a location; a PostgreSQL URL is refused with how to restore it instead."""
    url = resolve_url(db_location)
    if url.get_backend_name() != "sqlite":
        raise UserError("restore.postgresql", url=url.render_as_string(hide_password=True))
    if not url.database or url.database == ":memory:":
        raise UserError("db.bad_url", url=db_location)
    return Path(url.database).expanduser().resolve()


def restore_backup(db_location: str, backup_file: Path) -> RestoreInfo:
    """Replace the database at ``db_location`` (and the letter archive) with a backup's contents.

    The caller must have closed its own engine on that database first.
    """
    target = database_file(db_location)
    archive = archive_dir()
    work: Path | None = None
    staged: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        archive.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".debtordesk-restore-", dir=target.parent))
        staged = Path(tempfile.mkdtemp(prefix=".archive-restore-", dir=archive.parent))
        verified = verify_backup(backup_file.expanduser(), work / DATABASE_MEMBER, staged)
        _take_offline(target)
        safety = _safety_copy(target)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        verified.database.replace(target)
        _swap_archive(staged, archive, keep_old=safety is None)
        staged = None
    except (OSError, sqlite3.Error) as exc:
        raise environment_problem(exc, target.parent) from exc
    finally:
        for folder in (work, staged):
            if folder is not None:
                remove_tree(folder)
    return RestoreInfo(
        database_path=target,
        restored=verified.info,
        safety_backup=safety.path if safety else None,
        archive_path=archive,
        archive_files=verified.info.archive_files,
    )


def _take_offline(target: Path) -> None:
    """Make sure no one else has the database open, and fold its WAL into the file.

    Leaving WAL mode needs the only connection to the database, so it doubles as the check that every
    DebtorDesk on it is closed. A damaged file cannot be checked; it is replaced all the same.
    """
    if not target.exists():
        return
    try:
        connection = sqlite3.connect(
            target.as_uri() + "?mode=rw", uri=True, timeout=IN_USE_TIMEOUT_SECONDS
        )
    except sqlite3.Error:
        return
    try:
        connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.OperationalError as exc:
        lowered = str(exc).lower()
        if "locked" in lowered or "busy" in lowered:
            raise EnvironmentProblem("restore.in_use", path=str(target)) from exc
    except sqlite3.DatabaseError:
        pass
    finally:
        connection.close()


def _safety_copy(target: Path) -> BackupInfo | None:
    if not target.exists() or target.stat().st_size == 0:
        return None
    return write_backup(
        target, backup_dir(), BackupKind.SAFETY, now=utcnow(), archive=archive_dir(), strict=False
    )


def _swap_archive(staged: Path, archive: Path, *, keep_old: bool) -> None:
    """Put the restored archive folder in place; the old one is deleted when the safety backup holds
    it, and otherwise kept beside it under a dated name."""
    old: Path | None = None
    if archive.exists():
        # the staging folder was made private by mkdtemp; the archive keeps the access it had
        staged.chmod(archive.stat().st_mode & 0o7777)
        old = archive.with_name(f".archive-old-{secrets.token_hex(4)}")
        archive.replace(old)
    try:
        staged.replace(archive)
    except OSError:
        if old is not None:
            old.replace(archive)
        raise
    if old is None:
        return
    if keep_old and any(old.iterdir()):
        stamp = utcnow().astimezone().strftime("%Y-%m-%dT%H%M%S")
        old.replace(archive.with_name(f"archive-before-restore-{stamp}"))
    else:
        remove_tree(old)
