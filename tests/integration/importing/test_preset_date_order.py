"""A preset keeps the date order chosen with it: the next file of that source reads the same way
(named with --preset or found for its columns), unless --date-order asks for another; both engines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from debtordesk.cli import main
from debtordesk.db.engine import Database
from debtordesk.domain.enums import ImportKind
from debtordesk.importing.model import Field
from debtordesk.services.imports import find_preset, get_preset, save_preset

from .factory import invoices_by_number

HEADER = "Invoice;Customer;Invoice date;Due date;Amount\n"
PRESET = "US webshop"


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _csv(tmp_path: Path, name: str, rows: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    capsys.readouterr()
    status = main(["--db", _url(db), *args])
    out = capsys.readouterr().out
    return status, json.loads(out) if "--json" in args else out


def test_the_preset_service_keeps_the_date_order(db: Database) -> None:
    mapping = {Field.INVOICE_NUMBER: "Invoice", Field.AMOUNT: "Amount"}
    headers = ("Invoice", "Amount")
    saved = save_preset(
        db,
        name=PRESET,
        kind=ImportKind.OPEN_ITEMS,
        headers=headers,
        mapping=mapping,
        options={"sheet": None, "header_row": 1, "mode": "full", "date_order": "mdy"},
    )
    assert saved.date_order == "mdy"
    assert get_preset(db, PRESET).date_order == "mdy"
    found = find_preset(db, headers, ImportKind.OPEN_ITEMS)
    assert found is not None and found.date_order == "mdy"
    # a preset saved before the choice existed, or with a value not known: decided per file
    for options in ({"mode": "full"}, {"date_order": "dd/mm"}, {"date_order": 3}):
        save_preset(
            db,
            name=PRESET,
            kind=ImportKind.OPEN_ITEMS,
            headers=headers,
            mapping=mapping,
            options=options,
        )
        assert get_preset(db, PRESET).date_order == "auto"


def test_the_preset_reads_the_next_file_in_its_date_order(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _csv(tmp_path, "march.csv", "F1;K1;03/04/2026;04/05/2026;10,00\n")
    status, result = _run(
        db, capsys, "import", str(first), "--date-order", "mdy", "--save-preset", PRESET, "--json"
    )
    assert status == 0 and result["new"] == 1 and result["date_order"] == "mdy"
    assert get_preset(db, PRESET).options["date_order"] == "mdy"
    invoice = invoices_by_number(db)["F1"]
    assert (invoice.invoice_date, invoice.due_date) == (date(2026, 3, 4), date(2026, 4, 5))

    # the next file, named with --preset: month first again, and the clerk is told why
    second = _csv(
        tmp_path,
        "april.csv",
        "F1;K1;03/04/2026;04/05/2026;10,00\nF2;K2;04/01/2026;05/01/2026;20,00\n",
    )
    status, out = _run(db, capsys, "import", str(second), "--preset", PRESET, "--dry-run")
    assert status == 0
    assert f"Dates in numbers are read month-day-year (12/31/2026), as saved with '{PRESET}'" in out
    assert "read day first" not in out
    status, result = _run(db, capsys, "import", str(second), "--preset", PRESET, "--json")
    assert status == 0 and result["date_order"] == "mdy"
    assert (result["new"], result["unchanged"]) == (1, 1)
    assert "import.date_order_assumed" not in [w["code"] for w in result["warnings"]]
    assert invoices_by_number(db)["F2"].due_date == date(2026, 5, 1)

    # found for its columns (a scheduled import names no preset): the same
    third = _csv(tmp_path, "may.csv", "F3;K3;05/02/2026;06/01/2026;30,00\n")
    delta = ("--snapshot", "delta")
    status, result = _run(db, capsys, "import", str(third), *delta, "--dry-run", "--json")
    assert status == 0
    assert (result["preset"], result["preset_found"], result["date_order"]) == (PRESET, True, "mdy")

    # --date-order wins over the preset's, and says nothing about the preset's order
    chosen = ("--preset", PRESET, "--date-order", "dmy", *delta)
    status, out = _run(db, capsys, "import", str(third), *chosen, "--dry-run")
    assert status == 0 and "as saved with" not in out
    status, result = _run(db, capsys, "import", str(third), *chosen, "--json")
    assert result["date_order"] == "dmy" and result["new"] == 1
    assert invoices_by_number(db)["F3"].due_date == date(2026, 1, 6)
    # saved again without an order chosen: the preset goes back to deciding per file
    again = ("--date-order", "auto", "--save-preset", PRESET, *delta)
    status, result = _run(db, capsys, "import", str(third), *again, "--json")
    assert status == 0 and get_preset(db, PRESET).date_order == "auto"
