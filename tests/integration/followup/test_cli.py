"""``debtordesk calls``, ``log-call``, ``promises check`` and ``arrangement``: JSON exactly as
documented, text in both languages, refusals with exit codes and nothing written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from debtordesk.cli import main
from debtordesk.db.models import Arrangement, CallLog
from debtordesk.services.database import Database
from tests.integration.followup.helpers import import_open_items, set_contact


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(["--db", _url(db), *args])
    captured = capsys.readouterr()
    out = json.loads(captured.out) if "--json" in args and captured.out.strip() else captured.out
    return status, out, captured.err


def _fill(db: Database, tmp_path: Path) -> None:
    import_open_items(
        db,
        tmp_path,
        [
            ("F1", "K1", "Jan Jansen", date(2026, 11, 1), "1000.00", "1000.00"),
            ("F2", "K2", "Piet Zonder", date(2026, 10, 1), "250.00", "250.00"),
        ],
        export_date=date(2026, 12, 15),
    )
    set_contact(db, "K1", mobile="+31612345678", email="jan@example.nl")


def test_arrangement_json_is_exactly_terms_and_total(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(db, tmp_path)
    status, data, _ = _run(
        db,
        capsys,
        "arrangement",
        "K1",
        "--terms",
        "3",
        "--start",
        "2026-01-01",
        "--date",
        "2025-12-20",
        "--json",
    )
    assert status == 0
    assert data == {
        "terms": [
            {"due": "2026-01-01", "amount": "333.34"},
            {"due": "2026-02-01", "amount": "333.33"},
            {"due": "2026-03-01", "amount": "333.33"},
        ],
        "total": "1000.00",
    }
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Arrangement)) == 0
    status, saved, _ = _run(
        db,
        capsys,
        "arrangement",
        "K1",
        "--term-amount",
        "400",
        "--start",
        "01-01-2027",
        "--interval",
        "week",
        "--date",
        "2026-12-16",
        "--save",
        "--json",
    )
    assert status == 0
    assert saved["terms"] == [
        {"due": "2027-01-01", "amount": "400.00"},
        {"due": "2027-01-08", "amount": "400.00"},
        {"due": "2027-01-15", "amount": "200.00"},
    ]
    assert saved["total"] == "1000.00" and isinstance(saved["id"], int)
    status, text, _ = _run(
        db,
        capsys,
        "--lang",
        "nl",
        "arrangement",
        "K2",
        "--terms",
        "2",
        "--start",
        "2027-01-01",
        "--date",
        "2026-12-16",
    )
    assert status == 0
    assert "Termijn 1: 01-01-2027  125,00" in text and "--save" in text


@pytest.mark.usefixtures("runs_on_test_dates")  # log-call refuses a day after today
def test_calls_and_log_call(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(db, tmp_path)
    status, data, _ = _run(db, capsys, "calls", "--date", "2026-12-16", "--json")
    assert status == 0
    assert data == [
        {
            "customer": "K2",
            "name": "Piet Zonder",
            "phone": None,
            "tel": None,
            "email": None,
            "reasons": ["no_digital"],
            "overdue": "250.00",
            "open": "250.00",
            "days_overdue": 76,
            "assigned_to": None,
            "last_called_on": None,
            "follow_up_on": None,
        }
    ]
    status, logged, _ = _run(
        db,
        capsys,
        "log-call",
        "K2",
        "--outcome",
        "promise_to_pay",
        "--promise-date",
        "2026-12-23",
        "--promise-amount",
        "250,00",
        "--note",
        "na salaris",
        "--next",
        "2026-12-29",
        "--date",
        "2026-12-16",
        "--json",
    )
    assert status == 0
    assert logged["outcome"] == "promise_to_pay"
    assert logged["promise"]["amount"] == "250.00"
    assert logged["promise"]["invoices"] == ["F2"]
    assert logged["promise"]["hold_until"] == "2026-12-28"
    status, data, _ = _run(db, capsys, "calls", "--date", "2026-12-16", "--json")
    assert data == []
    status, text, _ = _run(db, capsys, "--lang", "nl", "calls", "--date", "2026-12-16")
    assert status == 0 and "Op 16-12-2026 hoeft niemand gebeld te worden." in text


@pytest.mark.usefixtures("runs_on_test_dates")  # log-call refuses a day after today
def test_promises_check_json(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(db, tmp_path)
    _run(
        db,
        capsys,
        "log-call",
        "K1",
        "--outcome",
        "promise_to_pay",
        "--promise-date",
        "2026-12-18",
        "--promise-amount",
        "1000",
        "--date",
        "2026-12-16",
    )
    import_open_items(
        db,
        tmp_path,
        [
            ("F1", "K1", "Jan Jansen", date(2026, 11, 1), "1000.00", "1000.00"),
            ("F2", "K2", "Piet Zonder", date(2026, 10, 1), "250.00", "250.00"),
        ],
        export_date=date(2026, 12, 23),
    )
    status, data, _ = _run(db, capsys, "promises", "check", "--date", "2026-12-23", "--json")
    assert status == 0
    assert data["date"] == "2026-12-23"
    (item,) = data["promises"]
    assert {k: item[k] for k in ("customer", "date", "amount", "paid", "status")} == {
        "customer": "K1",
        "date": "2026-12-18",
        "amount": "1000.00",
        "paid": "0.00",
        "status": "broken",
    }
    assert item["decided_from"].isdigit()
    assert data["arrangements"] == []
    status, calls, _ = _run(db, capsys, "calls", "--date", "2026-12-23", "--json")
    assert (calls[0]["customer"], calls[0]["reasons"]) == ("K1", ["broken_promise"])


@pytest.mark.usefixtures("runs_on_test_dates")  # log-call refuses a day after today
@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["log-call", "K9", "--outcome", "reached"], "followup.unknown_customer"),
        (["log-call", "K1", "--outcome", "nonsense"], "followup.unknown_outcome"),
        (
            ["log-call", "K1", "--outcome", "reached", "--promise-date", "2026-12-20"],
            "followup.promise_only_with_outcome",
        ),
        (["log-call", "K1", "--outcome", "dispute", "--invoice", "X9"], "followup.unknown_invoice"),
        (
            ["arrangement", "K1", "--terms", "99", "--start", "2027-01-01"],
            "arrangement.too_many_terms",
        ),
        (["arrangement", "K1", "--term-amount", "abc", "--start", "2027-01-01"], "calc.bad_amount"),
        (["calls", "--clerk", "nobody"], "followup.unknown_clerk"),
    ],
)
def test_refusals_exit_2_with_a_stable_code(
    db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: str,
) -> None:
    _fill(db, tmp_path)
    status, data, _ = _run(db, capsys, *args, "--date", "2026-12-16", "--json")
    assert status == 2
    assert data["error"]["code"] == code
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(CallLog)) == 0
        assert session.scalar(select(func.count()).select_from(Arrangement)) == 0


def test_promises_without_action(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(db, capsys, "promises")
    assert status == 2 and "promises check" in err


def test_calls_with_the_queue(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from debtordesk.domain.enums import CustomerType
    from tests.integration.views.factory import add_customer, add_invoice

    with db.write() as session:
        customer = add_customer(
            session,
            "H1",
            "Hans Bel",
            mobile="+31633333333",
            email="h@example.nl",
            customer_type=CustomerType.BUSINESS,
        )
        add_invoice(session, customer, "FH", date(2026, 11, 25), "400.00")
    status, plain, _ = _run(db, capsys, "calls", "--date", "2026-12-16", "--json")
    assert (status, plain) == (0, [])
    status, data, _ = _run(db, capsys, "calls", "--date", "2026-12-16", "--with-queue", "--json")
    assert status == 0
    assert [(c["customer"], c["reasons"], c["tel"]) for c in data] == [
        ("H1", ["call_step"], "tel:+31633333333")
    ]
