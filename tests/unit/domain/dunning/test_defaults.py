"""The shipped policies: the Dutch practice of PRODUCT.md as data, valid by the editor's own rules."""

from __future__ import annotations

from decimal import Decimal

from debtordesk.domain.dunning.defaults import business_policy, consumer_policy, named_in
from debtordesk.domain.dunning.model import ActionChannel, OffsetBase, Trigger
from debtordesk.domain.dunning.validate import policy_problems
from debtordesk.domain.enums import CustomerType, PaymentMethod


def test_consumer_policy_steps() -> None:
    policy = consumer_policy(7)
    assert policy.id == 7
    assert policy.name == "Consumer (NL)"
    by_key = {step.key: step for step in policy.steps}
    assert [s.key for s in policy.steps] == [
        "pre_reminder",
        "storno",
        "instalment_request",
        "instalment_reminder",
        "reminder_1",
        "reminder_2",
        "broken_promise",
        "fourteen_day_letter",
        "call",
        "handover",
    ]
    pre = by_key["pre_reminder"]
    assert pre.offset_days == -3
    assert pre.condition.payment_method is PaymentMethod.MANUAL
    assert pre.channels[0].channel is ActionChannel.SMS
    storno = by_key["storno"]
    assert (storno.offset_from, storno.trigger, storno.offset_days) == (
        OffsetBase.TRIGGER,
        Trigger.STORNO,
        0,
    )
    assert {c.channel for c in by_key["reminder_1"].channels} == {
        ActionChannel.EMAIL,
        ActionChannel.SMS,
    }
    assert by_key["reminder_1"].offset_days == 7
    assert ActionChannel.LETTER in {c.channel for c in by_key["reminder_2"].channels}
    letter = by_key["fourteen_day_letter"]
    assert letter.fourteen_day_letter and letter.offset_days == 28
    assert [c.channel for c in letter.channels] == [ActionChannel.LETTER]
    assert by_key["call"].offset_days == 35
    assert by_key["call"].channels[0].channel is ActionChannel.CALL
    assert by_key["handover"].offset_days == 60
    assert by_key["handover"].channels[0].channel is ActionChannel.HANDOVER
    assert all(step.fee == 0 for step in policy.steps)
    # a payment arrangement: a request of the term 3 days before it, a reminder 3 days after
    request, reminder = by_key["instalment_request"], by_key["instalment_reminder"]
    assert (request.trigger, request.offset_from, request.offset_days) == (
        Trigger.INSTALMENT_DUE,
        OffsetBase.TRIGGER,
        -3,
    )
    assert (reminder.trigger, reminder.offset_days) == (Trigger.INSTALMENT_DUE, 3)
    assert request.channels[0].channel is ActionChannel.SMS
    assert request.channels[0].fallback == (ActionChannel.EMAIL, ActionChannel.LETTER)
    broken = by_key["broken_promise"]
    assert (broken.trigger, broken.offset_days) == (Trigger.BROKEN_PROMISE, 0)
    assert [c.channel for c in broken.channels] == [ActionChannel.CALL, ActionChannel.SMS]
    # before the 14-day letter: no invoice skips the letter after a broken promise
    keys = [s.key for s in policy.steps]
    assert keys.index("broken_promise") < keys.index("fourteen_day_letter")
    assert policy.requires_fourteen_day_letter
    assert policy.customer_type is None


def test_business_policy_steps() -> None:
    policy = business_policy(3)
    assert policy.name == "Business (NL)"
    assert policy.customer_type is CustomerType.BUSINESS
    assert [(s.key, s.offset_days) for s in policy.steps] == [
        ("instalment_request", -3),
        ("instalment_reminder", 3),
        ("reminder", 7),
        ("call", 14),
        ("broken_promise", 0),
        ("formal_letter", 30),
        ("handover", 60),
    ]
    by_key = {step.key: step for step in policy.steps}
    assert by_key["reminder"].channels[0].channel is ActionChannel.EMAIL
    assert by_key["instalment_request"].channels[0].channel is ActionChannel.EMAIL
    assert by_key["instalment_request"].trigger is Trigger.INSTALMENT_DUE
    assert by_key["broken_promise"].trigger is Trigger.BROKEN_PROMISE
    formal = by_key["formal_letter"]
    assert formal.charges_costs and formal.channels[0].channel is ActionChannel.LETTER
    assert not any(step.fourteen_day_letter for step in policy.steps)
    assert not policy.requires_fourteen_day_letter


