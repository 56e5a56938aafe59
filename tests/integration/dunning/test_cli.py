"""``debtordesk queue``, ``run`` and ``policies``: JSON exactly as documented, text in both languages,
runs that record once, refusals with exit codes."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from debtordesk.cli import main
from debtordesk.db.models import Communication
from debtordesk.db.models import InterestRate as InterestRateRow
from debtordesk.services.database import Database
from tests.integration.views.factory import add_customer, add_invoice

pytestmark = pytest.mark.usefixtures("runs_on_test_dates")

KEYS = {
    "customer",
    "step",
    "channels",
    "invoices",
    "open",
    "overdue",
    "costs",
    "interest",
    "reason",
}


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(["--db", _url(db), *args])
    captured = capsys.readouterr()
    out = json.loads(captured.out) if "--json" in args and status == 0 else captured.out
    return status, out, captured.err


def _fill(db: Database) -> None:
    with db.write() as session:
        jan = add_customer(
            session,
            "K-1",
            "Jan Jansen",
            email="jan@example.nl",
            mobile="+31612345678",
            address_line1="Dorpsstraat 1",
            postcode="1234 AB",
        )
        add_invoice(session, jan, "F1", date(2026, 12, 8), "100.00")
        add_invoice(session, jan, "C1", date(2026, 12, 9), "-20.50")
        later = add_customer(session, "K-2", "Later", email="later@example.nl")
        add_invoice(session, later, "F2", date(2027, 1, 31), "80.00")  # not due yet


def _communications(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Communication)) or 0)


def test_queue_json_lists_the_due_actions_exactly(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(db)
    status, data, _ = _run(db, capsys, "queue", "--date", "2026-12-16", "--json")
    assert status == 0
    assert len(data) == 1
    (item,) = data
    assert set(item) == KEYS
    assert item["customer"] == "K-1"
    assert item["step"] == "Reminder"
    assert sorted(item["channels"]) == ["email", "sms"]
    assert sorted(item["invoices"]) == ["C1", "F1"]
    assert (item["open"], item["overdue"]) == ("79.50", "79.50")
    assert (item["costs"], item["interest"]) == ("0.00", "0.00")
    assert "F1" in item["reason"]
    assert _communications(db) == 0  # a dry run records nothing


def test_queue_text_in_dutch_and_an_empty_day(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(db)
    status, out, _ = _run(db, capsys, "--lang", "nl", "queue", "--date", "16-12-2026")
    assert status == 0
    # the shipped policies were seeded by this Dutch command: their steps are named in Dutch
    assert "K-1 Jan Jansen: Herinnering per" in out
    assert "; facturen C1, F1; open 79,50" in out or "; facturen F1, C1; open 79,50" in out
    status, out, _ = _run(db, capsys, "queue", "--date", "2026-12-01")
    assert status == 0 and "Nothing is due on 2026-12-01." in out


def test_queue_text_says_factuur_for_one_invoice(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said 'Herinnering per e-mail; facturen 2026-04999' for one invoice."""
    with db.write() as session:
        piet = add_customer(session, "K-3", "Piet Bakker", email="piet@example.nl")
        add_invoice(session, piet, "F9", date(2026, 12, 8), "55.00")
    status, out, _ = _run(db, capsys, "--lang", "nl", "queue", "--date", "16-12-2026")
    assert status == 0 and "; factuur F9; open 55,00" in out
    status, out, _ = _run(db, capsys, "--lang", "en", "queue", "--date", "2026-12-16")
    assert status == 0 and "; invoice F9; open 55.00" in out


