"""'debtordesk outcomes' lists what an outcome does in the clerk's words: a Dutch clerk read
'(bereikt, dispute)', '(niet bereikt, wrong_number)', '(bereikt, reported_paid)', the effect codes
(--json keeps them)."""

from __future__ import annotations

import json

import pytest

from debtordesk.cli import main
from debtordesk.domain.calls import CallEffect
from debtordesk.i18n.catalogue import CATALOGUE
from debtordesk.services.database import Database


def _url(db: Database) -> str:
    return str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(False)


def _lines(capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    return {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}


def test_every_effect_has_a_word_in_both_languages() -> None:
    for effect in CallEffect:
        english, dutch = CATALOGUE[f"cli.outcomes.effect.{effect.value}"]
        assert english and dutch and "_" not in english + dutch


def test_the_list_shows_effects_in_words(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(db)
    assert main(["--lang", "nl", "--db", url, "outcomes"]) == 0
    dutch = _lines(capsys)
    assert dutch["dispute"].endswith("(bereikt, betwisting)"), dutch["dispute"]
    assert dutch["wrong_number"].endswith("(niet bereikt, verkeerd nummer)")
    assert dutch["already_paid"].endswith("(bereikt, gemeld als betaald)")
    assert not [line for line in dutch.values() if "_" in line.split("(", 1)[1]], dutch
    assert main(["--lang", "en", "--db", url, "outcomes"]) == 0
    english = _lines(capsys)
    assert english["already_paid"].endswith("(reached, reported paid)"), english["already_paid"]
    assert english["referred_to_debt_help"].endswith("(reached, debt help)")
    assert main(["--lang", "nl", "--db", url, "outcomes", "list", "--json"]) == 0
    effects = {o["code"]: o["effect"] for o in json.loads(capsys.readouterr().out)}
    assert effects["already_paid"] == "reported_paid" and effects["dispute"] == "dispute"
