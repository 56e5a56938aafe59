"""What is wrong with a policy before it may be saved: one Message per problem, in the policy's order.

Rules (each has its message in :mod:`debtordesk.i18n.messages_dunning`):

* the policy needs a name and at least one step; minimum amount and tolerance are not negative;
* every step needs a key (unique within the policy: communications refer to it), a name and at least one
  channel; a channel's fallback does not repeat a channel of its own chain;
* a step counting from a trigger names the trigger and vice versa, and its offset is not negative
  (except for an instalment, whose date is known ahead: a request may go out before it);
* the escalation steps (those without a trigger) are in time order: counted from the due date, each one
  later than the one before (a step "after the previous step" at least one day after it, and not first);
* at most one 14-day letter; it goes out after the due date (it is a reminder of an overdue invoice) and
  never by SMS (an SMS cannot carry it);
* a fee is refused on a step that can reach consumers: for them the BIK collection costs are the whole
  compensation. A step reaches only businesses when the policy is for businesses only
  (``Policy.customer_type``) or the step's condition says so; fees are not negative.
"""

from __future__ import annotations

from debtordesk.domain.dunning.model import ActionChannel, OffsetBase, Policy, Step, Trigger
from debtordesk.domain.enums import CustomerType
from debtordesk.domain.messages import Message, MessageParam
from debtordesk.domain.money import ZERO


def _msg(code: str, **params: MessageParam) -> Message:
    return Message(code, params)


def step_label(step: Step, position: int) -> str:
    """How a message names a step: its name, else its key, else its place in the policy."""
    return step.name.strip() or step.key.strip() or f"#{position}"


def reaches_consumers(policy: Policy, step: Step) -> bool:
    """True unless the policy or the step's condition limits the step to business customers."""
    return (
        policy.customer_type is not CustomerType.BUSINESS
        and step.condition.customer_type is not CustomerType.BUSINESS
    )


def policy_problems(policy: Policy) -> list[Message]:
    """Every problem of the policy; empty when it may be saved."""
    problems: list[Message] = []
    if not policy.name.strip():
        problems.append(_msg("dunning.policy.name_required"))
    if not policy.steps:
        problems.append(_msg("dunning.policy.no_steps", policy=policy.name))
    if policy.min_amount < ZERO:
        problems.append(_msg("dunning.policy.min_amount_negative", amount=policy.min_amount))
    if policy.tolerance < ZERO:
        problems.append(_msg("dunning.policy.tolerance_negative", amount=policy.tolerance))

    seen_keys: set[str] = set()
    fourteen_day: list[str] = []
    previous_label: str | None = None
    previous_day: int | None = None  # the escalation's day counted from the due date
    for position, step in enumerate(policy.steps, start=1):
        label = step_label(step, position)
        key = step.key.strip()
        if not key:
            problems.append(_msg("dunning.step.key_required", step=label, position=position))
        elif key in seen_keys:
            problems.append(_msg("dunning.step.key_duplicate", step=label, key=key))
        else:
            seen_keys.add(key)
        if not step.name.strip():
            problems.append(_msg("dunning.step.name_required", step=label, position=position))
        problems.extend(_channel_problems(step, label))
        if step.condition.min_overdue is not None and step.condition.min_overdue < ZERO:
            problems.append(_msg("dunning.step.min_overdue_negative", step=label))

        # trigger steps answer an event and stand outside the escalation's order
        if step.offset_from is OffsetBase.TRIGGER or step.trigger is not None:
            if step.trigger is None:
                problems.append(_msg("dunning.step.trigger_missing", step=label))
            elif step.offset_from is not OffsetBase.TRIGGER:
                problems.append(_msg("dunning.step.trigger_offset", step=label))
            if step.offset_days < 0 and step.trigger is not Trigger.INSTALMENT_DUE:
                problems.append(_msg("dunning.step.trigger_negative", step=label))
        elif step.offset_from is OffsetBase.PREVIOUS_STEP:
            if previous_day is None:
                problems.append(_msg("dunning.step.previous_first", step=label))
            elif step.offset_days < 1:
                problems.append(_msg("dunning.step.previous_not_after", step=label))
            else:
                previous_day += step.offset_days
            previous_label = label
        else:
            if previous_day is not None and step.offset_days <= previous_day:
                problems.append(
                    _msg(
                        "dunning.step.out_of_order",
                        step=label,
                        previous=previous_label,
                        days=step.offset_days,
                    )
                )
            else:
                previous_day = step.offset_days
            previous_label = label

        if step.fourteen_day_letter:
            fourteen_day.append(label)
            if step.offset_from is OffsetBase.DUE_DATE and step.offset_days <= 0:
                problems.append(_msg("dunning.step.fourteen_day_not_overdue", step=label))
            if any(choice.channel is ActionChannel.SMS for choice in step.channels):
                problems.append(_msg("dunning.step.fourteen_day_sms", step=label))

        if step.fee < ZERO:
            problems.append(_msg("dunning.step.fee_negative", step=label))
        elif step.fee > ZERO and reaches_consumers(policy, step):
            problems.append(_msg("dunning.step.fee_consumer", step=label, fee=step.fee))

    if len(fourteen_day) > 1:
        problems.append(_msg("dunning.policy.fourteen_day_twice", steps=", ".join(fourteen_day)))
    return problems


def _channel_problems(step: Step, label: str) -> list[Message]:
    if not step.channels:
        return [_msg("dunning.step.no_channels", step=label)]
    problems: list[Message] = []
    for choice in step.channels:
        chain = (choice.channel, *choice.fallback)
        for index, channel in enumerate(chain):
            if channel in chain[:index]:
                problems.append(
                    _msg("dunning.step.fallback_repeats", step=label, channel=channel.value)
                )
                break
    return problems
