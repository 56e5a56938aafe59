"""The import vocabulary: fields, raw sheets, parsed rows, issues and the preview handed to the commit.

Reading a file never raises for a bad row: every problem becomes an :class:`Issue` with the row number
the clerk sees in the spreadsheet (header included, 1-based), the column header, the raw value and a
message code. Only a file that cannot be used at all raises :class:`~debtordesk.domain.errors.UserError`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from debtordesk.domain.enums import CustomerType, ImportKind, PaymentMethod
from debtordesk.domain.messages import Message

#: one cell as a reader delivers it: text from CSV; typed values from spreadsheets
Cell = str | int | float | Decimal | bool | date | datetime | time | timedelta | None


class Field(StrEnum):
    """Every field an import can fill. Which are required depends on the import kind."""

    # invoice
    INVOICE_NUMBER = "invoice_number"
    INVOICE_DATE = "invoice_date"
    DUE_DATE = "due_date"
    AMOUNT = "amount"
    OPEN_AMOUNT = "open_amount"
    PAID_AMOUNT = "paid_amount"
    #: separate debit and credit columns: the amount is debit minus credit (see importing.derived)
    DEBIT = "debit"
    CREDIT = "credit"
    CURRENCY = "currency"
    DESCRIPTION = "description"
    REFERENCE = "reference"
    PAYMENT_METHOD = "payment_method"
    STORNO_DATE = "storno_date"
    PAID_DATE = "paid_date"
    #: recognised so it is not reported as unmapped; DebtorDesk computes days overdue itself
    DAYS_OVERDUE = "days_overdue"
    # customer
    CUSTOMER_NUMBER = "customer_number"
    CUSTOMER_NAME = "customer_name"
    #: a name in parts (first name, tussenvoegsel, last name): put together as the customer's name
    FIRST_NAME = "first_name"
    NAME_PREFIX = "name_prefix"
    LAST_NAME = "last_name"
    CUSTOMER_TYPE = "customer_type"
    ATTENTION = "attention"
    ADDRESS = "address"
    HOUSE_NUMBER = "house_number"
    ADDRESS2 = "address2"
    POSTCODE = "postcode"
    CITY = "city"
    COUNTRY = "country"
    EMAIL = "email"
    #: a phone number of unknown kind: sorted into mobile or landline by its number plan
    PHONE = "phone"
    MOBILE = "mobile"
    LANDLINE = "landline"
    IBAN = "iban"
    LANGUAGE = "language"
    SEGMENT = "segment"
    TAGS = "tags"
    PREFERRED_CHANNEL = "preferred_channel"
    PREFERRED_PAYMENT_DAY = "preferred_payment_day"
    MANDATE_REFERENCE = "mandate_reference"
    MANDATE_DATE = "mandate_date"
    CLAIM_TYPE = "claim_type"
    COC_NUMBER = "coc_number"
    OPT_OUT_SMS = "opt_out_sms"
    OPT_OUT_EMAIL = "opt_out_email"
    OPT_OUT_CALL = "opt_out_call"


#: customer attributes an import may set, as stored on the customer (keys of CustomerData.values)
CUSTOMER_ATTRIBUTES = (
    "name",
    "customer_type",
    "type_origin",
    "attention",
    "address_line1",
    "address_line2",
    "postcode",
    "city",
    "country",
    "email",
    "mobile",
    "landline",
    "iban",
    "language",
    "segment",
    "preferred_channel",
    "preferred_payment_day",
    "mandate_reference",
    "mandate_date",
    "claim_type",
    "coc_number",
    "opt_out_sms",
    "opt_out_email",
    "opt_out_call",
)


class Severity(StrEnum):
    ERROR = "error"  # the row is rejected
    WARNING = "warning"  # the row is imported; something was dropped, assumed or derived


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem found while reading: where (row, column), what (value) and why (message)."""

    severity: Severity
    message: Message
    #: spreadsheet row number as the clerk sees it (1-based, header included); None for the file
    row: int | None = None
    #: the column's header as in the file (or its letter when the file has no header)
    column: str | None = None
    #: the raw cell text, shortened for display
    value: str | None = None


@dataclass(frozen=True)
class FileInfo:
    """What a file is, found by its content (not its extension)."""

    path: Path
    name: str
    size: int
    sha256: str
    #: the file's modification date, the default export date
    modified: date
    #: "csv", "xlsx", "xls" or "ods"
    format: str
    #: sheet names of a workbook; empty for CSV
    sheets: tuple[str, ...] = ()
    #: the encoding and delimiter a CSV was read with
    encoding: str | None = None
    delimiter: str | None = None


