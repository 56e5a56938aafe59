"""The call list, pure: why a customer is on today's list, and in which order the clerk calls.

**Who is on the list** (each reason is kept, the clerk sees them all):

* ``call_step``: the dunning run recorded a call task for the customer that is not done yet;
* ``broken_promise``: a promise to pay was decided broken and nobody called since;
* ``missed_term``: a term of a payment arrangement was missed and nobody called since;
* ``follow_up``: the last call set a follow-up date that has come;
* ``returned_mail``: a letter came back and nobody called since;
* ``undelivered``: an SMS did not arrive (the provider said so) and nobody called since;
* ``no_digital``: no mobile number and no e-mail address, so SMS and e-mail cannot reach the customer,
  with an overdue amount above the minimum that is not on hold, and no call in the last
  ``recall_days`` days (otherwise the same people would fill the list every day).

Nobody is listed who was called today already, who asked not to be called, or whose dunning stopped
(handed over, written off).

**Order.** Broken promises first, then missed terms (an agreement that fails needs a call today), then
the rest; within each group the highest overdue amount first, then the oldest debt, then the customer
number (a stable order for the same facts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from debtordesk.domain.money import ZERO


class CallReason(StrEnum):
    CALL_STEP = "call_step"
    BROKEN_PROMISE = "broken_promise"
    MISSED_TERM = "missed_term"
    FOLLOW_UP = "follow_up"
    RETURNED_MAIL = "returned_mail"
    UNDELIVERED = "undelivered"
    NO_DIGITAL = "no_digital"


class CallEffect(StrEnum):
    """What logging a call with an outcome does besides the log (an outcome has at most one)."""

    #: the customer says it is paid: the queue's reported-paid hold
    REPORTED_PAID = "reported_paid"
    #: the number dialled is not the customer's: it is cleared for dunning (the old value audited)
    WRONG_NUMBER = "wrong_number"
    #: a promise to pay (date and amount): dunning pauses until then
    PROMISE = "promise"
    #: the customer disputes an invoice: a dispute, the invoice held
    DISPUTE = "dispute"
    #: a payment arrangement was agreed (saved from the arrangement form)
    ARRANGEMENT = "arrangement"
    #: referred to municipal debt help: noted on the timeline (the social-collection record)
    DEBT_HELP = "debt_help"


@dataclass(frozen=True)
class OutcomeSeed:
    code: str
    label_en: str
    label_nl: str
    #: the call reached the customer, so the call task is done (else it is asked again)
    reached: bool
    effect: CallEffect | None = None


#: the outcome codes a new database starts with (the team lead may add, relabel or retire codes)
DEFAULT_OUTCOMES: tuple[OutcomeSeed, ...] = (
    OutcomeSeed("reached", "Reached", "Bereikt", True),
    OutcomeSeed("voicemail", "Voicemail", "Voicemail ingesproken", False),
    OutcomeSeed("unreachable", "Unreachable", "Niet bereikbaar", False),
    OutcomeSeed("wrong_number", "Wrong number", "Verkeerd nummer", False, CallEffect.WRONG_NUMBER),
    OutcomeSeed("invoice_not_received", "Invoice not received", "Factuur niet ontvangen", True),
    OutcomeSeed("dispute", "Dispute", "Betwist", True, CallEffect.DISPUTE),
    OutcomeSeed("already_paid", "Already paid", "Al betaald", True, CallEffect.REPORTED_PAID),
    OutcomeSeed("promise_to_pay", "Promise to pay", "Betaalbelofte", True, CallEffect.PROMISE),
    OutcomeSeed(
        "arrangement_made", "Arrangement made", "Regeling getroffen", True, CallEffect.ARRANGEMENT
    ),
    OutcomeSeed(
        "referred_to_debt_help",
        "Referred to debt help",
        "Doorverwezen naar schuldhulp",
        True,
        CallEffect.DEBT_HELP,
    ),
)


#: the order reasons are shown in
REASON_ORDER: tuple[CallReason, ...] = (
    CallReason.BROKEN_PROMISE,
    CallReason.MISSED_TERM,
    CallReason.CALL_STEP,
    CallReason.FOLLOW_UP,
    CallReason.RETURNED_MAIL,
    CallReason.UNDELIVERED,
    CallReason.NO_DIGITAL,
)


@dataclass(frozen=True)
class CallRules:
    #: customers without mobile and e-mail are listed when nobody called them for this many days
    recall_days: int = 30
    #: ... and their overdue amount that is not on hold is above this
    min_overdue: Decimal = Decimal("5.00")


DEFAULT_CALL_RULES = CallRules()


@dataclass(frozen=True)
class CallFacts:
    """What decides whether and why a customer is called, as the services load it."""

    customer_id: int
    number: str
    #: the overdue amount of invoices not on hold, and the oldest due date among them
    overdue_amount: Decimal = ZERO
    oldest_due: date | None = None
    has_mobile: bool = False
    has_email: bool = False
    opted_out: bool = False
    #: dunning is active (not handed over or written off)
    active: bool = True
    has_call_task: bool = False
    #: the newest broken promise's decision date, missed term's judging date, returned letter's date
    broken_promise_on: date | None = None
    missed_term_on: date | None = None
    returned_mail_on: date | None = None
    #: the follow-up date the customer's last call set
    follow_up_on: date | None = None
    last_called_on: date | None = None
    #: the day DebtorDesk learnt that the customer's last SMS did not arrive
    undelivered_on: date | None = None


def _since_last_call(on: date | None, last_called_on: date | None) -> bool:
    return on is not None and (last_called_on is None or last_called_on < on)


def reasons_for(
    facts: CallFacts, day: date, rules: CallRules = DEFAULT_CALL_RULES
) -> frozenset[CallReason]:
    """Why the customer is on the call list of ``day`` (empty: not on it)."""
    last = facts.last_called_on
    if not facts.active or facts.opted_out or (last is not None and last >= day):
        return frozenset()
    reasons: set[CallReason] = set()
    if facts.has_call_task:
        reasons.add(CallReason.CALL_STEP)
    if _since_last_call(facts.broken_promise_on, last):
        reasons.add(CallReason.BROKEN_PROMISE)
    if _since_last_call(facts.missed_term_on, last):
        reasons.add(CallReason.MISSED_TERM)
    if facts.follow_up_on is not None and facts.follow_up_on <= day:
        reasons.add(CallReason.FOLLOW_UP)
    if _since_last_call(facts.returned_mail_on, last) and facts.overdue_amount > 0:
        reasons.add(CallReason.RETURNED_MAIL)
    if _since_last_call(facts.undelivered_on, last) and facts.overdue_amount > 0:
        reasons.add(CallReason.UNDELIVERED)
    if (
        not facts.has_mobile
        and not facts.has_email
        and facts.overdue_amount > rules.min_overdue
        and (last is None or last <= day - timedelta(days=rules.recall_days))
    ):
        reasons.add(CallReason.NO_DIGITAL)
    return frozenset(reasons)


def ordered_reasons(reasons: frozenset[CallReason]) -> tuple[CallReason, ...]:
    return tuple(reason for reason in REASON_ORDER if reason in reasons)


def priority_group(reasons: frozenset[CallReason]) -> int:
    """0 for a broken promise, 1 for a missed term, 2 for everything else."""
    if CallReason.BROKEN_PROMISE in reasons:
        return 0
    if CallReason.MISSED_TERM in reasons:
        return 1
    return 2


def days_overdue(oldest_due: date | None, day: date) -> int:
    return max((day - oldest_due).days, 0) if oldest_due is not None else 0


def priority_key(
    facts: CallFacts, reasons: frozenset[CallReason], day: date
) -> tuple[int, Decimal, int, str, int]:
    """Sorts the call list: group, then amount (high first), age (old first), number, id."""
    return (
        priority_group(reasons),
        -facts.overdue_amount,
        -days_overdue(facts.oldest_due, day),
        facts.number,
        facts.customer_id,
    )


def call_list(
    candidates: list[CallFacts] | tuple[CallFacts, ...],
    day: date,
    rules: CallRules = DEFAULT_CALL_RULES,
) -> tuple[tuple[CallFacts, tuple[CallReason, ...]], ...]:
    """The customers to call on ``day`` with their reasons, in priority order."""
    listed = []
    for facts in candidates:
        reasons = reasons_for(facts, day, rules)
        if reasons:
            listed.append((priority_key(facts, reasons, day), facts, ordered_reasons(reasons)))
    listed.sort(key=lambda item: item[0])
    return tuple((facts, reasons) for _, facts, reasons in listed)
