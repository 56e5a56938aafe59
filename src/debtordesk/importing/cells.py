"""One raw cell as text: how a number, date or string delivered by a reader reads as a value."""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from debtordesk.importing.model import Cell

#: Excel keeps 15 significant digits; a float's 16th and 17th digits are binary noise
_EXCEL_DIGITS = 15


def float_text(value: float) -> str:
    """A spreadsheet number as Excel shows it: 12.35 stays 12.35, 0.1+0.2 reads 0.3, 1234.0 reads 1234.

    Goes through text, so no binary float arithmetic touches the value.
    """
    if not math.isfinite(value):
        return repr(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.{_EXCEL_DIGITS}g}"


def cell_text(cell: Cell) -> str | None:
    """The cell as stripped text, or None when it is empty."""
    if cell is None:
        return None
    if isinstance(cell, str):
        text = cell.strip()
        return text or None
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        return float_text(cell)
    if isinstance(cell, int | Decimal):
        return str(cell)
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ") if cell.time() != time() else cell.date().isoformat()
    if isinstance(cell, date | time):
        return cell.isoformat()
    if isinstance(cell, timedelta):
        return duration_text(cell)
    return str(cell).strip() or None


def duration_text(value: timedelta) -> str:
    """A duration cell as Excel shows it ([h]:mm:ss): 10 days 15:10:10 reads 255:10:10, not
    Python's '10 days, 15:10:10'."""
    total = round(value.total_seconds())
    hours, rest = divmod(abs(total), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{'-' if total < 0 else ''}{hours}:{minutes:02d}:{seconds:02d}"


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def shorten(text: str, limit: int = 60) -> str:
    """Text cut for display in a message or a report column."""
    flat = " ".join(text.split()) if len(text) < 10 * limit else " ".join(text[: 2 * limit].split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA': the column names a spreadsheet shows."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_index(letters: str) -> int | None:
    """'C' -> 2; None when the text is not a column letter (A to ZZZ)."""
    text = letters.strip().upper()
    if not text or len(text) > 3 or not text.isascii() or not text.isalpha():
        return None
    index = 0
    for char in text:
        index = index * 26 + (ord(char) - ord("A") + 1)
    return index - 1
