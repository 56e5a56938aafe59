"""Promise decisions (domain/promises.py): kept, broken or pending, with lagging snapshots."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from debtordesk.domain.promises import (
    FROM_LEDGER,
    FROM_LINK,
    PromisedInvoice,
    PromiseFacts,
    PromiseStatus,
    Snapshot,
    judge_after,
    judge_promise,
    ledger_paid,
)

D = Decimal
PROMISED = date(2026, 12, 15)
GRACE = 5  # a snapshot dated 20 December or later may show it broken


def _facts(
    open_now: str = "300.00",
    *,
    snapshot: Snapshot | None = None,
    amount: str = "300.00",
    link: str = "0.00",
    paid: bool = False,
) -> PromiseFacts:
    return PromiseFacts(
        promised_on=PROMISED,
        amount=D(amount),
        invoices=(PromisedInvoice(1, D("300.00"), D(open_now), paid=paid),),
        snapshot=snapshot,
        link_paid=D(link),
    )


def test_nothing_is_decided_before_the_promise_date() -> None:
    decision = judge_promise(_facts("0.00", paid=True), date(2026, 12, 14), grace_days=GRACE)
    assert decision.status is PromiseStatus.PENDING
    assert decision.reason.code == "promise.pending.not_yet"


def test_a_lagging_snapshot_does_not_break_a_kept_promise() -> None:
    # the ledger exported on 18 December still shows the invoice open: too early to judge
    lagging = Snapshot(batch_id=7, export_date=date(2026, 12, 18))
    decision = judge_promise(_facts(snapshot=lagging), date(2026, 12, 22), grace_days=GRACE)
    assert decision.status is PromiseStatus.PENDING
    assert decision.reason.code == "promise.pending.snapshot"
    assert decision.reason.params["needed"] == date(2026, 12, 20)
    assert decision.batch_id is None
    # the snapshot of 20 December shows it paid: kept, from that batch
    paid = Snapshot(batch_id=8, export_date=date(2026, 12, 20))
    kept = judge_promise(_facts("0.00", snapshot=paid), date(2026, 12, 22), grace_days=GRACE)
    assert (kept.status, kept.batch_id, kept.decided_from) == (PromiseStatus.KEPT, 8, "8")
    assert kept.paid == D("300.00")


def test_a_snapshot_dated_after_the_grace_period_breaks_an_unpaid_promise() -> None:
    snapshot = Snapshot(batch_id=9, export_date=date(2026, 12, 20))
    decision = judge_promise(_facts(snapshot=snapshot), date(2026, 12, 21), grace_days=GRACE)
    assert (decision.status, decision.batch_id, decision.decided_from) == (
        PromiseStatus.BROKEN,
        9,
        "9",
    )
    assert decision.reason.code == "promise.broken"
    assert judge_after(PROMISED, GRACE) == date(2026, 12, 20)


def test_without_any_snapshot_it_stays_pending() -> None:
    decision = judge_promise(_facts(), date(2027, 3, 1), grace_days=GRACE)
    assert decision.status is PromiseStatus.PENDING
    assert decision.reason.code == "promise.pending.no_snapshot"
    assert decision.reason.params["export_date"] is None


def test_a_partial_payment_below_the_promised_amount_breaks_it() -> None:
    snapshot = Snapshot(batch_id=3, export_date=date(2026, 12, 21))
    decision = judge_promise(
        _facts("150.00", snapshot=snapshot, amount="200.00"), date(2026, 12, 21), grace_days=GRACE
    )
    assert decision.status is PromiseStatus.BROKEN and decision.paid == D("150.00")
    # ... but enough for a promise of 150
    kept = judge_promise(
        _facts("150.00", snapshot=snapshot, amount="150.00"), date(2026, 12, 21), grace_days=GRACE
    )
    assert kept.status is PromiseStatus.KEPT
    # and within a tolerance of 1.00 for 151.00
    tolerated = judge_promise(
        _facts("150.00", snapshot=snapshot, amount="151.00"),
        date(2026, 12, 21),
        grace_days=GRACE,
        tolerance=D("1.00"),
    )
    assert tolerated.status is PromiseStatus.KEPT


def test_a_link_payment_keeps_it_before_the_ledger_shows_anything() -> None:
    decision = judge_promise(_facts(link="300.00"), date(2026, 12, 16), grace_days=GRACE)
    assert (decision.status, decision.decided_from, decision.batch_id) == (
        PromiseStatus.KEPT,
        FROM_LINK,
        None,
    )
    assert decision.reason.code == "promise.kept.link"


def test_link_payments_and_the_ledger_are_not_added_up() -> None:
    # 200 seen in the ledger and 200 through a link: the same money, not 400
    snapshot = Snapshot(batch_id=4, export_date=date(2026, 12, 21))
    decision = judge_promise(
        _facts("100.00", snapshot=snapshot, link="200.00"), date(2026, 12, 21), grace_days=GRACE
    )
    assert decision.status is PromiseStatus.BROKEN and decision.paid == D("200.00")


def test_closed_invoices_keep_it_and_other_closures_do_not_count_as_paid() -> None:
    decision = judge_promise(
        _facts("0.00", paid=True, amount="500.00"), date(2026, 12, 15), grace_days=GRACE
    )
    assert decision.status is PromiseStatus.KEPT
    assert decision.decided_from == FROM_LEDGER
    assert decision.reason.code == "promise.kept.closed"
    written_off = (PromisedInvoice(1, D("80.00"), D("80.00"), paid=False),)
    assert ledger_paid(written_off) == 0
    # the open amount rose (a storno): nothing paid, never negative
    assert ledger_paid((PromisedInvoice(1, D("80.00"), D("120.00")),)) == 0
