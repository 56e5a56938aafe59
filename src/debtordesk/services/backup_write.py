"""Writing one backup file: an online copy of the SQLite database, checked, zipped with the letter archive.

The copy is taken with SQLite's online backup API in one step, so it is a consistent snapshot even while
other connections write. The ZIP is written under a temporary name and renamed when complete: the final
name never holds half a backup.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from debtordesk import __version__
from debtordesk.db.engine import BUSY_TIMEOUT_SECONDS
from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.services.backup_format import (
    ARCHIVE_PREFIX,
    DATABASE_MEMBER,
    FILE_PREFIX,
    MANIFEST,
    BackupInfo,
    BackupKind,
    Member,
    copy_hashed,
    integrity_of,
    manifest_dict,
    remove_tree,
    schema_revision_of,
    sha256_file,
)

_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}


def environment_problem(
    exc: OSError | sqlite3.Error, path: Path, *, failed: str = "backup.write_failed"
) -> EnvironmentProblem:
    """A file-system or SQLite failure while writing at ``path``, in words a clerk can act on;
    ``failed`` is the code of any other failure (``{path}`` and ``{detail}``): what was being written."""
    if isinstance(exc, OSError):
        if exc.errno in _DISK_FULL:
            return EnvironmentProblem("disk_full", path=str(path))
        if exc.errno in _NO_PERMISSION:
            return EnvironmentProblem("permission_denied", path=str(path))
        detail = exc.strerror or str(exc)
    else:
        detail = str(exc)
        lowered = detail.lower()
        if "full" in lowered:
            return EnvironmentProblem("disk_full", path=str(path))
        if "locked" in lowered or "busy" in lowered:
            return EnvironmentProblem("db.locked", seconds=BUSY_TIMEOUT_SECONDS)
    return EnvironmentProblem(failed, path=str(path), detail=detail[:200])


def copy_database(source: Path, target: Path, *, strict: bool = True) -> str:
    """A consistent copy of the SQLite file ``source`` as the new file ``target``; its integrity.

    Strict (a normal backup): a damaged source is refused. Not strict (the safety copy before a
    restore): whatever can be saved is saved, raw bytes if SQLite cannot read the file at all.
    """
    if not source.is_file():
        raise UserError("backup.source_missing", path=str(source))
    try:
        _online_copy(source, target)
    except sqlite3.DatabaseError as exc:
        message = str(exc).lower()
        if isinstance(exc, sqlite3.OperationalError) or "full" in message:
            raise environment_problem(exc, target.parent) from exc
        if strict:
            raise EnvironmentProblem("db.corrupt", path=str(source), detail=str(exc)[:200]) from exc
        target.unlink(missing_ok=True)
        shutil.copyfile(source, target)
        return str(exc)[:300]
    integrity = integrity_of(target)
    if strict and integrity != "ok":
        raise EnvironmentProblem("backup.copy_damaged", path=str(source), detail=integrity[:200])
    return integrity


def _online_copy(source: Path, target: Path) -> None:
    # mode=rw: never create an empty database where the file has just vanished
    uri = source.resolve().as_uri() + "?mode=rw"
    origin = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        copy = sqlite3.connect(target)
        try:
            origin.backup(copy)
            # a self-contained file: the copy needs no -wal file beside it
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        origin.close()


def free_name(folder: Path, kind: BackupKind, now: datetime) -> Path:
    """debtordesk-backup-2026-11-22T0930.zip; within the same minute -2, -3… after the highest taken,
    so a name is never reused for a newer backup after rotation deleted an older one."""
    stem = FILE_PREFIX[kind] + now.astimezone().strftime("%Y-%m-%dT%H%M")
    taken = [p.stem[len(stem) :] for p in folder.glob(f"{stem}*.zip")]
    counters = [int(rest[1:]) for rest in taken if rest.startswith("-") and rest[1:].isdigit()]
    if not taken:
        return folder / f"{stem}.zip"
    return folder / f"{stem}-{max(counters, default=1) + 1}.zip"


def _archive_files(archive: Path, skip: Path) -> Iterator[tuple[Path, str]]:
    if not archive.is_dir():
        return
    for file in sorted(archive.rglob("*")):
        if file.is_file() and not file.is_relative_to(skip):
            yield file, ARCHIVE_PREFIX + file.relative_to(archive).as_posix()


def _add(zf: zipfile.ZipFile, file: Path, name: str) -> Member | None:
    """Add one file, hashing exactly the bytes written; None when it vanished meanwhile."""
    try:
        source = file.open("rb")
    except FileNotFoundError:
        return None
    with source:
        info = zipfile.ZipInfo.from_file(file, name, strict_timestamps=False)
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w") as sink:
            found = copy_hashed(source, sink)
    return Member(name, found.size, found.sha256)


def _sync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
    if hasattr(os, "O_DIRECTORY"):
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def write_backup(
    source: Path,
    target_dir: Path,
    kind: BackupKind,
    *,
    now: datetime,
    archive: Path,
    strict: bool = True,
) -> BackupInfo:
    """Write one backup ZIP of the database file ``source`` and the ``archive`` folder."""
    partial: Path | None = None
    work: Path | None = None
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        final = free_name(target_dir, kind, now)
        work = Path(tempfile.mkdtemp(prefix=".debtordesk-backup-", dir=target_dir))
        copy = work / DATABASE_MEMBER
        integrity = copy_database(source, copy, strict=strict)
        revision = schema_revision_of(copy) if integrity == "ok" else None
        handle, name = tempfile.mkstemp(prefix=f".{final.stem}-", suffix=".partial", dir=target_dir)
        os.close(handle)
        partial = Path(name)
        members: list[Member] = []
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            database = _add(zf, copy, DATABASE_MEMBER)
            assert database is not None
            members.append(database)
            for file, member_name in _archive_files(archive, skip=target_dir):
                added = _add(zf, file, member_name)
                if added is not None:
                    members.append(added)
            described = BackupInfo(
                path=final,
                kind=kind,
                created_at=now,
                size=0,
                sha256=None,
                app_version=__version__,
                schema_revision=revision,
                source_database=str(source),
                archive_files=len(members) - 1,
                integrity=integrity,
            )
            zf.writestr(MANIFEST, json.dumps(manifest_dict(described, members), indent=2))
        _sync(partial)
        partial.replace(final)
        partial = None
        size = final.stat().st_size
        digest = sha256_file(final)
    except (OSError, sqlite3.Error) as exc:
        raise environment_problem(exc, target_dir) from exc
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
        if work is not None:
            remove_tree(work)
    return replace(described, size=size, sha256=digest)
