"""The plain data a letter is rendered from: no database, no Qt.

A :class:`LetterContent` carries everything the template and the layout need: who sends it, who gets
it, the invoices with their open amounts, the costs, interest and fee already due, the costs a 14-day
letter only announces, and the payment block (IBAN, amount, reference, the exact QR payload). The
services fill it from a communication; tests and the template preview fill it by hand.

Amounts are ``Decimal`` in euros. ``Payment.amount`` is what the customer is asked to pay now: the open
principal plus interest, costs and fee already due. ``LetterContent.costs_announced`` is never part of it
(LEGAL-NL: costs a 14-day letter announces are stated apart).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

ZERO = Decimal("0.00")


class QrKind(StrEnum):
    """What the letter's one QR code holds."""

    #: the payment link ``run`` created for this letter (Tikkie, Mollie…)
    LINK = "link"
    #: an EPC SEPA credit-transfer code (EPC069-12) with IBAN, amount and reference
    EPC = "epc"
    #: no code: no link and no valid IBAN or amount (the letter states how to pay by transfer, or
    #: without an IBAN asks the reader to contact the organisation)
    NONE = "none"


@dataclass(frozen=True)
class Sender:
    """The organisation (administration) that sends the letter."""

    name: str
    #: extra letterhead lines as the organisation typed them (may repeat name and address)
    letterhead: str = ""
    address_line: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    phone: str = ""
    email: str = ""
    website: str = ""
    coc_number: str = ""
    vat_number: str = ""
    iban: str = ""
    #: the IBAN's account holder: the beneficiary name on the letter and in the EPC code
    account_holder: str = ""
    bic: str = ""
    #: logo image bytes (PNG or JPEG), drawn top right
    logo: bytes | None = None


@dataclass(frozen=True)
class Recipient:
    """The customer's postal address as the window envelope shows it."""

    name: str
    attention: str = ""
    #: street lines (usually one)
    address_lines: tuple[str, ...] = ()
    postcode: str = ""
    city: str = ""
    #: ISO code; the country line is printed only when it is not the sender's country
    country: str = "NL"


@dataclass(frozen=True)
class LetterInvoice:
    number: str
    due_date: date
    open_amount: Decimal
    invoice_date: date | None = None
    #: the original amount, when known
    amount: Decimal | None = None


@dataclass(frozen=True)
class LetterTerm:
    """One term of a payment arrangement as a confirmation letter lists it."""

    number: int
    due_date: date
    amount: Decimal


@dataclass(frozen=True)
class Payment:
    """How to pay: printed as text beside the one QR code."""

    #: principal + interest + costs + fee due now (the QR amount)
    amount: Decimal
    #: the payment reference exactly as issued (an RF reference, a 16-digit kenmerk or an invoice number)
    reference: str
    #: "rf", "kenmerk" or "invoice_number"
    reference_kind: str
    #: the last day to pay that the letter states
    pay_by: date
    iban: str
    #: the beneficiary name (the account holder)
    beneficiary: str
    bic: str = ""
    #: the payment link ``run`` created, when there is one
    link_url: str | None = None
    qr_kind: QrKind = QrKind.NONE
    #: the exact text encoded in the QR code ("" when ``qr_kind`` is NONE)
    qr_payload: str = ""


@dataclass(frozen=True)
class LetterContent:
    """One letter."""

    #: what the batch maps the pages back to (the communication id as text; anything unique in a batch)
    key: str
    #: the template name of the dunning step ("reminder_1", "fourteen_day_letter"…)
    template: str
    #: "nl" or "en"
    language: str
    #: "formal" or "informal"
    tone: str
    #: "consumer" or "business"
    customer_type: str
    customer_number: str
    letter_date: date
    sender: Sender
    recipient: Recipient
    invoices: tuple[LetterInvoice, ...]
    payment: Payment
    step_name: str = ""
    #: collection costs, statutory interest and a (business) fee charged now, already in ``payment.amount``
    costs: Decimal = ZERO
    interest: Decimal = ZERO
    fee: Decimal = ZERO
    #: costs a 14-day letter announces (charged only when the term passes): never in ``payment.amount``
    costs_announced: Decimal = ZERO
    fourteen_day_letter: bool = False
    #: the 14-day term's wording is fixed by the template; this is the day counting starts after
    #: receipt, for templates that print an example date (None: the template states only the rule)
    term_ends_on: date | None = None
    #: the customer's first name or salutation name for informal letters ("" = use the full name)
    salutation_name: str = ""
    #: extra values for an organisation's own templates
    extra: dict[str, str] = field(default_factory=dict)
    #: the terms of a payment arrangement (its confirmation letter): printed as the letter's table
    #: instead of the invoices, with their total; the payment box asks the first term at most
    schedule: tuple[LetterTerm, ...] = ()
    #: the payment box asks one term of a payment arrangement, not the listed amounts (a term's
    #: request or reminder: ``payment.amount`` is the term)
    asks_term: bool = False
    #: an earlier SMS, e-mail or letter about these invoices went out (the letter may say "we
    #: reminded you before"); True when not known (the template preview, letters made by hand)
    reminded_before: bool = True

    @property
    def principal(self) -> Decimal:
        """The open amount of the listed invoices (credit notes net it)."""
        return sum((line.open_amount for line in self.invoices), ZERO)

    @property
    def schedule_total(self) -> Decimal:
        """What the terms of the schedule add up to."""
        return sum((term.amount for term in self.schedule), ZERO)


@dataclass(frozen=True)
class RenderedLetter:
    """Where a letter landed in a batch PDF."""

    key: str
    #: counted from 1 in the batch PDF
    first_page: int
    #: the letter's own pages (without duplex padding)
    pages: int
    #: blank pages added after it for duplex printing
    padding: int = 0
