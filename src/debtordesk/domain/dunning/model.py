"""The vocabulary of the dunning engine: policies and their steps, the plain input the engine decides
from, and the actions it proposes.

Everything here is a frozen dataclass over plain values (Decimal, date, str, int), so that the engine
(:mod:`debtordesk.domain.dunning.engine`) is a pure function: the services load these in a few set-based
queries, call the engine, and store what the clerk confirms. Ids are the database ids, but the engine
only compares them; it never looks anything up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from debtordesk.domain.calendar import DEFAULT_SENDING_WINDOWS, SendingWindow
from debtordesk.domain.enums import Channel, CustomerType, PaymentMethod
from debtordesk.domain.legal_interest import DEFAULT_INTEREST_RATES, InterestRate
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO

# --------------------------------------------------------------------------- vocabularies


class ActionChannel(StrEnum):
    """How a step reaches the customer. ``SMS`` is an SMS payment request (text plus payment link)."""

    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"
    CALL = "call"
    HANDOVER = "handover"


class OffsetBase(StrEnum):
    """What a step's ``offset_days`` count from."""

    DUE_DATE = "due_date"  # days after the invoice's due date (negative: a pre-reminder)
    PREVIOUS_STEP = "previous_step"  # days after the previous step actually went out
    TRIGGER = (
        "trigger"  # days after the trigger event (a storno, an instalment due, a broken promise)
    )


class Trigger(StrEnum):
    """Events that start or jump steps."""

    STORNO = "storno"  # a direct debit was returned
    INSTALMENT_DUE = "instalment_due"  # a term of a payment arrangement falls due
    BROKEN_PROMISE = "broken_promise"  # a promise to pay was not kept


class Tone(StrEnum):
    FORMAL = "formal"
    INFORMAL = "informal"


class HoldReason(StrEnum):
    """Why dunning pauses. ``PAID_VIA_LINK`` and ``REPORTED_PAID`` survive a new open-items snapshot."""

    MANUAL = "manual"
    DISPUTE = "dispute"
    PAID_VIA_LINK = "paid_via_link"
    REPORTED_PAID = "reported_paid"  # the customer says it is already paid
    PROMISE = "promise"  # a promise to pay runs until its date
    ARRANGEMENT = "arrangement"  # a payment arrangement replaces normal dunning


class DunningStatus(StrEnum):
    """A customer's dunning state beyond the steps."""

    ACTIVE = "active"
    HANDED_OVER = "handed_over"  # with a collection agency: dunning stops
    WRITTEN_OFF = "written_off"


class CommunicationStatus(StrEnum):
    """The one state machine of every communication, whatever its channel.

    planned -> prepared (reference and payment link assigned) -> queued (message) or generated (letter)
    -> sent or printed -> delivered or dispatched; or failed, cancelled, uncertain.
    """

    PLANNED = "planned"
    PREPARED = "prepared"
    QUEUED = "queued"
    GENERATED = "generated"
    SENDING = "sending"
    SENT = "sent"
    PRINTED = "printed"
    DELIVERED = "delivered"
    DISPATCHED = "dispatched"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNCERTAIN = "uncertain"


class ChargeKind(StrEnum):
    COSTS = "costs"  # extrajudicial collection costs (BIK scale)
    INTEREST = "interest"  # statutory (or agreed) interest
    FEE = "fee"  # a reminder fee: business customers only


class ChargeStatus(StrEnum):
    OPEN = "open"
    PAID = "paid"
    WAIVED = "waived"


# --------------------------------------------------------------------------- policies


@dataclass(frozen=True)
class StepCondition:
    """A step applies only to invoices and customers that match every field that is set."""

    payment_method: PaymentMethod | None = None
    customer_type: CustomerType | None = None
    #: the customer's net overdue amount must be at least this much
    min_overdue: Decimal | None = None


@dataclass(frozen=True)
class ChannelChoice:
    """One channel of a step with its own fallback chain, tried in order when the channel cannot be
    used for this customer (no mobile number, no e-mail address, opted out, no postal address)."""

    channel: ActionChannel
    fallback: tuple[ActionChannel, ...] = ()


@dataclass(frozen=True)
class Step:
    """One step of a policy. ``key`` is stable within its policy (communications refer to it), the
    ``name`` is what the clerk sees and may change."""

    key: str
    name: str
    offset_days: int
    offset_from: OffsetBase = OffsetBase.DUE_DATE
    #: set for a step that only answers that event (``offset_from`` is then TRIGGER)
    trigger: Trigger | None = None
    condition: StepCondition = field(default_factory=StepCondition)
    channels: tuple[ChannelChoice, ...] = ()
    template: str = ""
    tone: Tone = Tone.FORMAL
    #: a reminder fee; refused on steps that can reach consumers (their whole compensation is the BIK)
    fee: Decimal = ZERO
    #: the legal 14-day letter (WIK): announces the exact collection costs
    fourteen_day_letter: bool = False
    #: charges the collection costs (business customers per policy; consumers only after the 14-day
    #: letter's term has passed)
    charges_costs: bool = False


