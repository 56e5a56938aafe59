"""The shipped consumer policy under a payment arrangement, day by day: each term's request three days
before it (once), the reminder after a term not seen paid (once, only while its event stands), and a
broken promise's step before any escalation due the same day, after which normal dunning goes on."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from debtordesk.domain.dunning.model import (
    HoldInput,
    HoldReason,
    PastStep,
    ProposedAction,
    Trigger,
    TriggerEvent,
)

from .builders import customer, one_row, overdue, taken

T1 = date(2027, 1, 11)
T2 = date(2027, 2, 11)
MADE = date(2026, 12, 16)
INVOICES = [overdue(1, MADE, 60, "600.00"), overdue(2, MADE, 45, "400.00")]
HOLDS = (
    HoldInput(1, 1, HoldReason.ARRANGEMENT, invoice_id=1),
    HoldInput(2, 1, HoldReason.ARRANGEMENT, invoice_id=2),
)


def _term(on: date, amount: str, event_id: int) -> TriggerEvent:
    return TriggerEvent(
        1, Trigger.INSTALMENT_DUE, on, frozenset({1, 2}), Decimal(amount), event_id=event_id
    )


TERMS = (_term(T1, "333.34", 11), _term(T2, "333.33", 12))


def _day(
    today: date,
    past: tuple[PastStep, ...],
    *,
    events: tuple[TriggerEvent, ...] = TERMS,
    holds: tuple[HoldInput, ...] = HOLDS,
) -> ProposedAction | None:
    return one_row(
        today, [customer()], INVOICES, holds=holds, triggers=events, past_steps=past
    ).action


def _walk(
    start: date, end: date, events: tuple[TriggerEvent, ...] = TERMS
) -> list[tuple[date, str, Decimal | None]]:
    """Run the queue every day from ``start`` to ``end``, taking what is proposed."""
    past: tuple[PastStep, ...] = ()
    done = []
    day = start
    while day <= end:
        action = _day(day, past, events=events)
        if action is not None:
            done.append((day, action.step_key, action.trigger_amount))
            past += taken(action, planned_on=day, went_out_on=day)
        day += timedelta(days=1)
    return done


def test_each_term_is_asked_once_three_days_before_it() -> None:
    paid_first = (TERMS[1],)  # term 1 paid: its event withdrawn before its reminder
    assert _walk(date(2027, 1, 1), date(2027, 2, 13), paid_first) == [
        (T2 - timedelta(days=3), "instalment_request", Decimal("333.33"))
    ]
    assert _walk(date(2027, 1, 1), date(2027, 1, 31)) == [
        (T1 - timedelta(days=3), "instalment_request", Decimal("333.34")),
        (T1 + timedelta(days=3), "instalment_reminder", Decimal("333.34")),
    ]


def test_every_term_gets_its_request_and_an_unpaid_one_its_reminder() -> None:
    walked = _walk(date(2027, 1, 1), date(2027, 2, 20))
    assert [(day, key) for day, key, _ in walked] == [
        (date(2027, 1, 8), "instalment_request"),
        (date(2027, 1, 14), "instalment_reminder"),
        (date(2027, 2, 8), "instalment_request"),
        (date(2027, 2, 14), "instalment_reminder"),
    ]
    action = _day(date(2027, 2, 8), (), events=(TERMS[1],))
    assert action is not None
    assert (action.trigger, action.trigger_on, action.trigger_event_id) == (
        Trigger.INSTALMENT_DUE,
        T2,
        12,
    )


def test_a_broken_promise_comes_before_the_escalation_due_that_day() -> None:
    broken = TriggerEvent(
        1, Trigger.BROKEN_PROMISE, date(2027, 2, 18), frozenset({1, 2}), Decimal("666.66"), 20
    )
    day = date(2027, 2, 18)
    # the arrangement broke: its holds are lifted; the 14-day letter is long due by date
    action = _day(day, (), events=(TERMS[1], broken), holds=())
    assert action is not None
    assert (action.step_key, action.trigger, action.trigger_event_id) == (
        "broken_promise",
        Trigger.BROKEN_PROMISE,
        20,
    )
    assert set(action.invoice_ids) == {1, 2}
    # no second message the next day: the invoices rest (REST_DAYS), and the row says until when
    after = taken(action, planned_on=day, went_out_on=day)
    assert _day(day + timedelta(days=1), after, events=(TERMS[1], broken), holds=()) is None
    assert _day(day + timedelta(days=2), after, events=(TERMS[1], broken), holds=()) is None
    resting = one_row(
        day + timedelta(days=1),
        [customer()],
        INVOICES,
        holds=(),
        triggers=(TERMS[1], broken),
        past_steps=after,
    )
    assert resting.blocked is not None and resting.blocked.code == "dunning.blocked.next_step"
    assert resting.blocked.params["on"] == day + timedelta(days=3)
    # then normal dunning goes on: the 14-day letter, not skipped
    following = _day(day + timedelta(days=3), after, events=(TERMS[1], broken), holds=())
    assert following is not None and following.step_key == "fourteen_day_letter"
