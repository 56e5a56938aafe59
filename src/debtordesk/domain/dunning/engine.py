"""The dunning engine: for one evaluation date, what is due for every customer, on which channel, with
which amounts, and why. A pure function of :class:`~debtordesk.domain.dunning.model.DunningInput`.

:func:`compute_queue` returns one :class:`CustomerQueueRow` per customer with anything open (an invoice or
credit note with a non-zero open amount, or a charge: the invoices paid while costs or interest are not,
blocked with :data:`CHARGES_OPEN` so they are never lost silently) or an active hold, sorted by customer
id. The rules, each tested in ``tests/unit/domain/dunning/``:

**Policy.** A customer's own policy (``policy_override_id``) wins; else the segment rule the customer is
assigned to by name (``CustomerInput.segment``); else the first segment rule (lowest ``priority``, then the
order given) whose every set field matches (customer type, one of its tags, average days late and stornos
in 12 months at least the rule's figure, preferred channel); else the default policy of the customer's
type. A policy id that does not exist, or a policy for the other customer type (``Policy.customer_type``),
blocks the customer with a reason rather than guessing.

**Who is not dunned.** Customers handed over or written off; customers under an active hold. A hold is
active up to and including its ``until`` date (none: until lifted) and resumes on its own afterwards.
Every reason is a hold here (dispute, paid via link, reported paid, promise, arrangement, manual); that
PAID_VIA_LINK and REPORTED_PAID survive a new open-items snapshot is the services' concern. A hold on one
invoice leaves that invoice out of every action. Two exceptions let a trigger through a hold: an
ARRANGEMENT hold lets INSTALMENT_DUE and BROKEN_PROMISE steps through (the arrangement replaces normal
dunning by its own reminders) and a PROMISE hold lets BROKEN_PROMISE steps through.

**Direct debit.** A direct-debit invoice of a customer with a valid mandate is being collected: it is not
dunned (and not counted as overdue) until a storno (``InvoiceInput.storno_date`` or a STORNO trigger,
on or before today). After a storno it is dunned like a manual invoice, its due-date offsets counted from
the later of due date and storno date (the clock starts when the collection failed, so a storno weeks
after the due date does not jump straight to a late step). A direct-debit invoice WITHOUT a valid mandate
cannot be collected: it is dunned as a manual invoice from its due date (and meets ``payment_method =
manual`` conditions).

**Amounts.** Credit notes (negative open amounts) net against the open invoices of the same customer and
are listed in every action. An invoice whose open amount is within the policy's ``tolerance`` is a residual
and is not dunned. The *net overdue amount* is the sum of the dunnable (not held, not residual) invoices
past their due date plus the credit notes; when it is within the tolerance or below the policy's
``min_amount``, nothing happens (for a pre-reminder, the same test runs on the invoices concerned plus the
credit notes). The row's open and overdue amounts count every open item of the customer (held ones too;
overdue: past the due date, not waiting for a direct debit, floored at 0), days overdue counts from the
oldest overdue invoice.

**Levels.** A policy's steps rank by their place in the policy. The level of an invoice is the highest
ranked step taken for it (``past_steps`` of the same policy that are not cancelled or failed). A step
without trigger is due for an invoice when it ranks above the invoice's level, its condition holds
(payment method of the invoice, customer type, the customer's net overdue amount at least
``min_overdue``) and its date has come:

* counted from the due date: due date + offset (for a direct debit after a storno, see above);
* a pre-reminder (negative offset) is due from due date + offset and expires at the due date: it is never
  proposed on or after the due date;
* counted from the previous step: the date that step (the invoice's current level) actually went out
  (``went_out_on``; for a step with several channels, the last of them) plus the offset; a step whose
  previous step has not gone out yet, or an invoice with no step taken, is not due.

When steps were missed (a weekend, a day nobody ran the queue, a first import of old invoices) only the
latest due step fires, never a burst, with one exception: no invoice skips the policy's 14-day letter
where the letter is required (every consumer; a business when its policy requires it) and its condition
holds: steps ranked above it wait until it was taken for the invoice, so a backlog gets the 14-day letter
first. A hand-over ranked after the letter also waits until the term of a valid (not void) 14-day letter
covering the invoice has passed (its ``costs_from``): handing over a consumer before the term ends
would cost the claim its collection costs. A 14-day letter only lists invoices past their due date.
Nor is a hand-over ever the first step taken for an invoice (a business customer imported a year late
would otherwise go straight to the agency without a word): while nothing was taken for the invoice,
the latest due step below the hand-over fires instead (the hand-over follows from a later run, after
the rest); only when no step below it applies does the hand-over fire.

**Triggers.** A trigger step answers an event: a STORNO (``InvoiceInput.storno_date`` or a trigger event),
an INSTALMENT_DUE or a BROKEN_PROMISE (trigger events; one without invoice ids concerns every open invoice
of the customer, for a storno every open direct-debit invoice). It is due at event date + offset, whatever
the invoice's level, once per event: an event is answered by any step taken for the invoice on or after
the event's date (for a step before the event, such as a request three days before an instalment: on or
after that step's own date) that ranks at least as high as the trigger step. Where the trigger step
stands in the policy is the level it jumps to (put a broken-promise call after the call step to continue
from there). A broken promise's step is the customer's action even when an escalation step of a higher
rank is due as well: the customer hears about the broken promise first, and the escalation follows once
the invoice has rested (see **Rest**; it is not answered by the broken promise's step unless that ranks
as high). The action
carries the event: ``trigger``, ``trigger_on``, ``trigger_event_id`` and ``trigger_amount`` (the
instalment, the promised amount) when there is one. A request for an instalment adds no interest
estimate: the arrangement fixed what is paid.

**Rest.** An escalation step for an invoice waits until ``REST_DAYS`` (3) days after the last step
taken for it went out (or, not out yet, was planned): a customer never gets two messages about the same
invoice on consecutive days, e.g. the broken promise's message and the escalation that was due behind it.
Trigger steps do not wait: a storno, an instalment or a broken promise is answered when it happens. While
an invoice rests, the row says when its next step comes.

**One action per customer.** All invoices with a step due are grouped under the highest ranked step due,
so one message lists them all (and afterwards they stand at that level). Pre-reminders are never grouped
with steps for overdue invoices: when both are due the overdue step wins. A pre-reminder is a courtesy:
it is not proposed while the customer rests from any other step (``REST_DAYS`` after a step taken for any
of their invoices went out or was planned), so a second run on the same day records nothing new and a
customer who just got a reminder or a 14-day letter is not sent an SMS about the next invoice as well
(once the rest is over it is due again until the invoice's due date).

**Channels.** Each channel of the step is tried through its fallback chain against the customer: SMS needs
a mobile number and no SMS opt-out, and the last SMS to that number must not have been reported as not
delivered (``mobile_undelivered``: sending again to a dead number helps nobody); e-mail an address and no
opt-out; a letter a postal address; a call a
mobile or landline number and no call opt-out; a hand-over always works. A 14-day letter never goes by
SMS, and by e-mail only to a customer who consented to legal notices by e-mail. Each decision has a reason
Message; channels used twice are listed once (the first keeps the reasons of the others that fell back to
it in ``fallback_reasons``: 'no mobile number: e-mail instead' when the step also e-mails); a customer no
channel can reach is blocked. ``send_on`` is the first day the channel may be used on or after today
(``calendar.next_allowed_day``; the engine works in dates: a step due today whose SMS hours are over is
still "today", the sending layer applies the hour). SMS, e-mail and letters of steps other than
pre-reminders are also moved past the customer's payment day (``calendar.shift_for_payday``), then to the
next allowed day.

**Charges.** Costs and interest already recorded (``charges`` with status open) are included. For a step
that ``charges_costs`` and no open costs charge yet: a consumer (every customer not marked business) owes
the costs of a valid (not void) 14-day letter whose ``costs_from`` has come; a business owes the same
when its policy requires the 14-day letter, else the BIK collection costs of the overdue principal of the
action. A 14-day letter announces ``collection_costs`` of the overdue principal of its invoices
(``costs_announced``: stated apart, not part of the amount to pay). Fees only reach business customers.
With ``Policy.statutory_interest`` the engine estimates statutory interest (commercial rate for
businesses) over the overdue invoices from the day after the due date through today, for invoices
without a recorded interest charge (none when a customer-level interest charge is open); days before the
first row of the rate table earn nothing. The small-recurring-claim cap is not applied here: the costs
history it needs is not part of the input (the letter step applies it).
"""

