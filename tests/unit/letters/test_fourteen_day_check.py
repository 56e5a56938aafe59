"""Checking a 14-day letter template for what the law requires: the term of 14 days counted from
the day after receipt, and the exact collection costs (LEGAL-NL.md, art. 6:96 lid 6 BW)."""

from __future__ import annotations

from pathlib import Path

import pytest

from debtordesk.i18n.catalogue import render_error
from debtordesk.letters.legal_check import fourteen_day_problems
from debtordesk.letters.templates import check_templates, copy_templates, shipped_folder

TEMPLATES = [
    ("nl", "formal", "binnen veertien dagen na de dag waarop u deze brief hebt ontvangen"),
    ("nl", "informal", "binnen veertien dagen na de dag waarop je deze brief hebt ontvangen"),
    ("en", "formal", "within fourteen days after the day on which you received this letter"),
    ("en", "informal", "within fourteen days after the day on which you received this letter"),
]
LETTER_DATE = {
    "nl": "binnen veertien dagen na de datum van deze brief",
    "en": "within fourteen days after the date of this letter",
}


def _edit(root: Path, language: str, tone: str, old: str, new: str) -> Path:
    path = root / language / tone / "fourteen_day_letter.txt"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def _codes(root: Path) -> list[str]:
    return [problem.code for problem in check_templates(root)]


def test_the_shipped_templates_and_an_untouched_copy_pass(tmp_path: Path) -> None:
    assert check_templates(None) == []
    copy_templates(tmp_path)
    assert check_templates(tmp_path) == []


@pytest.mark.parametrize(("language", "tone", "term"), TEMPLATES)
def test_a_term_counted_from_the_letter_date_is_refused(
    tmp_path: Path, language: str, tone: str, term: str
) -> None:
    copy_templates(tmp_path)
    path = _edit(tmp_path, language, tone, term, LETTER_DATE[language])
    problems = check_templates(tmp_path)
    assert [p.code for p in problems] == ["letters.fourteen_day.term_from_letter_date"]
    dutch = render_error(problems[0], "nl")
    assert str(path) in dutch
    assert "vanaf de dag nadat de klant de brief heeft ontvangen" in dutch
    assert f"'{term}'" in dutch  # what to write instead, in the letter's language and tone
    assert "geen incassokosten" in dutch
    assert "..'" not in dutch and ".." not in dutch.replace(str(path), "")


@pytest.mark.parametrize(("language", "tone", "term"), TEMPLATES)
def test_a_letter_without_the_term_is_refused(
    tmp_path: Path, language: str, tone: str, term: str
) -> None:
    copy_templates(tmp_path)
    _edit(tmp_path, language, tone, term, "soon" if language == "en" else "snel")
    problems = check_templates(tmp_path)
    assert [p.code for p in problems] == ["letters.fourteen_day.term_missing"]
    english = render_error(problems[0], "en")
    assert "counted from the day after the letter was received" in english


def test_the_payment_box_must_give_the_same_term(tmp_path: Path) -> None:
    copy_templates(tmp_path)
    _edit(
        tmp_path,
        "nl",
        "formal",
        "{% block pay_by_value %}binnen veertien dagen na ontvangst van deze brief{% endblock %}",
        "{% block pay_by_value %}uiterlijk {{ pay_by|date }}{% endblock %}",
    )
    problems = check_templates(tmp_path)
    assert [p.code for p in problems] == ["letters.fourteen_day.box_term"]
    assert "uiterlijk 19 maart 2026" in render_error(problems[0], "nl")


@pytest.mark.parametrize(("language", "tone", "term"), TEMPLATES)
def test_a_letter_without_the_costs_amount_is_refused(
    tmp_path: Path, language: str, tone: str, term: str
) -> None:
    copy_templates(tmp_path)
    path = tmp_path / language / tone / "fourteen_day_letter.txt"
    text = path.read_text(encoding="utf-8")
    # the amount leaves the intro, and the box under the total that repeats it is emptied
    start = text.index("{% if costs_announced %}")
    end = text.index("{% endif %}", start) + len("{% endif %}")
    text = text[:start] + text[end:] + "{% block costs_note %}{% endblock %}\n"
    path.write_text(text, encoding="utf-8")
    problems = check_templates(tmp_path)
    assert [p.code for p in problems] == ["letters.fourteen_day.costs_missing"]
    assert "costs_announced|money" in render_error(problems[0], "nl")


def test_the_costs_written_another_way_and_a_moved_sentence_pass(tmp_path: Path) -> None:
    """The check reads what the letter prints, not how the file is written."""
    copy_templates(tmp_path)
    shipped = (shipped_folder() / "nl" / "formal" / "fourteen_day_letter.txt").read_text(
        encoding="utf-8"
    )
    assert "costs_announced|money" in shipped
    _edit(
        tmp_path,
        "nl",
        "formal",
        "Die kosten zijn <b>{{ costs_announced|money }}</b>.",
        "Die kosten zijn dan {{ costs_announced|money }}. Betaal dus\nbinnen veertien dagen na de "
        "dag waarop u deze brief  hebt ontvangen.",
    )
    assert check_templates(tmp_path) == []


@pytest.mark.parametrize(
    ("term", "accepted"),
    [
        ("within fourteen days after you received this letter", True),
        ("within 14 days after you received this letter", True),
        ("within fourteen days after you have received this letter", True),
        ("within fourteen days after the day on which you received this letter", True),
        ("within fourteen days after receiving this letter", True),
        ("within fourteen days after the date of this letter", False),
        ("within fourteen days of the date of this letter", False),
        ("within fourteen days", False),
    ],
)
def test_the_english_letter_term_after_you_received_it_is_accepted(
    term: str, accepted: bool
) -> None:
    """As the 14-day e-mail's check accepts 'after you received this e-mail' (d03d3bb), the
    letter's accepts 'after you received this letter', in the text and in the payment details; a
    term counted from the letter's date is still refused."""
    body = f"Please pay € 187.43 {term}."
    problems = fourteen_day_problems(
        "en.txt", "en", "formal", {"intro": body, "pay_by_value": term}
    )
    assert (problems == []) is accepted, [render_error(p, "en") for p in problems]
