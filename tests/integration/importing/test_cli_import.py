"""The import CLI: one JSON object, exit statuses, presets, snapshots, strict, dry run, both engines."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from debtordesk.cli import main
from debtordesk.db.engine import Database
from debtordesk.db.models import Invoice
from debtordesk.domain.enums import InvoiceStatus

from .factory import data_tables, invoices_by_number

HEADER = "Debiteurnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand;E-mail\n"
ROWS = [
    "D1;Jan de Vries;F1;01-11-2026;15-11-2026;100,00;100,00;jan@example.nl\n",
    "D1;Jan de Vries;F2;02-11-2026;16-11-2026;-25,50;-25,50;jan@example.nl\n",
    "D2;Özer Bakkerij B.V.;F3;03-11-2026;17-11-2026;80,00;30,00;ozer@\n",
    "D3;Piet Jansen;F4;03-11-2026;17-11-2026;abc;30,00;\n",
]
REQUIRED = {
    "new",
    "updated",
    "unchanged",
    "closed",
    "rejected",
    "customers_new",
    "customers_updated",
    "errors",
    "warnings",
}


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _csv(
    tmp_path: Path, rows: list[str], name: str = "openstaand.csv", header: str = HEADER
) -> Path:
    path = tmp_path / name
    path.write_text(header + "".join(rows), encoding="utf-8")
    return path


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    capsys.readouterr()
    status = main(["--db", _url(db), *args])
    out = capsys.readouterr().out
    return status, json.loads(out) if "--json" in args else out


def test_import_prints_one_json_object_with_spreadsheet_row_numbers(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, result = _run(db, capsys, "import", str(_csv(tmp_path, ROWS)), "--json")

    assert status == 0
    assert result.keys() >= REQUIRED
    assert (result["new"], result["rejected"], result["customers_new"]) == (3, 1, 2)
    assert result["batch"] is not None and result["dry_run"] is False
    [error] = result["errors"]
    assert error["row"] == 5  # the header is row 1: the fourth data line is row 5
    assert (error["column"], error["value"], error["code"]) == (
        "Bedrag",
        "abc",
        "import.bad_amount",
    )
    assert "abc" in error["message"]
    [warning] = result["warnings"]
    assert (warning["row"], warning["column"], warning["code"]) == (
        4,
        "E-mail",
        "contact.email_invalid",
    )

    status, again = _run(db, capsys, "import", str(_csv(tmp_path, ROWS)), "--json")
    assert status == 0
    assert (again["new"], again["updated"], again["unchanged"]) == (0, 0, 3)


def test_the_text_summary_speaks_the_clerks_language(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    status = main(["--db", _url(db), "--lang", "nl", "import", str(_csv(tmp_path, ROWS))])
    out = capsys.readouterr().out
    assert status == 0
    assert "facturen: 3 nieuw" in out
    assert "Rij 5, kolom 'Bedrag', waarde 'abc'" in out
    assert "Rij 4: " in out and "1×" not in out and "e-mailadres" in out


def test_a_refused_file_exits_2_and_changes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(db, capsys, "import", str(_csv(tmp_path, ROWS[:2])), "--json")
    before = data_tables(db)
    pdf = tmp_path / "lijst.csv"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    status, result = _run(db, capsys, "import", str(pdf), "--json")
    assert status == 2
    assert result["error"]["code"].startswith("import.") and result["error"]["message"]

    no_amount = _csv(
        tmp_path,
        ["D1;Jan;F9;01-11-2026;15-11-2026\n"],
        header=HEADER.split(";Bedrag", maxsplit=1)[0] + "\n",
    )
    status, result = _run(db, capsys, "import", str(no_amount), "--json")
    assert status == 2 and "error" in result
    assert data_tables(db) == before


def test_strict_refuses_the_whole_file_and_lists_the_rows(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = data_tables(db)
    status, result = _run(db, capsys, "import", str(_csv(tmp_path, ROWS)), "--strict", "--json")
    assert status == 2
    assert result["error"]["code"] == "commit.strict_refused"
    assert [e["row"] for e in result["errors"]] == [5]
    assert result.keys() >= REQUIRED and result["new"] == 0
    assert data_tables(db) == before


def test_a_truncated_snapshot_needs_force(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(db, capsys, "import", str(_csv(tmp_path, ROWS[:3])), "--json")
    before = data_tables(db)
    short = _csv(tmp_path, ROWS[:1], name="kort.csv")

    status, result = _run(db, capsys, "import", str(short), "--json")
    assert status == 2 and result["error"]["code"] == "commit.confirm_mass_close"
    assert data_tables(db) == before

    status, result = _run(db, capsys, "import", str(short), "--dry-run", "--json")
    assert status == 2 and result["dry_run"] is True and result["closed"] == 2
    assert result["refusal"]["code"] == "commit.confirm_mass_close"
    assert data_tables(db) == before

    status, result = _run(db, capsys, "import", str(short), "--force", "--json")
    assert status == 0 and result["closed"] == 2
    assert invoices_by_number(db)["F3"].status is InvoiceStatus.PAID

    status, result = _run(
        db, capsys, "import", str(_csv(tmp_path, ROWS[:1])), "--snapshot", "delta", "--json"
    )
    assert status == 0 and result["closed"] == 0 and result["mode"] == "delta"


def test_an_older_export_date_needs_force(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = str(_csv(tmp_path, ROWS[:2]))
    assert _run(db, capsys, "import", file, "--export-date", "2026-11-20", "--json")[0] == 0
    status, result = _run(db, capsys, "import", file, "--export-date", "2026-11-19", "--json")
    assert status == 2 and result["error"]["code"] == "commit.older_export"
    status, result = _run(
        db, capsys, "import", file, "--export-date", "2026-11-19", "--force", "--json"
    )
    assert status == 0 and result["export_date"] == "2026-11-19"


def test_a_dry_run_writes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = data_tables(db)
    status, result = _run(db, capsys, "import", str(_csv(tmp_path, ROWS)), "--dry-run", "--json")
    assert status == 0
    assert (result["new"], result["customers_new"], result["dry_run"], result["batch"]) == (
        3,
        2,
        True,
        None,
    )
    assert data_tables(db) == before


def test_a_saved_preset_is_found_for_the_next_file_and_said_so(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = "Klant;Naam;Nummer;Datum;Vervalt op;Te ontvangen;Nog open\n"
    rows = ["D1;Jan;F1;01-11-2026;15-11-2026;100,00;100,00\n"]
    maps = [
        "--map", "customer_number=Klant", "invoice_number=Nummer", "invoice_date=D",
        "--map", "due_date=Vervalt op", "--map", "amount=Te ontvangen", "open_amount=Nog open",
    ]  # fmt: skip
    first = _csv(tmp_path, rows, name="a.csv", header=odd)
    status, result = _run(
        db, capsys, "import", str(first), *maps, "--save-preset", "Boekhouding", "--json"
    )
    assert status == 0 and result["new"] == 1 and result["source"] == "Boekhouding"

    second = _csv(
        tmp_path,
        [*rows, "D2;Piet;F2;02-11-2026;16-11-2026;50,00;50,00\n"],
        name="b.csv",
        header=odd,
    )
    status, out = _run(db, capsys, "import", str(second))
    assert status == 0
    assert "Using the saved column mapping 'Boekhouding'" in out
    status, result = _run(db, capsys, "import", str(second), "--json")
    assert (result["preset"], result["preset_found"], result["unchanged"]) == (
        "Boekhouding",
        True,
        2,
    )

    status, result = _run(db, capsys, "import", str(second), "--preset", "Onbekend", "--json")
    assert status == 2 and result["error"]["code"] == "preset.unknown"


@pytest.mark.parametrize(
    ("option", "code"),
    [
        (["--map", "amount"], "cli.import.bad_map"),
        (["--map", "bedrag=Bedrag"], "cli.import.unknown_field"),
        (["--export-date", "20-11-2026"], "cli.import.bad_date"),
        (["--header-row", "99"], "cli.import.header_row"),
    ],
)
def test_bad_options_are_refused_with_a_code(
    db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    option: list[str],
    code: str,
) -> None:
    status, result = _run(db, capsys, "import", str(_csv(tmp_path, ROWS)), *option, "--json")
    assert status == 2 and result["error"]["code"] == code


@pytest.mark.parametrize(
    ("header", "example"),
    [
        ("Debiteurnummer;Naam;Datum;Bedrag\n", "--map invoice_number=KOLOM"),
        ("Factuurnummer;Datum;Bedrag\n", "--map customer_number=KOLOM of customer_name=KOLOM"),
    ],
)
def test_a_missing_column_says_how_to_name_it_with_map(
    db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    header: str,
    example: str,
) -> None:
    path = _csv(tmp_path, ["D1;F1;01-11-2026;100,00\n"], header=header)
    before = data_tables(db)
    capsys.readouterr()
    status = main(["--db", _url(db), "--lang", "nl", "import", str(path)])
    err = capsys.readouterr().err
    assert status == 2
    assert "Kies welke kolom" in err and f"bijvoorbeeld {example}" in err
    status, result = _run(db, capsys, "--lang", "nl", "import", str(path), "--json")
    assert status == 2 and result["error"]["code"].startswith("import.missing_column.")
    assert example in result["error"]["hint"]
    assert data_tables(db) == before


def test_a_customer_list_imports_customers_only(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customers = _csv(
        tmp_path,
        ["D1;Jan de Vries;jan@example.nl\n", "D7;Nieuwe Klant;nieuw@example.nl\n"],
        name="klanten.csv",
        header="Debiteurnummer;Naam;E-mail\n",
    )
    status, result = _run(db, capsys, "import", str(customers), "--kind", "customers", "--json")
    assert status == 0
    assert (result["customers_new"], result["new"], result["kind"]) == (2, 0, "customers")
    assert data_tables(db)["invoice"] == []


def test_history_and_undo(
    db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _run(db, capsys, "import", str(_csv(tmp_path, ROWS[:2])), "--json")
    after_first = data_tables(db)["invoice"]
    _run(db, capsys, "import", str(_csv(tmp_path, ROWS[:3], name="tweede.csv")), "--json")

    status, history = _run(db, capsys, "imports", "--json")
    assert status == 0
    assert [(b["file"], b["new"], b["status"]) for b in history["batches"]] == [
        ("tweede.csv", 1, "committed"),
        ("openstaand.csv", 2, "committed"),
    ]

    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    status, result = _run(db, capsys, "imports", "undo", "--json")
    assert status == 2 and result["error"]["code"] == "cli.undo.needs_yes"

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    status, out = _run(db, capsys, "imports", "undo")
    assert status == 2
    assert len(data_tables(db)["invoice"]) == 3

    monkeypatch.setattr("builtins.input", lambda prompt: "ja")
    status, out = _run(db, capsys, "imports", "undo")
    assert status == 0 and "Only the imported data was reverted" in out
    assert data_tables(db)["invoice"][:2] != [] and len(data_tables(db)["invoice"]) == 2

    status, result = _run(db, capsys, "imports", "undo", "--yes", "--json")
    assert status == 0 and result["file"] == "openstaand.csv" and result["invoices_removed"] == 2
    assert data_tables(db)["invoice"] == [] != after_first
    status, result = _run(db, capsys, "imports", "undo", "--yes", "--json")
    assert status == 2 and result["error"]["code"] == "undo.nothing"

    status, out = _run(db, capsys, "imports")
    assert status == 0 and "undone on" in out


def test_undo_says_what_it_kept_because_it_changed_since(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(db, capsys, "import", str(_csv(tmp_path, ROWS[:2])), "--json")
    paid = "D1;Jan de Vries;F1;01-11-2026;15-11-2026;100,00;40,00;jan@example.nl\n"
    _run(db, capsys, "import", str(_csv(tmp_path, [paid, ROWS[1]], name="tweede.csv")), "--json")
    with db.write() as session:  # a payment registered by hand after the import
        session.execute(
            update(Invoice).where(Invoice.number == "F1").values(open_amount=Decimal("30.00"))
        )

    status, out = _run(db, capsys, "imports", "undo", "--yes")
    assert status == 0
    assert "values kept: 1, in customers or invoices: 1" in out
    assert invoices_by_number(db)["F1"].open_amount == Decimal("30.00")

    _run(db, capsys, "import", str(_csv(tmp_path, [paid, ROWS[1]], name="derde.csv")), "--json")
    with db.write() as session:
        session.execute(
            update(Invoice).where(Invoice.number == "F1").values(open_amount=Decimal("20.00"))
        )
    status, result = _run(db, capsys, "--lang", "nl", "imports", "undo", "--yes", "--json")
    assert status == 0
    assert (result["fields_kept"], result["rows_kept"], result["invoices_restored"]) == (1, 1, 1)
    assert "waarden behouden: 1" in result["message"]


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    """A workbook whose first sheet is a cover page; the open items are on the second."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Info"
    cover.append(["Export uit de boekhouding"])
    cover.append(["Gemaakt op", "01-12-2026"])
    items = book.create_sheet("Openstaand")
    items.append(["Debiteurnummer", "Naam", "Factuurnummer", "Vervaldatum", "Bedrag", "Openstaand"])
    for row in rows:
        items.append(row)
    book.save(path)
    return path


def test_the_saved_presets_sheet_is_used_for_the_next_workbook_without_saying_so(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As in the import wizard: a preset saved with a sheet reads that sheet of the next month's
    workbook, though it is not the first, when no --preset or --sheet is given (a scheduled import)."""
    november = _workbook(
        tmp_path / "november.xlsx", [["D1", "Jan de Vries", "F1", "15-11-2026", 100, 100]]
    )
    status, result = _run(
        db, capsys, "import", str(november), "--sheet", "Openstaand", "--save-preset", "Boekhouding",
        "--json",
    )  # fmt: skip
    assert status == 0 and result["new"] == 1
    december = _workbook(
        tmp_path / "december.xlsx",
        [
            ["D1", "Jan de Vries", "F1", "15-11-2026", 100, 100],
            ["D2", "Piet Jansen", "F2", "15-12-2026", 50, 50],
        ],
    )
    status, result = _run(db, capsys, "import", str(december), "--json")
    assert status == 0, result
    assert (result["preset"], result["preset_found"], result["new"], result["unchanged"]) == (
        "Boekhouding",
        True,
        1,
        1,
    )
