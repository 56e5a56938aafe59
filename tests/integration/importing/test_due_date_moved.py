"""A due date the source moved (a payment term extended in the bookkeeping package) is the same
invoice with a new due date. Keyed by (number, due date) alone, the newer export closed the invoice
as paid outside DebtorDesk and brought it back as a new one, without its reminders, costs and
14-day letter. Instalment lines (several lines of one number) keep their own keys."""

from __future__ import annotations

from datetime import date

from debtordesk.db.engine import Database
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.services.imports import CommitOptions, commit_import, undo_last_batch

from .factory import events, invoice, invoices_by_key, invoices_by_number, preview

DAY1, DAY2 = date(2026, 11, 20), date(2026, 11, 21)
OCT31, NOV30, DEC31 = date(2026, 10, 31), date(2026, 11, 30), date(2026, 12, 31)


def test_a_moved_due_date_updates_the_invoice(db: Database) -> None:
    commit_import(
        db,
        preview([invoice("F1", due=OCT31), invoice("F2", due=OCT31)], modified=DAY1),
        CommitOptions(force=True),
    )
    before = invoices_by_number(db)["F1"]
    summary = commit_import(
        db,
        preview([invoice("F1", due=NOV30), invoice("F2", due=OCT31)], modified=DAY2),
        CommitOptions(),
    )
    assert (summary.new, summary.updated, summary.unchanged, summary.closed) == (0, 1, 1, 0)
    after = invoices_by_number(db)["F1"]
    assert after.id == before.id and after.due_date == NOV30
    assert after.status is InvoiceStatus.OPEN
    (moved,) = [e for e in events(db) if e.code == "event.invoice_due_date_moved"]
    assert moved.invoice_id == before.id
    assert (moved.params["before"], moved.params["after"]) == ("2026-10-31", "2026-11-30")
    # the same file again changes nothing; an undo puts the old due date back
    again = commit_import(
        db,
        preview([invoice("F1", due=NOV30), invoice("F2", due=OCT31)], modified=DAY2),
        CommitOptions(),
    )
    assert (again.new, again.updated, again.unchanged, again.closed) == (0, 0, 2, 0)
    undo_last_batch(db)
    undo_last_batch(db)
    assert invoices_by_number(db)["F1"].due_date == OCT31


def test_instalment_lines_keep_their_own_keys(db: Database) -> None:
    """Two lines of one number: which of them moved cannot be told, so a line the file no longer
    lists is closed and the new one added, as before."""
    commit_import(
        db,
        preview([invoice("T1", due=OCT31), invoice("T1", due=NOV30, row=3)], modified=DAY1),
        CommitOptions(force=True),
    )
    summary = commit_import(
        db,
        preview([invoice("T1", due=NOV30), invoice("T1", due=DEC31, row=3)], modified=DAY2),
        CommitOptions(force=True),
    )
    assert (summary.new, summary.unchanged, summary.closed) == (1, 1, 1)
    stored = invoices_by_key(db)
    assert stored[("T1", OCT31)].status is InvoiceStatus.PAID
    assert stored[("T1", DEC31)].status is InvoiceStatus.OPEN
    # one line in the file for a number stored twice: no guess either
    summary = commit_import(
        db,
        preview([invoice("T1", due=date(2027, 1, 31))], modified=date(2026, 11, 22)),
        CommitOptions(force=True),
    )
    assert (summary.new, summary.closed) == (1, 2)
