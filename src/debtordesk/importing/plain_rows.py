"""The fast lane of the row pass: rows that need nothing but reading, in a tight loop.

A plain row has an invoice number, an amount to the cent, a due date not before its invoice date, an
open amount that fits the amount, and a customer number: exactly the rows about which the full pass
(:meth:`InvoiceRows.read_row`) would find nothing to say. Every other row goes there.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from debtordesk.domain.construct import slotted_constructor
from debtordesk.importing.issues import Bad
from debtordesk.importing.model import InvoiceData

if TYPE_CHECKING:
    from debtordesk.importing.invoice_rows import InvoiceRows

#: InvoiceData(...) without the frozen dataclass's per-field ``object.__setattr__`` (every field
#: given, in order): a quarter of the time, for the 100,000 rows of a large file
new_invoice = slotted_constructor(InvoiceData)


def read_plain_rows(rows: InvoiceRows, start: int, end: int) -> None:
    """Rows ``start`` to ``end``; only used when the file has no columns beyond the plain ones."""
    numbers, amounts, opens = rows.numbers, rows.amounts, rows.opens
    invoice_dates, due_dates, customers = (
        rows.invoice_dates,
        rows.due_dates,
        rows.customer_numbers,
    )
    result = rows.result
    invoices, indexes, first, repeats = (
        result.invoices,
        result.indexes,
        result.first,
        result.repeats,
    )
    has_open, names = rows.has_open, rows.names
    first_number = rows.table.first_number
    plain = 0
    for i in range(start, end):
        number, amount, due, key = numbers[i], amounts[i], due_dates[i], customers[i]
        invoice_date = invoice_dates[i]
        if (
            number.__class__ is not str
            or amount.__class__ is not tuple
            or amount[2] is not None
            or amount[1] is not None
            or due.__class__ is not date
            or key.__class__ is not str
            or names[i].__class__ is Bad
            or (
                invoice_date is not None
                and (invoice_date.__class__ is not date or invoice_date > due)
            )
        ):
            rows.read_row(i)
            continue
        total = amount[0]
        open_amount = total
        if has_open:
            opened = opens[i]
            if opened.__class__ is not tuple or opened[2] is not None:
                rows.read_row(i)
                continue
            open_amount = opened[0]
            if (
                (total > 0 > open_amount)
                or (total < 0 < open_amount)
                or abs(open_amount) > abs(total)
            ):
                rows.read_row(i)
                continue
        plain += 1
        position = len(invoices)
        if first.setdefault((number, due), position) != position:
            repeats.append((first[(number, due)], position))
        invoices.append(
            new_invoice(
                first_number + i,
                number,
                key,
                due,
                total,
                open_amount,
                "EUR",
                invoice_date,
                None,
                None,
                None,
                None,
                None,
            )
        )
        indexes.append(i)
    result.rows_read += plain
