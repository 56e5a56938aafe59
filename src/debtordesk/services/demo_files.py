"""Two sample files for trying the import wizard on the demo: an .xlsx and a newer export as .csv.

The .xlsx is today's open-items list the way a bookkeeping package exports it (title rows above the
header, a totals row below); the .csv is a later export of the same day (Dutch CSV: semicolons, decimal
comma, day-month-year dates) in which some invoices were paid, some partly, and some are new.
"""

from __future__ import annotations

import csv
import itertools
import random
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from debtordesk.domain.enums import InvoiceStatus, PaymentMethod
from debtordesk.domain.money import quantize
from debtordesk.services.demo_data import CustomerFactory, DemoCustomer
from debtordesk.services.demo_invoices import DemoInvoice

XLSX_NAME = "openstaande-posten-zonnebloem.xlsx"
CSV_NAME = "openstaande-posten-nieuwe-export.csv"

_XLSX_HEADER = (
    "Debiteurnummer", "Naam", "Factuurnummer", "Factuurdatum", "Vervaldatum", "Bedrag",
    "Openstaand", "Betaalwijze", "E-mail", "Mobiel", "Postcode", "Plaats",
)  # fmt: skip
_CSV_HEADER = (
    "Klantnr", "Klantnaam", "Factuurnr", "Factuurdatum", "Vervaldatum", "Factuurbedrag",
    "Openstaand bedrag", "E-mailadres", "Mobiel nummer", "IBAN",
)  # fmt: skip
_METHOD = {PaymentMethod.DIRECT_DEBIT: "Incasso", PaymentMethod.MANUAL: "Overboeking"}


def _open_items(
    customers: Sequence[DemoCustomer], invoices: Sequence[DemoInvoice]
) -> list[DemoInvoice]:
    items = [inv for inv in invoices if inv.status is InvoiceStatus.OPEN]
    return sorted(items, key=lambda inv: (customers[inv.customer].number, inv.due_date))


def write_xlsx(
    path: Path,
    organisation: str,
    customers: Sequence[DemoCustomer],
    invoices: Sequence[DemoInvoice],
    today: date,
) -> None:
    """Today's open items with two title rows above the header and a totals row below."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Openstaande posten"
    sheet.append([organisation])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([f"Openstaande posten per {today:%d-%m-%Y}"])
    sheet.append([])
    sheet.append(list(_XLSX_HEADER))
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    items = _open_items(customers, invoices)
    for inv in items:
        customer = customers[inv.customer]
        sheet.append(
            [
                customer.number,
                customer.name,
                inv.number,
                inv.invoice_date,
                inv.due_date,
                inv.amount,
                inv.open_amount,
                _METHOD[inv.payment_method],
                customer.email,
                customer.mobile,
                customer.postcode,
                customer.city,
            ]
        )
    total = sum((inv.open_amount for inv in items), Decimal(0))
    sheet.append(["Totaal", None, None, None, None, None, total])
    for row in sheet.iter_rows(min_row=5, max_row=sheet.max_row):
        row[3].number_format = row[4].number_format = "DD-MM-YYYY"
        row[5].number_format = row[6].number_format = "#,##0.00"
    for column, width in zip(
        "ABCDEFGHIJKL", (14, 38, 14, 13, 13, 12, 12, 13, 40, 15, 10, 14), strict=True
    ):
        sheet.column_dimensions[column].width = width
    # fixed document dates keep the file identical for the same seed and day
    stamp = datetime.combine(today, time(6, 0))
    book.properties.created = book.properties.modified = stamp
    book.save(path)


def _euro(amount: Decimal) -> str:
    """1234.5 -> '1.234,50', as Dutch spreadsheets write it."""
    text = f"{quantize(amount):,.2f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def write_newer_csv(
    path: Path,
    customers: Sequence[DemoCustomer],
    invoices: Sequence[DemoInvoice],
    today: date,
    seed: int,
) -> None:
    """A later export of the same day: some paid (absent), some partly paid, new invoices and customers."""
    rng = random.Random(f"debtordesk-demo-csv-{seed}")
    later = today
    rows: list[list[str]] = []
    for inv in _open_items(customers, invoices):
        customer = customers[inv.customer]
        roll = rng.random()
        if roll < 0.1 and inv.amount > 0:
            continue
        left = inv.open_amount
        if roll < 0.15 and inv.amount > 0:
            left = quantize(left * Decimal("0.5"))
        rows.append(
            _csv_row(
                customer,
                inv.number,
                issued=inv.invoice_date,
                due=inv.due_date,
                amount=inv.amount,
                left=left,
            )
        )
    numbers = _next_invoice_numbers(invoices, later.year)
    active = [c for c in customers if c.last_month == 11]
    for customer in rng.sample(active, min(25, len(active))):
        amount = quantize(customer.monthly_fee * Decimal("0.2"))
        due = later + timedelta(days=14)
        rows.append(
            _csv_row(customer, next(numbers), issued=later, due=due, amount=amount, left=amount)
        )
    factory = CustomerFactory(rng, today)
    last_number = max(int(c.number) for c in customers)
    for offset in range(1, 4):
        newcomer = factory.customer()
        number = str(last_number + offset)
        amount = newcomer.monthly_fee
        rows.append(
            _csv_row(
                newcomer,
                next(numbers),
                issued=later,
                due=later + timedelta(days=14),
                amount=amount,
                left=amount,
                number=number,
            )
        )
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(_CSV_HEADER)
        writer.writerows(rows)


def _next_invoice_numbers(invoices: Sequence[DemoInvoice], year: int) -> Iterator[str]:
    """Invoice numbers that continue the demo's numbering for ``year``."""
    prefix = f"{year}-"
    used = [int(i.number[len(prefix) :]) for i in invoices if i.number.startswith(prefix)]
    return (f"{prefix}{n:05d}" for n in itertools.count(max(used, default=0) + 1))


def _csv_row(
    customer: DemoCustomer,
    invoice_number: str,
    *,
    issued: date,
    due: date,
    amount: Decimal,
    left: Decimal,
    number: str | None = None,
) -> list[str]:
    return [
        number or customer.number,
        customer.name,
        invoice_number,
        f"{issued:%d-%m-%Y}",
        f"{due:%d-%m-%Y}",
        _euro(amount),
        _euro(left),
        customer.email or "",
        customer.mobile or "",
        customer.iban or "",
    ]
