"""The customer's timeline: newest first, filtered by kind, capped; the same entries as the panel's
and (oldest first, all of them) the file export's, which quotes formulas in its CSV."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest

from debtordesk.domain.errors import UserError
from debtordesk.services.audit import add_customer_event
from debtordesk.services.database import Database
from debtordesk.services.followup import (
    add_note,
    customer_timeline,
    log_call,
    timeline_kinds,
)
from debtordesk.services.timeline_export import catalogue_labels, export_timeline
from debtordesk.services.views import customer_detail
from tests.integration.followup.helpers import clock, customer_id, import_open_items
from tests.integration.views.factory import add_customer, add_invoice

DAY = date(2026, 12, 16)


def _customer(db: Database) -> int:
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan Jansen", mobile="+31612345678")
        add_invoice(session, customer, "F1", date(2026, 11, 1), "100.00")
    return customer


def test_newest_first_filtered_and_exported(db: Database, tmp_path: Path) -> None:
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
    target = tmp_path / "timeline.csv"
    export_timeline(db, customer, target, catalogue_labels("nl"), language="nl")
    rows = _rows(target)
    assert rows[0] == ["Wanneer", "Soort", "Wat", "Factuur", "Door"]
    assert [row[1] for row in rows[1:]] == ["call", "note", "call", "hold"]  # oldest first
    assert rows[2][1:] == ["note", 'Notitie: =HYPERLINK("http://evil")', "", "c1"]
    add_note(db, customer, "-1+1", clock=clock(DAY, 12))
    latest = customer_timeline(db, customer, limit=1)
    assert [entry.text for entry in latest] == ["Note: -1+1"]
    with pytest.raises(UserError) as refused:
        export_timeline(db, customer, tmp_path / "timeline.txt", catalogue_labels())
    assert refused.value.code == "payments.export.format"


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def test_formula_cells_are_quoted(db: Database, tmp_path: Path) -> None:
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
    assert entry.kind == "=cmd"
    export_timeline(db, customer, tmp_path / "t.csv", catalogue_labels())
    assert _rows(tmp_path / "t.csv")[1][1] == "'=cmd"


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


def test_the_same_entries_as_the_panel_and_the_export(db: Database, tmp_path: Path) -> None:
    """One reader: the follow-up's timeline, the panel's and the export's are the same entries,
    the import that created the customer included."""
    import_open_items(
        db,
        tmp_path,
        [("F1", "K1", "Jan Jansen", date(2026, 11, 1), "100.00", "100.00")],
        export_date=date(2026, 12, 15),
    )
    customer = customer_id(db, "K1")
    log_call(db, customer, "reached", today=DAY, note="ok", clock=clock(DAY, 9))
    add_note(db, customer, "a note", clock=clock(DAY, 10))
    followup = customer_timeline(db, customer)
    panel = customer_detail(db, customer, today=DAY).timeline
    assert followup == panel
    assert [e.kind for e in followup] == ["note", "call", "import"]
    target = tmp_path / "all.csv"
    export = export_timeline(db, customer, target, catalogue_labels("en"), language="en")
    assert export.rows == 3
    assert [row[2] for row in _rows(target)[1:]] == [e.text for e in reversed(followup)]
    # without the import kind the derived entry is left out
    assert [e.kind for e in customer_timeline(db, customer, kinds=["call", "note"])] == [
        "note",
        "call",
    ]
