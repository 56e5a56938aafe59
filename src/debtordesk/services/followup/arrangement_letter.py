"""The confirmation letter of a payment arrangement: made when the arrangement is saved, as a prepared
letter communication (step ``arrangement_confirmation``) that the Letters page puts in its next batch
like the run's letters, so it is printed, archived and on the customer's timeline.

The letter lists the agreed terms (due dates and amounts) with their total (its table is the schedule,
see :mod:`debtordesk.services.letters_content`), what happened to the open costs (waived or included),
how to pay (the payment reference and IBAN) and what happens when a term is missed. It asks the first
term only: its QR code carries the first term's amount, never the whole debt. A confirmation letter is
no dunning step: it has no policy and is not a past step for the engine. A customer who prefers
e-mail (and has an address, and did not opt out) also gets it by e-mail through the outbox: the same
words, the terms as lines (``extra.schedule``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import Arrangement, Communication, CommunicationInvoice, Customer, Invoice
from debtordesk.domain.calendar import next_allowed_day
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus, Tone
from debtordesk.domain.enums import Channel
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO
from debtordesk.i18n.catalogue import current_language, render
from debtordesk.services.audit import add_customer_event
from debtordesk.services.dunning_run import PaymentReferences, message_json, move
from debtordesk.services.letters_content import CONFIRMATION_STEP
from debtordesk.templating import format_long_date, format_money


def add_confirmation_letter(
    session: Session,
    arrangement: Arrangement,
    customer: Customer,
    *,
    today: date,
    at: datetime,
    user_id: int | None,
    tone: Tone = Tone.FORMAL,
) -> Communication:
    """The arrangement's confirmation letter, prepared for the next letter batch, and the same by
    e-mail when the customer prefers e-mail and can get it (within the caller's transaction; the
    arrangement must be flushed: it needs its id and terms). Returns the letter."""
    terms = sorted(arrangement.terms, key=lambda term: term.number)
    first = terms[0]
    invoices = [item for item in arrangement.invoices if item.invoice_id is not None]
    reference = PaymentReferences(session, customer.administration_id, at).reference(
        customer.id,
        customer.number,
        [(item.invoice_id, item.invoice_number) for item in invoices if item.invoice_id],
    )
    due: dict[int, date] = dict(
        session.execute(
            select(Invoice.id, Invoice.due_date).where(
                Invoice.id.in_([item.invoice_id for item in invoices])
            )
        ).all()
    )
    overdue = sum(
        (
            item.open_at_start
            for item in arrangement.invoices
            if item.invoice_id in due and due[item.invoice_id] < today
        ),
        ZERO,
    )
    step_name = render(Message("arrangement.confirmation_step"), current_language())
    language = customer.language or "nl"
    channels = [ActionChannel.LETTER]
    if _prefers_email(customer):
        channels.append(ActionChannel.EMAIL)
    rows = []
    for channel in channels:
        row = Communication(
            administration_id=customer.administration_id,
            customer_id=customer.id,
            policy_id=None,
            step_key=CONFIRMATION_STEP,
            step_name=step_name,
            channel=channel,
            status=CommunicationStatus.PLANNED,
            planned_for=today,
            send_on=next_allowed_day(channel.value, today),
            planned_at=at,
            status_changed_at=at,
            payment_reference=reference,
            open_amount=arrangement.principal,
            overdue_amount=overdue,
            costs=ZERO,
            interest=ZERO,
            fee=ZERO,
            costs_announced=ZERO,
            fourteen_day_letter=False,
            template=CONFIRMATION_STEP,
            tone=tone,
            language=language,
            reason={
                "action": message_json(
                    Message(
                        "arrangement.confirmation_reason",
                        {
                            "terms": len(terms),
                            "total": arrangement.total,
                            "made_on": arrangement.made_on,
                        },
                    )
                ),
                "details": _details(arrangement, language),
            },
            # one confirmation per arrangement and channel
            plan_key=f"arrangement:{arrangement.id}:confirmation:{channel.value}",
            created_by_id=user_id,
            requested_amount=first.amount,
            arrangement_id=arrangement.id,
        )
        for item in arrangement.invoices:
            row.invoices.append(
                CommunicationInvoice(
                    invoice_id=item.invoice_id,
                    invoice_number=item.invoice_number,
                    due_date=due.get(item.invoice_id or 0, arrangement.made_on),
                    open_amount=item.open_at_start,
                )
            )
        session.add(row)
        rows.append(row)
    session.flush()
    for row in rows:
        # no payment link: the letter's QR is an EPC code, the e-mail states the transfer details
        move(row, CommunicationStatus.PREPARED, at)
        row.prepared_at = at
    add_customer_event(
        session,
        customer_id=customer.id,
        kind="arrangement",
        code="event.followup.confirmation_letter",
        params={"terms": len(terms), "total": str(arrangement.total), "first": str(first.amount)},
        user_id=user_id,
        at=at,
    )
    return rows[0]


def _prefers_email(customer: Customer) -> bool:
    """The customer prefers e-mail, has an address and did not opt out: the confirmation goes by
    e-mail as well (the letter stays: it is the record that is printed and archived)."""
    return (
        customer.preferred_channel is Channel.EMAIL
        and bool((customer.email or "").strip())
        and not customer.opt_out_email
    )


def _details(arrangement: Arrangement, language: str) -> dict[str, str]:
    """What the letter's text says besides the table (text values, see ``extra``); ``schedule``: the
    terms as lines of text in the customer's language, for the e-mail (a letter prints its table)."""
    ordered = sorted(arrangement.terms, key=lambda term: term.number)
    first, last = ordered[0], ordered[-1]
    return {
        "schedule": "\n".join(
            f"{term.number}: {format_long_date(term.due_on, language)}, "
            f"{format_money(term.amount, language)}"
            for term in ordered
        ),
        "terms": str(len(ordered)),
        "arrangement_total": str(arrangement.total),
        "principal": str(arrangement.principal),
        "term": str(first.number),
        "term_due": first.due_on.isoformat(),
        "term_amount": str(first.amount),
        "last_due": last.due_on.isoformat(),
        "pay_by": first.due_on.isoformat(),
        "interval": arrangement.interval.value,
        "grace_days": str(arrangement.grace_days),
        "costs_choice": arrangement.costs_choice.value,
        "costs_amount": str(arrangement.costs_amount),
        "costs_reason": arrangement.costs_reason,
        "invoice_numbers": ", ".join(item.invoice_number for item in arrangement.invoices),
        "made_on": arrangement.made_on.isoformat(),
    }
