"""The catalogue says one or many: '1 factuur', '3 facturen', never 'factuur/facturen' or
'invoice(s)' (the timeline, the letters and payments commands, the policy refusals)."""

from __future__ import annotations

import re

import pytest

from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import CATALOGUE, render

#: texts where "(s)" is right: a help text and a column that may hold one number or several
ALLOWED = {"payments.col.invoices"}

_BOTH_FORMS = re.compile(r"\w\((?:s|en|'s)\)|\b(\w+)/(?:-?\w+)\b")


def test_a_count_picks_the_singular_or_the_plural_in_both_languages() -> None:
    planned = {"step": "Herinnering", "date": "2026-11-23", "channels": "sms", "amount": "10"}
    one = Message("event.dunning.planned", {**planned, "invoices": 1})
    many = Message("event.dunning.planned", {**planned, "invoices": 1234})
    assert ": 1 invoice, € 10 open." in render(one, "en")
    assert ": 1 factuur, € 10 open." in render(one, "nl")
    assert ": 1,234 invoices, € 10 open." in render(many, "en")
    assert ": 1.234 facturen, € 10 open." in render(many, "nl")
    made = {"batch": 3, "path": "/tmp/b.pdf"}
    assert render(Message("cli.letters.made", {**made, "letters": 1, "pages": 2}), "nl") == (
        "Batch 3: 1 brief, 2 pagina's, geschreven naar /tmp/b.pdf (gearchiveerd)."
    )
    assert render(Message("cli.letters.made", {**made, "letters": 2, "pages": 1}), "en") == (
        "Batch 3: 2 letters, 1 page, written to /tmp/b.pdf (archived)."
    )


def test_verbs_and_pronouns_follow_the_count() -> None:
    one = Message("policies.use.rules", {"count": 1, "rules": "'Kinderopvang'"})
    two = Message("policies.use.rules", {"count": 2, "rules": "'A', 'B'"})
    assert render(one, "en") == (
        "The segment rule 'Kinderopvang' chooses it: let it choose another policy or delete it "
        "first."
    )
    assert render(two, "nl") == (
        "De segmentregels 'A', 'B' kiezen het: laat ze eerst ander beleid kiezen of verwijder ze."
    )
    waiting = Message("cli.letters.waiting", {"count": 1})
    assert render(waiting, "nl") == (
        "1 voorbereide brief mag pas op een latere dag weg en is daarvoor bewaard."
    )
    copied = Message("letters.templates_copied", {"count": 1, "folder": "/x/#1|a"})
    text = render(copied, "en")
    assert text.startswith("1 template file copied to /x/#1|a. Edit it there")
    assert text.endswith("the letters use it from now on.")


@pytest.mark.parametrize("code", sorted(set(CATALOGUE) - ALLOWED))
def test_no_text_offers_both_forms(code: str) -> None:
    """'letter(s)', 'klant(en)', 'pagina('s)', 'brief/brieven', 'factuur/facturen' are gone."""
    for text in CATALOGUE[code]:
        words = [
            found.group(0)
            for found in _BOTH_FORMS.finditer(text)
            if found.group(1) is None or _plural_pair(found.group(0))
        ]
        assert not words, (code, words)


def _plural_pair(slashed: str) -> bool:
    """brief/brieven, factuur/facturen, veertiendagenbrief/-brieven; not y/N, 12/31 or and/or."""
    one, other = slashed.split("/", 1)
    if other.startswith("-"):
        return True
    alike = one[:3].lower() == other[:3].lower()
    return alike and one.isalpha() and other.isalpha() and min(len(one), len(other)) >= 3


#: a count of one before a plural noun ('1 bestanden', '1 klanten', '1 invoices')
_ONE_PLURAL = re.compile(
    r"(?<![\d.,])1 (?:\w+ )?(?:bestanden|facturen|klanten|rijen|dagen|werkdagen|betaallinks|brieven|"
    r"pagina's|berichten|termijnen|maanden|weken|uren|minuten|seconden|betalingen|kolommen|regels|"
    r"stappen|beloften|gesprekken|fouten|waarschuwingen|files|invoices|customers|rows|days|"
    r"business days|payment links|letters|pages|messages|terms|months|weeks|hours|minutes|seconds|"
    r"payments|columns|lines|steps|promises|calls|errors|warnings)\b"
)


#: a number that is never one: a fixed limit or time-out, a count that only the plural case shows
NEVER_ONE = {
    "cli.import.warnings",  # cli.import.warnings.one says '1 warning'
    "db.locked",  # the busy time-out, 30 seconds or more
    "print.timeout",
    "secrets.timeout",
    "reference.rf_bad_base",  # 1 to 21 letters and digits
    "links.tikkie.reference_invalid",
}


@pytest.mark.parametrize("code", sorted(set(CATALOGUE) - NEVER_ONE))
def test_a_count_of_one_never_meets_a_plural_noun(code: str) -> None:
    """Every placeholder that stands right before a counted noun, given 1: backups with one archive
    file ('1 bestanden uit het briefarchief'), warnings for one customer or row, one day left."""
    english, dutch = CATALOGUE[code]
    fields = {name for text in (english, dutch) for name in re.findall(r"\{(\w+)", text)}
    message = Message(code, dict.fromkeys(fields, 1))
    for language in ("en", "nl"):
        try:
            text = render(message, language)
        except (TypeError, ValueError, KeyError, AttributeError):
            continue  # a placeholder that takes a date or an amount: not a count
        assert not _ONE_PLURAL.search(text), (code, language, text)
