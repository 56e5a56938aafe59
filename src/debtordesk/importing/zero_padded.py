"""Numbers an .xlsx shows with leading zeros: customer number 00123 kept as 00123, not 123.

Bookkeeping exports often store a customer or invoice number as a number with the cell format
``00000``: Excel shows ``00123``, but the cell holds 123 and every reader (calamine included) hands over
123. The same ledger exported as CSV says ``00123``, so without this the two files would name two
different customers.

calamine does not give cell formats, so they are read from the workbook's XML: the number formats in
``xl/styles.xml`` that are zeros only (``00000``, width 5) and the style of the numeric cells in the first
:data:`SAMPLE_ROWS` rows of the sheet. A column whose sampled numeric cells carry such a format has its
whole-number cells written as text padded to that width. A workbook without any such format (nearly
every one) costs a read of its small styles part only.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from xml.etree.ElementTree import (
    Element,
    ParseError,
    fromstring,
    iterparse,
)

from debtordesk.importing.cells import column_index
from debtordesk.importing.model import Cell

#: rows of the sheet whose cell styles are looked at
SAMPLE_ROWS = 1000

_ZEROS = re.compile(r"^0{2,}$")
_CELL_REF = re.compile(r"^([A-Z]{1,3})\d+$")
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def padded_styles(styles_xml: bytes) -> dict[int, int]:
    """Cell style index (the ``s`` of a cell) -> width, for the styles whose number format is zeros only."""
    try:
        root = _parse(styles_xml)
    except ParseError:
        return {}
    widths: dict[int, int] = {}
    for element in root.iter():
        if _local(element.tag) == "numFmt":
            code = (element.get("formatCode") or "").replace('"', "").replace("\\", "")
            if _ZEROS.match(code):
                try:
                    widths[int(element.get("numFmtId", ""))] = len(code)
                except ValueError:
                    continue
    if not widths:
        return {}
    found: dict[int, int] = {}
    for element in root.iter():
        if _local(element.tag) != "cellXfs":
            continue
        for index, xf in enumerate(child for child in element if _local(child.tag) == "xf"):
            try:
                width = widths.get(int(xf.get("numFmtId", "0")))
            except ValueError:
                continue
            if width is not None:
                found[index] = width
    return found


def _parse(data: bytes) -> Element:
    # the clerk's own workbook; expat (2.4.1 and later) refuses entity expansion attacks
    return fromstring(data)  # noqa: S314


def _sheet_path(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The part holding the sheet named ``sheet`` (``xl/worksheets/sheet1.xml``)."""
    try:
        workbook = _parse(archive.read("xl/workbook.xml"))
        relations = _parse(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ParseError):
        return None
    target_of = {rel.get("Id"): rel.get("Target", "") for rel in relations.iter() if rel.get("Id")}
    for element in workbook.iter():
        if _local(element.tag) == "sheet" and element.get("name") == sheet:
            target = target_of.get(element.get(f"{{{_RELS}}}id"))
            if not target:
                return None
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def _sampled_cells(archive: zipfile.ZipFile, path: str) -> Iterator[tuple[str, str, str]]:
    """(reference, style, type) of the cells in the first :data:`SAMPLE_ROWS` rows."""
    rows = 0
    with archive.open(path) as stream:
        for _, element in iterparse(stream, events=("end",)):  # noqa: S314 - see _parse
            tag = _local(element.tag)
            if tag == "c":
                yield element.get("r", ""), element.get("s", "0"), element.get("t", "n")
            elif tag == "row":
                element.clear()
                rows += 1
                if rows >= SAMPLE_ROWS:
                    return


def padded_columns(data: bytes, sheet: str) -> dict[int, int]:
    """Column index (0-based, as in the rows read) -> width, for the sheet's columns whose numbers
    Excel shows zero-padded. Empty for anything it cannot read: the rows then stay as calamine gave them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                styles = padded_styles(archive.read("xl/styles.xml"))
            except KeyError:
                return {}
            if not styles:
                return {}
            path = _sheet_path(archive, sheet)
            if path is None:
                return {}
            columns: dict[int, int] = {}
            for reference, style, kind in _sampled_cells(archive, path):
                if kind != "n":
                    continue
                try:
                    width = styles.get(int(style))
                except ValueError:
                    continue
                match = _CELL_REF.match(reference)
                if width is None or match is None:
                    continue
                column = column_index(match.group(1))
                if column is not None:
                    columns[column] = max(width, columns.get(column, 0))
            return columns
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, ParseError):
        return {}


def pad_columns(rows: list[list[Cell]], columns: dict[int, int]) -> None:
    """Whole non-negative numbers in ``columns`` become their zero-padded text, in place."""
    for row in rows:
        for column, width in columns.items():
            if column >= len(row):
                continue
            cell = row[column]
            if isinstance(cell, bool):
                continue
            if isinstance(cell, float) and cell.is_integer() and 0 <= cell < 1e15:
                row[column] = str(int(cell)).zfill(width)
            elif isinstance(cell, int) and cell >= 0:
                row[column] = str(cell).zfill(width)
