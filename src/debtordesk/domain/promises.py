"""Promises to pay, pure: is a promise kept, broken, or not decidable yet?

A promise is a date and an amount for one or more invoices, with each invoice's open amount when the
promise was made (the baseline). After the promise date it is decided from facts, never from the
calendar alone:

* **kept** when the invoices' open amount fell by at least the promised amount (less the tolerance)
  since the promise was made, or every invoice is closed as paid; or when payments through payment
  links for those invoices since the promise reach the amount (the ledger lags the payment
  providers). The ledger's fall and the link payments are not added up: a link payment reaches the
  ledger later and would count twice, so the larger of the two counts;
* **broken** only when an open-items snapshot dated at least the promise date plus the grace days
  still shows too little paid: a snapshot exported before that day cannot show a payment made on the
  promise date, so a lagging ledger never breaks a kept promise;
* **pending** otherwise: before the promise date, or while the newest snapshot is too old.

An invoice closed other than by payment (written off, handed over) keeps its open amount here: it was
not paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from debtordesk.domain.messages import Message, MessageParam
from debtordesk.domain.money import ZERO


class PromiseStatus(StrEnum):
    PENDING = "pending"
    KEPT = "kept"
    BROKEN = "broken"
    #: withdrawn by a clerk (a new agreement replaced it)
    CANCELLED = "cancelled"


#: where a decision came from when it was not a snapshot batch (whose id is used as text)
FROM_LINK = "link"
#: the ledger showed it (e.g. a clerk closed the invoices) without a full snapshot to name
FROM_LEDGER = "ledger"


@dataclass(frozen=True)
class PromisedInvoice:
    """One invoice of a promise: its open amount when the promise was made and now."""

    invoice_id: int
    open_at_promise: Decimal
    open_now: Decimal
    #: closed as paid by the ledger (or a clerk)
    paid: bool = False


@dataclass(frozen=True)
class Snapshot:
    """An open-items import: its batch id and the date the ledger exported it."""

    batch_id: int
    export_date: date


@dataclass(frozen=True)
class PromiseFacts:
    promised_on: date
    amount: Decimal
    invoices: tuple[PromisedInvoice, ...]
    #: the newest full open-items snapshot that speaks for every invoice of the promise (None: none)
    snapshot: Snapshot | None = None
    #: paid through payment links for these invoices since the promise was made
    link_paid: Decimal = ZERO


@dataclass(frozen=True)
class PromiseDecision:
    status: PromiseStatus
    #: what was seen paid (the larger of the ledger's fall and the link payments)
    paid: Decimal
    #: the snapshot batch that decided it, or None (a link payment, or still pending)
    batch_id: int | None
    #: the batch id as text for a snapshot, "link" or "ledger" (see above), None when pending
    decided_from: str | None
    #: why, in words the clerk reads (a catalogue code with values)
    reason: Message


def ledger_paid(invoices: tuple[PromisedInvoice, ...]) -> Decimal:
    """How far the invoices' open amount fell since the promise (never below zero)."""
    before = sum((item.open_at_promise for item in invoices), ZERO)
    now = sum((ZERO if item.paid else item.open_now for item in invoices), ZERO)
    return max(before - now, ZERO)


def judge_after(promised_on: date, grace_days: int) -> date:
    """The first export date a snapshot must have to show the promise broken."""
    return promised_on + timedelta(days=grace_days)


def judge_promise(
    facts: PromiseFacts, today: date, *, grace_days: int, tolerance: Decimal = ZERO
) -> PromiseDecision:
    """The decision on ``today`` (see the module's rules)."""
    from_ledger = ledger_paid(facts.invoices)
    paid = max(from_ledger, facts.link_paid)
    values: dict[str, MessageParam] = {
        "date": facts.promised_on,
        "amount": facts.amount,
        "paid": paid,
    }
    if today < facts.promised_on:
        return PromiseDecision(
            PromiseStatus.PENDING, paid, None, None, Message("promise.pending.not_yet", values)
        )
    all_paid = bool(facts.invoices) and all(item.paid for item in facts.invoices)
    enough = paid >= facts.amount - tolerance
    snapshot = facts.snapshot
    if all_paid or (enough and from_ledger >= facts.link_paid):
        batch_id = snapshot.batch_id if snapshot is not None else None
        return PromiseDecision(
            PromiseStatus.KEPT,
            paid,
            batch_id,
            str(batch_id) if batch_id is not None else FROM_LEDGER,
            Message("promise.kept.ledger" if not all_paid else "promise.kept.closed", values),
        )
    if enough:
        return PromiseDecision(
            PromiseStatus.KEPT, paid, None, FROM_LINK, Message("promise.kept.link", values)
        )
    needed = judge_after(facts.promised_on, grace_days)
    if snapshot is not None and snapshot.export_date >= needed:
        return PromiseDecision(
            PromiseStatus.BROKEN,
            paid,
            snapshot.batch_id,
            str(snapshot.batch_id),
            Message("promise.broken", {**values, "export_date": snapshot.export_date}),
        )
    return PromiseDecision(
        PromiseStatus.PENDING,
        paid,
        None,
        None,
        Message(
            "promise.pending.snapshot" if snapshot is not None else "promise.pending.no_snapshot",
            {
                **values,
                "needed": needed,
                "export_date": snapshot.export_date if snapshot is not None else None,
            },
        ),
    )
