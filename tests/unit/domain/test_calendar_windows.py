"""Sending windows per channel and the payday shift (domain/calendar.py additions)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.calendar import (
    DEFAULT_SENDING_WINDOWS,
    MONDAY_TO_FRIDAY,
    SendingWindow,
    is_public_holiday,
    next_allowed_day,
    next_payday,
    payday_in_month,
    shift_for_payday,
)

KINGS_DAY_2027 = date(2027, 4, 27)  # a Tuesday


def test_kings_day_moves_every_channel_to_the_next_day() -> None:
    assert KINGS_DAY_2027.weekday() == 1 and is_public_holiday(KINGS_DAY_2027)
    for channel in ("sms", "email", "letter", "call", "handover"):
        assert next_allowed_day(channel, KINGS_DAY_2027) == date(2027, 4, 28)


def test_christmas_sms_waits_until_monday() -> None:
    # 25 Dec 2026 is a Friday, Boxing Day a Saturday, then a Sunday
    assert next_allowed_day("sms", date(2026, 12, 25)) == date(2026, 12, 28)
    assert next_allowed_day("letter", date(2026, 12, 24)) == date(2026, 12, 24)


def test_saturday_allows_sms_and_email_but_not_letters_or_calls() -> None:
    saturday = date(2026, 3, 14)
    assert next_allowed_day("sms", saturday) == saturday
    assert next_allowed_day("email", saturday) == saturday
    assert next_allowed_day("letter", saturday) == date(2026, 3, 16)
    assert next_allowed_day("call", saturday) == date(2026, 3, 16)


def test_sunday_moves_to_monday_for_every_channel() -> None:
    sunday = date(2026, 3, 15)
    for channel in DEFAULT_SENDING_WINDOWS:
        assert next_allowed_day(channel, sunday) == date(2026, 3, 16)


def test_sms_window_has_hours_for_the_sending_layer() -> None:
    window = DEFAULT_SENDING_WINDOWS["sms"]
    assert window.opens is not None and window.opens.hour == 9
    assert window.closes is not None and window.closes.hour == 20


def test_a_custom_table() -> None:
    windows = {"email": SendingWindow(MONDAY_TO_FRIDAY, skip_public_holidays=False)}
    assert next_allowed_day("email", KINGS_DAY_2027, windows) == KINGS_DAY_2027
    assert next_allowed_day("email", date(2026, 3, 14), windows) == date(2026, 3, 16)
    # a channel the table does not name may be used on any day
    assert next_allowed_day("sms", date(2026, 3, 15), windows) == date(2026, 3, 15)
    with pytest.raises(ValueError, match="no weekday"):
        next_allowed_day("email", date(2026, 3, 14), {"email": SendingWindow(frozenset())})


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)))
def test_next_allowed_day_is_allowed_and_nothing_allowed_is_skipped(day: date) -> None:
    for channel, window in DEFAULT_SENDING_WINDOWS.items():
        found = next_allowed_day(channel, day)
        assert found >= day and window.allows(found)
        current = day
        while current < found:
            assert not window.allows(current)
            current += timedelta(days=1)


def test_payday_in_short_months() -> None:
    assert payday_in_month(2026, 2, 31) == date(2026, 2, 28)
    assert payday_in_month(2028, 2, 30) == date(2028, 2, 29)
    assert payday_in_month(2026, 4, 31) == date(2026, 4, 30)
    assert payday_in_month(2026, 5, 31) == date(2026, 5, 31)
    assert next_payday(date(2026, 12, 28), 10) == date(2027, 1, 10)
    assert next_payday(date(2026, 1, 31), 31) == date(2026, 1, 31)


def test_shift_for_payday_the_25th() -> None:
    assert shift_for_payday(date(2026, 3, 19), 25) == date(2026, 3, 19)  # six days before
    for day in range(20, 25):
        assert shift_for_payday(date(2026, 3, day), 25) == date(2026, 3, 26)
    assert shift_for_payday(date(2026, 3, 25), 25) == date(2026, 3, 25)  # on payday: money is there
    assert shift_for_payday(date(2026, 3, 26), 25) == date(2026, 3, 26)
    assert shift_for_payday(date(2026, 3, 22), None) == date(2026, 3, 22)


def test_shift_for_payday_across_the_month_end() -> None:
    # payday the 1st: the last days of the month before move to the 2nd
    assert shift_for_payday(date(2026, 3, 29), 1) == date(2026, 4, 2)
    assert shift_for_payday(date(2026, 12, 30), 2) == date(2027, 1, 3)
    # payday 31 in February is the 28th: the 23rd to the 27th move to 1 March
    assert shift_for_payday(date(2026, 2, 23), 31) == date(2026, 3, 1)
    assert shift_for_payday(date(2026, 2, 22), 31) == date(2026, 2, 22)
    assert shift_for_payday(date(2026, 2, 28), 31) == date(2026, 2, 28)


def test_shift_for_payday_window_size() -> None:
    assert shift_for_payday(date(2026, 3, 7), 10, window_days=2) == date(2026, 3, 7)
    assert shift_for_payday(date(2026, 3, 8), 10, window_days=2) == date(2026, 3, 11)
    assert shift_for_payday(date(2026, 3, 9), 10, window_days=2) == date(2026, 3, 11)
    assert shift_for_payday(date(2026, 3, 9), 10, window_days=0) == date(2026, 3, 9)
    with pytest.raises(ValueError, match="1-31"):
        shift_for_payday(date(2026, 3, 9), 32)


@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(1, 31),
    st.integers(0, 10),
)
def test_shift_never_lands_in_a_window_and_never_goes_back(
    day: date, payday: int, window: int
) -> None:
    shifted = shift_for_payday(day, payday, window)
    assert shifted >= day
    assert shift_for_payday(shifted, payday, window) == shifted
    if shifted != day:
        assert shifted - timedelta(days=1) == next_payday(day, payday)
