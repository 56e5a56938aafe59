"""The IBM accounts-receivable sample, imported end to end through the CLI, read in place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from debtordesk.cli import main
from debtordesk.db.engine import Database

from .factory import data_tables

IBM = Path("ibm-accounts-receivable") / "WA_Fn-UseC_-Accounts-Receivable.csv"


@pytest.mark.realworld
def test_the_ibm_sample_imports_once_and_then_changes_nothing(
    db: Database, real_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(False)
    capsys.readouterr()
    assert main(["--db", url, "import", str(real_data / IBM), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["new"], first["rejected"], first["errors"]) == (2466, 0, [])
    assert first["customers_new"] == len(data_tables(db)["customer"]) > 0
    before = data_tables(db)

    assert main(["--db", url, "import", str(real_data / IBM), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["new"], again["updated"], again["unchanged"]) == (0, 0, 2466)
    after = data_tables(db)
    assert after["invoice"] == before["invoice"] and after["customer"] == before["customer"]
