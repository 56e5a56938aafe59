"""Amounts as packages and clerks write them: 1.234,56 / 1,234.56 / 12,50- / (12.50) / € 12,50 / EUR 12.50.

A single value like "1.234" can be read two ways; a column decides its decimal mark once, from the values
that prove it (see :func:`decide_decimal_mark`), and every cell of the column is then read the same way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from babel.numbers import list_currencies

from debtordesk.importing.cells import float_text
from debtordesk.importing.model import Cell

#: characters that group thousands but never mark decimals: spaces of every width and apostrophes
_GROUP_SPACES = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u2009": " ", "'": " ", "’": " ", "−": "-", "–": "-"}
)
_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP"}
_CURRENCIES = frozenset(list_currencies())
_BODY_CHARS = frozenset("0123456789., ")
_DIGITS = frozenset("0123456789")
#: ten thousand billion: more than any invoice, less than what integer cents can hold
_MAX_INTEGER_DIGITS = 13
_MAX_FRACTION_DIGITS = 10
#: a bare number with at most one separator: by far the most common shape in exports
PLAIN_AMOUNT = re.compile(r"(-?)([0-9]{1,13})(?:([.,])([0-9]{1,10}))?")


def parse_amount(text: str, decimal_mark: str = "auto") -> Decimal:
    """The amount in ``text``; ``decimal_mark`` is ",", "." or "auto" (a lone "1.234" then reads 1234).

    Raises ValueError when the text is not an amount.
    """
    return split_amount(text, decimal_mark)[0]


@lru_cache(maxsize=65536)
def split_amount(text: str, decimal_mark: str = "auto") -> tuple[Decimal, str | None]:
    """The amount and the currency the text names ("€ 12,50" -> (12.50, "EUR")), if any."""
    return amount_from_text(text, decimal_mark)


def amount_from_text(text: str, decimal_mark: str) -> tuple[Decimal, str | None]:
    """:func:`split_amount` without its cache, for callers that keep their own (a column)."""
    if decimal_mark not in ("auto", ",", "."):
        raise ValueError(f"unknown decimal mark {decimal_mark!r}")
    plain = _plain(text, decimal_mark)
    if plain is not None:
        return plain, None
    body, negative, currency = _strip_decoration(text)
    mark = _guess_mark(body) if decimal_mark == "auto" else decimal_mark
    value = _number(body, mark)
    if negative and value:
        value = -value
    return value, currency


def mark_evidence(text: str) -> str | None:
    """The decimal mark this text proves ("1.234,5" -> ","), or None when it could be either."""
    match = PLAIN_AMOUNT.fullmatch(text)
    if match is not None:
        _, whole, separator, fraction = match.groups()
        if separator is None or (len(fraction) == 3 and whole != "0"):
            return None
        return separator
    try:
        body = _strip_decoration(text)[0]
    except ValueError:
        return None
    dot, comma = body.rfind("."), body.rfind(",")
    if dot >= 0 and comma >= 0:
        return "." if dot > comma else ","
    if dot < 0 and comma < 0:
        return None
    char = "." if dot >= 0 else ","
    other = "," if char == "." else "."
    if body.count(char) > 1:
        return other
    before, after = body.rsplit(char, 1)
    if len(after) != 3 or before.strip() in ("", "0") or " " in before.strip():
        return char
    return None


def mark_votes(texts: Iterable[str], enough: int = 2000) -> dict[str, int]:
    """How many of these values prove a decimal comma, and how many a decimal point.

    Stops counting once ``enough`` values agree and none disagrees: more would not change the outcome.
    """
    votes = {",": 0, ".": 0}
    for text in texts:
        mark = mark_evidence(text)
        if mark is not None:
            votes[mark] += 1
            if votes[mark] >= enough and not votes["," if mark == "." else "."]:
                break
    return votes


def decide_decimal_mark(texts: Iterable[str], fallback: str = ",") -> str:
    """The decimal mark most of these values prove; ``fallback`` when none proves anything."""
    votes = mark_votes(texts)
    if votes[","] == votes["."]:
        return fallback
    return "," if votes[","] > votes["."] else "."


def amount_from_cell(cell: Cell, decimal_mark: str) -> tuple[Decimal, str | None]:
    """A spreadsheet number or a text cell as an amount (and the currency the text names)."""
    if isinstance(cell, bool):
        raise ValueError("a yes/no cell is not an amount")
    if isinstance(cell, int):
        return Decimal(cell), None
    if isinstance(cell, float):
        if not math.isfinite(cell):
            raise ValueError("not a finite number")
        return _number_from_text(float_text(cell)), None
    if isinstance(cell, Decimal):
        return cell, None
    if isinstance(cell, str):
        return amount_from_text(cell, decimal_mark)
    raise ValueError(f"a {type(cell).__name__} cell is not an amount")


def _number_from_text(text: str) -> Decimal:
    """A spreadsheet number in Excel's text form ("-1234.5", "1e+16") as a Decimal."""
    value = Decimal(text)
    if value and value.adjusted() >= _MAX_INTEGER_DIGITS:
        raise ValueError("amount too large")
    return value