from __future__ import annotations

import gc
import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from operator import attrgetter
from types import MappingProxyType
from typing import TypeVar

from debtordesk.domain.calendar import SendingWindow, next_allowed_day, shift_for_payday
from debtordesk.domain.construct import slotted_constructor
from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChannelChoice,
    ChannelDecision,
    ChargeKind,
    ChargeStatus,
    CommunicationStatus,
    CustomerInput,
    CustomerQueueRow,
    DunningInput,
    DunningStatus,
    FourteenDayLetterInput,
    HoldInput,
    HoldReason,
    InvoiceInput,
    OffsetBase,
    PastStep,
    Policy,
    ProposedAction,
    SegmentRule,
    Step,
    Trigger,
    TriggerEvent,
)
from debtordesk.domain.enums import CustomerType, PaymentMethod
from debtordesk.domain.legal_costs import BIK_BANDS, BIK_MAXIMUM, BIK_MINIMUM, collection_costs
from debtordesk.domain.legal_interest import InterestRate, statutory_interest
from debtordesk.domain.messages import Message, MessageParam, lazy_message
from debtordesk.domain.money import CENT, ROUNDING, ZERO, quantize

#: past steps in these states were never taken
_NOT_TAKEN = frozenset({CommunicationStatus.CANCELLED, CommunicationStatus.FAILED})

#: holds that let a trigger's step through
_PASSES: Mapping[Trigger, frozenset[HoldReason]] = {
    Trigger.STORNO: frozenset(),
    Trigger.INSTALMENT_DUE: frozenset({HoldReason.ARRANGEMENT}),
    Trigger.BROKEN_PROMISE: frozenset({HoldReason.ARRANGEMENT, HoldReason.PROMISE}),
}

#: channels moved past the customer's payment day
_PAYDAY_CHANNELS = frozenset({ActionChannel.SMS, ActionChannel.EMAIL, ActionChannel.LETTER})

# enum members as module constants: in Python 3.11 reading ``PaymentMethod.MANUAL`` costs a lookup
# through the enum's metaclass, which adds up over 100,000 invoices
_MANUAL = PaymentMethod.MANUAL
_DIRECT_DEBIT = PaymentMethod.DIRECT_DEBIT
_STORNO = Trigger.STORNO
_HANDED_OVER = DunningStatus.HANDED_OVER
_WRITTEN_OFF = DunningStatus.WRITTEN_OFF
_BUSINESS = CustomerType.BUSINESS
_COSTS = ChargeKind.COSTS
_INTEREST = ChargeKind.INTEREST
_FEE = ChargeKind.FEE
_PREVIOUS_STEP = OffsetBase.PREVIOUS_STEP

#: the code of a row whose invoices are paid while charges are still open (see :func:`_why_nothing`)
CHARGES_OPEN = "dunning.blocked.charges_open"

#: days an invoice rests after a step for it went out before an escalation step follows (trigger
#: steps, answering a storno, an instalment or a broken promise, do not wait)
REST_DAYS = 3

#: invoice numbers named in a reason before "and N more"
_REASON_INVOICES = 5

_ONE = Decimal(1)


def _msg(code: str, **params: MessageParam) -> Message:
    """``Message(code, params)`` without the copy its ``__post_init__`` makes: the keyword dict is
    fresh and nobody else holds it, so the read-only view over it is what the copy would give."""
    return _built(Message, {"code": code, "params": MappingProxyType(params)})


_T = TypeVar("_T")
_new = object.__new__


def _built(cls: type[_T], values: dict[str, object]) -> _T:
    """A frozen dataclass instance from all of its field values, without the generated ``__init__``
    (which sets each field through ``object.__setattr__``: a third of the cost of a queue row). Only for
    the output dataclasses without ``__post_init__`` (or whose ``__post_init__`` the caller does itself, see
    :func:`_msg`); every field must be given."""
    instance = _new(cls)
    instance.__dict__.update(values)
    return instance


#: the engine's rows and actions, built with every field in field order
_new_row = slotted_constructor(CustomerQueueRow)
_new_action = slotted_constructor(ProposedAction)


# --------------------------------------------------------------------------- per-policy plans


#: an escalation step prepared for the hot loop: rank, step, offset, counted from the previous step,
#: pre-reminder, 14-day letter, the condition's payment method, customer type and minimum, and
#: whether it is a hand-over ranked after the 14-day letter (it waits for the letter's term)
_Fast = tuple[
    int,
    Step,
    int,
    bool,
    bool,
    bool,
    PaymentMethod | None,
    CustomerType | None,
    Decimal | None,
    bool,
]


@dataclass(frozen=True, slots=True)
class _Plan:
    """A policy prepared once per run: ranks, the escalation steps highest first, trigger steps."""

    policy: Policy
    rank: Mapping[str, int]
    #: (rank, step) of the steps without trigger, highest rank first
    escalation: tuple[tuple[int, Step], ...]
    triggers: Mapping[Trigger, tuple[tuple[int, Step], ...]]
    fast: tuple[_Fast, ...]
    #: ranks of the pre-reminders
    pre: frozenset[int]
    keys: tuple[str, ...]
    #: the first 14-day letter among the escalation steps (rank, step): the step no invoice skips
    letter: tuple[int, Step] | None = None


def _plan(policy: Policy) -> _Plan:
    rank: dict[str, int] = {}
    escalation: list[tuple[int, Step]] = []
    triggers: dict[Trigger, list[tuple[int, Step]]] = defaultdict(list)
    for position, step in enumerate(policy.steps):
        rank.setdefault(step.key, position)
        if step.trigger is not None:
            triggers[step.trigger].append((position, step))
        elif step.offset_from is not OffsetBase.TRIGGER:
            escalation.append((position, step))
    escalation.reverse()
    letter = min(
        ((position, step) for position, step in escalation if step.fourteen_day_letter),
        default=None,
        key=lambda pair: pair[0],
    )
    fast = tuple(
        (
            position,
            step,
            step.offset_days,
            step.offset_from is OffsetBase.PREVIOUS_STEP,
            _is_pre_reminder(step),
            step.fourteen_day_letter,
            step.condition.payment_method,
            step.condition.customer_type,
            step.condition.min_overdue,
            letter is not None and position > letter[0] and _hands_over(step),
        )
        for position, step in escalation
    )
    return _Plan(
        policy,
        rank,
        tuple(escalation),
        {trigger: tuple(steps) for trigger, steps in triggers.items()},
        fast,
        frozenset(position for position, step in enumerate(policy.steps) if _is_pre_reminder(step)),
        tuple(step.key for step in policy.steps),
        letter,
    )


# --------------------------------------------------------------------------- indexes of the input


