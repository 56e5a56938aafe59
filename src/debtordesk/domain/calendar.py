"""Business days in the Netherlands: weekends and Dutch public holidays (the ``holidays`` package); the
sending windows of the dunning channels and the shift of reminders past a customer's payment day."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache
from types import MappingProxyType

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


# --------------------------------------------------------------------------- sending windows
#
# The dunning engine works in dates: it says on which day a channel may first be used. The hour of a
# window (no SMS before 09:00 or after 20:00) is applied by the sending layer, so a step due today whose
# SMS window has already closed is still proposed for "today"; the outbox holds it until the window opens.


@dataclass(frozen=True)
class SendingWindow:
    """When a channel may be used: weekdays (0 = Monday), whether public holidays are skipped, and the
    hours of the day (applied by the sending layer, not by :func:`next_allowed_day`)."""

    weekdays: frozenset[int]
    skip_public_holidays: bool = True
    opens: time | None = None
    closes: time | None = None

    def allows(self, day: date) -> bool:
        return day.weekday() in self.weekdays and not (
            self.skip_public_holidays and is_public_holiday(day)
        )


MONDAY_TO_FRIDAY = frozenset(range(5))
MONDAY_TO_SATURDAY = frozenset(range(6))

#: The default windows by channel value (``"sms"``, ``"email"``, ``"letter"``, ``"call"``,
#: ``"handover"``): no SMS at night, on Sundays or on Dutch public holidays; e-mail likewise skips Sundays
#: and holidays; letters go out on business days (the post is handed in then); calls and hand-overs are
#: office work on business days. A channel missing from a table may be used on any day.
DEFAULT_SENDING_WINDOWS: Mapping[str, SendingWindow] = MappingProxyType(
    {
        "sms": SendingWindow(MONDAY_TO_SATURDAY, True, time(9, 0), time(20, 0)),
        "email": SendingWindow(MONDAY_TO_SATURDAY, True),
        "letter": SendingWindow(MONDAY_TO_FRIDAY, True),
        "call": SendingWindow(MONDAY_TO_FRIDAY, True, time(9, 0), time(17, 0)),
        "handover": SendingWindow(MONDAY_TO_FRIDAY, True),
    }
)


def next_allowed_day(
    channel: str, day: date, windows: Mapping[str, SendingWindow] = DEFAULT_SENDING_WINDOWS
) -> date:
    """The first day on or after ``day`` on which ``channel`` may be used (the day itself if allowed)."""
    window = windows.get(str(channel))
    if window is None:
        return day
    if not window.weekdays:
        raise ValueError(f"the sending window of {channel!r} allows no weekday at all")
    current = day
    while not window.allows(current):
        current += timedelta(days=1)
    return current


def payday_in_month(year: int, month: int, payday: int) -> date:
    """The customer's payment day in that month; a day the month lacks becomes its last day (31 -> 28
    or 29 February, 30 April)."""
    return date(year, month, min(payday, monthrange(year, month)[1]))


def next_payday(day: date, payday: int) -> date:
    """The payment day on or after ``day``."""
    this_month = payday_in_month(day.year, day.month, payday)
    if this_month >= day:
        return this_month
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return payday_in_month(year, month, payday)


def shift_for_payday(day: date, payday: int | None, window_days: int = 5) -> date:
    """Move a reminder that would land in the ``window_days`` before the customer's payment day to the
    day after it (the payment day itself, and any other day, stay as they are).

    ``payday`` 25 with the default window: the 20th to the 24th move to the 26th. A payday later than
    the month is long counts as its last day. The caller then applies :func:`next_allowed_day` to the
    result (the 26th may be a Sunday).
    """
    if payday is None:
        return day
    if not 1 <= payday <= 31:
        raise ValueError(f"a payment day is a day of the month (1-31), not {payday}")
    coming = next_payday(day, payday)
    if 0 < (coming - day).days <= window_days:
        return coming + timedelta(days=1)
    return day
