"""Extrajudicial collection costs by the Dutch scale (Besluit vergoeding voor buitengerechtelijke
incassokosten, Staatsblad 2012, 141), and the cap for small recurring claims (Wet kwaliteit
incassodienstverlening, from 1 October 2024).

The scale, over the principal of the claim as it stands at the 14-day letter:

==========================  =====
part of the principal       rate
==========================  =====
first EUR 2,500             15 %
next EUR 2,500              10 %
next EUR 5,000               5 %
next EUR 190,000             1 %
above EUR 200,000          0.5 %
==========================  =====

with a minimum of EUR 40 and a maximum of EUR 6,775, both before VAT. The amount is increased by the VAT
rate only when the creditor cannot deduct the VAT (an organisation setting: pass ``vat_rate``).
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from debtordesk.domain.money import ZERO, quantize

#: (width of the band, rate); the last band has no upper limit.
BIK_BANDS: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal("2500"), Decimal("0.15")),
    (Decimal("2500"), Decimal("0.10")),
    (Decimal("5000"), Decimal("0.05")),
    (Decimal("190000"), Decimal("0.01")),
    (None, Decimal("0.005")),
)
BIK_MINIMUM = Decimal("40.00")
BIK_MAXIMUM = Decimal("6775.00")


@dataclass(frozen=True)
class CollectionCosts:
    """Collection costs for one principal: the scale amount, its VAT (zero without uplift), the total."""

    principal: Decimal
    costs: Decimal
    vat: Decimal
    total: Decimal
    vat_rate: Decimal | None


@dataclass(frozen=True)
class ScalePart:
    """One band of the scale as it applies to a principal: ``base`` of the principal falls in the band
    from ``lower`` to ``upper`` (None: no upper limit) and earns ``amount`` (unrounded) at ``rate``."""

    lower: Decimal
    upper: Decimal | None
    rate: Decimal
    base: Decimal
    amount: Decimal


def scale_parts(principal: Decimal) -> tuple[ScalePart, ...]:
    """The bands of the scale that ``principal`` reaches, for showing how the costs come about (before
    the minimum and maximum are applied)."""
    parts: list[ScalePart] = []
    lower = Decimal(0)
    remaining = quantize(principal)
    for width, rate in BIK_BANDS:
        if remaining <= 0:
            break
        base = remaining if width is None else min(remaining, width)
        upper = None if width is None else lower + width
        parts.append(ScalePart(lower, upper, rate, base, base * rate))
        remaining -= base
        if upper is not None:
            lower = upper
    return tuple(parts)


def _scale(principal: Decimal) -> Decimal:
    amount = sum((part.amount for part in scale_parts(principal)), Decimal(0))
    return min(max(quantize(amount), BIK_MINIMUM), BIK_MAXIMUM)


def collection_costs_breakdown(
    principal: Decimal, *, vat_rate: Decimal | None = None
) -> CollectionCosts:
    """The scale amount for ``principal`` with its VAT uplift apart.

    A principal of zero or less is not a claim: the costs are zero (the minimum of EUR 40 applies only to an
    actual claim). The principal is taken to the cent first. ``vat_rate`` is a fraction
    (``Decimal("0.21")``); the VAT is rounded to the cent on its own and added.
    """
    if vat_rate is not None and vat_rate < 0:
        raise ValueError(f"VAT rate cannot be negative: {vat_rate}")
    principal = quantize(principal)
    costs = ZERO if principal <= 0 else _scale(principal)
    vat = quantize(costs * vat_rate) if vat_rate is not None else ZERO
    return CollectionCosts(principal, costs, vat, costs + vat, vat_rate)


def collection_costs(principal: Decimal, *, vat_rate: Decimal | None = None) -> Decimal:
    """The collection costs for ``principal`` by the scale, including the VAT uplift when ``vat_rate``
    is given (only when the creditor cannot deduct VAT). Rounded to the cent.

    >>> collection_costs(Decimal("1000"))
    Decimal('150.00')
    >>> collection_costs(Decimal("1000"), vat_rate=Decimal("0.21"))
    Decimal('181.50')
    """
    return collection_costs_breakdown(principal, vat_rate=vat_rate).total


# -- the cap for small recurring claims ---------------------------------------------------------------

#: A recurring claim whose monthly amount (or instalment) is below this counts as small.
SMALL_RECURRING_THRESHOLD = Decimal("266.67")
#: At most this much collection costs per period for such a claim...
SMALL_RECURRING_CAP = Decimal("140.00")
#: ...where the period is this many months.
SMALL_RECURRING_PERIOD_MONTHS = 6


@dataclass(frozen=True)
class CostCharge:
    """Collection costs charged before (from the charges ledger): when, and how much."""

    on: date
    amount: Decimal


@dataclass(frozen=True)
class CappedCosts:
    """What may be charged now: ``allowed`` (at most ``requested``), whether the cap cut it down or
    applies at all, and what was already charged in the window that counts."""

    requested: Decimal
    allowed: Decimal
    cap_applies: bool
    capped: bool
    charged_in_window: Decimal
    window_start: date | None
    #: the cap that was applied and its period (the organisation's settings, else the law's figures)
    limit: Decimal = SMALL_RECURRING_CAP
    months: int = SMALL_RECURRING_PERIOD_MONTHS


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the last day of a shorter month)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def small_recurring_cap(
    requested: Decimal,
    *,
    on: date,
    monthly_amount: Decimal | None,
    history: tuple[CostCharge, ...] | list[CostCharge] = (),
    threshold: Decimal = SMALL_RECURRING_THRESHOLD,
    cap: Decimal = SMALL_RECURRING_CAP,
    period_months: int = SMALL_RECURRING_PERIOD_MONTHS,
) -> CappedCosts:
    """Limit collection costs for a small recurring claim.

    When the claim is recurring and its monthly amount (or the instalment) is below ``threshold``
    (EUR 266.67), all collection costs charged in any ``period_months`` (six) months may together be at most
    ``cap`` (EUR 140). The window that counts is the period ending on ``on``: it starts the day after the
    same date ``period_months`` earlier (``window_start``), so a charge exactly six months ago has fallen
    out of it. Charges
    after ``on`` in the history are ignored. ``monthly_amount`` None means the claim is not recurring: no cap.
    """
    requested = quantize(requested)
    if monthly_amount is None or monthly_amount >= threshold:
        return CappedCosts(requested, requested, False, False, ZERO, None, cap, period_months)
    start = months_before(on, period_months) + timedelta(days=1)
    charged = sum((c.amount for c in history if start <= c.on <= on), ZERO)
    room = max(cap - charged, ZERO)
    allowed = min(requested, room)
    return CappedCosts(
        requested, quantize(allowed), True, allowed < requested, charged, start, cap, period_months
    )
