"""Numbers an .xlsx shows with leading zeros (cell format 00000) are read as Excel shows them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from debtordesk.domain.enums import ImportKind
from debtordesk.importing import inspect_file, load_preview, read_sheet
from debtordesk.importing.model import ParseOptions
from debtordesk.importing.zero_padded import padded_columns, padded_styles


def _ledger(path: Path, *, padded: bool = True, rows: int = 3) -> Path:
    """A cover sheet, then 'Posten' whose customer numbers (and invoice numbers) are numbers that a
    format of zeros shows padded, as bookkeeping exports do."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Voorblad"
    cover.append(["Openstaande posten"])
    sheet = book.create_sheet("Posten")
    sheet.append(["Klantnummer", "Naam", "Factuurnummer", "Vervaldatum", "Bedrag", "Aantal"])
    for number in range(1, rows + 1):
        sheet.append([number * 41, f"Klant {number}", 2026000 + number, date(2026, 1, 1), 10.5, 7])
        row = sheet.max_row
        if padded:
            sheet.cell(row, 1).number_format = "00000"
            sheet.cell(row, 3).number_format = "0000000000"
        sheet.cell(row, 5).number_format = "#,##0.00"
        sheet.cell(row, 6).number_format = "0"
    book.save(path)
    return path


def test_zero_formatted_numbers_read_as_excel_shows_them(tmp_path: Path) -> None:
    sheet = read_sheet(inspect_file(_ledger(tmp_path / "posten.xlsx")), "Posten")
    assert [row[0] for row in sheet.rows] == ["Klantnummer", "00041", "00082", "00123"]
    assert [row[2] for row in sheet.rows[1:]] == ["0002026001", "0002026002", "0002026003"]
    # amounts and plain-formatted numbers stay numbers
    assert sheet.rows[1][4] == 10.5
    assert sheet.rows[1][5] == 7


def test_without_such_a_format_numbers_stay_numbers(tmp_path: Path) -> None:
    path = _ledger(tmp_path / "posten.xlsx", padded=False)
    assert padded_columns(path.read_bytes(), "Posten") == {}
    sheet = read_sheet(inspect_file(path), "Posten")
    assert sheet.rows[1][0] == 41


def test_the_xlsx_and_the_csv_of_one_ledger_name_the_same_customers(
    tmp_path: Path, write_csv: Callable[..., Path]
) -> None:
    xlsx = _ledger(tmp_path / "posten.xlsx")
    csv = write_csv(
        "Klantnummer;Naam;Factuurnummer;Vervaldatum;Bedrag\n"
        "00041;Klant 1;0002026001;01-01-2026;10,50\n"
        "00082;Klant 2;0002026002;01-01-2026;10,50\n"
        "00123;Klant 3;0002026003;01-01-2026;10,50\n"
    )
    options = ParseOptions()
    from_xlsx = load_preview(xlsx, kind=ImportKind.OPEN_ITEMS, options=options, sheet="Posten")
    from_csv = load_preview(csv, kind=ImportKind.OPEN_ITEMS, options=options)
    assert list(from_xlsx.customers) == ["00041", "00082", "00123"]
    assert list(from_xlsx.customers) == list(from_csv.customers)
    assert [i.number for i in from_xlsx.invoices] == [i.number for i in from_csv.invoices]


def test_styles_with_quoted_zero_formats_count_and_others_do_not() -> None:
    styles = b"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <numFmts count="3">
    <numFmt numFmtId="164" formatCode="000000"/>
    <numFmt numFmtId="165" formatCode="&quot;0&quot;0000"/>
    <numFmt numFmtId="166" formatCode="0000.00"/>
  </numFmts>
  <cellXfs count="4">
    <xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="166"/><xf numFmtId="165"/>
  </cellXfs>
</styleSheet>"""
    assert padded_styles(styles) == {1: 6, 3: 5}
    assert padded_styles(b"not xml") == {}


def test_a_damaged_workbook_part_leaves_the_cells_as_read() -> None:
    assert padded_columns(b"PK not a zip", "Posten") == {}
