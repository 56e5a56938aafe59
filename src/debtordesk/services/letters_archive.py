"""The letter archive: every batch PDF kept with the database it belongs to, checked by its SHA-256.

* SQLite (one workstation): a file in the archive folder (:func:`debtordesk.settings.paths.archive_dir`,
  which the backup zips with the database), in a subfolder per database named after the database file
  (``archive/debtordesk/…``, ``archive/demo/…``), so the demo and the real database never mix. The batch
  row holds the path relative to the archive folder, so a restored backup finds its files again.
* PostgreSQL (team mode): the bytes in ``archive_blob``, which every workstation reaches and the
  server's backup includes.

A batch is rendered into a temporary file beside its final place, renamed when complete, and only then
recorded; a failed or cancelled batch leaves no file. Reading verifies the SHA-256 and says clearly when
the file is missing or was changed.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import ArchiveBlob, LetterBatch
from debtordesk.domain.errors import EnvironmentProblem
from debtordesk.domain.letter_batches import page_range
from debtordesk.services.backup_write import environment_problem
from debtordesk.services.database import Database
from debtordesk.settings.paths import archive_dir

_UNSAFE = re.compile(r"[^0-9A-Za-z_.-]+")
_CHUNK = 1024 * 1024


def database_folder(db: Database) -> Path:
    """The archive subfolder of a SQLite database: the archive folder / the database file's name."""
    path = db.sqlite_path
    assert path is not None, "only a SQLite database keeps its archive in files"
    name = _UNSAFE.sub("_", path.stem).strip("._") or "database"
    return archive_dir() / name


def new_temp_file(db: Database, *, prefix: str = ".batch-", subfolder: str = "") -> Path:
    """An empty temporary file where a batch is rendered: beside its final place for SQLite (the
    rename is then atomic; ``subfolder`` of the database's folder, as :func:`place` is given it),
    in the system's temporary folder for PostgreSQL."""
    folder = database_folder(db) / subfolder if db.is_sqlite else Path(tempfile.gettempdir())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=".partial", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise environment_problem(exc, folder) from exc
    return Path(name)


def digest_of(path: Path) -> tuple[str, int]:
    """SHA-256 (hex) and size of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def place(db: Database, temp: Path, stem: str, *, subfolder: str = "") -> str:
    """Give a complete batch file its archive name: the name recorded in the batch row.

    SQLite: renamed to ``<stem>.pdf`` in the database's folder (or its ``subfolder``; ``-2``, ``-3``…
    when taken: a file is never overwritten) and the path relative to the archive folder is
    returned. PostgreSQL: the file stays where it is (its bytes go into the database) and
    ``<stem>.pdf`` is returned.
    """
    if not db.is_sqlite:
        return f"{stem}.pdf"
    folder = database_folder(db) / subfolder
    counter = 1
    while True:
        target = folder / (f"{stem}.pdf" if counter == 1 else f"{stem}-{counter}.pdf")
        try:
            _move_without_overwriting(temp, target)
        except FileExistsError:
            counter += 1
            continue
        except OSError as exc:
            raise environment_problem(exc, folder) from exc
        return target.relative_to(archive_dir()).as_posix()


def _move_without_overwriting(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target``; FileExistsError when ``target`` exists (an archived batch is
    never overwritten). A hard link does that atomically; where the file system has none (FAT, some
    shares) a checked rename does."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(str(target)) from None
        source.rename(target)
        return
    source.unlink(missing_ok=True)


def unplace(db: Database, name: str) -> None:
    """Remove a placed file whose batch was not recorded after all."""
    if db.is_sqlite:
        (archive_dir() / name).unlink(missing_ok=True)


def store_blob(session: Session, batch_id: int, path: Path) -> None:
    """PostgreSQL: the batch file's bytes into the database, in the batch's transaction."""
    session.add(ArchiveBlob(batch_id=batch_id, data=path.read_bytes()))


def archived_path(db: Database, batch: LetterBatch) -> Path:
    """SQLite: the batch's archive file after checking it is there and unchanged."""
    path = archive_dir() / batch.file_name
    if not path.is_file():
        raise EnvironmentProblem("letters.archive_missing", batch=batch.number, path=str(path))
    found, _ = digest_of(path)
    if found != batch.sha256:
        raise EnvironmentProblem("letters.archive_changed", batch=batch.number, path=str(path))
    return path


def batch_bytes(db: Database, session: Session, batch: LetterBatch) -> bytes:
    """The batch PDF's bytes, checked against the SHA-256 recorded when it was made."""
    if db.is_sqlite:
        return archived_path(db, batch).read_bytes()
    data = session.scalar(select(ArchiveBlob.data).where(ArchiveBlob.batch_id == batch.id))
    if data is None:
        raise EnvironmentProblem("letters.archive_missing", batch=batch.number, path=db.describe())
    if hashlib.sha256(data).hexdigest() != batch.sha256:
        raise EnvironmentProblem("letters.archive_changed", batch=batch.number, path=db.describe())
    return bytes(data)


def extract_pages(pdf: bytes | Path, first_page: int, pages: int) -> bytes:
    """The pages of one letter (first page counted from 1) as a PDF of their own."""
    reader = PdfReader(BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))
    wanted = page_range(first_page, pages)
    if wanted.stop > len(reader.pages):
        raise EnvironmentProblem("letters.archive_short", pages=len(reader.pages), last=wanted.stop)
    writer = PdfWriter()
    for index in wanted:
        writer.add_page(reader.pages[index])
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
