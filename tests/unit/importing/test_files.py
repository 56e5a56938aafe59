"""What a file is, by content; and every way a file can fail to be read becomes a clear refusal."""

from __future__ import annotations

import codecs
import hashlib
import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.importing import inspect_file, read_sheet
from tests.unit.importing.helpers import write_xlsx

OPEN_ITEMS = "Factuurnummer;Debiteur;Bedrag\nF1;Jansen;12,50\n"


def refused(path: Path, code: str) -> UserError:
    with pytest.raises(UserError) as caught:
        inspect_file(path)
    assert caught.value.code == code
    _both_languages(caught.value)
    return caught.value


def _both_languages(error: UserError) -> None:
    english, dutch = render(error.message, "en"), render(error.message, "nl")
    assert english != dutch
    for text in (english, dutch):
        assert "{" not in text and error.code not in text


# ------------------------------------------------------------------ CSV: encodings and delimiters


def test_a_csv_file_is_described(write_csv: Callable[..., Path]) -> None:
    path = write_csv(OPEN_ITEMS)
    info = inspect_file(path)
    assert info.format == "csv"
    assert info.name == "export.csv"
    assert info.size == len(OPEN_ITEMS.encode())
    assert info.sha256 == hashlib.sha256(OPEN_ITEMS.encode()).hexdigest()
    assert info.encoding == "utf-8"
    assert info.delimiter == ";"
    assert info.sheets == ()
    assert info.modified.year >= 2024


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Naam;Plaats\nÖzer;Zaandam\n".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Naam;Plaats\nÖzer;Zaandam\n".encode(), "utf-8-sig"),
        ("Naam;Plaats\nÖzer;Zaandam € 5\n".encode("cp1252"), "cp1252"),
        (codecs.BOM_UTF16_LE + "Naam\tPlaats\nÖzer\tZaandam\n".encode("utf-16-le"), "utf-16"),
        ("Naam\tPlaats\nÖzer\tZaandam\n".encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_encodings_are_recognised_and_read(
    write_csv: Callable[..., Path], data: bytes, encoding: str
) -> None:
    info = inspect_file(write_csv(data))
    assert info.encoding == encoding
    sheet = read_sheet(info)
    assert sheet.rows[1][0] == "Özer"
    assert sheet.rows[1][1].startswith("Zaandam")


def test_text_that_is_neither_utf8_nor_windows_1252_is_refused(
    write_csv: Callable[..., Path],
) -> None:
    # 0x81 and 0x9d are undefined in Windows-1252, and the bytes are not UTF-8 either
    refused(write_csv(b"Naam;Plaats\n\x81\x9d\xff;Zaandam\n"), "import.file_encoding")


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Factuur;Bedrag;Naam\nF1;12,50;A\nF2;1,00;B\n", ";"),
        ('Factuur,Bedrag,Naam\nF1,12.50,A\nF2,"1,00",B\n', ","),
        ("Factuur\tBedrag\tNaam\nF1\t12,50\tA\n", "\t"),
        ("Factuur|Bedrag|Naam\nF1|12,50|A\n", "|"),
        # decimal commas in a semicolon file must not tempt the sniffer into commas
        ("Factuur;Bedrag\nF1;12,50\nF2;13,50\nF3;1,5\n", ";"),
        # title lines above the header do not confuse it either
        ("Openstaande posten\nper 31-12-2026\n\nFactuur;Bedrag;Naam\nF1;1,00;A\nF2;2,00;B\n", ";"),
    ],
)
def test_the_delimiter_is_sniffed(
    write_csv: Callable[..., Path], text: str, delimiter: str
) -> None:
    assert inspect_file(write_csv(text)).delimiter == delimiter


# ------------------------------------------------------------------ refusals


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    refused(tmp_path / "nowhere.csv", "import.file_missing")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    refused(tmp_path, "import.not_a_file")


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", codecs.BOM_UTF8 + b"\n"])
def test_an_empty_file_is_refused(write_csv: Callable[..., Path], content: bytes) -> None:
    refused(write_csv(content), "import.file_empty")


def test_binary_junk_is_refused(write_csv: Callable[..., Path]) -> None:
    junk = bytes(range(256)) * 40
    refused(write_csv(junk, name="junk.csv"), "import.file_binary")


def test_a_png_named_csv_is_refused(write_csv: Callable[..., Path]) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + os.urandom(200)
    refused(write_csv(png, name="image.csv"), "import.file_binary")


def test_a_pdf_renamed_csv_is_refused_as_a_pdf(write_csv: Callable[..., Path]) -> None:
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    error = refused(write_csv(pdf, name="openstaand.csv"), "import.file_pdf")
    assert "PDF" in render(error.message, "en")


