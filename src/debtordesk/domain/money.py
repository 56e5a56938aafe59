"""Money as Decimal with one rounding rule, and conversion to and from integer cents."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

#: The one rounding rule for money in DebtorDesk: half away from zero, to the cent.
ROUNDING = ROUND_HALF_UP


def quantize(amount: Decimal) -> Decimal:
    """Round an amount to whole cents with the house rounding rule."""
    return amount.quantize(CENT, rounding=ROUNDING)


def is_whole_cents(amount: Decimal) -> bool:
    """True when the amount has no fraction of a cent."""
    try:
        return amount == amount.quantize(CENT)
    except InvalidOperation:
        return False


def to_cents(amount: Decimal) -> int:
    """Exact conversion to integer cents; refuses fractions of a cent (round first)."""
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {amount!r}")
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"amount has a fraction of a cent: {amount!r}; round it first")
    return int(cents)


def from_cents(cents: int) -> Decimal:
    """Integer cents back to a Decimal with two places."""
    return (Decimal(cents) / 100).quantize(CENT)


def money_str(amount: Decimal) -> str:
    """Machine form for JSON and CSV: '-1234.50' (point, two decimals, no grouping)."""
    return str(quantize(amount))
