"""policy_problems: one test per rule; each starts from a valid policy and breaks one thing."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from debtordesk.domain.dunning.defaults import business_policy, consumer_policy
from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChannelChoice,
    OffsetBase,
    Policy,
    Step,
    StepCondition,
    Trigger,
)
from debtordesk.domain.dunning.validate import policy_problems
from debtordesk.domain.enums import CustomerType
from debtordesk.i18n.catalogue import CATALOGUE, render

EMAIL = (ChannelChoice(ActionChannel.EMAIL),)


def _step(key: str, offset: int, **changes: object) -> Step:
    return replace(Step(key=key, name=key.title(), offset_days=offset, channels=EMAIL), **changes)


def _policy(*steps: Step, **changes: object) -> Policy:
    return replace(Policy(id=1, name="P", steps=steps), **changes)


def _codes(policy: Policy) -> list[str]:
    return [message.code for message in policy_problems(policy)]


def test_valid_policy_has_no_problems() -> None:
    assert _codes(_policy(_step("a", 7), _step("b", 14))) == []


def test_name_and_steps_required() -> None:
    assert _codes(_policy(name="  ")) == ["dunning.policy.name_required", "dunning.policy.no_steps"]


def test_negative_amounts() -> None:
    codes = _codes(_policy(_step("a", 7), min_amount=Decimal("-1.00"), tolerance=Decimal("-0.01")))
    assert codes == ["dunning.policy.min_amount_negative", "dunning.policy.tolerance_negative"]


def test_key_and_name_required() -> None:
    assert _codes(_policy(replace(_step("a", 7), key=" "))) == ["dunning.step.key_required"]
    assert _codes(_policy(_step("a", 7, name=""))) == ["dunning.step.name_required"]


def test_duplicate_keys() -> None:
    problems = policy_problems(_policy(_step("a", 7), _step("a", 14, name="Later")))
    assert [m.code for m in problems] == ["dunning.step.key_duplicate"]
    assert problems[0].params == {"step": "Later", "key": "a"}


def test_step_without_channels() -> None:
    assert _codes(_policy(_step("a", 7, channels=()))) == ["dunning.step.no_channels"]


def test_fallback_repeating_its_channel() -> None:
    chain = (ChannelChoice(ActionChannel.SMS, (ActionChannel.EMAIL, ActionChannel.SMS)),)
    assert _codes(_policy(_step("a", 7, channels=chain))) == ["dunning.step.fallback_repeats"]


def test_trigger_step_without_trigger() -> None:
    step = _step("t", 0, offset_from=OffsetBase.TRIGGER)
    assert _codes(_policy(_step("a", 7), step)) == ["dunning.step.trigger_missing"]


def test_trigger_named_but_counted_from_the_due_date() -> None:
    step = _step("t", 0, trigger=Trigger.STORNO)
    assert _codes(_policy(_step("a", 7), step)) == ["dunning.step.trigger_offset"]


def test_trigger_step_before_its_event() -> None:
    step = _step("t", -1, trigger=Trigger.STORNO, offset_from=OffsetBase.TRIGGER)
    assert _codes(_policy(_step("a", 7), step)) == ["dunning.step.trigger_negative"]
    instalment = _step("i", -2, trigger=Trigger.INSTALMENT_DUE, offset_from=OffsetBase.TRIGGER)
    assert _codes(_policy(_step("a", 7), instalment)) == []


def test_trigger_steps_stand_outside_the_order() -> None:
    step = _step("t", 0, trigger=Trigger.STORNO, offset_from=OffsetBase.TRIGGER)
    assert _codes(_policy(_step("a", 7), step, _step("b", 14))) == []


def test_steps_out_of_order() -> None:
    problems = policy_problems(_policy(_step("a", 14), _step("b", 7)))
    assert [m.code for m in problems] == ["dunning.step.out_of_order"]
    assert problems[0].params == {"step": "B", "previous": "A", "days": 7}
    assert _codes(_policy(_step("a", 7), _step("b", 7))) == ["dunning.step.out_of_order"]


def test_previous_step_offsets_add_up() -> None:
    after = _step("b", 10, offset_from=OffsetBase.PREVIOUS_STEP)
    assert _codes(_policy(_step("a", 7), after, _step("c", 20))) == []
    # a(7) + 10 = 17: a due-date step at 15 comes before it
    assert _codes(_policy(_step("a", 7), after, _step("c", 15))) == ["dunning.step.out_of_order"]


def test_previous_step_needs_a_previous_step_and_a_day() -> None:
    first = _step("a", 3, offset_from=OffsetBase.PREVIOUS_STEP)
    assert _codes(_policy(first)) == ["dunning.step.previous_first"]
    same_day = _step("b", 0, offset_from=OffsetBase.PREVIOUS_STEP)
    assert _codes(_policy(_step("a", 7), same_day)) == ["dunning.step.previous_not_after"]


def test_one_fourteen_day_letter_only() -> None:
    codes = _codes(
        _policy(
            _step("a", 28, fourteen_day_letter=True),
            _step("b", 40, fourteen_day_letter=True),
        )
    )
    assert codes == ["dunning.policy.fourteen_day_twice"]


def test_fourteen_day_letter_after_the_due_date_and_not_by_sms() -> None:
    assert _codes(_policy(_step("a", 0, fourteen_day_letter=True))) == [
        "dunning.step.fourteen_day_not_overdue"
    ]
    sms = (ChannelChoice(ActionChannel.SMS),)
    assert _codes(_policy(_step("a", 28, fourteen_day_letter=True, channels=sms))) == [
        "dunning.step.fourteen_day_sms"
    ]


def test_fee_refused_where_consumers_can_be_reached() -> None:
    fee = Decimal("12.50")
    problems = policy_problems(_policy(_step("a", 7, fee=fee)))
    assert [m.code for m in problems] == ["dunning.step.fee_consumer"]
    assert problems[0].params["fee"] == fee
    # a consumer policy's step is no different
    consumer = consumer_policy(1)
    with_fee = replace(consumer, steps=(replace(consumer.steps[2], fee=fee), *consumer.steps[3:]))
    assert _codes(with_fee) == ["dunning.step.fee_consumer"]
    # the policy for business customers only, or a step limited to them: allowed
    assert _codes(_policy(_step("a", 7, fee=fee), customer_type=CustomerType.BUSINESS)) == []
    business_only = StepCondition(customer_type=CustomerType.BUSINESS)
    assert _codes(_policy(_step("a", 7, fee=fee, condition=business_only))) == []
    # a step limited to consumers on an open policy is still refused
    consumer_only = StepCondition(customer_type=CustomerType.CONSUMER)
    assert _codes(_policy(_step("a", 7, fee=fee, condition=consumer_only))) == [
        "dunning.step.fee_consumer"
    ]
    assert _codes(business_policy(2)) == []


def test_negative_fee_and_minimum() -> None:
    step = _step("a", 7, fee=Decimal("-1"), condition=StepCondition(min_overdue=Decimal("-5")))
    assert _codes(_policy(step, customer_type=CustomerType.BUSINESS)) == [
        "dunning.step.min_overdue_negative",
        "dunning.step.fee_negative",
    ]


def test_every_problem_code_has_english_and_dutch_words() -> None:
    broken = _policy(
        _step("a", 14, fee=Decimal("5"), channels=()),
        _step("a", 7, fourteen_day_letter=True),
        _step("", 0, name="", offset_from=OffsetBase.TRIGGER),
        _step("c", 0, offset_from=OffsetBase.PREVIOUS_STEP),
        _step("d", 30, fourteen_day_letter=True),
        name="",
        min_amount=Decimal("-1"),
    )
    problems = policy_problems(broken)
    assert len(problems) >= 8
    for message in problems:
        assert message.code in CATALOGUE
        english, dutch = render(message, "en"), render(message, "nl")
        assert "{" not in english and "{" not in dutch
        assert english != dutch
