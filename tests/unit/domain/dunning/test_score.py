"""payment_score: average days late over closed invoices and stornos in the last twelve months."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from debtordesk.domain.dunning.model import PaymentScore
from debtordesk.domain.dunning.score import payment_score, year_before

TODAY = date(2026, 3, 16)


def test_no_history() -> None:
    assert payment_score([], [], TODAY) == PaymentScore(0, Decimal("0.00"), 0)


def test_average_days_late_counts_early_payment_as_zero() -> None:
    paid = [
        (date(2026, 1, 1), date(2026, 1, 11)),  # 10 late
        (date(2026, 1, 1), date(2025, 12, 20)),  # early: 0
        (date(2026, 2, 1), date(2026, 2, 3)),  # 2 late
    ]
    score = payment_score(paid, [], TODAY)
    assert score.invoices_paid == 3
    assert score.average_days_late == Decimal("4.00")


def test_average_is_rounded_to_cents_half_up() -> None:
    paid = [(date(2026, 1, 1), date(2026, 1, 2))] + [(date(2026, 1, 1), date(2026, 1, 1))] * 2
    # 1 / 3 = 0.333...
    assert payment_score(paid, [], TODAY).average_days_late == Decimal("0.33")
    two = [(date(2026, 1, 1), date(2026, 1, 2))] + [(date(2026, 1, 1), date(2026, 1, 1))] * 7
    # 1 / 8 = 0.125 -> 0.13
    assert payment_score(two, [], TODAY).average_days_late == Decimal("0.13")


def test_stornos_in_the_last_twelve_months() -> None:
    stornos = [
        date(2025, 3, 15),  # a year and a day ago: out
        date(2025, 3, 16),  # exactly a year ago: in
        date(2025, 11, 1),
        TODAY,
        date(2026, 3, 17),  # after today (a --date preview): out
    ]
    assert payment_score([], stornos, TODAY).stornos_12_months == 3


def test_generator_input_and_leap_day() -> None:
    pairs = ((date(2024, 1, 1), date(2024, 1, 1 + n)) for n in range(5))
    assert payment_score(pairs, iter([]), TODAY).average_days_late == Decimal("2.00")
    assert year_before(date(2028, 2, 29)) == date(2027, 2, 28)
    assert payment_score([], [date(2027, 2, 28)], date(2028, 2, 29)).stornos_12_months == 1
    assert payment_score([], [date(2027, 2, 27)], date(2028, 2, 29)).stornos_12_months == 0
