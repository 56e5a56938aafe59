"""Payment arrangements (betalingsregelingen), pure: the schedule of terms, payments allocated to the
terms in order, and when an arrangement is broken.

**Schedule.** From the total of the chosen invoices (plus costs the clerk included), either a number of
terms or an amount per term, a start date and an interval:

* ``month``: the same day of the month as the start, clamped to the month's end (31 January, 28 or 29
  February, 31 March: the day is always counted from the start, so a short month does not pull the
  later terms forward);
* ``week``: every 7 days; ``days``: every N days.

**Rounding.** All sums are in whole cents and add up to the total exactly. With a number of terms the
total is split evenly in cents and the odd cents go to the FIRST terms, one each: 1000.00 in 3 terms is
333.34, 333.33, 333.33. (The customer pays the odd cents early, and no later term is ever larger than
an earlier one, which is what a clerk promises on the phone: "the same amount, or a cent less".) With
an amount per term every term is that amount and the last one takes the rest; a rest below the minimum
term amount is added to the term before it (no term of a few cents at the end).

**Limits.** A minimum amount per term and a maximum number of terms (organisation settings): a
schedule that breaks either is refused with a :class:`~debtordesk.domain.errors.UserError` saying which
limit and what would fit. A single term for the whole total is always allowed, even below the minimum.

**Allocation.** The amount paid so far (from the ledger's snapshots) is allocated to the terms in order
of their due dates: the first term is filled before the second gets anything, so a partial payment
fills the oldest term partly and an early payment covers terms that are not due yet. Never more than
was paid is allocated, and never more than a term's amount to a term; what is paid beyond the total is
the surplus.

**Breach.** A term is missed when it is still not fully paid ``grace_days`` calendar days after its due
date, judged from facts dated at least that day (a snapshot of the ledger): an arrangement with a missed term
is broken. The judging date is a parameter: the services pass the export date of the newest open-items
snapshot, so a ledger that lags does not break an arrangement whose terms were paid.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from debtordesk.domain.errors import UserError
from debtordesk.domain.money import CENT, ZERO, from_cents, is_whole_cents, to_cents


class Interval(StrEnum):
    """The time between two terms."""

    MONTH = "month"
    WEEK = "week"
    DAYS = "days"


class ArrangementStatus(StrEnum):
    """active (its terms replace dunning), completed (paid), broken (a term missed: dunning resumes),
    cancelled (ended by a clerk: dunning resumes)."""

    ACTIVE = "active"
    COMPLETED = "completed"
    BROKEN = "broken"
    CANCELLED = "cancelled"


class CostsChoice(StrEnum):
    """What happens to the open costs and interest of the invoices (for the social-collection record,
    always with a reason): none were open, waived, or included in the arrangement's total."""

    NONE = "none"
    WAIVED = "waived"
    INCLUDED = "included"


class TermStatus(StrEnum):
    """A term on a day: paid in full, paid in part, not due yet, due (within the grace period), or
    missed (unpaid after the grace period)."""

    PAID = "paid"
    PART_PAID = "part_paid"
    OPEN = "open"
    DUE = "due"
    MISSED = "missed"


@dataclass(frozen=True)
class ArrangementLimits:
    """The organisation's limits on a schedule."""

    #: the smallest amount per term (a single term for the whole total is always allowed)
    min_term_amount: Decimal = Decimal("10.00")
    #: the most terms an arrangement may have
    max_terms: int = 24
    #: the longest interval in days between two terms for ``Interval.DAYS``
    max_interval_days: int = 92


DEFAULT_LIMITS = ArrangementLimits()


@dataclass(frozen=True)
class Term:
    """One term of a schedule: numbered from 1, its due date and amount."""

    number: int
    due: date
    amount: Decimal


@dataclass(frozen=True)
class TermAllocation:
    """What of the paid amount went to one term, and the term's state on the judging day."""

    term: Term
    paid: Decimal
    status: TermStatus

    @property
    def remaining(self) -> Decimal:
        return self.term.amount - self.paid


@dataclass(frozen=True)
class Allocation:
    """The paid amount over the terms, in order; ``surplus`` was paid beyond the schedule's total."""

    terms: tuple[TermAllocation, ...]
    paid: Decimal
    surplus: Decimal

    @property
    def allocated(self) -> Decimal:
        return sum((item.paid for item in self.terms), ZERO)

    @property
    def missed(self) -> tuple[TermAllocation, ...]:
        return tuple(item for item in self.terms if item.status is TermStatus.MISSED)

    @property
    def complete(self) -> bool:
        """Every term paid in full."""
        return all(item.status is TermStatus.PAID for item in self.terms)


