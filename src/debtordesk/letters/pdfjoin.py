"""Stream many small reportlab documents into one PDF file, keeping memory flat.

reportlab keeps a whole document in memory until it is saved. A batch of thousands of letters is
therefore rendered as a series of small documents (a few hundred letters each) that
:class:`PdfJoiner` copies into the output as they finish: every object is renumbered and written at
once; only the byte offsets and the page numbers stay in memory. The joined file gets one page tree,
one catalogue and one information dictionary of its own, written at the end.

This reads reportlab's own output only (a classic cross-reference table, no object streams), which
is all it is ever given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import BinaryIO

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_REFERENCE = re.compile(rb"(\d+) 0 R\b")
_OBJECT_HEADER = re.compile(rb"^(\d+) 0 obj")
_STREAM_START = re.compile(rb">>\s*stream\r?\n")
_SUBSET_TAG = re.compile(rb"/[A-Z]{6}\+")
_PAGES = 1
_CATALOG = 2
_INFO = 3


class PdfJoinError(ValueError):
    """A part handed to the joiner is not a document this module can read (a bug, not bad input)."""


def _trailer_reference(trailer: bytes, key: bytes) -> int | None:
    match = re.search(rb"/" + key + rb"\s+(\d+) 0 R", trailer)
    return int(match.group(1)) if match else None


def _pdf_string(text: str) -> bytes:
    """A PDF text string (UTF-16 with BOM when it is not plain ASCII)."""
    if text.isascii():
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"(" + escaped.encode("ascii") + b")"
    return b"<feff" + text.encode("utf-16-be").hex().encode("ascii") + b">"


class PdfJoiner:
    """Writes the parts' pages to ``out`` in order; :meth:`close` finishes the file."""

    def __init__(self, out: BinaryIO, *, title: str = "") -> None:
        self._out = out
        self._title = title
        self._position = 0
        #: byte offset of each object, by number (1-3 are written last)
        self._offsets: list[int] = [0, 0, 0, 0]
        self._front: list[int] = []
        self._pages: list[int] = []
        self._parts = 0
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    @property
    def page_count(self) -> int:
        return len(self._front) + len(self._pages)

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._position += len(data)

    def append(self, document: bytes, *, front: bool = False) -> int:
        """Copy a reportlab document's pages (at the end, or before every page so far when
        ``front``: the cover sheet, rendered last because it counts the letters); returns their
        number."""
        offsets, trailer, xref_at = self._read_xref(document)
        ordered = sorted(offsets.values())
        ends = dict(zip(ordered, [*ordered[1:], xref_at], strict=True))
        root = _trailer_reference(trailer, b"Root")
        info = _trailer_reference(trailer, b"Info")
        if root is None:
            raise PdfJoinError("no /Root in the trailer")
        catalog = self._object(document, offsets, ends, root)
        pages_match = re.search(rb"/Pages\s+(\d+) 0 R", catalog)
        if pages_match is None:
            raise PdfJoinError("no /Pages in the catalogue")
        pages_id = int(pages_match.group(1))
        kids_match = re.search(
            rb"/Kids\s*\[([^\]]*)\]", self._object(document, offsets, ends, pages_id)
        )
        if kids_match is None:
            raise PdfJoinError("no /Kids in the page tree")
        kids = [int(number) for number in _REFERENCE.findall(kids_match.group(1))]

        skipped = {root, pages_id} | ({info} if info is not None else set())
        numbers = {
            number: len(self._offsets) + index
            for index, number in enumerate(
                number for number in sorted(offsets) if number not in skipped
            )
        }
        numbers[pages_id] = _PAGES
        tag = self._subset_tag()
        self._parts += 1

        def renumber(match: re.Match[bytes]) -> bytes:
            old = int(match.group(1))
            new = numbers.get(old)
            if new is None:
                raise PdfJoinError(f"reference to object {old}, which is not copied")
            return b"%d 0 R" % new

        for number in sorted(offsets):
            if number in skipped:
                continue
            body = self._object(document, offsets, ends, number)
            header = _OBJECT_HEADER.match(body)
            if header is None:
                raise PdfJoinError(f"object {number} does not start where the table says")
            rest = body[header.end() :]
            stream = _STREAM_START.search(rest)
            dictionary, data = (
                (rest, b"") if stream is None else (rest[: stream.end()], rest[stream.end() :])
            )
            dictionary = _REFERENCE.sub(renumber, dictionary)
            dictionary = _SUBSET_TAG.sub(b"/" + tag + b"+", dictionary)
            self._offsets.append(self._position)
            self._write(b"%d 0 obj" % numbers[number])
            self._write(dictionary)
            if data:
                self._write(data)
            if not body.endswith(b"\n"):
                self._write(b"\n")
        target = self._front if front else self._pages
        target.extend(numbers[kid] for kid in kids)
        return len(kids)

    def _subset_tag(self) -> bytes:
        """Six capitals unique to this part: every part embeds its own font subsets."""
        number = self._parts
        letters = []
        for _ in range(6):
            number, digit = divmod(number, 26)
            letters.append(65 + digit)
        return bytes(reversed(letters))

    @staticmethod
    def _read_xref(document: bytes) -> tuple[dict[int, int], bytes, int]:
        match = _STARTXREF.search(document[-64:])
        if match is None:
            raise PdfJoinError("no startxref at the end")
        xref_at = int(match.group(1))
        table_end = document.find(b"trailer", xref_at)
        if not document.startswith(b"xref", xref_at) or table_end < 0:
            raise PdfJoinError("no classic cross-reference table")
        section = document[xref_at:table_end]
        header = re.match(rb"xref\s+(\d+)\s+(\d+)\s+", section)
        if header is None:
            raise PdfJoinError("unreadable cross-reference table")
        first = int(header.group(1))
        offsets: dict[int, int] = {}
        for index, entry in enumerate(_XREF_ENTRY.finditer(section, header.end())):
            if entry.group(3) == b"n":
                offsets[first + index] = int(entry.group(1))
        return offsets, document[table_end : len(document)], xref_at

    @staticmethod
    def _object(
        document: bytes, offsets: dict[int, int], ends: dict[int, int], number: int
    ) -> bytes:
        start = offsets[number]
        body = document[start : ends[start]]
        stop = body.rfind(b"endobj")
        if stop < 0:
            raise PdfJoinError(f"object {number} has no endobj")
        return body[: stop + len(b"endobj")] + b"\n"

    def close(self) -> None:
        """Write the page tree, the catalogue, the information dictionary and the table."""
        pages: Sequence[int] = [*self._front, *self._pages]
        kids = b" ".join(b"%d 0 R" % number for number in pages)
        self._offsets[_PAGES] = self._position
        self._write(
            b"%d 0 obj\n<< /Type /Pages /Count %d /Kids [ %s ] >>\nendobj\n"
            % (_PAGES, len(pages), kids)
        )
        self._offsets[_CATALOG] = self._position
        self._write(
            b"%d 0 obj\n<< /Type /Catalog /Pages %d 0 R /PageMode /UseNone >>\nendobj\n"
            % (_CATALOG, _PAGES)
        )
        stamp = datetime.now(UTC).strftime("D:%Y%m%d%H%M%SZ").encode("ascii")
        self._offsets[_INFO] = self._position
        self._write(
            b"%d 0 obj\n<< /Producer (DebtorDesk) /Creator (DebtorDesk) /CreationDate (%s) "
            b"/Title %s >>\nendobj\n" % (_INFO, stamp, _pdf_string(self._title or "DebtorDesk"))
        )
        xref_at = self._position
        lines = [b"xref\n0 %d\n" % len(self._offsets), b"0000000000 65535 f \n"]
        lines += [b"%010d 00000 n \n" % offset for offset in self._offsets[1:]]
        self._write(b"".join(lines))
        self._write(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(self._offsets), _CATALOG, _INFO, xref_at)
        )
