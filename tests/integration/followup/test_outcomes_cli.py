"""'debtordesk outcomes': the call outcome codes listed, added, changed and retired (both engines); a code
added there is one 'log-call --outcome' accepts, a retired one is no longer offered."""

from __future__ import annotations

import json

import pytest

from debtordesk.cli import main
from debtordesk.services.database import Database
from debtordesk.services.followup.outcomes import list_outcomes


def _url(db: Database) -> str:
    return str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(False)


def test_outcomes_list_set_and_retire(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(db)
    assert main(["--db", url, "outcomes"]) == 0
    assert "voicemail" in capsys.readouterr().out
    assert main(["--db", url, "outcomes", "list", "--json"]) == 0
    seeded = json.loads(capsys.readouterr().out)
    assert {"reached", "voicemail", "promise_to_pay", "already_paid"} <= {o["code"] for o in seeded}
    assert main(
        ["--db", url, "outcomes", "set", "callback_later", "--en", "Call back later",
         "--nl", "Later terugbellen", "--not-reached", "--json"]
    ) == 0  # fmt: skip
    added = json.loads(capsys.readouterr().out)
    assert added == {
        "code": "callback_later",
        "label_en": "Call back later",
        "label_nl": "Later terugbellen",
        "reached": False,
        "effect": None,
        "active": True,
    }
    assert "callback_later" in {o.code for o in list_outcomes(db)}
    # in Dutch, as text
    assert main(["--lang", "nl", "--db", url, "outcomes", "list"]) == 0
    assert "Later terugbellen  (niet bereikt)" in capsys.readouterr().out
    # retired: no longer offered, still listed with --all
    assert main(
        ["--db", url, "outcomes", "set", "callback_later", "--en", "Call back later",
         "--nl", "Later terugbellen", "--retire"]
    ) == 0  # fmt: skip
    capsys.readouterr()
    assert "callback_later" not in {o.code for o in list_outcomes(db)}
    assert main(["--db", url, "outcomes", "list", "--all", "--json"]) == 0
    listed = {o["code"]: o for o in json.loads(capsys.readouterr().out)}
    assert listed["callback_later"]["active"] is False
    # a bad code is refused with exit 2 and the rule
    assert main(["--db", url, "outcomes", "set", "Bad Code", "--en", "x", "--nl", "y"]) == 2
    assert "lower-case letters" in capsys.readouterr().err
