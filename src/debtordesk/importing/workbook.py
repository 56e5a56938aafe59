"""Workbooks (.xlsx, .xlsb, .xls, .ods) through python-calamine: sheet names, cells and merged ranges.

python-calamine is used directly rather than through pandas.read_excel: it hands over the same cells
(formula cells as their cached values, leading empty rows kept) without building a DataFrame that would
be thrown away, and it also gives the merged ranges that pandas drops.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from python_calamine import CalamineWorkbook, PasswordError, SheetTypeEnum, SheetVisibleEnum

from debtordesk.domain.errors import UserError
from debtordesk.importing.csvread import pad_rows
from debtordesk.importing.model import Cell, SheetData
from debtordesk.importing.zero_padded import pad_columns, padded_columns

_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_DATE1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904=\"(?:1|true)\"")


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def zip_format(data: bytes, name: str) -> str:
    """'xlsx', 'xlsb' or 'ods' for a zip container; anything else is refused."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype").strip()
                if mimetype == _ODS_MIMETYPE:
                    manifest = (
                        archive.read("META-INF/manifest.xml")
                        if "META-INF/manifest.xml" in names
                        else b""
                    )
                    if b"encryption-data" in manifest:
                        raise UserError("import.file_password", file=name)
                    return "ods"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "xl/workbook.bin" in names:
                return "xlsb"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError, ValueError, OSError):
        raise UserError("import.file_damaged", file=name) from None
    raise UserError("import.file_not_spreadsheet", file=name)


def check_ole(data: bytes, name: str) -> None:
    """An OLE2 container is a legacy .xls, or an encrypted (password-protected) Office file."""
    if _utf16("EncryptedPackage") in data or _utf16("EncryptionInfo") in data:
        raise UserError("import.file_password", file=name)
    if _utf16("Workbook") not in data and _utf16("Book") not in data:
        raise UserError("import.file_not_spreadsheet", file=name)


def _open(data: bytes, name: str) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except PasswordError:
        raise UserError("import.file_password", file=name) from None
    except Exception:
        raise UserError("import.file_damaged", file=name) from None


def _worksheets(book: CalamineWorkbook) -> list[Any]:
    return [m for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]


def sheet_names(data: bytes, name: str) -> tuple[str, ...]:
    """The worksheets of the workbook (chart sheets left out), in workbook order."""
    book = _open(data, name)
    try:
        sheets = tuple(m.name for m in _worksheets(book))
    finally:
        book.close()
    if not sheets:
        raise UserError("import.no_sheets", file=name)
    return sheets


def read_workbook_sheet(data: bytes, name: str, fmt: str, sheet: str | None) -> SheetData:
    """All rows of ``sheet``, or of the first visible sheet that holds anything."""
    book = _open(data, name)
    try:
        worksheets = _worksheets(book)
        names = [m.name for m in worksheets]
        if sheet is not None:
            if sheet not in names:
                raise UserError(
                    "import.sheet_unknown", file=name, sheet=sheet, sheets=", ".join(names)
                )
            candidates = [sheet]
        else:
            visible = [m.name for m in worksheets if m.visible == SheetVisibleEnum.Visible]
            candidates = visible + [n for n in names if n not in visible]
        chosen: str | None = candidates[0] if candidates else None
        rows: list[list[Cell]] = []
        merged: tuple[tuple[int, int, int, int], ...] = ()
        for candidate in candidates:
            rows, merged = _read(book, candidate, name)
            chosen = candidate
            if rows:
                break
    finally:
        book.close()
    date1904 = fmt == "xlsx" and _is_1904(data)
    if fmt == "xlsx" and rows and chosen is not None:
        padded = padded_columns(data, chosen)
        if padded:
            pad_columns(rows, padded)
    return SheetData(name=chosen, rows=rows, merged=merged, date1904=date1904)


def _read(
    book: CalamineWorkbook, sheet: str, name: str
) -> tuple[list[list[Cell]], tuple[tuple[int, int, int, int], ...]]:
    try:
        worksheet = book.get_sheet_by_name(sheet)
        rows = _cells(worksheet)
        ranges = worksheet.merged_cell_ranges or []
    except PasswordError:
        raise UserError("import.file_password", file=name) from None
    except Exception:
        raise UserError("import.file_damaged", file=name) from None
    merged = tuple((r0, c0, r1, c1) for (r0, c0), (r1, c1) in ranges)
    return pad_rows(rows, ""), merged


def _cells(worksheet: Any) -> list[list[Cell]]:
    """Every row from the sheet's first row and column on, as ``to_python(skip_empty_area=False)``
    gives them.

    The rows are taken one at a time: ``to_python`` builds them all in one call, which holds the GIL
    (and freezes a window) for as long as a large sheet takes. calamine starts these rows at the
    first column that holds anything; the columns left of it come back as empty cells.
    """
    if worksheet.start is None:
        return []
    left: list[Cell] = [""] * worksheet.start[1]
    # calamine's cells are a subset of Cell
    return [left + row if left else row for row in worksheet.iter_rows()]


def _is_1904(data: bytes) -> bool:
    """True when the workbook counts dates from 1904 (old Mac Excel)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return bool(_DATE1904.search(archive.read("xl/workbook.xml")[:65536]))
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError):
        return False
