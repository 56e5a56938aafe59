"""format_money writes euros itself (speed); it must say exactly what Babel says for nl_NL and en_GB."""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.templating import format_money

_BABEL = {"nl": Locale.parse("nl_NL"), "en": Locale.parse("en_GB")}


def _babel(amount: Decimal, language: str) -> str:
    return format_currency(amount, "EUR", locale=_BABEL[language])


def test_known_amounts() -> None:
    assert format_money(Decimal("1234.56"), "nl") == "€\xa01.234,56"
    assert format_money(Decimal("-1234.56"), "nl") == "€\xa0-1.234,56"
    assert format_money(Decimal("1234.56"), "en") == "€1,234.56"
    assert format_money(Decimal("-1234.56"), "en") == "-€1,234.56"
    assert format_money(Decimal("12.345"), "nl") == "€\xa012,34"  # half to even, as Babel
    assert format_money(Decimal("999.995"), "en") == "€1,000.00"
    assert format_money(Decimal("1000000"), "nl") == "€\xa01.000.000,00"
    # a language without its own format reads as Dutch
    assert format_money(Decimal("5"), "de") == _babel(Decimal("5"), "nl")


@given(
    st.decimals(
        min_value=Decimal("-100000000"),
        max_value=Decimal("100000000"),
        places=3,
        allow_nan=False,
        allow_infinity=False,
    ),
    st.sampled_from(["nl", "en"]),
)
def test_same_as_babel(amount: Decimal, language: str) -> None:
    expected = _babel(amount, language)
    if abs(amount) <= Decimal("0.005"):  # rounds to zero: Babel may write "-0,00", we never do
        expected = expected.replace("-", "")
    assert format_money(amount, language) == expected


def test_zero_has_no_sign_and_non_finite_goes_to_babel() -> None:
    for value in ("-0", "-0.001", "0.004"):
        assert format_money(Decimal(value), "nl") == "€\xa00,00", value
        assert format_money(Decimal(value), "en") == "€0.00", value
    for value in ("Infinity", "-Infinity"):
        for language in ("nl", "en"):
            amount = Decimal(value)
            assert format_money(amount, language) == _babel(amount, language), (value, language)
