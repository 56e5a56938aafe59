"""The plain data an SMS or e-mail is rendered from: no database, no Qt.

The services fill a :class:`MessageContent` from a communication; tests and the template editor fill it by
hand. Amounts are ``Decimal`` euros. ``amount`` is what the customer is asked to pay now (the listed open
amounts plus interest, costs and fee already due); ``costs_announced`` (a 14-day letter) is never part of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class MessageSender:
    """The administration that sends the message, and where the customer can reach it."""

    name: str
    phone: str = ""
    email: str = ""
    website: str = ""
    #: where to transfer the money to, when there is no payment link (or as well)
    iban: str = ""
    #: the IBAN's account holder (the name the bank checks); the sender's name when empty
    account_holder: str = ""


@dataclass(frozen=True)
class MessageInvoice:
    number: str
    due_date: date
    open_amount: Decimal


@dataclass(frozen=True)
class MessageContent:
    """One SMS or e-mail: who sends it, to whom, what is open, and how to pay."""

    #: the communication id as text (anything unique)
    key: str
    #: the step's template name ("reminder_1", "fourteen_day_letter" ...)
    template: str
    #: "nl" or "en"
    language: str
    #: "formal" or "informal"
    tone: str
    #: "consumer" or "business"
    customer_type: str
    customer_number: str
    #: the customer's name as the message addresses it
    name: str
    sender: MessageSender
    invoices: tuple[MessageInvoice, ...]
    #: principal + interest + costs + fee due now
    amount: Decimal
    #: the last day to pay the message states
    pay_by: date
    #: the payment reference exactly as issued ("" when there is none)
    reference: str = ""
    #: the payment link the run made, when there is one that has not expired
    link_url: str | None = None
    costs: Decimal = ZERO
    interest: Decimal = ZERO
    fee: Decimal = ZERO
    #: costs a 14-day letter announces: never part of ``amount``
    costs_announced: Decimal = ZERO
    fourteen_day_letter: bool = False
    #: an earlier SMS, e-mail or letter about these invoices went out (so the message may say
    #: "despite our earlier reminders"); True when unknown, as for letters
    reminded_before: bool = True
    step_name: str = ""
    #: a first name or salutation name for the e-mail's greeting ("": the full name)
    salutation_name: str = ""
    #: extra values for an organisation's own templates
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def principal(self) -> Decimal:
        return sum((line.open_amount for line in self.invoices), ZERO)
