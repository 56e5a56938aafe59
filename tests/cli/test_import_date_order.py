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
