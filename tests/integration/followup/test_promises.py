"""Promises to pay through the real import: a lagging snapshot decides nothing, a snapshot dated on
or after the promise date plus the grace days does; broken -> trigger, call list, timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from debtordesk.db.models import LinkPayment, Promise
from debtordesk.domain.calls import CallReason
from debtordesk.domain.errors import UserError
from debtordesk.domain.promises import PromiseStatus
from debtordesk.services.database import Database
from debtordesk.services.dunning_queue import compute_queue_for
from debtordesk.services.followup import (
    call_list,
    cancel_promise,
    list_promises,
    log_call,
    promises_check,
    record_promise,
)
from tests.integration.followup.helpers import (
    active_holds,
    audit_actions,
    clock,
    customer_id,
    event_codes,
    import_open_items,
    invoice_id,
    set_contact,
    triggers,
)

D = Decimal
CALLED = date(2026, 12, 16)
PROMISED = date(2026, 12, 21)  # grace 5 days: a snapshot of 26 December or later judges it
DUE = date(2026, 11, 1)


def _ledger(db: Database, tmp_path: Path, open_f1: str, export: date) -> None:
    import_open_items(
        db,
        tmp_path,
        [
            ("F1", "K1", "Jan Jansen", DUE, "300.00", open_f1),
            ("F9", "K9", "Ander Persoon", DUE, "80.00", "80.00"),
        ],
        export_date=export,
    )


def _promise(db: Database, tmp_path: Path) -> int:
    _ledger(db, tmp_path, "300.00", date(2026, 12, 15))
    set_contact(
        db,
        "K1",
        mobile="+31612345678",
        email="jan@example.nl",
        address_line1="Dorp 1",
        postcode="1234 AB",
        city="Utrecht",
    )
    customer = customer_id(db, "K1")
    result = log_call(
        db,
        customer,
        "promise_to_pay",
        today=CALLED,
        note="pays after payday",
        promise_date=PROMISED,
        promise_amount=D("300.00"),
        clock=clock(CALLED),
        user_login="clerk1",
    )
    assert result.promise is not None
    assert result.promise.invoice_numbers == ("F1",)
    assert result.promise.hold_until == date(2026, 12, 26)
    return customer


def _status(db: Database) -> PromiseStatus:
    with db.read() as session:
        return session.scalars(select(Promise.status)).one()


def test_a_lagging_snapshot_decides_nothing_a_later_one_breaks_it(
    db: Database, tmp_path: Path
) -> None:
    customer = _promise(db, tmp_path)
    # the customer is out of the queue until the promise date plus the grace days
    queue = compute_queue_for(db, 1, date(2026, 12, 22))
    row = next(e.row for e in queue.entries if e.customer_id == customer)
    assert row.action is None and row.blocked is not None
    assert row.blocked.code.startswith("dunning.blocked.invoice_hold.promise.until")
    # an export of 24 December (before 21 + 5) still shows F1 open: too early to judge
    _ledger(db, tmp_path, "300.00", date(2026, 12, 24))
    check = promises_check(db, 1, date(2026, 12, 27), clock=clock(date(2026, 12, 27)))
    (item,) = check.promises
    assert item.status is PromiseStatus.PENDING
    assert item.reason.code == "promise.pending.snapshot"
    assert _status(db) is PromiseStatus.PENDING
    assert triggers(db, customer) == []
    # the export of 28 December still shows it open: broken
    _ledger(db, tmp_path, "300.00", date(2026, 12, 28))
    check = promises_check(db, 1, date(2026, 12, 28), clock=clock(date(2026, 12, 28)))
    (item,) = check.promises
    assert (item.status, item.customer_number, check.broken) == (PromiseStatus.BROKEN, "K1", 1)
    assert _status(db) is PromiseStatus.BROKEN
    assert triggers(db, customer) == [
        ("broken_promise", date(2026, 12, 28), D("300.00"), "promise")
    ]
    assert active_holds(db, customer) == []
    queue = compute_queue_for(db, 1, date(2026, 12, 28))  # dunning resumes
    back = next(e.row for e in queue.entries if e.customer_id == customer)
    assert back.action is not None, back.blocked
    codes = event_codes(db, customer)
    assert "event.followup.promise_made" in codes and "event.followup.promise_broken" in codes
    assert codes[-1] == "event.followup.promise_broken"
    assert audit_actions(db, "promise") == ["add", "broken"]
    # on the call list, first
    listed = call_list(db, 1, date(2026, 12, 28))
    assert listed.entries[0].number == "K1"
    assert listed.entries[0].reasons[0] is CallReason.BROKEN_PROMISE
    # a second check decides nothing again
    assert promises_check(db, 1, date(2026, 12, 29)).promises == ()


def test_a_lagging_snapshot_cannot_break_a_kept_promise(db: Database, tmp_path: Path) -> None:
    customer = _promise(db, tmp_path)
    # paid on the promise date; the ledger of 23 December does not show it yet
    _ledger(db, tmp_path, "300.00", date(2026, 12, 23))
    assert promises_check(db, 1, date(2026, 12, 24)).promises[0].status is PromiseStatus.PENDING
    # the ledger of 27 December no longer lists F1: closed as paid, the promise is kept
    import_open_items(
        db,
        tmp_path,
        [("F9", "K9", "Ander Persoon", DUE, "80.00", "80.00")],
        export_date=date(2026, 12, 27),
    )
    check = promises_check(db, 1, date(2026, 12, 27))
    (item,) = check.promises
    assert item.status is PromiseStatus.KEPT and check.kept == 1
    assert item.decided_from is not None and item.decided_from.isdigit()
    assert triggers(db, customer) == []
    assert active_holds(db, customer) == []
    assert event_codes(db, customer)[-1] == "event.followup.promise_kept"
    assert CallReason.BROKEN_PROMISE not in {
        reason for entry in call_list(db, 1, date(2026, 12, 28)).entries for reason in entry.reasons
    }


def test_a_partial_payment_keeps_a_promise_of_that_amount(db: Database, tmp_path: Path) -> None:
    _ledger(db, tmp_path, "300.00", date(2026, 12, 15))
    customer = customer_id(db, "K1")
    record_promise(
        db, customer, promised_on=PROMISED, amount=D("100.00"), today=CALLED, note="part"
    )
    _ledger(db, tmp_path, "190.00", date(2026, 12, 22))  # 110 paid before the grace ended
    (item,) = promises_check(db, 1, date(2026, 12, 22)).promises
    assert (item.status, item.paid) == (PromiseStatus.KEPT, D("110.00"))


def test_a_link_payment_keeps_it_before_the_ledger_knows(db: Database, tmp_path: Path) -> None:
    customer = _promise(db, tmp_path)
    with db.write() as session:
        session.add(
            LinkPayment(
                administration_id=1,
                customer_id=customer,
                provider="mollie",
                link_id="pl_1",
                provider_payment_id="tr_1",
                amount=D("300.00"),
                paid_at=datetime(2026, 12, 20, 9, tzinfo=UTC),
                recorded_at=datetime(2026, 12, 20, 10, tzinfo=UTC),
                invoices=[{"id": invoice_id(db, "F1"), "number": "F1"}],
            )
        )
    (item,) = promises_check(db, 1, PROMISED).promises
    assert (item.status, item.decided_from) == (PromiseStatus.KEPT, "link")


def test_a_new_promise_replaces_the_pending_one_and_cancel(db: Database, tmp_path: Path) -> None:
    customer = _promise(db, tmp_path)
    second = record_promise(
        db, customer, promised_on=date(2026, 12, 30), amount=D("150.00"), today=CALLED
    )
    statuses = {p.id: p.status for p in list_promises(db, customer)}
    assert sorted(statuses.values()) == [PromiseStatus.CANCELLED, PromiseStatus.PENDING]
    assert [h.until for h in active_holds(db, customer)] == [date(2027, 1, 4)]
    cancelled = cancel_promise(db, second.id, note="customer changed mind")
    assert cancelled.status is PromiseStatus.CANCELLED
    assert active_holds(db, customer) == []
    with pytest.raises(UserError) as twice:
        cancel_promise(db, second.id)
    assert twice.value.code == "followup.promise_decided"


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"promised_on": date(2026, 12, 15), "amount": D("10.00")}, "followup.promise_in_past"),
        ({"promised_on": PROMISED, "amount": D("0.00")}, "followup.bad_promise_amount"),
        ({"promised_on": PROMISED, "amount": D("300.01")}, "followup.promise_above_open"),
    ],
)
def test_bad_promises_are_refused_and_write_nothing(
    db: Database, tmp_path: Path, kwargs: dict[str, object], code: str
) -> None:
    _ledger(db, tmp_path, "300.00", date(2026, 12, 15))
    customer = customer_id(db, "K1")
    with pytest.raises(UserError) as refused:
        record_promise(db, customer, today=CALLED, **kwargs)  # type: ignore[arg-type]
    assert refused.value.code == code
    assert list_promises(db, customer) == ()
    assert active_holds(db, customer) == []
