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
    Field.DEBIT,
    Field.CREDIT,
    Field.CURRENCY,
    Field.DESCRIPTION,
    Field.REFERENCE,
    Field.PAYMENT_METHOD,
    Field.STORNO_DATE,
    Field.DAYS_OVERDUE,
)
_CUSTOMER_KEY = (Field.CUSTOMER_NUMBER, Field.CUSTOMER_NAME)
_CUSTOMER = (
    Field.FIRST_NAME,
    Field.NAME_PREFIX,
    Field.LAST_NAME,
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


def field_label(field: Field) -> str:
    """The field's name as the clerk reads it, in the interface language."""
    labels = {
        Field.INVOICE_NUMBER: QCoreApplication.translate("ImportFields", "Invoice number"),
        Field.INVOICE_DATE: QCoreApplication.translate("ImportFields", "Invoice date"),
        Field.DUE_DATE: QCoreApplication.translate("ImportFields", "Due date"),
        Field.AMOUNT: QCoreApplication.translate("ImportFields", "Invoice amount"),
        Field.OPEN_AMOUNT: QCoreApplication.translate("ImportFields", "Open amount"),
        Field.PAID_AMOUNT: QCoreApplication.translate("ImportFields", "Amount paid"),
        Field.DEBIT: QCoreApplication.translate("ImportFields", "Debit (amount = debit − credit)"),
        Field.CREDIT: QCoreApplication.translate(
            "ImportFields", "Credit (amount = debit − credit)"
        ),
        Field.FIRST_NAME: QCoreApplication.translate("ImportFields", "First name (name in parts)"),
        Field.NAME_PREFIX: QCoreApplication.translate(
            "ImportFields", "Name prefix, e.g. 'de', 'van der' (name in parts)"
        ),
        Field.LAST_NAME: QCoreApplication.translate("ImportFields", "Last name (name in parts)"),
        Field.CURRENCY: QCoreApplication.translate("ImportFields", "Currency"),
        Field.DESCRIPTION: QCoreApplication.translate("ImportFields", "Description"),
        Field.REFERENCE: QCoreApplication.translate("ImportFields", "Reference"),
        Field.PAYMENT_METHOD: QCoreApplication.translate("ImportFields", "Payment method"),
        Field.STORNO_DATE: QCoreApplication.translate("ImportFields", "Direct debit reversal date"),
        Field.PAID_DATE: QCoreApplication.translate("ImportFields", "Date paid"),
        Field.DAYS_OVERDUE: QCoreApplication.translate("ImportFields", "Days overdue (not used)"),
        Field.CUSTOMER_NUMBER: QCoreApplication.translate("ImportFields", "Customer number"),
        Field.CUSTOMER_NAME: QCoreApplication.translate("ImportFields", "Customer name"),
        Field.CUSTOMER_TYPE: QCoreApplication.translate(
            "ImportFields", "Customer type (consumer or business)"
        ),
        Field.ATTENTION: QCoreApplication.translate("ImportFields", "Attention of"),
        Field.ADDRESS: QCoreApplication.translate("ImportFields", "Street and number"),
        Field.HOUSE_NUMBER: QCoreApplication.translate("ImportFields", "House number"),
        Field.ADDRESS2: QCoreApplication.translate("ImportFields", "Address line 2"),
        Field.POSTCODE: QCoreApplication.translate("ImportFields", "Postcode"),
        Field.CITY: QCoreApplication.translate("ImportFields", "City"),
        Field.COUNTRY: QCoreApplication.translate("ImportFields", "Country"),
        Field.EMAIL: QCoreApplication.translate("ImportFields", "E-mail"),
        Field.PHONE: QCoreApplication.translate("ImportFields", "Phone (mobile or landline)"),
        Field.MOBILE: QCoreApplication.translate("ImportFields", "Mobile phone"),
        Field.LANDLINE: QCoreApplication.translate("ImportFields", "Landline phone"),
        Field.IBAN: QCoreApplication.translate("ImportFields", "IBAN"),
        Field.LANGUAGE: QCoreApplication.translate("ImportFields", "Language"),
        Field.SEGMENT: QCoreApplication.translate("ImportFields", "Segment"),
        Field.TAGS: QCoreApplication.translate("ImportFields", "Tags"),
        Field.PREFERRED_CHANNEL: QCoreApplication.translate("ImportFields", "Preferred channel"),
        Field.PREFERRED_PAYMENT_DAY: QCoreApplication.translate(
            "ImportFields", "Preferred payment day"
        ),
        Field.MANDATE_REFERENCE: QCoreApplication.translate(
            "ImportFields", "Direct debit mandate reference"
        ),
        Field.MANDATE_DATE: QCoreApplication.translate("ImportFields", "Direct debit mandate date"),
        Field.CLAIM_TYPE: QCoreApplication.translate(
            "ImportFields", "Claim type (for prescription)"
        ),
        Field.COC_NUMBER: QCoreApplication.translate("ImportFields", "Chamber of Commerce number"),
        Field.OPT_OUT_SMS: QCoreApplication.translate("ImportFields", "No text messages"),
        Field.OPT_OUT_EMAIL: QCoreApplication.translate("ImportFields", "No e-mail"),
        Field.OPT_OUT_CALL: QCoreApplication.translate("ImportFields", "No phone calls"),
    }
    return labels[field]


def kind_label(kind: ImportKind) -> str:
    labels = {
        ImportKind.OPEN_ITEMS: QCoreApplication.translate("ImportFields", "Open items"),
        ImportKind.CUSTOMERS: QCoreApplication.translate("ImportFields", "Customer master file"),
        ImportKind.HISTORY: QCoreApplication.translate("ImportFields", "History of paid invoices"),
    }
    return labels[kind]
