"""Prescription dates and warnings; payment allocation by art. 6:44 BW or principal first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.enums import ClaimType
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import (
    AllocationOrder,
    allocate_payment,
    prescription_date,
    prescription_warning,
)
from debtordesk.domain.messages import Message

D = Decimal


@pytest.mark.parametrize(
    ("claim_type", "due", "interruption", "prescribed_on"),
    [
        (ClaimType.OTHER, date(2023, 3, 15), None, date(2028, 3, 16)),
        (ClaimType.CONSUMER_SALE, date(2023, 3, 15), None, date(2025, 3, 16)),
        ("consumer_sale", date(2023, 3, 15), date(2024, 6, 1), date(2026, 6, 2)),
        (ClaimType.OTHER, date(2023, 3, 15), date(2027, 12, 31), date(2033, 1, 1)),
        # a letter on or before the due date interrupts nothing
        (ClaimType.OTHER, date(2023, 3, 15), date(2023, 3, 15), date(2028, 3, 16)),
        (ClaimType.CONSUMER_SALE, date(2024, 2, 29), None, date(2026, 3, 1)),
    ],
)
def test_prescription_date(
    claim_type: ClaimType | str, due: date, interruption: date | None, prescribed_on: date
) -> None:
    assert prescription_date(claim_type, due, interruption) == prescribed_on


def test_prescription_warning() -> None:
    due = date(2023, 3, 15)  # consumer sale: prescribed from 2025-03-16
    kind = ClaimType.CONSUMER_SALE
    assert prescription_warning(kind, due, None, date(2024, 12, 15)) is None  # 91 days left
    assert prescription_warning(kind, due, None, date(2024, 12, 16)) == Message(
        "prescription.near", {"on": date(2025, 3, 16), "letter": None, "days": 90}
    )
    assert prescription_warning(kind, due, None, date(2025, 3, 16)) == Message(
        "prescription.prescribed", {"on": date(2025, 3, 16), "letter": None}
    )
    assert prescription_warning(kind, due, date(2024, 6, 1), date(2026, 5, 1)) == Message(
        "prescription.near_after_letter",
        {"on": date(2026, 6, 2), "letter": date(2024, 6, 1), "days": 32},
    )
    assert prescription_warning(kind, due, date(2024, 6, 1), date(2026, 6, 2)) == Message(
        "prescription.prescribed_after_letter", {"on": date(2026, 6, 2), "letter": date(2024, 6, 1)}
    )
    assert prescription_warning(kind, due, None, date(2024, 11, 1), within_days=200) is not None


def test_allocation_legal_order() -> None:
    a = allocate_payment(D("100"), D("40"), D("25"), D("500"))
    assert (a.costs, a.interest, a.principal, a.surplus) == (D("40"), D("25"), D("35"), D("0"))
    partial = allocate_payment(D("50"), D("40"), D("25"), D("500"))
    assert (partial.costs, partial.interest, partial.principal) == (D("40"), D("10"), D("0"))


def test_allocation_principal_first() -> None:
    a = allocate_payment(D("520"), D("40"), D("25"), D("500"), AllocationOrder.PRINCIPAL_FIRST)
    assert (a.costs, a.interest, a.principal, a.surplus) == (D("0"), D("20"), D("500"), D("0"))
    b = allocate_payment(D("600"), D("40"), D("25"), D("500"), "principal_first")
    assert (b.costs, b.interest, b.principal, b.surplus) == (D("40"), D("25"), D("500"), D("35"))


def test_allocation_refuses_negative_amounts() -> None:
    with pytest.raises(UserError, match=r"allocation\.negative"):
        allocate_payment(D("-1"), D("0"), D("0"), D("10"))
    with pytest.raises(UserError, match=r"allocation\.negative"):
        allocate_payment(D("1"), D("0"), D("-3"), D("10"))


_money = st.decimals(min_value=D("0"), max_value=D("100000"), places=2)


@given(_money, _money, _money, _money, st.sampled_from(list(AllocationOrder)))
def test_allocation_never_more_than_paid_or_open(
    amount: Decimal, costs: Decimal, interest: Decimal, principal: Decimal, order: AllocationOrder
) -> None:
    a = allocate_payment(amount, costs, interest, principal, order)
    assert a.allocated <= amount
    assert D(0) <= a.costs <= costs
    assert D(0) <= a.interest <= interest
    assert D(0) <= a.principal <= principal
    assert a.allocated + a.surplus == amount
    assert a.surplus >= 0
    if a.surplus > 0:
        assert (a.costs, a.interest, a.principal) == (costs, interest, principal)
    first, second, third = (
        (a.costs, a.interest, a.principal)
        if order is AllocationOrder.LEGAL
        else (a.principal, a.interest, a.costs)
    )
    opens = (
        (costs, interest, principal)
        if order is AllocationOrder.LEGAL
        else (principal, interest, costs)
    )
    # a later part only gets money once the earlier parts are paid in full
    if second > 0:
        assert first == opens[0]
    if third > 0:
        assert (first, second) == opens[:2]
