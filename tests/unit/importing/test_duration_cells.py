"""A time or duration cell where a date belongs: shown as the spreadsheet shows it, and said what it is."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import openpyxl
import pytest

from debtordesk.domain.enums import ImportKind
from debtordesk.i18n.catalogue import render
from debtordesk.importing import load_preview
from debtordesk.importing.cells import cell_text
from debtordesk.importing.model import Field, Issue, ParseOptions


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (timedelta(days=10, hours=15, minutes=10, seconds=10), "255:10:10"),
        (timedelta(hours=1, minutes=2, seconds=3), "1:02:03"),
        (timedelta(0), "0:00:00"),
        (timedelta(seconds=59, microseconds=600000), "0:01:00"),
        (-timedelta(hours=2, minutes=30), "-2:30:00"),
    ],
)
def test_a_duration_reads_as_excel_shows_it(value: timedelta, text: str) -> None:
    assert cell_text(value) == text


def _date_errors(preview_issues: tuple[Issue, ...]) -> list[Issue]:
    return [i for i in preview_issues if i.column == "Vervaldatum"]


def test_a_duration_or_time_as_due_date_names_row_column_value_and_reason(tmp_path: Path) -> None:
    path = tmp_path / "open.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Factuurnummer", "Klantnummer", "Vervaldatum", "Bedrag"])
    sheet.append(["F1", "K1", date(2026, 3, 1), 10])
    sheet.append(["F2", "K1", timedelta(days=10, hours=15, minutes=10, seconds=10), 10])
    sheet.append(["F3", "K1", time(10, 10, 10), 10])
    book.save(path)
    preview = load_preview(path, kind=ImportKind.OPEN_ITEMS, options=ParseOptions())
    duration, clock = _date_errors(preview.errors)
    assert (duration.row, duration.value) == (3, "255:10:10")
    assert (clock.row, clock.value) == (4, "10:10:10")
    assert duration.message.code == clock.message.code == "import.bad_date_time"
    english = render(duration.message, "en")
    assert "'255:10:10' in column 'Vervaldatum' is a time or a duration" in english
    assert "not a date" in english and "days" not in english
    dutch = render(duration.message, "nl")
    assert "'255:10:10' in kolom 'Vervaldatum' is een tijd of een tijdsduur" in dutch


@pytest.mark.realworld
def test_calamines_duration_cell_mapped_as_due_date(real_data: Path) -> None:
    preview = load_preview(
        real_data / "calamine-edgecases" / "date.xlsx",
        kind=ImportKind.OPEN_ITEMS,
        options=ParseOptions(),
        header_row=0,
        mapping={
            Field.DUE_DATE: "A",
            Field.INVOICE_NUMBER: "B",
            Field.AMOUNT: "B",
            Field.CUSTOMER_NAME: "B",
        },
    )
    (error,) = preview.errors
    assert (error.row, error.column, error.value) == (3, "A", "255:10:10")
    assert render(error.message, "en").startswith(
        "'255:10:10' in column 'A' is a time or a duration"
    )
