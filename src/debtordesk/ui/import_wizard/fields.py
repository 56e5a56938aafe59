"""What the mapping page offers per import kind, and the clerk's names for the fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtordesk.domain.enums import ImportKind
from debtordesk.importing.mapping import fields_for_kind
from debtordesk.importing.model import Field

_INVOICE = (
    Field.INVOICE_NUMBER,
    Field.INVOICE_DATE,
    Field.DUE_DATE,
    Field.AMOUNT,
    Field.OPEN_AMOUNT,
    Field.PAID_AMOUNT,
    Field.CURRENCY,
    Field.DESCRIPTION,
    Field.REFERENCE,
    Field.PAYMENT_METHOD,
    Field.STORNO_DATE,
    Field.DAYS_OVERDUE,
)
_CUSTOMER_KEY = (Field.CUSTOMER_NUMBER, Field.CUSTOMER_NAME)
_CUSTOMER = (
    Field.CUSTOMER_TYPE,
    Field.ATTENTION,
    Field.ADDRESS,
    Field.HOUSE_NUMBER,
    Field.ADDRESS2,
    Field.POSTCODE,
    Field.CITY,
    Field.COUNTRY,
    Field.EMAIL,
    Field.PHONE,
    Field.MOBILE,
    Field.LANDLINE,
    Field.IBAN,
    Field.LANGUAGE,
    Field.SEGMENT,
    Field.TAGS,
    Field.PREFERRED_CHANNEL,
    Field.PREFERRED_PAYMENT_DAY,
    Field.MANDATE_REFERENCE,
    Field.MANDATE_DATE,
    Field.CLAIM_TYPE,
    Field.COC_NUMBER,
    Field.OPT_OUT_SMS,
    Field.OPT_OUT_EMAIL,
    Field.OPT_OUT_CALL,
)


_ORDER = (*_INVOICE[:5], Field.PAID_DATE, *_INVOICE[5:], *_CUSTOMER_KEY, *_CUSTOMER)


def fields_for(kind: ImportKind) -> tuple[Field, ...]:
    """The fields the mapping page lists for ``kind``, in the order a clerk reads a file."""
    allowed = fields_for_kind(kind)
    return tuple(f for f in _ORDER if f in allowed) + tuple(sorted(allowed.difference(_ORDER)))


def is_customer_field(field: Field) -> bool:
    return field in _CUSTOMER_KEY or field in _CUSTOMER


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportFields", text)


def field_label(field: Field) -> str:
    """The field's name as the clerk reads it, in the interface language."""
    labels = {
        Field.INVOICE_NUMBER: _t("Invoice number"),
        Field.INVOICE_DATE: _t("Invoice date"),
        Field.DUE_DATE: _t("Due date"),
        Field.AMOUNT: _t("Invoice amount"),
        Field.OPEN_AMOUNT: _t("Open amount"),
        Field.PAID_AMOUNT: _t("Amount paid"),
        Field.CURRENCY: _t("Currency"),
        Field.DESCRIPTION: _t("Description"),
        Field.REFERENCE: _t("Reference"),
        Field.PAYMENT_METHOD: _t("Payment method"),
        Field.STORNO_DATE: _t("Direct debit reversal date"),
        Field.PAID_DATE: _t("Date paid"),
        Field.DAYS_OVERDUE: _t("Days overdue (not used)"),
        Field.CUSTOMER_NUMBER: _t("Customer number"),
        Field.CUSTOMER_NAME: _t("Customer name"),
        Field.CUSTOMER_TYPE: _t("Customer type (consumer or business)"),
        Field.ATTENTION: _t("Attention of"),
        Field.ADDRESS: _t("Street and number"),
        Field.HOUSE_NUMBER: _t("House number"),
        Field.ADDRESS2: _t("Address line 2"),
        Field.POSTCODE: _t("Postcode"),
        Field.CITY: _t("City"),
        Field.COUNTRY: _t("Country"),
        Field.EMAIL: _t("E-mail"),
        Field.PHONE: _t("Phone (mobile or landline)"),
        Field.MOBILE: _t("Mobile phone"),
        Field.LANDLINE: _t("Landline phone"),
        Field.IBAN: _t("IBAN"),
        Field.LANGUAGE: _t("Language"),
        Field.SEGMENT: _t("Segment"),
        Field.TAGS: _t("Tags"),
        Field.PREFERRED_CHANNEL: _t("Preferred channel"),
        Field.PREFERRED_PAYMENT_DAY: _t("Preferred payment day"),
        Field.MANDATE_REFERENCE: _t("Direct debit mandate reference"),
        Field.MANDATE_DATE: _t("Direct debit mandate date"),
        Field.CLAIM_TYPE: _t("Claim type (for prescription)"),
        Field.COC_NUMBER: _t("Chamber of Commerce number"),
        Field.OPT_OUT_SMS: _t("No text messages"),
        Field.OPT_OUT_EMAIL: _t("No e-mail"),
        Field.OPT_OUT_CALL: _t("No phone calls"),
    }
    return labels[field]


def kind_label(kind: ImportKind) -> str:
    labels = {
        ImportKind.OPEN_ITEMS: _t("Open items"),
        ImportKind.CUSTOMERS: _t("Customer master file"),
        ImportKind.HISTORY: _t("History of paid invoices"),
    }
    return labels[kind]
