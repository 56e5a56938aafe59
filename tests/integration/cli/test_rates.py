"""``debtordesk rates`` (list, add, delete) and ``calc interest`` with the stored table: JSON and text,
refusals with exit 2, and a calculator that never creates a database just to read rates."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from debtordesk.cli import calc, main, rates
from debtordesk.db.models import AuditLog
from debtordesk.domain.legal import DEFAULT_INTEREST_RATES
from debtordesk.services.database import Database
from debtordesk.services.interest_rates import add_interest_rate, current_interest_rates
from debtordesk.settings.paths import default_database_path

TODAY = date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rates, "today", lambda: TODAY)
    monkeypatch.setattr(calc, "today", lambda: TODAY)


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(list(args))
    captured = capsys.readouterr()
    out = json.loads(captured.out) if "--json" in args and captured.out else captured.out
    return status, out, captured.err


def test_list_json_is_the_seeded_table_with_the_stale_warning(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    status, data, err = _run(capsys, "--db", _url(db), "rates", "--json")
    assert (status, err) == (0, "")
    assert data["rates"] == [
        {
            "valid_from": rate.valid_from.isoformat(),
            "consumer": str(rate.consumer),
            "commercial": str(rate.commercial),
            "confirmed": rate.confirmed,
            "note": rate.note,
        }
        for rate in DEFAULT_INTEREST_RATES
    ]
    assert data["rates"][-1]["commercial"] == "10.15"
    assert [w["code"] for w in data["warnings"]] == ["interest.table_outdated"]
    assert "2025-07-01" in data["warnings"][0]["message"]


def test_list_text_in_dutch_warns_on_stderr(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, "--db", _url(db), "--lang", "nl", "rates")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Tabel wettelijke rente (procent per jaar)"
    assert lines[2].split() == ["Vanaf", "Consumenten", "Handels", "Bevestigd", "Notitie"]
    row = next(line for line in lines if line.startswith("01-01-2025"))
    assert row.split()[:6] == ["01-01-2025", "6,00", "%", "11,15", "%", "ja"]
    assert "01-07-2025" in err and "6 maanden" in err


def test_add_then_replace_then_delete(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(db)
    status, data, _ = _run(
        capsys,
        "--db",
        url,
        "rates",
        "add",
        "01-01-2026",
        "4",
        "10,15",
        "--confirmed",
        "--note",
        "Staatscourant",
        "--json",
    )
    assert status == 0
    assert data == {
        "action": "added",
        "rate": {
            "valid_from": "2026-01-01",
            "consumer": "4.00",
            "commercial": "10.15",
            "confirmed": True,
            "note": "Staatscourant",
        },
    }
    assert current_interest_rates(db)[-1].valid_from == date(2026, 1, 1)
    # the same date again: refused, with words and exit 2
    status, out, err = _run(capsys, "--db", url, "rates", "add", "2026-01-01", "4.5", "10.15")
    assert (status, out) == (2, "")
    assert "already has a rate from 2026-01-01 (4.00 % / 10.15 %)" in err and "--replace" in err
    # --replace corrects it (and an unconfirmed correction drops the mark)
    status, out, _ = _run(
        capsys, "--db", url, "rates", "add", "2026-01-01", "4.5", "10.15", "--replace"
    )
    assert status == 0
    assert out.strip() == (
        "Corrected the rates from 2026-01-01: 4.50 % consumer, 10.15 % commercial."
    )
    newest = current_interest_rates(db)[-1]
    assert (newest.consumer, newest.confirmed) == (Decimal("4.50"), False)
    status, out, _ = _run(capsys, "--db", url, "rates", "delete", "2026-01-01")
    assert (status, out.strip()) == (0, "Deleted the rates from 2026-01-01.")
    assert current_interest_rates(db) == DEFAULT_INTEREST_RATES
    with db.read() as session:
        actions = [row.action for row in session.scalars(select(AuditLog).order_by(AuditLog.id))]
    assert actions[-3:] == ["add", "change", "delete"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("add", "2026-13-01", "4", "10"), "2026-13-01"),
        (("add", "2026-01-01", "vier", "10"), "'vier' is not a percentage"),
        (("add", "2026-01-01", "4", "100.5"), "Commercial rate from 2026-01-01"),
        (("delete", "2030-01-01"), "no rate from 2030-01-01"),
    ],
)
def test_refusals_exit_2_with_words(
    db: Database, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str
) -> None:
    status, out, err = _run(capsys, "--db", _url(db), "rates", *args)
    assert (status, out) == (2, "")
    assert words in err
    assert len(current_interest_rates(db)) in {0, len(DEFAULT_INTEREST_RATES)}


def test_refusal_in_json(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    status, data, _ = _run(capsys, "--db", _url(db), "rates", "delete", "2030-01-01", "--json")
    assert status == 2
    assert data["error"]["code"] == "rates.missing"


def test_calc_interest_uses_the_stored_table(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    add_interest_rate(db, date(2026, 1, 1), "3", "9.5", confirmed=True)
    args = ("calc", "interest", "1000", "--from", "2025-12-31", "--to", "2026-01-31", "--json")
    status, stored, _ = _run(capsys, "--db", _url(db), *args)
    assert status == 0
    assert stored["rate_table"] == "database"
    assert [p["rate"] for p in stored["periods"]] == ["3.00"]
    assert stored["interest"] == "2.55"  # 1000 * 3 % * 31 / 365
    assert stored["warnings"] == []  # the table is current on TODAY
    # the same question without a database: the shipped table (4 % from 2025-07-01), stale
    status, shipped, _ = _run(capsys, *args)
    assert (status, shipped["rate_table"]) == (0, "shipped")
    assert [p["rate"] for p in shipped["periods"]] == ["4.00"]
    assert [w["code"] for w in shipped["warnings"]] == [
        "interest.table_outdated",
        "calc.interest.unconfirmed",
    ]


def test_calc_interest_text_says_which_table(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("calc", "interest", "1000", "--from", "2025-12-31", "--to", "2026-01-31")
    _, out, _ = _run(capsys, "--db", _url(db), *args)
    assert "Rates: the interest table in the database" in out.splitlines()[2]
    _, out, _ = _run(capsys, *args)
    assert out.splitlines()[2] == "Rates: the table shipped with DebtorDesk (no database found)."


def test_calc_does_not_create_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the calculator opened a database the usual way")

    monkeypatch.setattr("debtordesk.services.database.open_database", refuse)
    args = ("calc", "interest", "1000", "--from", "2025-12-31", "--to", "2026-01-31", "--json")
    # no default database file: the shipped table, and still no file afterwards
    status, data, _ = _run(capsys, *args)
    assert (status, data["rate_table"]) == (0, "shipped")
    assert not default_database_path().exists()
    # an explicit --db that does not exist: refused, nothing created
    missing = tmp_path / "nowhere" / "db.sqlite"
    status, data, _ = _run(capsys, "--db", str(missing), *args)
    assert status == 2 and data["error"]["code"] == "calc.no_database"
    assert not missing.parent.exists()


def test_calc_reads_a_database_of_an_older_schema(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import sqlite3

    old = tmp_path / "old.sqlite"
    connection = sqlite3.connect(old)
    connection.execute("CREATE TABLE administration (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    args = ("calc", "interest", "1000", "--from", "2025-12-31", "--to", "2026-01-31", "--json")
    status, data, _ = _run(capsys, "--db", str(old), *args)
    assert status == 0 and data["rate_table"] == "database"
    assert [p["rate"] for p in data["periods"]] == ["4.00"]  # the shipped rows
    with sqlite3.connect(old) as check:
        tables = {name for (name,) in check.execute("SELECT name FROM sqlite_master")}
    assert tables == {"administration"}  # not upgraded


def test_calc_with_an_unreadable_database_uses_the_shipped_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database file" * 100)
    args = ("calc", "interest", "1000", "--from", "2025-12-31", "--to", "2026-01-31", "--json")
    status, data, _ = _run(capsys, "--db", str(broken), *args)
    assert status == 0 and data["rate_table"] == "shipped"
    assert data["warnings"][0]["code"] == "calc.rates_unavailable"
    assert [p["rate"] for p in data["periods"]] == ["4.00"]