# --------------------------------------------------------------------------- dates


def add_months(start: date, months: int) -> date:
    """The same day ``months`` months after ``start``, clamped to the end of a shorter month."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, monthrange(year, month)[1]))


def term_dates(
    start: date, count: int, interval: Interval, interval_days: int | None = None
) -> tuple[date, ...]:
    """The due dates of ``count`` terms from ``start`` (the first term is due on ``start``)."""
    if interval is Interval.MONTH:
        return tuple(add_months(start, k) for k in range(count))
    step = 7 if interval is Interval.WEEK else _interval_days(interval_days)
    return tuple(start + timedelta(days=step * k) for k in range(count))


def _interval_days(days: int | None) -> int:
    if days is None or days < 1:
        raise UserError("arrangement.bad_interval_days", days=days)
    return days


# --------------------------------------------------------------------------- schedules


def split_evenly(total: Decimal, count: int) -> tuple[Decimal, ...]:
    """``total`` in ``count`` amounts that add up to it to the cent; the odd cents go to the first."""
    cents = to_cents(total)
    base, odd = divmod(cents, count)
    return tuple(from_cents(base + (1 if k < odd else 0)) for k in range(count))


def count_by_amount(total: Decimal, term_amount: Decimal, minimum: Decimal) -> int:
    """How many terms :func:`split_by_amount` makes (without making them)."""
    full, rest = divmod(to_cents(total), to_cents(term_amount))
    return full + (1 if rest and not (full and rest < to_cents(minimum)) else 0)


def split_by_amount(total: Decimal, term_amount: Decimal, minimum: Decimal) -> tuple[Decimal, ...]:
    """Terms of ``term_amount`` with the rest last; a rest below ``minimum`` joins the term before."""
    cents, each = to_cents(total), to_cents(term_amount)
    full, rest = divmod(cents, each)
    amounts = [each] * full
    if rest:
        if amounts and rest < to_cents(minimum):
            amounts[-1] += rest
        else:
            amounts.append(rest)
    return tuple(from_cents(value) for value in amounts)


def make_schedule(
    total: Decimal,
    start: date,
    *,
    terms: int | None = None,
    term_amount: Decimal | None = None,
    interval: Interval = Interval.MONTH,
    interval_days: int | None = None,
    limits: ArrangementLimits = DEFAULT_LIMITS,
) -> tuple[Term, ...]:
    """The schedule for ``total``: give either ``terms`` (a number of terms) or ``term_amount``.

    Refused (UserError) when the total is not positive whole cents, both or neither of terms and
    term_amount are given, or the schedule would break the limits.
    """
    _check_total(total)
    if (terms is None) == (term_amount is None):
        raise UserError("arrangement.terms_or_amount")
    if interval is Interval.DAYS:
        days = _interval_days(interval_days)
        if days > limits.max_interval_days:
            raise UserError(
                "arrangement.interval_too_long", days=days, maximum=limits.max_interval_days
            )
    if terms is not None:
        if terms < 1:
            raise UserError("arrangement.bad_terms", terms=terms)
        if terms > limits.max_terms:
            raise UserError("arrangement.too_many_terms", terms=terms, maximum=limits.max_terms)
        amounts = split_evenly(total, terms)
        if terms > 1 and amounts[-1] < limits.min_term_amount:
            raise UserError(
                "arrangement.term_too_small",
                amount=amounts[-1],
                minimum=limits.min_term_amount,
                terms=max_terms_for(total, limits),
            )
    else:
        assert term_amount is not None
        if term_amount <= 0 or not is_whole_cents(term_amount):
            raise UserError("arrangement.bad_term_amount", amount=term_amount)
        if term_amount < limits.min_term_amount and term_amount < total:
            raise UserError(
                "arrangement.term_amount_too_small",
                amount=term_amount,
                minimum=limits.min_term_amount,
            )
        each = min(term_amount, total)
        count = count_by_amount(total, each, limits.min_term_amount)
        if count > limits.max_terms:
            raise UserError(
                "arrangement.term_amount_too_many",
                amount=term_amount,
                terms=count,
                maximum=limits.max_terms,
                needed=smallest_term_amount(total, limits),
            )
        amounts = split_by_amount(total, each, limits.min_term_amount)
    dates = term_dates(start, len(amounts), interval, interval_days)
    return tuple(
        Term(number=k + 1, due=due, amount=amount)
        for k, (due, amount) in enumerate(zip(dates, amounts, strict=True))
    )


def max_terms_for(total: Decimal, limits: ArrangementLimits = DEFAULT_LIMITS) -> int:
    """The most terms ``total`` can be split into without a term below the minimum."""
    most = to_cents(total) // max(to_cents(limits.min_term_amount), 1)
    return max(1, min(limits.max_terms, most))


def smallest_term_amount(total: Decimal, limits: ArrangementLimits = DEFAULT_LIMITS) -> Decimal:
    """The smallest amount per term that stays within the maximum number of terms."""
    cents = to_cents(total)
    needed = -(-cents // limits.max_terms)  # ceiling
    return max(from_cents(needed), limits.min_term_amount)


def check_schedule(
    schedule: tuple[Term, ...] | list[Term],
    total: Decimal,
    *,
    limits: ArrangementLimits = DEFAULT_LIMITS,
    first_due_from: date | None = None,
) -> tuple[Term, ...]:
    """A schedule the clerk edited, checked and renumbered: terms in date order, each at least a cent
    (and the minimum, unless it is the only term), at most the maximum number, no two on one day, the
    first not before ``first_due_from``, adding up to ``total`` exactly."""
    _check_total(total)
    if not schedule:
        raise UserError("arrangement.no_terms")
    if len(schedule) > limits.max_terms:
        raise UserError("arrangement.too_many_terms", terms=len(schedule), maximum=limits.max_terms)
    ordered = sorted(schedule, key=lambda term: term.due)
    for position, term in enumerate(ordered, start=1):
        if term.amount < CENT or not is_whole_cents(term.amount):
            raise UserError("arrangement.bad_term", number=position, amount=term.amount)
        if len(ordered) > 1 and term.amount < limits.min_term_amount:
            raise UserError(
                "arrangement.edited_term_too_small",
                number=position,
                amount=term.amount,
                minimum=limits.min_term_amount,
            )
        if position > 1 and ordered[position - 2].due == term.due:
            raise UserError("arrangement.same_day", number=position, due=term.due)
    if first_due_from is not None and ordered[0].due < first_due_from:
        raise UserError("arrangement.first_term_past", due=ordered[0].due, today=first_due_from)
    summed = sum((term.amount for term in ordered), ZERO)
    if summed != total:
        raise UserError(
            "arrangement.sum_differs", sum=summed, total=total, difference=total - summed
        )
    return tuple(
        Term(number=k, due=term.due, amount=term.amount) for k, term in enumerate(ordered, start=1)
    )


def _check_total(total: Decimal) -> None:
    if total <= 0 or not is_whole_cents(total):
        raise UserError("arrangement.nothing_to_arrange", total=total)


# --------------------------------------------------------------------------- payments and breach


def allocate(
    schedule: tuple[Term, ...] | list[Term],
    paid: Decimal,
    *,
    judged_on: date | None = None,
    grace_days: int = 0,
) -> Allocation:
    """``paid`` over the terms in due-date order; the status of each term on ``judged_on`` (the date
    of the facts the paid amount comes from: None means no dated facts, so nothing is missed)."""
    if paid < 0:
        raise UserError("arrangement.negative_paid", paid=paid)
    remaining = paid
    items: list[TermAllocation] = []
    for term in sorted(schedule, key=lambda t: (t.due, t.number)):
        share = min(remaining, term.amount)
        remaining -= share
        items.append(TermAllocation(term, share, _status(term, share, judged_on, grace_days)))
    return Allocation(terms=tuple(items), paid=paid, surplus=remaining)


def _status(term: Term, paid: Decimal, judged_on: date | None, grace_days: int) -> TermStatus:
    if paid >= term.amount:
        return TermStatus.PAID
    if judged_on is not None and judged_on >= missed_from(term, grace_days):
        return TermStatus.MISSED
    if paid > 0:
        return TermStatus.PART_PAID
    if judged_on is not None and judged_on >= term.due:
        return TermStatus.DUE
    return TermStatus.OPEN


def missed_from(term: Term, grace_days: int) -> date:
    """The first date of facts that can show the term missed: its due date + grace days (a term
    still unpaid ``grace_days`` days after its due date is missed)."""
    return term.due + timedelta(days=grace_days)


def first_missed(
    schedule: tuple[Term, ...] | list[Term], paid: Decimal, judged_on: date, grace_days: int
) -> TermAllocation | None:
    """The first term missed on ``judged_on``, or None: the arrangement holds."""
    missed = allocate(schedule, paid, judged_on=judged_on, grace_days=grace_days).missed
    return missed[0] if missed else None
