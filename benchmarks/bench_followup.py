"""The follow-up workstation at real size: today's call list, the call list page's opening (the list,
the outcome codes, the clerks and the checks' fingerprint; reads only), the promise and arrangement
checks the page runs after it when something changed (a write), and a customer's 500-event timeline
on the 40,000-customer / 100,000-invoice database, against the floor.

Run: python -m benchmarks.bench_followup [--customers N] [--invoices N] [--events N] [--db URL]
[--repeat N]. Without --db a fresh SQLite file is made in a temporary folder (filled in a child
process, as benchmarks.bench_queue fills it, plus call tasks, broken promises and arrangements, call
logs with follow-up dates, returned letters, two timeline entries per customer and ``--events``
entries for one customer). The floor is the very statements the service runs (captured once),
executed on the raw driver cursor with ``fetchall``: what reading the same rows costs without
SQLAlchemy's result processing and without building the entries. The target: each opens within
300 ms (the issue's bar), at most a few times the floor.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, insert, select

from benchmarks.bench_queue import TODAY
from benchmarks.bench_queue import fill as fill_queue
from debtordesk.db.models import (
    Arrangement,
    CallLog,
    Communication,
    Customer,
    CustomerEvent,
    Invoice,
    Letter,
    LetterBatch,
    Promise,
)
from debtordesk.domain.arrangements import ArrangementStatus, CostsChoice, Interval
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus, Tone
from debtordesk.domain.letter_batches import LetterBatchStatus
from debtordesk.domain.promises import PromiseStatus
from debtordesk.services.database import Database, open_database
from debtordesk.services.followup import call_list, customer_timeline, seed_call_outcomes
from debtordesk.services.followup.call_page import checks_fingerprint, load_call_page, run_checks

ZERO = Decimal("0.00")


def fill(url: str, customers: int, invoices: int, events: int, seed: int = 11) -> None:
    """The queue benchmark's database plus the follow-up rows the call list and timeline read."""
    fill_queue(url, customers, invoices)
    db = open_database(url)
    rng = random.Random(seed)
    try:
        seed_call_outcomes(db)
        with db.write() as session:
            if session.scalar(select(func.count()).select_from(CallLog)):
                return
            ids = list(session.scalars(select(Customer.id).order_by(Customer.id)))
            now = datetime(2026, 11, 19, 9, tzinfo=UTC)
            _call_tasks(session, ids[::100], now)
            _promises(session, ids[7::200], now)
            _arrangements(session, ids[13::400], now)
            outcome = 1
            session.execute(
                insert(CallLog),
                [
                    {
                        "administration_id": 1,
                        "customer_id": customer_id,
                        "at": now - timedelta(days=rng.randrange(1, 60)),
                        "called_on": TODAY - timedelta(days=rng.randrange(1, 60)),
                        "outcome_id": outcome,
                        "note": "",
                        "next_follow_up": TODAY - timedelta(days=rng.randrange(0, 10))
                        if rng.random() < 0.3
                        else None,
                    }
                    for customer_id in ids[3::20]
                ],
            )
            _returned_letters(session, ids[5::400], now)
            # two timeline entries per customer, and ``events`` for the first customer
            session.execute(
                insert(CustomerEvent),
                [
                    {
                        "customer_id": customer_id,
                        "at": now - timedelta(hours=k),
                        "kind": "import",
                        "code": "event.invoice_closed_absent",
                        "params": {"number": f"F{customer_id}", "export_date": "2026-11-18"},
                    }
                    for customer_id in ids
                    for k in (1, 2)
                ],
            )
            session.execute(
                insert(CustomerEvent),
                [
                    {
                        "customer_id": ids[0],
                        "at": now - timedelta(minutes=n),
                        "kind": ("call", "note", "hold", "promise", "dunning")[n % 5],
                        "code": "event.followup.note",
                        "params": {"text": f"entry {n} " + "x" * rng.randrange(10, 200)},
                        "invoice_id": None,
                    }
                    for n in range(events)
                ],
            )
    finally:
        db.dispose()


def _call_tasks(session: Any, customer_ids: list[int], now: datetime) -> None:
    session.execute(
        insert(Communication),
        [
            {
                "administration_id": 1,
                "customer_id": customer_id,
                "policy_id": None,
                "step_key": "call",
                "step_name": "Call",
                "channel": ActionChannel.CALL,
                "status": CommunicationStatus.PREPARED,
                "planned_for": TODAY,
                "planned_at": now,
                "status_changed_at": now,
                "open_amount": ZERO,
                "overdue_amount": ZERO,
                "costs": ZERO,
                "interest": ZERO,
                "fee": ZERO,
                "costs_announced": ZERO,
                "fourteen_day_letter": False,
                "template": "",
                "tone": Tone.FORMAL,
                "language": "nl",
                "reason": {},
                "version": 1,
            }
            for customer_id in customer_ids
        ],
    )


