"""Reading a whole column at once: its format decided once, each distinct cell converted once.

A converted column is a list with one entry per data row: the value, None for an empty cell, or a
:class:`~debtordesk.importing.issues.Bad` that says why the cell could not be read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, time, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from typing import TypeVar

from babel.numbers import list_currencies

from debtordesk.domain.money import CENT as _CENT
from debtordesk.domain.money import quantize
from debtordesk.importing.amounts import (
    PLAIN_AMOUNT,
    amount_from_cell,
    amount_from_text,
    mark_votes,
)
from debtordesk.importing.cells import cell_text
from debtordesk.importing.dates import (
    date_from_cell,
    order_evidence,
    order_votes,
    read_by_order,
    two_way_slash_date,
)
from debtordesk.importing.issues import Bad
from debtordesk.importing.model import Cell
from debtordesk.importing.names import name_search_key
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
#: first letters of the words that open a totals row (see TOTAL_WORDS), to skip the pattern quickly
_TOTAL_INITIALS = frozenset("tTsSeEgG")
_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "EURO": "EUR", "EUROS": "EUR"}


def convert(
    cells: list[Cell],
    converter: Callable[[Cell], T],
    cache: dict[Cell, T] | None = None,
    distinct: set[Cell] | None = None,
) -> list[T]:
    """``converter`` applied to every cell, but called once per distinct value.

    ``cache`` may be shared by columns that hold the same kind of values (an amount and an open amount
    are often equal), so a value is converted once for all of them. ``distinct``: the set of the
    cells, when the caller has it already.
    """
    if distinct is None:
        distinct = set(cells)
    if distinct == {None}:
        return cells  # type: ignore[return-value]  # a column the file lacks: all None already
    if bool in set(map(type, distinct)):
        # True == 1 == 1.0 as dictionary keys; keep yes/no cells apart from numbers
        keyed: list[tuple[type, Cell]] = [(c.__class__, c) for c in cells]
        cache_keyed = {k: converter(k[1]) for k in set(keyed)}
        return [cache_keyed[k] for k in keyed]
    if cache is None:
        cache = {c: converter(c) for c in distinct}
    else:
        cache.update({c: converter(c) for c in distinct if c not in cache})
    return list(map(cache.__getitem__, cells))


def texts(cells: Iterable[Cell]) -> Iterator[str]:
    """The distinct text cells of a column (numbers and dates need no decision), one at a time."""
    return (c for c in set(cells) if c.__class__ is str)


def number_column(cells: list[Cell], *, totals: bool = True) -> list[str | Total | Bad | None]:
    """Invoice or customer numbers as text; a float cell 2024001.0 reads "2024001".

    With ``totals``, a cell that opens with "Totaal" or "Subtotal" becomes :data:`TOTAL`. Nearly every
    number is distinct, so the column is read in a few passes over the list rather than cell by cell.
    """
    numbers: list[str | Total | Bad | None]
    if set(map(type, cells)) == {str}:
        texts: list[str] = list(map(str.strip, cells))  # type: ignore[arg-type]
        numbers = texts  # type: ignore[assignment]
        if _all_plain_numbers(texts, totals):
            return numbers
    else:
        numbers = [c.strip() if c.__class__ is str else cell_text(c) for c in cells]
    odd = [
        i
        for i, text in enumerate(numbers)
        if not text
        or len(text) > NUMBER_LIMIT  # type: ignore[arg-type]
        or "+" in text  # type: ignore[operator]
        or (totals and text[0] in _TOTAL_INITIALS)  # type: ignore[index]
    ]
    for i in odd:
        numbers[i] = _odd_number(numbers[i], cells[i], totals)  # type: ignore[arg-type]
    return numbers


def _all_plain_numbers(texts: list[str], totals: bool) -> bool:
    """True when no number of the column needs a second look (see number_column), found by a few
    passes over the whole column rather than a look at each number."""
    return (
        all(texts)
        and max(map(len, texts), default=0) <= NUMBER_LIMIT
        and "+" not in "".join(texts)
        and not (totals and not _TOTAL_INITIALS.isdisjoint(map(itemgetter(0), texts)))
    )


def _odd_number(text: str | None, cell: Cell, totals: bool) -> str | Total | Bad | None:
    if not text:
        return None
    if len(text) > NUMBER_LIMIT:
        return Bad("import.value_too_long", length=len(text), limit=NUMBER_LIMIT)
    if isinstance(cell, str) and _SCIENTIFIC.fullmatch(text):
        return Bad("import.number_scientific")
    if totals and TOTAL_WORDS.match(text):
        return TOTAL
    return text


def name_column(cells: list[Cell]) -> list[str | Bad | None]:
    """Customer names, white space tidied."""

    def read(cell: Cell) -> str | Bad | None:
        text = cell_text(cell)
        if text is None:
            return None
        text = " ".join(text.split())
        if len(text) > NAME_LIMIT:
            return Bad("import.value_too_long", length=len(text), limit=NAME_LIMIT)
        return text

    return convert(cells, read)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The key of a customer that has no number: its name in search form."""
    return name_search_key(name)


