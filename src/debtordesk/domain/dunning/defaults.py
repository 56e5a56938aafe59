"""The two policies DebtorDesk ships, built from Dutch practice (PRODUCT.md, LEGAL-NL.md).

They are editable defaults: the services seed them per administration and the clerk may change them.

"Consumer (NL)"
    * ``pre_reminder``: SMS payment request 3 days before the due date, manual payers only (a direct
      debit collects itself); it expires at the due date. Falls back to e-mail: a letter would arrive
      after the due date.
    * ``storno``: SMS payment request right after a returned direct debit (trigger STORNO, offset 0).
    * ``instalment_request``: SMS payment request for the term of a payment arrangement 3 days before
      it falls due (trigger INSTALMENT_DUE, offset -3): the term's amount and a payment link of that
      amount; falls back to e-mail, then a letter.
    * ``instalment_reminder``: a reminder 3 days after a term's date when the term is not seen paid yet
      (its trigger is withdrawn once it is), within the arrangement's grace period.
    * ``reminder_1``: reminder by e-mail and SMS at due date + 7.
    * ``reminder_2``: second reminder by letter (and e-mail) at + 14.
    * ``broken_promise``: a promise or arrangement was not kept (trigger BROKEN_PROMISE): a call task
      for the clerk and an SMS (e-mail, letter) that names what was promised. It stands before the
      14-day letter, so no invoice skips that letter: the escalation resumes from here.
    * ``fourteen_day_letter``: the legal 14-day letter (WIK) by post at + 28; by e-mail only for a
      customer who agreed to receive such notices by e-mail, never by SMS.
    * ``call``: a call task at + 35 (a letter when calling is not possible).
    * ``handover``: proposal to hand the claim over to a collection agency at + 60.
    No fees (for consumers the BIK collection costs are the whole compensation).

"Business (NL)"
    * ``instalment_request`` and ``instalment_reminder`` as for consumers, by e-mail first (a
      business reads its mail), formal;
    * ``reminder``: e-mail at + 7; ``call``: + 14; ``broken_promise`` (call task and e-mail) after it;
      ``formal_letter`` with collection costs at + 30 (``charges_costs``); ``handover`` at + 60. No
      14-day letter is required; statutory commercial interest is shown.

The instalment and broken-promise steps came with :data:`SHIPPED_REVISION` 2; databases seeded with
revision 1 get them where the clerk did not change the shipped policy
(:func:`debtordesk.services.policies.upgrade_shipped_policies`).

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

#: the shipped policies' revision: 1 without, 2 with the arrangement and broken-promise steps
SHIPPED_REVISION = 2
#: the steps each revision added, by key (a revision only adds steps)
ADDED_IN_REVISION: dict[int, frozenset[str]] = {
    2: frozenset({"instalment_request", "instalment_reminder", "broken_promise"}),
}
#: days before a term's date its payment request goes out, and after it the reminder
INSTALMENT_LEAD_DAYS = 3
INSTALMENT_REMINDER_DAYS = 3

SMS = ChannelChoice(ActionChannel.SMS, (ActionChannel.EMAIL, ActionChannel.LETTER))
EMAIL = ChannelChoice(ActionChannel.EMAIL, (ActionChannel.LETTER,))
LETTER = ChannelChoice(ActionChannel.LETTER, (ActionChannel.EMAIL,))
CALL = ChannelChoice(ActionChannel.CALL, (ActionChannel.LETTER,))
HANDOVER = ChannelChoice(ActionChannel.HANDOVER)
#: an SMS whose fallback may still be a letter (a request before a term: the term's date is known)
SMS_OR_LETTER = ChannelChoice(ActionChannel.SMS, (ActionChannel.EMAIL, ActionChannel.LETTER))


def _instalment_steps(tone: Tone, first: ChannelChoice) -> tuple[Step, Step]:
    """The payment request before each term of an arrangement, and the reminder after a term that
    is not seen paid (both answer the term's INSTALMENT_DUE event and ask its amount)."""
    return (
        Step(
            key="instalment_request",
            name="Payment request for a term of an arrangement",
            offset_days=-INSTALMENT_LEAD_DAYS,
            offset_from=OffsetBase.TRIGGER,
            trigger=Trigger.INSTALMENT_DUE,
            channels=(first,),
            template="instalment_request",
            tone=tone,
        ),
        Step(
            key="instalment_reminder",
            name="Reminder: a term of an arrangement is not paid",
            offset_days=INSTALMENT_REMINDER_DAYS,
            offset_from=OffsetBase.TRIGGER,
            trigger=Trigger.INSTALMENT_DUE,
            channels=(first,),
            template="instalment_reminder",
            tone=tone,
        ),
    )


def _broken_promise_step(tone: Tone, message: ChannelChoice) -> Step:
    """A call task for the clerk and a message that names what was promised, when a promise or an
    arrangement was not kept."""
    return Step(
        key="broken_promise",
        name="Promise not kept",
        offset_days=0,
        offset_from=OffsetBase.TRIGGER,
        trigger=Trigger.BROKEN_PROMISE,
        channels=(CALL, message),
        template="broken_promise",
        tone=tone,
    )


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
            *_instalment_steps(Tone.INFORMAL, SMS_OR_LETTER),
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
            _broken_promise_step(Tone.FORMAL, SMS_OR_LETTER),
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
            *_instalment_steps(Tone.FORMAL, EMAIL),
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
            _broken_promise_step(Tone.FORMAL, EMAIL),
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
    (CONSUMER_POLICY_NAME, "instalment_request"): "Betaalverzoek voor een termijn van een regeling",
    (
        CONSUMER_POLICY_NAME,
        "instalment_reminder",
    ): "Herinnering: termijn van een regeling niet betaald",
    (CONSUMER_POLICY_NAME, "broken_promise"): "Afspraak niet nagekomen",
    (CONSUMER_POLICY_NAME, "reminder_1"): "Herinnering",
    (CONSUMER_POLICY_NAME, "reminder_2"): "Tweede herinnering",
    (CONSUMER_POLICY_NAME, "fourteen_day_letter"): "Veertiendagenbrief",
    (CONSUMER_POLICY_NAME, "call"): "Bellen",
    (CONSUMER_POLICY_NAME, "handover"): "Overdragen aan een incassobureau",
    (BUSINESS_POLICY_NAME, "instalment_request"): "Betaalverzoek voor een termijn van een regeling",
    (
        BUSINESS_POLICY_NAME,
        "instalment_reminder",
    ): "Herinnering: termijn van een regeling niet betaald",
    (BUSINESS_POLICY_NAME, "broken_promise"): "Afspraak niet nagekomen",
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


def _shipped_step_names() -> dict[tuple[str, str], tuple[str, str]]:
    """(step key, a shipped name in English or in Dutch) -> (the English name, the Dutch name), over
    both shipped policies (a key that occurs in both is named alike in both)."""
    names: dict[tuple[str, str], tuple[str, str]] = {}
    for policy in (consumer_policy(0), business_policy(0)):
        for step in policy.steps:
            both = (step.name, _DUTCH_STEP_NAMES.get((policy.name, step.key), step.name))
            names[(step.key, both[0])] = names[(step.key, both[1])] = both
    return names


_SHIPPED_STEP_NAMES = _shipped_step_names()
#: a shipped name in English or in Dutch -> (the English name, the Dutch name); no two shipped steps
#: share a name, so the name alone tells the step (for texts that kept only the name)
_SHIPPED_BY_NAME = {name: both for (_key, name), both in _SHIPPED_STEP_NAMES.items()}


def shipped_step_name(name: str, language: str, key: str | None = None) -> str:
    """A step name as :func:`shipped_names_in` shows it: a shipped name, in English or in Dutch, in
    ``language`` ("nl" or "en"); any other name as written. For texts that kept the step's name (a
    timeline entry): with ``key`` the step must be that shipped step, without it the name decides."""
    names = _SHIPPED_BY_NAME.get(name) if key is None else _SHIPPED_STEP_NAMES.get((key, name))
    if names is None:
        return name
    return names[1] if language == "nl" else names[0]


def shipped_names_in(policy: Policy, language: str) -> Policy:
    """A stored policy with the steps that still carry their shipped name, in English or in Dutch,
    named in ``language`` ("nl" or "en"): the shipped names are seeded in the language of the
    session that first opened the queue (a demo or an import made from an English command line),
    and a Dutch clerk should read "Veertiendagenbrief", not "14-day letter" (and an English clerk
    the other way round). A step the team renamed keeps its name, as do the policies' own names."""
    index = 1 if language == "nl" else 0
    steps = tuple(
        replace(step, name=names[index])
        if (names := _SHIPPED_STEP_NAMES.get((step.key, step.name))) is not None
        else step
        for step in policy.steps
    )
    return policy if steps == policy.steps else replace(policy, steps=steps)


def shipped_at_revision(policy: Policy, revision: int) -> Policy:
    """A shipped policy as an earlier revision shipped it: without the steps later revisions added
    (revisions only add steps, so this is exactly what a database seeded then holds)."""
    later = frozenset().union(
        *(keys for number, keys in ADDED_IN_REVISION.items() if number > revision)
    )
    return replace(policy, steps=tuple(step for step in policy.steps if step.key not in later))
