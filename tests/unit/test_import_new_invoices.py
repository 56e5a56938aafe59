"""New invoices as columns for the bulk insert: cents, status from the open amount, text cut to fit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.enums import CloseReason, ImportKind, InvoiceStatus, PaymentMethod
from debtordesk.domain.money import quantize, to_cents
from debtordesk.importing.model import InvoiceData
from debtordesk.services.import_new_invoices import INSERT_COLUMNS, invoice_columns, whole_cents

EXPORT = date(2026, 11, 20)
DUE = date(2026, 12, 1)


def _invoice(
    number: str, amount: str, open_amount: str | None = None, **values: Any
) -> InvoiceData:
    total = Decimal(amount)
    return InvoiceData(
        row=2,
        number=number,
        customer_key="D1",
        due_date=DUE,
        amount=total,
        open_amount=total if open_amount is None else Decimal(open_amount),
        currency="EUR",
        **values,
    )


def _rows(
    invoices: list[InvoiceData], kind: ImportKind = ImportKind.OPEN_ITEMS
) -> list[dict[str, Any]]:
    columns = invoice_columns(invoices, kind=kind, export_date=EXPORT)
    assert tuple(columns) == INSERT_COLUMNS
    return [
        dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)
    ]


def test_open_partly_paid_and_paid_invoices() -> None:
    paid_on = date(2026, 11, 2)
    open_, partly, paid, paid_dated = _rows(
        [
            _invoice("F1", "-25.50"),
            _invoice("F2", "100.00", "40.00"),
            _invoice("F3", "80.00", "0.00"),
            _invoice("F4", "60.00", "0.00", paid_date=paid_on),
        ]
    )
    assert (open_["amount"], open_["open_amount"], open_["status"]) == (
        -2550,
        -2550,
        InvoiceStatus.OPEN,
    )
    assert open_["close_reason"] is None and open_["paid_date"] is None
    assert (partly["amount"], partly["open_amount"]) == (10000, 4000)
    assert (paid["status"], paid["close_reason"]) == (InvoiceStatus.PAID, CloseReason.ZERO_OPEN)
    assert paid["paid_date"] == EXPORT and paid_dated["paid_date"] == paid_on
    assert open_["customer_id"] == "D1" and open_["payment_method"] is PaymentMethod.MANUAL


def test_a_history_is_stored_paid() -> None:
    (row,) = _rows([_invoice("F1", "50.00", "0.00")], ImportKind.HISTORY)
    assert (row["open_amount"], row["status"]) == (0, InvoiceStatus.PAID)
    assert row["close_reason"] is CloseReason.HISTORY and row["paid_date"] == EXPORT


def test_values_are_taken_as_given_and_the_reference_cut_to_fit() -> None:
    (row,) = _rows(
        [
            _invoice(
                "F1",
                "12.00",
                invoice_date=date(2026, 11, 1),
                payment_method=PaymentMethod.DIRECT_DEBIT,
                description="Huur november",
                reference="R" * 200,
                storno_date=date(2026, 11, 5),
            )
        ]
    )
    assert row["invoice_date"] == date(2026, 11, 1) and row["storno_date"] == date(2026, 11, 5)
    assert row["payment_method"] is PaymentMethod.DIRECT_DEBIT
    assert row["description"] == "Huur november" and row["reference"] == "R" * 140


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=4, allow_nan=False))
def test_whole_cents_agree_with_rounding_then_converting(amount: Decimal) -> None:
    assert whole_cents(amount) == to_cents(quantize(amount))
