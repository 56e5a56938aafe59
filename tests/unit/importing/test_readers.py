"""The cells of a sheet or CSV, as read: quoting, line ends, ragged rows, row numbers, cell types."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from debtordesk.domain.enums import ImportKind
from debtordesk.importing import inspect_file, load_preview, read_sheet
from debtordesk.importing.model import ParseOptions
from tests.unit.importing.helpers import set_cached_values, write_xlsx


def test_quoted_fields_hold_delimiters_quotes_and_line_breaks(
    write_csv: Callable[..., Path],
) -> None:
    text = (
        "Factuurnummer;Omschrijving;Bedrag\r\n"
        'F1;"Huur; januari";"1.234,56"\r\n'
        'F2;"Twee\r\nregels";"12,50"\r\n'
        'F3;"Zei ""ja""";1\r\n'
    )
    sheet = read_sheet(inspect_file(write_csv(text)))
    assert sheet.rows == [
        ["Factuurnummer", "Omschrijving", "Bedrag"],
        ["F1", "Huur; januari", "1.234,56"],
        ["F2", "Twee\r\nregels", "12,50"],
        ["F3", 'Zei "ja"', "1"],
    ]


def test_excels_sep_line_names_the_delimiter_and_is_not_a_row(
    write_csv: Callable[..., Path],
) -> None:
    info = inspect_file(write_csv('sep=,\r\nFactuurnummer,Bedrag\r\nF1;2,"12,50"\r\n'))
    assert info.delimiter == ","
    sheet = read_sheet(info)
    assert sheet.rows == [["Factuurnummer", "Bedrag"], ["F1;2", "12,50"]]


def test_row_numbers_are_the_records_a_spreadsheet_shows(write_csv: Callable[..., Path]) -> None:
    text = 'Factuurnummer;Debiteur;Bedrag\n\nF1;A;1\n"F2";"B\nB";2\n\nF3;C;x\n'
    sheet = read_sheet(inspect_file(write_csv(text)))
    assert sheet.rows[1] == ["", "", ""]  # the blank line is kept (padded), not dropped
    assert sheet.row_number(5) == 6
    assert sheet.rows[5][0] == "F3"


def test_ragged_rows_are_padded_and_empty_trailing_columns_dropped(
    write_csv: Callable[..., Path],
) -> None:
    text = "Factuurnummer;Debiteur;Bedrag;;\nF1;A\nF2;B;3;;\nF3;C;4;extra\n"
    sheet = read_sheet(inspect_file(write_csv(text)))
    assert [len(row) for row in sheet.rows] == [4, 4, 4, 4]
    assert sheet.rows[1] == ["F1", "A", "", ""]
    assert sheet.rows[3] == ["F3", "C", "4", "extra"]


