"""``debtordesk log-call`` names the outcome and the cleared number in the clerk's words: it said
'Gesprek met K2 vastgelegd (wrong_number).' and 'Verkeerd nummer: gewist uit landline.', the
outcome code and the database field in the middle of the Dutch (and English) sentence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from debtordesk.cli import main
from debtordesk.services.database import Database
from tests.integration.followup.helpers import import_open_items, set_contact


def _log(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    path = db.sqlite_path
    url = str(path) if path else db.engine.url.render_as_string(hide_password=False)
    capsys.readouterr()
    assert main(["--db", url, *args, "--date", "2026-12-16"]) == 0
    return capsys.readouterr().out


@pytest.mark.usefixtures("runs_on_test_dates")  # log-call refuses a day after today
def test_the_outcome_and_the_cleared_number_are_in_words(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_open_items(
        db,
        tmp_path,
        [
            ("F1", "K1", "Jan Jansen", date(2026, 11, 1), "100.00", "100.00"),
            ("F2", "K2", "Piet Zonder", date(2026, 10, 1), "250.00", "250.00"),
        ],
        export_date=date(2026, 12, 15),
    )
    set_contact(db, "K1", mobile="+31612345678")
    set_contact(db, "K2", landline="+31201234567")
    out = _log(db, capsys, "--lang", "nl", "log-call", "K2", "--outcome", "wrong_number")
    assert out.splitlines() == [
        "Gesprek met K2 vastgelegd (Verkeerd nummer).",
        "Verkeerd nummer: gewist uit vaste telefoon.",
    ]
    out = _log(db, capsys, "--lang", "en", "log-call", "K1", "--outcome", "wrong_number")
    assert out.splitlines() == [
        "Call to K1 logged (Wrong number).",
        "Wrong number: cleared from mobile.",
    ]
    out = _log(db, capsys, "--lang", "nl", "log-call", "K1", "--outcome", "reached")
    assert out == "Gesprek met K1 vastgelegd (Bereikt).\n"
