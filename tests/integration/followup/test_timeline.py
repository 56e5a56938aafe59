"""The customer's timeline: newest first, filtered by kind, capped, exported as CSV with formulas
quoted."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest

from debtordesk.domain.errors import UserError
from debtordesk.services.audit import add_customer_event
from debtordesk.services.database import Database
from debtordesk.services.followup import (
    add_note,
    customer_timeline,
    log_call,
    timeline_csv,
    timeline_kinds,
)
from tests.integration.followup.helpers import clock
from tests.integration.views.factory import add_customer, add_invoice

DAY = date(2026, 12, 16)


def _customer(db: Database) -> int:
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan Jansen", mobile="+31612345678")
        add_invoice(session, customer, "F1", date(2026, 11, 1), "100.00")
    return customer


def test_newest_first_filtered_and_exported(db: Database) -> None:
    customer = _customer(db)
    log_call(db, customer, "reached", today=DAY, note="ok", clock=clock(DAY, 9))
    add_note(db, customer, '=HYPERLINK("http://evil")', clock=clock(DAY, 10), user_login="c1")
    log_call(db, customer, "already_paid", today=DAY, clock=clock(DAY, 11))
    entries = customer_timeline(db, customer)
    assert [e.kind for e in entries] == ["hold", "call", "note", "call"]
    assert timeline_kinds(entries) == ("call", "hold", "note")
    calls = customer_timeline(db, customer, kinds=["call"], language="nl")
    assert [e.text for e in calls] == [
        "Gebeld (Al betaald) +31612345678. ",
        "Gebeld (Bereikt) +31612345678. ok",
    ]
    dutch = customer_timeline(db, customer, language="nl")
    rows = list(csv.reader(io.StringIO(timeline_csv(dutch, language="nl")), delimiter=";"))
    assert rows[0] == ["Wanneer", "Soort", "Wat", "Factuur", "Door"]
    assert rows[3][1:] == ["note", 'Notitie: =HYPERLINK("http://evil")', "", "c1"]
    add_note(db, customer, "-1+1", clock=clock(DAY, 12))
    latest = customer_timeline(db, customer, limit=1)
    exported = list(csv.reader(io.StringIO(timeline_csv(latest)), delimiter=";"))
    assert exported[1][2] == "Note: -1+1"
    with pytest.raises(UserError):
        timeline_csv(entries, language="de")


def test_formula_cells_are_quoted(db: Database) -> None:
    customer = _customer(db)
    with db.write() as session:
        add_customer_event(
            session,
            customer_id=customer,
            kind="=cmd",
            code="event.followup.note",
            params={"text": "x"},
        )
    (entry,) = customer_timeline(db, customer)
    row = list(csv.reader(io.StringIO(timeline_csv([entry])), delimiter=";"))[1]
    assert row[1] == "'=cmd"


def test_the_newest_500_of_more(db: Database) -> None:
    customer = _customer(db)
    start = clock(DAY)()
    with db.write() as session:
        for n in range(520):
            add_customer_event(
                session,
                customer_id=customer,
                kind="note",
                code="event.followup.note",
                params={"text": f"n{n}"},
                at=start + timedelta(minutes=n),
            )
    entries = customer_timeline(db, customer)
    assert len(entries) == 500
    assert entries[0].text == "Note: n519" and entries[-1].text == "Note: n20"
    with pytest.raises(UserError) as missing:
        customer_timeline(db, 999_999)
    assert missing.value.code == "views.customer_missing"