@dataclass(slots=True)
class _Taken:
    """What happened for one invoice under one step key: last planned (a step answering a trigger may
    be taken once per event: whether an event was answered asks for the latest), and when it (all of
    its channels) went out."""

    planned_on: date
    went_out_on: date | None
    all_out: bool


@dataclass(slots=True)
class _Context:
    today: date
    plans: dict[int, _Plan]
    segments: tuple[SegmentRule, ...]
    segments_by_name: dict[str, SegmentRule]
    defaults: Mapping[CustomerType, int]
    invoices: Mapping[int, Sequence[InvoiceInput]]
    holds: dict[int, list[HoldInput]]
    #: customer -> (policy id, invoice id) -> step key -> taken
    past: dict[int, dict[tuple[int, int], dict[str, _Taken]]]
    last_contact: dict[int, date]
    triggers: dict[int, list[TriggerEvent]]
    letters: dict[int, list[FourteenDayLetterInput]]
    #: customer -> kind -> (customer-level total, invoice id -> total, any customer-level charge)
    charges: dict[int, dict[ChargeKind, _Charges]]
    #: customers with a costs charge in any state (costs are charged once)
    costs_charged: set[int]
    rates: tuple[InterestRate, ...]
    vat_rate: Decimal | None
    windows: Mapping[str, SendingWindow]
    payday_window: int
    interest_factor: dict[tuple[date, bool], Decimal] = field(default_factory=dict)
    #: ``today`` as an ordinal, and dates by ordinal (the few distinct dates actions are due on)
    today_ord: int = 0
    dates: dict[int, date] = field(default_factory=dict)
    send_on: dict[tuple[ActionChannel, date, int | None, bool], date] = field(default_factory=dict)
    #: policy choices by the customer's deciding fields
    chosen: dict[tuple[object, ...], tuple[_Plan | None, Message | None]] = field(
        default_factory=dict
    )
    #: channel decisions by step identity and the customer's contact details (steps live as long
    #: as the run's input, so their ids are stable here)
    channels: dict[tuple[object, ...], tuple[ChannelDecision, ...]] = field(default_factory=dict)
    #: which of the customer's fields some segment rule looks at (tags, average days late, stornos,
    #: preferred channel): only those go into the key of :attr:`chosen`
    segment_fields: tuple[bool, bool, bool, bool] = (False, False, False, False)


@dataclass(slots=True)
class _Charges:
    total: Decimal = ZERO
    customer_level: bool = False
    invoices: set[int] = field(default_factory=set)


def _context(data: DunningInput) -> _Context:
    today = data.today
    invoices = data.invoices_by_customer
    if invoices is None:
        grouped: dict[int, list[InvoiceInput]] = defaultdict(list)
        for invoice in data.invoices:
            grouped[invoice.customer_id].append(invoice)
        invoices = grouped
    holds: dict[int, list[HoldInput]] = defaultdict(list)
    for hold in data.holds:
        if hold.until is None or hold.until >= today:
            holds[hold.customer_id].append(hold)
    past: dict[int, dict[tuple[int, int], dict[str, _Taken]]] = defaultdict(dict)
    last_contact: dict[int, date] = {}
    for step in data.past_steps:
        if step.status in _NOT_TAKEN:
            continue
        _record_past(past[step.customer_id], step)
        if step.went_out_on is not None:
            known = last_contact.get(step.customer_id)
            if known is None or step.went_out_on > known:
                last_contact[step.customer_id] = step.went_out_on
    triggers: dict[int, list[TriggerEvent]] = defaultdict(list)
    for event in data.triggers:
        # an instalment's date is known ahead (a step may ask before it); a storno is not
        if event.on <= today or event.trigger is not Trigger.STORNO:
            triggers[event.customer_id].append(event)
    letters: dict[int, list[FourteenDayLetterInput]] = defaultdict(list)
    for letter in data.fourteen_day_letters:
        letters[letter.customer_id].append(letter)
    charges: dict[int, dict[ChargeKind, _Charges]] = defaultdict(dict)
    costs_charged: set[int] = set()
    for charge in data.charges:
        if charge.kind is ChargeKind.COSTS:
            costs_charged.add(charge.customer_id)
        if charge.status is not ChargeStatus.OPEN:
            continue
        bucket = charges[charge.customer_id].setdefault(charge.kind, _Charges())
        bucket.total += charge.amount
        if charge.invoice_id is None:
            bucket.customer_level = True
        else:
            bucket.invoices.add(charge.invoice_id)
    ordered = sorted(enumerate(data.segments), key=lambda pair: (pair[1].priority, pair[0]))
    segments = tuple(rule for _, rule in ordered)
    return _Context(
        today=today,
        today_ord=today.toordinal(),
        plans={policy.id: _plan(policy) for policy in data.policies},
        segments=segments,
        segments_by_name={rule.name: rule for rule in reversed(segments)},
        defaults=data.default_policy_ids,
        invoices=invoices,
        holds=holds,
        past=past,
        last_contact=last_contact,
        triggers=triggers,
        letters=letters,
        charges=charges,
        costs_charged=costs_charged,
        rates=tuple(sorted(data.interest_rates, key=lambda row: row.valid_from)),
        vat_rate=data.costs_vat_rate,
        windows=data.sending_windows,
        payday_window=data.payday_window_days,
        segment_fields=(
            any(rule.tags for rule in segments),
            any(rule.min_average_days_late is not None for rule in segments),
            any(rule.min_stornos_12_months is not None for rule in segments),
            any(rule.preferred_channel is not None for rule in segments),
        ),
    )


def _record_past(by_invoice: dict[tuple[int, int], dict[str, _Taken]], step: PastStep) -> None:
    for invoice_id in step.invoice_ids:
        keys = by_invoice.setdefault((step.policy_id, invoice_id), {})
        taken = keys.get(step.step_key)
        if taken is None:
            keys[step.step_key] = _Taken(
                step.planned_on, step.went_out_on, step.went_out_on is not None
            )
            continue
        taken.planned_on = max(taken.planned_on, step.planned_on)
        if step.went_out_on is None:
            taken.all_out = False
        elif taken.went_out_on is None or step.went_out_on > taken.went_out_on:
            taken.went_out_on = step.went_out_on


# --------------------------------------------------------------------------- policy choice


def _segment_matches(rule: SegmentRule, customer: CustomerInput) -> bool:
    if rule.customer_type is not None and rule.customer_type is not customer.customer_type:
        return False
    if rule.tags and not (rule.tags & customer.tags):
        return False
    if (
        rule.min_average_days_late is not None
        and customer.score.average_days_late < rule.min_average_days_late
    ):
        return False
    if (
        rule.min_stornos_12_months is not None
        and customer.score.stornos_12_months < rule.min_stornos_12_months
    ):
        return False
    return rule.preferred_channel is None or rule.preferred_channel == customer.preferred_channel


def choose_policy_id(
    customer: CustomerInput,
    segments: Iterable[SegmentRule],
    default_policy_ids: Mapping[CustomerType, int],
) -> int | None:
    """The policy id for a customer: override, assigned segment, first matching rule, type default.

    ``segments`` must be in rule order (priority, then as given)."""
    if customer.policy_override_id is not None:
        return customer.policy_override_id
    ordered = tuple(segments)
    if customer.segment:
        for rule in ordered:
            if rule.name == customer.segment:
                return rule.policy_id
    for rule in ordered:
        if _segment_matches(rule, customer):
            return rule.policy_id
    return default_policy_ids.get(customer.customer_type)


