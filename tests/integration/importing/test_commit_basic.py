"""Committing open items: what is stored, idempotency, newer exports, plan = commit, cancel."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from debtordesk.db.engine import Database
from debtordesk.db.models import AuditLog, ImportBatch
from debtordesk.domain.enums import (
    BatchStatus,
    CloseReason,
    CustomerType,
    InvoiceStatus,
    PaymentMethod,
    SnapshotMode,
    TypeOrigin,
)
from debtordesk.domain.errors import Cancelled, UserError
from debtordesk.domain.messages import Message
from debtordesk.services.imports import CommitOptions, commit_import, plan_import

from .factory import (
    DUE,
    EXPORT,
    customer,
    customers_by_number,
    data_tables,
    events,
    invoice,
    invoices_by_key,
    invoices_by_number,
    preview,
)


def _first_file() -> object:
    return preview(
        [
            invoice("F1", "D1", amount="100.00", row=2),
            invoice("F2", "D1", amount="-25.50", row=3),  # a credit note
            invoice("F3", "D2", amount="80.00", open_amount="30.00", row=4),  # partly paid
            invoice("F4", "D2", amount="60.00", open_amount="0.00", row=5),  # already paid
            invoice("F5", "D3", amount="50.00", due=date(2026, 12, 1), row=6),  # instalments
            invoice("F5", "D3", amount="50.00", due=date(2027, 1, 1), row=7),
        ],
        [
            customer("D1", name="Özer Bakkerij", email="info@ozer.nl"),
            customer("D2", name="Jan de Vries", customer_type=CustomerType.BUSINESS),
            customer("D3", name="Fatima El Amrani", mobile="+31612345678"),
        ],
    )


def test_a_first_import_stores_invoices_and_customers_as_given(db: Database) -> None:
    summary = commit_import(db, _first_file(), CommitOptions(source="Exact"))  # type: ignore[arg-type]

    assert (summary.new, summary.updated, summary.unchanged, summary.closed) == (6, 0, 0, 0)
    assert (summary.customers_new, summary.customers_updated, summary.rejected) == (3, 0, 0)
    assert summary.export_date == EXPORT  # the file's date when none is given
    stored = invoices_by_key(db)
    assert len(stored) == 6
    credit = stored[("F2", DUE)]
    assert credit.amount == Decimal("-25.50") and credit.open_amount == Decimal("-25.50")
    assert credit.status is InvoiceStatus.OPEN
    partial = stored[("F3", DUE)]
    assert (partial.amount, partial.open_amount) == (Decimal("80.00"), Decimal("30.00"))
    paid = stored[("F4", DUE)]
    assert paid.status is InvoiceStatus.PAID
    assert paid.close_reason is CloseReason.ZERO_OPEN and paid.paid_date == EXPORT
    assert stored[("F5", date(2027, 1, 1))].amount == Decimal("50.00")
    for item in stored.values():
        assert item.source == "Exact" and item.export_date == EXPORT
        assert item.created_batch_id == summary.batch_id == item.last_batch_id
        assert item.payment_method is PaymentMethod.MANUAL

    customers = customers_by_number(db)
    ozer = customers["D1"]
    assert ozer.name == "Özer Bakkerij" and ozer.name_search == "ozer bakkerij"
    assert ozer.email == "info@ozer.nl"
    assert ozer.customer_type is CustomerType.CONSUMER and ozer.type_origin is TypeOrigin.DEFAULT
    assert ozer.imported_values == {"name": "Özer Bakkerij", "email": "info@ozer.nl"}
    assert customers["D2"].customer_type is CustomerType.BUSINESS
    assert customers["D2"].type_origin is TypeOrigin.FILE
    assert customers["D3"].mobile == "+31612345678"

    with db.read() as session:
        batch = session.get(ImportBatch, summary.batch_id)
        assert batch is not None
        assert batch.status is BatchStatus.COMMITTED and batch.export_date == EXPORT
        assert (batch.new, batch.customers_new, batch.source) == (6, 3, "Exact")
        assert batch.file_name == "openstaande_posten.csv" and batch.committed_at is not None
        audit = session.scalars(select(AuditLog).where(AuditLog.entity == "import_batch")).all()
        assert [(a.action, a.entity_id, a.details["new"]) for a in audit] == [
            ("import", summary.batch_id, 6)
        ]
        assert audit[0].details["file"] == "openstaande_posten.csv"
    # new customers get no timeline rows: their timeline derives the entry from created_batch_id
    assert events(db) == []
    assert {c.created_batch_id for c in customers.values()} == {summary.batch_id}


def test_the_same_file_twice_changes_nothing(db: Database) -> None:
    commit_import(db, _first_file(), CommitOptions())  # type: ignore[arg-type]
    before = data_tables(db)

    again = commit_import(db, _first_file(), CommitOptions())  # type: ignore[arg-type]

    assert (again.new, again.updated, again.closed, again.reopened) == (0, 0, 0, 0)
    assert again.unchanged == 6
    assert (again.customers_new, again.customers_updated, again.customers_unchanged) == (0, 0, 3)
    after = data_tables(db)
    for table in ("customer", "customer_tag", "invoice", "import_change", "customer_event"):
        assert after[table] == before[table], table
    assert len(after["import_batch"]) == 2  # the second batch is in the history, all unchanged
    with db.read() as session:
        second = session.get(ImportBatch, again.batch_id)
        assert second is not None and (second.unchanged, second.new) == (6, 0)


def test_a_newer_export_updates_open_amounts_and_contact_data(db: Database) -> None:
    commit_import(db, _first_file(), CommitOptions())  # type: ignore[arg-type]
    newer = preview(
        [
            invoice("F1", "D1", amount="100.00", open_amount="40.00"),  # partly paid now
            invoice("F2", "D1", amount="-25.50"),
            invoice("F3", "D2", amount="80.00", open_amount="0.00"),  # paid now
            invoice("F4", "D2", amount="60.00", open_amount="0.00"),
            invoice("F5", "D3", amount="50.00", due=date(2026, 12, 1)),
            invoice("F5", "D3", amount="50.00", due=date(2027, 1, 1)),
        ],
        [
            customer("D1", name="Özer Bakkerij", email="boekhouding@ozer.nl"),
            customer("D2", name="Jan de Vries", customer_type=CustomerType.BUSINESS),
            customer("D3", name="Fatima El Amrani", mobile="+31612345678"),
        ],
        modified=date(2026, 11, 21),
    )
    options = CommitOptions(mode=SnapshotMode.DELTA)
    plan = plan_import(db, newer, options)
    summary = commit_import(db, newer, options)

    assert (summary.new, summary.updated, summary.closed, summary.unchanged) == (0, 1, 1, 4)
    assert (summary.customers_updated, summary.customers_new) == (1, 0)
    assert plan.counts() == summary.counts()
    stored = invoices_by_number(db)
    assert stored["F1"].open_amount == Decimal("40.00")
    assert stored["F1"].status is InvoiceStatus.OPEN
    assert stored["F1"].export_date == date(2026, 11, 21)
    assert stored["F1"].last_batch_id == summary.batch_id
    assert stored["F3"].status is InvoiceStatus.PAID
    assert stored["F3"].close_reason is CloseReason.ZERO_OPEN
    assert stored["F3"].paid_date == date(2026, 11, 21) and stored["F3"].open_amount == 0
    assert stored["F2"].last_batch_id != summary.batch_id  # unchanged rows are not rewritten
    assert customers_by_number(db)["D1"].email == "boekhouding@ozer.nl"
    codes = [(e.code, e.customer_id) for e in events(db) if e.batch_id == summary.batch_id]
    d1, d2 = customers_by_number(db)["D1"].id, customers_by_number(db)["D2"].id
    assert sorted(codes) == [
        ("event.import.customer_updated", d1),  # its e-mail address
        ("event.import.invoices_changed", d1),  # F1
        ("event.import.invoices_changed", d2),  # F3
        ("event.invoice_closed_zero", d2),
    ]


def test_the_plan_writes_nothing_and_counts_what_the_commit_does(db: Database) -> None:
    file = _first_file()
    before = data_tables(db)
    plan = plan_import(db, file, CommitOptions(source="Exact"))  # type: ignore[arg-type]
    assert data_tables(db) == before
    assert (plan.new, plan.customers_new, plan.source, plan.administration) == (
        6,
        3,
        "Exact",
        "MAIN",
    )
    assert plan.refusal is None and plan.confirmation_needed is None
    summary = commit_import(db, file, CommitOptions(source="Exact"))  # type: ignore[arg-type]
    assert summary.counts() == plan.counts()


class _CancelAfter:
    """Progress that asks to stop after a number of checks."""

    def __init__(self, checks: int) -> None:
        self.checks = checks
        self.statuses: list[Message] = []

    def set_progress(self, done: int, total: int) -> None:
        return None

    def set_status(self, message: Message) -> None:
        self.statuses.append(message)

    def cancel_requested(self) -> bool:
        self.checks -= 1
        return self.checks < 0


@pytest.mark.parametrize("checks", [0, 2, 4])
def test_cancel_rolls_everything_back(db: Database, checks: int) -> None:
    before = data_tables(db)
    progress = _CancelAfter(checks)
    with pytest.raises(Cancelled):
        commit_import(db, _first_file(), CommitOptions(), progress)  # type: ignore[arg-type]
    assert data_tables(db) == before
    assert progress.statuses  # the clerk saw what was going on


def test_an_unknown_administration_is_refused(db: Database) -> None:
    with pytest.raises(UserError) as caught:
        commit_import(db, _first_file(), CommitOptions(administration="NOPE"))  # type: ignore[arg-type]
    assert caught.value.code == "administration.unknown"


@pytest.mark.parametrize("source", ["", "   ", "x" * 121])
def test_a_bad_source_name_is_refused(db: Database, source: str) -> None:
    with pytest.raises(UserError) as caught:
        plan_import(db, _first_file(), CommitOptions(source=source))  # type: ignore[arg-type]
    assert caught.value.code == "commit.bad_source"


class _Recorder(_CancelAfter):
    def __init__(self) -> None:
        super().__init__(10**9)
        self.steps: list[tuple[int, int]] = []

    def set_progress(self, done: int, total: int) -> None:
        self.steps.append((done, total))


def test_progress_is_reported_to_the_end_and_the_batch_names_the_clerk(db: Database) -> None:
    progress = _Recorder()
    summary = commit_import(db, _first_file(), CommitOptions(), progress)  # type: ignore[arg-type]
    assert progress.steps and progress.steps[-1][0] == progress.steps[-1][1]
    assert [done for done, _ in progress.steps] == sorted(done for done, _ in progress.steps)
    assert [m.code for m in progress.statuses][:2] == [
        "commit.progress.comparing",
        "commit.progress.customers",
    ]
    from debtordesk.services.database import current_login
    from debtordesk.services.imports import list_batches

    assert list_batches(db)[0].user == current_login()
    assert list_batches(db)[0].id == summary.batch_id


def test_an_invoice_listed_twice_is_stored_once(db: Database) -> None:
    twice = preview([invoice("F1", "D1", row=2), invoice("F1", "D1", row=3), invoice("F2", "D1")])
    first = commit_import(db, twice, CommitOptions())
    assert (first.new, first.unchanged) == (2, 0)
    again = commit_import(db, twice, CommitOptions())
    assert (again.new, again.unchanged, again.closed) == (0, 2, 0)
    assert sorted(invoices_by_number(db)) == ["F1", "F2"]