def text_column(cells: list[Cell]) -> list[str | None]:
    return convert(cells, cell_text)


def amount_column(
    cells: list[Cell],
    decimal_mark: str,
    cache: dict[Cell, tuple[Decimal, str | None, Decimal | None] | Bad | None] | None = None,
) -> list[tuple[Decimal, str | None, Decimal | None] | Bad | None]:
    """(amount to the cent, currency the cell names, the unrounded amount when it had to be rounded)."""

    plain = PLAIN_AMOUNT.fullmatch

    def read(cell: Cell) -> tuple[Decimal, str | None, Decimal | None] | Bad | None:
        try:
            if cell.__class__ is str:
                match = plain(cell)
                if match is not None:
                    sign, whole, separator, fraction = match.groups()
                    # the common shapes at once, in whole cents: 1234 / -12,5 / 1234,56
                    fraction = fraction or ""
                    if separator is None or (separator == decimal_mark and len(fraction) <= 2):
                        value = Decimal(f"{whole}.{fraction:0<2}")
                        return (-value if sign and value else value), None, None
                if not cell.strip():
                    return None
                value, currency = amount_from_text(cell, decimal_mark)
            elif cell is None:
                return None
            else:
                value, currency = amount_from_cell(cell, decimal_mark)
        except ValueError:
            return Bad("import.bad_amount")
        rounded = quantize(value)
        return rounded, currency, (value if rounded != value else None)

    if cache is None:
        cache = {}
    distinct = set(cells)
    fresh = [c for c in distinct if c.__class__ is str and c not in cache]
    if fresh:
        cache.update(_plain_amounts(fresh, decimal_mark))
    numbers = [c for c in distinct if c.__class__ is float and c not in cache]
    if numbers:
        cache.update(_plain_numbers(numbers))
    return convert(cells, read, cache, distinct)


#: a column of bare amounts with at most two decimals, one per line, per decimal mark
_PLAIN_COLUMN = {
    mark: re.compile(rf"(?:-?[0-9]{{1,13}}(?:{re.escape(mark)}[0-9]{{1,2}})?\n)*")
    for mark in (",", ".")
}
#: the same with exactly two decimals everywhere (as most bookkeeping exports write them)
_CENTS_COLUMN = {
    mark: re.compile(rf"(?:-?[0-9]{{1,13}}{re.escape(mark)}[0-9]{{2}}\n)*") for mark in (",", ".")
}
#: a zero written with a minus sign, which reads as zero (not as -0.00)
_MINUS_ZERO = re.compile(r"^-0+(?:\.0{1,2})?$", re.MULTILINE)


