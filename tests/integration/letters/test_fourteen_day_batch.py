"""A letter batch refuses 14-day letters whose template fails the legal check of 'letters templates
check' (a term counted from the letter's date, no costs amount): nothing is made or archived, the
CLI exits 2. The step's flag decides, not the template's name."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from debtordesk.cli import main
from debtordesk.db.models import Communication, Letter, LetterBatch
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.letters.templates import copy_templates
from debtordesk.services.database import Database
from debtordesk.services.letters import generate_batch
from debtordesk.settings.paths import archive_dir, data_dir
from tests.integration.letters.factory import TODAY, add_customers, clock, fill

RIGHT = "na de dag waarop u deze brief hebt ontvangen"
WRONG = "na de datum van deze brief"


def _templates() -> Path:
    folder = data_dir() / "letters" / "templates"
    copy_templates(folder)
    return folder


def _break(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert RIGHT in text
    path.write_text(text.replace(RIGHT, WRONG), encoding="utf-8")


def _letters(db: Database) -> list[tuple[int, str, bool, CommunicationStatus]]:
    with db.read() as session:
        return [
            (row.id, row.template or "", bool(row.fourteen_day_letter), row.status)
            for row in session.scalars(
                select(Communication)
                .where(Communication.channel == ActionChannel.LETTER)
                .order_by(Communication.id)
            )
        ]


def _nothing_made(db: Database) -> None:
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(LetterBatch)) == 0
        assert session.scalar(select(func.count()).select_from(Letter)) == 0
    assert {status for *_, status in _letters(db)} == {CommunicationStatus.PREPARED}
    folder = archive_dir()
    assert not folder.exists() or not [p for p in folder.rglob("*") if p.is_file()]


def test_a_fourteen_day_letter_with_a_wrong_term_refuses_the_batch(db: Database) -> None:
    fill(db)
    assert any(fourteen for _, _, fourteen, _ in _letters(db))
    _break(_templates() / "nl" / "formal" / "fourteen_day_letter.txt")
    with pytest.raises(UserError) as caught:
        generate_batch(db, 1, letter_date=TODAY, clock=clock)
    assert caught.value.code == "letters.fourteen_day_template_refused"
    text = render(caught.value.message, "nl")
    assert "veertiendagenbrieven" in text and "'fourteen_day_letter'" in text
    assert "fourteen_day_letter.txt" in text and f"'{WRONG}'" in text
    assert "Er is niets gedrukt of gearchiveerd." in text
    _nothing_made(db)


def test_other_letters_are_not_held_by_the_fourteen_day_check(db: Database) -> None:
    fill(db)
    _break(_templates() / "nl" / "formal" / "fourteen_day_letter.txt")
    others = [i for i, _, fourteen, _ in _letters(db) if not fourteen]
    assert others
    batch = generate_batch(db, 1, letter_date=TODAY, clock=clock, communication_ids=others)
    assert batch.letter_count == len(others)


def test_a_policy_step_of_its_own_is_checked_by_its_fourteen_day_flag(db: Database) -> None:
    """A policy's own 14-day step with its own template name: the template is checked too."""
    fill(db)
    folder = _templates()
    own = folder / "nl" / "formal" / "laatste_brief.txt"
    own.write_text(
        (folder / "nl" / "formal" / "fourteen_day_letter.txt").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    with db.write() as session:
        session.execute(
            update(Communication)
            .where(Communication.fourteen_day_letter.is_(True))
            .values(template="laatste_brief")
        )
    _break(own)
    with pytest.raises(UserError) as caught:
        generate_batch(db, 1, letter_date=TODAY, clock=clock)
    assert caught.value.code == "letters.fourteen_day_template_refused"
    assert "laatste_brief.txt" in render(caught.value.message, "en")
    _nothing_made(db)
    # put right, the same letters make the batch
    own.write_text(own.read_text(encoding="utf-8").replace(WRONG, RIGHT), encoding="utf-8")
    assert generate_batch(db, 1, letter_date=TODAY, clock=clock).letter_count == len(_letters(db))


def test_the_command_line_refuses_with_exit_2(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add_customers(db, today=datetime.now().astimezone().date())
    url = str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(False)
    assert main(["--db", url, "run", "--json"]) == 0
    _break(_templates() / "nl" / "formal" / "fourteen_day_letter.txt")
    capsys.readouterr()
    out = tmp_path / "batch.pdf"
    status = main(["--db", url, "--lang", "nl", "letters", "--out", str(out)])
    captured = capsys.readouterr()
    assert status == 2
    assert "De batch is niet gemaakt" in captured.err + captured.out
    assert "'fourteen_day_letter'" in captured.err + captured.out
    assert not out.exists()
    status = main(["--db", url, "letters", "list", "--json"])
    assert status == 0 and json.loads(capsys.readouterr().out) == []
