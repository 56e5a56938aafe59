"""``debtordesk import``: a file whose slash dates all read two ways says it read them day first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from debtordesk.cli import main

AMBIGUOUS = (
    "Factuurnummer;Klantnummer;Factuurdatum;Vervaldatum;Bedrag\n"
    "F1;K1;03/04/2026;05/06/2026;10,00\n"
    "F2;K2;01/02/2026;02/03/2026;20,00\n"
)


def test_the_assumed_day_first_order_is_a_warning_in_text_and_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "open.csv"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    database = str(tmp_path / "db.sqlite")
    assert main(["--db", database, "import", str(path), "--dry-run", "--json"]) == 0
    warnings = json.loads(capsys.readouterr().out)["warnings"]
    (assumed,) = [w for w in warnings if w["code"] == "import.date_order_assumed"]
    assert (assumed["row"], assumed["column"], assumed["value"]) == (
        None,
        "Factuurdatum",
        "03/04/2026",
    )
    assert main(["--lang", "nl", "--db", database, "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Alle datums zijn gelezen met de dag voorop (dag-maand-jaar)" in out
    assert "in '03/04/2026' is 3 de dag en 4 de maand" in out


MONTH_FIRST = (
    "Factuurnummer;Klantnummer;Factuurdatum;Vervaldatum;Bedrag\n"
    "F1;K1;31/12/2026;;10,00\n"
    "F2;K2;12/01/2026;12/15/2026;20,00\n"
)


def test_a_chosen_order_reads_without_the_assumed_order_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "open.csv"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    database = str(tmp_path / "db.sqlite")
    for order in ("mdy", "dmy"):
        arguments = ["--db", database, "import", str(path), "--date-order", order]
        assert main([*arguments, "--dry-run", "--json"]) == 0
        result = json.loads(capsys.readouterr().out)
        assert result["date_order"] == order
        assert (result["new"], result["errors"]) == (2, [])
        assert [w for w in result["warnings"] if w["code"] == "import.date_order_assumed"] == []
    assert main(["--db", database, "import", str(path), "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["date_order"] == "auto"


def test_a_date_against_the_chosen_order_is_a_row_error_in_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "us.csv"
    path.write_text(MONTH_FIRST, encoding="utf-8")
    database = str(tmp_path / "db.sqlite")
    arguments = ["--db", database, "import", str(path), "--dry-run", "--json"]
    assert main([*arguments, "--date-order", "mdy"]) == 0
    result = json.loads(capsys.readouterr().out)
    (error,) = result["errors"]
    assert (error["row"], error["column"], error["value"], error["code"]) == (
        2,
        "Factuurdatum",
        "31/12/2026",
        "import.date_order_mismatch.mdy",
    )
    assert "the date order chosen for this import, month-day-year (12/31/2026)" in error["message"]
    assert (result["new"], result["rejected"]) == (1, 1)
    # day first: row 3's 12/15/2026 is the one that does not fit
    assert main([*arguments, "--date-order", "dmy"]) == 0
    (error,) = json.loads(capsys.readouterr().out)["errors"]
    assert (error["row"], error["column"], error["value"], error["code"]) == (
        3,
        "Vervaldatum",
        "12/15/2026",
        "import.date_order_mismatch.dmy",
    )


def test_a_date_against_the_chosen_order_is_a_row_error_in_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "us.csv"
    path.write_text(MONTH_FIRST, encoding="utf-8")
    database = str(tmp_path / "db.sqlite")
    arguments = ["--db", database, "import", str(path), "--dry-run", "--date-order", "mdy"]
    assert main(arguments) == 0
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if "31/12/2026" in line]
    assert line.strip().startswith("Row 2, column 'Factuurdatum', value '31/12/2026'")
    assert "month-day-year (12/31/2026)" in line
    assert "import.date_order_assumed" not in out and "read day first" not in out
    assert main(["--lang", "nl", *arguments]) == 0
    (line,) = [line for line in capsys.readouterr().out.splitlines() if "31/12/2026" in line]
    assert line.strip().startswith("Rij 2, kolom 'Factuurdatum', waarde '31/12/2026'")
    assert "datumvolgorde die voor deze import is gekozen, maand-dag-jaar (12/31/2026)" in line


def test_an_unknown_order_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "open.csv"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    with pytest.raises(SystemExit) as refused:
        main(["--db", str(tmp_path / "db.sqlite"), "import", str(path), "--date-order", "dd-mm"])
    assert refused.value.code == 2
    assert "'dd-mm'" in (err := capsys.readouterr().err)
    assert "'auto', 'dmy', 'mdy', 'ymd'" in err


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        (
            "en",
            [
                "dmy is day-month-year (31-12-2026, the Dutch way)",
                "mdy is month-day-year (12/31/2026, American exports)",
                "ymd is year-month-day",
            ],
        ),
        (
            "nl",
            [
                "dmy is dag-maand-jaar (31-12-2026, de Nederlandse manier)",
                "mdy is maand-dag-jaar (12/31/2026, Amerikaanse exports)",
                "ymd is jaar-maand-dag",
            ],
        ),
    ],
)
def test_the_help_explains_the_orders_in_plain_words(
    capsys: pytest.CaptureFixture[str], language: str, texts: list[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", language, "import", "--help"])
    # argparse wraps lines at spaces and after hyphens (jaar-maand-\ndag)
    help_text = " ".join(capsys.readouterr().out.split()).replace("- ", "-")
    assert "--date-order {auto,dmy,mdy,ymd}" in help_text
    for text in texts:
        assert text in help_text
