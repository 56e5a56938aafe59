"""Customising the letter templates: copy them into the data folder, check them, and the letters
use the organisation's version from then on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from debtordesk.cli import main
from debtordesk.services.letter_templates import templates_folder
from debtordesk.services.letters_batch import template_override_dir


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_copy_check_and_break_the_templates(capsys: pytest.CaptureFixture[str]) -> None:
    assert template_override_dir() is None
    status, out, _ = _run(capsys, "letters", "templates", "copy", "--json")
    assert status == 0
    answer = json.loads(out)
    folder = Path(answer["folder"])
    assert folder == templates_folder() and folder.is_dir()
    assert (folder / "nl" / "formal" / "fourteen_day_letter.txt").is_file()
    assert template_override_dir() == folder
    # a second copy keeps the organisation's edits
    edited = folder / "nl" / "formal" / "reminder_1.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n{# our edit #}\n", encoding="utf-8")
    status, out, _ = _run(capsys, "letters", "templates", "copy", "--json")
    assert json.loads(out)["written"] == []
    assert "our edit" in edited.read_text(encoding="utf-8")

    status, out, _ = _run(capsys, "letters", "templates", "check")
    assert status == 0 and "no problems" in out

    edited.write_text("{% block intro %}unclosed", encoding="utf-8")
    status, out, _ = _run(capsys, "letters", "templates", "check", "--json")
    assert status == 2
    problems = json.loads(out)["problems"]
    assert problems and any("reminder_1.txt" in p["message"] for p in problems)


def test_check_refuses_a_fourteen_day_letter_that_counts_from_the_letter_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = _run(capsys, "letters", "templates", "copy", "--json")
    folder = Path(json.loads(out)["folder"])
    status, out, _ = _run(capsys, "--lang", "nl", "letters", "templates", "check")
    assert status == 0
    letter = folder / "nl" / "formal" / "fourteen_day_letter.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8").replace(
            "na de dag waarop u deze brief hebt ontvangen", "na de datum van deze brief"
        ),
        encoding="utf-8",
    )
    status, out, err = _run(capsys, "--lang", "nl", "letters", "templates", "check")
    assert status == 2
    assert "Alle briefsjablonen zijn in orde" not in out
    assert str(letter) in err
    assert "telt de termijn vanaf de datum van de brief" in err
    assert "binnen veertien dagen na de dag waarop u deze brief hebt ontvangen" in err


def test_check_names_an_unknown_name_in_a_text_block(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "letters", "templates", "copy", "--json")
    folder = Path(json.loads(out)["folder"])
    letter = folder / "nl" / "formal" / "reminder_1.txt"
    text = letter.read_text(encoding="utf-8")
    assert "{% block intro %}" in text
    letter.write_text(
        text.replace("{% block intro %}", "{% block intro %}{{ onbekend }}", 1), encoding="utf-8"
    )
    status, out, err = _run(capsys, "--lang", "nl", "letters", "templates", "check")
    assert status == 2
    assert str(letter) in err and "blok intro" in err and "'onbekend'" in err