def test_a_truncated_workbook_is_refused_as_damaged(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", [["Factuurnummer", "Bedrag"], ["F1", 10]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    refused(cut, "import.file_damaged")


def test_a_workbook_with_a_damaged_sheet_is_refused_as_damaged(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", [["Factuurnummer", "Bedrag"], ["F1", 10]])
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(name, data)
    info = inspect_file(broken)
    with pytest.raises(UserError) as caught:
        read_sheet(info)
    assert caught.value.code == "import.file_damaged"


def test_a_zip_that_is_no_spreadsheet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "document.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    refused(path, "import.file_not_spreadsheet")


def _compound_file(stream_name: str) -> bytes:
    """An OLE2 compound file header with one directory entry: what Office wraps encrypted files in."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HH", 0x3E, 3)
    entry = stream_name.encode("utf-16-le").ljust(64, b"\x00")
    return header.ljust(512, b"\x00") + entry.ljust(128, b"\x00") + b"\x00" * 512


def test_a_password_protected_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "beveiligd.xlsx"
    path.write_bytes(_compound_file("EncryptedPackage"))
    error = refused(path, "import.file_password")
    assert "password" in render(error.message, "en")
    assert "wachtwoord" in render(error.message, "nl")


def test_an_office_file_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "brief.xls"
    path.write_bytes(_compound_file("WordDocument"))
    refused(path, "import.file_not_spreadsheet")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("<!DOCTYPE html><html><table><tr><td>F1</td></tr></table></html>", "import.file_html"),
        ("<table><tr><td>Factuur</td></tr></table>", "import.file_html"),
        (
            '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
            "import.file_xml_spreadsheet",
        ),
        ('<?xml version="1.0"?><Document><BkToCstmrStmt/></Document>', "import.file_xml"),
        (
            ":20:STARTUMS\n:25:NL91ABNA0417164300\n:28C:1\n:60F:C260101EUR100,00\n",
            "import.file_mt940",
        ),
    ],
)
def test_text_that_is_something_else_is_refused(
    write_csv: Callable[..., Path], content: str, code: str
) -> None:
    refused(write_csv(content, name="export.xls"), code)


def test_a_locked_file_is_refused(
    write_csv: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(OPEN_ITEMS)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            # running as root, where permissions do not stop reading: lock it the way Windows does
            # when Excel has the file open (a sharing violation surfaces as PermissionError)
            def locked(self: Path, *args: object, **kwargs: object) -> object:
                raise PermissionError(13, "The process cannot access the file", str(self))

            monkeypatch.setattr(Path, "open", locked)
        error = refused(path, "import.file_locked")
        assert "Excel" in render(error.message, "en")
    finally:
        path.chmod(0o644)


def test_a_file_that_vanishes_between_inspecting_and_reading_is_refused(
    write_csv: Callable[..., Path],
) -> None:
    path = write_csv(OPEN_ITEMS)
    info = inspect_file(path)
    path.unlink()
    with pytest.raises(UserError) as caught:
        read_sheet(info)
    assert caught.value.code == "import.file_vanished"
    _both_languages(caught.value)


def test_a_file_that_changes_between_inspecting_and_reading_is_refused(
    write_csv: Callable[..., Path],
) -> None:
    path = write_csv(OPEN_ITEMS)
    info = inspect_file(path)
    path.write_text(OPEN_ITEMS + "F2;Bakker;7,00\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_sheet(info)
    assert caught.value.code == "import.file_changed"
    _both_languages(caught.value)


def test_a_huge_file_is_refused_before_it_is_read(
    write_csv: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from debtordesk.importing import files

    monkeypatch.setattr(files, "MAX_FILE_BYTES", 10)
    refused(write_csv(OPEN_ITEMS), "import.file_too_large")


# ------------------------------------------------------------------ workbooks by content


def test_a_workbook_is_recognised_by_content_whatever_its_name(tmp_path: Path) -> None:
    real = write_xlsx(tmp_path / "real.xlsx", [["Factuurnummer"], ["F1"]], Tweede=[["x"]])
    for name in ("export.xls", "export.csv", "export"):
        renamed = tmp_path / name
        renamed.write_bytes(real.read_bytes())
        info = inspect_file(renamed)
        assert info.format == "xlsx"
        assert info.sheets == ("Openstaande posten", "Tweede")
        assert info.encoding is None and info.delimiter is None
        assert read_sheet(info).rows == [["Factuurnummer"], ["F1"]]


def test_an_ods_workbook_is_read(tmp_path: Path) -> None:
    pytest.importorskip("odf", reason="odfpy is needed to write an .ods fixture")
    import pandas as pd

    path = tmp_path / "lijst.ods"
    frame = pd.DataFrame({"Factuurnummer": ["F1", "F2"], "Bedrag": [12.5, -3.0]})
    frame.to_excel(path, engine="odf", index=False, sheet_name="Posten")
    info = inspect_file(path)
    assert info.format == "ods"
    assert info.sheets == ("Posten",)
    sheet = read_sheet(info)
    assert sheet.name == "Posten"
    assert sheet.rows[0] == ["Factuurnummer", "Bedrag"]
    assert sheet.rows[2][0] == "F2" and sheet.rows[2][1] == -3.0


def test_an_unknown_sheet_is_refused_with_the_sheets_there_are(tmp_path: Path) -> None:
    info = inspect_file(write_xlsx(tmp_path / "a.xlsx", [["x"]], Tweede=[["y"]]))
    with pytest.raises(UserError) as caught:
        read_sheet(info, "Derde")
    assert caught.value.code == "import.sheet_unknown"
    assert "Tweede" in render(caught.value.message, "en")
    assert read_sheet(info, "Tweede").rows == [["y"]]
