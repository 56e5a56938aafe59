"""Dates as exports write them: date cells, Excel serial numbers, and text in Dutch, ISO and US forms.

Text forms: 31-12-2026, 31-12-26, 31/12/2026, 31.12.2026, 2026-12-31, 20261231, 31 dec 2026,
31 december 2026, 1 mrt 2026, Dec 31, 2026, with or without a time after it. Whether 01-02-2026 is the
first of February or the second of January is decided once per column (:func:`decide_date_order`),
unless the clerk chose the order for the import (ParseOptions.date_order): then every text date is read
that way, and year-month-day takes only dates that start with the year (26-12-31, 2026-12-31).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache

from debtordesk.importing.model import Cell

ORDERS = ("dmy", "mdy", "ymd")
#: what ParseOptions.date_order may be: decided per file ("auto"), or one of ORDERS as chosen
DATE_ORDER_CHOICES = ("auto", *ORDERS)
#: years a real invoice, due or paid date can have; anything else is a misread
FIRST_YEAR, LAST_YEAR = 1900, 2199

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("jan", "januari", "january", "jan."),
        ("feb", "februari", "february", "febr"),
        ("mrt", "maart", "mar", "march", "maa"),
        ("apr", "april"),
        ("mei", "may"),
        ("jun", "juni", "june"),
        ("jul", "juli", "july"),
        ("aug", "augustus", "august"),
        ("sep", "sept", "september"),
        ("okt", "oktober", "oct", "october"),
        ("nov", "november"),
        ("dec", "december"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name.rstrip(".")] = _number

_WEEKDAYS = frozenset(
    [
        "ma",
        "di",
        "wo",
        "do",
        "vr",
        "za",
        "zo",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_NUMERIC = re.compile(r"(\d{1,4})([-/. ])(\d{1,2})\2(\d{1,4})", re.ASCII)
_TIME_TAIL = re.compile(
    r"(?:T|\s+)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2})?$",
    re.ASCII | re.IGNORECASE,
)
_TOKEN_SPLIT = re.compile(r"[\s,./\-]+")
_EXCEL_1900 = date(1899, 12, 30)
_EXCEL_1904 = date(1904, 1, 1)
_LONGEST = 60  # "Wednesday, 31 December 2026 23:59:59 +01:00" is 44
_PIVOT = 68  # two-digit years: 00-68 -> 2000s, 69-99 -> 1900s (as strptime's %y)


def parse_date(text: str, order: str = "dmy") -> date:
    """The date in ``text``; ``order`` ("dmy", "mdy", "ymd"; "auto" reads as "dmy") settles 01-02-2026.

    Raises ValueError when the text is not a date.
    """
    return _parse(text, "dmy" if order == "auto" else order)


@lru_cache(maxsize=65536)
def _parse(text: str, order: str) -> date:
    if order not in ORDERS:
        raise ValueError(f"unknown date order {order!r}")
    value = text.strip()
    if not value or len(value) > _LONGEST:
        raise ValueError(f"not a date: {text!r}")
    value = _TIME_TAIL.sub("", value).strip().lower()
    if value.isascii() and value.isdigit():
        return _checked(*_compact(value, order))
    match = _NUMERIC.fullmatch(value)
    if match:
        first, _, second, third = match.groups()
        return _checked(*_ordered(first, second, third, order))
    return _checked(*_with_month_name(value))


def order_evidence(text: str) -> str | None:
    """ "dmy" or "mdy" when the text can only be read one way (13-01-2026, 1/13/2026); else None."""
    value = text.strip()
    if len(value) > _LONGEST:
        return None
    match = _NUMERIC.fullmatch(_TIME_TAIL.sub("", value).strip())
    if match is None or len(match.group(1)) > 2:
        return None
    first, second = int(match.group(1)), int(match.group(3))
    if first > 12 >= second:
        return "dmy"
    if second > 12 >= first:
        return "mdy"
    return None


def read_by_order(text: str) -> bool:
    """True when ``text`` is written in numbers alone with the year last or as two digits
    (31/12/2026, 12-31-26, 26.12.31, 31122026): how it reads depends on the date order. A date
    that starts with four digits (2026-12-31) or names its month reads the same in every order."""
    value = _TIME_TAIL.sub("", text.strip()).strip()
    if len(value) > _LONGEST:
        return False
    if value.isascii() and value.isdigit():
        return len(value) == 8
    match = _NUMERIC.fullmatch(value)
    return match is not None and len(match.group(1)) <= 2 and len(match.group(4)) in (2, 4)


def two_way_slash_date(text: str) -> tuple[int, int] | None:
    """(day, month) as read day first, for a slash date that is another date month first
    (03/04/2026: 3 April or 4 March); else None. Dashes and dots are the Dutch way of writing a
    date (day first) and are not asked about; 03/03/2026 is the same date either way."""
    value = text.strip()
    if len(value) > _LONGEST:
        return None
    match = _NUMERIC.fullmatch(_TIME_TAIL.sub("", value).strip())
    if match is None or match.group(2) != "/" or len(match.group(1)) > 2:
        return None
    first, second = int(match.group(1)), int(match.group(3))
    if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
        return None
    try:
        parse_date(value, "dmy")
    except ValueError:
        return None
    return first, second


def order_votes(texts: Iterable[str], enough: int = 2000) -> dict[str, int]:
    """How many of these values prove day-first, and how many month-first (see :func:`mark_votes`)."""
    votes = {"dmy": 0, "mdy": 0}
    for text in texts:
        evidence = order_evidence(text)
        if evidence is not None:
            votes[evidence] += 1
            if votes[evidence] >= enough and not votes["mdy" if evidence == "dmy" else "dmy"]:
                break
    return votes


def decide_date_order(texts: Iterable[str], fallback: str = "dmy") -> str:
    """The day/month order most of these values prove; ``fallback`` when none proves anything."""
    votes = order_votes(texts)
    if votes["dmy"] == votes["mdy"]:
        return fallback
    return "dmy" if votes["dmy"] > votes["mdy"] else "mdy"


def date_from_cell(cell: Cell, order: str, date1904: bool = False) -> date:
    """A date cell, a serial number or a text cell as a date."""
    if isinstance(cell, datetime):
        return _in_range(cell.date())
    if isinstance(cell, date):
        return _in_range(cell)
    if isinstance(cell, bool):
        raise ValueError("a yes/no cell is not a date")
    if isinstance(cell, int | float):
        return _from_number(cell, date1904)
    if isinstance(cell, str):
        return parse_date(cell, order)
    raise ValueError(f"a {type(cell).__name__} cell is not a date")


def excel_serial(serial: float, date1904: bool = False) -> date:
    """Excel's day number as a date: 46022 -> 2025-12-31 (days since 1900, or since 1904)."""
    if not math.isfinite(serial) or not 1 <= serial < 2958466:
        raise ValueError(f"not a date serial number: {serial!r}")
    base = _EXCEL_1904 if date1904 else _EXCEL_1900
    return _in_range(base + timedelta(days=int(serial)))


