"""The pure dunning engine at real size: 40,000 customers and 100,000 open invoices by default.

Run: python -m benchmarks.bench_engine [--customers N] [--invoices N] [--repeat N] [--profile]. Builds a
DunningInput in memory (the two shipped policies, segments, holds, past steps, triggers, 14-day letters,
charges, a mix of consumers and businesses, direct debits and credit notes), then times compute_queue.
Prints the best time, the time per 100,000 invoices and how many rows had an action; the aim is about
0.5 s per 100,000 invoices (the whole queue including loading must stay within 3x the database fetch
floor, see bench_queue).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import time
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

from debtordesk.domain.dunning.defaults import business_policy, consumer_policy
from debtordesk.domain.dunning.engine import compute_queue
from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChargeInput,
    ChargeKind,
    CustomerInput,
    CustomerQueueRow,
    DunningInput,
    FourteenDayLetterInput,
    HoldInput,
    HoldReason,
    InvoiceInput,
    PastStep,
    PaymentScore,
    SegmentRule,
    Trigger,
    TriggerEvent,
)
from debtordesk.domain.enums import CustomerType, PaymentMethod

TODAY = date(2026, 11, 20)
_CONSUMER_KEYS = ("reminder_1", "reminder_2", "fourteen_day_letter", "call")
_CONSUMER_OFFSETS = (7, 14, 28, 35)


def build(customers: int, invoices: int, seed: int = 5) -> DunningInput:
    """A realistic input: most invoices recent, a tail of old ones, some with steps already taken."""
    rng = random.Random(seed)
    people: list[CustomerInput] = []
    for number in range(1, customers + 1):
        is_business = rng.random() < 0.2
        people.append(
            CustomerInput(
                id=number,
                number=f"D{number:06d}",
                customer_type=CustomerType.BUSINESS if is_business else CustomerType.CONSUMER,
                has_mobile=rng.random() < 0.8,
                has_email=rng.random() < 0.85,
                has_address=rng.random() < 0.97,
                email_consent=rng.random() < 0.3,
                opt_out_sms=rng.random() < 0.05,
                preferred_payment_day=rng.choice((None, None, None, 25, 10, 1)),
                mandate_valid=rng.random() < 0.3,
                tags=frozenset({"vip"}) if rng.random() < 0.02 else frozenset(),
                score=PaymentScore(
                    rng.randint(0, 30), Decimal(rng.randint(0, 4000)) / 100, rng.randint(0, 2)
                ),
            )
        )
    items: list[InvoiceInput] = []
    past: list[PastStep] = []
    triggers: list[TriggerEvent] = []
    letters: list[FourteenDayLetterInput] = []
    charges: list[ChargeInput] = []
    for number in range(1, invoices + 1):
        customer = people[(number * 7919) % customers]
        days = int(rng.expovariate(1 / 25)) - 10  # days past the due date
        due = TODAY - timedelta(days=days)
        amount = Decimal(rng.randint(500, 250_000)) / 100
        method = PaymentMethod.DIRECT_DEBIT if rng.random() < 0.25 else PaymentMethod.MANUAL
        storno = (
            due + timedelta(days=3)
            if method is PaymentMethod.DIRECT_DEBIT and rng.random() < 0.2
            else None
        )
        if rng.random() < 0.03:
            amount = -amount / 4  # a credit note
        open_amount = amount if rng.random() < 0.9 else (amount / 3).quantize(Decimal("0.01"))
        items.append(
            InvoiceInput(
                id=number,
                customer_id=customer.id,
                number=f"F{number:07d}",
                due_date=due,
                amount=amount,
                open_amount=open_amount,
                payment_method=method,
                storno_date=storno,
            )
        )
        if customer.customer_type is CustomerType.CONSUMER and days > 7 and amount > 0:
            for key, offset in zip(_CONSUMER_KEYS, _CONSUMER_OFFSETS, strict=True):
                if offset > days or rng.random() < 0.2:
                    break
                sent = due + timedelta(days=offset)
                past.append(
                    PastStep(
                        customer.id, 1, key, frozenset({number}), ActionChannel.EMAIL, sent, sent
                    )
                )
                if key == "fourteen_day_letter":
                    letters.append(
                        FourteenDayLetterInput(
                            customer.id,
                            frozenset({number}),
                            sent,
                            sent + timedelta(days=4),
                            sent + timedelta(days=19),
                            Decimal("40.00"),
                        )
                    )
        if rng.random() < 0.01:
            triggers.append(
                TriggerEvent(customer.id, Trigger.BROKEN_PROMISE, TODAY - timedelta(days=1))
            )
        if rng.random() < 0.02:
            charges.append(
                ChargeInput(customer.id, ChargeKind.INTEREST, Decimal("3.10"), invoice_id=number)
            )
    holds = [
        HoldInput(
            index,
            rng.randint(1, customers),
            rng.choice(list(HoldReason)),
            invoice_id=rng.randint(1, invoices) if rng.random() < 0.5 else None,
            until=TODAY + timedelta(days=rng.randint(-10, 20)),
        )
        for index in range(1, customers // 50 + 1)
    ]
    return DunningInput(
        today=TODAY,
        policies=(consumer_policy(1), business_policy(2)),
        segments=(
            SegmentRule(name="vip", policy_id=2, priority=10, tags=frozenset({"vip"})),
            SegmentRule(name="late", policy_id=1, priority=20, min_stornos_12_months=2),
        ),
        default_policy_ids={CustomerType.CONSUMER: 1, CustomerType.BUSINESS: 2},
        customers=tuple(people),
        invoices=tuple(items),
        holds=tuple(holds),
        past_steps=tuple(past),
        triggers=tuple(triggers),
        fourteen_day_letters=tuple(letters),
        charges=tuple(charges),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=40_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print the 25 costliest functions")
    arguments = parser.parse_args(argv)

    started = time.perf_counter()
    data = build(arguments.customers, arguments.invoices)
    print(
        f"input: {len(data.customers)} customers, {len(data.invoices)} invoices, "
        f"{len(data.past_steps)} past steps, {len(data.holds)} holds "
        f"(built in {time.perf_counter() - started:.2f} s)"
    )
    best = best_cpu = float("inf")
    queue: tuple[CustomerQueueRow, ...] = ()
    for _ in range(max(1, arguments.repeat)):
        queue = ()  # free the previous result outside the timed part
        started, started_cpu = time.perf_counter(), time.process_time()
        queue = compute_queue(data)
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    per_100k = best * 100_000 / max(1, len(data.invoices))
    actions = Counter(row.action.step_key for row in queue if row.action is not None)
    blocked = Counter(row.blocked.code for row in queue if row.blocked is not None)
    print(
        f"compute_queue: {best * 1000:.0f} ms for {len(queue)} rows "
        f"({per_100k * 1000:.0f} ms per 100k invoices; CPU {best_cpu * 1000:.0f} ms: on a busy "
        "machine the CPU time is the steadier figure)"
    )
    print("actions: " + ", ".join(f"{key}={count}" for key, count in sorted(actions.items())))
    print(
        "blocked: "
        + ", ".join(f"{code.split('.', 2)[-1]}={n}" for code, n in blocked.most_common(8))
    )
    if arguments.profile:
        profile = cProfile.Profile()
        profile.enable()
        compute_queue(data)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