def test_leading_empty_rows_of_a_workbook_keep_row_numbers_right(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xlsx"
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["B3"] = "Factuurnummer"
    sheet["C3"] = "Bedrag"
    sheet["B4"] = "F1"
    sheet["C4"] = 12.5
    book.save(path)
    read = read_sheet(inspect_file(path))
    assert read.rows[2] == ["", "Factuurnummer", "Bedrag"]
    assert read.row_number(3) == 4 and read.rows[3][1] == "F1"


def test_workbook_cells_keep_their_types(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "types.xlsx",
        [
            ["Factuurnummer", "Factuurdatum", "Tijdstip", "Bedrag", "Aantal"],
            ["F1", date(2026, 12, 31), datetime(2026, 12, 31, 14, 30), 12.35, 3],
        ],
    )
    row = read_sheet(inspect_file(path)).rows[1]
    assert row[1] == date(2026, 12, 31)
    assert row[2] == datetime(2026, 12, 31, 14, 30)
    assert row[3] == 12.35
    assert row[4] == 3


def test_formula_cells_give_their_cached_value_and_formula_like_text_stays_text(
    tmp_path: Path,
) -> None:
    path = write_xlsx(
        tmp_path / "formules.xlsx",
        [
            [
                "Factuurnummer",
                "Debiteur",
                "Bedrag",
                "Openstaand",
                "Omschrijving",
                "Telefoon",
                "Vervaldatum",
            ],
            ["F1", "D1", 10, "=C2", '=HYPERLINK("https://x.nl")', "+31 6 12345678", "1-1-2026"],
            ["F2", "D2", 5, "=C3/2", "-25", None, "1-1-2026"],
        ],
    )
    from openpyxl import load_workbook

    # formula-like texts as text cells (openpyxl would otherwise store them as formulas)
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet["E2"].data_type = "s"
    sheet["E3"].data_type = "s"
    book.save(path)
    set_cached_values(path, {"D2": "10", "D3": "2.5"})
    preview = load_preview(path, kind=ImportKind.OPEN_ITEMS, options=ParseOptions())
    first, second = preview.invoices
    assert (first.open_amount, second.open_amount) == (10, Decimal("2.50"))
    assert first.description == '=HYPERLINK("https://x.nl")'
    assert second.description == "-25"
    assert preview.customers["D1"].values["mobile"] == "+31612345678"


def test_a_1904_workbook_reads_date_cells_and_plain_serial_numbers_right(tmp_path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    path = tmp_path / "mac.xlsx"
    book = Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    assert sheet is not None
    sheet.append(["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag"])
    sheet.append(["F1", "D1", date(2026, 1, 1), 10])
    sheet.append(["F2", "D1", 44561, 10])  # a serial number typed as a plain number
    book.save(path)
    read = read_sheet(inspect_file(path))
    assert read.date1904
    assert read.rows[1][2] == date(2026, 1, 1)
    preview = load_preview(path, kind=ImportKind.OPEN_ITEMS, options=ParseOptions())
    assert [i.due_date for i in preview.invoices] == [date(2026, 1, 1), date(2026, 1, 1)]


def test_merged_cells_below_the_header_repeat_down_and_merged_titles_do_not(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    path = tmp_path / "samengevoegd.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Openstaande posten per klant"])
    sheet.merge_cells("A1:D1")
    sheet.append(["Klant", "Factuurnummer", "Vervaldatum", "Bedrag"])
    sheet.append(["Jansen B.V.", "F1", date(2026, 1, 1), 10])
    sheet.append([None, "F2", date(2026, 2, 1), 20])
    sheet.append(["Bakker", "F3", date(2026, 3, 1), 30])
    sheet.merge_cells("A3:A4")
    book.save(path)
    read = read_sheet(inspect_file(path))
    assert (2, 0, 3, 0) in read.merged
    preview = load_preview(path, kind=ImportKind.OPEN_ITEMS, options=ParseOptions())
    assert preview.header_row == 2
    assert [i.number for i in preview.invoices] == ["F1", "F2", "F3"]
    jansen = preview.invoices[0].customer_key
    assert preview.invoices[1].customer_key == jansen
    assert preview.customers[jansen].values["name"] == "Jansen B.V."


def test_the_first_sheet_with_data_is_read_by_default(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "voorblad.xlsx"
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Voorblad"
    data = book.create_sheet("Posten")
    data.append(["Factuurnummer"])
    data.append(["F1"])
    book.save(path)
    read = read_sheet(inspect_file(path))
    assert read.name == "Posten"
    assert read.rows == [["Factuurnummer"], ["F1"]]


def test_a_long_csv_is_read_whole_and_in_order(write_csv: Callable[..., Path]) -> None:
    text = "Factuurnummer;Bedrag\n" + "".join(f"F{n};{n},50\n" for n in range(1, 5001))
    sheet = read_sheet(inspect_file(write_csv(text)))
    assert len(sheet.rows) == 5001
    assert sheet.rows[1] == ["F1", "1,50"] and sheet.rows[5000] == ["F5000", "5000,50"]


def test_workbook_rows_are_read_as_calamine_gives_the_whole_sheet(tmp_path: Path) -> None:
    import io

    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    from debtordesk.importing.workbook import read_workbook_sheet

    for cells in (["C3", "D4", "C6"], ["A1", "B2"], ["B1", "A5"], ["D1"], []):
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for cell in cells:
            sheet[cell] = cell
        path = tmp_path / f"{'-'.join(cells) or 'empty'}.xlsx"
        book.save(path)
        data = path.read_bytes()
        calamine = CalamineWorkbook.from_filelike(io.BytesIO(data))
        whole = calamine.get_sheet_by_name(calamine.sheet_names[0]).to_python(skip_empty_area=False)
        assert read_workbook_sheet(data, path.name, "xlsx", None).rows == whole, cells
