"""The closed vocabularies of customers and invoices, shared by every layer."""

from __future__ import annotations

from enum import StrEnum


class CustomerType(StrEnum):
    """Decides the legal regime; unknown customers are treated as consumers (the stricter regime)."""

    CONSUMER = "consumer"
    BUSINESS = "business"


class TypeOrigin(StrEnum):
    """Where a customer's type came from: a column, a rule on the name, or the consumer default."""

    FILE = "file"
    RULE = "rule"
    DEFAULT = "default"
    MANUAL = "manual"


class Channel(StrEnum):
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"
    CALL = "call"


class PaymentMethod(StrEnum):
    MANUAL = "manual"
    DIRECT_DEBIT = "direct_debit"


class InvoiceStatus(StrEnum):
    OPEN = "open"
    PAID = "paid"
    WRITTEN_OFF = "written_off"
    HANDED_OVER = "handed_over"


class CloseReason(StrEnum):
    """Why an invoice is no longer open."""

    ABSENT_FROM_SNAPSHOT = "absent_from_snapshot"  # paid outside DebtorDesk, per the ledger
    ZERO_OPEN = "zero_open"  # the export shows nothing open
    HISTORY = "history"  # imported from a history of closed invoices
    MANUAL = "manual"


class ClaimType(StrEnum):
    """Prescription period: consumer sale and supply prescribe after 2 years, other claims after 5."""

    CONSUMER_SALE = "consumer_sale"
    OTHER = "other"


class ImportKind(StrEnum):
    OPEN_ITEMS = "open_items"
    CUSTOMERS = "customers"
    HISTORY = "history"


class SnapshotMode(StrEnum):
    FULL = "full"
    DELTA = "delta"


class BatchStatus(StrEnum):
    COMMITTED = "committed"
    UNDONE = "undone"