def _choose_plan(customer: CustomerInput, ctx: _Context) -> tuple[_Plan | None, Message | None]:
    """The customer's plan, or why there is none; the same deciding fields give the same answer, so
    it is worked out once per combination."""
    key: tuple[object, ...]
    if customer.policy_override_id is not None:
        key = (customer.customer_type, customer.policy_override_id)
    elif ctx.segments:
        # only the fields a rule looks at: fewer combinations (the average days late of a customer
        # is nearly unique) and no hashing of a Decimal where no rule asks for it
        tags, late, stornos, channel = ctx.segment_fields
        score = customer.score
        key = (
            customer.customer_type,
            None,
            customer.segment,
            customer.tags if tags else None,
            score.average_days_late if late else None,
            score.stornos_12_months if stornos else None,
            customer.preferred_channel if channel else None,
        )
    else:
        key = (customer.customer_type, None, customer.segment)
    found = ctx.chosen.get(key)
    if found is None:
        found = ctx.chosen[key] = _work_out_plan(customer, ctx)
    return found


def _work_out_plan(customer: CustomerInput, ctx: _Context) -> tuple[_Plan | None, Message | None]:
    if customer.policy_override_id is not None:
        policy_id: int | None = customer.policy_override_id
        source = "override"
    else:
        rule = ctx.segments_by_name.get(customer.segment) if customer.segment else None
        if rule is None:
            for candidate in ctx.segments:
                if _segment_matches(candidate, customer):
                    rule = candidate
                    break
        if rule is not None:
            policy_id, source = rule.policy_id, "segment"
        else:
            policy_id, source = ctx.defaults.get(customer.customer_type), "default"
    if policy_id is None:
        return None, _msg("dunning.blocked.no_policy")
    plan = ctx.plans.get(policy_id)
    if plan is None:
        return None, _msg(f"dunning.blocked.policy_missing.{source}", policy_id=policy_id)
    wanted = plan.policy.customer_type
    if wanted is not None and wanted is not customer.customer_type:
        return plan, _msg(f"dunning.blocked.policy_for.{wanted.value}", policy=plan.policy.name)
    return plan, None


# --------------------------------------------------------------------------- one customer


@dataclass(slots=True)
class _Item:
    """An open invoice that may be dunned, with what the engine worked out for it."""

    invoice: InvoiceInput
    #: the ordinal its due-date offsets count from
    ref: int
    method: PaymentMethod
    overdue: bool
    #: reasons of the active holds on it or on its customer
    held: frozenset[HoldReason]
    level: int
    level_out: date | None
    taken: Mapping[str, _Taken]
    storno: date | None
    #: the first day (ordinal) an escalation step may follow the last step taken for it: the day
    #: that step went out (or, not out yet, was planned) plus REST_DAYS; 0 when none was taken
    rest_until: int
    #: the step due for it (rank, step, the day it became due, the event it answers)
    rank: int = -1
    step: Step | None = None
    due_on: int = 0
    event: _Event | None = None


@dataclass(frozen=True, slots=True)
class _Event:
    trigger: Trigger
    on: date
    amount: Decimal | None = None
    event_id: int | None = None


def _is_pre_reminder(step: Step) -> bool:
    return step.trigger is None and step.offset_from is OffsetBase.DUE_DATE and step.offset_days < 0


def _compute_row(customer: CustomerInput, ctx: _Context) -> CustomerQueueRow | None:
    today = ctx.today
    customer_id = customer.id
    invoices = ctx.invoices.get(customer_id, ())
    holds = ctx.holds.get(customer_id, ())
    if not invoices and not holds and customer_id not in ctx.charges:
        return None
    customer_holds: list[HoldInput] = []
    customer_reasons: frozenset[HoldReason] = _NO_REASONS
    invoice_reasons: dict[int, frozenset[HoldReason]] = {}
    if holds:
        customer_holds = [hold for hold in holds if hold.invoice_id is None]
        customer_reasons = frozenset(hold.reason for hold in customer_holds)
        for hold in holds:
            if hold.invoice_id is not None:
                invoice_reasons[hold.invoice_id] = invoice_reasons.get(
                    hold.invoice_id, customer_reasons
                ) | {hold.reason}

    plan, policy_problem = _choose_plan(customer, ctx)
    policy = plan.policy if plan is not None else None
    tolerance = policy.tolerance if policy is not None else _DEFAULT_TOLERANCE
    past = ctx.past.get(customer_id)
    policy_id = policy.id if policy is not None else None
    plan_id = policy.id if policy is not None else -1
    ranks = plan.rank if plan is not None else _NO_RANKS
    mandate = customer.mandate_valid
    events = ctx.triggers.get(customer_id, ())
    storno_events: dict[int | None, date] = {}
    for event in events:
        if event.trigger is _STORNO:
            for invoice_id in event.invoice_ids or (None,):
                known = storno_events.get(invoice_id)
                if known is None or event.on > known:
                    storno_events[invoice_id] = event.on

    open_total = overdue_total = credits = dunnable_overdue = ZERO
    credit_ids: list[int] = []
    oldest: date | None = None
    items: list[_Item] = []
    top_level = -1
    any_open = residual = waiting_direct_debit = False
    for invoice in invoices:
        amount = invoice.open_amount
        if not amount:
            continue
        any_open = True
        open_total += amount
        if amount < _ZERO:
            credits += amount
            credit_ids.append(invoice.id)
            continue
        direct_debit = invoice.payment_method is _DIRECT_DEBIT
        storno = invoice.storno_date
        if storno is not None and storno > today:
            storno = None
        if storno_events:
            storno = _storno_from_events(invoice, storno, storno_events, direct_debit=direct_debit)
        if direct_debit and mandate and storno is None:
            waiting_direct_debit = True
            continue
        due = invoice.due_date
        overdue = due < today
        held = invoice_reasons.get(invoice.id, customer_reasons) if holds else _NO_REASONS
        if overdue:
            overdue_total += amount
            if oldest is None or due < oldest:
                oldest = due
            if not held and amount > tolerance:
                dunnable_overdue += amount
        if amount <= tolerance:
            residual = True
            continue
        ref = storno if direct_debit and mandate and storno is not None and storno > due else due
        level = -1
        level_out = None
        rest_until = 0
        taken = past.get((plan_id, invoice.id), _NOTHING_TAKEN) if past else _NOTHING_TAKEN
        if taken:
            last: date | None = None
            for key, record in taken.items():
                rank = ranks.get(key, -1)
                if rank > level:
                    level = rank
                    level_out = record.went_out_on if record.all_out else None
                latest = record.went_out_on or record.planned_on
                if last is None or latest > last:
                    last = latest
            top_level = max(top_level, level)
            if last is not None:
                rest_until = last.toordinal() + REST_DAYS
        items.append(
            _Item(
                invoice,
                ref.toordinal(),
                _MANUAL if direct_debit and not mandate else invoice.payment_method,
                overdue,
                held,
                level,
                level_out,
                taken,
                storno,
                rest_until,
            )
        )
    if not any_open and not holds and customer_id not in ctx.charges:
        return None
    net_overdue = dunnable_overdue + credits

    action: ProposedAction | None = None
    blocked: Message | None = None
    status = customer.status
    if status is _HANDED_OVER:
        blocked = _shared("dunning.blocked.handed_over")
    elif status is _WRITTEN_OFF:
        blocked = _shared("dunning.blocked.written_off")
    elif plan is None or policy_problem is not None:
        blocked = policy_problem or _shared("dunning.blocked.no_policy")
    else:
        action, blocked = _decide(
            customer,
            plan,
            items,
            events,
            ctx,
            credits=credits,
            credit_ids=credit_ids,
            net_overdue=net_overdue,
        )
        if action is None and blocked is None:
            blocked = _why_nothing(
                plan,
                items,
                customer,
                ctx,
                holds=holds,
                customer_holds=customer_holds,
                net_overdue=net_overdue,
                waiting_direct_debit=waiting_direct_debit,
                residual=residual,
                credits=credits,
                charges_only=not any_open,
            )

    charges = ctx.charges.get(customer_id)
    if charges:
        open_costs = charges.get(_COSTS)
        open_interest = charges.get(_INTEREST)
    else:
        open_costs = open_interest = None
    interest = open_interest.total if open_interest is not None else ZERO
    if policy is not None and policy.statutory_interest and items:
        interest += _interest_estimate(
            [item for item in items if item.overdue], customer, open_interest, ctx
        )
    if action is not None:
        costs = action.costs
    else:
        costs = open_costs.total if open_costs is not None else ZERO
    return _new_row(
        customer_id,
        policy_id,
        open_total,
        max(overdue_total + credits, ZERO) if overdue_total else ZERO,  # overdue_amount
        (today - oldest).days if oldest is not None else 0,  # days_overdue
        plan.keys[top_level] if plan is not None and top_level >= 0 else None,  # current_step
        action,
        blocked,
        tuple(holds),
        ctx.last_contact.get(customer_id),
        costs,
        interest,
    )


