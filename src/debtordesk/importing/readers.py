"""Reading the cells of one sheet (or of a CSV file) that :func:`inspect_file` looked at before."""

from __future__ import annotations

from debtordesk.domain.errors import UserError
from debtordesk.importing import csvread, workbook
from debtordesk.importing.bulk import gc_paused
from debtordesk.importing.files import fingerprint, read_file_bytes
from debtordesk.importing.model import FileInfo, SheetData


def read_sheet(info: FileInfo, sheet: str | None = None) -> SheetData:
    """All rows of one sheet (default: the first that holds anything) or of the CSV, cells as read.

    Blank rows are kept, so ``rows[i]`` is spreadsheet row ``i + 1``. A file that changed or vanished
    since it was inspected is refused: the preview must show what will be imported.
    """
    with gc_paused():
        return _read(info, sheet)


def _read(info: FileInfo, sheet: str | None) -> SheetData:
    data = read_file_bytes(info.path, again=True)
    if fingerprint(data) != info.sha256:
        raise UserError("import.file_changed", file=info.name)
    if info.format == "csv":
        text, _ = (
            csvread.decode(data, info.name)
            if info.encoding is None
            else (_decode(data, info), info.encoding)
        )
        rows = csvread.read_rows(text, info.delimiter or csvread.sniff_delimiter(text), info.name)
        return SheetData(name=None, rows=rows)  # type: ignore[arg-type]
    return workbook.read_workbook_sheet(data, info.name, info.format, sheet)


def _decode(data: bytes, info: FileInfo) -> str:
    try:
        return data.decode(info.encoding or "utf-8")
    except (UnicodeDecodeError, LookupError):
        raise UserError("import.file_encoding", file=info.name) from None
