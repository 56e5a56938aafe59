"""One customer in full for the detail panel: contact data and its problems, invoices, timeline.

An import writes no timeline row for a customer it creates (a first import would write one for each
of 40,000 customers); that entry is derived here from the customer's ``created_batch_id``, unless the
creating batch wrote an entry about the customer itself (the demo writes its own).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Administration,
    Customer,
    CustomerEvent,
    EmailAttachment,
    ImportBatch,
    Invoice,
    User,
)
from debtordesk.domain.dunning.defaults import shipped_step_name
from debtordesk.domain.enums import Channel, ClaimType, CustomerType, InvoiceStatus, TypeOrigin
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message, MessageParam
from debtordesk.domain.money import ZERO
from debtordesk.i18n.catalogue import current_language, render
from debtordesk.services.customer_tags import sorted_tags
from debtordesk.services.database import Database
from debtordesk.services.views.invoices import base_statement, invoice_rows
from debtordesk.services.views.model import (
    ContactProblem,
    CustomerDetail,
    InvoiceRow,
    TimelineEntry,
)

#: the newest events shown on the timeline; older ones stay in the database
TIMELINE_LIMIT = 500

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def customer_detail(
    db: Database, customer_id: int, *, today: date, language: str | None = None
) -> CustomerDetail:
    """All of one customer; the texts of problems and events in ``language`` (default: the current)."""
    with db.read() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise UserError("views.customer_missing", customer_id=customer_id)
        administration_name = session.scalar(
            select(Administration.name).where(Administration.id == customer.administration_id)
        )
        invoices = _invoices(session, customer_id, today)
        timeline = _timeline(session, customer, language)
        open_invoices = [row for row in invoices if row.status is InvoiceStatus.OPEN]
        return CustomerDetail(
            id=customer.id,
            administration_name=administration_name or "",
            number=customer.number,
            keyed_by_name=customer.keyed_by_name,
            name=customer.name,
            customer_type=CustomerType(customer.customer_type),
            type_origin=TypeOrigin(customer.type_origin),
            attention=customer.attention,
            address_line1=customer.address_line1,
            address_line2=customer.address_line2,
            postcode=customer.postcode,
            city=customer.city,
            country=customer.country,
            email=customer.email,
            mobile=customer.mobile,
            landline=customer.landline,
            iban=customer.iban,
            language=customer.language,
            preferred_channel=Channel(customer.preferred_channel)
            if customer.preferred_channel
            else None,
            opt_out_sms=customer.opt_out_sms,
            opt_out_email=customer.opt_out_email,
            opt_out_call=customer.opt_out_call,
            segment=customer.segment,
            preferred_payment_day=customer.preferred_payment_day,
            mandate_reference=customer.mandate_reference,
            mandate_date=customer.mandate_date,
            claim_type=ClaimType(customer.claim_type),
            coc_number=customer.coc_number,
            tags=sorted_tags(tag.tag for tag in customer.tags),
            contact_problems=tuple(
                _problem(item, language) for item in customer.contact_problems or ()
            ),
            created_at=customer.created_at,
            updated_at=customer.updated_at,
            invoices=tuple(invoices),
            open_total=sum((row.open_amount for row in open_invoices), ZERO),
            overdue_total=sum(
                (row.open_amount for row in open_invoices if row.due_date < today), ZERO
            ),
            timeline=tuple(timeline),
        )


def _invoices(session: Session, customer_id: int, today: date) -> list[InvoiceRow]:
    rows = invoice_rows(session, base_statement().where(Invoice.customer_id == customer_id), today)
    # open ones first, oldest due date first; then the closed ones, newest first
    open_rows = sorted(
        (row for row in rows if row.status is InvoiceStatus.OPEN),
        key=lambda row: (row.due_date, row.number, row.id),
    )
    closed_rows = sorted(
        (row for row in rows if row.status is not InvoiceStatus.OPEN),
        key=lambda row: (row.due_date, row.number, row.id),
        reverse=True,
    )
    return open_rows + closed_rows


def _timeline(session: Session, customer: Customer, language: str | None) -> list[TimelineEntry]:
    return read_timeline(session, customer, language=language)


def read_timeline(
    session: Session,
    customer: Customer,
    *,
    language: str | None,
    kinds: Collection[str] | None = None,
    limit: int | None = TIMELINE_LIMIT,
    newest_first: bool = True,
) -> list[TimelineEntry]:
    """The customer's timeline in words: the panel's (newest first, the newest ``limit``), the
    follow-up's (of some ``kinds``) and the file export's (all, oldest first) read here alike. The
    derived creation entry sits before the events of the same moment (below them, newest first)."""
    order = (
        (CustomerEvent.at.desc(), CustomerEvent.id.desc())
        if newest_first
        else (CustomerEvent.at, CustomerEvent.id)
    )
    statement = (
        select(
            CustomerEvent.at,
            CustomerEvent.kind,
            CustomerEvent.code,
            CustomerEvent.params,
            CustomerEvent.batch_id,
            CustomerEvent.invoice_id,
            Invoice.number,
            User.login,
        )
        .outerjoin(Invoice, Invoice.id == CustomerEvent.invoice_id)
        .outerjoin(User, User.id == CustomerEvent.user_id)
        .where(CustomerEvent.customer_id == customer.id)
        .order_by(*order)
    )
    if kinds is not None:
        statement = statement.where(CustomerEvent.kind.in_(sorted(set(kinds))))
    if limit is not None:
        statement = statement.limit(limit)
    entries: list[TimelineEntry] = []
    told = False  # the creating batch wrote an entry about the customer itself
    created_by = customer.created_batch_id
    rows = session.execute(statement).all()
    kept = _kept_pdfs(session, [row.params for row in rows])
    for at, kind, code, params, batch_id, invoice_id, invoice_number, login in rows:
        told = told or (batch_id == created_by and invoice_id is None)
        entries.append(
            TimelineEntry(
                at=at,
                kind=kind,
                text=render(Message(code, _event_params(code, params, language)), language),
                invoice_number=invoice_number,
                user_login=login,
                email_attachment_id=_kept_pdf(params, kept),
            )
        )
    wanted = kinds is None or "import" in kinds
    created = None if told or not wanted else _created_by_import(session, customer, language)
    if created is not None:
        if newest_first:
            position = sum(1 for entry in entries if entry.at >= created.at)
        else:
            position = sum(1 for entry in entries if entry.at < created.at)
        entries.insert(position, created)
    return entries if limit is None else entries[:limit]


def _kept_pdf(params: Any, kept: set[int]) -> int | None:
    """The e-mail attachment an outbox entry names, when it is still kept."""
    found = params.get("email_attachment_id") if isinstance(params, dict) else None
    return found if isinstance(found, int) and found in kept else None


def _kept_pdfs(session: Session, params: Sequence[Any]) -> set[int]:
    """Which of the e-mail attachments these entries name are kept (one query)."""
    named = {
        found
        for found in (p.get("email_attachment_id") for p in params if isinstance(p, dict))
        if isinstance(found, int)
    }
    if not named:
        return set()
    return set(
        session.scalars(select(EmailAttachment.id).where(EmailAttachment.id.in_(sorted(named))))
    )


def _created_by_import(
    session: Session, customer: Customer, language: str | None
) -> TimelineEntry | None:
    """The import that created the customer, with the number of invoices it brought."""
    if customer.created_batch_id is None:
        return None
    new_invoices = (
        select(func.count())
        .where(
            Invoice.customer_id == customer.id,
            Invoice.created_batch_id == customer.created_batch_id,
        )
        .scalar_subquery()
    )
    found = session.execute(
        select(ImportBatch.file_name, ImportBatch.started_at, User.login, new_invoices)
        .outerjoin(User, User.id == ImportBatch.user_id)
        .where(ImportBatch.id == customer.created_batch_id)
    ).first()
    if found is None:
        return None
    file_name, started_at, login, new = found
    return TimelineEntry(
        at=started_at,
        kind="import",
        text=render(
            Message("event.import.customer_created", {"file": file_name, "new": int(new)}),
            language,
        ),
        invoice_number=None,
        user_login=login,
    )


def _param(value: Any) -> MessageParam:
    """A stored (JSON) value back to what the catalogue formats: ISO dates become dates."""
    if value is None or isinstance(value, int | str | Decimal | date):
        if isinstance(value, str) and _ISO_DATE.match(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                return value
        return value
    if isinstance(value, float):
        return Decimal(str(value))
    return str(value)


#: stored parameters that hold an amount, written as text ("123.45": JSON has no decimals)
_MONEY_PARAMS = frozenset(
    {
        "amount",
        "total",
        "costs",
        "interest",
        "fee",
        "open",
        "paid",
        "term_amount",
        "promised_amount",
    }
)
_MONEY_TEXT = re.compile(r"-?\d+(\.\d+)?")


def _params(params: Any) -> dict[str, MessageParam]:
    """Stored (JSON) values back to what the catalogue formats: dates and amounts in the clerk's
    language (an amount kept as "1234.50" reads 1.234,50 in Dutch)."""
    if not isinstance(params, dict):
        return {}
    values: dict[str, MessageParam] = {}
    for key, value in params.items():
        name = str(key)
        if name in _MONEY_PARAMS and isinstance(value, str) and _MONEY_TEXT.fullmatch(value):
            values[name] = Decimal(value)
        else:
            values[name] = _param(value)
    return values


#: events that name their invoices as one text ("F1, F2") and say "invoice" or "invoices" by count
_INVOICE_LIST_EVENTS = frozenset({"event.followup.promise_made", "event.followup.arrangement_made"})


def _event_params(code: str, params: Any, language: str | None) -> dict[str, MessageParam]:
    """A timeline entry's values; an entry stored before it kept ``invoice_count`` counts the
    numbers in its ``invoices`` list, so one invoice reads "factuur F1", not "facturen F1". A
    ``step`` that still carries its shipped name is named in the language, as the queue names it
    (the names are seeded in the language of the first session: "14-day letter" for a Dutch clerk
    reads "Veertiendagenbrief")."""
    values = _params(params)
    step, key = values.get("step"), values.get("step_key")
    if isinstance(step, str):
        values["step"] = shipped_step_name(
            step, language or current_language(), key if isinstance(key, str) else None
        )
    listed = values.get("invoices")
    if code in _INVOICE_LIST_EVENTS and "invoice_count" not in values and isinstance(listed, str):
        values["invoice_count"] = len([part for part in listed.split(",") if part.strip()])
    return values


def _problem(item: Any, language: str | None) -> ContactProblem:
    """A stored contact problem: a dict with a message ``code`` (and ``params``, ``field``,
    ``value``), or just a code."""
    if not isinstance(item, dict):
        return ContactProblem(field=None, value=None, text=render(Message(str(item)), language))
    value = item.get("value")
    params = _params(item.get("params"))
    if value is not None:
        params.setdefault("value", str(value))
    field = item.get("field") or item.get("column")
    return ContactProblem(
        field=str(field) if field else None,
        value=str(value) if value is not None else None,
        text=render(Message(str(item.get("code", "")), params), language),
    )
