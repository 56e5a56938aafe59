"""The timeline puts the ids stored in an entry's params (channels, the code of a problem) into the
clerk's words when it is shown, so entries stored earlier read right too: 'e-mail verstuurd', 'per
sms, e-mail', 'per brief', not 'email verstuurd', 'per sms, email', 'per letter'."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from debtordesk.db.models import Communication
from debtordesk.domain.dunning.model import ActionChannel
from debtordesk.services.audit import add_customer_event
from debtordesk.services.database import Database
from debtordesk.services.followup import customer_timeline
from debtordesk.services.outbox_admin import cancel
from tests.integration.outbox.factory import add_messages
from tests.integration.views.factory import add_customer, add_invoice

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

#: entries as the services store them: the ids in the params
STORED: list[tuple[str, str, dict[str, Any]]] = [
    ("outbox", "event.outbox.sent", {"step": "Herinnering", "channel": "email", "to": "a@b.nl"}),
    ("outbox", "event.outbox.failed", {"step": "Herinnering", "channel": "sms", "to": "+3161"}),
    ("outbox", "event.outbox.refused", {"step": "Herinnering", "channel": "sms", "to": "+3161"}),
    ("outbox", "event.outbox.uncertain", {"step": "Herinnering", "channel": "sms", "to": "+3161"}),
    ("outbox", "event.outbox.retried", {"step": "Herinnering", "channel": "email"}),
    ("outbox", "event.outbox.resolved_sent", {"step": "Herinnering", "channel": "sms"}),
    ("outbox", "event.outbox.resolved_failed", {"step": "Herinnering", "channel": "email"}),
    (
        "outbox",
        "event.outbox.sent_with_letter",
        {"step": "Veertiendagenbrief", "channel": "email", "to": "a@b.nl", "file": "R1.pdf"},
    ),
    (
        "outbox",
        "event.outbox.letter_not_archived",
        {
            "step": "Veertiendagenbrief",
            "channel": "email",
            "to": "a@b.nl",
            "file": "R1.pdf",
            "why": "disk_full",
            "path": "/data/archive",
        },
    ),
    (
        "dunning",
        "event.dunning.planned",
        {
            "step": "Herinnering",
            "channels": "sms, email",
            "invoices": 1,
            "amount": "1234.50",
            "date": "2026-11-23",
        },
    ),
    (
        "dunning",
        "event.dunning.stale_cancelled",
        {"step": "Aanmaning", "channel": "letter", "why": "run.stale"},
    ),
]

DUTCH = [
    "Herinnering: e-mail verstuurd naar a@b.nl.",
    "Herinnering: sms naar +3161 niet verstuurd; de provider weigerde het (zie de outbox).",
    "Herinnering: sms niet verstuurd (afgemeld, of geen geldig nummer of adres; zie de outbox).",
    "Herinnering: onbekend of de sms naar +3161 verstuurd is; controleer het in de outbox.",
    "Herinnering: e-mail opnieuw in de wachtrij gezet.",
    "Herinnering: sms gevonden bij de provider: verstuurd.",
    "Herinnering: e-mail niet bij de provider: niet verstuurd.",
    "Veertiendagenbrief: e-mail verstuurd naar a@b.nl, met de brief R1.pdf als bijlage.",
    "Veertiendagenbrief: de e-mail aan a@b.nl is verstuurd met de brief R1.pdf, maar er kon geen "
    "kopie van die pdf in het brievenarchief /data/archive worden bewaard (de schijf is "
    "vol).",
    "Herinnering gepland voor 23-11-2026 per sms, e-mail: 1 factuur, € 1.234,50 open.",
    "Aanmaning per brief geannuleerd voordat het wegging: de feiten zijn sinds de run veranderd.",
]

ENGLISH = [  # the shipped step names in English too, as the queue shows them
    "Reminder: e-mail sent to a@b.nl.",
    "Reminder: SMS to +3161 not sent; the provider refused it (see the outbox).",
    "Reminder: SMS not sent (opted out, or no valid number or address; see the outbox).",
    "Reminder: unknown whether the SMS to +3161 was sent; check it in the outbox.",
    "Reminder: e-mail queued again.",
    "Reminder: SMS found at the provider: sent.",
    "Reminder: e-mail not at the provider: not sent.",
    "14-day letter: e-mail sent to a@b.nl, with the letter R1.pdf attached.",
    "14-day letter: the e-mail to a@b.nl went out with the letter R1.pdf, but no copy of "
    "that PDF could be kept in the letter archive /data/archive (the disk is full).",
    "Reminder planned for 2026-11-23 by SMS, e-mail: 1 invoice, € 1,234.50 open.",
    "Aanmaning by letter cancelled before it went out: the facts changed since the run.",
]


def _customer_with_stored_entries(db: Database) -> int:
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan Jansen")
        add_invoice(session, customer, "F1", date(2026, 11, 1), "100.00")
        for minutes, (kind, code, params) in enumerate(STORED):
            add_customer_event(
                session,
                customer_id=customer,
                kind=kind,
                code=code,
                params=params,
                at=START + timedelta(minutes=minutes),
            )
    return customer


def _texts(db: Database, customer: int, language: str) -> list[str]:
    entries = customer_timeline(db, customer, kinds=["outbox", "dunning"], language=language)
    return [entry.text for entry in reversed(entries)]  # oldest first, as stored


def test_stored_entries_name_the_channel_in_the_clerks_language(db: Database) -> None:
    customer = _customer_with_stored_entries(db)
    dutch = _texts(db, customer, "nl")
    assert len(dutch) == len(DUTCH)
    for text, expected in zip(dutch, DUTCH, strict=True):
        assert text.startswith(expected), text
    assert not [text for text in dutch if re.search(r"\b(email|letter)\b", text)]
    english = _texts(db, customer, "en")
    for text, expected in zip(english, ENGLISH, strict=True):
        assert text.startswith(expected), text


def test_a_message_cancelled_in_the_outbox_reads_as_its_channel(db: Database) -> None:
    """The entry the outbox writes now (the params keep the id) reads as a word too."""
    (sms,) = add_messages(db, 1)
    (mail,) = add_messages(db, 1, start=1, channel=ActionChannel.EMAIL)
    cancel(db, sms, now=START)
    cancel(db, mail, now=START)
    with db.read() as session:
        owner = {cid: session.get_one(Communication, cid).customer_id for cid in (sms, mail)}
    for language, sms_word, mail_word in (("nl", "sms", "e-mail"), ("en", "SMS", "e-mail")):
        for cid, word in ((sms, sms_word), (mail, mail_word)):
            (entry,) = customer_timeline(db, owner[cid], kinds=["outbox"], language=language)
            ending = (
                "geannuleerd voordat het wegging."
                if language == "nl"
                else "cancelled before it went out."
            )
            assert entry.text.endswith(f": {word} {ending}"), entry.text


def test_amounts_stored_as_text_read_in_the_clerks_language(db: Database) -> None:
    """JSON keeps amounts as text ("1234.50"); the timeline shows them as the clerk writes them,
    and leaves text that is not an amount (an invoice number) alone."""
    stored = [
        (
            "links",
            "event.links.paid",
            {"amount": "1234.50", "provider": "Mollie", "reference": "RF1", "invoices": "2026-100"},
        ),
        (
            "followup",
            "event.followup.promise_made",
            {"amount": "75.00", "date": "2026-12-01", "invoices": "2026.001"},
        ),
    ]
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan Jansen")
        for minutes, (kind, code, params) in enumerate(stored):
            add_customer_event(
                session,
                customer_id=customer,
                kind=kind,
                code=code,
                params=params,
                at=START + timedelta(minutes=minutes),
            )
    dutch = [
        e.text for e in customer_timeline(db, customer, kinds=["links", "followup"], language="nl")
    ]
    english = [
        e.text for e in customer_timeline(db, customer, kinds=["links", "followup"], language="en")
    ]
    assert any("€ 1.234,50 betaald" in text and "2026-100" in text for text in dutch), dutch
    assert any("75,00" in text and "01-12-2026" in text and "2026.001" in text for text in dutch), (
        dutch
    )
    assert any("€ 1,234.50" in text for text in english), english
