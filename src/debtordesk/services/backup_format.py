"""The backup file format: one ZIP with the database copy, the letter archive and a manifest.json.

The manifest names every member with its size and sha256, so a damaged, altered or foreign file is
recognised before anything is restored. Reading never trusts a member name: only the database member
and plain relative paths under ``archive/`` are accepted.
"""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import IO, Any

from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from debtordesk.db.engine import sqlite_url
from debtordesk.db.migrate import alembic_config, current_revision
from debtordesk.domain.errors import UserError

FORMAT_NAME = "debtordesk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_MEMBER = "debtordesk.sqlite"
ARCHIVE_PREFIX = "archive/"
CHUNK = 1024 * 1024
_CLASHING_NAMES = {errno.EISDIR, errno.ENOTDIR, errno.EEXIST, errno.ENAMETOOLONG, errno.EINVAL}


class BackupKind(StrEnum):
    """Who made a backup; rotation only ever deletes automatic ones."""

    MANUAL = "manual"
    AUTOMATIC = "automatic"
    #: made by a restore just before it replaced the database
    SAFETY = "safety"


#: file name prefix per kind: debtordesk-backup-2026-11-22T0930.zip
FILE_PREFIX = {
    BackupKind.MANUAL: "debtordesk-backup-",
    BackupKind.AUTOMATIC: "debtordesk-auto-",
    BackupKind.SAFETY: "debtordesk-before-restore-",
}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as its manifest describes it."""

    path: Path
    kind: BackupKind
    created_at: datetime
    #: size of the ZIP file in bytes
    size: int
    #: sha256 of the ZIP file; None when the file was listed without reading it whole
    sha256: str | None
    app_version: str
    schema_revision: str | None
    source_database: str
    archive_files: int
    #: "ok", or what PRAGMA integrity_check said (only a safety copy of a damaged database has that)
    integrity: str


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def copy_hashed(source: IO[bytes], target: IO[bytes]) -> Member:
    """Copy a stream and return its size and sha256 (the name is filled in by the caller)."""
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
        target.write(chunk)
    return Member("", size, digest.hexdigest())


def schema_revision_of(database: Path) -> str | None:
    """The Alembic revision stored in a SQLite file (None for a database without one)."""
    engine = create_engine(sqlite_url(database), poolclass=NullPool)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def integrity_of(database: Path) -> str:
    """PRAGMA integrity_check of a SQLite file: "ok" or the first problems it reports."""
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute("PRAGMA integrity_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        connection.close()
    text = "; ".join(str(row[0]) for row in rows)
    return "ok" if text == "ok" else text[:300]


def manifest_dict(info: BackupInfo, members: list[Member]) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "kind": info.kind.value,
        "app_version": info.app_version,
        "schema_revision": info.schema_revision,
        "created_at": info.created_at.isoformat(),
        "source_database": info.source_database,
        "integrity": info.integrity,
        "members": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in members],
    }


def _safe_member_name(name: str) -> bool:
    if name == DATABASE_MEMBER:
        return True
    if not name.startswith(ARCHIVE_PREFIX) or "\\" in name:
        return False
    parts = PurePosixPath(name).parts
    return len(parts) > 1 and all(part not in {"", ".", ".."} for part in parts)


def _parse_manifest(path: Path, raw: bytes) -> tuple[dict[str, Any], list[Member]]:
    """The manifest's fields and members, or a refusal that says what is wrong with it."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError("restore.bad_manifest", path=str(path)) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise UserError("restore.not_a_backup", path=str(path))
    version = data.get("format_version")
    if not isinstance(version, int):
        raise UserError("restore.bad_manifest", path=str(path))
    if version > FORMAT_VERSION:
        raise UserError("restore.newer_format", path=str(path), version=version)
    members: list[Member] = []
    try:
        for entry in data["members"]:
            member = Member(str(entry["name"]), int(entry["size"]), str(entry["sha256"]))
            if not _safe_member_name(member.name):
                raise UserError("restore.member_unexpected", path=str(path), member=member.name)
            members.append(member)
        datetime.fromisoformat(str(data["created_at"]))
        BackupKind(str(data["kind"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise UserError("restore.bad_manifest", path=str(path)) from exc
    return data, members


def _info_from(
    path: Path, data: dict[str, Any], members: list[Member], sha256: str | None
) -> BackupInfo:
    revision = data.get("schema_revision")
    created = datetime.fromisoformat(str(data["created_at"]))
    return BackupInfo(
        path=path,
        kind=BackupKind(str(data["kind"])),
        created_at=created if created.tzinfo else created.replace(tzinfo=UTC),
        size=path.stat().st_size,
        sha256=sha256,
        app_version=str(data.get("app_version", "")),
        schema_revision=str(revision) if revision is not None else None,
        source_database=str(data.get("source_database", "")),
        archive_files=sum(1 for m in members if m.name.startswith(ARCHIVE_PREFIX)),
        integrity=str(data.get("integrity", "")),
    )


def _open_zip(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise UserError("restore.not_found", path=str(path))
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UserError("restore.not_a_zip", path=str(path)) from exc


def _read_manifest(path: Path, archive: zipfile.ZipFile) -> tuple[dict[str, Any], list[Member]]:
    try:
        raw = archive.read(MANIFEST)
    except KeyError as exc:
        raise UserError("restore.no_manifest", path=str(path)) from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UserError("restore.damaged", path=str(path), detail=str(exc)[:200]) from exc
    return _parse_manifest(path, raw)


def read_backup_info(path: Path, *, checksum: bool = False) -> BackupInfo:
    """What a backup file says about itself, from its manifest (the members are not checked)."""
    with _open_zip(path) as archive:
        data, members = _read_manifest(path, archive)
    return _info_from(path, data, members, sha256_file(path) if checksum else None)


@dataclass(frozen=True)
class VerifiedBackup:
    info: BackupInfo
    #: the extracted database, checked; the caller moves it into place
    database: Path


def verify_backup(path: Path, database_to: Path, archive_to: Path) -> VerifiedBackup:
    """Check every member against the manifest while extracting it, then check the database.

    The database goes to the file ``database_to``, the archive files into the folder ``archive_to``.
    Raises :class:`UserError` with the reason when the backup cannot be restored.
    """
    with _open_zip(path) as archive:
        data, members = _read_manifest(path, archive)
        listed = {m.name for m in members}
        present = {n for n in archive.namelist() if n != MANIFEST and not n.endswith("/")}
        if DATABASE_MEMBER not in listed:
            raise UserError("restore.member_missing", path=str(path), member=DATABASE_MEMBER)
        unexpected = sorted(present - listed)
        if unexpected:
            raise UserError("restore.member_unexpected", path=str(path), member=unexpected[0])
        for member in members:
            if member.name not in present:
                raise UserError("restore.member_missing", path=str(path), member=member.name)
            relative = member.name.removeprefix(ARCHIVE_PREFIX)
            target = database_to if member.name == DATABASE_MEMBER else archive_to / relative
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member.name) as source, target.open("wb") as sink:
                    found = copy_hashed(source, sink)
            except (zipfile.BadZipFile, EOFError, ValueError) as exc:
                raise UserError("restore.damaged", path=str(path), detail=str(exc)[:200]) from exc
            except OSError as exc:
                # names that collide as file and folder come from a crafted file, not from the disk
                if exc.errno not in _CLASHING_NAMES:
                    raise
                raise UserError("restore.damaged", path=str(path), detail=member.name) from exc
            if (found.size, found.sha256) != (member.size, member.sha256):
                raise UserError("restore.checksum_mismatch", path=str(path), member=member.name)
    _check_database(path, database_to)
    return VerifiedBackup(_info_from(path, data, members, sha256_file(path)), database_to)


def _check_database(path: Path, database: Path) -> None:
    integrity = integrity_of(database)
    if integrity != "ok":
        raise UserError("restore.database_damaged", path=str(path), detail=integrity[:200])
    try:
        revision = schema_revision_of(database)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise UserError("restore.not_debtordesk", path=str(path)) from exc
    if revision is None:
        raise UserError("restore.not_debtordesk", path=str(path))
    if revision not in known_revisions():
        raise UserError("restore.newer_schema", path=str(path), revision=revision)


def remove_tree(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
