"""What a step answering a trigger asks, and what its letter or message says about the event: found by the
dunning run when it records the step, from the stored event (the engine's ``trigger_event_id``).

* **an instalment falling due** (the term of a payment arrangement): the communication asks the part of
  the term not paid yet (``requested_amount``: the payment link, the message and the letter ask exactly
  that, never the whole debt) and belongs to the arrangement; the texts get the term's number, how many
  terms there are, its date and amount, and the arrangement's total;
* **a broken promise**: from an arrangement that broke, the missed term (number, date, amount) and what
  is still open of the arrangement; from a promise to pay, the promised date and amount. Nothing is
  requested apart: normal dunning asks everything open again.

The details are text values (dates ISO, amounts as decimal text) kept in the communication's ``reason``
under ``"details"``; letters and messages pass them to the templates as ``extra``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import Arrangement, ArrangementTerm, Promise
from debtordesk.domain.dunning.model import ProposedAction, Trigger
from debtordesk.domain.money import ZERO


@dataclass(frozen=True)
class TriggerRequest:
    """What the communications of an action answering a trigger record."""

    #: the amount asked when it is not everything open (a term); None: everything open
    requested_amount: Decimal | None = None
    arrangement_id: int | None = None
    #: text values for the templates (``extra``)
    details: dict[str, str] = field(default_factory=dict)


def trigger_request(session: Session, action: ProposedAction) -> TriggerRequest | None:
    """None for an escalation step; else what the action's trigger asks and says."""
    if action.trigger is None:
        return None
    details: dict[str, str] = {"trigger": action.trigger.value}
    if action.trigger_on is not None:
        details["trigger_on"] = action.trigger_on.isoformat()
    if action.trigger is Trigger.INSTALMENT_DUE:
        return _instalment(session, action, details)
    if action.trigger is Trigger.BROKEN_PROMISE:
        return _broken(session, action, details)
    return TriggerRequest(details=details)


def _instalment(
    session: Session, action: ProposedAction, details: dict[str, str]
) -> TriggerRequest:
    everything = action.open_amount + action.costs + action.interest + action.fee
    term = None
    if action.trigger_event_id is not None:
        term = session.scalars(
            select(ArrangementTerm).where(
                ArrangementTerm.trigger_event_id == action.trigger_event_id
            )
        ).first()
    if term is None:  # an event stored without its arrangement (by hand): its own amount
        amount = action.trigger_amount
        if amount is not None:
            details["term_amount"] = str(amount)
            amount = min(amount, everything) if everything > 0 else amount
        return TriggerRequest(requested_amount=amount, details=details)
    arrangement = term.arrangement
    # what is not paid of the term yet (a paid term's event is withdrawn by the arrangement check)
    still = max(term.amount - term.paid, ZERO)
    if everything > 0:
        still = min(still, everything)
    # before the term: pay by its date; a reminder after it: by the end of the grace period
    pay_by = term.due_on
    if term.due_on < action.due_on:
        pay_by = term.due_on + timedelta(days=arrangement.grace_days)
    details.update(
        term=str(term.number),
        terms=str(len(arrangement.terms)),
        term_due=term.due_on.isoformat(),
        term_amount=str(term.amount),
        term_paid=str(term.paid),
        arrangement_total=str(arrangement.total),
        pay_by=pay_by.isoformat(),
    )
    return TriggerRequest(requested_amount=still, arrangement_id=arrangement.id, details=details)


def _broken(session: Session, action: ProposedAction, details: dict[str, str]) -> TriggerRequest:
    if action.trigger_event_id is None:
        return TriggerRequest(details=details)
    arrangement = session.scalars(
        select(Arrangement).where(Arrangement.trigger_event_id == action.trigger_event_id)
    ).first()
    if arrangement is not None:
        details.update(
            promise="arrangement",
            arrangement_total=str(arrangement.total),
            arrangement_paid=str(arrangement.paid),
            terms=str(len(arrangement.terms)),
        )
        if action.trigger_amount is not None:
            details["remaining"] = str(action.trigger_amount)
        missed = next((t for t in arrangement.terms if t.number == arrangement.broken_term), None)
        if missed is not None:
            details.update(
                term=str(missed.number),
                term_due=missed.due_on.isoformat(),
                term_amount=str(missed.amount),
            )
        return TriggerRequest(arrangement_id=arrangement.id, details=details)
    promise = session.scalars(
        select(Promise).where(Promise.trigger_event_id == action.trigger_event_id)
    ).first()
    if promise is not None:
        details.update(
            promise="promise",
            promised_on=promise.promised_on.isoformat(),
            promised_amount=str(promise.amount),
        )
    return TriggerRequest(details=details)


# --------------------------------------------------------------------------- for letters and messages


def stored_details(reason: Any) -> dict[str, str]:
    """The details a communication's ``reason`` keeps (see :func:`trigger_request`), as text."""
    details = reason.get("details") if isinstance(reason, Mapping) else None
    if not isinstance(details, Mapping):
        return {}
    return {str(key): str(value) for key, value in details.items() if value is not None}


def requested_pay_by(details: Mapping[str, str], earliest: date) -> date | None:
    """The day a term's request asks to pay by (its date, or after it the end of the grace
    period), None when there is none or it is before ``earliest`` (the letter or sending date)."""
    text = details.get("pay_by")
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day if day >= earliest else None
