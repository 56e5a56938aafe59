"""The dunning queue at real size: 40,000 customers and 100,000 open invoices, against the floor.

Run: python -m benchmarks.bench_queue [--customers N] [--invoices N] [--db URL] [--repeat N]. Without --db
a fresh SQLite file is made in a temporary folder (filled in a child process); the peak memory is measured
in another fresh process that only computes the queue, so it is the queue's own. The floor is fetching the
same input columns into plain tuples: the very statements the loader runs (captured once) executed on the
raw driver cursor with ``fetchall``. Each side is timed until its output is there (the floor's rows,
the queue's result); freeing that output afterwards is not timed for either. The targets: the whole
queue (``compute_queue_for``: load, engine, enrichment) at most 3x the floor and under 2 s, peak
memory under 400 MB.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, insert, select

from debtordesk.db.models import (
    Communication,
    CommunicationInvoice,
    Customer,
    CustomerTag,
    DunningPolicy,
    Hold,
    Invoice,
    TriggerEventRow,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.engine import compute_queue
from debtordesk.domain.dunning.model import (
    ActionChannel,
    CommunicationStatus,
    HoldReason,
    Tone,
    Trigger,
)
from debtordesk.domain.enums import CustomerType, InvoiceStatus, PaymentMethod
from debtordesk.domain.text import search_key
from debtordesk.services.database import Database, ensure_default_administration, open_database
from debtordesk.services.dunning_queue import (
    compute_queue_for,
    load_queue,
    prepare_administration,
)

TODAY = date(2026, 11, 20)


def fill(url: str, customers: int, invoices: int, seed: int = 5) -> None:
    """Customers, open invoices, holds, past steps and triggers through SQLAlchemy Core."""
    db = open_database(url)
    rng = random.Random(seed)
    try:
        prepare_administration(db, 1)
        with db.write() as session:
            administration = ensure_default_administration(session).id
            if session.scalar(select(func.count()).select_from(Customer)):
                return
            session.execute(
                insert(Customer),
                [
                    {
                        "administration_id": administration,
                        "number": f"D{number:06d}",
                        "keyed_by_name": False,
                        "name": f"Klant {number}",
                        "name_search": search_key(f"Klant {number}"),
                        "customer_type": (
                            CustomerType.BUSINESS if rng.random() < 0.2 else CustomerType.CONSUMER
                        ),
                        "address_line1": f"Straat {number}",
                        "postcode": f"{rng.randrange(1000, 9999)} AB",
                        "city": "Utrecht",
                        "email": f"d{number}@example.nl" if rng.random() < 0.8 else None,
                        "mobile": f"+316{rng.randrange(10**7, 10**8)}"
                        if rng.random() < 0.7
                        else None,
                        "mandate_reference": f"M{number}" if rng.random() < 0.3 else None,
                        "preferred_payment_day": rng.choice([None, None, None, 10, 25]),
                        "language": "nl",
                        "imported_values": {},
                        "contact_problems": [],
                    }
                    for number in range(1, customers + 1)
                ],
            )
            ids = list(session.scalars(select(Customer.id).order_by(Customer.id)))
            session.execute(
                insert(CustomerTag),
                [{"customer_id": i, "tag": "vip"} for i in ids[:: max(1, len(ids) // 500)]],
            )
            rows = []
            for index in range(invoices):
                amount = Decimal(rng.randrange(-3000, 150000)) / 100 or Decimal("12.50")
                due = TODAY + timedelta(days=rng.randrange(-120, 30))
                rows.append(
                    {
                        "administration_id": administration,
                        "customer_id": ids[index % len(ids)],
                        "number": f"F{2026000000 + index}",
                        "invoice_date": due - timedelta(days=14),
                        "due_date": due,
                        "amount": amount,
                        "open_amount": amount,
                        "currency": "EUR",
                        "payment_method": (
                            PaymentMethod.DIRECT_DEBIT
                            if rng.random() < 0.2
                            else PaymentMethod.MANUAL
                        ),
                        "storno_date": due + timedelta(days=3) if rng.random() < 0.02 else None,
                        "status": InvoiceStatus.OPEN,
                        "source": "bench",
                    }
                )
            session.execute(insert(Invoice), rows)
            invoice_rows = session.execute(
                select(Invoice.id, Invoice.customer_id, Invoice.number, Invoice.due_date)
                .where(Invoice.due_date < TODAY - timedelta(days=10))
                .order_by(Invoice.id)
            ).all()
            session.execute(
                insert(Hold),
                [
                    {
                        "customer_id": customer_id,
                        "invoice_id": invoice_id if rng.random() < 0.5 else None,
                        "reason": rng.choice(list(HoldReason)),
                        "until": TODAY + timedelta(days=rng.randrange(-5, 20)),
                        "note": "",
                        "created_at": utcnow(),
                    }
                    for invoice_id, customer_id, _, _ in invoice_rows[::40]
                ],
            )
            _past_steps(session, administration, invoice_rows[::3])
            session.execute(
                insert(TriggerEventRow),
                [
                    {
                        "customer_id": customer_id,
                        "kind": Trigger.BROKEN_PROMISE,
                        "occurred_on": TODAY - timedelta(days=2),
                        "invoice_ids": [invoice_id],
                        "source": "bench",
                        "created_at": utcnow(),
                    }
                    for invoice_id, customer_id, _, _ in invoice_rows[5::200]
                ],
            )
    finally:
        db.dispose()


def _past_steps(session: Any, administration: int, invoices: Sequence[Any]) -> None:
    """A first reminder taken for a third of the overdue invoices."""
    policy_id = session.scalar(
        select(DunningPolicy.id).where(DunningPolicy.is_default_for == CustomerType.CONSUMER)
    )
    now = utcnow()
    zero = Decimal("0.00")
    communications = [
        {
            "administration_id": administration,
            "customer_id": customer_id,
            "policy_id": policy_id,
            "step_key": "reminder_1",
            "step_name": "Reminder",
            "channel": ActionChannel.EMAIL,
            "status": CommunicationStatus.SENT,
            "planned_for": due + timedelta(days=7),
            "planned_at": now,
            "status_changed_at": now,
            "went_out_on": due + timedelta(days=7),
            "open_amount": zero,
            "overdue_amount": zero,
            "costs": zero,
            "interest": zero,
            "fee": zero,
            "costs_announced": zero,
            "fourteen_day_letter": False,
            "template": "",
            "tone": Tone.FORMAL,
            "language": "nl",
            "reason": {},
            "version": 1,
        }
        for _, customer_id, _, due in invoices
    ]
    session.execute(insert(Communication), communications)
    communication_ids = list(session.scalars(select(Communication.id).order_by(Communication.id)))
    session.execute(
        insert(CommunicationInvoice),
        [
            {
                "communication_id": communication_id,
                "invoice_id": invoice_id,
                "invoice_number": number,
                "due_date": due,
                "open_amount": zero,
            }
            for communication_id, (invoice_id, _, number, due) in zip(
                communication_ids, invoices, strict=True
            )
        ],
    )


def _statements(db: Database) -> list[tuple[str, Any]]:
    """The SQL the loader runs, with its parameters (captured from one load)."""
    captured: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        captured.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.read() as session:
            load_queue(session, 1, TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    return captured


def floor(db: Database, statements: list[tuple[str, Any]]) -> list[list[Any]]:
    """The same statements on the raw driver cursor, every row fetched into a plain tuple; the rows
    are returned (kept), as the queue returns its result."""
    fetched = []
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        for statement, parameters in statements:
            cursor.execute(statement, parameters)
            fetched.append(cursor.fetchall())
        cursor.close()
    finally:
        connection.close()
    return fetched


def best(label: str, action: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``repeat`` runs (printed with the CPU time of that run: on a busy
    machine the wall time also counts the other processes)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        # what the action returns (the queue, the floor's rows) is let go after the clock stops:
        # each side is timed until its output is there, not while it is freed again
        output = action()
        times.append((time.perf_counter() - start, time.process_time() - cpu))
        del output
    elapsed, cpu_s = min(times)
    print(f"{label:<44} {elapsed * 1000:9.1f} ms  (CPU {cpu_s * 1000:7.1f} ms)")
    return elapsed


def memory(url: str) -> None:
    """In a fresh process: the peak resident memory of the process after computing the queue once,
    and the peak of Python objects traced during a second computation."""
    db = open_database(url)
    try:
        compute_queue_for(db, 1, TODAY)
        gc.collect()
        peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        tracemalloc.start()
        compute_queue_for(db, 1, TODAY)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        db.dispose()
    print(
        f"peak memory: {peak_rss_mb:.0f} MB resident (a fresh process computing the queue), "
        f"{traced_peak / 2**20:.0f} MB Python objects during one queue (target < 400 MB)",
        flush=True,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=40_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--db", help="a database URL (default: a new SQLite file)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N (default 3)")
    args = parser.parse_args(argv)
    folder = tempfile.TemporaryDirectory(prefix="dd-bench-queue-")
    url = args.db or str(Path(folder.name) / "queue.sqlite")
    child = multiprocessing.get_context("spawn").Process(
        target=fill, args=(url, args.customers, args.invoices)
    )
    start = time.perf_counter()
    child.start()
    child.join()
    if child.exitcode != 0:
        sys.exit(f"filling the database failed (exit {child.exitcode})")
    print(
        f"filled {args.customers} customers / {args.invoices} invoices "
        f"in {time.perf_counter() - start:.1f} s"
    )
    # first, while this process is still small: a child's peak resident memory starts from the
    # size of the process it was forked from
    child = multiprocessing.get_context("spawn").Process(target=memory, args=(url,))
    child.start()
    child.join()
    db = open_database(url)
    try:
        statements = _statements(db)
        fetched = sum(map(len, floor(db, statements)))
        print(f"loader: {len(statements)} statements, {fetched} rows")
        floor_s = best(
            "floor: same statements, raw tuples", lambda: floor(db, statements), args.repeat
        )
        with db.read() as session:
            loaded = load_queue(session, 1, TODAY)
        load_s = best("load_dunning_input (service loader)", lambda: _load(db), args.repeat)
        engine_s = best(
            "compute_queue (pure engine)", lambda: compute_queue(loaded.data), args.repeat
        )
        result = compute_queue_for(db, 1, TODAY)
        whole_s = best(
            "compute_queue_for (load + engine + rows)",
            lambda: compute_queue_for(db, 1, TODAY),
            args.repeat,
        )
        print(f"queue: {len(result.entries)} customers, {len(result.actions)} with a step due")
        print(
            f"ratio whole queue / floor: {whole_s / floor_s:.2f}x (target <= 3x); "
            f"loader alone {load_s / floor_s:.2f}x; engine {engine_s * 1000:.0f} ms"
        )
        print(f"whole queue: {whole_s:.2f} s (target < 2 s)", flush=True)
    finally:
        db.dispose()
        folder.cleanup()


def _load(db: Database) -> object:
    with db.read() as session:
        return load_queue(session, 1, TODAY)


if __name__ == "__main__":
    main()
