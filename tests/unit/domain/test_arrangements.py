"""Payment arrangement schedules, allocation and breach (domain/arrangements.py), with property tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.arrangements import (
    ArrangementLimits,
    Interval,
    Term,
    TermStatus,
    add_months,
    allocate,
    check_schedule,
    first_missed,
    make_schedule,
    max_terms_for,
    smallest_term_amount,
    split_evenly,
)
from debtordesk.domain.errors import UserError

D = Decimal
START = date(2026, 1, 31)


def _amounts(schedule: tuple[Term, ...]) -> list[str]:
    return [str(term.amount) for term in schedule]


def test_1000_in_3_terms_puts_the_odd_cent_on_the_first_term() -> None:
    schedule = make_schedule(D("1000.00"), date(2026, 1, 1), terms=3)
    assert _amounts(schedule) == ["333.34", "333.33", "333.33"]
    assert [t.due for t in schedule] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    assert [t.number for t in schedule] == [1, 2, 3]


@pytest.mark.parametrize(
    ("total", "terms", "expected"),
    [
        ("100.00", 3, ["33.34", "33.33", "33.33"]),
        ("100.01", 3, ["33.34", "33.34", "33.33"]),
        ("0.05", 1, ["0.05"]),
        ("999.99", 7, ["142.86", "142.86", "142.86", "142.86", "142.85", "142.85", "142.85"]),
        ("250.00", 4, ["62.50", "62.50", "62.50", "62.50"]),
    ],
)
def test_awkward_totals_add_up_to_the_cent(total: str, terms: int, expected: list[str]) -> None:
    schedule = make_schedule(D(total), START, terms=terms)
    assert _amounts(schedule) == expected
    assert sum(t.amount for t in schedule) == D(total)


def test_monthly_dates_keep_the_start_day_and_clamp_to_the_month_end() -> None:
    schedule = make_schedule(D("400.00"), START, terms=4)
    assert [t.due for t in schedule] == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)  # leap year
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)  # over the year end


def test_weekly_and_every_n_days() -> None:
    weekly = make_schedule(D("90.00"), date(2026, 3, 2), terms=3, interval=Interval.WEEK)
    assert [t.due for t in weekly] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    fortnightly = make_schedule(
        D("90.00"), date(2026, 3, 2), terms=2, interval=Interval.DAYS, interval_days=14
    )
    assert [t.due for t in fortnightly] == [date(2026, 3, 2), date(2026, 3, 16)]
    with pytest.raises(UserError) as no_days:
        make_schedule(D("90.00"), START, terms=2, interval=Interval.DAYS)
    assert no_days.value.code == "arrangement.bad_interval_days"
    with pytest.raises(UserError) as too_long:
        make_schedule(D("90.00"), START, terms=2, interval=Interval.DAYS, interval_days=400)
    assert too_long.value.code == "arrangement.interval_too_long"


def test_an_amount_per_term_puts_the_rest_last_or_on_the_term_before() -> None:
    assert _amounts(make_schedule(D("1000.00"), START, term_amount=D("300.00"))) == [
        "300.00",
        "300.00",
        "300.00",
        "100.00",
    ]
    # a rest of 5.00 is below the 10.00 minimum: it joins the term before
    assert _amounts(make_schedule(D("605.00"), START, term_amount=D("300.00"))) == [
        "300.00",
        "305.00",
    ]
    # an amount per term above the total: one term
    assert _amounts(make_schedule(D("50.00"), START, term_amount=D("80.00"))) == ["50.00"]


def test_limits_are_refused_with_what_would_fit() -> None:
    limits = ArrangementLimits(min_term_amount=D("25.00"), max_terms=12)
    with pytest.raises(UserError) as too_many:
        make_schedule(D("1000.00"), START, terms=13, limits=limits)
    assert too_many.value.code == "arrangement.too_many_terms"
    assert too_many.value.message.params["maximum"] == 12
    with pytest.raises(UserError) as too_small:
        make_schedule(D("100.00"), START, terms=5, limits=limits)
    assert too_small.value.code == "arrangement.term_too_small"
    assert too_small.value.message.params["terms"] == 4  # 100 / 25
    with pytest.raises(UserError) as amount_small:
        make_schedule(D("100.00"), START, term_amount=D("20.00"), limits=limits)
    assert amount_small.value.code == "arrangement.term_amount_too_small"
    with pytest.raises(UserError) as amount_many:
        make_schedule(D("1000.00"), START, term_amount=D("50.00"), limits=limits)
    assert amount_many.value.code == "arrangement.term_amount_too_many"
    assert amount_many.value.message.params["needed"] == D("83.34")
    assert smallest_term_amount(D("1000.00"), limits) == D("83.34")
    assert max_terms_for(D("100.00"), limits) == 4
    # one term for the whole total is always allowed, even below the minimum
    assert _amounts(make_schedule(D("7.50"), START, terms=1, limits=limits)) == ["7.50"]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"terms": 0}, "arrangement.bad_terms"),
        ({"terms": 2, "term_amount": D("10.00")}, "arrangement.terms_or_amount"),
        ({}, "arrangement.terms_or_amount"),
        ({"term_amount": D("10.005")}, "arrangement.bad_term_amount"),
        ({"term_amount": D("-1.00")}, "arrangement.bad_term_amount"),
    ],
)
def test_bad_requests_are_refused(kwargs: dict[str, object], code: str) -> None:
    with pytest.raises(UserError) as refused:
        make_schedule(D("100.00"), START, **kwargs)  # type: ignore[arg-type]
    assert refused.value.code == code


@pytest.mark.parametrize("total", ["0.00", "-5.00", "10.001"])
def test_nothing_to_arrange(total: str) -> None:
    with pytest.raises(UserError) as refused:
        make_schedule(D(total), START, terms=1)
    assert refused.value.code == "arrangement.nothing_to_arrange"


def test_an_edited_schedule_is_checked_and_renumbered() -> None:
    edited = [
        Term(9, date(2026, 3, 1), D("40.00")),
        Term(1, date(2026, 2, 1), D("60.00")),
    ]
    checked = check_schedule(edited, D("100.00"), first_due_from=date(2026, 1, 15))
    assert [(t.number, t.due, t.amount) for t in checked] == [
        (1, date(2026, 2, 1), D("60.00")),
        (2, date(2026, 3, 1), D("40.00")),
    ]
    with pytest.raises(UserError) as differs:
        check_schedule(edited, D("100.01"))
    assert differs.value.code == "arrangement.sum_differs"
    assert differs.value.message.params["difference"] == D("0.01")
    with pytest.raises(UserError) as same_day:
        check_schedule(
            [Term(1, date(2026, 2, 1), D("50.00")), Term(2, date(2026, 2, 1), D("50.00"))],
            D("100.00"),
        )
    assert same_day.value.code == "arrangement.same_day"
    with pytest.raises(UserError) as past:
        check_schedule(edited, D("100.00"), first_due_from=date(2026, 2, 2))
    assert past.value.code == "arrangement.first_term_past"
    with pytest.raises(UserError) as small:
        check_schedule(
            [Term(1, date(2026, 2, 1), D("95.00")), Term(2, date(2026, 3, 1), D("5.00"))],
            D("100.00"),
        )
    assert small.value.code == "arrangement.edited_term_too_small"
    with pytest.raises(UserError) as empty:
        check_schedule([], D("100.00"))
    assert empty.value.code == "arrangement.no_terms"


# --------------------------------------------------------------------------- allocation and breach

SCHEDULE = make_schedule(D("1000.00"), date(2026, 1, 1), terms=3)  # 333.34, 333.33, 333.33


def test_a_partial_payment_fills_the_first_term_partly() -> None:
    allocation = allocate(SCHEDULE, D("200.00"), judged_on=date(2026, 1, 2), grace_days=7)
    assert [item.paid for item in allocation.terms] == [D("200.00"), D("0"), D("0")]
    assert [item.status for item in allocation.terms] == [
        TermStatus.PART_PAID,
        TermStatus.OPEN,
        TermStatus.OPEN,
    ]
    assert allocation.terms[0].remaining == D("133.34")
    assert allocation.surplus == 0


def test_an_early_payment_covers_later_terms_in_order() -> None:
    allocation = allocate(SCHEDULE, D("700.00"), judged_on=date(2026, 1, 5), grace_days=7)
    assert [item.paid for item in allocation.terms] == [D("333.34"), D("333.33"), D("33.33")]
    assert [item.status for item in allocation.terms] == [
        TermStatus.PAID,
        TermStatus.PAID,
        TermStatus.PART_PAID,
    ]
    overpaid = allocate(SCHEDULE, D("1010.00"))
    assert overpaid.complete and overpaid.surplus == D("10.00")
    assert overpaid.allocated == D("1000.00")


def test_breach_only_after_the_grace_period() -> None:
    grace = 5
    # due 1 February; unpaid: due (not missed) up to 5 February, missed from 6 February
    paid_first = D("333.34")
    assert first_missed(SCHEDULE, paid_first, date(2026, 2, 5), grace) is None
    assert (
        allocate(SCHEDULE, paid_first, judged_on=date(2026, 2, 5), grace_days=grace).terms[1].status
        is TermStatus.DUE
    )
    missed = first_missed(SCHEDULE, paid_first, date(2026, 2, 6), grace)
    assert missed is not None and missed.term.number == 2
    # paid in part is still missed after the grace period
    part = first_missed(SCHEDULE, D("400.00"), date(2026, 2, 6), grace)
    assert part is not None and part.paid == D("66.66") and part.remaining == D("266.67")
    # paid in full before the judging day: nothing missed
    assert first_missed(SCHEDULE, D("666.67"), date(2026, 2, 6), grace) is None


def test_without_dated_facts_nothing_is_missed() -> None:
    allocation = allocate(SCHEDULE, D("0.00"))
    assert allocation.missed == ()
    with pytest.raises(UserError) as negative:
        allocate(SCHEDULE, D("-1.00"))
    assert negative.value.code == "arrangement.negative_paid"


# --------------------------------------------------------------------------- properties

totals = st.integers(min_value=1, max_value=10**9).map(lambda cents: D(cents).scaleb(-2))
LOOSE = ArrangementLimits(min_term_amount=D("0.01"), max_terms=120)


@given(total=totals, terms=st.integers(min_value=1, max_value=120))
def test_property_terms_add_up_and_every_term_is_at_least_a_cent(
    total: Decimal, terms: int
) -> None:
    try:
        schedule = make_schedule(total, START, terms=terms, limits=LOOSE)
    except UserError as refused:
        # only refused when the total has fewer cents than terms
        assert refused.code == "arrangement.term_too_small"
        assert total * 100 < terms
        return
    assert sum(t.amount for t in schedule) == total
    assert all(t.amount >= D("0.01") for t in schedule)
    assert len(schedule) == terms
    amounts = [t.amount for t in schedule]
    assert amounts == sorted(amounts, reverse=True)  # odd cents first
    assert max(amounts) - min(amounts) <= D("0.01")


@given(
    total=totals,
    term_amount=st.integers(min_value=1, max_value=10**8).map(lambda c: D(c).scaleb(-2)),
    minimum=st.sampled_from([D("0.01"), D("5.00"), D("10.00"), D("25.00")]),
)
def test_property_amount_per_term_adds_up(
    total: Decimal, term_amount: Decimal, minimum: Decimal
) -> None:
    limits = ArrangementLimits(min_term_amount=minimum, max_terms=600)
    try:
        schedule = make_schedule(total, START, term_amount=term_amount, limits=limits)
    except UserError as refused:
        assert refused.code in {
            "arrangement.term_amount_too_small",
            "arrangement.term_amount_too_many",
        }
        return
    assert sum(t.amount for t in schedule) == total
    assert all(t.amount >= D("0.01") for t in schedule)
    assert len(schedule) <= limits.max_terms
    dues = [t.due for t in schedule]
    assert dues == sorted(dues) and len(set(dues)) == len(dues)


@given(
    total=totals,
    terms=st.integers(min_value=1, max_value=36),
    paid=st.integers(min_value=0, max_value=2 * 10**9).map(lambda c: D(c).scaleb(-2)),
    judged=st.dates(min_value=date(2025, 12, 1), max_value=date(2029, 12, 31)),
    grace=st.integers(min_value=0, max_value=30),
)
def test_property_allocation_never_exceeds_what_was_paid(
    total: Decimal, terms: int, paid: Decimal, judged: date, grace: int
) -> None:
    limits = ArrangementLimits(min_term_amount=D("0.01"), max_terms=36)
    if total * 100 < terms:
        return
    schedule = make_schedule(total, START, terms=terms, limits=limits)
    allocation = allocate(schedule, paid, judged_on=judged, grace_days=grace)
    assert allocation.allocated <= paid
    assert allocation.allocated == min(paid, total)
    assert allocation.allocated + allocation.surplus == paid
    assert all(0 <= item.paid <= item.term.amount for item in allocation.terms)
    # in order: a term gets something only when every earlier term is full
    for earlier, later in zip(allocation.terms, allocation.terms[1:], strict=False):
        assert later.paid == 0 or earlier.paid == earlier.term.amount


@given(total=totals, count=st.integers(min_value=1, max_value=500))
def test_property_split_evenly(total: Decimal, count: int) -> None:
    parts = split_evenly(total, count)
    assert sum(parts) == total and len(parts) == count