def _storno_from_events(
    invoice: InvoiceInput,
    storno: date | None,
    storno_events: Mapping[int | None, date],
    *,
    direct_debit: bool,
) -> date | None:
    """The latest storno of the invoice: its own date, an event naming it, or (for a direct debit
    due by then) an event naming no invoice."""
    candidate = storno_events.get(invoice.id)
    if candidate is not None and (storno is None or candidate > storno):
        storno = candidate
    candidate = storno_events.get(None)
    if (
        candidate is not None
        and direct_debit
        and invoice.due_date <= candidate
        and (storno is None or candidate > storno)
    ):
        storno = candidate
    return storno


def _why_nothing(
    plan: _Plan,
    items: list[_Item],
    customer: CustomerInput,
    ctx: _Context,
    *,
    holds: list[HoldInput] | tuple[HoldInput, ...],
    customer_holds: list[HoldInput],
    net_overdue: Decimal,
    waiting_direct_debit: bool,
    residual: bool,
    credits: Decimal,
    charges_only: bool = False,
) -> Message:
    """Why no step is due for a customer the policy could dun. ``charges_only``: no invoice is open,
    but charges are (the principal was paid, the collection costs or interest were not): the row
    stays in the queue so they are not lost silently; the clerk asks for them, waives them or hands
    them over."""
    if customer_holds:
        return _hold_message(customer_holds[0], None)
    if any(not item.held for item in items):
        return _next_step_message(plan, items, net_overdue, customer, ctx)
    if items:
        first = items[0]
        hold = next(h for h in holds if h.invoice_id == first.invoice.id)
        return _hold_message(hold, first.invoice.number)
    if waiting_direct_debit:
        return _shared("dunning.blocked.direct_debit")
    if residual:
        return _msg("dunning.blocked.residual", tolerance=plan.policy.tolerance)
    if credits < 0:
        return _msg("dunning.blocked.credit", amount=-credits)
    if charges_only:
        open_charges = ctx.charges.get(customer.id)
        if open_charges:
            return _msg(
                CHARGES_OPEN,
                amount=sum((bucket.total for bucket in open_charges.values()), ZERO),
            )
    return _shared("dunning.blocked.nothing_open")


_DEFAULT_TOLERANCE = Policy(id=0, name="", steps=()).tolerance
_NOTHING_TAKEN: Mapping[str, _Taken] = {}
_NO_CHARGES: Mapping[ChargeKind, _Charges] = {}
_NO_RANKS: Mapping[str, int] = {}
_NO_REASONS: frozenset[HoldReason] = frozenset()


# --------------------------------------------------------------------------- which step is due


def _condition_holds(step: Step, item: _Item, customer_type: CustomerType, net: Decimal) -> bool:
    condition = step.condition
    if condition.payment_method is not None and condition.payment_method is not item.method:
        return False
    if condition.customer_type is not None and condition.customer_type is not customer_type:
        return False
    return condition.min_overdue is None or net >= condition.min_overdue


def _letter_required(plan: _Plan, customer_type: CustomerType) -> bool:
    """No invoice skips the policy's 14-day letter: every consumer; a business when its policy
    requires the letter."""
    return plan.letter is not None and (
        customer_type is not _BUSINESS or plan.policy.requires_fourteen_day_letter
    )


def _escalation_due(  # noqa: PLR0917 - once per invoice: a keyword argument costs ~50 ns a call
    plan: _Plan,
    item: _Item,
    customer_type: CustomerType,
    net: Decimal,
    today_ord: int,
    letter_required: bool,
    ctx: _Context,
) -> None:
    """Sets the highest escalation step due for the item. Missed ones below it never fire, except
    the 14-day letter where it is required (``letter_required``, see :func:`_letter_required`):
    steps ranked above it wait until the letter was taken for the invoice, when its condition holds.
    A hand-over after the 14-day letter waits until the letter's term has passed for the invoice,
    and a hand-over is never the first step taken for an invoice (see the module doc)."""
    ref = item.ref
    days = today_ord - ref
    level = item.level
    if item.taken and today_ord < item.rest_until:
        return  # the customer heard about this invoice a moment ago (see REST_DAYS)
    barrier: int | None = None
    handover: tuple[int, Step, int] | None = None
    if letter_required:
        letter_rank, letter_step = plan.letter  # type: ignore[misc]
        if level < letter_rank and _condition_holds(letter_step, item, customer_type, net):
            barrier = letter_rank
    for rank, step, offset, previous, pre, fourteen, method, kind, minimum, waits in plan.fast:
        if rank <= level:
            return
        if barrier is not None and rank > barrier:
            continue
        if (
            waits
            and letter_required
            and not _letter_term_passed(item.invoice.customer_id, item.invoice.id, ctx)
        ):
            continue
        if method is not None and method is not item.method:
            continue
        if kind is not None and kind is not customer_type:
            continue
        if minimum is not None and net < minimum:
            continue
        if previous:
            if item.level_out is None:
                continue
            due_on = item.level_out.toordinal() + offset
            if due_on > today_ord:
                continue
        else:
            if offset > days:
                continue
            if pre and today_ord >= item.invoice.due_date.toordinal():
                continue  # a pre-reminder expires at the due date
            due_on = ref + offset
        if fourteen and not item.overdue:
            continue
        if level < 0 and handover is None and _hands_over(step):
            # never the first step for an invoice: the latest written step below it goes first
            handover = (rank, step, due_on)
            continue
        item.rank, item.step, item.due_on = rank, step, due_on
        return
    if handover is not None:  # no step below it applies: the hand-over after all
        item.rank, item.step, item.due_on = handover


def _item_events(item: _Item, events: Iterable[TriggerEvent]) -> list[_Event]:
    found: list[_Event] = []
    if item.storno is not None:
        found.append(_Event(Trigger.STORNO, item.storno))
    invoice_id = item.invoice.id
    for event in events:
        if event.trigger is Trigger.STORNO:
            continue  # folded into item.storno
        if not event.invoice_ids or invoice_id in event.invoice_ids:
            found.append(_Event(event.trigger, event.on, event.amount, event.event_id))
    return found


