"""The outbox's rules that need no database: attempt outcomes, back-off with jitter, sending windows by the
clock, caps, and the sending-window text an organisation writes ("mon-sat 09:00-20:00", in Dutch
"ma-za 09:00-20:00").

At most once is the rule above all: a message whose outcome is unknown is never sent again blindly. Only
an attempt that certainly did not reach the provider (no connection, a 429, a refusal before sending)
is tried again, after a back-off that grows with every attempt and is spread by jitter so that many
messages do not come back at the same second; a provider's Retry-After is honoured.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from debtordesk.domain.calendar import SendingWindow
from debtordesk.domain.errors import UserError


class AttemptOutcome(StrEnum):
    """What became of one attempt to hand a message to a provider."""

    #: the provider took it (its id recorded)
    SENT = "sent"
    #: the provider refused it for good (invalid number, opted out, refused recipient ...)
    REJECTED = "rejected"
    #: it cannot have reached the provider (no connection, refused before sending): safe to retry
    NOT_SENT = "not_sent"
    #: 429: the provider did nothing and asks to wait
    RATE_LIMITED = "rate_limited"
    #: 5xx: the provider reports its own failure
    FAULT = "fault"
    #: the request went out and no answer came: looked up, or left for the clerk
    UNKNOWN = "unknown"


#: the first wait after a retryable failure, and the longest
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_MAX = timedelta(hours=2)


def backoff(
    attempt: int,
    *,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> timedelta:
    """How long to wait before attempt ``attempt + 1``: 30 s, 1 min, 2 min ... up to 2 hours, each
    between 75 % and 125 % of that (jitter). A provider's ``retry_after`` (seconds) is a floor."""
    rng = rng or random.Random()
    base: timedelta = min(BACKOFF_BASE * (2 ** max(0, attempt - 1)), BACKOFF_MAX)
    wait: timedelta = base * rng.uniform(0.75, 1.25)
    if retry_after is not None:
        floor = timedelta(seconds=max(0.0, retry_after))
        wait = max(wait, floor + timedelta(seconds=rng.uniform(0, 5)))
    return wait


# --------------------------------------------------------------------------- windows by the clock


def window_open(window: SendingWindow | None, local: datetime) -> bool:
    """May the channel be used at this local wall-clock moment (day, holiday and hours)?"""
    if window is None:
        return True
    if not window.allows(local.date()):
        return False
    clock = local.time()
    if window.opens is not None and clock < window.opens:
        return False
    return window.closes is None or clock < window.closes


def next_opening(window: SendingWindow | None, local: datetime) -> datetime:
    """The first local moment at or after ``local`` at which the window is open (``local`` itself
    when it is open now). Looks at most 400 days ahead."""
    if window is None or window_open(window, local):
        return local
    if not window.weekdays:
        raise ValueError("a sending window without any weekday never opens")
    day = local.date()
    for _ in range(400):
        if window.allows(day):
            opens = datetime.combine(day, window.opens or time(0), tzinfo=local.tzinfo)
            candidate = max(opens, local) if day == local.date() else opens
            if window_open(window, candidate):
                return candidate
        day += timedelta(days=1)
    raise ValueError("the sending window does not open within 400 days")


_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: the same in Dutch, for showing a window to a Dutch clerk (never stored)
_DUTCH_DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
_DAY_SETS = {
    "all": frozenset(range(7)),
    "mon-fri": frozenset(range(5)),
    "mon-sat": frozenset(range(6)),
}
#: the day names a clerk may write, short and full, English and Dutch (the index of the weekday)
_DAY_NAMES = {
    name: index
    for index, names in enumerate(
        (
            ("mon", "monday", "ma", "maandag"),
            ("tue", "tuesday", "di", "dinsdag"),
            ("wed", "wednesday", "wo", "woensdag"),
            ("thu", "thursday", "do", "donderdag"),
            ("fri", "friday", "vr", "vrijdag"),
            ("sat", "saturday", "za", "zaterdag"),
            ("sun", "sunday", "zo", "zondag"),
        )
    )
    for name in names
}
#: every day, and Dutch public holidays allowed, in either language (English first, then Dutch)
_ALL_WORDS = ("all", "alle")
_HOLIDAY_WORDS = ("holidays", "feestdagen")
_HOURS = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")


