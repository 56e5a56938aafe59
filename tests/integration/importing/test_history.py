"""The import history: batches with their counts, newest first, and the problems each kept."""

from __future__ import annotations

from datetime import date

import pytest

from debtordesk.db.engine import Database
from debtordesk.db.models import Administration
from debtordesk.domain.enums import BatchStatus, ImportKind, SnapshotMode
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.importing.model import Issue, Severity
from debtordesk.services.imports import CommitOptions, batch_issues, commit_import, list_batches

from .factory import invoice, preview, row_error


def test_every_batch_is_listed_with_its_counts_newest_first(db: Database) -> None:
    warning = Issue(
        Severity.WARNING,
        Message("contact.phone_invalid", {"value": "12", "on": date(2026, 1, 2)}),
        row=2,
        column="Telefoon",
        value="12",
    )
    first = commit_import(
        db,
        preview([invoice("A1"), invoice("A2")], issues=[warning, row_error(4)], rejected_rows=[4]),
        CommitOptions(source="Exact", user_login="anna"),
    )
    second = commit_import(
        db,
        preview([invoice("A1")], modified=date(2026, 11, 21), name="tweede.csv"),
        CommitOptions(source="Exact", mode=SnapshotMode.DELTA, user_login="bert"),
    )
    batches = list_batches(db)
    assert [b.id for b in batches] == [second.batch_id, first.batch_id]
    newest, oldest = batches
    assert (newest.file_name, newest.unchanged, newest.mode, newest.user) == (
        "tweede.csv",
        1,
        SnapshotMode.DELTA,
        "bert",
    )
    assert (oldest.new, oldest.rejected, oldest.warnings_count, oldest.stored_issues) == (
        2,
        1,
        1,
        2,
    )
    assert (oldest.kind, oldest.source, oldest.administration) == (
        ImportKind.OPEN_ITEMS,
        "Exact",
        "MAIN",
    )
    assert oldest.status is BatchStatus.COMMITTED and oldest.export_date == date(2026, 11, 20)
    assert oldest.committed_at is not None and oldest.undone_at is None

    issues = batch_issues(db, first.batch_id)
    assert [i.severity for i in issues] == [Severity.ERROR, Severity.WARNING]  # errors first
    assert issues[1] == warning  # the problem as it was reported, values included
    assert list_batches(db, limit=1)[0].id == second.batch_id


def test_the_history_can_be_limited_to_one_administration(db: Database) -> None:
    with db.write() as session:
        session.add(Administration(code="B", name="Tweede"))
    commit_import(db, preview([invoice("A1")]), CommitOptions())
    commit_import(db, preview([invoice("A1")]), CommitOptions(administration="B"))
    assert len(list_batches(db)) == 2
    assert [b.administration for b in list_batches(db, administration="B")] == ["B"]


def test_issues_of_an_unknown_batch_are_refused(db: Database) -> None:
    with pytest.raises(UserError) as caught:
        batch_issues(db, 999)
    assert caught.value.code == "batch.unknown"
