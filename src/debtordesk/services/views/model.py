"""What the list and detail views ask for and get back: queries, pages and plain row dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Generic, TypeVar

from debtordesk.domain.enums import (
    Channel,
    ClaimType,
    CustomerType,
    InvoiceStatus,
    PaymentMethod,
    TypeOrigin,
)
from debtordesk.domain.money import ZERO

T = TypeVar("T")

#: rows per page when a list does not say
DEFAULT_PAGE_SIZE = 250
#: the most rows one page may ask for: a view never pulls a whole large table at once
MAX_PAGE_SIZE = 2000


@dataclass(frozen=True)
class Page(Generic[T]):
    """One slice of a sorted, filtered list."""

    rows: tuple[T, ...]
    offset: int
    #: another page follows (the count of all matching rows is a separate, slower question)
    has_more: bool


class StatusFilter(StrEnum):
    OPEN = "open"
    #: everything that is no longer open: paid, written off, handed over
    CLOSED = "closed"
    ALL = "all"


class InvoiceSort(StrEnum):
    NUMBER = "number"
    CUSTOMER_NUMBER = "customer_number"
    CUSTOMER_NAME = "customer_name"
    INVOICE_DATE = "invoice_date"
    DUE_DATE = "due_date"
    #: days overdue: the reverse of the due date
    DAYS_OVERDUE = "days_overdue"
    AMOUNT = "amount"
    OPEN_AMOUNT = "open_amount"
    STATUS = "status"
    PAYMENT_METHOD = "payment_method"


class CustomerSort(StrEnum):
    NUMBER = "number"
    NAME = "name"
    CUSTOMER_TYPE = "customer_type"
    POSTCODE = "postcode"
    CITY = "city"
    EMAIL = "email"
    MOBILE = "mobile"
    OPEN_COUNT = "open_count"
    OPEN_TOTAL = "open_total"
    OVERDUE_TOTAL = "overdue_total"


@dataclass(frozen=True)
class InvoiceQuery:
    """A page of the invoice list. ``today`` decides what is overdue."""

    today: date
    #: words that must each match the invoice number, or the customer's number, name (accents and case
    #: ignored), postcode or e-mail address
    search: str = ""
    status: StatusFilter = StatusFilter.OPEN
    #: only open invoices whose due date has passed
    overdue_only: bool = False
    customer_id: int | None = None
    #: only the invoices of this administration; None: of every administration
    administration_id: int | None = None
    sort: InvoiceSort = InvoiceSort.DUE_DATE
    descending: bool = False
    offset: int = 0
    limit: int = DEFAULT_PAGE_SIZE


@dataclass(frozen=True)
class CustomerQuery:
    """A page of the customer list. ``today`` decides which open amounts are overdue."""

    today: date
    #: words that must each match the customer's number, name, postcode or e-mail address
    search: str = ""
    #: only customers with at least one open invoice
    with_open_only: bool = False
    #: only the customers of this administration; None: of every administration
    administration_id: int | None = None
    sort: CustomerSort = CustomerSort.NAME
    descending: bool = False
    offset: int = 0
    limit: int = DEFAULT_PAGE_SIZE


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    customer_id: int
    customer_number: str
    customer_name: str
    invoice_date: date | None
    due_date: date
    amount: Decimal
    open_amount: Decimal
    currency: str
    status: InvoiceStatus
    payment_method: PaymentMethod
    storno_date: date | None
    paid_date: date | None
    description: str | None
    #: days past the due date for an open invoice (negative: not yet due); None once closed
    days_overdue: int | None

    @property
    def is_credit_note(self) -> bool:
        return self.amount < 0

    @property
    def is_partly_paid(self) -> bool:
        """Open, with part of the amount already paid (or, for a credit note, settled)."""
        return self.status is InvoiceStatus.OPEN and self.open_amount not in (self.amount, ZERO)

    @property
    def paid_amount(self) -> Decimal:
        return self.amount - self.open_amount


@dataclass(frozen=True)
class CustomerRow:
    id: int
    number: str
    name: str
    customer_type: CustomerType
    postcode: str | None
    city: str | None
    email: str | None
    mobile: str | None
    open_count: int
    open_total: Decimal
    overdue_total: Decimal
    #: contact data the import could not accept (shown as a warning sign in the list)
    has_contact_problems: bool


@dataclass(frozen=True)
class ContactProblem:
    """Contact data the import could not accept, in words."""

    field: str | None
    value: str | None
    text: str


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str
    #: the event in words, in the current language
    text: str
    invoice_number: str | None
    user_login: str | None
    #: the kept letter PDF this e-mail carried, which the timeline can open
    #: (:func:`debtordesk.services.email_archive.email_attachment_pdf`); None: none
    email_attachment_id: int | None = None


@dataclass(frozen=True)
class CustomerDetail:
    """Everything about one customer for the detail panel."""

    id: int
    administration_name: str
    number: str
    keyed_by_name: bool
    name: str
    customer_type: CustomerType
    type_origin: TypeOrigin
    attention: str | None
    address_line1: str | None
    address_line2: str | None
    postcode: str | None
    city: str | None
    country: str | None
    email: str | None
    mobile: str | None
    landline: str | None
    iban: str | None
    language: str
    preferred_channel: Channel | None
    opt_out_sms: bool
    opt_out_email: bool
    opt_out_call: bool
    segment: str | None
    preferred_payment_day: int | None
    mandate_reference: str | None
    mandate_date: date | None
    claim_type: ClaimType
    coc_number: str | None
    tags: tuple[str, ...]
    contact_problems: tuple[ContactProblem, ...]
    created_at: datetime
    updated_at: datetime
    #: every invoice of the customer, open ones first, then by due date
    invoices: tuple[InvoiceRow, ...]
    open_total: Decimal
    overdue_total: Decimal
    #: newest first
    timeline: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class DatabaseCounts:
    customers: int
    invoices: int
    open_invoices: int
    open_total: Decimal
    overdue_invoices: int
    overdue_total: Decimal
