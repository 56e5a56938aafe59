"""What the follow-up services return (plain frozen dataclasses, safe to hand to another thread) and
the organisation's follow-up settings they take."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from debtordesk.domain.arrangements import (
    DEFAULT_LIMITS,
    ArrangementLimits,
    ArrangementStatus,
    CostsChoice,
    Interval,
    Term,
    TermStatus,
)
from debtordesk.domain.calls import DEFAULT_CALL_RULES, CallEffect, CallReason, CallRules
from debtordesk.domain.disputes import DisputeStatus
from debtordesk.domain.legal_claims import Allocation
from debtordesk.domain.messages import Message
from debtordesk.domain.promises import PromiseStatus

#: "now" as an aware UTC datetime (tests pass a fixed one)
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class FollowupSettings:
    """The follow-up options (defaults for now; the organisation settings may carry them later)."""

    #: a promise is judged broken only from a snapshot exported this many days after its date; the
    #: promise's hold runs as long, so a payment made on the promise date has time to reach the ledger
    promise_grace_days: int = 5
    #: the open amount may fall short of the promised amount by this much and the promise is kept
    promise_tolerance: Decimal = Decimal("0.00")
    #: a term still unpaid this many days after its due date is missed: the arrangement is broken
    term_grace_days: int = 7
    limits: ArrangementLimits = DEFAULT_LIMITS
    call_rules: CallRules = DEFAULT_CALL_RULES


DEFAULT_SETTINGS = FollowupSettings()


@dataclass(frozen=True)
class OutcomeInfo:
    id: int
    code: str
    label_en: str
    label_nl: str
    reached: bool
    effect: CallEffect | None
    active: bool

    def label(self, language: str) -> str:
        return self.label_nl if language == "nl" else self.label_en


@dataclass(frozen=True)
class PromiseRecord:
    id: int
    customer_id: int
    promised_on: date
    amount: Decimal
    status: PromiseStatus
    made_on: date
    invoice_numbers: tuple[str, ...]
    hold_until: date | None
    decided_on: date | None = None
    decided_from: str | None = None
    paid: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class DisputeRecord:
    id: int
    customer_id: int
    customer_number: str
    customer_name: str
    invoice_id: int | None
    invoice_number: str
    open_amount: Decimal | None
    reason_code: str
    reason_text: str
    status: DisputeStatus
    opened_on: date
    opened_by: str | None
    decided_at: datetime | None
    decision_note: str
    resolved_at: datetime | None
    resolution_note: str
    hold_id: int | None
    version: int


@dataclass(frozen=True)
class CallLogResult:
    """A logged call and what it set in motion."""

    call_id: int
    customer_id: int
    outcome: str
    called_on: date
    #: the call tasks it completed (sent) or cancelled (the call did not reach the customer)
    tasks_done: tuple[int, ...] = ()
    tasks_cancelled: tuple[int, ...] = ()
    promise: PromiseRecord | None = None
    disputes: tuple[DisputeRecord, ...] = ()
    hold_ids: tuple[int, ...] = ()
    #: the contact fields cleared for a wrong number ("mobile", "landline")
    cleared: tuple[str, ...] = ()


@dataclass(frozen=True)
class CallRecord:
    """A logged call, for the customer's call history."""

    id: int
    at: datetime
    called_on: date
    outcome: str
    outcome_en: str
    outcome_nl: str
    note: str
    next_follow_up: date | None
    phone: str | None
    clerk: str | None


@dataclass(frozen=True)
class CallListEntry:
    customer_id: int
    number: str
    name: str
    #: the number to call (mobile first, else the landline) and its click-to-call link
    phone: str | None
    tel_uri: str | None
    email: str | None
    reasons: tuple[CallReason, ...]
    overdue_amount: Decimal
    open_amount: Decimal
    days_overdue: int
    oldest_due: date | None
    assigned_user_id: int | None
    assigned_to: str | None
    last_called_on: date | None
    follow_up_on: date | None
    #: the open call tasks (communications) for the customer
    task_ids: tuple[int, ...]

    @property
    def reason_messages(self) -> tuple[Message, ...]:
        return tuple(Message(f"calls.reason.{reason.value}") for reason in self.reasons)


@dataclass(frozen=True)
class CallList:
    day: date
    entries: tuple[CallListEntry, ...]


@dataclass(frozen=True)
class PromiseCheckItem:
    promise_id: int
    customer_id: int
    customer_number: str
    promised_on: date
    amount: Decimal
    paid: Decimal
    status: PromiseStatus
    decided_from: str | None
    reason: Message


@dataclass(frozen=True)
class ArrangementCheckItem:
    arrangement_id: int
    customer_id: int
    customer_number: str
    status: ArrangementStatus
    total: Decimal
    paid: Decimal
    judged_on: date | None
    #: the first missed term, when it broke
    broken_term: int | None


@dataclass(frozen=True)
class CheckResult:
    """What a check decided: every promise looked at, and the arrangements that changed status."""

    day: date
    promises: tuple[PromiseCheckItem, ...]
    arrangements: tuple[ArrangementCheckItem, ...] = ()

    @property
    def kept(self) -> int:
        return sum(1 for item in self.promises if item.status is PromiseStatus.KEPT)

    @property
    def broken(self) -> int:
        return sum(1 for item in self.promises if item.status is PromiseStatus.BROKEN)


@dataclass(frozen=True)
class TermView:
    number: int
    due: date
    amount: Decimal
    paid: Decimal
    status: TermStatus


@dataclass(frozen=True)
class ArrangementPreview:
    """A schedule before it is saved (the clerk may edit the terms)."""

    customer_id: int
    invoice_ids: tuple[int, ...]
    invoice_numbers: tuple[str, ...]
    principal: Decimal
    #: open costs, interest and fees of those invoices (and of the customer as a whole)
    open_costs: Decimal
    costs_choice: CostsChoice
    total: Decimal
    terms: tuple[Term, ...]
    interval: Interval
    interval_days: int | None
    limits: ArrangementLimits


@dataclass(frozen=True)
class ArrangementRecord:
    id: int
    customer_id: int
    status: ArrangementStatus
    total: Decimal
    principal: Decimal
    costs_choice: CostsChoice
    costs_amount: Decimal
    costs_reason: str
    interval: Interval
    interval_days: int | None
    grace_days: int
    made_on: date
    paid: Decimal
    judged_on: date | None
    invoice_numbers: tuple[str, ...]
    terms: tuple[TermView, ...]
    ended_on: date | None
    broken_term: int | None
    note: str
    version: int
    #: how the paid amount divides over the included costs and the principal (art. 6:44 BW: costs
    #: first; or principal first, as the organisation chose)
    paid_split: Allocation | None = None
    #: the confirmation letter's communication, when one was made
    confirmation_id: int | None = None


@dataclass(frozen=True)
class NoteRecord:
    id: int
    customer_id: int
    invoice_id: int | None
    invoice_number: str | None
    text: str
    at: datetime
    clerk: str | None
