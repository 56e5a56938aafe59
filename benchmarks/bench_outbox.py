"""Outbox benchmark: 10,000 SMS payment requests (each with its own payment link) sent end to end through
the outbox to a MessageBird stand-in on loopback, against a bare httpx client posting the same requests
at the same concurrency (the floor).

Targets (issue 5): at least 100 messages a second end to end, at least half the bare client's
throughput, zero duplicates at the provider. "End to end" is everything ``send`` does: the due
messages go into the outbox, each is checked again (still due, opt-outs, number), rendered from its
template, claimed with its attempt committed before the call, sent, and the result recorded with a
timeline entry. The outbox's rate limit is set to its highest (5,000 a second), so it does not bind:
the bare client has none. With ``--rate 500`` (MessageBird's documented limit) the outbox runs at that
rate instead.

The stand-in runs in a process of its own (an asyncio HTTP/1.1 server with the MessageBird stand-in's
contract: :mod:`tests.standins.fast_server`), so neither side measures the other's interpreter; a fresh
one for each side, so the ledger of the outbox run holds only its own messages.

With ``--gui`` the batch runs on a background thread (as the outbox page runs it) while a Qt event loop
(offscreen) ticks every 10 ms on the main thread: how late the ticks come shows whether the window would
still answer (target: within 100 ms at the 99th percentile).

Usage: python -m benchmarks.bench_outbox [--size N] [--concurrency N] [--delay SECONDS] [--db URL] [--gui]
                                          [--rate PER_SECOND]
                                          [--repeat N]
Prints one line per measurement; timings are not asserted (machines are noisy), but a duplicate at the
provider or a message not sent ends with exit status 1.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, insert, select
from tests.standins.fast_server import FastServer

from debtordesk.db.models import (
    Administration,
    Communication,
    CommunicationInvoice,
    Customer,
    Invoice,
    OutboxAttempt,
)
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus, Tone
from debtordesk.domain.text import search_key
from debtordesk.providers.http import Timeouts
from debtordesk.providers.messagebird import MessageBirdSms
from debtordesk.services.database import Database, open_database
from debtordesk.services.outbox import send_batch
from debtordesk.services.outbox_providers import OutboxProviders
from debtordesk.services.outbox_settings import MAX_RATE, set_outbox_settings

KEY = "live_benchmarkKey0123456789"
FIRST = ("Jan", "Sanne", "Mohammed", "Fatima", "Daan", "Zoë", "Łukasz", "Ömer", "Anna", "Thijs")
LAST = ("de Vries", "Jansen", "El Amrani", "Wójcik", "Çelik", "van den Berg", "Bakker", "Visser")
LINKS = (
    "https://paymentlink.mollie.com/payment/{token}/",
    "https://tikkie.me/pay/Zonnetje/{token}",
)
DUE = date(2024, 11, 1)


def fill(db: Database, size: int, rng: random.Random, rate: float = MAX_RATE) -> None:
    """``size`` customers, each with an overdue invoice and a prepared SMS with its own link."""
    now = datetime.now(UTC)
    with db.write() as session:
        row = session.get_one(Administration, 1)
        row.name = "Kinderopvang Zonnetje"
        row.iban = "NL91ABNA0417164300"
        row.account_holder = "Stichting Kinderopvang Zonnetje"
        row.phone = "033 123 45 67"
        set_outbox_settings(
            session,
            1,
            {
                # the rate limit out of the way (the bare client has none): measured is what the
                # outbox's own work costs; a real account runs at its contract's rate (MessageBird
                # documents 500 a second), which the outbox then reaches (see --rate)
                "sms.rate": str(rate),
                "sms.hourly_cap": "none",
                "sms.daily_cap": "none",
                "sms.window": "all holidays",
            },
            user_id=None,
        )
    for start in range(0, size, 2000):
        count = min(2000, size - start)
        with db.write() as session:
            first_customer = (session.scalar(select(func.max(Customer.id))) or 0) + 1
            first_invoice = (session.scalar(select(func.max(Invoice.id))) or 0) + 1
            first_message = (session.scalar(select(func.max(Communication.id))) or 0) + 1
            customers, invoices, messages, lines = [], [], [], []
            for offset in range(count):
                index = start + offset
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                amount = Decimal(rng.randint(1500, 60000)) / 100
                customer_id, invoice_id = first_customer + offset, first_invoice + offset
                customers.append(
                    {
                        "id": customer_id,
                        "administration_id": 1,
                        "number": f"B{index:06d}",
                        "name": name,
                        "name_search": search_key(name),
                        "mobile": f"+316{20000000 + index}",
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                invoices.append(
                    {
                        "id": invoice_id,
                        "administration_id": 1,
                        "customer_id": customer_id,
                        "number": f"F{index:06d}",
                        "due_date": DUE,
                        "amount": amount,
                        "open_amount": amount,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                token = secrets.token_urlsafe(12)
                messages.append(
                    {
                        "id": first_message + offset,
                        "administration_id": 1,
                        "customer_id": customer_id,
                        "step_key": "reminder_1",
                        "step_name": "Eerste herinnering",
                        "channel": ActionChannel.SMS,
                        "status": CommunicationStatus.PREPARED,
                        "planned_for": DUE,
                        "send_on": DUE,
                        "planned_at": now,
                        "prepared_at": now,
                        "status_changed_at": now,
                        "payment_reference": f"RF18{index:012d}",
                        "payment_link_url": rng.choice(LINKS).format(token=token),
                        "open_amount": amount,
                        "overdue_amount": amount,
                        "costs": Decimal("0.00"),
                        "interest": Decimal("0.00"),
                        "fee": Decimal("0.00"),
                        "costs_announced": Decimal("0.00"),
                        "template": "reminder_1",
                        "tone": Tone.FORMAL if index % 3 else Tone.INFORMAL,
                        "language": "nl" if index % 5 else "en",
                        "plan_key": f"bench-{index}",
                    }
                )
                lines.append(
                    {
                        "communication_id": first_message + offset,
                        "invoice_id": invoice_id,
                        "invoice_number": f"F{index:06d}",
                        "due_date": DUE,
                        "open_amount": amount,
                    }
                )
            session.execute(insert(Customer), customers)
            session.execute(insert(Invoice), invoices)
            session.execute(insert(Communication), messages)
            session.execute(insert(CommunicationInvoice), lines)


def run_outbox(
    db: Database, concurrency: int, delay: float, *, gui: bool = False
) -> tuple[float, float, dict[str, Any]]:
    """(seconds, process CPU seconds, the stand-in's ledger) of one send batch."""
    with FastServer(delay=delay, key=KEY) as server:
        provider = MessageBirdSms(
            KEY,
            base_url=server.base_url,
            timeouts=Timeouts(connect=5, read=30, write=10, pool=30),
            max_connections=concurrency,
        )
        providers = OutboxProviders(sms=provider, sms_sender="Zonnetje")
        started, cpu = time.perf_counter(), time.process_time()
        if gui:
            summary, lateness = _with_event_loop(
                lambda: send_batch(db, 1, concurrency=concurrency, providers=providers)
            )
        else:
            summary = send_batch(db, 1, concurrency=concurrency, providers=providers)
        elapsed, used = time.perf_counter() - started, time.process_time() - cpu
        if gui:
            lateness.sort()
            p50 = lateness[len(lateness) // 2]
            p99 = lateness[min(len(lateness) - 1, len(lateness) * 99 // 100)]
            print(
                f"event loop while sending: {len(lateness)} ticks of 10 ms, late by p50 "
                f"{p50:.1f} ms, p99 {p99:.1f} ms, max {lateness[-1]:.1f} ms (target p99 < 100 ms)"
            )
        provider.close()
        ledger = server.ledger()
    print(
        f"outbox summary: sent={summary.sent} failed={summary.failed} "
        f"uncertain={summary.uncertain} later={summary.retry_later} held={summary.held}"
    )
    return elapsed, used, ledger


def _with_event_loop(work: Callable[[], Any]) -> tuple[Any, list[float]]:
    """Run ``work`` on a thread while a Qt event loop ticks every 10 ms; (its result, how late each
    tick came in ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    outcome: list[Any] = []
    lateness: list[float] = []
    thread = threading.Thread(target=lambda: outcome.append(work()))
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lateness.append(max(0.0, (now - last[0]) * 1000 - 10))
        last[0] = now
        if not thread.is_alive():
            app.quit()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    thread.start()
    app.exec()
    timer.stop()
    thread.join()
    return outcome[0], lateness


def run_bare(requests: list[dict[str, Any]], concurrency: int, delay: float) -> tuple[float, float]:
    """(seconds, process CPU seconds) of a bare httpx client posting the same requests."""
    with FastServer(delay=delay, key=KEY) as server:
        client = httpx.Client(
            base_url=server.base_url,
            headers={"Authorization": f"AccessKey {KEY}"},
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
            timeout=30,
        )

        def post(payload: dict[str, Any]) -> None:
            answer = client.post("/messages", json=payload)
            if answer.status_code != 201:
                raise RuntimeError(f"bare client: HTTP {answer.status_code}")

        started, cpu = time.perf_counter(), time.process_time()
        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(post, requests))
        elapsed, used = time.perf_counter() - started, time.process_time() - cpu
        client.close()
        count = server.ledger()["count"]
    if count != len(requests):
        raise RuntimeError(f"bare client: the stand-in holds {count} of {len(requests)}")
    return elapsed, used


def one_round(
    args: argparse.Namespace, rng: random.Random, folder: str, number: int
) -> dict[str, Any]:
    """One outbox batch on a fresh database, then the bare client with the same requests."""
    db = open_database(args.db or str(Path(folder) / f"bench{number}.sqlite"))
    try:
        started = time.perf_counter()
        fill(db, args.size, rng, args.rate)
        print(f"setup: {args.size} prepared SMS in {time.perf_counter() - started:.1f} s")
        seconds, cpu, ledger = run_outbox(db, args.concurrency, args.delay, gui=args.gui)
        with db.read() as session:
            sent = session.scalar(
                select(func.count())
                .select_from(Communication)
                .where(Communication.status == CommunicationStatus.SENT)
            )
            bodies = session.execute(
                select(OutboxAttempt.recipient, OutboxAttempt.body, OutboxAttempt.idempotency_key)
            ).all()
    finally:
        db.dispose()
    requests = [
        {
            "originator": "Zonnetje",
            "recipients": [recipient.lstrip("+")],
            "body": body,
            "reference": reference,
            "datacoding": "auto",
        }
        for recipient, body, reference in bodies
    ]
    bare_seconds, bare_cpu = run_bare(requests, args.concurrency, args.delay)
    rate = args.size / seconds
    bare_rate = len(requests) / bare_seconds
    print(
        f"round {number + 1}: outbox end to end: {args.size} SMS in {seconds:.2f} s = {rate:.0f}/s "
        f"(concurrency {args.concurrency}, CPU {cpu / args.size * 1000:.2f} ms a message); "
        f"bare httpx: {bare_rate:.0f}/s (CPU {bare_cpu / max(1, len(requests)) * 1000:.2f} ms a "
        f"request); ratio {rate / bare_rate:.2f}"
    )
    return {
        "rate": rate,
        "bare_rate": bare_rate,
        "sent": sent,
        "count": ledger["count"],
        "duplicates": ledger["duplicates"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=10_000, help="messages (default 10,000)")
    parser.add_argument("--concurrency", type=int, default=8, help="provider calls at once")
    parser.add_argument("--delay", type=float, default=0.0, help="the stand-in's answer delay (s)")
    parser.add_argument("--db", help="a database URL (default: a new SQLite file)")
    parser.add_argument(
        "--rate",
        type=float,
        default=MAX_RATE,
        help="the outbox's SMS rate limit (default its highest, 5,000 a second: not binding)",
    )
    parser.add_argument("--gui", action="store_true", help="also measure a Qt event loop's ticks")
    parser.add_argument(
        "--repeat", type=int, default=3, help="rounds of both sides, alternating (default 3)"
    )
    args = parser.parse_args(argv)
    if args.db and args.repeat > 1:
        parser.error("--db holds one round's messages: use --repeat 1 with it")
    rng = random.Random(20261216)
    rounds = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("DEBTORDESK_HOME", folder)
        for number in range(max(1, args.repeat)):
            rounds.append(one_round(args, rng, folder, number))
    best = max(r["rate"] for r in rounds)
    best_bare = max(r["bare_rate"] for r in rounds)
    ratios = sorted(r["rate"] / r["bare_rate"] for r in rounds)
    print(
        f"outbox end to end, best of {len(rounds)}: {best:.0f} messages/s (target >= 100/s); "
        f"bare httpx floor, best of {len(rounds)}: {best_bare:.0f}/s"
    )
    print(
        f"ratio outbox / bare (best against best): {best / best_bare:.2f} (target >= 0.5); "
        f"per round {', '.join(f'{r:.2f}' for r in ratios)} (median {ratios[len(ratios) // 2]:.2f})"
    )
    failed = False
    for number, result in enumerate(rounds, 1):
        duplicates = result["duplicates"]
        print(
            f"round {number}: provider holds {result['count']} messages, duplicates: "
            f"{len(duplicates)}; sent {result['sent']} of {args.size}"
        )
        failed = failed or bool(duplicates) or result["sent"] != args.size
        failed = failed or result["count"] != args.size
    if failed:
        print("FAILED: duplicates or messages not sent", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
