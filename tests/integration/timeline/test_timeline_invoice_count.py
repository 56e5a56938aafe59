"""A promise or an arrangement on one invoice names it as one: the timeline said 'Belooft € 75,00 te
betalen uiterlijk 01-12-2026 (facturen 2026-03928).', the plural for a single invoice. New entries
keep the number of invoices; entries stored before that count the numbers in their list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from debtordesk.services.audit import add_customer_event
from debtordesk.services.database import Database
from debtordesk.services.followup import customer_timeline, log_call, save_arrangement
from tests.integration.followup.helpers import clock
from tests.integration.views.factory import add_customer, add_invoice

DAY = date(2026, 12, 16)
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _texts(db: Database, customer: int, language: str) -> list[str]:
    entries = customer_timeline(db, customer, kinds=["promise", "arrangement"], language=language)
    return [entry.text for entry in reversed(entries)]  # oldest first


def test_entries_stored_without_a_count_count_their_invoice_numbers(db: Database) -> None:
    stored: list[tuple[str, str, dict[str, Any]]] = [
        (
            "promise",
            "event.followup.promise_made",
            {"amount": "75.00", "date": "2026-12-01", "invoices": "2026-03928"},
        ),
        (
            "promise",
            "event.followup.promise_made",
            {"amount": "75.00", "date": "2026-12-01", "invoices": "2026-03928, 2026-03929"},
        ),
        (
            "arrangement",
            "event.followup.arrangement_made",
            {
                "total": "300.00",
                "terms": 3,
                "first": "2027-01-01",
                "last": "2027-03-01",
                "invoices": "2026-03928",
            },
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
    dutch = _texts(db, customer, "nl")
    assert dutch[0].endswith("(factuur 2026-03928)."), dutch
    assert dutch[1].endswith("(facturen 2026-03928, 2026-03929)."), dutch
    assert dutch[2].endswith("(factuur 2026-03928)."), dutch
    english = _texts(db, customer, "en")
    assert english[0].endswith("(invoice 2026-03928)."), english
    assert english[1].endswith("(invoices 2026-03928, 2026-03929)."), english
    assert english[2].endswith("(invoice 2026-03928)."), english


def test_new_entries_keep_the_number_of_invoices(db: Database) -> None:
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan Jansen", mobile="+31612345678")
        add_invoice(session, customer, "F1", date(2026, 11, 1), "100.00")
        other = add_customer(session, "K2", "Piet Pieters", mobile="+31612345679")
        add_invoice(session, other, "F2", date(2026, 11, 1), "100.00")
        add_invoice(session, other, "F3", date(2026, 11, 2), "200.00")
    log_call(
        db,
        customer,
        "promise_to_pay",
        today=DAY,
        promise_date=date(2026, 12, 21),
        promise_amount=Decimal("100.00"),
        clock=clock(DAY, 9),
    )
    save_arrangement(db, other, today=DAY, start=date(2027, 1, 1), terms=3, clock=clock(DAY, 10))
    (promise,) = _texts(db, customer, "nl")
    assert promise.endswith("(factuur F1)."), promise
    (arrangement,) = [text for text in _texts(db, other, "nl") if "Betalingsregeling:" in text]
    assert arrangement.endswith("(facturen F2, F3)."), arrangement
    (english,) = _texts(db, customer, "en")
    assert english.endswith("(invoice F1)."), english