def _from_number(number: float, date1904: bool) -> date:
    if float(number).is_integer() and 19000101 <= number <= 21991231:
        text = str(int(number))
        return _checked(int(text[:4]), int(text[4:6]), int(text[6:]))
    return excel_serial(float(number), date1904)


def _compact(digits: str, order: str) -> tuple[int, int, int]:
    if len(digits) == 8:
        if digits[:2] in ("19", "20", "21") and 1 <= int(digits[4:6]) <= 12:
            return int(digits[:4]), int(digits[4:6]), int(digits[6:])
        if order == "ymd":
            raise ValueError(f"the year is last, not first: {digits!r}")
        first, second, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
        return (year, first, second) if order == "mdy" else (year, second, first)
    if len(digits) == 5:
        day = excel_serial(int(digits))
        return day.year, day.month, day.day
    raise ValueError(f"not a date: {digits!r}")


def _ordered(first: str, second: str, third: str, order: str) -> tuple[int, int, int]:
    if len(first) == 4 or (order == "ymd" and len(third) <= 2):
        return _year(first), int(second), int(third)
    if len(third) not in (2, 4) or len(first) > 2:
        raise ValueError("not a date")
    if order == "ymd":
        raise ValueError("the year is last, not first")
    if order == "mdy":
        return _year(third), int(first), int(second)
    return _year(third), int(second), int(first)


def _with_month_name(value: str) -> tuple[int, int, int]:
    tokens = [t for t in _TOKEN_SPLIT.split(value) if t and t not in _WEEKDAYS]
    if len(tokens) != 3:
        raise ValueError(f"not a date: {value!r}")
    months = [i for i, token in enumerate(tokens) if token in _MONTHS]
    numbers = [t for t in tokens if t not in _MONTHS]
    if len(months) != 1 or not all(t.isascii() and t.isdigit() for t in numbers):
        raise ValueError(f"not a date: {value!r}")
    month = _MONTHS[tokens[months[0]]]
    first, last = numbers
    if len(first) == 4:  # 2026 dec 31, 2026-Dec-31
        return _year(first), month, int(last)
    if len(first) > 2:
        raise ValueError(f"not a date: {value!r}")
    return _year(last), month, int(first)


def _year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        two = int(text)
        return 2000 + two if two <= _PIVOT else 1900 + two
    raise ValueError(f"not a year: {text!r}")


def _checked(year: int, month: int, day: int) -> date:
    return _in_range(date(year, month, day))


def _in_range(day: date) -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(f"year {day.year} is not plausible")
    return day
