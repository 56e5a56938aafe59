"""``debtordesk log-call`` refuses what cannot be a call: a day after today (as ``run`` does, in the
same words) and a ``--phone`` that is not a phone number ('abc' was stored as the number dialled).
Dutch national forms such as '030 200 1234' and '06-12345678' are numbers."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from debtordesk.cli import main
from debtordesk.db.models import CallLog
from debtordesk.services.database import Database
from tests.integration.followup.helpers import import_open_items

TODAY = date(2026, 12, 16)


@pytest.fixture
def today_is_fixed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("debtordesk.cli.dunning._latest_run_day", lambda: TODAY)


def _main(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    path = db.sqlite_path
    url = str(path) if path else db.engine.url.render_as_string(hide_password=False)
    capsys.readouterr()
    status = main(["--db", url, *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err.strip()


def _fill(db: Database, tmp_path: Path) -> None:
    import_open_items(
        db,
        tmp_path,
        [("F1", "K1", "Jan Jansen", date(2026, 11, 1), "100.00", "100.00")],
        export_date=date(2026, 12, 15),
    )


def _calls(db: Database) -> list[str | None]:
    with db.read() as session:
        return list(session.scalars(select(CallLog.phone).order_by(CallLog.id)))


@pytest.mark.usefixtures("today_is_fixed")
def test_a_call_on_a_later_day_is_refused_like_a_run(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(db, tmp_path)
    call = ("log-call", "K1", "--outcome", "reached", "--date", "2026-12-17")
    status, out, _ = _main(db, capsys, *call, "--json")
    assert status == 2 and json.loads(out)["error"]["code"] == "cli.log_call.future_date"
    status, _, nl = _main(db, capsys, "--lang", "nl", *call)
    assert status == 2
    assert "17-12-2026 ligt na vandaag (16-12-2026)" in nl and "--date" in nl, nl
    status, _, en = _main(db, capsys, "--lang", "en", *call)
    assert status == 2 and "2026-12-17 is later than today (2026-12-16)" in en, en
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(CallLog)) == 0
    status, _, _ = _main(
        db, capsys, "log-call", "K1", "--outcome", "reached", "--date", "2026-12-16"
    )
    assert status == 0


@pytest.mark.usefixtures("today_is_fixed")
def test_a_phone_that_is_not_a_number_is_refused(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(db, tmp_path)
    call = ("log-call", "K1", "--outcome", "reached", "--date", "2026-12-16")
    status, out, _ = _main(db, capsys, *call, "--phone", "abc", "--json")
    assert status == 2 and json.loads(out)["error"]["code"] == "cli.log_call.bad_phone"
    status, _, nl = _main(db, capsys, "--lang", "nl", *call, "--phone", "abc")
    assert status == 2 and "'abc'" in nl and "--phone" in nl, nl
    status, _, en = _main(db, capsys, "--lang", "en", *call, "--phone", "12")
    assert status == 2 and "'12'" in en and "--phone" in en, en
    assert _calls(db) == []
    for phone in ("030 200 1234", "06-12345678", "+31 20 123 4567"):
        status, _, err = _main(db, capsys, *call, "--phone", phone)
        assert status == 0, err
    assert _calls(db) == ["+31302001234", "+31612345678", "+31201234567"]
