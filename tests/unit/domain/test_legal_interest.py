"""Statutory interest: periods across rate changes, yearly compounding, actual/365, the table warning."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import (
    DEFAULT_INTEREST_RATES,
    InterestRate,
    InterestState,
    accrue,
    interest_table_warning,
    statutory_interest,
)
from debtordesk.domain.legal_interest import add_years
from debtordesk.domain.messages import Message
from debtordesk.domain.money import quantize

D = Decimal


def test_default_table_rows_from_legal_nl() -> None:
    rows = {(r.valid_from, r.consumer, r.commercial, r.confirmed) for r in DEFAULT_INTEREST_RATES}
    assert rows == {
        (date(2016, 1, 1), D("2"), D("8"), False),
        (date(2023, 1, 1), D("4"), D("10.5"), False),
        (date(2023, 7, 1), D("6"), D("12"), False),
        (date(2024, 1, 1), D("7"), D("12.5"), True),
        (date(2024, 7, 1), D("7"), D("12.25"), True),
        (date(2025, 1, 1), D("6"), D("11.15"), True),
        (date(2025, 7, 1), D("4"), D("10.15"), False),
    }


def test_split_at_the_rate_change_consumer() -> None:
    result = statutory_interest(D("1000"), date(2025, 1, 1), date(2025, 12, 31), commercial=False)
    spans = [(p.start, p.end, p.rate, p.days) for p in result.periods]
    assert spans == [
        (date(2025, 1, 2), date(2025, 6, 30), D("6.00"), 180),
        (date(2025, 7, 1), date(2025, 12, 31), D("4.00"), 184),
    ]
    first = D("1000") * D("0.06") * 180 / 365
    second = D("1000") * D("0.04") * 184 / 365
    assert result.interest == quantize(first + second) == D("49.75")
    assert [p.interest_rounded for p in result.periods] == [D("29.59"), D("20.16")]
    assert result.uses_unconfirmed_rates
    assert [p.confirmed for p in result.periods] == [True, False]


def test_commercial_rates() -> None:
    result = statutory_interest(D("10000"), date(2024, 6, 15), date(2024, 7, 14), commercial=True)
    assert [(p.rate, p.days) for p in result.periods] == [(D("12.50"), 15), (D("12.25"), 14)]
    expected = D("10000") * (D("12.5") * 15 + D("12.25") * 14) / 36500
    assert result.interest == quantize(expected) == D("98.36")
    assert not result.uses_unconfirmed_rates


def test_no_interest_on_or_before_the_due_date() -> None:
    due = date(2025, 3, 1)
    assert statutory_interest(D("500"), due, due, commercial=False).periods == ()
    assert (
        statutory_interest(D("500"), due, due - timedelta(days=3), commercial=False).interest == 0
    )
    one_day = statutory_interest(D("365"), due, due + timedelta(days=1), commercial=False)
    assert (one_day.periods[0].start, one_day.periods[0].days) == (date(2025, 3, 2), 1)
    assert one_day.interest == D("0.06")  # 365 * 6 % / 365


def test_yearly_compounding_in_a_leap_year() -> None:
    # due 2024-01-01: the first full year ends 2025-01-01 (366 days, 2024 is a leap year); its interest is
    # added to the principal from 2025-01-02 on.
    result = statutory_interest(D("1000"), date(2024, 1, 1), date(2025, 1, 11), commercial=False)
    spans = [(p.start, p.end, p.rate, p.days, p.principal) for p in result.periods]
    year_one = D("1000") * (D(7) * 181 + D(7) * 184 + D(6) * 1) / 36500
    assert spans == [
        (date(2024, 1, 2), date(2024, 6, 30), D("7.00"), 181, D("1000")),
        (date(2024, 7, 1), date(2024, 12, 31), D("7.00"), 184, D("1000")),
        (date(2025, 1, 1), date(2025, 1, 1), D("6.00"), 1, D("1000")),
        (date(2025, 1, 2), date(2025, 1, 11), D("6.00"), 10, D("1000") + year_one),
    ]
    total = year_one + (D("1000") + year_one) * 6 * 10 / 36500
    assert result.interest == quantize(total) == D("71.92")
    # a leap year earns 366/365 of the rate at actual/365
    assert quantize(year_one) == D("70.16")


def test_compounding_on_the_anniversary_of_29_february() -> None:
    rates = (InterestRate(date(2020, 1, 1), D("10"), D("10"), confirmed=True),)
    result = statutory_interest(
        D("100"), date(2024, 2, 29), date(2025, 3, 2), rates, commercial=False
    )
    assert [(p.start, p.end, p.days) for p in result.periods] == [
        (date(2024, 3, 1), date(2025, 2, 28), 365),
        (date(2025, 3, 1), date(2025, 3, 2), 2),
    ]
    assert result.periods[1].principal == D("110")
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_without_compounding_and_contractual_rate() -> None:
    result = statutory_interest(
        D("1000"),
        date(2023, 1, 1),
        date(2025, 1, 1),
        commercial=False,
        contractual_rate=D("12"),
        compound=False,
    )
    assert [(p.start, p.end, p.rate, p.days) for p in result.periods] == [
        (date(2023, 1, 2), date(2025, 1, 1), D("12"), 731)
    ]
    assert result.interest == quantize(D("1000") * 12 * 731 / 36500) == D("240.33")
    compounded = statutory_interest(
        D("1000"), date(2023, 1, 1), date(2025, 1, 1), commercial=False, contractual_rate=D("12")
    )
    assert [p.days for p in compounded.periods] == [365, 366]
    assert compounded.interest == quantize(D(120) + D(1120) * 12 * 366 / 36500) == D("254.77")


def test_a_day_before_the_table_is_refused() -> None:
    with pytest.raises(UserError) as caught:
        statutory_interest(D("100"), date(2015, 12, 1), date(2016, 1, 31), commercial=False)
    assert caught.value.message == Message(
        "interest.no_rate", {"day": date(2015, 12, 2), "first": date(2016, 1, 1)}
    )


def test_bad_tables_and_inputs_are_refused() -> None:
    twice = (*DEFAULT_INTEREST_RATES, InterestRate(date(2025, 1, 1), D(1), D(1), confirmed=True))
    with pytest.raises(UserError, match=r"interest\.duplicate_rate"):
        statutory_interest(D("1"), date(2025, 1, 1), date(2025, 2, 1), twice, commercial=True)
    negative = (InterestRate(date(2025, 1, 1), D("-1"), D(1), confirmed=True),)
    with pytest.raises(UserError, match=r"interest\.negative_rate"):
        statutory_interest(D("1"), date(2025, 1, 1), date(2025, 2, 1), negative, commercial=True)
    with pytest.raises(UserError, match=r"interest\.negative_principal"):
        statutory_interest(D("-1"), date(2025, 1, 1), date(2025, 2, 1), commercial=True)
    with pytest.raises(UserError, match=r"interest\.negative_contractual_rate"):
        statutory_interest(
            D("1"), date(2025, 1, 1), date(2025, 2, 1), commercial=True, contractual_rate=D(-2)
        )


def test_rows_in_any_order() -> None:
    shuffled = tuple(reversed(DEFAULT_INTEREST_RATES))
    a = statutory_interest(D("1234.56"), date(2024, 3, 3), date(2025, 9, 9), commercial=True)
    b = statutory_interest(
        D("1234.56"), date(2024, 3, 3), date(2025, 9, 9), shuffled, commercial=True
    )
    assert a.periods == b.periods


def test_table_warning() -> None:
    # the shipped row from 2025-07-01 is not confirmed: interest resting on it is flagged
    unconfirmed = Message(
        "interest.rate_unconfirmed",
        {"valid_from": date(2025, 7, 1), "consumer": D("4.00"), "commercial": D("10.15")},
    )
    assert interest_table_warning(DEFAULT_INTEREST_RATES, date(2025, 12, 31)) == unconfirmed
    assert interest_table_warning(DEFAULT_INTEREST_RATES, date(2026, 1, 1)) == unconfirmed
    # a confirmed row in force: no warning; a later unconfirmed row only from its own day
    confirmed = tuple(
        replace(row, confirmed=True) if row.valid_from == date(2025, 7, 1) else row
        for row in DEFAULT_INTEREST_RATES
    )
    assert interest_table_warning(confirmed, date(2025, 12, 31)) is None
    assert interest_table_warning(DEFAULT_INTEREST_RATES, date(2025, 6, 30)) is None
    # an outdated table says that first
    assert interest_table_warning(DEFAULT_INTEREST_RATES, date(2026, 1, 2)) == Message(
        "interest.table_outdated", {"newest": date(2025, 7, 1), "months": 6}
    )
    assert interest_table_warning((), date(2026, 1, 2)) == Message("interest.table_empty")


# -- properties ---------------------------------------------------------------------------------------

_days = st.integers(min_value=0, max_value=4 * 366)
_principals = st.decimals(min_value=D("0.01"), max_value=D("1000000"), places=2)
#: Decimal arithmetic keeps 28 digits: sums of parts may differ from the whole in the last of them.
_TOLERANCE = D("1e-15")


@given(_principals, _days, _days, _days, st.booleans())
def test_split_term_equals_whole_term(
    principal: Decimal, offset: int, first: int, second: int, commercial: bool
) -> None:
    start = date(2024, 1, 1) + timedelta(days=offset)
    middle = start + timedelta(days=first)
    end = middle + timedelta(days=second)
    whole = statutory_interest(principal, start, end, commercial=commercial)
    part_state, part_periods = accrue(
        InterestState.begin(principal, start), middle, commercial=commercial
    )
    rest_state, rest_periods = accrue(part_state, end, commercial=commercial)
    assert abs(rest_state.total - whole.unrounded) <= _TOLERANCE
    assert abs(rest_state.principal - whole.state.principal) <= _TOLERANCE
    assert abs(sum(p.interest for p in part_periods + rest_periods) - whole.unrounded) <= _TOLERANCE
    assert sum(p.days for p in part_periods + rest_periods) == max((end - start).days, 0)


@given(_principals, _days, _days, st.booleans())
def test_total_is_the_rounded_sum_of_the_periods(
    principal: Decimal, offset: int, length: int, commercial: bool
) -> None:
    start = date(2024, 1, 1) + timedelta(days=offset)
    end = start + timedelta(days=length)
    result = statutory_interest(principal, start, end, commercial=commercial)
    assert result.interest == quantize(sum((p.interest for p in result.periods), D(0)))
    assert sum(p.days for p in result.periods) == length
    for earlier, later in pairwise(result.periods):
        assert later.start == earlier.end + timedelta(days=1)
        assert later.principal >= earlier.principal
