"""Reading a whole column at once: its format decided once, each distinct cell converted once.

A converted column is a list with one entry per data row: the value, None for an empty cell, or a
:class:`~debtordesk.importing.issues.Bad` that says why the cell could not be read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import TypeVar

from babel.numbers import list_currencies

from debtordesk.domain.money import quantize
from debtordesk.domain.text import search_key
from debtordesk.importing.amounts import amount_from_cell, decide_decimal_mark, mark_evidence
from debtordesk.importing.cells import cell_text
from debtordesk.importing.dates import date_from_cell, decide_date_order, order_evidence
from debtordesk.importing.issues import Bad
from debtordesk.importing.model import Cell
from debtordesk.importing.synonyms import TOTAL_WORDS

T = TypeVar("T")

#: longest invoice and customer number the database keeps
NUMBER_LIMIT = 64
#: longest customer name the database keeps
NAME_LIMIT = 255


class Total:
    """Marks a number cell that says "Totaal" or "Subtotal": the row is a totals row."""


TOTAL = Total()

#: a number Excel turned into scientific notation on its way to CSV: 1,23457E+11
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE]\+[0-9]{1,3}", re.ASCII)
_CURRENCIES = frozenset(list_currencies())
_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "EURO": "EUR", "EUROS": "EUR"}


def convert(cells: list[Cell], converter: Callable[[Cell], T]) -> list[T]:
    """``converter`` applied to every cell, but called once per distinct value."""
    if any(c is True or c is False for c in cells):
        # True == 1 == 1.0 as dictionary keys; keep yes/no cells apart from numbers
        keyed: list[object] = [(c.__class__, c) for c in cells]
        cache_keyed = {k: converter(k[1]) for k in set(keyed)}  # type: ignore[index]
        return [cache_keyed[k] for k in keyed]
    cache = {c: converter(c) for c in set(cells)}
    return [cache[c] for c in cells]


def texts(cells: Iterable[Cell]) -> list[str]:
    """The distinct text cells of a column (numbers and dates need no decision)."""
    return [c for c in set(cells) if isinstance(c, str) and c.strip()]


def number_column(cells: list[Cell], *, totals: bool = True) -> list[str | Total | Bad | None]:
    """Invoice or customer numbers as text; a float cell 2024001.0 reads "2024001".

    With ``totals``, a cell that opens with "Totaal" or "Subtotal" becomes :data:`TOTAL`.
    """

    def read(cell: Cell) -> str | Total | Bad | None:
        text = cell_text(cell)
        if text is None:
            return None
        if len(text) > NUMBER_LIMIT:
            return Bad("import.value_too_long", length=len(text), limit=NUMBER_LIMIT)
        if isinstance(cell, str) and _SCIENTIFIC.fullmatch(text):
            return Bad("import.number_scientific")
        if totals and TOTAL_WORDS.match(text):
            return TOTAL
        return text

    return convert(cells, read)


def name_column(cells: list[Cell]) -> list[tuple[str, str] | Bad | None]:
    """Customer names with their search key (the key of a customer that has no number)."""

    def read(cell: Cell) -> tuple[str, str] | Bad | None:
        text = cell_text(cell)
        if text is None:
            return None
        text = " ".join(text.split())
        if len(text) > NAME_LIMIT:
            return Bad("import.value_too_long", length=len(text), limit=NAME_LIMIT)
        return text, search_key(text)

    return convert(cells, read)


def text_column(cells: list[Cell]) -> list[str | None]:
    return convert(cells, cell_text)


def amount_column(
    cells: list[Cell], decimal_mark: str
) -> list[tuple[Decimal, str | None, Decimal | None] | Bad | None]:
    """(amount to the cent, currency the cell names, the unrounded amount when it had to be rounded)."""

    def read(cell: Cell) -> tuple[Decimal, str | None, Decimal | None] | Bad | None:
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            return None
        try:
            value, currency = amount_from_cell(cell, decimal_mark)
        except ValueError:
            return Bad("import.bad_amount")
        rounded = quantize(value)
        return rounded, currency, (value if rounded != value else None)

    return convert(cells, read)


def date_column(cells: list[Cell], order: str, date1904: bool) -> list[date | Bad | None]:
    def read(cell: Cell) -> date | Bad | None:
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            return None
        try:
            return date_from_cell(cell, order, date1904)
        except ValueError:
            return Bad("import.bad_date")

    return convert(cells, read)


def currency_column(cells: list[Cell]) -> list[str | Bad | None]:
    def read(cell: Cell) -> str | Bad | None:
        text = cell_text(cell)
        if text is None:
            return None
        code = _CURRENCY_SIGNS.get(text.upper(), text.upper())
        return code if code in _CURRENCIES else Bad("import.bad_currency")

    return convert(cells, read)


def vocabulary_column(cells: list[Cell], reader: Callable[[str], T | None]) -> list[T | Bad | None]:
    """A column of words from a small vocabulary; an unknown word becomes a Bad with code 'unknown'."""

    def read(cell: Cell) -> T | Bad | None:
        text = cell_text(cell)
        if text is None:
            return None
        value = reader(text)
        return Bad("unknown") if value is None else value

    return convert(cells, read)


def decimal_mark_for(columns: list[list[Cell]], option: str) -> tuple[str, dict[int, str]]:
    """The decimal mark of each amount column (by position in ``columns``) and of the file.

    An explicit option wins. Otherwise each column follows the values that prove its mark; a column
    that proves nothing ("1.234" only) follows the other amount columns, and else the Dutch comma.
    """
    if option in (",", "."):
        return option, dict.fromkeys(range(len(columns)), option)
    votes = {",": 0, ".": 0}
    per_column: dict[int, str | None] = {}
    for position, cells in enumerate(columns):
        distinct = texts(cells)
        decided = decide_decimal_mark(distinct, fallback="?")
        per_column[position] = None if decided == "?" else decided
        for text in distinct:
            mark = mark_evidence(text)
            if mark is not None:
                votes[mark] += 1
    file_mark = "." if votes["."] > votes[","] else ","
    return file_mark, {p: mark or file_mark for p, mark in per_column.items()}


def date_order_for(columns: list[list[Cell]], option: str) -> dict[int, str]:
    """The day/month order of each date column, decided like the decimal mark (see above)."""
    if option in ("dmy", "mdy", "ymd"):
        return dict.fromkeys(range(len(columns)), option)
    votes = {"dmy": 0, "mdy": 0}
    per_column: dict[int, str | None] = {}
    for position, cells in enumerate(columns):
        distinct = texts(cells)
        decided = decide_date_order(distinct, fallback="?")
        per_column[position] = None if decided == "?" else decided
        for text in distinct:
            evidence = order_evidence(text)
            if evidence is not None:
                votes[evidence] += 1
    file_order = "mdy" if votes["mdy"] > votes["dmy"] else "dmy"
    return {p: order or file_order for p, order in per_column.items()}
