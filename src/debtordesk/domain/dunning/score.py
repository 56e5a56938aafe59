"""A customer's payment behaviour from history, for segment rules (``SegmentRule.min_average_days_late``,
``min_stornos_12_months``).

* ``average_days_late``: the mean over closed invoices of the days between due date and paid date, an
  early or on-time payment counting as 0 (paying early does not make up for paying late elsewhere);
  two decimals, rounded half up; 0 with no closed invoices.
* ``stornos_12_months``: returned direct debits dated in the twelve months up to and including ``today``
  (from the same day a year earlier; 29 February counts from 28 February), later dates ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from debtordesk.domain.dunning.model import PaymentScore
from debtordesk.domain.money import ZERO, quantize


def year_before(day: date) -> date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def payment_score(
    paid: Iterable[tuple[date, date]], storno_dates: Iterable[date], today: date
) -> PaymentScore:
    """The score from ``(due_date, paid_date)`` pairs of closed invoices and the dates of stornos."""
    count = 0
    days_late = 0
    for due_date, paid_date in paid:
        count += 1
        days_late += max(0, (paid_date - due_date).days)
    start = year_before(today)
    stornos = sum(1 for day in storno_dates if start <= day <= today)
    average = quantize(Decimal(days_late) / count) if count else ZERO
    return PaymentScore(invoices_paid=count, average_days_late=average, stornos_12_months=stornos)
