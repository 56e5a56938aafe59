"""Full snapshots and deltas: closing what is absent, reopening, refusals and confirmations."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from debtordesk.db.engine import Database
from debtordesk.db.models import ImportBatch, Invoice
from debtordesk.domain.enums import CloseReason, InvoiceStatus, SnapshotMode
from debtordesk.domain.errors import UserError
from debtordesk.services.import_types import MAX_STORED_ISSUES
from debtordesk.services.imports import (
    CommitOptions,
    commit_import,
    plan_import,
    undo_last_batch,
)

from .factory import data_tables, events, invoice, invoices_by_number, preview, row_error

DAY1, DAY2, DAY3 = date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22)


def _ledger(db: Database, numbers: list[str], source: str = "default", day: date = DAY1) -> None:
    commit_import(
        db,
        preview([invoice(n, "D1") for n in numbers], modified=day),
        CommitOptions(source=source, force=True),
    )


def test_a_full_snapshot_closes_the_absent_invoices_of_its_own_source(db: Database) -> None:
    _ledger(db, ["A1", "A2", "A3", "A4"])
    _ledger(db, ["X1"], source="Twinfield")

    later = preview([invoice("A1", "D1"), invoice("A2", "D1"), invoice("A3", "D1")], modified=DAY2)
    summary = commit_import(db, later, CommitOptions())

    assert (summary.closed, summary.unchanged, summary.new) == (1, 3, 0)
    stored = invoices_by_number(db)
    gone = stored["A4"]
    assert gone.status is InvoiceStatus.PAID
    assert gone.close_reason is CloseReason.ABSENT_FROM_SNAPSHOT
    assert gone.paid_date == DAY2 and gone.open_amount == 0
    assert stored["X1"].status is InvoiceStatus.OPEN  # another source: not this file's business
    closing = [e for e in events(db) if e.code == "event.invoice_closed_absent"]
    assert [(e.invoice_id, e.params["number"]) for e in closing] == [(gone.id, "A4")]
    assert closing[0].params["export_date"] == "2026-11-21"
    summary_events = [e for e in events(db) if e.batch_id == summary.batch_id]
    assert sorted(e.code for e in summary_events) == [
        "event.import.invoices_changed",
        "event.invoice_closed_absent",
    ]


def test_a_delta_closes_nothing(db: Database) -> None:
    _ledger(db, ["A1", "A2", "A3"])
    summary = commit_import(
        db, preview([invoice("A1", "D1")], modified=DAY2), CommitOptions(mode=SnapshotMode.DELTA)
    )
    assert summary.closed == 0
    assert {i.status for i in invoices_by_number(db).values()} == {InvoiceStatus.OPEN}


def test_a_rejected_row_keeps_its_invoice_open(db: Database) -> None:
    _ledger(db, ["A1", "A2", "A3"])
    later = preview(
        [invoice("A1", "D1"), invoice("A2", "D1")],
        issues=[row_error(4)],
        rejected_rows=[4],
        rejected_numbers=["A3"],
        modified=DAY2,
    )
    summary = commit_import(db, later, CommitOptions())
    assert (summary.closed, summary.rejected) == (0, 1)
    assert invoices_by_number(db)["A3"].status is InvoiceStatus.OPEN


def test_an_invoice_that_reappears_is_reopened(db: Database) -> None:
    _ledger(db, ["A1", "A2", "A3"])
    commit_import(
        db, preview([invoice("A1", "D1"), invoice("A2", "D1")], modified=DAY2), CommitOptions()
    )
    assert invoices_by_number(db)["A3"].status is InvoiceStatus.PAID

    back = preview(
        [invoice("A1", "D1"), invoice("A2", "D1"), invoice("A3", "D1", open_amount="60.00")],
        modified=DAY3,
    )
    plan = plan_import(db, back, CommitOptions())
    summary = commit_import(db, back, CommitOptions())

    assert (summary.reopened, summary.closed, summary.unchanged) == (1, 0, 2)
    assert plan.counts() == summary.counts()
    again = invoices_by_number(db)["A3"]
    assert again.status is InvoiceStatus.OPEN and again.close_reason is None
    assert again.paid_date is None and str(again.open_amount) == "60.00"
    reopened = [e for e in events(db) if e.code == "event.invoice_reopened"]
    assert [e.invoice_id for e in reopened] == [again.id]


@pytest.mark.parametrize("status", [InvoiceStatus.WRITTEN_OFF, InvoiceStatus.HANDED_OVER])
def test_written_off_and_handed_over_invoices_keep_their_status(
    db: Database, status: InvoiceStatus
) -> None:
    _ledger(db, ["A1", "A2", "A3"])
    with db.write() as session:
        session.execute(
            update(Invoice).where(Invoice.number.in_(["A2", "A3"])).values(status=status)
        )
    later = preview([invoice("A1", "D1"), invoice("A2", "D1", open_amount="75.00")], modified=DAY2)
    summary = commit_import(db, later, CommitOptions())
    stored = invoices_by_number(db)
    assert stored["A2"].status is status and str(stored["A2"].open_amount) == "75.00"
    assert stored["A3"].status is status  # absent, but not open: not closed
    assert (summary.updated, summary.closed) == (1, 0)


def test_an_empty_snapshot_is_refused(db: Database) -> None:
    _ledger(db, ["A1", "A2"])
    before = data_tables(db)
    empty = preview([], [], modified=DAY2)
    plan = plan_import(db, empty, CommitOptions())
    assert plan.refusal is not None and plan.refusal.code == "commit.empty_snapshot"
    with pytest.raises(UserError) as caught:
        commit_import(db, empty, CommitOptions(force=True))
    assert caught.value.code == "commit.empty_snapshot"
    assert data_tables(db) == before


def test_a_snapshot_of_only_rejected_rows_closes_nothing_it_names(db: Database) -> None:
    _ledger(db, ["A1"])
    only_rejected = preview(
        [], [], issues=[row_error(2)], rejected_rows=[2], rejected_numbers=["A1"], modified=DAY2
    )
    summary = commit_import(db, only_rejected, CommitOptions())
    assert (summary.closed, summary.rejected) == (0, 1)
    assert invoices_by_number(db)["A1"].status is InvoiceStatus.OPEN


def test_closing_more_than_half_needs_confirmation(db: Database) -> None:
    _ledger(db, ["A1", "A2", "A3", "A4"])
    before = data_tables(db)
    truncated = preview([invoice("A1", "D1")], modified=DAY2)  # would close 3 of 4

    plan = plan_import(db, truncated, CommitOptions())
    assert plan.refusal is None and plan.open_before == 4
    assert plan.confirmation_needed is not None
    assert plan.confirmation_needed.code == "commit.confirm_mass_close"
    assert dict(plan.confirmation_needed.params) == {"closing": 3, "open": 4, "source": "default"}
    with pytest.raises(UserError) as caught:
        commit_import(db, truncated, CommitOptions())
    assert caught.value.code == "commit.confirm_mass_close"
    assert data_tables(db) == before

    forced = commit_import(db, truncated, CommitOptions(force=True))
    assert forced.closed == 3


def test_closing_exactly_half_needs_no_confirmation(db: Database) -> None:
    _ledger(db, ["A1", "A2", "A3", "A4"])
    half = preview([invoice("A1", "D1"), invoice("A2", "D1")], modified=DAY2)
    assert plan_import(db, half, CommitOptions()).confirmation_needed is None
    assert commit_import(db, half, CommitOptions()).closed == 2


def test_an_older_export_is_refused_unless_forced(db: Database) -> None:
    _ledger(db, ["A1", "A2"], day=DAY2)
    before = data_tables(db)
    older = preview([invoice("A1", "D1"), invoice("A2", "D1", open_amount="5.00")], modified=DAY1)

    plan = plan_import(db, older, CommitOptions())
    assert plan.refusal is not None and plan.refusal.code == "commit.older_export"
    assert dict(plan.refusal.params) == {"export_date": DAY1, "newest": DAY2, "source": "default"}
    with pytest.raises(UserError):
        commit_import(db, older, CommitOptions())
    assert data_tables(db) == before
    # another source has its own history
    assert plan_import(db, older, CommitOptions(source="other")).refusal is None
    assert commit_import(db, older, CommitOptions(force=True)).updated == 1


def test_an_undone_batch_does_not_count_as_the_newest_export(db: Database) -> None:
    _ledger(db, ["A1"], day=DAY1)
    _ledger(db, ["A1", "A2"], day=DAY3)
    undo_last_batch(db)
    plan = plan_import(db, preview([invoice("A1", "D1")], modified=DAY2), CommitOptions())
    assert plan.refusal is None


def test_strict_refuses_the_whole_file_on_a_row_error(db: Database) -> None:
    before = data_tables(db)
    file = preview(
        [invoice("A1", "D1", row=2)],
        issues=[row_error(3)],
        rejected_rows=[3],
        rejected_numbers=["A2"],
    )
    with pytest.raises(UserError) as caught:
        commit_import(db, file, CommitOptions(strict=True))
    assert caught.value.code == "commit.strict_refused"
    assert caught.value.message.params["errors"] == 1
    assert data_tables(db) == before


def test_without_strict_valid_rows_are_imported_and_the_rest_reported(db: Database) -> None:
    errors = [row_error(row) for row in range(3, 3 + MAX_STORED_ISSUES + 10)]
    file = preview(
        [invoice("A1", "D1", row=2)],
        issues=errors,
        rejected_rows=range(3, 3 + len(errors)),
    )
    summary = commit_import(db, file, CommitOptions())
    assert (summary.new, summary.rejected) == (1, len(errors))
    assert len(summary.errors) == len(errors)
    with db.read() as session:
        batch = session.scalars(select(ImportBatch)).one()
        assert batch.rejected == len(errors)  # counts are exact
        assert len(batch.issues) == MAX_STORED_ISSUES  # the kept report is capped
        assert batch.issues[0]["row"] == 3 and batch.issues[0]["code"] == "import.bad_amount"
