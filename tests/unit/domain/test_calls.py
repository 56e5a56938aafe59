"""The call list's reasons and order (domain/calls.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from debtordesk.domain.calls import (
    CallFacts,
    CallReason,
    CallRules,
    call_list,
    days_overdue,
    reasons_for,
)

D = Decimal
DAY = date(2026, 12, 16)
BASE = CallFacts(
    customer_id=1,
    number="K1",
    overdue_amount=D("100.00"),
    oldest_due=date(2026, 11, 1),
    has_mobile=True,
    has_email=True,
)


def test_each_reason() -> None:
    assert reasons_for(BASE, DAY) == frozenset()
    assert reasons_for(replace(BASE, has_call_task=True), DAY) == {CallReason.CALL_STEP}
    assert reasons_for(replace(BASE, broken_promise_on=DAY), DAY) == {CallReason.BROKEN_PROMISE}
    assert reasons_for(replace(BASE, missed_term_on=date(2026, 12, 10)), DAY) == {
        CallReason.MISSED_TERM
    }
    assert reasons_for(replace(BASE, follow_up_on=DAY), DAY) == {CallReason.FOLLOW_UP}
    assert reasons_for(replace(BASE, follow_up_on=date(2026, 12, 17)), DAY) == frozenset()
    assert reasons_for(replace(BASE, returned_mail_on=date(2026, 12, 1)), DAY) == {
        CallReason.RETURNED_MAIL
    }
    nothing_digital = replace(BASE, has_mobile=False, has_email=False)
    assert reasons_for(nothing_digital, DAY) == {CallReason.NO_DIGITAL}
    # a mobile number or an e-mail address is enough to be reached otherwise
    assert reasons_for(replace(nothing_digital, has_email=True), DAY) == frozenset()


def test_a_call_since_the_event_takes_the_customer_off() -> None:
    called = replace(
        BASE,
        broken_promise_on=date(2026, 12, 10),
        missed_term_on=date(2026, 12, 10),
        returned_mail_on=date(2026, 12, 10),
        last_called_on=date(2026, 12, 11),
    )
    assert reasons_for(called, DAY) == frozenset()
    # a call before the event does not
    earlier = replace(called, last_called_on=date(2026, 12, 9))
    assert reasons_for(earlier, DAY) == {
        CallReason.BROKEN_PROMISE,
        CallReason.MISSED_TERM,
        CallReason.RETURNED_MAIL,
    }


def test_called_today_opted_out_or_stopped_is_never_listed() -> None:
    busy = replace(BASE, has_call_task=True, broken_promise_on=DAY)
    assert reasons_for(replace(busy, last_called_on=DAY), DAY) == frozenset()
    assert reasons_for(replace(busy, opted_out=True), DAY) == frozenset()
    assert reasons_for(replace(busy, active=False), DAY) == frozenset()


def test_no_digital_waits_for_the_recall_period_and_a_real_amount() -> None:
    rules = CallRules(recall_days=30, min_overdue=D("5.00"))
    quiet = replace(BASE, has_mobile=False, has_email=False)
    assert reasons_for(replace(quiet, last_called_on=date(2026, 11, 20)), DAY, rules) == frozenset()
    assert reasons_for(replace(quiet, last_called_on=date(2026, 11, 16)), DAY, rules) == {
        CallReason.NO_DIGITAL
    }
    assert reasons_for(replace(quiet, overdue_amount=D("5.00")), DAY, rules) == frozenset()


def test_order_broken_promises_then_missed_terms_then_amount_and_age() -> None:
    big_step = replace(BASE, customer_id=1, number="A", has_call_task=True, overdue_amount=D(900))
    old_step = replace(
        BASE,
        customer_id=2,
        number="B",
        has_call_task=True,
        overdue_amount=D(100),
        oldest_due=date(2026, 1, 1),
    )
    young_step = replace(
        BASE,
        customer_id=3,
        number="C",
        has_call_task=True,
        overdue_amount=D(100),
        oldest_due=date(2026, 12, 1),
    )
    missed = replace(BASE, customer_id=4, number="D", missed_term_on=DAY, overdue_amount=D(10))
    broken = replace(BASE, customer_id=5, number="E", broken_promise_on=DAY, overdue_amount=D(1))
    listed = call_list([young_step, missed, old_step, big_step, broken, BASE], DAY)
    assert [facts.number for facts, _ in listed] == ["E", "D", "A", "B", "C"]
    assert listed[0][1] == (CallReason.BROKEN_PROMISE,)
    both = replace(broken, has_call_task=True, follow_up_on=DAY)
    ((_, reasons),) = call_list([both], DAY)
    assert reasons == (CallReason.BROKEN_PROMISE, CallReason.CALL_STEP, CallReason.FOLLOW_UP)


def test_days_overdue() -> None:
    assert days_overdue(date(2026, 12, 1), DAY) == 15
    assert days_overdue(None, DAY) == 0
    assert days_overdue(date(2026, 12, 20), DAY) == 0


def test_an_sms_that_did_not_arrive_until_somebody_calls() -> None:
    undelivered = replace(BASE, undelivered_on=date(2026, 12, 10))
    assert reasons_for(undelivered, DAY) == {CallReason.UNDELIVERED}
    # called since: off; called before: still on; nothing overdue: nothing to call about
    assert reasons_for(replace(undelivered, last_called_on=date(2026, 12, 11)), DAY) == frozenset()
    assert reasons_for(replace(undelivered, last_called_on=date(2026, 12, 9)), DAY) == {
        CallReason.UNDELIVERED
    }
    assert reasons_for(replace(undelivered, overdue_amount=D("0")), DAY) == frozenset()
    # shown after a returned letter, before "no digital"
    both = replace(undelivered, returned_mail_on=date(2026, 12, 1), has_call_task=True)
    ((_, reasons),) = call_list([both], DAY)
    assert reasons == (CallReason.CALL_STEP, CallReason.RETURNED_MAIL, CallReason.UNDELIVERED)
