"""Synthetic open-items exports of any size (CSV in the Dutch style, and .xlsx), for the benchmarks.

Deterministic for a seed. Headers are those of a typical Dutch bookkeeping export, so the import's
automatic column mapping is exercised as it is for a clerk.
"""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HEADERS = [
    "Debiteurnummer",
    "Naam",
    "Factuurnummer",
    "Factuurdatum",
    "Vervaldatum",
    "Bedrag",
    "Openstaand",
    "E-mail",
    "Telefoon",
    "IBAN",
    "Adres",
    "Postcode",
    "Plaats",
]

_FIRST = [
    "Jan",
    "Fatima",
    "Mehmet",
    "Zoë",
    "Łukasz",
    "Noëlle",
    "Ngọc Anh",
    "Priya",
    "Sven",
    "Aïcha",
]
_LAST = ["de Vries", "Özer", "El Amrani", "Wójcik", "Jansen", "Nguyễn", "Bakker", "Çelik", "Visser"]
_CITIES = [("1012 AB", "Amsterdam"), ("3511 LX", "Utrecht"), ("9711 HM", "Groningen")]


def _iban(rng: random.Random) -> str:
    account = f"{rng.randrange(10**9, 10**10)}"
    bban = "ABNA" + account
    digits = "".join(str(int(c, 36)) for c in bban + "NL00")
    check = 98 - int(digits) % 97
    return f"NL{check:02d}{bban}"


def rows(invoices: int, customers: int, seed: int = 1) -> list[list[object]]:
    """Rows of typed values: str, date, Decimal."""
    rng = random.Random(seed)
    people = []
    for number in range(1, customers + 1):
        postcode, city = rng.choice(_CITIES)
        people.append(
            [
                f"D{number:06d}",
                f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                f"d{number}@example.nl",
                f"06{rng.randrange(10**7, 10**8)}",
                _iban(rng),
                f"Dorpsstraat {number % 300 + 1}",
                postcode,
                city,
            ]
        )
    start = date(2026, 1, 1)
    result: list[list[object]] = []
    for index in range(invoices):
        person = people[index % customers]
        invoice_date = start + timedelta(days=rng.randrange(300))
        amount = Decimal(rng.randrange(-5000, 150000)) / 100
        if amount == 0:
            amount = Decimal("12.50")
        open_amount = amount if rng.random() < 0.8 else (amount / 2).quantize(Decimal("0.01"))
        result.append(
            [
                person[0],
                person[1],
                f"F{2026000000 + index}",
                invoice_date,
                invoice_date + timedelta(days=14),
                amount,
                open_amount,
                person[2],
                person[3],
                person[4],
                person[5],
                person[6],
                person[7],
            ]
        )
    return result


def _dutch_amount(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


def write_csv(path: Path, data: list[list[object]]) -> Path:
    """Semicolon-separated, decimal comma, dd-mm-yyyy: how Dutch packages export."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        for row in data:
            writer.writerow(
                [
                    v.strftime("%d-%m-%Y")
                    if isinstance(v, date)
                    else _dutch_amount(v)
                    if isinstance(v, Decimal)
                    else v
                    for v in row
                ]
            )
    return path


def write_xlsx(path: Path, data: list[list[object]]) -> Path:
    """Date cells and numeric amounts, as a spreadsheet export holds them."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Openstaande posten")
    sheet.append(HEADERS)
    for row in data:
        sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
    workbook.save(path)
    return path
