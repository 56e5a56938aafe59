"""The 14-day letter (art. 6:96 lid 6 BW): when the consumer is assumed to have received it, when the
14-day term ends, and from which day collection costs may be charged.

The rules (Hoge Raad 25 November 2016, ECLI:NL:HR:2016:2704, and LEGAL-NL.md):

- The term is 14 days, **starting the day after receipt**. So with receipt on day R the term runs from R+1
  through R+14 (``term_ends_on``), and costs may first be charged the day after: R+15 (``costs_from``).
- When the last day of the term is a Saturday, Sunday or public holiday, the term runs on to the next day
  that is none of these (Algemene termijnenwet, art. 1; its holidays include 5 May every year). This is the
  cautious reading: it can only move ``costs_from`` later. A rule can switch it off.
- Receipt of a posted letter is assumed from a dated delivery table (:class:`PostalRule`), never a fixed
  "second working day": letters are delivered Tuesday to Saturday, not on Dutch public holidays; PostNL may
  take two days from July 2026 and three from July 2027. The assumed receipt is the
  ``transit_days + margin_days``-th delivery day after the dispatch day. The shipped default is
  conservative: three delivery days plus one day margin.
- An e-mailed letter is received the day it is sent, and counts only when the consumer agreed to receive
  such notices by e-mail; an SMS (or a call) cannot carry the letter; returned mail or a bounced e-mail
  voids the evidence. :func:`fourteen_day_letter_valid` says which and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from debtordesk.domain.calendar import is_public_holiday
from debtordesk.domain.enums import Channel
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message

#: The length of the term the debtor gets to pay, in days after the day of receipt.
FOURTEEN_DAYS = 14

_TUESDAY_TO_SATURDAY = frozenset({1, 2, 3, 4, 5})  # date.weekday(): Monday is 0


@dataclass(frozen=True)
class PostalRule:
    """How long a letter posted on or after ``valid_from`` takes.

    ``transit_days`` and ``margin_days`` count delivery days: days in ``delivery_weekdays``
    (``date.weekday()`` numbers, Monday 0) that are not Dutch public holidays. ``extend_term`` makes a term
    ending on a weekend day or holiday run on to the next working day (Algemene termijnenwet).
    """

    valid_from: date
    transit_days: int = 3
    delivery_weekdays: frozenset[int] = _TUESDAY_TO_SATURDAY
    margin_days: int = 1
    extend_term: bool = True
    note: str = ""

    def __post_init__(self) -> None:
        if self.transit_days < 0 or self.margin_days < 0:
            raise UserError("postal.negative_days", valid_from=self.valid_from)
        if not self.delivery_weekdays or not self.delivery_weekdays <= set(range(7)):
            raise UserError("postal.no_delivery_days", valid_from=self.valid_from)


#: The shipped table: Tuesday to Saturday, three delivery days plus one day margin. This is slower than
#: PostNL's announced two days from July 2026 and equal to the three from July 2027, so one row covers
#: both; the organisation may add rows (a faster rule only when it can prove faster delivery).
DEFAULT_POSTAL_RULES: tuple[PostalRule, ...] = (
    PostalRule(
        date(2000, 1, 1),
        transit_days=3,
        margin_days=1,
        note="conservative default: 3 delivery days + 1 margin, Tuesday to Saturday",
    ),
)


class FourteenDayDates(NamedTuple):
    receipt_on: date
    term_ends_on: date
    costs_from: date


def postal_rule_for(dispatched_on: date, rules: Sequence[PostalRule]) -> PostalRule:
    """The row of the delivery table that applies to a letter posted on ``dispatched_on``."""
    applicable = [rule for rule in rules if rule.valid_from <= dispatched_on]
    if not applicable:
        first = min((rule.valid_from for rule in rules), default=None)
        raise UserError("postal.no_rule", day=dispatched_on, first=first)
    return max(applicable, key=lambda rule: rule.valid_from)


def is_delivery_day(day: date, rule: PostalRule) -> bool:
    return day.weekday() in rule.delivery_weekdays and not is_public_holiday(day)


def assumed_receipt(
    dispatched_on: date, rules: Sequence[PostalRule] = DEFAULT_POSTAL_RULES
) -> date:
    """The day a letter posted on ``dispatched_on`` is assumed to have arrived: the
    ``transit_days + margin_days``-th delivery day after the dispatch day (at least the first one)."""
    rule = postal_rule_for(dispatched_on, rules)
    remaining = max(rule.transit_days + rule.margin_days, 1)
    day = dispatched_on
    while remaining:
        day += timedelta(days=1)
        if is_delivery_day(day, rule):
            remaining -= 1
    return day


def is_term_holiday(day: date) -> bool:
    """Saturday, Sunday, or a holiday of the Algemene termijnenwet (which counts 5 May every year)."""
    return day.weekday() >= 5 or is_public_holiday(day) or (day.month, day.day) == (5, 5)


def _term_end(receipt_on: date, extend: bool) -> date:
    end = receipt_on + timedelta(days=FOURTEEN_DAYS)
    while extend and is_term_holiday(end):
        end += timedelta(days=1)
    return end


def fourteen_day_dates(
    dispatched_on: date,
    channel: Channel | str,
    rules: Sequence[PostalRule] = DEFAULT_POSTAL_RULES,
) -> FourteenDayDates:
    """Receipt, the last day of the 14-day term, and the first day costs may be charged.

    ``channel`` is ``letter`` (the postal table decides receipt) or ``email`` (received the same day; valid
    only with the consumer's consent: check :func:`fourteen_day_letter_valid`). Other channels cannot carry a
    14-day letter and are refused.
    """
    kind = _channel(channel)
    if kind is Channel.LETTER:
        receipt_on = assumed_receipt(dispatched_on, rules)
        extend = postal_rule_for(dispatched_on, rules).extend_term
    elif kind is Channel.EMAIL:
        receipt_on = dispatched_on
        applicable = [rule for rule in rules if rule.valid_from <= dispatched_on]
        extend = max(applicable, key=lambda r: r.valid_from).extend_term if applicable else True
    else:
        raise UserError("fourteen_day.channel_cannot_carry", channel=str(kind))
    term_ends_on = _term_end(receipt_on, extend)
    return FourteenDayDates(receipt_on, term_ends_on, term_ends_on + timedelta(days=1))


class LetterProblem(StrEnum):
    CHANNEL = "channel"
    NO_CONSENT = "no_consent"
    RETURNED = "returned"


@dataclass(frozen=True)
class LetterValidity:
    """Whether a 14-day letter counts; when it does not, ``reason`` says why in a clerk's words."""

    valid: bool
    problem: LetterProblem | None = None
    reason: Message | None = None

    def __bool__(self) -> bool:
        return self.valid


def fourteen_day_letter_valid(
    channel: Channel | str, *, email_consent: bool, returned: bool = False
) -> LetterValidity:
    """Does a 14-day letter on this channel count as evidence?

    A letter by post counts unless it came back; an e-mail only when the customer agreed to receive such
    notices by e-mail, and not when it bounced; an SMS or a phone call never.
    """
    kind = _channel(channel)
    if kind not in (Channel.LETTER, Channel.EMAIL):
        return LetterValidity(
            False,
            LetterProblem.CHANNEL,
            Message("fourteen_day.channel_cannot_carry", {"channel": str(kind)}),
        )
    if kind is Channel.EMAIL and not email_consent:
        return LetterValidity(
            False, LetterProblem.NO_CONSENT, Message("fourteen_day.email_without_consent")
        )
    if returned:
        code = "fourteen_day.bounced" if kind is Channel.EMAIL else "fourteen_day.returned"
        return LetterValidity(False, LetterProblem.RETURNED, Message(code))
    return LetterValidity(True)


def _channel(channel: Channel | str) -> Channel | str:
    try:
        return Channel(str(channel))
    except ValueError:
        return str(channel)
