"""Engine rules: policy choice, levels per invoice, grouping, missed steps, idempotence, previous-step
offsets, conditions. Fixed evaluation date: Monday 16 March 2026."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from debtordesk.domain.dunning.engine import choose_policy_id, compute_queue
from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChannelChoice,
    CommunicationStatus,
    FourteenDayLetterInput,
    HoldInput,
    HoldReason,
    OffsetBase,
    PastStep,
    PaymentScore,
    Policy,
    SegmentRule,
    Step,
    StepCondition,
)
from debtordesk.domain.enums import Channel, CustomerType, PaymentMethod
from debtordesk.i18n.catalogue import render

from .builders import (
    DEFAULTS,
    action_of,
    business,
    customer,
    data,
    invoice,
    one_row,
    overdue,
    rows,
    taken,
)

T = date(2026, 3, 16)
EMAIL = (ChannelChoice(ActionChannel.EMAIL),)


# --------------------------------------------------------------------------- policy choice


def test_override_wins_over_segment_and_default() -> None:
    rule = SegmentRule(name="late payers", policy_id=2, priority=1)
    row = one_row(T, [customer(policy_override_id=1)], [overdue(1, T, 7)], segments=(rule,))
    assert row.policy_id == 1


def test_first_matching_segment_rule_by_priority_then_order() -> None:
    late = SegmentRule(name="late", policy_id=2, priority=50, min_average_days_late=Decimal("10"))
    tagged = SegmentRule(name="vip", policy_id=1, priority=10, tags=frozenset({"vip"}))
    also_late = SegmentRule(name="late too", policy_id=1, priority=50, min_stornos_12_months=1)
    segments = (late, tagged, also_late)
    score = PaymentScore(invoices_paid=4, average_days_late=Decimal("12.5"), stornos_12_months=2)
    both = customer(tags=frozenset({"vip", "x"}), score=score)
    assert choose_policy_id(both, sorted(segments, key=lambda r: r.priority), DEFAULTS) == 1
    only_late = customer(score=score)
    # same priority: the rule given first wins
    assert choose_policy_id(only_late, [late, also_late], DEFAULTS) == 2
    found = rows(
        T,
        [both, replace(only_late, id=2)],
        [overdue(1, T, 7), overdue(2, T, 7, customer_id=2)],
        segments=segments,
    )
    assert found[1].policy_id == 1
    assert found[2].policy_id == 2


def test_segment_fields_must_all_match_else_the_type_default() -> None:
    rule = SegmentRule(
        name="sms people",
        policy_id=1,
        customer_type=CustomerType.BUSINESS,
        preferred_channel=Channel.SMS,
    )
    assert choose_policy_id(business(preferred_channel=Channel.SMS), [rule], {}) == 1
    assert choose_policy_id(business(preferred_channel=Channel.EMAIL), [rule], DEFAULTS) == 2
    assert (
        choose_policy_id(
            customer(preferred_channel=Channel.SMS), [rule], {CustomerType.CONSUMER: 9}
        )
        == 9
    )
    low = SegmentRule(name="low", policy_id=1, min_average_days_late=Decimal("20"))
    assert (
        choose_policy_id(business(score=PaymentScore(1, Decimal("19.99"), 0)), [low], DEFAULTS) == 2
    )


def test_customers_told_apart_by_each_segment_field_in_one_run() -> None:
    """Within one run the engine reuses the policy choice for customers alike in every field a rule
    looks at; customers differing in just one such field still get their own choice."""
    late = Decimal("12.5")
    cases = (
        (
            SegmentRule(name="vip", policy_id=2, tags=frozenset({"vip"})),
            {"tags": frozenset({"vip"})},
        ),
        (
            SegmentRule(name="late", policy_id=2, min_average_days_late=Decimal("10")),
            {"score": PaymentScore(3, late, 0)},
        ),
        (
            SegmentRule(name="stornos", policy_id=2, min_stornos_12_months=2),
            {"score": PaymentScore(3, Decimal(0), 2)},
        ),
        (
            SegmentRule(name="sms", policy_id=2, preferred_channel=Channel.SMS),
            {"preferred_channel": Channel.SMS},
        ),
    )
    for rule, matching in cases:
        other = {
            "tags": frozenset({"x"}),
            "score": PaymentScore(3, Decimal("9.99"), 1),
            "preferred_channel": Channel.EMAIL,
        }
        found = rows(
            T,
            [customer(1, **other), customer(2, **{**other, **matching}), customer(3, **other)],
            [overdue(index, T, 7, customer_id=index) for index in (1, 2, 3)],
            segments=(rule,),
        )
        assert [found[index].policy_id for index in (1, 2, 3)] == [1, 2, 1], rule.name


def test_segment_assigned_by_name() -> None:
    rule = SegmentRule(name="Social", policy_id=1, customer_type=CustomerType.CONSUMER)
    # the rule's criteria do not match a business, but the customer is assigned to it by name
    row = one_row(T, [business(segment="Social")], [overdue(1, T, 7)], segments=(rule,))
    assert row.policy_id == 1


def test_missing_policy_and_wrong_type_block_with_a_reason() -> None:
    row = one_row(T, [customer(policy_override_id=99)], [overdue(1, T, 7)])
    assert row.action is None and row.blocked is not None
    assert row.blocked.code == "dunning.blocked.policy_missing.override"
    assert row.blocked.params["policy_id"] == 99
    row = one_row(T, [customer(policy_override_id=2)], [overdue(1, T, 40)])
    assert row.action is None and row.blocked is not None
    assert row.blocked.code == "dunning.blocked.policy_for.business"
    row = one_row(T, [customer()], [overdue(1, T, 7)], default_policy_ids={})
    assert row.policy_id is None and row.blocked is not None
    assert row.blocked.code == "dunning.blocked.no_policy"


# --------------------------------------------------------------------------- levels and grouping


def test_level_per_invoice_and_current_step() -> None:
    first = overdue(1, T, 14)
    reminded = PastStep(
        1, 1, "reminder_1", frozenset({1}), ActionChannel.EMAIL, T - timedelta(days=7)
    )
    row = one_row(T, [customer()], [first], past_steps=(reminded,))
    assert row.current_step == "reminder_1"
    assert row.action is not None and row.action.step_key == "reminder_2"


def test_one_action_lists_every_invoice_with_a_step_due_at_the_highest_step() -> None:
    invoices = [overdue(1, T, 30, "600.00"), overdue(2, T, 8, "400.00"), overdue(3, T, 3)]
    action = action_of(T, [customer()], invoices)
    assert action.step_key == "fourteen_day_letter"
    # invoice 3 has nothing due yet (its reminder comes at +7)
    assert action.invoice_ids == (1, 2)
    assert action.open_amount == action.overdue_amount == Decimal("1000.00")
    assert action.costs_announced == Decimal("150.00")
    assert action.reason.code == "dunning.reason.overdue"
    assert action.reason.params["invoices"] == "F1, F2"
    assert action.reason.params["days"] == 30
    assert render(action.reason, "en") == (
        "14-day letter due since 2026-03-14: invoices F1, F2 are up to 30 days overdue."
    )
    assert "14-03-2026" in render(action.reason, "nl")


def test_missed_steps_only_the_latest_fires() -> None:
    # a business policy has no 14-day letter to wait for: the latest due step fires alone
    action = action_of(T, [business()], [overdue(1, T, 40)])
    assert action.step_key == "formal_letter"
    assert action.due_on == T - timedelta(days=10)
    # a consumer past the call date whose 14-day letter went out: the call, not the steps between
    letter_out = (
        PastStep(
            1, 1, "fourteen_day_letter", frozenset({1}), ActionChannel.LETTER, T, T - timedelta(9)
        ),
    )
    action = action_of(T, [customer()], [overdue(1, T, 40)], past_steps=letter_out)
    assert action.step_key == "call"
    assert action.due_on == T - timedelta(days=5)


def test_no_invoice_skips_the_fourteen_day_letter() -> None:
    # a first import of old invoices: the call and hand-over dates have passed, but a consumer
    # gets the 14-day letter first (the costs and the hand-over depend on it)
    action = action_of(T, [customer()], [overdue(1, T, 90)])
    assert action.step_key == "fourteen_day_letter"
    assert action.due_on == T - timedelta(days=62)
    assert action.costs_announced == Decimal("40.00")


def test_hand_over_waits_until_the_letter_term_has_passed() -> None:
    invoices = [overdue(1, T, 90)]
    past = tuple(
        PastStep(1, 1, key, frozenset({1}), channel, T - timedelta(days), T - timedelta(days))
        for key, channel, days in (
            ("fourteen_day_letter", ActionChannel.LETTER, 10),
            ("call", ActionChannel.CALL, 3),
        )
    )
    # the letter went out ten days ago: its term runs, so no hand-over yet
    row = one_row(T, [customer()], invoices, past_steps=past)
    assert row.action is None
    letter = FourteenDayLetterInput(
        customer_id=1,
        invoice_ids=frozenset({1}),
        dispatched_on=T - timedelta(days=10),
        receipt_on=T - timedelta(days=6),
        costs_from=T + timedelta(days=9),
        costs_amount=Decimal("40.00"),
    )
    row = one_row(T, [customer()], invoices, past_steps=past, fourteen_day_letters=(letter,))
    assert row.action is None
    passed = replace(letter, costs_from=T)
    action = action_of(T, [customer()], invoices, past_steps=past, fourteen_day_letters=(passed,))
    assert action.step_key == "handover"
    # a void letter (returned mail) is no letter
    void = replace(passed, void=True)
    row = one_row(T, [customer()], invoices, past_steps=past, fourteen_day_letters=(void,))
    assert row.action is None


def test_a_step_taken_is_never_proposed_again() -> None:
    invoices = [overdue(1, T, 7)]
    first = action_of(T, [customer()], invoices)
    past = taken(first)
    again = one_row(T, [customer()], invoices, past_steps=past)
    assert again.action is None and again.blocked is not None
    assert again.blocked.code == "dunning.blocked.next_step"
    assert again.blocked.params == {"step": "Second reminder", "on": T + timedelta(days=7)}
    # the same past steps twice over (a repeated run) change nothing
    assert compute_queue(data(T, [customer()], invoices, past_steps=past + past)) == (again,)


def test_daily_runs_take_each_step_once_in_order() -> None:
    due = date(2026, 1, 10)
    invoices = [invoice(1, due)]
    past: tuple[PastStep, ...] = ()
    letters: tuple[FourteenDayLetterInput, ...] = ()
    fired: list[tuple[str, int]] = []
    day = due - timedelta(days=5)
    while day <= due + timedelta(days=80):
        row = one_row(day, [customer()], invoices, past_steps=past, fourteen_day_letters=letters)
        if row.action is not None:
            fired.append((row.action.step_key, (day - due).days))
            past += taken(row.action, planned_on=day, went_out_on=day)
            if row.action.fourteen_day_letter:  # its evidence, as dispatching it records
                letters += (
                    FourteenDayLetterInput(
                        customer_id=1,
                        invoice_ids=frozenset(row.action.invoice_ids),
                        dispatched_on=day,
                        receipt_on=day + timedelta(days=4),
                        costs_from=day + timedelta(days=19),
                        costs_amount=row.action.costs_announced,
                    ),
                )
        day += timedelta(days=1)
    assert fired == [
        ("pre_reminder", -3),
        ("reminder_1", 7),
        ("reminder_2", 14),
        ("fourteen_day_letter", 28),
        ("call", 35),
        ("handover", 60),
    ]


def test_cancelled_and_failed_steps_were_never_taken() -> None:
    invoices = [overdue(1, T, 7)]
    action = action_of(T, [customer()], invoices)
    failed = tuple(replace(p, status=CommunicationStatus.FAILED) for p in taken(action))
    cancelled = tuple(replace(p, status=CommunicationStatus.CANCELLED) for p in taken(action))
    assert (
        action_of(T, [customer()], invoices, past_steps=failed + cancelled).step_key == "reminder_1"
    )


def test_past_steps_of_another_policy_do_not_set_the_level() -> None:
    invoices = [overdue(1, T, 7)]
    other = PastStep(1, 2, "reminder_1", frozenset({1}), ActionChannel.EMAIL, T)
    assert action_of(T, [customer()], invoices, past_steps=(other,)).step_key == "reminder_1"


def test_pre_reminder_expires_at_the_due_date_and_is_for_manual_payers() -> None:
    assert (
        action_of(T, [customer()], [invoice(1, T + timedelta(days=2))]).step_key == "pre_reminder"
    )
    row = one_row(T, [customer()], [invoice(1, T)])
    assert row.action is None  # due today: the pre-reminder expired, the reminder comes at +7
    assert row.blocked is not None and row.blocked.params["on"] == T + timedelta(days=7)
    # nobody ran the queue for three days before the due date: still nothing on the due date
    assert one_row(T, [customer()], [invoice(1, T)]).action is None
    too_early = one_row(T, [customer()], [invoice(1, T + timedelta(days=4))])
    assert too_early.blocked is not None and too_early.blocked.params == {
        "step": "Payment request before the due date",
        "on": T + timedelta(days=1),
    }


def test_pre_reminder_is_not_grouped_with_an_overdue_step() -> None:
    invoices = [overdue(1, T, 7), invoice(2, T + timedelta(days=5))]
    action = action_of(T, [customer()], invoices)
    assert action.step_key == "reminder_1" and action.invoice_ids == (1,)
    past = taken(action)
    # a second run the same day (and the next two days) records nothing: the customer rests
    for day in range(3):
        row = one_row(T + timedelta(days=day), [customer()], invoices, past_steps=past)
        assert row.action is None, day
    # after the rest the pre-reminder still comes (before invoice 2's due date)
    later = action_of(T + timedelta(days=3), [customer()], invoices, past_steps=past)
    assert later.step_key == "pre_reminder" and later.invoice_ids == (2,)
    # ... unless that due date has come by then
    short = [overdue(1, T, 7), invoice(2, T + timedelta(days=2))]
    past = taken(action_of(T, [customer()], short))
    for day in range(5):
        assert one_row(T + timedelta(days=day), [customer()], short, past_steps=past).action is None


def test_pre_reminder_waits_for_the_rest_after_a_step_planned_not_yet_out() -> None:
    invoices = [overdue(1, T, 20), invoice(2, T + timedelta(days=3))]
    first = action_of(T - timedelta(days=1), [customer()], invoices)
    assert first.step_key != "pre_reminder"
    past = taken(first, planned_on=T - timedelta(days=1))
    assert one_row(T, [customer()], invoices, past_steps=past).action is None


# --------------------------------------------------------------------------- previous-step offsets


def _chained() -> Policy:
    return Policy(
        id=1,
        name="Chained",
        steps=(
            Step(key="a", name="A", offset_days=7, channels=EMAIL),
            Step(
                key="b",
                name="B",
                offset_days=10,
                offset_from=OffsetBase.PREVIOUS_STEP,
                channels=EMAIL,
            ),
        ),
    )


def test_previous_step_counts_from_when_it_went_out() -> None:
    policy = _chained()
    invoices = [overdue(1, T, 30)]
    first = action_of(T, [customer()], invoices, policies=(policy,))
    assert first.step_key == "a"  # b needs a to have gone out first
    planned = taken(first, planned_on=T - timedelta(days=20))
    row = one_row(T, [customer()], invoices, policies=(policy,), past_steps=planned)
    assert row.action is None and row.blocked is not None
    assert row.blocked.code == "dunning.blocked.waiting_previous"
    sent = taken(first, planned_on=T - timedelta(days=20), went_out_on=T - timedelta(days=9))
    row = one_row(T, [customer()], invoices, policies=(policy,), past_steps=sent)
    assert row.action is None and row.blocked is not None
    assert row.blocked.params["on"] == T + timedelta(days=1)
    sent = taken(first, planned_on=T - timedelta(days=20), went_out_on=T - timedelta(days=10))
    action = action_of(T, [customer()], invoices, policies=(policy,), past_steps=sent)
    assert action.step_key == "b" and action.due_on == T
    assert action.reason.code == "dunning.reason.after_previous.one"
    assert action.reason.params["went_out"] == T - timedelta(days=10)


def test_previous_step_with_two_channels_went_out_when_both_did() -> None:
    policy = _chained()
    invoices = [overdue(1, T, 30)]
    both = (
        PastStep(
            1,
            1,
            "a",
            frozenset({1}),
            ActionChannel.EMAIL,
            T - timedelta(days=20),
            T - timedelta(days=19),
        ),
        PastStep(1, 1, "a", frozenset({1}), ActionChannel.LETTER, T - timedelta(days=20), None),
    )
    assert one_row(T, [customer()], invoices, policies=(policy,), past_steps=both).action is None
    letter_out = (both[0], replace(both[1], went_out_on=T - timedelta(days=10)))
    action = action_of(T, [customer()], invoices, policies=(policy,), past_steps=letter_out)
    assert action.step_key == "b"


# --------------------------------------------------------------------------- conditions


def test_conditions_payment_method_customer_type_and_minimum() -> None:
    policy = Policy(
        id=1,
        name="Conditional",
        steps=(
            Step(key="r", name="R", offset_days=7, channels=EMAIL),
            Step(
                key="big",
                name="Big",
                offset_days=14,
                channels=EMAIL,
                condition=StepCondition(min_overdue=Decimal("500")),
            ),
            Step(
                key="biz",
                name="Biz",
                offset_days=21,
                channels=EMAIL,
                condition=StepCondition(customer_type=CustomerType.BUSINESS),
            ),
            Step(
                key="dd",
                name="DD",
                offset_days=28,
                channels=EMAIL,
                condition=StepCondition(payment_method=PaymentMethod.DIRECT_DEBIT),
            ),
        ),
    )
    policies = (policy,)
    small = [overdue(1, T, 15, "100.00")]
    assert action_of(T, [customer()], small, policies=policies).step_key == "r"
    large = [overdue(1, T, 15, "300.00"), overdue(2, T, 3, "300.00")]
    assert action_of(T, [customer()], large, policies=policies).step_key == "big"
    assert action_of(T, [customer()], [overdue(1, T, 22)], policies=policies).step_key == "r"
    defaults = {CustomerType.BUSINESS: 1}
    assert (
        action_of(
            T, [business()], [overdue(1, T, 22)], policies=policies, default_policy_ids=defaults
        ).step_key
        == "biz"
    )
    storno = overdue(
        1, T, 40, payment_method=PaymentMethod.DIRECT_DEBIT, storno_date=T - timedelta(days=35)
    )
    dd_customer = customer(mandate_valid=True)
    assert action_of(T, [dd_customer], [storno], policies=policies).step_key == "dd"
    # without a mandate the direct-debit invoice is dunned as a manual one: the DD step does not apply
    no_mandate = action_of(T, [customer()], [replace(storno, storno_date=None)], policies=policies)
    assert no_mandate.step_key == "r"


def test_rows_sorted_by_customer_and_only_customers_with_something_open_or_held() -> None:
    customers = [customer(3), customer(1), customer(2), customer(4)]
    invoices = [
        overdue(1, T, 7, customer_id=3),
        overdue(2, T, 7, customer_id=1),
        overdue(3, T, 7, "0.00", customer_id=2),
    ]
    holds = (HoldInput(1, 4, HoldReason.MANUAL),)
    queue = compute_queue(data(T, customers, invoices, holds=holds))
    assert [row.customer_id for row in queue] == [1, 3, 4]
    assert queue[2].blocked is not None and queue[2].blocked.code == "dunning.blocked.hold.manual"


def test_an_invoice_rests_after_a_step_before_the_next_escalation() -> None:
    """The first reminder went out late (yesterday), the second is due by date today: it waits until
    REST_DAYS after the first went out, and the row says when; trigger steps do not wait."""
    from debtordesk.domain.dunning.engine import REST_DAYS

    yesterday = T - timedelta(days=1)
    sent = (
        PastStep(1, 1, "reminder_1", frozenset({1}), ActionChannel.EMAIL, yesterday, yesterday),
    )
    resting = one_row(T, [customer()], [overdue(1, T, 14)], past_steps=sent)
    assert resting.action is None and resting.blocked is not None
    assert resting.blocked.code == "dunning.blocked.next_step"
    assert resting.blocked.params["on"] == yesterday + timedelta(days=REST_DAYS)
    later = T + timedelta(days=REST_DAYS - 1)
    assert action_of(later, [customer()], [overdue(1, T, 14)], past_steps=sent).step_key == (
        "reminder_2"
    )
    # a step planned but not out yet counts from its planning day
    planned = (replace(sent[0], went_out_on=None, planned_on=T),)
    assert one_row(T, [customer()], [overdue(1, T, 14)], past_steps=planned).action is None
    # a storno is answered at once, whatever went out the day before
    debit = invoice(
        1, T - timedelta(days=20), payment_method=PaymentMethod.DIRECT_DEBIT, storno_date=T
    )
    storno = action_of(T, [customer(mandate_valid=True)], [debit], past_steps=sent)
    assert storno.step_key == "storno"


def test_a_hand_over_is_never_the_first_step_for_an_invoice() -> None:
    """A business customer imported 70 days late: not straight to the agency, the formal letter
    first; the hand-over follows once that went out and the invoice rested."""
    invoices = [overdue(1, T, 70)]
    first = action_of(T, [business()], invoices)
    assert first.step_key == "formal_letter"
    past = taken(first, planned_on=T, went_out_on=T)
    assert one_row(T + timedelta(days=1), [business()], invoices, past_steps=past).action is None
    later = T + timedelta(days=3)
    assert action_of(later, [business()], invoices, past_steps=past).step_key == "handover"


def test_a_hand_over_comes_first_when_no_step_below_it_applies() -> None:
    only = Policy(
        id=2,
        name="Only hand-over",
        customer_type=CustomerType.BUSINESS,
        steps=(
            Step(
                key="reminder",
                name="Reminder",
                offset_days=7,
                channels=EMAIL,
                condition=StepCondition(min_overdue=Decimal("1000")),
            ),
            Step(
                key="handover",
                name="Hand over",
                offset_days=60,
                channels=(ChannelChoice(ActionChannel.HANDOVER),),
            ),
        ),
    )
    action = action_of(T, [business()], [overdue(1, T, 70)], policies=(only,))
    assert action.step_key == "handover"