def _weekdays(word: str) -> frozenset[int] | None:
    """The weekdays of a list of days and ranges (``mon-sat``, ``ma,wo,vr``, ``za-ma``: a range may
    run over the weekend), None when a part is not a day."""
    if word in _ALL_WORDS:
        return _DAY_SETS["all"]
    days: set[int] = set()
    for part in word.split(","):
        first, dash, last = part.partition("-")
        if first not in _DAY_NAMES or (dash and last not in _DAY_NAMES):
            return None
        start = _DAY_NAMES[first]
        end = _DAY_NAMES[last] if dash else start
        days.update((start + step) % 7 for step in range((end - start) % 7 + 1))
    return frozenset(days)


def parse_window(text: str) -> SendingWindow:
    """A window from its text: ``<days> [HH:MM-HH:MM] [holidays]``. Days: ``all``, a day, a range
    such as ``mon-sat`` or a list such as ``mon,wed,fri`` (or ``mon-wed,fri``), in English or Dutch,
    short or full and in any case (``ma-za``, ``maandag,woensdag``; ``alle`` for all);
    ``holidays`` (``feestdagen``) allows Dutch public holidays too; ``24:00`` closes at midnight.
    Example: ``mon-sat 09:00-20:00`` or ``ma-za 09:00-20:00``."""
    words = text.lower().split()
    if not words:
        raise UserError("outbox.bad_window", value=text)
    day_word, rest = words[0], words[1:]
    days = _weekdays(day_word)
    if days is None:
        raise UserError("outbox.bad_window", value=text)
    opens: time | None = None
    closes: time | None = None
    holidays = False
    for word in rest:
        if word in _HOLIDAY_WORDS:
            holidays = True
            continue
        match = _HOURS.match(word)
        if match is None:
            raise UserError("outbox.bad_window", value=text)
        oh, om, ch, cm = (int(part) for part in match.groups())
        if oh > 23 or om > 59 or cm > 59 or ch > 24 or (ch == 24 and cm):
            raise UserError("outbox.bad_window", value=text)
        opens = time(oh, om)
        closes = None if ch == 24 else time(ch, cm)
        if closes is not None and closes <= opens:
            raise UserError("outbox.bad_window", value=text)
        if opens == time(0):
            opens = None
    return SendingWindow(days, not holidays, opens, closes)


def format_window(window: SendingWindow, language: str = "en") -> str:
    """The text :func:`parse_window` reads back. In English (the default) it is the form that is
    stored ("mon-sat 09:00-20:00"); ``language="nl"`` writes the Dutch day names for a Dutch clerk
    to read ("ma-za 09:00-20:00", "alle ... feestdagen"), which :func:`parse_window` reads as well.
    Store only the English form."""
    dutch = language == "nl"
    names = _DUTCH_DAYS if dutch else _DAYS
    if window.weekdays == _DAY_SETS["all"]:
        day_text = _ALL_WORDS[dutch]
    elif window.weekdays in (_DAY_SETS["mon-fri"], _DAY_SETS["mon-sat"]):
        day_text = f"{names[0]}-{names[max(window.weekdays)]}"
    else:
        day_text = ",".join(names[index] for index in sorted(window.weekdays))
    parts = [day_text]
    if window.opens is not None or window.closes is not None:
        opens = window.opens or time(0)
        closes = "24:00" if window.closes is None else window.closes.strftime("%H:%M")
        parts.append(f"{opens.strftime('%H:%M')}-{closes}")
    if not window.skip_public_holidays:
        parts.append(_HOLIDAY_WORDS[dutch])
    return " ".join(parts)


def window_text(text: str, language: str) -> str:
    """A stored window ("mon-sat 09:00-20:00") as the clerk of that language reads and would type it
    ("ma-za 09:00-20:00" in Dutch); a text that is no window is shown as stored."""
    try:
        return format_window(parse_window(text), language)
    except UserError:
        return text


# --------------------------------------------------------------------------- caps


@dataclass(frozen=True)
class CapRoom:
    """How many more messages a channel may send now under its caps (None: no cap)."""

    room: int | None
    #: which cap is reached ("hourly" or "daily"), None when there is room
    reached: str | None = None


def cap_room(
    *,
    hourly_cap: int | None,
    daily_cap: int | None,
    last_hour: int,
    today: int,
) -> CapRoom:
    """The room left under the hourly and daily caps, given what went out in the last hour and today."""
    rooms: list[tuple[int, str]] = []
    if hourly_cap is not None:
        rooms.append((hourly_cap - last_hour, "hourly"))
    if daily_cap is not None:
        rooms.append((daily_cap - today, "daily"))
    if not rooms:
        return CapRoom(None)
    room, which = min(rooms)
    if room <= 0:
        return CapRoom(0, which)
    return CapRoom(room)
