"""A history of paid invoices: inserted as paid, open ones marked paid, nothing else closed."""

from __future__ import annotations

from datetime import date

from debtordesk.db.engine import Database
from debtordesk.domain.enums import CloseReason, ImportKind, InvoiceStatus, SnapshotMode
from debtordesk.services.imports import CommitOptions, commit_import, plan_import

from .factory import data_tables, events, invoice, invoices_by_number, preview

PAID_ON = date(2026, 10, 3)


def test_a_history_inserts_paid_invoices_and_closes_only_the_ones_it_names(db: Database) -> None:
    commit_import(db, preview([invoice("A1", "D1"), invoice("A2", "D1")]), CommitOptions())
    history = preview(
        [
            invoice("H1", "D1", open_amount="0.00", paid_date=PAID_ON),
            invoice("A1", "D1", open_amount="0.00", paid_date=PAID_ON),
        ],
        kind=ImportKind.HISTORY,
        name="betaalhistorie.csv",
        modified=date(2026, 11, 21),
    )
    options = CommitOptions(source="historie", mode=SnapshotMode.FULL)
    plan = plan_import(db, history, options)
    summary = commit_import(db, history, options)

    assert (summary.new, summary.closed, summary.unchanged) == (1, 1, 0)
    assert plan.counts() == summary.counts() and summary.mode is SnapshotMode.DELTA
    stored = invoices_by_number(db)
    for number in ("H1", "A1"):
        assert stored[number].status is InvoiceStatus.PAID
        assert stored[number].close_reason is CloseReason.HISTORY
        assert stored[number].paid_date == PAID_ON and stored[number].open_amount == 0
    assert stored["A2"].status is InvoiceStatus.OPEN  # not in the history: untouched
    assert [e.params["number"] for e in events(db) if e.code == "event.invoice_closed_history"] == [
        "A1"
    ]

    before = data_tables(db)
    again = commit_import(db, history, options)
    assert (again.new, again.closed, again.updated, again.unchanged) == (0, 0, 0, 2)
    assert data_tables(db)["invoice"] == before["invoice"]


def test_an_invoice_closed_by_a_history_reopens_when_the_ledger_lists_it_open(db: Database) -> None:
    commit_import(db, preview([invoice("A1", "D1")]), CommitOptions())
    commit_import(
        db,
        preview([invoice("A1", "D1", paid_date=PAID_ON)], kind=ImportKind.HISTORY),
        CommitOptions(source="historie"),
    )
    summary = commit_import(
        db, preview([invoice("A1", "D1")], modified=date(2026, 11, 22)), CommitOptions()
    )
    assert summary.reopened == 1
    assert invoices_by_number(db)["A1"].status is InvoiceStatus.OPEN
