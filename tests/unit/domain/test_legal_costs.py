"""Collection costs by the BIK scale (LEGAL-NL.md vectors) and the small-recurring-claim cap."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.legal import (
    BIK_MAXIMUM,
    BIK_MINIMUM,
    CostCharge,
    collection_costs,
    collection_costs_breakdown,
    small_recurring_cap,
)
from debtordesk.domain.legal_costs import months_before, scale_parts

D = Decimal


@pytest.mark.parametrize(
    ("principal", "costs"),
    [
        ("100", "40.00"),
        ("1000", "150.00"),
        ("2500", "375.00"),
        ("5000", "625.00"),
        ("10000", "875.00"),
        ("200000", "2775.00"),
        ("1000000", "6775.00"),
    ],
)
def test_legal_nl_vectors(principal: str, costs: str) -> None:
    assert collection_costs(D(principal)) == D(costs)


@pytest.mark.parametrize(
    ("principal", "costs"),
    [
        # 15 % of 266.67 is 40.0005 -> 40.00; just below the minimum band edge
        ("266.66", "40.00"),
        ("300", "45.00"),
        ("2500.01", "375.00"),  # 375 + 0.001
        ("2510", "376.00"),
        ("7000", "725.00"),  # 375 + 250 + 100
        ("12345.67", "898.46"),  # 875 + 23.4567
        ("250000", "3025.00"),  # 2775 + 250
        ("999999.99", "6775.00"),  # 2775 + 3999.99995 -> capped
        ("0.01", "40.00"),
    ],
)
def test_scale_between_the_vectors(principal: str, costs: str) -> None:
    assert collection_costs(D(principal)) == D(costs)


def test_no_claim_no_costs() -> None:
    assert collection_costs(D("0")) == D("0.00")
    assert collection_costs(D("-12.50")) == D("0.00")


def test_vat_uplift() -> None:
    result = collection_costs_breakdown(D("1000"), vat_rate=D("0.21"))
    assert (result.costs, result.vat, result.total) == (D("150.00"), D("31.50"), D("181.50"))
    assert collection_costs(D("1000"), vat_rate=D("0.21")) == D("181.50")
    assert collection_costs(D("100"), vat_rate=D("0.21")) == D("48.40")
    # the maximum is before VAT
    assert collection_costs(D("5000000"), vat_rate=D("0.21")) == D("8197.75")
    plain = collection_costs_breakdown(D("1000"))
    assert (plain.vat, plain.total, plain.vat_rate) == (D("0.00"), D("150.00"), None)


def test_negative_vat_rate_refused() -> None:
    with pytest.raises(ValueError, match="VAT rate"):
        collection_costs(D("1000"), vat_rate=D("-0.21"))


amounts = st.decimals(min_value=D("0.01"), max_value=D("5000000"), places=2)


@given(amounts, amounts)
def test_monotone_in_the_principal(a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    assert collection_costs(low) <= collection_costs(high)


@given(amounts)
def test_within_minimum_and_maximum(principal: Decimal) -> None:
    costs = collection_costs(principal)
    assert BIK_MINIMUM <= costs <= BIK_MAXIMUM
    assert costs == costs.quantize(D("0.01"))


@given(amounts, st.decimals(min_value=D("0"), max_value=D("0.30"), places=2))
def test_vat_uplift_adds_exactly_the_vat(principal: Decimal, rate: Decimal) -> None:
    result = collection_costs_breakdown(principal, vat_rate=rate)
    assert result.costs == collection_costs(principal)
    assert result.total == result.costs + result.vat
    assert abs(result.vat - result.costs * rate) <= D("0.005")


# -- small recurring claims -----------------------------------------------------------------------


def test_cap_does_not_apply_to_larger_or_one_off_claims() -> None:
    history = [CostCharge(date(2025, 3, 1), D("140"))]
    one_off = small_recurring_cap(
        D("150"), on=date(2025, 4, 1), monthly_amount=None, history=history
    )
    assert (one_off.allowed, one_off.cap_applies, one_off.capped) == (D("150.00"), False, False)
    large = small_recurring_cap(
        D("150"), on=date(2025, 4, 1), monthly_amount=D("266.67"), history=history
    )
    assert (large.allowed, large.cap_applies) == (D("150.00"), False)


def test_cap_limits_a_single_charge() -> None:
    result = small_recurring_cap(D("150"), on=date(2025, 4, 1), monthly_amount=D("266.66"))
    assert (result.allowed, result.cap_applies, result.capped) == (D("140.00"), True, True)
    assert result.window_start == date(2024, 10, 2)


def test_cap_counts_earlier_charges_in_the_six_months() -> None:
    history = [
        CostCharge(date(2024, 10, 1), D("100")),  # exactly six months before: outside the window
        CostCharge(date(2024, 10, 2), D("40")),  # first day of the window
        CostCharge(date(2025, 2, 1), D("60")),
        CostCharge(date(2025, 5, 1), D("500")),  # after the date asked about: ignored
    ]
    result = small_recurring_cap(
        D("75"), on=date(2025, 4, 1), monthly_amount=D("50"), history=history
    )
    assert result.charged_in_window == D("100")
    assert (result.allowed, result.capped) == (D("40.00"), True)


def test_cap_already_used_up_allows_nothing() -> None:
    history = [CostCharge(date(2025, 1, 10), D("140"))]
    result = small_recurring_cap(
        D("40"), on=date(2025, 3, 1), monthly_amount=D("80"), history=history
    )
    assert (result.allowed, result.capped) == (D("0.00"), True)


def test_cap_under_the_room_is_not_capped() -> None:
    result = small_recurring_cap(D("45"), on=date(2025, 3, 1), monthly_amount=D("80"))
    assert (result.allowed, result.cap_applies, result.capped) == (D("45.00"), True, False)


def test_cap_parameters_are_configurable() -> None:
    history = [CostCharge(date(2025, 2, 20), D("50"))]
    result = small_recurring_cap(
        D("100"),
        on=date(2025, 3, 1),
        monthly_amount=D("290"),
        history=history,
        threshold=D("300"),
        cap=D("120"),
        period_months=1,
    )
    assert (result.allowed, result.window_start) == (D("70.00"), date(2025, 2, 2))


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 4, 1), 6, date(2024, 10, 1)),
        (date(2025, 8, 31), 6, date(2025, 2, 28)),
        (date(2024, 8, 31), 6, date(2024, 2, 29)),
        (date(2025, 1, 15), 1, date(2024, 12, 15)),
        (date(2025, 6, 30), 12, date(2024, 6, 30)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


def test_scale_parts_show_how_the_costs_come_about() -> None:
    parts = scale_parts(D("12000"))
    assert [(p.lower, p.upper, p.rate, p.base, p.amount) for p in parts] == [
        (D("0"), D("2500"), D("0.15"), D("2500"), D("375")),
        (D("2500"), D("5000"), D("0.10"), D("2500"), D("250")),
        (D("5000"), D("10000"), D("0.05"), D("5000"), D("250")),
        (D("10000"), D("200000"), D("0.01"), D("2000"), D("20")),
    ]
    assert scale_parts(D("0")) == ()
    top = scale_parts(D("300000"))[-1]
    assert (top.lower, top.upper, top.base) == (D("200000"), None, D("100000"))
