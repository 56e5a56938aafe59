"""Engine and session set-up: SQLite with WAL, foreign keys and a long busy timeout; PostgreSQL by URL.

A write session on SQLite starts with ``BEGIN IMMEDIATE``: it takes the write lock up front and waits for
it (up to the busy timeout) instead of failing half-way with "database is locked" when a read transaction
tries to become a writer. Lock and connection failures are mapped to :class:`EnvironmentProblem`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from debtordesk.domain.errors import EnvironmentProblem, UserError

#: seconds a write waits for another writer before DebtorDesk gives up and says so
BUSY_TIMEOUT_SECONDS = 60

#: file systems on which SQLite's WAL mode is unsafe (shared memory does not work across machines)
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "smb2",
        "ncpfs",
        "afs",
        "coda",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.s3fs",
        "fuse.gcsfuse",
    }
)


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite", database=str(path)).render_as_string()


def resolve_url(value: str | Path) -> URL:
    """A file path or a SQLAlchemy URL -> URL; refuses what is neither."""
    text = str(value).strip()
    if not text:
        raise UserError("db.bad_url", url=text)
    if "://" not in text:
        if text.startswith(("\\\\", "//")):
            # a Windows share (\\server\share or //server/share); resolving would turn it into a
            # local-looking path and hide the network drive from the check below
            raise EnvironmentProblem("db.network_share", path=text, fs="unc")
        return make_url(sqlite_url(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise UserError("db.bad_url", url=text) from exc
    if url.get_backend_name() not in {"sqlite", "postgresql"}:
        raise UserError("db.bad_url", url=text)
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def _mount_for(target: str, mounts: str) -> tuple[str, str] | None:
    """(mount point, file-system type) of the longest mount point containing ``target``."""
    best: tuple[str, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > len(best[0])):
            best = (mount_point, parts[2])
    return best


def network_filesystem_of(path: str, mounts: str) -> str | None:
    """The network file-system type holding ``path`` according to a mount table, or None.

    UNC paths (``\\\\server\\share``, ``//server/share``) always count as network paths.
    """
    if path.startswith(("\\\\", "//")):
        return "unc"
    found = _mount_for(path, mounts)
    if found and found[1] in NETWORK_FILESYSTEMS:
        return found[1]
    return None


def network_filesystem(path: Path) -> str | None:
    """The network file-system type holding ``path`` on this machine, or None when it is local.

    On Windows a UNC path or a mapped network drive counts; elsewhere the mount table (/proc/mounts).
    """
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "unc"
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0]
        drive_remote = 4
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:  # type: ignore[attr-defined]
            return "network drive"
        return None
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    return network_filesystem_of(str(existing.resolve()), mounts)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off so that SQLAlchemy's "begin" event
    # below decides how a transaction starts (BEGIN or BEGIN IMMEDIATE).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get("debtordesk_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str | URL, *, echo: bool = False, keep_open: bool = False) -> Engine:
    """An engine for a SQLite file or a PostgreSQL server, checked for a network share.

    A SQLite engine opens a connection per session (a file's connections cost little and none is left
    behind for a restore or a backup to trip over); with ``keep_open`` it keeps one open between
    sessions instead, for a long run of small transactions on one thread (the outbox's batch: no
    connect and PRAGMAs per transaction). Such an engine is disposed when its work is done."""
    resolved = resolve_url(url) if isinstance(url, str) else url
    if resolved.get_backend_name() == "sqlite":
        database = resolved.database or ""
        if database in {"", ":memory:"}:
            raise UserError("db.bad_url", url=resolved.render_as_string(hide_password=True))
        path = Path(database)
        fs = network_filesystem(path)
        if fs:
            raise EnvironmentProblem("db.network_share", path=str(path), fs=fs)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError) as exc:
            raise UserError("db.cannot_create", path=str(path)) from exc
        except PermissionError as exc:
            raise EnvironmentProblem("permission_denied", path=str(path.parent)) from exc
        engine = create_engine(
            resolved,
            echo=echo,
            connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
            **(
                {"poolclass": QueuePool, "pool_size": 1, "max_overflow": 4}
                if keep_open
                else {"poolclass": NullPool}
            ),
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(resolved, echo=echo, pool_pre_ping=True)


@dataclass
class Database:
    """The composition of an engine and its session factories, handed to every service."""

    engine: Engine

    def __post_init__(self) -> None:
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            bind=self.engine.execution_options(debtordesk_write=True), expire_on_commit=False
        )

    @classmethod
    def open(cls, url: str | URL) -> Database:
        return cls(make_engine(url))

    def kept_open(self) -> Database:
        """The same database for a long run of small transactions on one thread: on SQLite with its
        connection kept open between sessions (see :func:`make_engine`); dispose it afterwards.
        Other engines pool their connections already: the database itself."""
        if not self.is_sqlite:
            return self
        return Database(make_engine(self.engine.url, echo=bool(self.engine.echo), keep_open=True))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    def describe(self) -> str:
        """The database for messages: the file path, or the URL without its password."""
        path = self.sqlite_path
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; rolled back at the end."""
        with map_operational_errors(self), self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one user action: committed when the block ends, rolled back on any error."""
        with map_operational_errors(self), self._writer() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def map_operational_errors(db: Database) -> Iterator[None]:
    """Turn the database's environment failures into messages a clerk can act on."""
    try:
        yield
    except DatabaseError as exc:
        translated = translate_database_error(db, exc)
        if translated is exc:
            raise
        raise translated from exc


def translate_database_error(db: Database, exc: DatabaseError) -> Exception:
    """The clerk's version of a driver error, or the error itself when it is not a known condition."""
    detail = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = detail.lower()
    if "file is not a database" in lowered or "file is encrypted" in lowered:
        return UserError("db.not_a_database", path=db.describe())
    if "malformed" in lowered:
        return EnvironmentProblem("db.corrupt", path=db.describe(), detail=detail[:200])
    if not isinstance(exc, OperationalError):
        return exc
    if "locked" in lowered or "busy" in lowered:
        return EnvironmentProblem("db.locked", seconds=BUSY_TIMEOUT_SECONDS)
    if "disk is full" in lowered or "no space" in lowered:
        return EnvironmentProblem("disk_full", path=db.describe())
    if "readonly" in lowered or "read-only" in lowered:
        return EnvironmentProblem("db.readonly", path=db.describe())
    if "unable to open" in lowered or "connection" in lowered or "could not" in lowered:
        return EnvironmentProblem("db.unreachable", url=db.describe(), detail=detail[:200])
    return exc
