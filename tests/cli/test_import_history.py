"""``debtordesk imports``: when an import was made and undone, in the clerk's local time (the times were
printed in UTC: an import at 09:00 in Amsterdam said 08:00)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from debtordesk.cli import main


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_history_shows_local_times(
    amsterdam: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "open.csv"
    path.write_text(
        "Factuurnummer;Klantnummer;Naam;Vervaldatum;Bedrag\nF1;K1;Jan;01-12-2026;10,00\n",
        encoding="utf-8",
    )
    database = str(tmp_path / "db.sqlite")
    assert main(["--db", database, "import", str(path)]) == 0
    assert main(["--db", database, "imports", "undo", "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", database, "imports", "--json"]) == 0
    (batch,) = json.loads(capsys.readouterr().out)["batches"]
    committed = datetime.fromisoformat(batch["committed_at"]).astimezone()
    undone = datetime.fromisoformat(batch["undone_at"]).astimezone()
    assert committed.utcoffset() != datetime.fromisoformat(batch["committed_at"]).utcoffset()
    assert main(["--db", database, "imports"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"1  {committed:%Y-%m-%d %H:%M}  ")
    assert lines[1] == f"    undone on {undone:%Y-%m-%d %H:%M} by {batch['undone_by']}"
    assert main(["--lang", "nl", "--db", database, "imports"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"1  {committed:%d-%m-%Y %H:%M}  ")


def test_the_history_names_kind_mode_and_source_in_the_clerks_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Not the ids open_items/default/full (also in Dutch); --json keeps them, and --kind takes the
    id as --json writes it (open_items) as well as open-items."""
    path = tmp_path / "open.csv"
    path.write_text(
        "Factuurnummer;Klantnummer;Naam;Vervaldatum;Bedrag\nF1;K1;Jan;01-12-2026;10,00\n",
        encoding="utf-8",
    )
    database = str(tmp_path / "db.sqlite")
    assert main(["--db", database, "import", str(path), "--kind", "open_items"]) == 0
    args = ["--db", database, "import", str(path), "--snapshot", "delta", "--save-preset", "Exact"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["--lang", "nl", "--db", database, "imports"]) == 0
    second, first = capsys.readouterr().out.splitlines()
    assert "  openstaande posten, volledige lijst, zonder voorinstelling  export " in first
    assert "  openstaande posten, alleen wijzigingen, voorinstelling “Exact”  export " in second
    assert "open_items" not in first + second and "default" not in first
    assert main(["--lang", "en", "--db", database, "imports"]) == 0
    second, first = capsys.readouterr().out.splitlines()
    assert "  open items, full list, without a preset  export " in first
    assert "  open items, changes only, preset “Exact”  export " in second
    assert main(["--lang", "nl", "--db", database, "imports", "--json"]) == 0
    batches = json.loads(capsys.readouterr().out)["batches"]
    assert [(b["kind"], b["mode"], b["source"]) for b in batches] == [
        ("open_items", "delta", "Exact"),
        ("open_items", "full", "default"),
    ]


def test_the_history_shows_the_date_order_an_import_was_read_with(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--date-order (or a preset's) is kept in the batch's options; the history names it, in text
    and --json, when one was chosen; an import read automatically says nothing of it (null)."""
    path = tmp_path / "open.csv"
    path.write_text(
        "Factuurnummer;Klantnummer;Naam;Vervaldatum;Bedrag\nF1;K1;Jan;12/01/2026;10,00\n",
        encoding="utf-8",
    )
    database = str(tmp_path / "db.sqlite")
    assert main(["--db", database, "import", str(path)]) == 0
    args = ["--db", database, "import", str(path), "--date-order", "mdy", "--snapshot", "delta"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["--db", database, "imports", "--json"]) == 0
    batches = json.loads(capsys.readouterr().out)["batches"]
    assert [b["date_order"] for b in batches] == ["mdy", None]
    assert main(["--lang", "en", "--db", database, "imports"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2  ")
    assert lines[1] == "    dates in numbers read month-day-year (12/31/2026)"
    assert lines[2].startswith("1  ") and len(lines) == 3
    assert main(["--lang", "nl", "--db", database, "imports"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "    datums in cijfers gelezen als maand-dag-jaar (12/31/2026)"
    assert len(lines) == 3
