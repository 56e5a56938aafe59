"""A negative promised amount or amount per term is refused in words about that amount: the refusal
said 'Vul de openstaande hoofdsom in als positief bedrag' ('Enter the open principal as a positive
amount'), the calculator's words, to a clerk typing what a customer promised."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from debtordesk.cli import main
from debtordesk.services.database import Database
from tests.integration.followup.helpers import import_open_items


def _refused(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    path = db.sqlite_path
    url = str(path) if path else db.engine.url.render_as_string(hide_password=False)
    capsys.readouterr()
    assert main(["--db", url, *args, "--date", "2026-12-16"]) == 2
    return capsys.readouterr().err.strip()


@pytest.mark.usefixtures("runs_on_test_dates")  # log-call refuses a day after today
def test_a_negative_promise_or_term_is_not_called_a_principal(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_open_items(
        db,
        tmp_path,
        [("F1", "K1", "Jan Jansen", date(2026, 11, 1), "100.00", "100.00")],
        export_date=date(2026, 12, 15),
    )
    promise = ["log-call", "K1", "--outcome", "promise_to_pay", "--promise-date", "2026-12-20"]
    nl = _refused(db, capsys, "--lang", "nl", *promise, "--promise-amount", "-5")
    assert nl == "'-5' is negatief. Vul een bedrag van 0 of meer in, zonder minteken."
    en = _refused(db, capsys, "--lang", "en", *promise, "--promise-amount", "-5")
    assert en == "'-5' is negative. Enter an amount of 0 or more, without a minus sign."
    term = ["arrangement", "K1", "--term-amount=-10,00", "--start", "2026-12-20"]
    assert "hoofdsom" not in _refused(db, capsys, "--lang", "nl", *term)
