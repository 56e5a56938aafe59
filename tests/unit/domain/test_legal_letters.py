"""The 14-day letter: assumed receipt from the postal table, the term, the first day of costs, validity."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.calendar import is_public_holiday
from debtordesk.domain.dunning.model import ActionChannel
from debtordesk.domain.enums import Channel
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import (
    DEFAULT_POSTAL_RULES,
    LetterProblem,
    PostalRule,
    assumed_receipt,
    fourteen_day_dates,
    fourteen_day_letter_valid,
)
from debtordesk.domain.legal_letters import is_term_holiday
from debtordesk.domain.messages import Message


@pytest.mark.parametrize(
    ("dispatched", "receipt", "term_end", "costs_from"),
    [
        # Friday: Saturday, Tuesday, Wednesday are the three delivery days, Thursday the margin
        (date(2025, 3, 7), date(2025, 3, 13), date(2025, 3, 27), date(2025, 3, 28)),
        # Monday: no delivery on Monday; Tuesday..Thursday, margin Friday
        (date(2025, 3, 10), date(2025, 3, 14), date(2025, 3, 28), date(2025, 3, 29)),
        # Christmas (Thursday and Friday) is no delivery day
        (date(2025, 12, 23), date(2025, 12, 31), date(2026, 1, 14), date(2026, 1, 15)),
        # Saturday dispatch: Tuesday to Friday
        (date(2025, 3, 8), date(2025, 3, 14), date(2025, 3, 28), date(2025, 3, 29)),
    ],
)
def test_posted_letter(dispatched: date, receipt: date, term_end: date, costs_from: date) -> None:
    dates = fourteen_day_dates(dispatched, Channel.LETTER)
    assert dates == (receipt, term_end, costs_from)
    assert (dates.receipt_on, dates.term_ends_on, dates.costs_from) == (
        receipt,
        term_end,
        costs_from,
    )
    assert assumed_receipt(dispatched) == receipt


def test_email_received_the_same_day() -> None:
    # Friday 2025-04-11: the term runs 12..25 April (a Friday), costs from Saturday 26 April
    assert fourteen_day_dates(date(2025, 4, 11), "email") == (
        date(2025, 4, 11),
        date(2025, 4, 25),
        date(2025, 4, 26),
    )


@pytest.mark.parametrize(
    ("sent", "term_end"),
    [
        (date(2025, 3, 8), date(2025, 3, 24)),  # ends on a Saturday -> Monday
        (date(2026, 4, 13), date(2026, 4, 28)),  # ends on King's Day (Monday 27 April 2026)
        (
            date(2026, 4, 21),
            date(2026, 5, 6),
        ),  # ends on 5 May, a holiday of the termijnenwet every year
        (date(2025, 12, 11), date(2025, 12, 29)),  # Christmas Thursday, Friday, weekend -> Monday
    ],
)
def test_term_ending_on_a_holiday_runs_on(sent: date, term_end: date) -> None:
    dates = fourteen_day_dates(sent, Channel.EMAIL)
    assert (dates.term_ends_on, dates.costs_from) == (term_end, term_end + timedelta(days=1))


def test_term_extension_can_be_switched_off() -> None:
    rules = (PostalRule(date(2020, 1, 1), extend_term=False),)
    dates = fourteen_day_dates(date(2025, 3, 8), Channel.EMAIL, rules)
    assert dates.term_ends_on == date(2025, 3, 22)


def test_dated_rules_choose_by_dispatch_date() -> None:
    rules = (
        *DEFAULT_POSTAL_RULES,
        PostalRule(date(2026, 7, 1), transit_days=2, margin_days=0, note="PostNL two days"),
        PostalRule(date(2027, 7, 1), transit_days=3, margin_days=2),
    )
    # Wednesday 2026-06-24, old rule: Thu, Fri, Sat + Tue
    assert assumed_receipt(date(2026, 6, 24), rules) == date(2026, 6, 30)
    # Wednesday 2026-07-01, two days: Thu, Fri
    assert assumed_receipt(date(2026, 7, 1), rules) == date(2026, 7, 3)
    # Wednesday 2027-07-07, 3 + 2: Thu, Fri, Sat, Tue, Wed
    assert assumed_receipt(date(2027, 7, 7), rules) == date(2027, 7, 14)


def test_no_rule_for_the_dispatch_date() -> None:
    rules = (PostalRule(date(2026, 1, 1)),)
    with pytest.raises(UserError) as caught:
        assumed_receipt(date(2025, 12, 31), rules)
    assert caught.value.message == Message(
        "postal.no_rule", {"day": date(2025, 12, 31), "first": date(2026, 1, 1)}
    )


def test_bad_rules_are_refused() -> None:
    with pytest.raises(UserError, match=r"postal\.negative_days"):
        PostalRule(date(2026, 1, 1), transit_days=-1)
    with pytest.raises(UserError, match=r"postal\.no_delivery_days"):
        PostalRule(date(2026, 1, 1), delivery_weekdays=frozenset())
    with pytest.raises(UserError, match=r"postal\.no_delivery_days"):
        PostalRule(date(2026, 1, 1), delivery_weekdays=frozenset({7}))


@pytest.mark.parametrize("channel", [Channel.SMS, Channel.CALL, ActionChannel.HANDOVER])
def test_channels_that_cannot_carry_the_letter(channel: str) -> None:
    with pytest.raises(UserError, match=r"fourteen_day\.channel_cannot_carry"):
        fourteen_day_dates(date(2025, 3, 7), channel)
    validity = fourteen_day_letter_valid(channel, email_consent=True)
    assert not validity
    assert validity.problem is LetterProblem.CHANNEL
    assert validity.reason == Message(
        "fourteen_day.channel_cannot_carry", {"channel": str(channel)}
    )


def test_validity() -> None:
    assert fourteen_day_letter_valid(Channel.LETTER, email_consent=False)
    assert fourteen_day_letter_valid(ActionChannel.LETTER, email_consent=False).valid
    assert fourteen_day_letter_valid("email", email_consent=True).reason is None
    no_consent = fourteen_day_letter_valid(Channel.EMAIL, email_consent=False)
    assert (no_consent.valid, no_consent.problem) == (False, LetterProblem.NO_CONSENT)
    assert no_consent.reason == Message("fourteen_day.email_without_consent")
    returned = fourteen_day_letter_valid(Channel.LETTER, email_consent=False, returned=True)
    assert (returned.valid, returned.reason) == (False, Message("fourteen_day.returned"))
    bounced = fourteen_day_letter_valid(Channel.EMAIL, email_consent=True, returned=True)
    assert (bounced.problem, bounced.reason) == (
        LetterProblem.RETURNED,
        Message("fourteen_day.bounced"),
    )


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)))
def test_posted_letter_properties(dispatched: date) -> None:
    receipt, term_end, costs_from = fourteen_day_dates(dispatched, Channel.LETTER)
    assert receipt > dispatched
    # three delivery days and a margin day take at least four calendar days
    assert (receipt - dispatched).days >= 4
    assert receipt.weekday() in {1, 2, 3, 4, 5} and not is_public_holiday(receipt)
    assert term_end >= receipt + timedelta(days=14)
    assert not is_term_holiday(term_end)
    assert costs_from == term_end + timedelta(days=1)
    # a later dispatch never gives earlier dates
    later = fourteen_day_dates(dispatched + timedelta(days=1), Channel.LETTER)
    assert later.receipt_on >= receipt and later.costs_from >= costs_from
