"""New invoices as the bulk insert takes them: column by column, money in integer cents.

A first import creates 100,000 invoices. Building a row for each and taking the rows apart again into
columns for conversion cost more than writing them; each column here is one pass over the invoices.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from operator import attrgetter, eq
from typing import Any

from debtordesk.domain.enums import CloseReason, ImportKind, InvoiceStatus, PaymentMethod
from debtordesk.domain.money import quantize, to_cents
from debtordesk.importing.model import InvoiceData
from debtordesk.services.import_state import INVOICE_LENGTHS

#: the columns of a new invoice; "customer_id" holds the customer's number until written
INSERT_COLUMNS = (
    "customer_id",
    "number",
    "due_date",
    "invoice_date",
    "amount",
    "open_amount",
    "currency",
    "payment_method",
    "status",
    "close_reason",
    "storno_date",
    "paid_date",
    "description",
    "reference",
)
#: columns whose values are already in the stored form (integer cents)
STORED_COLUMNS = ("amount", "open_amount")
#: columns taken from the invoices as they are
_AS_READ = (
    ("customer_id", "customer_key"),
    ("number", "number"),
    ("due_date", "due_date"),
    ("invoice_date", "invoice_date"),
    ("currency", "currency"),
    ("storno_date", "storno_date"),
    ("description", "description"),
)
_REFERENCE_LIMIT = INVOICE_LENGTHS["reference"]
_HUNDRED = Decimal(100)
_AMOUNT = attrgetter("amount")


def whole_cents(amount: Decimal) -> int:
    """The amount in integer cents, as stored. The reader delivers whole cents already; anything
    finer is rounded by the house rule (as an update does)."""
    cents = amount * 100
    whole = int(cents)
    return whole if whole == cents else to_cents(quantize(amount))


def cents_column(amounts: list[Decimal]) -> list[int]:
    """:func:`whole_cents` of every amount, in a few passes over the column when all are whole
    cents (as the reader delivers them)."""
    hundredfold = list(map(_HUNDRED.__mul__, amounts))
    whole = list(map(int, hundredfold))
    if all(map(eq, whole, hundredfold)):
        return whole
    return list(map(whole_cents, amounts))


def invoice_columns(
    invoices: Sequence[InvoiceData], *, kind: ImportKind, export_date: date
) -> dict[str, list[Any]]:
    """The values of INSERT_COLUMNS for these new invoices, one list per column.

    An invoice with nothing left to pay, or from a history of paid invoices, is stored as paid (on
    its paid date, else the export date).
    """
    columns = {name: list(map(attrgetter(source), invoices)) for name, source in _AS_READ}
    amounts = columns["amount"] = cents_column(list(map(_AMOUNT, invoices)))
    history = kind is ImportKind.HISTORY
    # an open amount read from the same text as the amount is the same object: converted already
    opens = (
        [0] * len(invoices)
        if history
        else [
            cents if i.open_amount is i.amount else whole_cents(i.open_amount)
            for i, cents in zip(invoices, amounts, strict=True)
        ]
    )
    columns["open_amount"] = opens
    paid_reason = CloseReason.HISTORY if history else CloseReason.ZERO_OPEN
    columns["status"] = [InvoiceStatus.OPEN if c else InvoiceStatus.PAID for c in opens]
    columns["close_reason"] = [None if c else paid_reason for c in opens]
    columns["paid_date"] = [
        None if c else (i.paid_date or export_date) for i, c in zip(invoices, opens, strict=True)
    ]
    columns["payment_method"] = [i.payment_method or PaymentMethod.MANUAL for i in invoices]
    columns["reference"] = [
        None if i.reference is None else i.reference[:_REFERENCE_LIMIT] for i in invoices
    ]
    return {name: columns[name] for name in INSERT_COLUMNS}
