"""Business days in the Netherlands: weekends and Dutch public holidays (the ``holidays`` package)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _dutch_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year).keys())


def is_public_holiday(day: date) -> bool:
    """True on a Dutch public holiday (New Year, Easter, King's Day, Liberation Day in lustrum years…)."""
    return day in _dutch_holidays(day.year)


def is_business_day(day: date) -> bool:
    """Monday to Friday, and not a Dutch public holiday."""
    return day.weekday() < 5 and not is_public_holiday(day)


def add_business_days(day: date, count: int) -> date:
    """The date ``count`` business days after ``day`` (before it when negative)."""
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    current = day
    while remaining:
        current += timedelta(days=step)
        if is_business_day(current):
            remaining -= 1
    return current


def business_days_between(start: date, end: date) -> int:
    """Business days after ``start`` up to and including ``end`` (negative when ``end`` is earlier)."""
    if end < start:
        return -business_days_between(end, start)
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_business_day(current):
            count += 1
    return count
