"""``debtordesk import``'s summary of warnings: one warning is 'warning', not 'warnings', and a warning
about the whole file (no row) does not claim to be 'first in row -'."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from debtordesk.cli import main
from debtordesk.cli.importing import print_issues
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import set_language
from debtordesk.importing.model import Issue, Severity


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")


def _warning(code: str, row: int | None, **params: str) -> Issue:
    return Issue(Severity.WARNING, Message(code, params), row=row)


def test_one_file_level_warning(capsys: pytest.CaptureFixture[str]) -> None:
    print_issues([_warning("import.open_amount_derived_all", None)])
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "1 warning:",
        "  The file has no open amounts: each invoice is taken as wholly unpaid (open amount = "
        "invoice amount).",
    ]


def test_repeated_row_warnings_name_the_first_row(capsys: pytest.CaptureFixture[str]) -> None:
    set_language("nl")
    print_issues(
        [
            _warning("import.open_amount_derived_all", None),
            _warning("import.total_row_skipped", 12, row_number="12"),
            _warning("import.total_row_skipped", 30, row_number="30"),
        ]
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "3 waarschuwingen:"
    # each totals row as it is: '2×: Rij 12 is een totaalregel (eerst in rij 12)' named one of two
    assert lines[1] == "  Rij 12 is een totaalregel; die is overgeslagen."
    assert lines[2] == "  Rij 30 is een totaalregel; die is overgeslagen."
    assert "rij -" not in lines[3] and not lines[3].startswith("  1×")


def test_repeated_warnings_name_the_first_row_and_many_are_cut_short(
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_language("nl")
    print_issues([_warning("import.due_date_derived", row, days="14") for row in (12, 30)])
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("  2×: ") and lines[1].endswith("(eerst in rij 12)")
    print_issues(
        [_warning("import.total_row_skipped", row, row_number=str(row)) for row in range(2, 10)]
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:6] == [
        f"  Rij {row} is een totaalregel; die is overgeslagen." for row in range(2, 7)
    ]
    assert lines[6] == "  … en nog 3 zulke waarschuwingen (--json toont ze allemaal)."


def test_a_negative_header_row_is_refused_in_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """It said 'the file has rows 1 to -' before the file was read."""
    path = tmp_path / "open.csv"
    path.write_text("Factuurnummer;Klant;Bedrag\nF1;K1;10,00\n", encoding="utf-8")
    status = main(["--db", str(tmp_path / "db.sqlite"), "import", str(path), "--header-row", "-1"])
    assert status == 2
    err = capsys.readouterr().err
    assert "1 to -" not in err
    assert "-1 is not a row number for --header-row" in err
    database = str(tmp_path / "db.sqlite")
    status = main(
        ["--lang", "nl", "--db", database, "import", str(path), "--header-row", "-1", "--json"]
    )
    assert status == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "cli.import.header_row_negative"
    assert "geen rijnummer" in error["message"]


def test_a_single_row_warning_names_its_row_once(capsys: pytest.CaptureFixture[str]) -> None:
    """It said '1×: Rij 972 is een totaalregel; die is overgeslagen. (eerst in rij 972)'."""
    set_language("nl")
    print_issues(
        [
            _warning("import.total_row_skipped", 972, row_number="972"),
            _warning("import.due_date_derived", 14),
        ]
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2 waarschuwingen:"
    assert lines[1].startswith("  Rij 972 is een totaalregel") and "eerst in rij" not in lines[1]
    assert lines[2].startswith("  Rij 14: ") and "1×" not in lines[2]
