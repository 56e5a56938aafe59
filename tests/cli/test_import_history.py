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