def _plain(text: str, mark: str) -> Decimal | None:
    """The common shapes ("1234,56", "-12.5", "1234") read without the general machinery.

    None when the text needs it: signs after the number, currency marks, thousands separators.
    """
    match = PLAIN_AMOUNT.fullmatch(text)
    if match is None:
        return None
    sign, whole, separator, fraction = match.groups()
    if separator is None:
        value = Decimal(whole)
    else:
        if mark == "auto":
            mark = separator if len(fraction) != 3 or whole == "0" else ","
        if separator != mark:
            return None
        value = Decimal(f"{whole}.{fraction}")
    return -value if sign and value else value


def _strip_decoration(text: str) -> tuple[str, bool, str | None]:
    """Peel signs, brackets and currency marks off: returns the bare number, negative?, currency."""
    rest = text.translate(_GROUP_SPACES).strip()
    negative = False
    signs = 0
    currency: str | None = None
    if len(rest) > 2 and rest[0] == "(" and rest[-1] == ")":
        negative, signs, rest = True, 1, rest[1:-1].strip()
    for leading in (True, False):
        while rest:
            char = rest[0] if leading else rest[-1]
            word = rest[:3] if leading else rest[-3:]
            if char in "+-":
                signs += 1
                negative = negative or char == "-"
                rest = rest[1:] if leading else rest[:-1]
            elif char in _SYMBOLS or (len(rest) > 3 and word.isascii() and word.isalpha()):
                code = _SYMBOLS.get(char) or word.upper()
                if code not in _CURRENCIES or (currency is not None and currency != code):
                    raise ValueError(f"unknown currency in {text!r}")
                currency = code
                cut = 1 if char in _SYMBOLS else 3
                rest = rest[cut:] if leading else rest[:-cut]
            else:
                break
            rest = rest.strip()
    if signs > 1:
        raise ValueError(f"more than one sign in {text!r}")
    if not rest or not set(rest) <= _BODY_CHARS or not (_DIGITS & set(rest)):
        raise ValueError(f"not an amount: {text!r}")
    return rest, negative, currency


def _guess_mark(body: str) -> str:
    """The decimal mark of one value read on its own; the Dutch reading when it could be either."""
    return mark_evidence(body) or ","


def _number(body: str, mark: str) -> Decimal:
    other = "," if mark == "." else "."
    if body.count(mark) > 1:
        raise ValueError(f"more than one decimal mark in {body!r}")
    integer, _, fraction = body.partition(mark)
    integer = integer.strip()
    if mark in body and (not fraction or not set(fraction) <= _DIGITS):
        raise ValueError(f"bad decimals in {body!r}")
    if other in integer and " " in integer:
        raise ValueError(f"mixed thousands separators in {body!r}")
    separator = other if other in integer else (" " if " " in integer else None)
    if separator is None:
        digits = integer or "0"
        if not set(digits) <= _DIGITS:
            raise ValueError(f"not an amount: {body!r}")
    else:
        groups = integer.split(separator)
        first, rest = groups[0], groups[1:]
        if not (1 <= len(first) <= 3 and set(first) <= _DIGITS) or any(
            len(group) != 3 or not set(group) <= _DIGITS for group in rest
        ):
            raise ValueError(f"thousands separators in the wrong place in {body!r}")
        digits = "".join(groups)
    if len(digits.lstrip("0")) > _MAX_INTEGER_DIGITS or len(fraction) > _MAX_FRACTION_DIGITS:
        raise ValueError(f"amount out of range: {body!r}")
    return Decimal(f"{digits}.{fraction}" if fraction else digits)