def _trigger_due(
    plan: _Plan,
    item: _Item,
    events: Iterable[TriggerEvent],
    *,
    customer_type: CustomerType,
    net: Decimal,
    today_ord: int,
) -> None:
    """Replaces the item's step by a higher-ranked trigger step answering an unanswered event; a
    broken promise's step replaces an escalation step whatever its rank (see :func:`_wins`)."""
    for event in _item_events(item, events):
        steps = plan.triggers.get(event.trigger)
        if not steps:
            continue
        if item.held and not item.held <= _PASSES[event.trigger]:
            continue
        on_ord = event.on.toordinal()
        for rank, step in steps:
            if not _wins(item, rank, event.trigger):
                continue
            due_on = on_ord + step.offset_days
            if due_on > today_ord or not _condition_holds(step, item, customer_type, net):
                continue
            # a request before the event (an instalment's) is answered from its own date on
            if _answered(plan, item, rank, min(event.on, date.fromordinal(due_on))):
                continue
            item.rank, item.step, item.due_on, item.event = rank, step, due_on, event


def _wins(item: _Item, rank: int, trigger: Trigger) -> bool:
    """Whether a trigger step of ``rank`` replaces the step found for the item so far: a higher rank
    wins; a broken promise's step also wins over an escalation step (the customer hears about the
    promise first; the escalation follows from the next run), never over another trigger's step."""
    if rank > item.rank:
        return True
    return trigger is Trigger.BROKEN_PROMISE and item.step is not None and item.event is None


def _answers_broken_promise(item: _Item) -> bool:
    return item.event is not None and item.event.trigger is Trigger.BROKEN_PROMISE


def _by_due_date(item: _Item) -> tuple[date, str, int]:
    """The order of the invoices an action lists."""
    invoice = item.invoice
    return invoice.due_date, invoice.number, invoice.id


def _before(item: _Item, top: _Item) -> bool:
    """Whether the item's step is the customer's action rather than ``top``'s: a broken promise's
    step first (as for one invoice, see :func:`_wins`), else the highest rank."""
    broken, top_broken = _answers_broken_promise(item), _answers_broken_promise(top)
    if broken != top_broken:
        return broken
    return item.rank > top.rank


def _answered(plan: _Plan, item: _Item, rank: int, since: date) -> bool:
    """A step ranked at least ``rank`` was taken for the item on or after ``since``."""
    return any(
        plan.rank.get(key, -1) >= rank and taken.planned_on >= since
        for key, taken in item.taken.items()
    )


def _decide(
    customer: CustomerInput,
    plan: _Plan,
    items: list[_Item],
    events: Iterable[TriggerEvent],
    ctx: _Context,
    *,
    credits: Decimal,
    credit_ids: list[int],
    net_overdue: Decimal,
) -> tuple[ProposedAction | None, Message | None]:
    today_ord = ctx.today_ord
    customer_type = customer.customer_type
    due: list[_Item] = []

    letter_required = _letter_required(plan, customer_type)
    for item in items:
        if not item.held:
            _escalation_due(plan, item, customer_type, net_overdue, today_ord, letter_required, ctx)
        if events or item.storno is not None:
            _trigger_due(
                plan,
                item,
                events,
                customer_type=customer_type,
                net=net_overdue,
                today_ord=today_ord,
            )
        if item.step is not None:
            due.append(item)
    if due and plan.pre:
        # a pre-reminder is a courtesy: none while the customer rests from another step
        resting = any(item.taken and today_ord < item.rest_until for item in items)
        if resting:
            due = [item for item in due if item.rank not in plan.pre]
    if not due:
        return None, None
    top = due[0]
    if len(due) > 1:
        if events:
            for item in due:
                if _before(item, top):
                    top = item
        else:
            # no events: no broken promise either, the highest rank (the first of equals) wins
            for item in due:
                if item.rank > top.rank:
                    top = item
    step = top.step
    assert step is not None
    pre_ranks = plan.pre
    pre = top.rank in pre_ranks
    if len(due) == 1:
        chosen = due
    else:
        fourteen = step.fourteen_day_letter
        chosen = [
            item
            for item in due
            if (item.rank in pre_ranks) is pre and (item.overdue or not fourteen)
        ]
    policy = plan.policy
    if len(chosen) > 1:
        chosen.sort(key=_by_due_date)
    # one pass over the chosen invoices (in the order the action lists them)
    principal = ZERO
    overdue_principal = ZERO
    ids: list[int] = []
    numbers: list[str] = []
    for item in chosen:
        invoice = item.invoice
        amount = invoice.open_amount
        principal += amount
        if item.overdue:
            overdue_principal += amount
        ids.append(invoice.id)
        numbers.append(invoice.number)
    basis = principal + credits if pre or step.trigger is not None else net_overdue
    if basis <= policy.tolerance:
        return None, _msg(
            "dunning.blocked.within_tolerance",
            step=step.name,
            amount=basis,
            tolerance=policy.tolerance,
        )
    if basis < policy.min_amount:
        return None, _msg(
            "dunning.blocked.below_minimum", step=step.name, amount=basis, minimum=policy.min_amount
        )
    decisions = _channels(step, customer, pre, ctx)
    if not decisions:
        return None, _msg("dunning.blocked.unreachable", step=step.name)

    if credit_ids:
        ids += credit_ids
    invoice_ids = tuple(ids)
    overdue_amount = overdue_principal + credits if overdue_principal else ZERO
    overdue_amount = max(overdue_amount, ZERO)
    costs, interest, fee, announced = _action_charges(
        customer, policy, step, chosen, ctx, overdue_amount=overdue_amount
    )
    due_on = ctx.dates.get(top.due_on)
    if due_on is None:
        due_on = ctx.dates[top.due_on] = date.fromordinal(top.due_on)
    event = top.event
    action: ProposedAction = _new_action(
        customer.id,
        policy.id,
        step.key,
        step.name,
        decisions,  # channels
        invoice_ids,
        due_on,
        step.template,
        step.tone,
        principal + credits,  # open_amount
        overdue_amount,
        costs,
        interest,
        fee,
        step.fourteen_day_letter,
        announced,  # costs_announced
        lazy_message(  # reason
            _reason,
            (
                step,
                event,
                pre,
                top.level,
                top.level_out,
                plan,
                numbers,
                chosen[0].invoice.due_date,  # sorted by due date
                ctx.today,
                due_on,
            ),
        ),
        event.amount if event is not None else None,  # trigger_amount
        event.trigger if event is not None else None,  # trigger
        event.on if event is not None else None,  # trigger_on
        event.event_id if event is not None else None,  # trigger_event_id
    )
    return action, None


# --------------------------------------------------------------------------- channels


def _why_not(channel: ActionChannel, customer: CustomerInput, fourteen_day: bool) -> str | None:
    """Why the channel cannot reach the customer (a message code part), None when it can."""
    if channel is ActionChannel.SMS:
        if fourteen_day:
            return "sms_not_legal"
        if not customer.has_mobile:
            return "no_mobile"
        if customer.mobile_undelivered:
            return "mobile_undelivered"
        return "sms_opt_out" if customer.opt_out_sms else None
    if channel is ActionChannel.EMAIL:
        if not customer.has_email:
            return "no_email"
        if customer.opt_out_email:
            return "email_opt_out"
        return "no_email_consent" if fourteen_day and not customer.email_consent else None
    if channel is ActionChannel.LETTER:
        return None if customer.has_address else "no_address"
    if channel is ActionChannel.CALL:
        if not (customer.has_mobile or customer.has_landline):
            return "no_phone"
        return "call_opt_out" if customer.opt_out_call else None
    return None


_SHARED_MESSAGES: dict[str, Message] = {}