def _promises(session: Any, customer_ids: list[int], now: datetime) -> None:
    session.execute(
        insert(Promise),
        [
            {
                "administration_id": 1,
                "customer_id": customer_id,
                "promised_on": TODAY - timedelta(days=10),
                "amount": Decimal("100.00"),
                "status": PromiseStatus.BROKEN if k % 2 else PromiseStatus.KEPT,
                "made_on": TODAY - timedelta(days=20),
                "note": "",
                "created_at": now,
                "decided_on": TODAY - timedelta(days=2),
                "version": 1,
            }
            for k, customer_id in enumerate(customer_ids)
        ],
    )


def _arrangements(session: Any, customer_ids: list[int], now: datetime) -> None:
    session.execute(
        insert(Arrangement),
        [
            {
                "administration_id": 1,
                "customer_id": customer_id,
                "status": ArrangementStatus.BROKEN if k % 2 else ArrangementStatus.ACTIVE,
                "total": Decimal("300.00"),
                "principal": Decimal("300.00"),
                "costs_choice": CostsChoice.NONE,
                "costs_amount": ZERO,
                "costs_reason": "",
                "interval": Interval.MONTH,
                "grace_days": 7,
                "made_on": TODAY - timedelta(days=60),
                "note": "",
                "created_at": now,
                "paid": ZERO,
                "ended_on": TODAY - timedelta(days=1) if k % 2 else None,
                "end_note": "",
                "version": 1,
            }
            for k, customer_id in enumerate(customer_ids)
        ],
    )


def _returned_letters(session: Any, customer_ids: list[int], now: datetime) -> None:
    batch = LetterBatch(
        administration_id=1,
        number=1,
        letter_date=TODAY - timedelta(days=14),
        pages=len(customer_ids),
        letter_count=len(customer_ids),
        sha256="0" * 64,
        size=1,
        file_name="bench.pdf",
        status=LetterBatchStatus.DISPATCHED,
    )
    session.add(batch)
    session.flush()
    session.execute(
        insert(Letter),
        [
            {
                "batch_id": batch.id,
                "customer_id": customer_id,
                "customer_number": str(customer_id),
                "customer_name": "",
                "position": k,
                "first_page": k + 1,
                "pages": 1,
                "padding": 0,
                "payment_reference": "",
                "qr_kind": "none",
                "qr_payload": "",
                "total": Decimal("10.00"),
                "pay_by": TODAY,
                "content": {},
                "returned_at": now - timedelta(days=3),
            }
            for k, customer_id in enumerate(customer_ids)
        ],
    )


def captured(db: Database, action: Callable[[], object]) -> list[tuple[str, Any]]:
    """The SQL ``action`` runs, with its parameters."""
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    return statements


_TRANSACTION = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


def floor(db: Database, statements: list[tuple[str, Any]]) -> int:
    """The same statements on the raw driver cursor, every row fetched into a plain tuple, in one
    transaction that is rolled back (the checks write)."""
    rows = 0
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        for statement, parameters in statements:
            if statement.lstrip().upper().startswith(_TRANSACTION):
                continue
            cursor.execute(statement, parameters)
            if cursor.description is not None:
                rows += len(cursor.fetchall())
        cursor.close()
        connection.rollback()
    finally:
        connection.close()
    return rows