@dataclass(frozen=True)
class Policy:
    id: int
    name: str
    steps: tuple[Step, ...]
    #: customers whose net overdue amount is below this are not dunned
    min_amount: Decimal = Decimal("5.00")
    #: residuals within this tolerance count as paid (per invoice and for the net overdue amount)
    tolerance: Decimal = Decimal("1.00")
    #: business policies may ask for the 14-day letter before costs anyway
    requires_fourteen_day_letter: bool = True
    #: the policy is meant for these customers only (a business policy may carry fees); a customer of
    #: the other type who ends up with it (an override, a segment rule) is not dunned by it
    customer_type: CustomerType | None = None
    #: show statutory interest over the overdue invoices in the queue and on the step (estimated by the
    #: engine from the interest rate table; recorded as a charge only when the step is run)
    statutory_interest: bool = False


@dataclass(frozen=True)
class SegmentRule:
    """Chooses a policy: the first rule (lowest ``priority``) whose every set field matches wins."""

    name: str
    policy_id: int
    priority: int = 100
    customer_type: CustomerType | None = None
    #: the customer has at least one of these tags
    tags: frozenset[str] = frozenset()
    min_average_days_late: Decimal | None = None
    min_stornos_12_months: int | None = None
    preferred_channel: Channel | None = None


# --------------------------------------------------------------------------- input


@dataclass(frozen=True)
class PaymentScore:
    """A customer's payment behaviour from history: closed invoices with paid dates, and stornos."""

    invoices_paid: int = 0
    average_days_late: Decimal = ZERO
    stornos_12_months: int = 0


@dataclass(frozen=True, slots=True)
class CustomerInput:
    id: int
    number: str
    customer_type: CustomerType
    language: str = "nl"
    has_mobile: bool = False
    has_email: bool = False
    has_address: bool = False
    #: the customer agreed to receive legal notices (the 14-day letter) by e-mail
    email_consent: bool = False
    opt_out_sms: bool = False
    opt_out_email: bool = False
    opt_out_call: bool = False
    preferred_channel: Channel | None = None
    #: day of the month the customer is paid (benefits around the 10th, salaries the 25th)
    preferred_payment_day: int | None = None
    #: a direct-debit mandate is on file and valid
    mandate_valid: bool = False
    tags: frozenset[str] = frozenset()
    segment: str | None = None
    policy_override_id: int | None = None
    status: DunningStatus = DunningStatus.ACTIVE
    score: PaymentScore = field(default_factory=PaymentScore)
    #: a landline number: a call can reach the customer without a mobile number
    has_landline: bool = False
    #: the last SMS to the customer's present mobile number did not arrive (the provider said so):
    #: the next SMS step falls back to the next channel until the number changes or an SMS arrives
    mobile_undelivered: bool = False


@dataclass(frozen=True, slots=True)
class InvoiceInput:
    """An open invoice (or credit note: a negative open amount)."""

    id: int
    customer_id: int
    number: str
    due_date: date
    amount: Decimal
    open_amount: Decimal
    invoice_date: date | None = None
    payment_method: PaymentMethod = PaymentMethod.MANUAL
    storno_date: date | None = None


@dataclass(frozen=True)
class HoldInput:
    """A hold on one invoice or (``invoice_id`` None) on the whole customer; ``until`` None: until lifted."""

    id: int
    customer_id: int
    reason: HoldReason
    invoice_id: int | None = None
    until: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class PastStep:
    """A step that was taken (a communication that is not cancelled or failed) for some invoices."""

    customer_id: int
    policy_id: int
    step_key: str
    invoice_ids: frozenset[int]
    channel: ActionChannel
    planned_on: date
    #: when it actually went out (dispatch date of a letter, sent date of a message); None: not yet
    went_out_on: date | None = None
    status: CommunicationStatus = CommunicationStatus.PLANNED


@dataclass(frozen=True)
class TriggerEvent:
    customer_id: int
    trigger: Trigger
    on: date
    invoice_ids: frozenset[int] = frozenset()
    #: the amount concerned (the instalment's amount, the promised amount), when there is one
    amount: Decimal | None = None
    #: the stored event's id (the services find the promise or arrangement term it came from)
    event_id: int | None = None


