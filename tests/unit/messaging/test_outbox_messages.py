"""Every message the outbox and the message templates can show exists in English and Dutch with the same
placeholders, and every code the code uses is in the catalogue."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import CATALOGUE, render
from debtordesk.i18n.messages_outbox import MESSAGES

SOURCE = Path(__file__).resolve().parents[3] / "src" / "debtordesk"
FILES = [
    *sorted((SOURCE / "services").glob("outbox*.py")),
    *sorted((SOURCE / "messaging").glob("*.py")),
    SOURCE / "domain" / "outbox.py",
    SOURCE / "cli" / "outbox.py",
]
CODE = re.compile(
    r"""["'](outbox\.[a-z_.]+|messages\.[a-z_.]+|event\.outbox\.[a-z_]+|cli\.(?:send|outbox)\.[a-z_]+)["']"""
)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


#: the same in both languages
SAME = {"cli.outbox.setting", "outbox.channel.email", "outbox.messages.email"}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_with_the_same_placeholders(code: str) -> None:
    english, dutch = MESSAGES[code]
    assert english.strip() and dutch.strip() and (english != dutch or code in SAME)
    assert _fields(english) == _fields(dutch), code
    for text in (english, dutch):  # {channel:@outbox.messages}: words the catalogue has
        for _, _, spec, _ in Formatter().parse(text):
            if spec and spec.startswith("@"):
                assert any(known.startswith(spec[1:] + ".") for known in CATALOGUE), (code, spec)


def test_a_word_placeholder_shows_the_word_for_the_id_or_the_id() -> None:
    """The message keeps the id (--json, the timeline); the clerk reads the word."""
    no_provider = Message("outbox.no_provider", {"channel": "email"})
    assert render(no_provider, "nl").startswith("Er is geen provider gekozen voor e-mails, dus")
    assert "debtordesk providers use email PROVIDER" in render(no_provider, "nl")
    cap = Message("outbox.cap_reached", {"channel": "sms", "cap": "daily"})
    assert render(cap, "en").startswith("The daily limit of SMS messages is reached")
    assert render(cap, "nl").startswith("De limiet per dag voor sms-berichten is bereikt")
    unknown = Message("outbox.cap_reached", {"channel": "fax", "cap": "weekly"})
    assert render(unknown, "en").startswith("The weekly limit of fax is reached")


def test_the_sending_window_is_shown_with_the_day_names_of_the_language() -> None:
    """The note keeps the window as stored (mon-sat 09:00-20:00); a Dutch clerk reads ma-za."""
    closed = Message(
        "outbox.window_closed",
        {"channel": "sms", "window": "mon-sat 09:00-20:00 holidays", "opens": "x"},
    )
    assert "buiten het verzendvenster (ma-za 09:00-20:00 feestdagen)." in render(closed, "nl")
    assert "outside the sending window (mon-sat 09:00-20:00 holidays)." in render(closed, "en")
    odd = Message("outbox.window_closed", {"channel": "sms", "window": "weekdays", "opens": "x"})
    assert "(weekdays)" in render(odd, "nl")


def test_a_word_placeholder_puts_a_stored_list_of_ids_into_words() -> None:
    """The run stores a step's channels as one text ("sms, email"): the timeline shows the words."""
    planned = Message(
        "event.dunning.planned",
        {"step": "Herinnering", "channels": "sms, email", "invoices": 1, "amount": "5"},
    )
    assert "per sms, e-mail:" in render(planned, "nl")
    assert "by SMS, e-mail:" in render(planned, "en")
    # a list with an id the catalogue has no word for stays as it is
    odd = Message("event.dunning.planned", {"step": "X", "channels": "sms, fax"})
    assert "per sms, fax:" in render(odd, "nl")


def test_dutch_calls_a_prepared_message_by_the_outbox_pages_status_word() -> None:
    """The outbox page says 'Klaargezet' (outbox.status.prepared); the notes of send, the outbox's
    messages, the command line's help and paylink-export (which writes the prepared requests) say
    'klaargezet' too, never 'voorbereid'."""
    from debtordesk.i18n import messages_cli, messages_payments

    assert CATALOGUE["outbox.status.prepared"][1] == "Klaargezet"
    dutch = [texts[1] for texts in MESSAGES.values()]
    dutch += [text for text in messages_cli.HELP.values() if isinstance(text, str)]
    dutch += [
        texts[1] for code, texts in messages_payments.MESSAGES.items() if "paylink_export" in code
    ]
    assert not [text for text in dutch if "voorbereid" in text.lower()]
    no_provider = render(Message("outbox.no_provider", {"channel": "sms"}), "nl")
    assert "dus die zijn niet verstuurd: ze blijven klaargezet staan." in no_provider


def test_every_code_used_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in FILES:
        used.update(CODE.findall(path.read_text(encoding="utf-8")))
    # codes made with a variant suffix in f-strings
    used.update(f"messages.check_{kind}.{variant}" for kind in ("ucs2", "segments")
                for variant in ("link", "no_link"))  # fmt: skip
    used = {code for code in used if not code.endswith(".")}
    assert used, "no codes found: the pattern is wrong"
    missing = sorted(code for code in used if code not in CATALOGUE)
    assert missing == []