def best(label: str, action: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``repeat`` runs (with the CPU time of that run)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        action()
        times.append((time.perf_counter() - start, time.process_time() - cpu))
    elapsed, cpu_s = min(times)
    print(f"{label:<48} {elapsed * 1000:9.1f} ms  (CPU {cpu_s * 1000:7.1f} ms)", flush=True)
    return elapsed


def gui(db: Database, repeat: int, folder: str) -> None:
    """The call list page as the clerk opens it: from refresh until the list is on screen (read in
    the background, shown on the GUI thread), and until the page is done when the checks run after
    it (something changed: a note written first). Best of ``repeat``, with the GUI thread's share."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from debtordesk.services.followup import add_note
    from debtordesk.ui.context import UiContext
    from debtordesk.ui.pages.calls import CallsPage
    from debtordesk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    prefs = QSettings(str(Path(folder) / "prefs.ini"), QSettings.Format.IniFormat)
    ctx = UiContext(db=db, tasks=TaskRunner(), prefs=prefs, language="nl", today=lambda: TODAY)
    ctx.administration.load(db)
    page = CallsPage(ctx)
    page.resize(1400, 800)
    page.show()

    def until_listed() -> None:
        loop = QEventLoop()
        page.listed.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        page.listed.disconnect(loop.quit)

    until_listed()  # the first opening (and the day's first checks)
    marks: dict[str, float] = {}
    page.model.modelReset.connect(lambda: marks.setdefault("shown", time.perf_counter()))
    customer = page.model.row_at(0).customer_id
    for label, change in (
        ("call list page: on screen, nothing changed", None),
        ("call list page: on screen, then checked (a change)", customer),
    ):
        shown, done, busy = [], [], []
        for _ in range(repeat):
            if change is not None:
                add_note(db, change, "bench")
            gc.collect()
            marks.clear()
            start, cpu = time.perf_counter(), time.thread_time()
            page.refresh()
            until_listed()
            shown.append(marks.get("shown", time.perf_counter()) - start)
            done.append(time.perf_counter() - start)
            busy.append(time.thread_time() - cpu)
        first, whole = min(shown), min(done)
        verdict = "ok" if first < 0.3 else "OVER"
        print(
            f"{label}: list on screen after {first * 1000:.0f} ms (target < 300 ms: {verdict}), "
            f"page done after {whole * 1000:.0f} ms; GUI thread busy {min(busy) * 1000:.0f} ms",
            flush=True,
        )
    ctx.tasks.wait_for_all()
    page.close()
    del app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=40_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=500, help="timeline entries of one customer")
    parser.add_argument("--db", help="a database URL (default: a new SQLite file)")
    parser.add_argument("--repeat", type=int, default=5, help="best of N (default 5)")
    parser.add_argument(
        "--gui",
        action="store_true",
        help="also open the call list page (offscreen Qt) until the list is on screen",
    )
    args = parser.parse_args(argv)
    folder = tempfile.TemporaryDirectory(prefix="dd-bench-followup-")
    url = args.db or str(Path(folder.name) / "followup.sqlite")
    child = multiprocessing.get_context("spawn").Process(
        target=fill, args=(url, args.customers, args.invoices, args.events)
    )
    start = time.perf_counter()
    child.start()
    child.join()
    if child.exitcode != 0:
        sys.exit(f"filling the database failed (exit {child.exitcode})")
    print(
        f"filled {args.customers} customers / {args.invoices} invoices / {args.events} timeline "
        f"entries in {time.perf_counter() - start:.1f} s"
    )
    db = open_database(url)
    if not db.is_sqlite:  # PostgreSQL: planner statistics, as autovacuum keeps them after an import
        with db.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    try:
        with db.read() as session:
            busiest = session.scalar(select(func.min(Customer.id)))
            open_invoices = session.scalar(select(func.count()).select_from(Invoice))
        assert busiest is not None
        print(f"database: {open_invoices} invoices")
        result = call_list(db, 1, TODAY)
        entries = customer_timeline(db, busiest)
        print(f"call list: {len(result.entries)} customers; timeline: {len(entries)} entries")
        first = run_checks(db, 1, TODAY)  # the first check of the day may decide (and write) much
        print(f"first check of the day decided something: {first.decided}")

        def fingerprint() -> object:
            with db.read() as session:
                return checks_fingerprint(session, 1, TODAY)

        for label, action, target in (
            ("call list", lambda: call_list(db, 1, TODAY), 0.3),
            ("call list page opening", lambda: load_call_page(db, 1, TODAY), 0.3),
            ("checks, nothing to decide (after the list)", lambda: run_checks(db, 1, TODAY), 0.3),
            ("checks skipped: the fingerprint only", fingerprint, 0.3),
            (f"timeline ({len(entries)} entries)", lambda: customer_timeline(db, busiest), 0.3),
        ):
            statements = captured(db, action)
            fetched = floor(db, statements)
            floor_s = best(
                f"{label} floor: {len(statements)} statements, {fetched} rows",
                lambda statements=statements: floor(db, statements),  # type: ignore[misc]
                args.repeat,
            )
            whole_s = best(f"{label} (service)", action, args.repeat)
            verdict = "ok" if whole_s < target else "OVER"
            print(
                f"{label}: {whole_s * 1000:.0f} ms (target < {target * 1000:.0f} ms: {verdict}); "
                f"ratio service / floor: {whole_s / floor_s:.2f}x",
                flush=True,
            )
        if args.gui:
            gui(db, args.repeat, folder.name)
    finally:
        db.dispose()
        folder.cleanup()


if __name__ == "__main__":
    main()
