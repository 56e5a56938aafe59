"""Contact data normalisation: E.164 phone numbers, IBANs and e-mail addresses (no network).

Each function returns a normalised value or a message code that says what is wrong; callers decide
whether that is a warning (contact data on a customer) or an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"


@dataclass(frozen=True, slots=True)
class PhoneResult:
    """A parsed phone number in E.164 form with its kind, or the reason it was not accepted."""

    e164: str | None
    kind: PhoneKind | None
    problem: str | None = None


_NOT_DIGITS = re.compile(r"[^\d+]")
_NL_MOBILE = re.compile(r"^(?:\+31|0031|0)6(\d{8})$")

_MOBILE_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}
_LANDLINE_TYPES = {
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.VOIP,
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.UAN,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
}


@lru_cache(maxsize=65536)
def normalise_phone(raw: str, default_region: str = "NL") -> PhoneResult:
    """'06-12 34 56 78' -> +31612345678 (mobile); '020 123 4567' -> +31201234567 (landline).

    Dutch mobile numbers take a fast path; everything else goes through ``phonenumbers``.
    """
    text = raw.strip()
    if not text:
        return PhoneResult(None, None, "contact.phone_empty")
    compact = _NOT_DIGITS.sub("", text)
    match = _NL_MOBILE.match(compact)
    if match:
        return PhoneResult(f"+316{match.group(1)}", PhoneKind.MOBILE)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    try:
        number = phonenumbers.parse(compact or text, default_region)
    except phonenumbers.NumberParseException:
        return PhoneResult(None, None, "contact.phone_invalid")
    if not phonenumbers.is_valid_number(number):
        return PhoneResult(None, None, "contact.phone_invalid")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    number_type = phonenumbers.number_type(number)
    if number_type in _MOBILE_TYPES:
        return PhoneResult(e164, PhoneKind.MOBILE)
    if number_type in _LANDLINE_TYPES:
        return PhoneResult(e164, PhoneKind.LANDLINE)
    return PhoneResult(e164, PhoneKind.LANDLINE)


@dataclass(frozen=True, slots=True)
class CheckedValue:
    """A normalised value, or the message code of what is wrong with the raw one."""

    value: str | None
    problem: str | None = None


@lru_cache(maxsize=65536)
def normalise_iban(raw: str) -> CheckedValue:
    """'nl91 abna 0417 1643 00' -> 'NL91ABNA0417164300'; a wrong check digit is a problem."""
    compact = re.sub(r"[\s.\-]", "", raw).upper()
    if not compact:
        return CheckedValue(None, "contact.iban_empty")
    try:
        return CheckedValue(IBAN(compact).compact)
    except SchwiftyException:
        return CheckedValue(None, "contact.iban_invalid")


@lru_cache(maxsize=65536)
def normalise_email(raw: str) -> CheckedValue:
    """Syntax check without network; the domain part is lower-cased, the local part kept."""
    text = raw.strip()
    if not text:
        return CheckedValue(None, "contact.email_empty")
    if text.lower().startswith("mailto:"):
        text = text[7:]
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return CheckedValue(None, "contact.email_invalid")
    return CheckedValue(result.normalized)
