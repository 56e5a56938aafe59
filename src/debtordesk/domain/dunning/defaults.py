"""The two policies DebtorDesk ships, built from Dutch practice (PRODUCT.md, LEGAL-NL.md).

They are editable defaults: the services seed them per administration and the clerk may change them.

"Consumer (NL)"
    * ``pre_reminder``: SMS payment request 3 days before the due date, manual payers only (a direct
      debit collects itself); it expires at the due date. Falls back to e-mail: a letter would arrive
      after the due date.
    * ``storno``: SMS payment request right after a returned direct debit (trigger STORNO, offset 0).
    * ``reminder_1``: reminder by e-mail and SMS at due date + 7.
    * ``reminder_2``: second reminder by letter (and e-mail) at + 14.
    * ``fourteen_day_letter``: the legal 14-day letter (WIK) by post at + 28; by e-mail only for a
      customer who agreed to receive such notices by e-mail, never by SMS.
    * ``call``: a call task at + 35 (a letter when calling is not possible).
    * ``handover``: proposal to hand the claim over to a collection agency at + 60.
    No fees (for consumers the BIK collection costs are the whole compensation).

"Business (NL)"
    * ``reminder``: e-mail at + 7; ``call``: + 14; ``formal_letter`` with collection costs at + 30
      (``charges_costs``); ``handover`` at + 60. No 14-day letter is required; statutory commercial
      interest is shown.

Fallback chains: SMS -> e-mail -> letter, e-mail -> letter, letter -> e-mail, call -> letter.
"""

from __future__ import annotations

from dataclasses import replace

from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChannelChoice,
    OffsetBase,
    Policy,
    Step,
    StepCondition,
    Tone,
    Trigger,
)
from debtordesk.domain.enums import CustomerType, PaymentMethod

CONSUMER_POLICY_NAME = "Consumer (NL)"
BUSINESS_POLICY_NAME = "Business (NL)"

SMS = ChannelChoice(ActionChannel.SMS, (ActionChannel.EMAIL, ActionChannel.LETTER))
EMAIL = ChannelChoice(ActionChannel.EMAIL, (ActionChannel.LETTER,))
LETTER = ChannelChoice(ActionChannel.LETTER, (ActionChannel.EMAIL,))
CALL = ChannelChoice(ActionChannel.CALL, (ActionChannel.LETTER,))
HANDOVER = ChannelChoice(ActionChannel.HANDOVER)


def consumer_policy(policy_id: int) -> Policy:
    """The shipped consumer policy under the given id."""
    return Policy(
        id=policy_id,
        name=CONSUMER_POLICY_NAME,
        customer_type=None,
        requires_fourteen_day_letter=True,
        statutory_interest=False,
        steps=(
            Step(
                key="pre_reminder",
                name="Payment request before the due date",
                offset_days=-3,
                condition=StepCondition(payment_method=PaymentMethod.MANUAL),
                channels=(ChannelChoice(ActionChannel.SMS, (ActionChannel.EMAIL,)),),
                template="pre_reminder",
                tone=Tone.INFORMAL,
            ),
            Step(
                key="storno",
                name="Payment request after a returned direct debit",
                offset_days=0,
                offset_from=OffsetBase.TRIGGER,
                trigger=Trigger.STORNO,
                channels=(SMS,),
                template="storno",
                tone=Tone.INFORMAL,
            ),
            Step(
                key="reminder_1",
                name="Reminder",
                offset_days=7,
                channels=(EMAIL, SMS),
                template="reminder_1",
                tone=Tone.INFORMAL,
            ),
            Step(
                key="reminder_2",
                name="Second reminder",
                offset_days=14,
                channels=(LETTER, EMAIL),
                template="reminder_2",
                tone=Tone.FORMAL,
            ),
            Step(
                key="fourteen_day_letter",
                name="14-day letter",
                offset_days=28,
                channels=(LETTER,),
                template="fourteen_day_letter",
                tone=Tone.FORMAL,
                fourteen_day_letter=True,
            ),
            Step(
                key="call",
                name="Call",
                offset_days=35,
                channels=(CALL,),
                template="call",
                tone=Tone.FORMAL,
                charges_costs=True,
            ),
            Step(
                key="handover",
                name="Hand over to a collection agency",
                offset_days=60,
                channels=(HANDOVER,),
                template="handover",
                tone=Tone.FORMAL,
                charges_costs=True,
            ),
        ),
    )


def business_policy(policy_id: int) -> Policy:
    """The shipped business policy under the given id."""
    return Policy(
        id=policy_id,
        name=BUSINESS_POLICY_NAME,
        customer_type=CustomerType.BUSINESS,
        requires_fourteen_day_letter=False,
        statutory_interest=True,
        steps=(
            Step(
                key="reminder",
                name="Reminder",
                offset_days=7,
                channels=(EMAIL,),
                template="business_reminder",
                tone=Tone.FORMAL,
            ),
            Step(
                key="call",
                name="Call",
                offset_days=14,
                channels=(CALL,),
                template="call",
                tone=Tone.FORMAL,
            ),
            Step(
                key="formal_letter",
                name="Formal letter with collection costs",
                offset_days=30,
                channels=(LETTER,),
                template="business_formal_letter",
                tone=Tone.FORMAL,
                charges_costs=True,
            ),
            Step(
                key="handover",
                name="Hand over to a collection agency",
                offset_days=60,
                channels=(HANDOVER,),
                template="handover",
                tone=Tone.FORMAL,
                charges_costs=True,
            ),
        ),
    )


#: Dutch names of the shipped steps, by policy and step key (the policies' own names stay as the issue
#: gives them: "Consumer (NL)", "Business (NL)")
_DUTCH_STEP_NAMES: dict[tuple[str, str], str] = {
    (CONSUMER_POLICY_NAME, "pre_reminder"): "Betaalverzoek voor de vervaldatum",
    (CONSUMER_POLICY_NAME, "storno"): "Betaalverzoek na een gestorneerde incasso",
    (CONSUMER_POLICY_NAME, "reminder_1"): "Herinnering",
    (CONSUMER_POLICY_NAME, "reminder_2"): "Tweede herinnering",
    (CONSUMER_POLICY_NAME, "fourteen_day_letter"): "Veertiendagenbrief",
    (CONSUMER_POLICY_NAME, "call"): "Bellen",
    (CONSUMER_POLICY_NAME, "handover"): "Overdragen aan een incassobureau",
    (BUSINESS_POLICY_NAME, "reminder"): "Herinnering",
    (BUSINESS_POLICY_NAME, "call"): "Bellen",
    (BUSINESS_POLICY_NAME, "formal_letter"): "Aanmaning met incassokosten",
    (BUSINESS_POLICY_NAME, "handover"): "Overdragen aan een incassobureau",
}


def named_in(policy: Policy, language: str) -> Policy:
    """A shipped policy with its steps named in the language ("nl" or "en") of the team that gets it:
    step names are data the clerks see (and may rename), so they are seeded in their language."""
    if language != "nl":
        return policy
    steps = tuple(
        replace(step, name=_DUTCH_STEP_NAMES.get((policy.name, step.key), step.name))
        for step in policy.steps
    )
    return replace(policy, steps=steps)