def _shared(code: str) -> Message:
    """Messages without values are shared (they are immutable)."""
    message = _SHARED_MESSAGES.get(code)
    if message is None:
        message = _SHARED_MESSAGES[code] = Message(code)
    return message


def _resolve(
    choice: ChannelChoice, customer: CustomerInput, fourteen_day: bool
) -> tuple[ActionChannel | None, Message]:
    first_why: str | None = None
    for channel in (choice.channel, *choice.fallback):
        why = _why_not(channel, customer, fourteen_day)
        if why is None:
            if first_why is None:
                return channel, _shared(f"dunning.channel.planned.{channel.value}")
            return channel, _shared(f"dunning.channel.{first_why}.{channel.value}")
        if first_why is None:
            first_why = why
    return None, _shared(f"dunning.channel.{first_why}.none")


def _send_on(channel: ActionChannel, pre: bool, customer: CustomerInput, ctx: _Context) -> date:
    payday = customer.preferred_payment_day if channel in _PAYDAY_CHANNELS and not pre else None
    key = (channel, ctx.today, payday, pre)
    found = ctx.send_on.get(key)
    if found is None:
        found = next_allowed_day(channel.value, ctx.today, ctx.windows)
        if payday is not None:
            shifted = shift_for_payday(found, payday, ctx.payday_window)
            if shifted != found:
                found = next_allowed_day(channel.value, shifted, ctx.windows)
        ctx.send_on[key] = found
    return found


def _channels(
    step: Step, customer: CustomerInput, pre: bool, ctx: _Context
) -> tuple[ChannelDecision, ...]:
    """The step's channels for the customer; the same contact details give the same (shared,
    immutable) decisions, so they are worked out once per run."""
    key = (
        id(step),
        customer.has_mobile,
        customer.has_landline,
        customer.has_email,
        customer.has_address,
        customer.email_consent,
        customer.opt_out_sms,
        customer.opt_out_email,
        customer.opt_out_call,
        customer.preferred_payment_day,
        pre,
    )
    found = ctx.channels.get(key)
    if found is None:
        found = ctx.channels[key] = _work_out_channels(step, customer, pre, ctx)
    return found


def _work_out_channels(
    step: Step, customer: CustomerInput, pre: bool, ctx: _Context
) -> tuple[ChannelDecision, ...]:
    """Each channel once: a channel of the step that falls back to a channel already chosen adds
    its reason to that decision (``fallback_reasons``) rather than a second message."""
    found: dict[ActionChannel, tuple[ActionChannel, Message, list[Message]]] = {}
    for choice in step.channels:
        channel, reason = _resolve(choice, customer, step.fourteen_day_letter)
        if channel is None:
            continue
        known = found.get(channel)
        if known is None:
            found[channel] = (choice.channel, reason, [])
        elif channel is not choice.channel:
            known[2].append(reason)
    return tuple(
        ChannelDecision(
            requested, channel, reason, _send_on(channel, pre, customer, ctx), tuple(fallbacks)
        )
        for channel, (requested, reason, fallbacks) in found.items()
    )


# --------------------------------------------------------------------------- charges


def _hands_over(step: Step) -> bool:
    return any(
        choice.channel is ActionChannel.HANDOVER or ActionChannel.HANDOVER in choice.fallback
        for choice in step.channels
    )


def _waits_for_letter_term(plan: _Plan, rank: int, step: Step, customer_type: CustomerType) -> bool:
    """A hand-over ranked after the policy's 14-day letter waits for the letter's term, where the
    letter is required (every consumer; a business when its policy requires the letter)."""
    return (
        plan.letter is not None
        and rank > plan.letter[0]
        and _hands_over(step)
        and (customer_type is not _BUSINESS or plan.policy.requires_fourteen_day_letter)
    )


def _letter_term_end(customer_id: int, invoice_id: int, ctx: _Context) -> date | None:
    """The first day after the term of the earliest valid (not void) 14-day letter covering the
    invoice (its ``costs_from``), or None when no such letter went out."""
    ends = [
        letter.costs_from
        for letter in ctx.letters.get(customer_id, ())
        if not letter.void and (not letter.invoice_ids or invoice_id in letter.invoice_ids)
    ]
    return min(ends, default=None)


def _letter_term_passed(customer_id: int, invoice_id: int, ctx: _Context) -> bool:
    """A valid 14-day letter covering the invoice has gone out and its term has passed."""
    end = _letter_term_end(customer_id, invoice_id, ctx)
    return end is not None and end <= ctx.today


def _valid_letter_costs(customer_id: int, invoice_ids: set[int], ctx: _Context) -> Decimal | None:
    """The costs of valid 14-day letters for these invoices whose costs date has come; None: none."""
    total: Decimal | None = None
    for letter in ctx.letters.get(customer_id, ()):
        if letter.void or letter.costs_from > ctx.today:
            continue
        if letter.invoice_ids and not (letter.invoice_ids & invoice_ids):
            continue
        total = letter.costs_amount if total is None else total + letter.costs_amount
    return total


def _action_charges(
    customer: CustomerInput,
    policy: Policy,
    step: Step,
    chosen: list[_Item],
    ctx: _Context,
    *,
    overdue_amount: Decimal,
) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    charges = ctx.charges.get(customer.id, _NO_CHARGES)
    costs_charged = customer.id in ctx.costs_charged
    costs = charges[_COSTS].total if _COSTS in charges else ZERO
    business = customer.customer_type is _BUSINESS
    if step.charges_costs and not costs_charged:
        if business and not policy.requires_fourteen_day_letter:
            costs += _collection_costs(overdue_amount, ctx.vat_rate)
        else:
            letter_costs = (
                _valid_letter_costs(customer.id, {item.invoice.id for item in chosen}, ctx)
                if customer.id in ctx.letters
                else None
            )
            if letter_costs is not None:
                costs += letter_costs
    open_interest = charges.get(_INTEREST)
    interest = open_interest.total if open_interest is not None else ZERO
    if policy.statutory_interest and step.trigger is not Trigger.INSTALMENT_DUE:
        # a term's request asks the term: the arrangement fixed the amount, no new interest
        interest += _interest_estimate(
            [item for item in chosen if item.overdue], customer, open_interest, ctx
        )
    fee = charges[_FEE].total if _FEE in charges else ZERO
    if business:
        fee += step.fee
    announced = ZERO
    if step.fourteen_day_letter and not costs_charged:
        announced = _collection_costs(overdue_amount, ctx.vat_rate)
    return costs, interest, fee, announced


#: the scale's first band (a band without upper limit would leave the shortcut unused)
_FIRST_BAND_WIDTH = BIK_BANDS[0][0] or ZERO
_FIRST_BAND_RATE = BIK_BANDS[0][1]
_ZERO = Decimal(0)


def _collection_costs(principal: Decimal, vat_rate: Decimal | None) -> Decimal:
    """:func:`~debtordesk.domain.legal_costs.collection_costs` without the breakdown objects the
    general calculation builds (most queue rows with a 14-day letter need it), with a shortcut for the
    usual claim that stays within the scale's first band (the first band's rate)."""
    amount = principal.quantize(CENT, ROUNDING)
    if amount <= _ZERO or (vat_rate is not None and vat_rate < 0):
        return collection_costs(principal, vat_rate=vat_rate)
    if amount <= _FIRST_BAND_WIDTH:
        costs = (amount * _FIRST_BAND_RATE).quantize(CENT, ROUNDING)
    else:
        # the scale band by band, as legal_costs.scale_parts adds it up, without its part objects
        scale = _ZERO
        remaining = amount
        for width, rate in BIK_BANDS:
            if remaining <= _ZERO:
                break
            base = remaining if width is None or remaining < width else width
            scale += base * rate
            remaining -= base
        costs = scale.quantize(CENT, ROUNDING)
    if costs < BIK_MINIMUM:
        costs = BIK_MINIMUM
    elif costs > BIK_MAXIMUM:
        costs = BIK_MAXIMUM
    return costs + (costs * vat_rate).quantize(CENT, ROUNDING) if vat_rate is not None else costs


