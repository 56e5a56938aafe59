"""CSV and other delimited text: the encoding, the delimiter, and the rows exactly as written.

Encodings: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), else Windows-1252; text that
is none of these is refused. Delimiters: ; , tab |, whichever splits the lines most consistently.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from itertools import islice
from typing import TypeVar

from debtordesk.domain.errors import UserError

T = TypeVar("T")

DELIMITERS = (";", ",", "\t", "|")
_SNIFF_CHARS = 65536
_SNIFF_RECORDS = 200
_RECORDS_PER_TURN = 2000
#: bytes that never occur in text (tab, line feed, form feed, carriage return and Ctrl-Z excepted)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 26)) + b"\x7f"
_CONTROL_TABLE = bytes.maketrans(_CONTROL, b"\x00" * len(_CONTROL))
_SEP_LINE = re.compile(r"\ufeff?\"?sep=([^\r\n\"])\"?[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)
_MT940 = re.compile(r"^(?:\{1:|:20:|:940:)", re.MULTILINE)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of the file and the encoding that read it."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    utf16 = _bomless_utf16(data)
    if utf16:
        return _strict(data, utf16, name), utf16
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig", name), "utf-8-sig"
    sample = data[:_SNIFF_CHARS]
    if b"\x00" in sample or sample.translate(_CONTROL_TABLE).count(0) * 100 > max(len(sample), 200):
        raise UserError("import.file_binary", file=name)
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UserError("import.file_encoding", file=name)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise UserError("import.file_encoding", file=name) from None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: ASCII text with a zero byte beside every character."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) * 10 >= len(odd) * 9 and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) * 10 >= len(even) * 9 and odd.count(0) == 0:
        return "utf-16-be"
    return None


def check_text_kind(text: str, name: str) -> None:
    """Refuse text that is clearly something else: a web page, XML, or an MT940 bank statement."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html", "<table", "<meta", "<head")):
        raise UserError("import.file_html", file=name)
    if head.startswith("<?xml") or head.startswith("<"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in head or "<workbook" in head:
            raise UserError("import.file_xml_spreadsheet", file=name)
        raise UserError("import.file_xml", file=name)
    if _MT940.search(text[:2048]):
        raise UserError("import.file_mt940", file=name)


def sep_directive(text: str) -> tuple[str | None, str]:
    """Excel's "sep=;" first line: the delimiter it names, and the text without that line.

    Excel reads the line as an instruction and does not show it, so dropping it keeps the row numbers
    equal to the ones the clerk sees there.
    """
    match = _SEP_LINE.match(text)
    if match is None:
        return None, text
    return match.group(1), text[match.end() :]


def sniff_delimiter(text: str) -> str:
    """The delimiter that gives the most records with the same number of fields (two or more)."""
    named, text = sep_directive(text)
    if named is not None:
        return named
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts: Counter[int] = Counter()
        try:
            for number, record in enumerate(
                csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            ):
                if number >= _SNIFF_RECORDS:
                    break
                if any(field.strip() for field in record):
                    counts[len(record)] += 1
        except csv.Error:
            continue
        if not counts:
            continue
        width, frequency = max(counts.items(), key=lambda item: (item[1], item[0]))
        score = (frequency, width) if width >= 2 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_rows(text: str, delimiter: str, name: str) -> list[list[str]]:
    """Every record; quoted fields may hold delimiters and line breaks; ragged rows are padded."""
    text = sep_directive(text)[1]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        # a few thousand records at a time: taking the whole file in one call would hold the GIL
        # (and freeze a window) for as long as the file takes to read
        for chunk in iter(lambda: list(islice(reader, _RECORDS_PER_TURN)), []):
            rows += chunk
    except csv.Error:
        raise UserError("import.csv_damaged", file=name, row=reader.line_num) from None
    return pad_rows(rows, "")


def pad_rows(rows: list[list[T]], empty: T) -> list[list[T]]:
    """Rows cut to the last column and row that hold anything, and padded to one width."""
    end = len(rows)
    while end and not any(_filled(cell) for cell in rows[end - 1]):
        end -= 1
    lengths = set(map(len, rows))
    if len(lengths) == 1 and any(_filled(row[-1]) for row in rows[:end]):
        # every row as wide as the widest that is filled to its last column: nothing to cut or pad
        return rows[:end]
    width = 0
    for row in rows:
        used = len(row)
        while used > width and not _filled(row[used - 1]):
            used -= 1
        width = max(width, used)
    result = rows[:end]
    for index, row in enumerate(result):
        if len(row) != width:
            result[index] = (
                row[:width] if len(row) > width else [*row, *[empty] * (width - len(row))]
            )
    return result


def _filled(cell: object) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))
