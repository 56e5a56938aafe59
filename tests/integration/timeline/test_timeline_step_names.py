"""The timeline names a step that still carries its shipped name in the clerk's language, as the queue
does: a database seeded from an English session showed a Dutch clerk '14-day letter gepland voor
...' on the timeline while the queue said 'Veertiendagenbrief'. A step the team renamed keeps its
name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from debtordesk.services.audit import add_customer_event
from debtordesk.services.database import Database
from debtordesk.services.followup import customer_timeline
from tests.integration.views.factory import add_customer

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

PLANNED = {"channels": "letter", "invoices": 1, "amount": "100.00", "date": "2026-11-23"}

STORED: list[tuple[str, str, dict[str, Any]]] = [
    ("dunning", "event.dunning.planned", {"step": "14-day letter", **PLANNED}),
    ("dunning", "event.dunning.planned", {"step": "Veertiendagenbrief", **PLANNED}),
    ("dunning", "event.dunning.planned", {"step": "Laatste kans", **PLANNED}),
    (
        "dunning",
        "event.dunning.planned",
        {"step": "Reminder", "step_key": "reminder", **PLANNED},
    ),
    ("outbox", "event.outbox.sent", {"step": "Reminder", "channel": "email", "to": "a@b.nl"}),
]


def _texts(db: Database, customer: int, language: str) -> list[str]:
    entries = customer_timeline(db, customer, kinds=["dunning", "outbox"], language=language)
    return [entry.text for entry in reversed(entries)]  # oldest first, as stored


def test_shipped_step_names_read_in_the_clerks_language(db: Database) -> None:
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan Jansen")
        for minutes, (kind, code, params) in enumerate(STORED):
            add_customer_event(
                session,
                customer_id=customer,
                kind=kind,
                code=code,
                params=params,
                at=START + timedelta(minutes=minutes),
            )
    dutch = _texts(db, customer, "nl")
    assert [text.split(" gepland")[0] for text in dutch[:4]] == [
        "Veertiendagenbrief",
        "Veertiendagenbrief",
        "Laatste kans",
        "Herinnering",
    ], dutch
    assert dutch[4].startswith("Herinnering: e-mail verstuurd"), dutch
    english = _texts(db, customer, "en")
    assert [text.split(" planned")[0] for text in english[:4]] == [
        "14-day letter",
        "14-day letter",
        "Laatste kans",
        "Reminder",
    ], english
    assert english[4].startswith("Reminder: e-mail sent"), english
