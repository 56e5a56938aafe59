"""``debtordesk administrations`` and ``administrations add``: text and JSON, refusals, exit codes, and
importing into the new administration with ``import --administration``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from debtordesk.cli import main
from debtordesk.services.administrations import list_administrations
from debtordesk.services.database import Database
from tests.integration.administrations.factory import two_administrations


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(["--db", _url(db), *args])
    captured = capsys.readouterr()
    out = json.loads(captured.out) if "--json" in args else captured.out
    return status, out, captured.err


def test_lists_every_administration_with_its_counts(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    two_administrations(db)
    status, data, _ = _run(db, capsys, "administrations", "--json")
    assert status == 0
    assert data == {
        "administrations": [
            {
                "code": "MAIN",
                "name": "Mijn administratie",
                "iban": None,
                "customers": 3,
                "open_invoices": 3,
                "open_total": "175.00",
            },
            {
                "code": "NOORD",
                "name": "Kinderopvang Noord B.V.",
                "iban": None,
                "customers": 2,
                "open_invoices": 2,
                "open_total": "1000.00",
            },
        ]
    }
    status, text, _ = _run(db, capsys, "administrations")
    assert status == 0
    assert text.splitlines() == [
        "MAIN: Mijn administratie · IBAN not filled in · customers: 3 · open invoices: 3 (€ 175.00)",
        "NOORD: Kinderopvang Noord B.V. · IBAN not filled in · customers: 2 · open invoices: 2 "
        "(€ 1,000.00)",
    ]
    status, text, _ = _run(db, capsys, "--lang", "nl", "administrations")
    assert "klanten: 2 · openstaande facturen: 2 (€ 1.000,00)" in text


def test_add_then_import_into_it(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, data, _ = _run(db, capsys, "administrations", "add", "NOORD", "Noord B.V.", "--json")
    assert (status, data) == (0, {"administration": {"code": "NOORD", "name": "Noord B.V."}})
    csv = tmp_path / "noord.csv"
    csv.write_text(
        "Factuurnummer;Klantnummer;Klantnaam;Vervaldatum;Bedrag\n"
        "F1;K1;Jansen;15-03-2026;100,00\n"
        "F2;K2;Özer;16-03-2026;20,00\n",
        encoding="utf-8",
    )
    status, result, _ = _run(db, capsys, "import", str(csv), "--administration", "NOORD", "--json")
    assert (status, result["new"]) == (0, 2)
    _, data, _ = _run(db, capsys, "administrations", "--json")
    counts = {
        item["code"]: (item["customers"], item["open_invoices"]) for item in data["administrations"]
    }
    assert counts == {"MAIN": (0, 0), "NOORD": (2, 2)}


def test_add_in_words(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    status, text, _ = _run(db, capsys, "administrations", "add", "ZUID", "Zuid B.V.")
    assert status == 0
    assert text.startswith("Administration ZUID (Zuid B.V.) added.")
    assert "--administration ZUID" in text
    assert [a.code for a in list_administrations(db)] == ["MAIN", "ZUID"]


def test_a_taken_code_exits_2_with_the_reason(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    status, data, _ = _run(db, capsys, "administrations", "add", "main", "Tweede", "--json")
    assert status == 2
    assert data["error"]["code"] == "administration.code_taken"
    assert data["error"]["params"] == {"code": "MAIN", "name": "Mijn administratie"}
    status, out, err = _run(db, capsys, "--lang", "nl", "administrations", "add", "main", "X")
    assert (status, out) == (2, "")
    assert err.strip() == (
        "De code 'MAIN' is al in gebruik bij de administratie 'Mijn administratie'. "
        "Kies een andere code."
    )
    assert [a.code for a in list_administrations(db)] == ["MAIN"]


def test_a_bad_code_exits_2(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(db, capsys, "administrations", "add", "BV NOORD", "Noord")
    assert status == 2
    assert "'BV NOORD' cannot be used as a code" in err
    assert [a.code for a in list_administrations(db)] == ["MAIN"]


def test_an_unreachable_database_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--db", "postgresql://postgres@127.0.0.1:1/test", "administrations", "--json"])
    assert status == 3
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "db.unreachable"
