"""The outbox's pure rules: back-off with jitter and Retry-After, sending windows by the clock (Sundays,
Dutch public holidays, hours), the window text, and the caps."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from debtordesk.domain.calendar import DEFAULT_SENDING_WINDOWS
from debtordesk.domain.errors import UserError
from debtordesk.domain.outbox import (
    BACKOFF_MAX,
    backoff,
    cap_room,
    format_window,
    next_opening,
    parse_window,
    window_open,
    window_text,
)

AMS = ZoneInfo("Europe/Amsterdam")
SMS = DEFAULT_SENDING_WINDOWS["sms"]


def test_backoff_grows_with_jitter_and_stops_growing() -> None:
    rng = random.Random(7)
    waits = [backoff(n, rng=rng) for n in range(1, 12)]
    assert timedelta(seconds=22.5) <= waits[0] <= timedelta(seconds=37.5)
    assert timedelta(seconds=45) <= waits[1] <= timedelta(seconds=75)
    assert all(wait <= BACKOFF_MAX * 1.25 for wait in waits)
    assert waits[-1] >= BACKOFF_MAX * 0.75
    # jitter: the same attempt does not always wait the same
    assert len({backoff(3, rng=rng) for _ in range(20)}) > 10


def test_retry_after_is_a_floor() -> None:
    rng = random.Random(1)
    for _ in range(50):
        wait = backoff(1, retry_after=120, rng=rng)
        assert timedelta(seconds=120) <= wait <= timedelta(seconds=125)
    assert backoff(1, retry_after=0, rng=rng) >= timedelta(seconds=22.5)


@pytest.mark.parametrize(
    ("moment", "open_"),
    [
        (datetime(2026, 12, 16, 10, 0, tzinfo=AMS), True),  # a Wednesday morning
        (datetime(2026, 12, 16, 8, 59, tzinfo=AMS), False),  # before 09:00
        (datetime(2026, 12, 16, 20, 0, tzinfo=AMS), False),  # 20:00 closes
        (datetime(2026, 12, 19, 12, 0, tzinfo=AMS), True),  # a Saturday
        (datetime(2026, 12, 20, 12, 0, tzinfo=AMS), False),  # a Sunday
        (datetime(2026, 12, 25, 12, 0, tzinfo=AMS), False),  # Christmas
        (datetime(2026, 4, 27, 12, 0, tzinfo=AMS), False),  # King's Day (Monday)
    ],
)
def test_the_sms_window(moment: datetime, open_: bool) -> None:
    assert window_open(SMS, moment) is open_


def test_next_opening_skips_night_sunday_and_holidays() -> None:
    saturday_night = datetime(2026, 12, 19, 21, 0, tzinfo=AMS)
    # Sunday 20th, then Monday 21st 09:00
    assert next_opening(SMS, saturday_night) == datetime(2026, 12, 21, 9, 0, tzinfo=AMS)
    christmas_eve_night = datetime(2026, 12, 24, 22, 0, tzinfo=AMS)
    # 25th and 26th are holidays, the 27th a Sunday
    assert next_opening(SMS, christmas_eve_night) == datetime(2026, 12, 28, 9, 0, tzinfo=AMS)
    morning = datetime(2026, 12, 16, 7, 30, tzinfo=AMS)
    assert next_opening(SMS, morning) == datetime(2026, 12, 16, 9, 0, tzinfo=AMS)
    now = datetime(2026, 12, 16, 11, 0, tzinfo=AMS)
    assert next_opening(SMS, now) == now


def test_window_text_round_trips() -> None:
    assert format_window(SMS) == "mon-sat 09:00-20:00"
    assert format_window(DEFAULT_SENDING_WINDOWS["email"]) == "mon-sat"
    for text in ("mon-sat 09:00-20:00", "all holidays", "mon,wed,fri 08:30-17:00", "mon-fri"):
        assert format_window(parse_window(text)) == text
    every = parse_window("all 00:00-24:00 holidays")
    assert every.opens is None and every.closes is None and not every.skip_public_holidays
    assert window_open(every, datetime(2026, 12, 25, 3, 0, tzinfo=AMS))
    evening = parse_window("mon-fri 18:00-24:00")
    assert evening.opens == time(18) and evening.closes is None


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("ma-za 09:00-20:00", "mon-sat 09:00-20:00"),
        ("MA-VR", "mon-fri"),
        ("Maandag-Zaterdag 09:00-20:00", "mon-sat 09:00-20:00"),
        ("ma,wo,vr 08:30-17:00", "mon,wed,fri 08:30-17:00"),
        ("maandag,woensdag,vrijdag", "mon,wed,fri"),
        ("di-do,za", "tue,wed,thu,sat"),
        ("zo", "sun"),
        ("alle feestdagen", "all holidays"),
        ("ma-zo 00:00-24:00 feestdagen", "all holidays"),
        ("Monday-Friday", "mon-fri"),
        ("tue-thu", "tue,wed,thu"),
        ("vr-ma", "mon,fri,sat,sun"),
    ],
)
def test_dutch_and_full_day_names_are_read(text: str, stored: str) -> None:
    """A Dutch clerk writes "ma-za 09:00-20:00": Dutch and English day names, short or full, in any
    case, as ranges and lists; stored in the one form the program writes."""
    assert format_window(parse_window(text)) == stored


@pytest.mark.parametrize(
    ("stored", "dutch"),
    [
        ("mon-sat 09:00-20:00", "ma-za 09:00-20:00"),
        ("mon-sat", "ma-za"),
        ("mon-fri 10:00-24:00", "ma-vr 10:00-24:00"),
        ("all holidays", "alle feestdagen"),
        ("mon,wed,fri 08:30-17:00", "ma,wo,vr 08:30-17:00"),
        ("tue,wed,thu,sat", "di,wo,do,za"),
        ("sun holidays", "zo feestdagen"),
    ],
)
def test_a_window_is_shown_with_dutch_day_names_to_a_dutch_clerk(stored: str, dutch: str) -> None:
    """Stored in English, shown in Dutch ("ma-za 09:00-20:00") as a Dutch clerk types it, which reads
    back as the same window; English stays the stored form."""
    window = parse_window(stored)
    assert format_window(window, "nl") == dutch
    assert window_text(stored, "nl") == dutch
    assert parse_window(dutch) == window
    assert format_window(window, "en") == format_window(window) == stored
    assert window_text(stored, "en") == stored


def test_a_text_that_is_no_window_is_shown_as_stored() -> None:
    assert window_text("weekdays", "nl") == "weekdays"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "weekdays",
        "mon-sat 9-20",
        "mon-sat 20:00-09:00",
        "mon-sat 25:00-26:00",
        "sun,xyz",
        "ma-",
        "ma,",
        "ma-di-wo",
        "maa-za",
    ],
)
def test_a_bad_window_is_refused_with_the_text(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_window(text)
    assert caught.value.code == "outbox.bad_window"


def test_caps() -> None:
    assert cap_room(hourly_cap=None, daily_cap=None, last_hour=10**6, today=10**6).room is None
    assert cap_room(hourly_cap=100, daily_cap=1000, last_hour=40, today=900).room == 60
    room = cap_room(hourly_cap=100, daily_cap=1000, last_hour=40, today=1000)
    assert room.room == 0 and room.reached == "daily"
    room = cap_room(hourly_cap=100, daily_cap=None, last_hour=120, today=0)
    assert room.room == 0 and room.reached == "hourly"
