"""The plain letter data (:class:`~debtordesk.letters.model.LetterContent`) built from the database: a
prepared letter communication, or a customer's open invoices for the template preview; and the letter
as JSON for the archive row, so a reprint renders exactly the same letter.

What a letter asks (LEGAL-NL):

* the sender is the administration; the beneficiary is the IBAN's **account holder** (Verification of
  Payee: banks warn the payer when the name differs), the administration's name when none is set;
* the amount to pay is the listed open amounts plus the interest, costs and fee already due; costs a
  14-day letter announces are stated apart and never part of it;
* the one QR code is the payment link the run made, when there is one and it has not expired; else an
  EPC SEPA-transfer code when the IBAN is valid and the amount is from 0.01 to 999,999,999.99; else
  none (the letter then says how to pay by transfer, or, without an IBAN, to contact the
  organisation about how to pay);
* pay by: for the 14-day letter the last day of the term counted from the assumed receipt of a letter
  posted on the letter date (the organisation's postal rules); else the letter date plus
  :data:`PAY_WITHIN_DAYS`;
* a letter asking a term of a payment arrangement (``requested_amount``, see
  :mod:`debtordesk.services.trigger_requests`) asks that term only, by the term's date, without
  charges lines (they are part of the arrangement); the QR code carries the term's amount. An
  arrangement's confirmation letter (step :data:`CONFIRMATION_STEP`) prints the agreed terms as its
  table with their total, and asks (and codes in the QR) the first term only;
* ``reminded_before``: an earlier SMS, e-mail or letter about one of the letter's invoices went out
  before the letter date (a 14-day letter that is the first step, e.g. after a first import of old
  invoices, does not say "we reminded you before").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from debtordesk.db.models import (
    Administration,
    ArrangementTerm,
    Communication,
    CommunicationInvoice,
    Customer,
    Invoice,
    PaymentReference,
)
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import fourteen_day_dates
from debtordesk.domain.money import ZERO, quantize
from debtordesk.domain.references import is_valid_iban, make_rf_reference
from debtordesk.letters.model import (
    LetterContent,
    LetterInvoice,
    LetterTerm,
    Payment,
    QrKind,
    Recipient,
    Sender,
)
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.trigger_requests import requested_pay_by, stored_details
from debtordesk.settings.org import OrgSettings, postal_rules

#: days to pay after the letter date, for letters other than the 14-day letter
PAY_WITHIN_DAYS = 14
#: the step key of a payment arrangement's confirmation letter (its table is the schedule)
CONFIRMATION_STEP = "arrangement_confirmation"
#: the amounts an EPC code can carry (EPC069-12)
EPC_MIN = Decimal("0.01")
EPC_MAX = Decimal("999999999.99")


@dataclass(frozen=True)
class LetterSource:
    """One prepared letter communication with what its letter needs, read in one session."""

    communication_id: int
    customer_id: int
    customer_number: str
    customer_name: str
    content: LetterContent


# --------------------------------------------------------------------------- the sender


def sender_of(session: Session, administration_id: int, *, with_logo: bool = True) -> Sender:
    """The administration as the letterhead and the payment block show it. An IBAN stored with a
    typo (wrong check digits: saving refuses it now, an older one may remain) counts as no IBAN:
    a letter must not ask to pay into an account that does not exist."""
    row = session.get(Administration, administration_id)
    if row is None:
        raise UserError("letters.administration_missing", id=administration_id)
    logo = None
    if with_logo:
        logo = session.scalar(
            select(Administration.logo).where(Administration.id == administration_id)
        )
    return Sender(
        name=row.name,
        letterhead=row.letterhead or "",
        address_line=row.address_line or "",
        postcode=row.postcode or "",
        city=row.city or "",
        country=row.country or "NL",
        phone=row.phone or "",
        email=row.email or "",
        website=row.website or "",
        coc_number=row.coc_number or "",
        vat_number=row.vat_number or "",
        iban=valid_iban(row.iban),
        account_holder=(row.account_holder or "").strip() or row.name,
        bic=(row.bic or "").strip(),
        logo=logo or None,
    )


def valid_iban(stored: str | None) -> str:
    """The stored IBAN without spaces, or "" when there is none or it is not a valid IBAN."""
    iban = (stored or "").replace(" ", "").upper()
    return iban if iban and is_valid_iban(iban) else ""


def recipient_of(customer: Customer) -> Recipient:
    lines = tuple(
        line.strip()
        for line in (customer.address_line1, customer.address_line2)
        if line and line.strip()
    )
    return Recipient(
        name=customer.name,
        attention=(customer.attention or "").strip(),
        address_lines=lines,
        postcode=(customer.postcode or "").strip(),
        city=(customer.city or "").strip(),
        country=(customer.country or "NL").strip().upper() or "NL",
    )


# --------------------------------------------------------------------------- the payment block


def pay_by_dates(
    letter_date: date, fourteen_day_letter: bool, settings: OrgSettings
) -> tuple[date, date | None]:
    """(the last day to pay, the 14-day term's end or None) for a letter dated ``letter_date``."""
    if fourteen_day_letter:
        term_end = fourteen_day_dates(letter_date, "letter", postal_rules(settings)).term_ends_on
        return term_end, term_end
    return letter_date + timedelta(days=PAY_WITHIN_DAYS), None


def payment_block(
    sender: Sender,
    *,
    amount: Decimal,
    reference: str,
    reference_kind: str,
    pay_by: date,
    link_url: str | None,
) -> Payment:
    """The payment block with its one QR code: the link, else an EPC code, else none."""
    kind, payload = QrKind.NONE, ""
    if link_url:
        kind, payload = QrKind.LINK, link_url
    elif is_valid_iban(sender.iban) and EPC_MIN <= amount <= EPC_MAX:
        payload = _epc(sender, amount, reference, reference_kind)
        kind = QrKind.EPC if payload else QrKind.NONE
    return Payment(
        amount=amount,
        reference=reference,
        reference_kind=reference_kind,
        pay_by=pay_by,
        iban=sender.iban,
        beneficiary=sender.account_holder or sender.name,
        bic=sender.bic,
        link_url=link_url,
        qr_kind=kind,
        qr_payload=payload,
    )


def _epc(sender: Sender, amount: Decimal, reference: str, reference_kind: str) -> str:
    """The EPC payload, or "" when the values cannot make a valid code (a name or reference too
    long for EPC069-12): the letter then states the transfer details without a code."""
    from debtordesk.domain.epc import epc_payload

    try:
        return epc_payload(
            beneficiary=sender.account_holder or sender.name,
            iban=sender.iban,
            amount=amount,
            reference=reference,
            reference_kind=reference_kind,
            bic=sender.bic,
            note="",
        )
    except (UserError, ValueError):
        return ""


# --------------------------------------------------------------------------- from communications


def letter_sources(
    session: Session,
    administration_id: int,
    communication_ids: Sequence[int],
    *,
    letter_date: date,
    now: datetime,
    sender: Sender,
) -> list[LetterSource]:
    """The letters of these prepared letter communications, in the order given."""
    settings = load_org_settings(session, administration_id)
    rows: dict[int, Communication] = {}
    for start in range(0, len(communication_ids), 500):
        chunk = list(communication_ids[start : start + 500])
        rows.update(
            (row.id, row)
            for row in session.scalars(select(Communication).where(Communication.id.in_(chunk)))
        )
    customers = _customers(session, {row.customer_id for row in rows.values()})
    schedules = arrangement_schedules(
        session,
        {
            row.arrangement_id
            for row in rows.values()
            if row.arrangement_id is not None and row.step_key == CONFIRMATION_STEP
        },
    )
    kinds = _reference_kinds(
        session,
        administration_id,
        {r.payment_reference for r in rows.values() if r.payment_reference},
    )
    lines = _invoice_lines(session, list(rows))
    reminded = reminded_before(session, list(rows), letter_date)
    sources = []
    for communication_id in communication_ids:
        row = rows[communication_id]
        customer = customers[row.customer_id]
        content = _content(
            row,
            customer,
            lines.get(row.id, ()),
            sender=sender,
            settings=settings,
            letter_date=letter_date,
            now=now,
            reference_kind=kinds.get(row.payment_reference or "", "rf"),
            schedule=schedules.get(row.arrangement_id or 0, ())
            if row.step_key == CONFIRMATION_STEP
            else (),
            reminded_before=row.id in reminded,
        )
        sources.append(LetterSource(row.id, customer.id, customer.number, customer.name, content))
    return sources


def _customers(session: Session, ids: set[int]) -> dict[int, Customer]:
    found: dict[int, Customer] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        found.update(
            (c.id, c) for c in session.scalars(select(Customer).where(Customer.id.in_(chunk)))
        )
    return found


def _reference_kinds(
    session: Session, administration_id: int, references: set[str]
) -> dict[str, str]:
    if not references:
        return {}
    kinds: dict[str, str] = {}
    ordered = sorted(references)
    for start in range(0, len(ordered), 500):
        for reference, kind in session.execute(
            select(PaymentReference.reference, PaymentReference.kind).where(
                PaymentReference.administration_id == administration_id,
                PaymentReference.reference.in_(ordered[start : start + 500]),
            )
        ):
            kinds[reference] = kind
    return kinds


#: the channels of a reminder (a call or a hand-over is not one)
_REMINDER_CHANNELS = (ActionChannel.SMS, ActionChannel.EMAIL, ActionChannel.LETTER)


def reminded_before(session: Session, communication_ids: list[int], letter_date: date) -> set[int]:
    """Those of these communications for whose invoices another SMS, e-mail or letter went out on or
    before ``letter_date`` (not failed or cancelled). Letters and messages (SMS, e-mail) alike."""
    mine, theirs = aliased(CommunicationInvoice), aliased(CommunicationInvoice)
    found: set[int] = set()
    for start in range(0, len(communication_ids), 500):
        found.update(
            session.scalars(
                select(mine.communication_id)
                .join(theirs, theirs.invoice_id == mine.invoice_id)
                .join(Communication, Communication.id == theirs.communication_id)
                .where(
                    mine.communication_id.in_(communication_ids[start : start + 500]),
                    theirs.communication_id != mine.communication_id,
                    Communication.went_out_on.is_not(None),
                    Communication.went_out_on <= letter_date,
                    Communication.channel.in_(_REMINDER_CHANNELS),
                    Communication.status.not_in(
                        (CommunicationStatus.FAILED, CommunicationStatus.CANCELLED)
                    ),
                )
                .distinct()
            )
        )
    return found


def _invoice_lines(
    session: Session, communication_ids: list[int]
) -> dict[int, tuple[LetterInvoice, ...]]:
    found: dict[int, list[LetterInvoice]] = {}
    for start in range(0, len(communication_ids), 500):
        chunk = communication_ids[start : start + 500]
        for row in session.execute(
            select(
                CommunicationInvoice.communication_id,
                CommunicationInvoice.invoice_number,
                CommunicationInvoice.due_date,
                CommunicationInvoice.open_amount,
                Invoice.invoice_date,
                Invoice.amount,
            )
            .outerjoin(Invoice, Invoice.id == CommunicationInvoice.invoice_id)
            .where(CommunicationInvoice.communication_id.in_(chunk))
            .order_by(CommunicationInvoice.due_date, CommunicationInvoice.id)
        ):
            found.setdefault(row.communication_id, []).append(
                LetterInvoice(
                    number=row.invoice_number,
                    due_date=row.due_date,
                    open_amount=row.open_amount,
                    invoice_date=row.invoice_date,
                    amount=row.amount,
                )
            )
    return {key: tuple(value) for key, value in found.items()}


def _content(
    row: Communication,
    customer: Customer,
    invoices: tuple[LetterInvoice, ...],
    *,
    sender: Sender,
    settings: OrgSettings,
    letter_date: date,
    now: datetime,
    reference_kind: str,
    schedule: tuple[LetterTerm, ...] = (),
    reminded_before: bool = True,
) -> LetterContent:
    principal = sum((line.open_amount for line in invoices), ZERO)
    details = stored_details(row.reason)
    asked = row.requested_amount
    # a term of an arrangement (or its confirmation's first term): that is what the letter asks,
    # by the term's date; the charges are part of the arrangement
    charges = (ZERO, ZERO, ZERO) if asked is not None else (row.costs, row.interest, row.fee)
    amount = quantize(asked if asked is not None else principal + sum(charges, ZERO))
    pay_by, term_end = pay_by_dates(letter_date, row.fourteen_day_letter, settings)
    if asked is not None:
        pay_by = requested_pay_by(details, letter_date) or pay_by
    expired = row.payment_link_expires_at is not None and row.payment_link_expires_at <= now
    link = None if expired else (row.payment_link_url or None)
    extra: dict[str, str] = {**details, "step_key": row.step_key}
    for name in ("costs_cap", "costs_announced_cap"):
        cap = row.reason.get(name) if isinstance(row.reason, Mapping) else None
        if isinstance(cap, Mapping):
            extra[f"{name}_requested"] = str(cap.get("requested", ""))
            extra[f"{name}_allowed"] = str(cap.get("allowed", ""))
    if expired:
        extra["link_expired"] = "yes"
    return LetterContent(
        key=str(row.id),
        template=row.template or row.step_key,
        language=row.language or customer.language or "nl",
        tone=row.tone.value,
        customer_type=customer.customer_type.value,
        customer_number=customer.number,
        letter_date=letter_date,
        sender=sender,
        recipient=recipient_of(customer),
        invoices=invoices,
        payment=payment_block(
            sender,
            amount=amount,
            reference=row.payment_reference or "",
            reference_kind=reference_kind,
            pay_by=pay_by,
            link_url=link,
        ),
        step_name=row.step_name,
        costs=charges[0],
        interest=charges[1],
        fee=charges[2],
        costs_announced=row.costs_announced,
        fourteen_day_letter=row.fourteen_day_letter,
        term_ends_on=term_end,
        extra=extra,
        schedule=schedule,
        asks_term=asked is not None and not schedule,
        reminded_before=reminded_before,
    )


def arrangement_schedules(
    session: Session, arrangement_ids: set[int]
) -> dict[int, tuple[LetterTerm, ...]]:
    """The agreed terms of these arrangements (as saved: terms are never changed afterwards)."""
    found: dict[int, list[LetterTerm]] = {}
    ordered = sorted(arrangement_ids)
    for start in range(0, len(ordered), 500):
        for arrangement_id, number, due_on, amount in session.execute(
            select(
                ArrangementTerm.arrangement_id,
                ArrangementTerm.number,
                ArrangementTerm.due_on,
                ArrangementTerm.amount,
            )
            .where(ArrangementTerm.arrangement_id.in_(ordered[start : start + 500]))
            .order_by(ArrangementTerm.arrangement_id, ArrangementTerm.number)
        ):
            found.setdefault(arrangement_id, []).append(LetterTerm(number, due_on, amount))
    return {key: tuple(terms) for key, terms in found.items()}


# --------------------------------------------------------------------------- the template preview


def preview_content(
    session: Session,
    customer_id: int,
    *,
    template: str,
    language: str,
    tone: str,
    letter_date: date,
    costs: Decimal = ZERO,
    interest: Decimal = ZERO,
    fee: Decimal = ZERO,
    costs_announced: Decimal = ZERO,
    fourteen_day_letter: bool = False,
    link_url: str | None = None,
) -> LetterContent:
    """A letter for the customer from its current open invoices, as a step would send it today;
    nothing is stored. The reference is the customer's dossier RF reference when it has one."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise UserError("views.customer_missing")
    sender = sender_of(session, customer.administration_id)
    settings = load_org_settings(session, customer.administration_id)
    invoices = tuple(
        LetterInvoice(
            number=row.number,
            due_date=row.due_date,
            open_amount=row.open_amount,
            invoice_date=row.invoice_date,
            amount=row.amount,
        )
        for row in session.scalars(
            select(Invoice)
            .where(
                Invoice.customer_id == customer_id,
                Invoice.status == InvoiceStatus.OPEN,
                Invoice.open_amount != ZERO,
            )
            .order_by(Invoice.due_date, Invoice.id)
        )
    )
    reference = session.scalar(
        select(PaymentReference.reference)
        .where(PaymentReference.customer_id == customer_id, PaymentReference.kind == "rf")
        .order_by(PaymentReference.id)
        .limit(1)
    ) or _preview_reference(customer)
    pay_by, term_end = pay_by_dates(letter_date, fourteen_day_letter, settings)
    principal = sum((line.open_amount for line in invoices), ZERO)
    amount = quantize(principal + interest + costs + fee)
    return LetterContent(
        key=f"preview-{customer_id}",
        template=template,
        language=language,
        tone=tone,
        customer_type=customer.customer_type.value,
        customer_number=customer.number,
        letter_date=letter_date,
        sender=sender,
        recipient=recipient_of(customer),
        invoices=invoices,
        payment=payment_block(
            sender,
            amount=amount,
            reference=reference,
            reference_kind="rf",
            pay_by=pay_by,
            link_url=link_url,
        ),
        step_name="",
        costs=costs,
        interest=interest,
        fee=fee,
        costs_announced=costs_announced,
        fourteen_day_letter=fourteen_day_letter,
        term_ends_on=term_end,
    )


def _preview_reference(customer: Customer) -> str:
    """The dossier reference the run would give this customer (see the dunning run's docs)."""
    base = "D" + "".join(ch for ch in customer.number.upper() if ch.isascii() and ch.isalnum())
    if 1 < len(base) <= 21:
        return make_rf_reference(base)
    return make_rf_reference(f"DC{customer.id}")


# --------------------------------------------------------------------------- as JSON


def content_to_json(content: LetterContent) -> dict[str, Any]:
    """The letter as JSON (dates ISO, amounts as decimal text), without the logo bytes."""
    sender = replace(content.sender, logo=None)
    return {
        "key": content.key,
        "template": content.template,
        "language": content.language,
        "tone": content.tone,
        "customer_type": content.customer_type,
        "customer_number": content.customer_number,
        "letter_date": content.letter_date.isoformat(),
        "sender": {name: getattr(sender, name) for name in _SENDER_FIELDS},
        "recipient": {
            "name": content.recipient.name,
            "attention": content.recipient.attention,
            "address_lines": list(content.recipient.address_lines),
            "postcode": content.recipient.postcode,
            "city": content.recipient.city,
            "country": content.recipient.country,
        },
        "invoices": [
            {
                "number": line.number,
                "due_date": line.due_date.isoformat(),
                "open_amount": str(line.open_amount),
                "invoice_date": line.invoice_date.isoformat() if line.invoice_date else None,
                "amount": None if line.amount is None else str(line.amount),
            }
            for line in content.invoices
        ],
        "payment": {
            "amount": str(content.payment.amount),
            "reference": content.payment.reference,
            "reference_kind": content.payment.reference_kind,
            "pay_by": content.payment.pay_by.isoformat(),
            "iban": content.payment.iban,
            "beneficiary": content.payment.beneficiary,
            "bic": content.payment.bic,
            "link_url": content.payment.link_url,
            "qr_kind": content.payment.qr_kind.value,
            "qr_payload": content.payment.qr_payload,
        },
        "step_name": content.step_name,
        "costs": str(content.costs),
        "interest": str(content.interest),
        "fee": str(content.fee),
        "costs_announced": str(content.costs_announced),
        "fourteen_day_letter": content.fourteen_day_letter,
        "term_ends_on": content.term_ends_on.isoformat() if content.term_ends_on else None,
        "salutation_name": content.salutation_name,
        "extra": dict(content.extra),
        "schedule": [
            {
                "number": term.number,
                "due_date": term.due_date.isoformat(),
                "amount": str(term.amount),
            }
            for term in content.schedule
        ],
        "asks_term": content.asks_term,
        "reminded_before": content.reminded_before,
    }


_SENDER_FIELDS = (
    "name",
    "letterhead",
    "address_line",
    "postcode",
    "city",
    "country",
    "phone",
    "email",
    "website",
    "coc_number",
    "vat_number",
    "iban",
    "account_holder",
    "bic",
)


def content_from_json(data: Mapping[str, Any], *, logo: bytes | None = None) -> LetterContent:
    """The letter back from :func:`content_to_json`, with the logo given."""
    payment = data["payment"]
    recipient = data["recipient"]
    return LetterContent(
        key=data["key"],
        template=data["template"],
        language=data["language"],
        tone=data["tone"],
        customer_type=data["customer_type"],
        customer_number=data["customer_number"],
        letter_date=date.fromisoformat(data["letter_date"]),
        sender=Sender(**{name: data["sender"][name] for name in _SENDER_FIELDS}, logo=logo),
        recipient=Recipient(
            name=recipient["name"],
            attention=recipient["attention"],
            address_lines=tuple(recipient["address_lines"]),
            postcode=recipient["postcode"],
            city=recipient["city"],
            country=recipient["country"],
        ),
        invoices=tuple(
            LetterInvoice(
                number=line["number"],
                due_date=date.fromisoformat(line["due_date"]),
                open_amount=Decimal(line["open_amount"]),
                invoice_date=date.fromisoformat(line["invoice_date"])
                if line["invoice_date"]
                else None,
                amount=None if line["amount"] is None else Decimal(line["amount"]),
            )
            for line in data["invoices"]
        ),
        payment=Payment(
            amount=Decimal(payment["amount"]),
            reference=payment["reference"],
            reference_kind=payment["reference_kind"],
            pay_by=date.fromisoformat(payment["pay_by"]),
            iban=payment["iban"],
            beneficiary=payment["beneficiary"],
            bic=payment["bic"],
            link_url=payment["link_url"],
            qr_kind=QrKind(payment["qr_kind"]),
            qr_payload=payment["qr_payload"],
        ),
        step_name=data["step_name"],
        costs=Decimal(data["costs"]),
        interest=Decimal(data["interest"]),
        fee=Decimal(data["fee"]),
        costs_announced=Decimal(data["costs_announced"]),
        fourteen_day_letter=bool(data["fourteen_day_letter"]),
        term_ends_on=date.fromisoformat(data["term_ends_on"]) if data["term_ends_on"] else None,
        salutation_name=data["salutation_name"],
        extra=dict(data["extra"]),
        schedule=tuple(
            LetterTerm(
                number=int(term["number"]),
                due_date=date.fromisoformat(term["due_date"]),
                amount=Decimal(term["amount"]),
            )
            for term in data.get("schedule", ())  # letters archived before schedules: none
        ),
        asks_term=bool(data.get("asks_term", False)),
        # letters archived before this was known all said "we reminded you before"
        reminded_before=bool(data.get("reminded_before", True)),
    )
