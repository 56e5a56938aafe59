"""What a file is, by its content: reading it safely, its fingerprint, and its format.

Every way a file can fail to be read (missing, locked by Excel, a folder, too big, changed or deleted
between two reads) becomes a :class:`~debtordesk.domain.errors.UserError` that says what to do.
"""

from __future__ import annotations

import errno
import hashlib
from datetime import UTC, datetime
from pathlib import Path

from debtordesk.domain.errors import UserError
from debtordesk.importing import csvread, workbook
from debtordesk.importing.model import FileInfo

#: larger than any open-items export; reading more would only exhaust the memory
MAX_FILE_BYTES = 200 * 1024 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
#: Windows: "The process cannot access the file because it is being used by another process"
_SHARING_VIOLATIONS = {32, 33}


def read_file_bytes(path: Path, *, again: bool = False) -> bytes:
    """The whole file. ``again``: it was read before, so a missing file has vanished meanwhile."""
    name = path.name
    try:
        if path.is_dir():
            raise UserError("import.not_a_file", file=name)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UserError(
            "import.file_vanished" if again else "import.file_missing", file=name
        ) from None
    except PermissionError:
        raise UserError("import.file_locked", file=name) from None
    except OSError as exc:
        if getattr(exc, "winerror", None) in _SHARING_VIOLATIONS or exc.errno in (errno.EBUSY,):
            raise UserError("import.file_locked", file=name) from None
        raise UserError(
            "import.file_unreadable", file=name, detail=exc.strerror or type(exc).__name__
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise UserError("import.file_too_large", file=name, limit=MAX_FILE_BYTES // (1024 * 1024))
    return data


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def inspect_file(path: Path) -> FileInfo:
    """Format (by content, not extension), size, SHA-256, modification date, sheets; for a CSV also the
    encoding and delimiter it will be read with. Raises UserError when the file cannot be imported.
    """
    path = Path(path)
    data = read_file_bytes(path)
    name = path.name
    try:
        modified = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).astimezone().date()
    except FileNotFoundError:
        raise UserError("import.file_vanished", file=name) from None
    except OSError:
        modified = datetime.now(tz=UTC).astimezone().date()
    if not data.strip(b" \t\r\n\x00").removeprefix(b"\xef\xbb\xbf").strip():
        raise UserError("import.file_empty", file=name)
    fmt, sheets, encoding, delimiter = _content(data, name)
    return FileInfo(
        path=path,
        name=name,
        size=len(data),
        sha256=fingerprint(data),
        modified=modified,
        format=fmt,
        sheets=sheets,
        encoding=encoding,
        delimiter=delimiter,
    )


def _content(data: bytes, name: str) -> tuple[str, tuple[str, ...], str | None, str | None]:
    """Format, sheet names, and for text the encoding and delimiter."""
    if data[:1024].lstrip().startswith(b"%PDF"):
        raise UserError("import.file_pdf", file=name)
    if data.startswith(_ZIP):
        return workbook.zip_format(data, name), workbook.sheet_names(data, name), None, None
    if data.startswith(_OLE2):
        workbook.check_ole(data, name)
        return "xls", workbook.sheet_names(data, name), None, None
    text, encoding = csvread.decode(data, name)
    csvread.check_text_kind(text, name)
    return "csv", (), encoding, csvread.sniff_delimiter(text)
