"""Finding the header row and naming columns, and mapping columns to fields from their names."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from debtordesk.domain.enums import ImportKind
from debtordesk.importing import vocab
from debtordesk.importing.amounts import parse_amount
from debtordesk.importing.cells import cell_text, column_index, column_letter
from debtordesk.importing.dates import parse_date
from debtordesk.importing.model import Cell, Field, HeaderGuess, SheetData
from debtordesk.importing.synonyms import (
    AMBIGUOUS,
    AMBIGUOUS_BY_KIND,
    BANK_HINTS,
    BANK_SIGNATURES,
    STEMS,
    SYNONYMS,
    WEAK_INVOICE_NAMES,
    normalise_header,
)

#: rows searched for the header: title rows, a logo line and an export date rarely take more
HEADER_SCAN_ROWS = 30
#: a header cell longer than this is a sentence (a title or a note), not a column name
_LONGEST_HEADER = 60

_INVOICE_FIELDS = frozenset(
    {
        Field.INVOICE_NUMBER,
        Field.INVOICE_DATE,
        Field.DUE_DATE,
        Field.AMOUNT,
        Field.OPEN_AMOUNT,
        Field.PAID_AMOUNT,
        Field.DEBIT,
        Field.CREDIT,
        Field.CURRENCY,
        Field.DESCRIPTION,
        Field.REFERENCE,
        Field.PAYMENT_METHOD,
        Field.STORNO_DATE,
        Field.PAID_DATE,
        Field.DAYS_OVERDUE,
    }
)
_FIELDS_BY_KIND: dict[ImportKind, frozenset[Field]] = {
    ImportKind.OPEN_ITEMS: frozenset(Field) - {Field.PAID_DATE},
    ImportKind.HISTORY: frozenset(Field),
    ImportKind.CUSTOMERS: frozenset(Field) - _INVOICE_FIELDS,
}
_REQUIRED: dict[ImportKind, frozenset[Field]] = {
    ImportKind.OPEN_ITEMS: frozenset({Field.INVOICE_NUMBER}),
    ImportKind.HISTORY: frozenset({Field.INVOICE_NUMBER, Field.AMOUNT, Field.PAID_DATE}),
    ImportKind.CUSTOMERS: frozenset({Field.CUSTOMER_NUMBER}),
}


def required_fields(kind: ImportKind) -> frozenset[Field]:
    """Fields that must be mapped: nothing else in a file can stand in for them.

    Besides these, invoices need a customer (number, or else name) and a due date (or else an invoice
    date to derive it from), and open items an amount (or else an open amount to take it from: a list
    of what is still open); :func:`~debtordesk.importing.preview.build_preview` refuses a file without.
    """
    return _REQUIRED[kind]


def fields_for_kind(kind: ImportKind) -> frozenset[Field]:
    """Fields an import of ``kind`` can fill (a customer file has no invoice fields)."""
    return _FIELDS_BY_KIND[kind]


def sheet_width(sheet: SheetData) -> int:
    return max(map(len, sheet.rows), default=0)


def headers_for(sheet: SheetData, header_index: int | None) -> tuple[str, ...]:
    """The column names: the header row's texts, made unique ("Bedrag", "Bedrag (2)"); an empty header
    cell is named after its column ("Column C"); without a header row every column is named by letter.
    """
    width = sheet_width(sheet)
    if header_index is None:
        return tuple(column_letter(i) for i in range(width))
    row = sheet.rows[header_index]
    names: list[str] = []
    taken: set[str] = set()
    for index in range(width):
        text = cell_text(row[index]) if index < len(row) else None
        name = " ".join(text.split())[: _LONGEST_HEADER * 2] if text else ""
        name = name or f"Column {column_letter(index)}"
        unique, count = name, 1
        while unique.casefold() in taken:
            count += 1
            unique = f"{name} ({count})"
        taken.add(unique.casefold())
        names.append(unique)
    return tuple(names)


def _header_score(key: str, kind: ImportKind) -> int:
    """2 for a column name we know exactly, 1 for one that contains a known stem, else 0."""
    allowed = _FIELDS_BY_KIND[kind]
    exact = SYNONYMS.get(key)
    if exact is not None:
        return 2 if exact[0] in allowed else 1
    if key in AMBIGUOUS:
        return 2
    return 1 if any(stem in key for stem, _ in STEMS) else 0


def detect_header(sheet: SheetData, kind: ImportKind) -> HeaderGuess:
    """The header row: the row among the first 30 whose cells best match known column names.

    Title rows above it are skipped. When no row names a known column, the first row of plain text
    followed by a row with numbers or dates is taken; when there is none, the file has no header.
    """
    best_index: int | None = None
    best_score = best_matches = 0
    for index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        texts = [c.strip() for c in row if isinstance(c, str) and c.strip()]
        others = sum(1 for c in row if not isinstance(c, str) and c is not None)
        if len(texts) < 2 or others > len(texts):
            continue
        scores = [
            _header_score(normalise_header(t), kind) for t in texts if len(t) <= _LONGEST_HEADER
        ]
        score = sum(scores)
        if score > best_score:
            best_index, best_score, best_matches = index, score, sum(1 for s in scores if s)
    if best_index is not None and best_score >= 2:
        return HeaderGuess(best_index, headers_for(sheet, best_index), best_matches)
    plain = _plain_header(sheet)
    return HeaderGuess(plain, headers_for(sheet, plain), 0)


def _plain_header(sheet: SheetData) -> int | None:
    """A row of names above a row of values, when no name was recognised."""
    filled = [
        (i, row)
        for i, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS])
        if any(cell_text(c) is not None for c in row)
    ]
    for (index, row), (_, below) in itertools.pairwise(filled):
        values = [c for c in row if cell_text(c) is not None]
        if len(values) < 2 or not all(isinstance(c, str) and not _is_value(c) for c in values):
            continue
        if any(_is_value(c) for c in below if cell_text(c) is not None):
            return index
    return None


def _is_value(cell: Cell) -> bool:
    """A number, a date, or text that reads as one."""
    if not isinstance(cell, str):
        return True
    text = cell.strip()
    for parse in (parse_amount, parse_date):
        try:
            parse(text)
        except ValueError:
            continue
        return True
    return False


def auto_map(
    headers: Sequence[str],
    kind: ImportKind,
    *,
    sample: Sequence[Sequence[Cell]] | None = None,
) -> dict[Field, str]:
    """Field -> header, from the names of the columns (Dutch and English).

    ``sample`` (the first data rows, optional) settles names that can mean two things by the column's
    content: a "Debiteur" column of codes is the customer number, of names the customer name.
    """
    allowed = _FIELDS_BY_KIND[kind]
    keys = [normalise_header(h) for h in headers]
    bank = sum(k in BANK_SIGNATURES for k in keys) >= 2
    mapping: dict[Field, str] = {}
    used: set[int] = set()

    best: dict[Field, tuple[int, int]] = {}
    for index, key in enumerate(keys):
        exact = SYNONYMS.get(key)
        if exact is not None and exact[0] in allowed:
            field, rank = exact
            if field not in best or rank < best[field][0]:
                best[field] = (rank, index)
    for field, (_, index) in best.items():
        mapping[field] = headers[index]
        used.add(index)

    ambiguous = {**AMBIGUOUS, **AMBIGUOUS_BY_KIND.get(kind, {})}
    for index, key in enumerate(keys):
        if index in used or key not in ambiguous or (bank and key in WEAK_INVOICE_NAMES):
            continue
        column = _column_sample(sample, index)
        candidates = [f for f in _by_content(ambiguous[key], column) if f in allowed]
        free = [f for f in candidates if f not in mapping]
        if free:
            mapping[free[0]] = headers[index]
            used.add(index)

    for index, key in enumerate(keys):
        if index in used:
            continue
        for stem, field in STEMS:
            if stem in key and field in allowed and field not in mapping:
                mapping[field] = headers[index]
                used.add(index)
                break
    return mapping


def looks_like_bank_statement(headers: Sequence[str], *, loosely: bool = False) -> bool:
    """Two or more columns that only bank statements have (Af Bij, Mutatiesoort, Tegenrekening...).

    ``loosely``: two or more columns that bank statements usually have (Label, Balance, Partner
    Name, Bank Account...); only for a file refused anyway, to say why in the clerk's terms."""
    if loosely:
        return sum(normalise_header(h) in BANK_HINTS for h in headers) >= 2
    return sum(normalise_header(h) in BANK_SIGNATURES for h in headers) >= 2