def _interest_factor(due: date, commercial: bool, ctx: _Context) -> Decimal:
    """Unrounded statutory interest on one euro from the day after ``due`` through today."""
    key = (due, commercial)
    factor = ctx.interest_factor.get(key)
    if factor is None:
        factor = ZERO
        if ctx.rates and due < ctx.today:
            start = max(due, ctx.rates[0].valid_from - timedelta(days=1))
            if start < ctx.today:
                factor = statutory_interest(
                    _ONE, start, ctx.today, ctx.rates, commercial=commercial
                ).unrounded
        ctx.interest_factor[key] = factor
    return factor


def _interest_estimate(
    items: list[_Item], customer: CustomerInput, recorded: _Charges | None, ctx: _Context
) -> Decimal:
    if recorded is not None and recorded.customer_level:
        return ZERO
    commercial = customer.customer_type is _BUSINESS
    total = Decimal(0)
    for item in items:
        if recorded is not None and item.invoice.id in recorded.invoices:
            continue
        total += item.invoice.open_amount * _interest_factor(item.invoice.due_date, commercial, ctx)
    return quantize(total)


# --------------------------------------------------------------------------- reasons


def _invoice_list(numbers: list[str]) -> str:
    if len(numbers) <= _REASON_INVOICES:
        return ", ".join(numbers)
    return ", ".join(numbers[:_REASON_INVOICES]) + f", +{len(numbers) - _REASON_INVOICES}"


def _reason(  # noqa: PLR0917 - called by lazy_message with the tuple _decide keeps
    step: Step,
    event: _Event | None,
    pre: bool,
    level: int,
    level_out: date | None,
    plan: _Plan,
    numbers: list[str],
    oldest: date,
    today: date,
    since: date,
) -> Message:
    """Why the step is due: for the top item's ``event``, as a pre-reminder (``pre``), after the
    previous step (the top item's ``level`` and when it went out) or as overdue since the ``oldest``
    due date of the chosen invoices (``numbers``, sorted by due date). Worked out when the reason is
    first read (see :func:`~debtordesk.domain.messages.lazy_message`): of tens of thousands of
    proposed actions only the ones the clerk looks at need their words."""
    suffix = ".one" if len(numbers) == 1 else ""
    invoices = _invoice_list(numbers)
    if event is not None:
        return _msg(
            f"dunning.reason.{event.trigger.value}{suffix}",
            step=step.name,
            since=since,
            on=event.on,
            invoices=invoices,
        )
    if pre:
        return _msg(
            f"dunning.reason.pre_reminder{suffix}",
            step=step.name,
            since=since,
            invoices=invoices,
            due=oldest,
        )
    if step.offset_from is _PREVIOUS_STEP and level >= 0:
        return _msg(
            f"dunning.reason.after_previous{suffix}",
            step=step.name,
            since=since,
            invoices=invoices,
            previous=plan.policy.steps[level].name,
            went_out=level_out,
            days=step.offset_days,
        )
    return _msg(
        f"dunning.reason.overdue{suffix}",
        step=step.name,
        since=since,
        invoices=invoices,
        days=(today - oldest).days,
    )


def _hold_message(hold: HoldInput, invoice_number: str | None) -> Message:
    """What the hold says; the ``.note`` variant ends with the hold's note, when it has one."""
    scope = "invoice_hold" if invoice_number is not None else "hold"
    until = ".until" if hold.until is not None else ""
    note = hold.note.strip()
    return _msg(
        f"dunning.blocked.{scope}.{hold.reason.value}{until}{'.note' if note else ''}",
        until=hold.until,
        invoice=invoice_number,
        note=note,
    )


def _next_step_message(
    plan: _Plan, items: list[_Item], net: Decimal, customer: CustomerInput, ctx: _Context
) -> Message:
    """Why nothing is due: the next step and its date, or what it waits for."""
    today_ord = ctx.today.toordinal()
    best: tuple[int, Step] | None = None
    waiting: tuple[Step, str] | None = None
    letter_wait: tuple[Step, date | None] | None = None
    for item in items:
        if item.held:
            continue
        for rank, step in reversed(plan.escalation):
            if rank <= item.level:
                continue
            if not _condition_holds(step, item, customer.customer_type, net):
                continue
            if _waits_for_letter_term(plan, rank, step, customer.customer_type):
                term = _letter_term_end(customer.id, item.invoice.id, ctx)
                if term is None or term > ctx.today:
                    letter_wait = letter_wait or (step, term)
                    break
            if step.offset_from is OffsetBase.PREVIOUS_STEP:
                if item.level_out is None:
                    if item.level >= 0 and waiting is None:
                        waiting = (step, plan.policy.steps[item.level].name)
                    continue
                due_on = item.level_out.toordinal() + step.offset_days
            else:
                due_on = item.ref + step.offset_days
                if step.offset_days < 0 and due_on <= today_ord:
                    continue  # a pre-reminder whose time has passed (or expired)
            if item.taken:
                due_on = max(due_on, item.rest_until)
            if due_on > today_ord and (best is None or due_on < best[0]):
                best = (due_on, step)
            break
    if best is not None:
        return _msg("dunning.blocked.next_step", step=best[1].name, on=date.fromordinal(best[0]))
    if waiting is not None:
        return _msg("dunning.blocked.waiting_previous", step=waiting[0].name, previous=waiting[1])
    if letter_wait is not None:
        step, term = letter_wait
        if term is None:
            return _msg("dunning.blocked.waiting_letter", step=step.name)
        return _msg("dunning.blocked.waiting_term", step=step.name, on=term)
    return _msg("dunning.blocked.no_further_step")


# --------------------------------------------------------------------------- the queue


def compute_queue(data: DunningInput) -> tuple[CustomerQueueRow, ...]:
    """One row per customer with anything open or held, sorted by customer id (see the module doc).

    The cycle collector is paused meanwhile: the run makes hundreds of thousands of small objects
    without reference cycles, and each collection would walk the whole input again (reference counting
    frees everything as usual; see :func:`_resume_collector`). Only on the main thread: see
    :func:`debtordesk.services.dunning_queue.collector_paused`.
    """
    was_enabled = gc.isenabled() and threading.current_thread() is threading.main_thread()
    if was_enabled:
        gc.disable()
    try:
        ctx = _context(data)
        rows: list[CustomerQueueRow] = []
        for customer in sorted(data.customers, key=_BY_ID):
            row = _compute_row(customer, ctx)
            if row is not None:
                rows.append(row)
        return tuple(rows)
    finally:
        if was_enabled:
            _resume_collector()


def _resume_collector() -> None:
    """The collector back on, the objects made meanwhile moved to the oldest generation unlooked-at
    (``gc.freeze()`` then ``gc.unfreeze()``): else the first allocation after ``gc.enable()`` walks
    every one of them in a young collection. They wait for the next full collection, which still
    frees any cycle among them. Objects someone froze on purpose stay frozen (a plain enable)."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
    gc.enable()


#: a customer's id (``attrgetter``: no Python call per customer)
_BY_ID = attrgetter("id")
