"""The plain message data (:class:`~debtordesk.messaging.model.MessageContent`) of SMS and e-mail
communications, read from the database in one go, and the checks of the customer's contact data.

What a message asks is what the letter would ask (LEGAL-NL): the listed open amounts plus the interest,
costs and fee already due; costs a 14-day e-mail announces are stated apart. Pay by: for a message
before the due date (a pre-reminder) the due date; for the 14-day e-mail the end of the term counted from
the day it is sent (an e-mail is received the day it is sent); else the day it is sent plus
:data:`~debtordesk.services.letters_content.PAY_WITHIN_DAYS`.

A request for a term of a payment arrangement (``requested_amount``, :mod:`.trigger_requests`) asks
the term and nothing else: no charges lines, pay by the term's date (after it, the end of the grace
period); the term's number, date and amount reach the templates as ``extra``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from debtordesk.db.models import Administration, Communication, CommunicationInvoice, Customer
from debtordesk.domain.contacts import normalise_email
from debtordesk.domain.dunning.model import ActionChannel
from debtordesk.domain.legal import fourteen_day_dates
from debtordesk.domain.legal_letters import fourteen_day_letter_valid
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO, quantize
from debtordesk.messaging.model import MessageContent, MessageInvoice, MessageSender
from debtordesk.services.letters_content import PAY_WITHIN_DAYS, reminded_before, valid_iban
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.trigger_requests import requested_pay_by, stored_details
from debtordesk.settings.org import OrgSettings, postal_rules

_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_COMM = cast(Table, Communication.__table__)
_CUSTOMER = cast(Table, Customer.__table__)
_LINE = cast(Table, CommunicationInvoice.__table__)
#: what a message needs of its communication and customer (Core: a batch reads thousands)
_SOURCE_ROWS = select(
    _COMM.c.id,
    _COMM.c.customer_id,
    _COMM.c.channel,
    _COMM.c.step_key,
    _COMM.c.step_name,
    _COMM.c.template,
    _COMM.c.language,
    _COMM.c.tone,
    _COMM.c.costs,
    _COMM.c.interest,
    _COMM.c.fee,
    _COMM.c.costs_announced,
    _COMM.c.fourteen_day_letter,
    _COMM.c.payment_reference,
    _COMM.c.payment_link_url,
    _COMM.c.payment_link_expires_at,
    _COMM.c.requested_amount,
    _COMM.c.reason,
    _CUSTOMER.c.number,
    _CUSTOMER.c.name,
    _CUSTOMER.c.customer_type,
    _CUSTOMER.c.language.label("customer_language"),
    _CUSTOMER.c.mobile,
    _CUSTOMER.c.email,
    _CUSTOMER.c.opt_out_sms,
    _CUSTOMER.c.opt_out_email,
    _CUSTOMER.c.email_consent,
).join_from(_COMM, _CUSTOMER, _CUSTOMER.c.id == _COMM.c.customer_id)
_LINES = select(
    _LINE.c.communication_id,
    _LINE.c.invoice_number,
    _LINE.c.due_date,
    _LINE.c.open_amount,
).order_by(_LINE.c.due_date, _LINE.c.id)


@dataclass(frozen=True)
class MessageSource:
    """One SMS or e-mail communication with its content and where it goes (or why it cannot)."""

    communication_id: int
    customer_id: int
    channel: ActionChannel
    step_name: str
    content: MessageContent
    #: the E.164 number or the e-mail address ("" when there is none)
    recipient: str
    #: why it must not or cannot go to this customer (opted out, no number ...); None: it can
    refusal: Message | None


def sender_of(session: Session, administration_id: int) -> MessageSender:
    row = session.get(Administration, administration_id)
    if row is None:
        return MessageSender(name="")
    return MessageSender(
        name=row.name,
        phone=row.phone or "",
        email=row.email or "",
        website=row.website or "",
        iban=valid_iban(row.iban),  # an IBAN with a typo counts as none, as on letters
        account_holder=(row.account_holder or "").strip() or row.name,
    )


def message_sources(
    session: Session,
    administration_id: int,
    communication_ids: Collection[int],
    *,
    today: date,
    now: datetime,
    sender: MessageSender | None = None,
    settings: OrgSettings | None = None,
) -> dict[int, MessageSource]:
    """The messages of these communications (SMS or e-mail), by communication id. ``sender`` and
    ``settings``: the administration's, when the caller has them already."""
    ids = sorted(communication_ids)
    if not ids:
        return {}
    sender = sender or sender_of(session, administration_id)
    settings = settings or load_org_settings(session, administration_id)
    rows: list[Any] = []
    lines: dict[int, list[MessageInvoice]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows.extend(session.execute(_SOURCE_ROWS.where(_COMM.c.id.in_(chunk))).all())
        for line in session.execute(_LINES.where(_LINE.c.communication_id.in_(chunk))):
            lines.setdefault(line.communication_id, []).append(
                MessageInvoice(line.invoice_number, line.due_date, line.open_amount)
            )
    reminded = reminded_before(session, ids, today)
    found: dict[int, MessageSource] = {}
    for row in rows:
        invoices = tuple(lines.get(row.id, ()))
        principal = sum((line.open_amount for line in invoices), ZERO)
        expired = row.payment_link_expires_at is not None and row.payment_link_expires_at <= now
        details = stored_details(row.reason)
        asked = row.requested_amount
        if row.fourteen_day_letter and row.channel is ActionChannel.EMAIL:
            pay_by = fourteen_day_dates(today, "email", postal_rules(settings)).term_ends_on
        elif asked is not None and (term_pay_by := requested_pay_by(details, today)):
            pay_by = term_pay_by
        elif invoices and min(line.due_date for line in invoices) > today:
            pay_by = max(line.due_date for line in invoices)
        else:
            pay_by = today + timedelta(days=PAY_WITHIN_DAYS)
        # a term of an arrangement: the message asks the term (the charges are in the arrangement)
        charges = (ZERO, ZERO, ZERO) if asked is not None else (row.costs, row.interest, row.fee)
        content = MessageContent(
            key=str(row.id),
            template=row.template or row.step_key,
            language=row.language or row.customer_language or "nl",
            tone=row.tone.value,
            customer_type=row.customer_type.value,
            customer_number=row.number,
            name=row.name,
            sender=sender,
            invoices=invoices,
            amount=quantize(asked if asked is not None else principal + sum(charges, ZERO)),
            pay_by=pay_by,
            reference=row.payment_reference or "",
            link_url=None if expired else (row.payment_link_url or None),
            costs=charges[0],
            interest=charges[1],
            fee=charges[2],
            costs_announced=row.costs_announced,
            fourteen_day_letter=bool(row.fourteen_day_letter),
            reminded_before=row.id in reminded,
            step_name=row.step_name,
            extra=details,
        )
        recipient, refusal = _recipient(row)
        found[row.id] = MessageSource(
            row.id, row.customer_id, row.channel, row.step_name, content, recipient, refusal
        )
    return found


def _recipient(row: Any) -> tuple[str, Message | None]:
    """Where the message goes, or why it must not go (opted out, nothing valid to send to)."""
    if row.channel is ActionChannel.SMS:
        if row.opt_out_sms:
            return "", Message("outbox.opted_out.sms")
        mobile = (row.mobile or "").strip()
        if not mobile:
            return "", Message("outbox.no_mobile")
        if not _E164.match(mobile):
            return mobile, Message("outbox.bad_mobile", {"value": mobile})
        return mobile, None
    if row.opt_out_email:
        return "", Message("outbox.opted_out.email")
    address = (row.email or "").strip()
    if not address:
        return "", Message("outbox.no_email")
    checked = normalise_email(address)
    if checked.value is None or not checked.value.isascii():
        return address, Message("outbox.bad_email", {"value": address})
    if row.fourteen_day_letter and row.customer_type.value != "business":
        validity = fourteen_day_letter_valid("email", email_consent=bool(row.email_consent))
        if not validity and validity.reason is not None:
            return checked.value, validity.reason
    return checked.value, None