def _column_sample(sample: Sequence[Sequence[Cell]] | None, index: int) -> list[Cell]:
    if not sample:
        return []
    return [row[index] for row in sample if index < len(row) and cell_text(row[index]) is not None]


def _by_content(candidates: tuple[Field, ...], values: list[Cell]) -> tuple[Field, ...]:
    """The candidates, reordered (or narrowed) by what the column holds."""
    if not values:
        return candidates
    if set(candidates) >= {Field.CUSTOMER_NUMBER, Field.CUSTOMER_NAME}:
        codes = sum(1 for v in values if _code_like(v))
        first = Field.CUSTOMER_NUMBER if codes * 5 >= len(values) * 4 else Field.CUSTOMER_NAME
        return (first, *(f for f in candidates if f is not first))
    if candidates == (Field.CUSTOMER_TYPE,):
        known = sum(1 for v in values if vocab.customer_type(cell_text(v) or "") is not None)
        return candidates if known * 2 >= len(values) else ()
    return candidates


def _code_like(cell: Cell) -> bool:
    """A customer number rather than a name: one short word with a digit in it, or a number."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return True
    text = cell_text(cell) or ""
    return len(text) <= 20 and not any(c.isspace() for c in text) and any(c.isdigit() for c in text)


def resolve_mapping(
    mapping: Mapping[Field, str], headers: Sequence[str]
) -> tuple[dict[Field, int], list[tuple[Field, str]]]:
    """Field -> column index; a column may be named by its header or its letter ("C").

    Returns the resolved mapping and the (field, column) pairs that name no column of the file.
    """
    positions = {h: i for i, h in enumerate(headers)}
    folded = {h.casefold(): i for i, h in reversed(list(enumerate(headers)))}
    resolved: dict[Field, int] = {}
    unknown: list[tuple[Field, str]] = []
    for field, column in mapping.items():
        index = positions.get(column)
        if index is None:
            index = folded.get(column.strip().casefold())
        if index is None:
            letter = column_index(column)
            if letter is not None and letter < len(headers):
                index = letter
        if index is None:
            unknown.append((Field(field), column))
        else:
            resolved[Field(field)] = index
    return resolved, unknown
