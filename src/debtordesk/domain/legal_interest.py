"""Statutory interest (wettelijke rente): art. 6:119 BW (non-commercial, consumers) and art. 6:119a BW
(commercial, business to business), from a dated rate table.

How the interest is computed (the rules the tests check):

- Interest runs from the day after ``start`` (the due date, or for consumers the day of default) up to and
  including ``end``. Nothing is due when ``end`` is not after ``start``.
- Each day takes the rate of the newest table row whose ``valid_from`` is on or before that day; the
  calculation is split into periods at every rate change (the rates change on 1 January and 1 July).
- Day count actual/365: a period of ``days`` days at a yearly rate of ``r`` percent earns
  ``principal * r / 100 * days / 365``. Every calendar day counts, 29 February too, and each day is 1/365 of
  the yearly rate, so a whole leap year earns 366/365 of the yearly rate. (Dutch courts and the common
  calculators differ here; this is the simple rule and it is the same every year.)
- Compounded yearly (art. 6:119 lid 2 BW): at the end of each full year since ``start`` (the anniversary of
  the due date; for a due date of 29 February the anniversary is 28 February in other years), the interest of
  that year is added to the principal, and from the next day interest runs on the sum as well. The interest
  is carried unrounded: only the final total (and the per-period amounts shown) are rounded to the cent, so
  the total equals the sum of the periods' unrounded interest, rounded once.
- A contractually agreed rate (``contractual_rate``, percent per year) replaces the table for the whole
  term; whether that interest compounds is the contract's business (``compound``).
- Rates are percentages per year: ``Decimal("11.15")`` is 11.15 %.

The table is data (``DEFAULT_INTEREST_RATES`` is the shipped starting point; the user keeps a dated table
up to date); :func:`interest_table_warning` says when the newest row is older than six months.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from debtordesk.domain.errors import UserError
from debtordesk.domain.legal_costs import months_before
from debtordesk.domain.messages import Message
from debtordesk.domain.money import quantize

DAYS_PER_YEAR = 365
_HUNDRED_DAYS = Decimal(100 * DAYS_PER_YEAR)


@dataclass(frozen=True)
class InterestRate:
    """One row of the rate table: from ``valid_from`` on, until the next row. Rates in percent per year.

    ``confirmed`` is False for a value that was not checked against a primary source (the Staatsblad or
    the government's announcement); the calculator marks periods that use such a row.
    """

    valid_from: date
    consumer: Decimal
    commercial: Decimal
    confirmed: bool
    note: str = ""


#: The shipped table (LEGAL-NL.md, and three older rows marked unconfirmed). The commercial rate from
#: 2025-07-01 is the ECB main refinancing rate (2.15 %) plus 8 points; the non-commercial 4 % for that
#: half year is believed right but was not confirmed from a primary source, so the row is marked
#: unconfirmed. Rows from 2026 are left out until they can be confirmed: add them in the rate table.
DEFAULT_INTEREST_RATES: tuple[InterestRate, ...] = (
    # older rows, so that interest on old invoices is not silently short; taken from lawyers' and
    # accountants' publications of the announced rates, not yet checked against the Staatsblad
    InterestRate(
        date(2016, 1, 1),
        Decimal("2.00"),
        Decimal("8.00"),
        confirmed=False,
        note="published rates 2016-2022, not confirmed from a primary source",
    ),
    InterestRate(
        date(2023, 1, 1),
        Decimal("4.00"),
        Decimal("10.50"),
        confirmed=False,
        note="published rates, not confirmed from a primary source",
    ),
    InterestRate(
        date(2023, 7, 1),
        Decimal("6.00"),
        Decimal("12.00"),
        confirmed=False,
        note="published rates, not confirmed from a primary source",
    ),
    InterestRate(date(2024, 1, 1), Decimal("7.00"), Decimal("12.50"), confirmed=True),
    InterestRate(date(2024, 7, 1), Decimal("7.00"), Decimal("12.25"), confirmed=True),
    InterestRate(date(2025, 1, 1), Decimal("6.00"), Decimal("11.15"), confirmed=True),
    InterestRate(
        date(2025, 7, 1),
        Decimal("4.00"),
        Decimal("10.15"),
        confirmed=False,
        note="commercial: ECB 2.15 % + 8; non-commercial 4 % not confirmed from a primary source",
    ),
)


@dataclass(frozen=True)
class InterestPeriod:
    """One stretch with one rate and one principal: ``start`` to ``end`` inclusive (``days`` days)."""

    start: date
    end: date
    rate: Decimal
    days: int
    principal: Decimal
    interest: Decimal
    interest_rounded: Decimal
    confirmed: bool


@dataclass(frozen=True)
class InterestState:
    """Where a calculation stands: interest counted through ``through``; ``principal`` includes the interest
    capitalised so far; ``pending`` is the interest since the last capitalisation (unrounded); ``anchor`` is
    the due date from which the full years are counted; ``total`` is all interest so far (unrounded)."""

    principal: Decimal
    anchor: date
    through: date
    pending: Decimal
    total: Decimal

    @classmethod
    def begin(cls, principal: Decimal, start: date) -> InterestState:
        zero = Decimal(0)
        return cls(principal, start, start, zero, zero)


@dataclass(frozen=True)
class InterestResult:
    """The interest from the day after ``start`` through ``end``: ``interest`` rounded to the cent,
    ``unrounded`` the exact sum of the periods, ``state`` to continue the calculation later."""

    principal: Decimal
    start: date
    end: date
    commercial: bool
    contractual_rate: Decimal | None
    interest: Decimal
    unrounded: Decimal
    periods: tuple[InterestPeriod, ...]
    state: InterestState

    @property
    def uses_unconfirmed_rates(self) -> bool:
        return any(not period.confirmed for period in self.periods)


def add_years(day: date, years: int) -> date:
    """The same date ``years`` later; 29 February becomes 28 February in a year without it."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _sorted_rates(rates: Sequence[InterestRate]) -> tuple[InterestRate, ...]:
    ordered = tuple(sorted(rates, key=lambda row: row.valid_from))
    for earlier, later in pairwise(ordered):
        if earlier.valid_from == later.valid_from:
            raise UserError("interest.duplicate_rate", valid_from=later.valid_from)
    for row in ordered:
        if row.consumer < 0 or row.commercial < 0:
            raise UserError("interest.negative_rate", valid_from=row.valid_from)
    return ordered


def _next_anniversary(anchor: date, day: date) -> date:
    """The first end of a full year since ``anchor`` on or after ``day``."""
    years = max(day.year - anchor.year, 1)
    candidate = add_years(anchor, years)
    while candidate < day:
        years += 1
        candidate = add_years(anchor, years)
    return candidate


def accrue(
    state: InterestState,
    end: date,
    rates: Sequence[InterestRate] = DEFAULT_INTEREST_RATES,
    *,
    commercial: bool,
    contractual_rate: Decimal | None = None,
    compound: bool = True,
) -> tuple[InterestState, tuple[InterestPeriod, ...]]:
    """Continue a calculation from ``state`` through ``end``; the periods added and the new state.

    Splitting a term at any day and continuing from the state gives exactly the periods (and so the same
    unrounded total) as one calculation over the whole term, except that a period is cut in two at the split.
    """
    if contractual_rate is not None and contractual_rate < 0:
        raise UserError("interest.negative_contractual_rate", rate=contractual_rate)
    table = _sorted_rates(rates) if contractual_rate is None else ()
    starts = [row.valid_from for row in table]
    principal, pending, total = state.principal, state.pending, state.total
    periods: list[InterestPeriod] = []
    day = state.through + timedelta(days=1)
    while day <= end:
        period_end = end
        if contractual_rate is not None:
            rate, confirmed = contractual_rate, True
        else:
            index = bisect_right(starts, day) - 1
            if index < 0:
                raise UserError("interest.no_rate", day=day, first=starts[0] if starts else None)
            row = table[index]
            rate = row.commercial if commercial else row.consumer
            confirmed = row.confirmed
            if index + 1 < len(table):
                period_end = min(period_end, table[index + 1].valid_from - timedelta(days=1))
        anniversary = _next_anniversary(state.anchor, day) if compound else None
        if anniversary is not None:
            period_end = min(period_end, anniversary)
        days = (period_end - day).days + 1
        interest = principal * rate * days / _HUNDRED_DAYS
        periods.append(
            InterestPeriod(
                day, period_end, rate, days, principal, interest, quantize(interest), confirmed
            )
        )
        pending += interest
        total += interest
        if period_end == anniversary:
            principal += pending
            pending = Decimal(0)
        day = period_end + timedelta(days=1)
    through = max(state.through, end)
    return InterestState(principal, state.anchor, through, pending, total), tuple(periods)


def statutory_interest(
    principal: Decimal,
    start: date,
    end: date,
    rates: Sequence[InterestRate] = DEFAULT_INTEREST_RATES,
    *,
    commercial: bool,
    contractual_rate: Decimal | None = None,
    compound: bool = True,
) -> InterestResult:
    """Interest on ``principal`` from the day after ``start`` (the due date) through ``end``.

    ``commercial`` chooses the art. 6:119a rate (business to business) over the art. 6:119 rate. Raises
    :class:`UserError` ``interest.no_rate`` for a day before the first row of the table.
    """
    if principal < 0:
        raise UserError("interest.negative_principal", amount=principal)
    state, periods = accrue(
        InterestState.begin(principal, start),
        end,
        rates,
        commercial=commercial,
        contractual_rate=contractual_rate,
        compound=compound,
    )
    return InterestResult(
        principal=principal,
        start=start,
        end=end,
        commercial=commercial,
        contractual_rate=contractual_rate,
        interest=quantize(state.total),
        unrounded=state.total,
        periods=periods,
        state=state,
    )


#: The table is stale when its newest row is older than this many months.
RATE_TABLE_MAX_AGE_MONTHS = 6


def interest_table_warning(
    rates: Sequence[InterestRate], today: date, *, max_age_months: int = RATE_TABLE_MAX_AGE_MONTHS
) -> Message | None:
    """A warning when the newest row of the rate table is older than six months (rates change every
    1 January and 1 July, so a row is missing), when the table is empty, or when the rate in force
    today is not confirmed from an official source (interest in letters would rest on it); None when
    the table is current and confirmed."""
    if not rates:
        return Message("interest.table_empty")
    newest = max(row.valid_from for row in rates)
    if newest < months_before(today, max_age_months):
        return Message("interest.table_outdated", {"newest": newest, "months": max_age_months})
    in_force = [row for row in rates if row.valid_from <= today]
    current = max(in_force, key=lambda row: row.valid_from) if in_force else None
    if current is not None and not current.confirmed:
        return Message(
            "interest.rate_unconfirmed",
            {
                "valid_from": current.valid_from,
                "consumer": current.consumer,
                "commercial": current.commercial,
            },
        )
    return None