def test_fallbacks_follow_the_house_rule() -> None:
    chains = {
        (choice.channel, choice.fallback)
        for policy in (consumer_policy(1), business_policy(2))
        for step in policy.steps
        for choice in step.channels
    }
    for channel, fallback in chains:
        if channel is ActionChannel.EMAIL:
            assert fallback == (ActionChannel.LETTER,)
        if channel is ActionChannel.CALL:
            assert fallback == (ActionChannel.LETTER,)
        if channel is ActionChannel.SMS:
            assert fallback[0] is ActionChannel.EMAIL


def test_shipped_policies_pass_the_editor() -> None:
    assert policy_problems(consumer_policy(1)) == []
    assert policy_problems(business_policy(2)) == []


def test_a_business_fee_passes_the_editor() -> None:
    from dataclasses import replace

    policy = business_policy(2)
    with_fee = replace(
        policy, steps=(replace(policy.steps[0], fee=Decimal("15.00")), *policy.steps[1:])
    )
    assert policy_problems(with_fee) == []


def test_every_shipped_step_has_a_dutch_name() -> None:
    for policy in (consumer_policy(1), business_policy(2)):
        dutch = named_in(policy, "nl")
        assert named_in(policy, "en") == policy
        assert dutch.name == policy.name
        for english, translated in zip(policy.steps, dutch.steps, strict=True):
            assert translated.key == english.key
            assert translated.name and translated.name != english.name


def test_an_earlier_revision_is_the_policy_without_the_steps_added_later() -> None:
    from debtordesk.domain.dunning.defaults import (
        ADDED_IN_REVISION,
        SHIPPED_REVISION,
        shipped_at_revision,
    )

    assert SHIPPED_REVISION == 2
    for policy in (consumer_policy(1), business_policy(2)):
        first = shipped_at_revision(policy, 1)
        assert {s.key for s in policy.steps} - {s.key for s in first.steps} == ADDED_IN_REVISION[2]
        assert shipped_at_revision(policy, 2) == policy
        assert policy_problems(first) == []
    assert [s.key for s in shipped_at_revision(business_policy(2), 1).steps] == [
        "reminder",
        "call",
        "formal_letter",
        "handover",
    ]


def test_shipped_step_names_are_read_in_the_clerks_language() -> None:
    """A database seeded from an English session showed a Dutch clerk '14-day letter' in the queue's
    step column and filter (and 'Reminder', 'Call'...): the shipped names are now read in the
    clerk's language whichever language seeded them; renamed steps keep their names."""
    from dataclasses import replace

    from debtordesk.domain.dunning.defaults import shipped_names_in

    for policy in (consumer_policy(1), business_policy(2)):
        dutch = named_in(policy, "nl")
        assert shipped_names_in(policy, "nl") == dutch
        assert shipped_names_in(dutch, "nl") == dutch
        assert shipped_names_in(dutch, "en") == policy
        assert shipped_names_in(policy, "en") == policy
    names = {s.key: s.name for s in shipped_names_in(consumer_policy(1), "nl").steps}
    assert names["fourteen_day_letter"] == "Veertiendagenbrief"
    renamed = consumer_policy(1)
    steps = tuple(
        replace(s, name="Laatste brief") if s.key == "fourteen_day_letter" else s
        for s in renamed.steps
    )
    # a team's own name stays, also in a policy of its own with a shipped step name
    own = replace(renamed, name="Strict", steps=steps)
    shown = {s.key: s.name for s in shipped_names_in(own, "nl").steps}
    assert shown["fourteen_day_letter"] == "Laatste brief"
    assert shown["reminder_2"] == "Tweede herinnering"