def test_run_records_once_per_date(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(db)
    status, data, _ = _run(db, capsys, "run", "--date", "2026-12-16", "--json")
    assert status == 0
    assert (data["customers"], data["communications"], data["prepared"]) == (1, 2, 2)
    (item,) = data["items"]
    assert item["customer"] == "K-1" and item["payment_reference"].startswith("RF")
    assert data["links_missing"][0]["count"] == 1
    assert _communications(db) == 2
    status, data, _ = _run(db, capsys, "run", "--date", "2026-12-16", "--json")
    assert status == 0 and data["items"] == [] and data["communications"] == 0
    status, out, _ = _run(db, capsys, "run", "--date", "2026-12-16")
    assert status == 0 and "0 communications recorded" in out
    assert _communications(db) == 2
    # the dry run no longer shows what was recorded
    status, data, _ = _run(db, capsys, "queue", "--date", "2026-12-16", "--json")
    assert data == []


def test_a_bad_date_or_administration_is_refused(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(db, capsys, "queue", "--date", "31-02-2026")
    assert status == 2 and "is not a date for --date" in err
    status, out, _ = _run(db, capsys, "run", "--date", "tomorrow", "--json")
    assert status == 2 and json.loads(out)["error"]["code"] == "calc.bad_date"
    status, _, err = _run(db, capsys, "queue", "--administration", "NOPE")
    assert status == 2 and "NOPE" in err


def test_a_run_for_a_later_day_is_refused_and_records_nothing(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Recording a later day would state costs and terms that are not due yet; the queue looks
    ahead without recording."""
    _fill(db)
    monkeypatch.setattr("debtordesk.cli.dunning._latest_run_day", lambda: date(2026, 12, 15))
    status, out, _ = _run(db, capsys, "run", "--date", "2026-12-16", "--json")
    error = json.loads(out)["error"]
    assert status == 2 and error["code"] == "cli.run.future_date"
    assert error["params"]["today"] == "2026-12-15"
    assert _communications(db) == 0
    status, _, err = _run(db, capsys, "--lang", "nl", "run", "--date", "16-12-2026")
    assert status == 2 and "16-12-2026 ligt na vandaag (15-12-2026)" in err
    assert "debtordesk queue --date" in err
    status, data, _ = _run(db, capsys, "queue", "--date", "2026-12-16", "--json")
    assert status == 0 and len(data) == 1
    status, _, _ = _run(db, capsys, "run", "--date", "2026-12-15")
    assert status == 0


def test_policies_lists_the_shipped_defaults(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    status, data, _ = _run(db, capsys, "policies", "--json")
    assert status == 0
    assert [(p["name"], p["default_for"]) for p in data] == [
        ("Business (NL)", "business"),
        ("Consumer (NL)", "consumer"),
    ]
    assert all(p["steps"] for p in data)
    status, out, _ = _run(db, capsys, "--lang", "nl", "policies")
    assert "Consumer (NL) [standaard voor consumenten]" in out
    assert "dagen vanaf de vervaldatum" in out


def test_text_names_the_channels_in_the_clerks_language(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Dutch text said 'per email, sms', 'per letter', 'per call', 'per handover': the channels'
    internal names. --json keeps those names."""
    _fill(db)
    status, out, _ = _run(db, capsys, "--lang", "nl", "queue", "--date", "16-12-2026")
    assert status == 0 and "Herinnering per e-mail, sms;" in out
    status, out, _ = _run(db, capsys, "--lang", "nl", "policies")
    assert status == 0
    assert "per brief" in out and "per telefoon" in out and "per overdracht" in out
    assert "per letter" not in out and "per call" not in out and "per email" not in out
    status, out, _ = _run(db, capsys, "--lang", "en", "policies")
    assert status == 0 and "by letter" in out and "by phone" in out and "by e-mail" in out
    status, out, _ = _run(db, capsys, "--lang", "nl", "run", "--date", "16-12-2026")
    assert status == 0 and "gepland per e-mail, sms" in out


def test_run_warns_about_the_interest_table_as_the_queue_does(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """On 2025-12-01 the shipped rate in force (from 2025-07-01) is not confirmed: 'queue' said so,
    'run' (which records that interest) said nothing. It now prints the same warning on stderr and
    lists it in --json; once the row is confirmed, neither says anything."""
    with db.write() as session:
        jan = add_customer(session, "K1", "Jan Jansen", email="jan@example.nl")
        add_invoice(session, jan, "F1", date(2025, 11, 1), "100.00")
    status, _, queue_err = _run(db, capsys, "--lang", "nl", "queue", "--date", "01-12-2025")
    assert status == 0 and "niet bevestigd" in queue_err
    interest_lines = [line for line in queue_err.splitlines() if "niet bevestigd" in line]
    status, _, run_err = _run(db, capsys, "--lang", "nl", "run", "--date", "01-12-2025")
    assert status == 0
    assert [line for line in run_err.splitlines() if "niet bevestigd" in line] == interest_lines
    status, data, err = _run(db, capsys, "--lang", "en", "run", "--date", "2025-12-01", "--json")
    assert status == 0 and data["items"] == []  # recorded by the run before
    (warning,) = [w for w in data["warnings"] if w["code"].startswith("interest.")]
    assert warning["code"] == "interest.rate_unconfirmed"
    assert warning["message"] in err and "2025-07-01" in warning["message"]
    with db.write() as session:
        row = session.scalars(
            select(InterestRateRow).where(InterestRateRow.valid_from == date(2025, 7, 1))
        ).one()
        row.confirmed = True
    status, data, err = _run(db, capsys, "run", "--date", "2025-12-01", "--json")
    assert status == 0 and not [w for w in data["warnings"] if w["code"].startswith("interest.")]
    assert "interest" not in err.lower()