@dataclass(frozen=True)
class FourteenDayLetterInput:
    """The evidence of a 14-day letter; costs may be charged from ``costs_from`` when not void."""

    customer_id: int
    invoice_ids: frozenset[int]
    dispatched_on: date
    receipt_on: date
    costs_from: date
    costs_amount: Decimal
    void: bool = False


@dataclass(frozen=True)
class ChargeInput:
    customer_id: int
    kind: ChargeKind
    amount: Decimal
    status: ChargeStatus = ChargeStatus.OPEN
    invoice_id: int | None = None


@dataclass(frozen=True)
class DunningInput:
    """Everything the engine needs for one evaluation date, loaded by the service in set-based queries."""

    today: date
    policies: tuple[Policy, ...]
    segments: tuple[SegmentRule, ...]
    #: the policy of a customer no segment rule matches, by customer type
    default_policy_ids: dict[CustomerType, int]
    customers: tuple[CustomerInput, ...]
    invoices: tuple[InvoiceInput, ...]
    holds: tuple[HoldInput, ...] = ()
    past_steps: tuple[PastStep, ...] = ()
    triggers: tuple[TriggerEvent, ...] = ()
    fourteen_day_letters: tuple[FourteenDayLetterInput, ...] = ()
    charges: tuple[ChargeInput, ...] = ()
    #: the statutory interest table (for policies with ``statutory_interest``)
    interest_rates: tuple[InterestRate, ...] = DEFAULT_INTEREST_RATES
    #: VAT added to collection costs when the organisation cannot deduct VAT (e.g. Decimal("0.21"))
    costs_vat_rate: Decimal | None = None
    #: when each channel may be used, by channel value (see domain/calendar.py)
    sending_windows: Mapping[str, SendingWindow] = field(
        default_factory=lambda: DEFAULT_SENDING_WINDOWS
    )
    #: reminders landing this many days before a customer's payment day move to the day after it
    payday_window_days: int = 5
    #: ``invoices`` grouped by customer id, in the order of ``invoices``, when the loader has them so
    #: from its own pass over the rows (the engine then does not group them again); None: the engine
    #: groups ``invoices`` itself. It must hold exactly the invoices of ``invoices``.
    invoices_by_customer: Mapping[int, Sequence[InvoiceInput]] | None = None


# --------------------------------------------------------------------------- output


@dataclass(frozen=True)
class ChannelDecision:
    """The channel used for one of a step's channels, and why (``reason`` names the fallback cause)."""

    requested: ActionChannel
    channel: ActionChannel | None  # None: no channel of the chain can reach this customer
    reason: Message
    #: the first moment this channel may be used (sending window, payday shift)
    send_on: date
    #: why other channels of the step came down to this one as well (e.g. "no mobile number: e-mail
    #: instead" for the step's SMS when the step also sends an e-mail): one message goes out
    fallback_reasons: tuple[Message, ...] = ()


@dataclass(frozen=True, slots=True)
class ProposedAction:
    """The step due for one customer now: one message lists every invoice concerned."""

    customer_id: int
    policy_id: int
    step_key: str
    step_name: str
    channels: tuple[ChannelDecision, ...]
    invoice_ids: tuple[int, ...]
    #: the date the step became due (before sending windows and payday shifts)
    due_on: date
    template: str
    tone: Tone
    #: open principal of the invoices concerned, and the part of it that is overdue
    open_amount: Decimal
    overdue_amount: Decimal
    #: charges already due (costs, interest, fees) that the amount to pay includes
    costs: Decimal
    interest: Decimal
    fee: Decimal
    fourteen_day_letter: bool
    #: costs a 14-day letter announces: printed apart, not part of the amount to pay yet
    costs_announced: Decimal
    reason: Message
    #: the amount a trigger asks for (an instalment, a promised amount), when the step answers one
    trigger_amount: Decimal | None = None
    #: the event the step answers (None for an escalation step), its date and its stored id
    trigger: Trigger | None = None
    trigger_on: date | None = None
    trigger_event_id: int | None = None


@dataclass(frozen=True, slots=True)
class CustomerQueueRow:
    """One customer in the queue for a date: what is due now (or why nothing is), and the figures."""

    customer_id: int
    policy_id: int | None
    open_amount: Decimal
    overdue_amount: Decimal
    days_overdue: int
    #: the highest step already taken for any open invoice, by key
    current_step: str | None
    action: ProposedAction | None
    #: why no action is due (held, below the minimum, handed over…), when ``action`` is None
    blocked: Message | None
    holds: tuple[HoldInput, ...] = ()
    last_contact: date | None = None
    costs: Decimal = ZERO
    interest: Decimal = ZERO