def _plain_amounts(texts: list[str], mark: str) -> dict[str, tuple[Decimal, None, None] | None]:
    """The texts of a column that are bare amounts in whole cents, read together.

    Joining the column into one string lets a single pattern check every value and a single replace
    turn decimal commas into points, instead of doing both for each value. Empty cells read as None.
    Returns nothing when any value needs the general reader (it then reads the whole column), or
    spans more than one line.

    Every value reads as a Decimal in one pass (and is set to the cent in another unless all have
    two decimals already); a zero written with a minus sign sends the column through the loop
    that makes it a plain zero.
    """
    blank = {t for t in texts if not t.strip()}
    filled = [t for t in texts if t not in blank] if blank else texts
    joined = "\n".join(filled) + "\n"
    if (
        mark not in _PLAIN_COLUMN
        or joined.count("\n") != len(filled)
        or not _PLAIN_COLUMN[mark].fullmatch(joined)
    ):
        return {}
    cents_only = _CENTS_COLUMN[mark].fullmatch(joined) is not None
    if mark == ",":
        joined = joined.replace(",", ".")
    amounts: dict[str, tuple[Decimal, None, None] | None] = dict.fromkeys(blank)
    numbers = joined.split("\n")
    if not _MINUS_ZERO.search(joined):
        values: Iterator[Decimal] = map(Decimal, numbers[: len(filled)])
        if not cents_only:
            values = map(Decimal.quantize, values, repeat(_CENT))
        amounts.update(zip(filled, zip(values, repeat(None), repeat(None)), strict=False))
        return amounts
    for text, number in zip(filled, numbers, strict=False):
        value = Decimal(number).quantize(_CENT)
        amounts[text] = (value if value or not value.is_signed() else -value, None, None)
    return amounts


def _plain_numbers(
    numbers: list[float],
) -> dict[Cell, tuple[Decimal, str | None, Decimal | None] | Bad | None]:
    """Spreadsheet numbers read together, as :func:`_plain_amounts` reads the text Excel shows for
    them (:func:`~debtordesk.importing.cells.float_text`: 15 significant digits, which writes an
    integer below 10**15 without a point; -0.0 reads as 0 either way). Nothing when any of them
    needs the general reader."""
    texts = list(map(format, numbers, repeat(".15g")))
    amounts = _plain_amounts(texts, ".")
    if not amounts:
        return {}
    return dict(zip(numbers, map(amounts.__getitem__, texts), strict=True))


def date_column(
    cells: list[Cell], order: str, date1904: bool, *, chosen: bool = False
) -> list[date | Bad | None]:
    """A date column read in ``order``. When the clerk ``chosen`` that order, a date in numbers that
    is no date read that way (31/12/2026 or 13/31/2026 read month first) says so, naming the order."""

    def read(cell: Cell) -> date | Bad | None:
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            return None
        try:
            return date_from_cell(cell, order, date1904)
        except ValueError:
            if chosen and isinstance(cell, str) and read_by_order(cell):
                return Bad(f"import.date_order_mismatch.{order}")
            # a time or duration cell: its text (10:10:10, 255:10:10) would not say why it is no date
            timed = isinstance(cell, time | timedelta)
            return Bad("import.bad_date_time" if timed else "import.bad_date")

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
    votes = [mark_votes(texts(cells)) for cells in columns]
    file_mark = "." if sum(v["."] for v in votes) > sum(v[","] for v in votes) else ","
    return file_mark, {p: _winner(v, file_mark) for p, v in enumerate(votes)}


def date_order_for(columns: list[list[Cell]], option: str) -> dict[int, str]:
    """The day/month order of each date column, decided like the decimal mark (see above)."""
    if option in ("dmy", "mdy", "ymd"):
        return dict.fromkeys(range(len(columns)), option)
    votes = [order_votes(texts(cells)) for cells in columns]
    file_order = "mdy" if sum(v["mdy"] for v in votes) > sum(v["dmy"] for v in votes) else "dmy"
    return {p: _winner(v, file_order) for p, v in enumerate(votes)}


def unproven_day_first(columns: list[list[Cell]]) -> tuple[int, str, int, int] | None:
    """When no text date in these columns proves the day/month order and some slash date reads two
    ways, that date: (its column's position, its text, day, month as read day first). The columns
    were then read day first (:func:`date_order_for`'s fallback) on the Dutch habit alone."""
    example: tuple[int, str, int, int] | None = None
    for position, cells in enumerate(columns):
        # distinct texts in the order of the rows, so the example is the first the clerk meets
        for text in dict.fromkeys(c for c in cells if isinstance(c, str)):
            if order_evidence(text) is not None:
                return None
            if example is None:
                read = two_way_slash_date(text)
                if read is not None:
                    example = (position, text.strip(), *read)
    return example


def _winner(votes: dict[str, int], fallback: str) -> str:
    (first, first_votes), (second, second_votes) = votes.items()
    if first_votes == second_votes:
        return fallback
    return first if first_votes > second_votes else second
