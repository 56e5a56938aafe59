"""Is a communication the run planned still right to send? Checked again just before it goes out.

Days can pass between the run and the moment a letter batch is printed or a message is sent, and the
ledger, the clerk or a payment link may have changed things meanwhile. Re-dunning someone who paid is the
worst thing this product can do, so at output time a communication is **stale** (and cancelled, so the
next run plans the step again from the facts of that day) when:

* the customer is no longer in active dunning (handed over, written off);
* the customer is on hold today (paid via a link, says already paid, a promise, a dispute…);
* every invoice it lists is paid, closed, gone, or on hold today (nothing left to ask for);
* the open amount of an invoice it lists changed since it was planned (a partial payment, a credit
  note): the amounts, the reference's invoices and the payment link would be wrong.

What belongs to a running payment arrangement (a term's request or reminder, the confirmation letter)
goes out although its invoices are on the arrangement's hold, as the engine lets those steps through;
it is stale once the arrangement is no longer active (completed, broken, cancelled). A confirmation
letter states the agreement: a payment meanwhile does not make it stale.

Pure reads plus :func:`cancel_stale`; used by the letter batch and the outbox alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Arrangement,
    Communication,
    CommunicationInvoice,
    Customer,
    Hold,
    Invoice,
)
from debtordesk.domain.arrangements import ArrangementStatus
from debtordesk.domain.dunning.model import CommunicationStatus, DunningStatus, HoldReason, Trigger
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.messages import Message
from debtordesk.services.audit import add_customer_event
from debtordesk.services.letters_content import CONFIRMATION_STEP


def _active_holds(
    session: Session, customer_ids: Collection[int], today: date
) -> tuple[dict[int, HoldReason], dict[int, set[HoldReason]]]:
    """Holds active today: per customer (customer-wide: the first) and per invoice (all reasons)."""
    customer_holds: dict[int, HoldReason] = {}
    invoice_holds: dict[int, set[HoldReason]] = {}
    rows = session.execute(
        select(Hold.customer_id, Hold.invoice_id, Hold.reason).where(
            Hold.customer_id.in_(customer_ids),
            Hold.lifted_at.is_(None),
            or_(Hold.until.is_(None), Hold.until >= today),
        )
    ).all()
    for customer_id, invoice_id, reason in rows:
        if invoice_id is None:
            customer_holds.setdefault(customer_id, reason)
        else:
            invoice_holds.setdefault(invoice_id, set()).add(reason)
    return customer_holds, invoice_holds


def stale_communications(
    session: Session, communication_ids: Collection[int], today: date
) -> dict[int, Message]:
    """The communications among ``communication_ids`` that should no longer go out, with why."""
    if not communication_ids:
        return {}
    ids = list(communication_ids)
    heads: dict[int, tuple[int, DunningStatus]] = {}
    #: communications of a running arrangement: whether the arrangement is still active, and
    #: whether it is the confirmation letter
    arranged: dict[int, tuple[bool, bool]] = {}
    for chunk in _chunks(ids):
        for (
            communication_id,
            customer_id,
            status,
            trigger,
            step_key,
            arrangement,
        ) in session.execute(
            select(
                Communication.id,
                Communication.customer_id,
                Customer.dunning_status,
                Communication.trigger,
                Communication.step_key,
                Arrangement.status,
            )
            .join(Customer, Customer.id == Communication.customer_id)
            .outerjoin(Arrangement, Arrangement.id == Communication.arrangement_id)
            .where(Communication.id.in_(chunk))
        ):
            heads[communication_id] = (customer_id, status)
            confirmation = step_key == CONFIRMATION_STEP
            if arrangement is not None and (confirmation or trigger is Trigger.INSTALMENT_DUE):
                arranged[communication_id] = (arrangement is ArrangementStatus.ACTIVE, confirmation)
    listed: dict[int, list[tuple[int | None, Any, Any, Any, Any]]] = defaultdict(list)
    for chunk in _chunks(ids):
        for row in session.execute(
            select(
                CommunicationInvoice.communication_id,
                CommunicationInvoice.invoice_id,
                CommunicationInvoice.open_amount,
                Invoice.open_amount,
                Invoice.status,
                Invoice.number,
            )
            .outerjoin(Invoice, Invoice.id == CommunicationInvoice.invoice_id)
            .where(CommunicationInvoice.communication_id.in_(chunk))
        ):
            listed[row[0]].append(tuple(row[1:]))  # type: ignore[arg-type]
    customer_holds, invoice_holds = _active_holds(
        session, {customer for customer, _ in heads.values()}, today
    )
    stale: dict[int, Message] = {}
    for communication_id, (customer_id, status) in heads.items():
        if status is not DunningStatus.ACTIVE:
            stale[communication_id] = Message(f"stale.{status.value}")
            continue
        if customer_id in customer_holds:
            stale[communication_id] = Message(f"stale.hold.{customer_holds[customer_id].value}")
            continue
        active, confirmation = arranged.get(communication_id, (False, False))
        if communication_id in arranged and not active:
            stale[communication_id] = Message("stale.arrangement_ended")
            continue
        reason = _invoices_reason(
            listed.get(communication_id, []),
            invoice_holds,
            passes=_ARRANGED if communication_id in arranged else frozenset(),
            amounts=not confirmation,
        )
        if reason is not None:
            stale[communication_id] = reason
    return stale


#: the holds a communication of a running arrangement goes out under
_ARRANGED = frozenset({HoldReason.ARRANGEMENT})


def _invoices_reason(
    lines: list[tuple[int | None, Any, Any, Any, Any]],
    invoice_holds: Mapping[int, set[HoldReason]],
    *,
    passes: frozenset[HoldReason] = frozenset(),
    amounts: bool = True,
) -> Message | None:
    still_asked = 0
    for invoice_id, planned_open, open_now, status, number in lines:
        if invoice_id is None or status is None:  # deleted by an undone import
            continue
        if status is not InvoiceStatus.OPEN or open_now <= 0:
            continue
        if amounts and open_now != planned_open:
            return Message(
                "stale.amount_changed",
                {"invoice": number, "before": planned_open, "now": open_now},
            )
        if invoice_holds.get(invoice_id, set()) - passes:
            continue
        still_asked += 1
    if still_asked == 0:
        return Message("stale.nothing_due")
    return None


def cancel_stale(
    session: Session,
    stale: Mapping[int, Message],
    *,
    now: datetime,
    user_id: int | None,
) -> int:
    """Cancel the stale communications (when they have not gone out), note why in their reason and on
    the customer's timeline; how many were cancelled."""
    cancelled = 0
    for communication_id, message in stale.items():
        row = session.get(Communication, communication_id)
        if row is None or row.status not in _CANCELLABLE:
            continue
        row.status = CommunicationStatus.CANCELLED
        row.status_changed_at = now
        row.plan_key = None  # the next run may plan the step again
        row.reason = {**row.reason, "cancelled": {"code": message.code, **_plain(message)}}
        add_customer_event(
            session,
            customer_id=row.customer_id,
            kind="dunning",
            code="event.dunning.stale_cancelled",
            params={"step": row.step_name, "channel": row.channel.value, "why": message.code},
            user_id=user_id,
            at=now,
        )
        cancelled += 1
    return cancelled


_CANCELLABLE = frozenset(
    {
        CommunicationStatus.PLANNED,
        CommunicationStatus.PREPARED,
        CommunicationStatus.QUEUED,
        CommunicationStatus.GENERATED,
        CommunicationStatus.PRINTED,
    }
)


def _plain(message: Message) -> dict[str, str]:
    return {name: str(value) for name, value in message.params.items()}


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]
