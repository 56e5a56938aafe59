"""A day as a clerk types it, the same in the app's day fields and on the command line: 24-12-2026,
2026-12-24, 24-12 (the next such day) or +7 (days from today)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from debtordesk.domain.errors import UserError
from debtordesk.importing.dates import parse_date

_RELATIVE = re.compile(r"^\+\s*(\d{1,4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})[-/.](\d{1,2})$")
#: the example in a refusal: a week from today (a date that does not age like a fixed one)
EXAMPLE_DAYS = 7


def day_from_text(text: str, today: date) -> date | None:
    """The day ``text`` means; None for an empty text; ValueError when it is not a day."""
    value = text.strip()
    if not value:
        return None
    relative = _RELATIVE.match(value)
    if relative:
        return today + timedelta(days=int(relative.group(1)))
    short = _DAY_MONTH.match(value)
    if short:
        day, month = int(short.group(1)), int(short.group(2))
        for year in (today.year, today.year + 1):
            try:
                found = date(year, month, day)
            except ValueError:
                continue
            if found >= today:
                return found
        raise ValueError(f"not a day: {text!r}")
    return parse_date(value, "dmy")


def parse_day_input(text: str, option: str, today: date) -> date:
    """A day for a command-line option, as :func:`day_from_text` reads it; what cannot be read is
    refused with the option and examples counted from ``today``."""
    try:
        found = day_from_text(text, today)
    except (ValueError, OverflowError):
        found = None
    if found is None:
        raise UserError(
            "followup.bad_day",
            value=text,
            option=option,
            example=today + timedelta(days=EXAMPLE_DAYS),
            days=EXAMPLE_DAYS,
        )
    return found