@dataclass(frozen=True)
class SheetData:
    """The cells of one sheet (or a CSV file), row by row, exactly as read."""

    name: str | None
    rows: list[list[Cell]]
    #: spreadsheet row number of ``rows[0]``
    first_row_number: int = 1
    #: merged cell ranges of a workbook sheet as (first row, first column, last row, last column),
    #: 0-based indexes into ``rows`` and its cells; only the first cell of a range holds the value
    merged: tuple[tuple[int, int, int, int], ...] = ()
    #: the workbook counts dates from 1904 (old Mac Excel): plain numbers in a date column shift
    date1904: bool = False

    def row_number(self, index: int) -> int:
        return self.first_row_number + index


@dataclass(frozen=True)
class HeaderGuess:
    """Where the header row is (index into SheetData.rows; None when the file has none)."""

    index: int | None
    headers: tuple[str, ...]
    #: how sure the guess is: the number of header cells that matched a known column name
    matches: int = 0


@dataclass(frozen=True)
class ParseOptions:
    """How to read values and what to assume where the file is silent (from the org settings)."""

    kind: ImportKind = ImportKind.OPEN_ITEMS
    #: "auto", "," or "."
    decimal_mark: str = "auto"
    #: "auto", "dmy", "mdy" or "ymd" for text dates that could be read more than one way
    date_order: str = "auto"
    payment_term_days: int = 14
    default_currency: str = "EUR"
    unknown_customer_type: CustomerType = CustomerType.CONSUMER
    detect_business_from_name: bool = True
    default_language: str = "nl"
    phone_region: str = "NL"


@dataclass(frozen=True, slots=True)
class CustomerData:
    """A customer as the file describes it.

    ``values`` holds only what the file actually says (a column missing from the file, or an empty or
    invalid cell, leaves the key out), so a commit never blanks a field it was not given.
    """

    key: str
    keyed_by_name: bool
    #: row of the first line that named this customer
    row: int
    values: Mapping[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    #: contact data the file gave but that was not accepted (invalid phone, e-mail, IBAN): warnings that
    #: belong on the customer; the same issues are also in ImportPreview.issues
    problems: tuple[Issue, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))


@dataclass(frozen=True, slots=True)
class InvoiceData:
    """One valid invoice line; the key within an administration is (number, due_date)."""

    row: int
    number: str
    customer_key: str
    due_date: date
    amount: Decimal
    open_amount: Decimal
    currency: str
    invoice_date: date | None = None
    #: None when the file does not say: a new invoice gets "manual", an existing one keeps its own
    payment_method: PaymentMethod | None = None
    description: str | None = None
    reference: str | None = None
    storno_date: date | None = None
    paid_date: date | None = None

    @property
    def key(self) -> tuple[str, date]:
        return (self.number, self.due_date)


@dataclass(frozen=True)
class ImportPreview:
    """Everything a commit needs, and everything the clerk should see before committing."""

    kind: ImportKind
    file: FileInfo
    sheet: str | None
    #: spreadsheet row number of the header row (None: no header, columns named by letter)
    header_row: int | None
    headers: tuple[str, ...]
    #: field -> column header (as in ``headers``)
    mapping: Mapping[Field, str]
    invoices: tuple[InvoiceData, ...]
    customers: Mapping[str, CustomerData]
    issues: tuple[Issue, ...]
    #: row numbers that were rejected (an error issue names each)
    rejected_rows: tuple[int, ...]
    #: invoice numbers of rejected rows: a full snapshot counts them as present, never closes them
    rejected_numbers: frozenset[str]
    #: data rows read (header, title, blank and total rows not counted)
    rows_read: int
    options: ParseOptions = field(default_factory=ParseOptions)

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.WARNING)

    @property
    def amount_from_open(self) -> bool:
        """Open items without an amount column: each invoice's open amount stands in for its amount
        (a stored invoice keeps the amount it has while that still covers what is open)."""
        return amount_from_open(self.kind, self.mapping)


def amount_from_open(kind: ImportKind, mapped: Collection[Field]) -> bool:
    """An open-items list with an open amount but no amount (not even as debit and credit columns):
    the open amount is the amount."""
    return (
        kind is ImportKind.OPEN_ITEMS
        and Field.AMOUNT not in mapped
        and Field.OPEN_AMOUNT in mapped
        and Field.DEBIT not in mapped
        and Field.CREDIT not in mapped
    )
