"""The timeline export for the customer's file, on SQLite and PostgreSQL: every event (beyond the 500
the panel shows), oldest first, optionally one kind; CSV with a byte-order mark, ';' and cells
guarded against formula injection; a PDF with the heading, the entries and page numbers; a wrong
format or a missing folder is refused and leaves no file."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from debtordesk.db.models import User
from debtordesk.domain.errors import UserError
from debtordesk.services.audit import add_customer_event
from debtordesk.services.database import Database
from debtordesk.services.followup import add_note
from debtordesk.services.timeline_export import TimelineLabels, export_timeline, timeline_entries
from debtordesk.services.views.detail import TIMELINE_LIMIT
from tests.integration.views.factory import add_customer, add_invoice

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

LABELS = TimelineLabels(
    title="Timeline of customer {number} {name}",
    subtitle="Exported on {moment}: {count} entries, oldest first.",
    kinds_line="Only: {kinds}",
    when="When",
    kind="Kind",
    what="What happened",
    invoice="Invoice",
    by="By",
    page="page {page}",
    kind_names={"note": "Notes", "hold": "Holds"},
)


def _customer(db: Database, events: int) -> int:
    """A customer with ``events`` hold entries an hour apart, and two notes after them."""
    with db.write() as session:
        customer = add_customer(session, "K1", "Zoë Ölçer")
        invoice = add_invoice(session, customer, "F-1", START.date(), "100.00")
        for number in range(events):
            add_customer_event(
                session,
                customer_id=customer,
                kind="hold",
                code="event.hold.lifted",
                params={"reason_en": "manual", "reason_nl": "handmatig", "note": f"#{number}"},
                invoice_id=invoice,
                at=START + timedelta(hours=number),
            )
        session.add(User(login="=HYPERLINK(1)", display_name="x"))
    later = START + timedelta(hours=events + 1)
    add_note(db, customer, "first note", clock=lambda: later, user_login="clerk1")
    add_note(
        db,
        customer,
        "-2+3 looks like a formula",
        clock=lambda: later + timedelta(minutes=5),
        user_login="=HYPERLINK(1)",
    )
    return customer


def _rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_csv_holds_every_event_oldest_first_guarded(db: Database, tmp_path: Path) -> None:
    customer = _customer(db, TIMELINE_LIMIT + 20)
    result = export_timeline(db, customer, tmp_path / "all.csv", LABELS, language="en")
    assert (result.format, result.rows) == ("csv", TIMELINE_LIMIT + 22)
    rows = _rows(result.path)
    assert rows[0] == ["When", "Kind", "What happened", "Invoice", "By"]
    assert len(rows) == TIMELINE_LIMIT + 23
    assert rows[1][1:4] == ["Holds", rows[1][2], "F-1"]
    assert rows[1][2].endswith("#0")
    assert rows[-3][2].endswith(f"#{TIMELINE_LIMIT + 19}")
    assert rows[-2][1:] == ["Notes", "Note: first note", "", "clerk1"]
    # the note's words start with the catalogue's 'Note:', the login with '=': guarded
    assert rows[-1][1:] == ["Notes", "Note: -2+3 looks like a formula", "", "'=HYPERLINK(1)"]


def test_one_kind_only_and_the_pdf(db: Database, tmp_path: Path) -> None:
    customer = _customer(db, 3)
    (number, name), notes = timeline_entries(db, customer, kinds=["note"], language="nl")
    assert (number, name) == ("K1", "Zoë Ölçer")
    assert [entry.text for entry in notes] == [
        "Notitie: first note",
        "Notitie: -2+3 looks like a formula",
    ]
    result = export_timeline(
        db, customer, tmp_path / "notes.pdf", LABELS, kinds=["note"], language="en"
    )
    assert (result.format, result.rows) == ("pdf", 2)
    reader = PdfReader(result.path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Timeline of customer K1 Zoë Ölçer" in text
    assert "2 entries" in text
    assert "Only: Notes" in text
    assert "Note: first note" in text and "looks like a formula" in text
    assert "page 1" in text
    assert "#0" not in text  # the holds are left out


def test_a_long_pdf_has_several_pages(db: Database, tmp_path: Path) -> None:
    customer = _customer(db, 150)
    result = export_timeline(db, customer, tmp_path / "long.pdf", LABELS, language="en")
    reader = PdfReader(result.path)
    assert len(reader.pages) >= 3
    last = reader.pages[-1].extract_text()
    assert f"page {len(reader.pages)}" in last
    assert "When" in last  # the header row repeats on every page


def test_refusals_leave_no_file(db: Database, tmp_path: Path) -> None:
    customer = _customer(db, 1)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserError) as refused:
        export_timeline(db, customer, folder / "t.txt", LABELS)
    assert refused.value.message.code == "payments.export.format"
    with pytest.raises(UserError) as refused:
        export_timeline(db, customer, folder / "missing" / "t.csv", LABELS)
    assert refused.value.message.code == "payments.export.folder"
    with pytest.raises(UserError) as refused:
        export_timeline(db, customer + 999, folder / "t.csv", LABELS)
    assert refused.value.message.code == "views.customer_missing"
    assert list(folder.iterdir()) == []
