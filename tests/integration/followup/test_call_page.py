"""What the call list page reads and when it decides promises (SQLite and PostgreSQL): opening reads
only; the checks' fingerprint stays the same while nothing changes and moves with a new import, an
undone import, a logged call, another day; a check that decided something moves it once, the next
check decides nothing and leaves it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import event

from debtordesk.domain.promises import PromiseStatus
from debtordesk.services.database import Database
from debtordesk.services.followup import list_promises, log_call
from debtordesk.services.followup.call_page import checks_fingerprint, load_call_page, run_checks
from debtordesk.services.import_history import undo_last_batch
from tests.integration.followup.helpers import clock, customer_id, import_open_items

DUE = date(2026, 11, 1)
DAY0 = date(2026, 12, 14)
ROWS = [("F1", "K1", "Jan Jansen", DUE, "300.00", "300.00")]


def _fingerprint(db: Database, day: date) -> tuple[object, ...]:
    with db.read() as session:
        return checks_fingerprint(session, 1, day)


def test_opening_reads_only(db: Database, tmp_path: Path) -> None:
    import_open_items(db, tmp_path, ROWS, export_date=DAY0)
    writes: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writes.append(statement)

    load_call_page(db, 1, DAY0)  # the outcome codes are seeded on first use
    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        page = load_call_page(db, 1, DAY0)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert writes == []
    assert [entry.number for entry in page.calls.entries] == ["K1"]
    assert page.outcomes and page.fingerprint == _fingerprint(db, DAY0)


def test_the_fingerprint_moves_only_with_changes(db: Database, tmp_path: Path) -> None:
    import_open_items(db, tmp_path, ROWS, export_date=DAY0)
    k1 = customer_id(db, "K1")
    first = _fingerprint(db, DAY0)
    assert _fingerprint(db, DAY0) == first
    assert _fingerprint(db, date(2026, 12, 15)) != first  # another day
    # a promise (a call) moves it; checks that decide nothing leave it where it is
    log_call(
        db,
        k1,
        "promise_to_pay",
        today=DAY0,
        promise_date=date(2026, 12, 16),
        promise_amount=Decimal("300.00"),
        clock=clock(DAY0),
    )
    called = _fingerprint(db, DAY0)
    assert called != first
    run = run_checks(db, 1, DAY0)
    assert run.fingerprint == called and not run.decided
    assert _fingerprint(db, DAY0) == called
    # the export after the promise date plus grace still has F1 open: broken (decided), which
    # moves the fingerprint once; the next check decides nothing
    later = date(2026, 12, 22)
    import_open_items(db, tmp_path, ROWS, export_date=later)
    imported = _fingerprint(db, later)
    run = run_checks(db, 1, later)
    assert run.decided and run.broken == 1 and run.fingerprint == imported
    assert list_promises(db, k1)[0].status is PromiseStatus.BROKEN
    decided = _fingerprint(db, later)
    assert decided != imported
    again = run_checks(db, 1, later)
    assert not again.decided and again.fingerprint == decided == _fingerprint(db, later)
    # an undone import counts the committed imports down
    undo_last_batch(db)
    assert _fingerprint(db, later) != decided
