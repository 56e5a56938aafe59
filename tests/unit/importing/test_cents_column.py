"""New invoices' amounts in integer cents: a column at once gives what each amount alone gives."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from debtordesk.services.import_new_invoices import cents_column, whole_cents


def test_whole_cents_at_once() -> None:
    amounts = [Decimal("12.50"), Decimal("-0.01"), Decimal("100"), Decimal("0.00"), Decimal("1E+3")]
    assert cents_column(amounts) == [1250, -1, 10000, 0, 100000]


def test_a_finer_amount_is_rounded_half_up_like_one_alone() -> None:
    amounts = [Decimal("12.50"), Decimal("0.005"), Decimal("-2.345"), Decimal("7.1")]
    assert cents_column(amounts) == [1250, 1, -235, 710]
    assert cents_column(amounts) == [whole_cents(a) for a in amounts]


@given(
    st.lists(
        st.decimals(min_value=-(10**11), max_value=10**11, places=3, allow_nan=False)
        | st.decimals(min_value=-(10**11), max_value=10**11, places=2, allow_nan=False),
        max_size=20,
    )
)
def test_cents_column_agrees_with_whole_cents(amounts: list[Decimal]) -> None:
    assert cents_column(amounts) == [whole_cents(a) for a in amounts]
