"""Words for the closed vocabularies (statuses, types, channels…) in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtordesk.domain.enums import (
    Channel,
    ClaimType,
    CustomerType,
    InvoiceStatus,
    PaymentMethod,
    TypeOrigin,
)
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Labels"

#: pairs, not a dict: members of different enums may share a value ("manual") and compare equal
_TEXTS: tuple[tuple[object, str], ...] = (
    (InvoiceStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (InvoiceStatus.PAID, QT_TRANSLATE_NOOP("Labels", "Paid")),
    (InvoiceStatus.WRITTEN_OFF, QT_TRANSLATE_NOOP("Labels", "Written off")),
    (InvoiceStatus.HANDED_OVER, QT_TRANSLATE_NOOP("Labels", "Handed over")),
    (PaymentMethod.MANUAL, QT_TRANSLATE_NOOP("Labels", "Transfer")),
    (PaymentMethod.DIRECT_DEBIT, QT_TRANSLATE_NOOP("Labels", "Direct debit")),
    (CustomerType.CONSUMER, QT_TRANSLATE_NOOP("Labels", "Consumer")),
    (CustomerType.BUSINESS, QT_TRANSLATE_NOOP("Labels", "Business")),
    (TypeOrigin.FILE, QT_TRANSLATE_NOOP("Labels", "from the imported file")),
    (TypeOrigin.RULE, QT_TRANSLATE_NOOP("Labels", "recognised by the legal form in the name")),
    (
        TypeOrigin.DEFAULT,
        QT_TRANSLATE_NOOP("Labels", "not known: treated as a consumer (the stricter rules)"),
    ),
    (TypeOrigin.MANUAL, QT_TRANSLATE_NOOP("Labels", "set by hand")),
    (Channel.SMS, QT_TRANSLATE_NOOP("Labels", "SMS")),
    (Channel.EMAIL, QT_TRANSLATE_NOOP("Labels", "E-mail")),
    (Channel.LETTER, QT_TRANSLATE_NOOP("Labels", "Letter")),
    (Channel.CALL, QT_TRANSLATE_NOOP("Labels", "Phone call")),
    (
        ClaimType.CONSUMER_SALE,
        QT_TRANSLATE_NOOP("Labels", "Consumer sale (prescribes after 2 years)"),
    ),
    (ClaimType.OTHER, QT_TRANSLATE_NOOP("Labels", "Other claim (prescribes after 5 years)")),
)

_EXTRA = {
    "partly_paid": QT_TRANSLATE_NOOP("Labels", "Partly paid"),
    "credit_note": QT_TRANSLATE_NOOP("Labels", "Credit note"),
    "nl": QT_TRANSLATE_NOOP("Labels", "Dutch"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
}


_BY_KIND = {(type(member), str(member)): text for member, text in _TEXTS}


def label(value: object) -> str:
    """The word for an enum member (or one of the few extra states), translated."""
    text = _BY_KIND.get((type(value), str(value))) or _EXTRA.get(str(value))
    if text is None:
        return str(value)
    return QCoreApplication.translate(_CONTEXT, text)


def language_name(code: str) -> str:
    return label(code) if code in _EXTRA else code
