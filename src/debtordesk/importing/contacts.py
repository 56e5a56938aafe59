"""Contact data checked at import speed: the common shapes of e-mail addresses, Dutch IBANs and Dutch
mobile numbers directly, everything else through :mod:`debtordesk.domain.contacts` (email-validator,
schwifty, phonenumbers).

A file of 40,000 customers spends seconds in those libraries; a plain ``jan@example.nl`` or
``NL91ABNA0417164300`` needs no more than a pattern and a checksum. The fast paths accept only what the
libraries accept too, and return the same normalised value (tests compare them). Callers convert each
distinct value once (see :func:`debtordesk.importing.columns.convert`), so nothing here is cached.
"""

from __future__ import annotations

import re

from email_validator import SPECIAL_USE_DOMAIN_NAMES

from debtordesk.domain.contacts import (
    CheckedValue,
    PhoneKind,
    normalise_email,
    normalise_iban,
    normalise_phone,
)

#: a dot-atom local part and a domain of letter/digit/hyphen labels with an alphabetic top level
_EMAIL = re.compile(
    r"([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})",
    re.ASCII,
)
#: special-use names (".test", ".local"...): one label each, so comparing the top level suffices; any
#: longer name a later email-validator adds is compared as a suffix
_SPECIAL_LABELS = frozenset(n for n in SPECIAL_USE_DOMAIN_NAMES if "." not in n)
_SPECIAL_SUFFIXES = tuple("." + n for n in SPECIAL_USE_DOMAIN_NAMES if "." in n)
_MAX_LOCAL = 64
_MAX_ADDRESS = 254
_DUTCH_IBAN = re.compile(r"NL[0-9]{2}[A-Z]{4}[0-9]{10}", re.ASCII)
_NOT_DIGITS = re.compile(r"[^\d+]")
_DUTCH_MOBILE = re.compile(r"(?:\+31|0031|0)6(\d{8})", re.ASCII)
_IBAN_NOISE = re.compile(r"[\s.\-]")
#: the IBAN checksum reads A as 10, B as 11 ... Z as 35: every two letters as four digits, and NL
_LETTER_DIGITS = {chr(ord("A") + n): str(10 + n) for n in range(26)}
_LETTER_PAIRS = {
    a + b: _LETTER_DIGITS[a] + _LETTER_DIGITS[b] for a in _LETTER_DIGITS for b in _LETTER_DIGITS
}
_NL_DIGITS = _LETTER_PAIRS["NL"]


def check_email(raw: str) -> CheckedValue:
    """The address with its domain in lower case, or the problem (see ``normalise_email``)."""
    address = common_email(raw.strip())
    return normalise_email(raw) if address is None else CheckedValue(address)


def common_email(text: str) -> str | None:
    """``check_email(text).value`` for an address of the common shape (``text`` stripped already);
    None when the address needs the full check."""
    match = _EMAIL.fullmatch(text)
    if match is None or len(match.group(1)) > _MAX_LOCAL or len(text) > _MAX_ADDRESS:
        return None
    domain = match.group(2)
    lower = domain.lower()
    if (
        # "xn--" names, and labels with "--" in the third and fourth place (reserved by IDNA,
        # which email-validator refuses): the full check decides
        "--" in lower
        or lower.rpartition(".")[2] in _SPECIAL_LABELS
        or lower.endswith(_SPECIAL_SUFFIXES)
    ):
        return None
    return text if lower == domain else f"{match.group(1)}@{lower}"


def check_iban(raw: str) -> CheckedValue:
    """The IBAN in compact form, or the problem (see ``normalise_iban``)."""
    compact = common_iban(raw)
    return normalise_iban(raw) if compact is None else CheckedValue(compact)


def common_iban(raw: str) -> str | None:
    """``check_iban(raw).value`` for a Dutch IBAN with a valid checksum; None when the IBAN needs the
    full check."""
    compact = raw
    if _DUTCH_IBAN.fullmatch(compact) is None:
        compact = _IBAN_NOISE.sub("", raw).upper()
        if _DUTCH_IBAN.fullmatch(compact) is None:
            return None
    return compact if _checksum_holds(compact) else None


def _checksum_holds(iban: str) -> bool:
    """ISO 13616 for a Dutch IBAN: the bank code, the account number, then the country and the check
    digits, letters as numbers (A is 10 ... Z is 35), modulo 97 is 1."""
    bank = iban[4:8]
    digits = f"{_LETTER_PAIRS[bank[:2]]}{_LETTER_PAIRS[bank[2:]]}{iban[8:]}{_NL_DIGITS}{iban[2:4]}"
    return int(digits) % 97 == 1


def check_phone(raw: str, region: str) -> tuple[str, PhoneKind] | str:
    """(E.164 number, mobile or landline), or the problem's message code (see ``normalise_phone``)."""
    # a number written as digits alone needs no cleaning
    match = _DUTCH_MOBILE.fullmatch(raw) or _DUTCH_MOBILE.fullmatch(_NOT_DIGITS.sub("", raw))
    if match is not None:
        return f"+316{match.group(1)}", PhoneKind.MOBILE
    phone = normalise_phone(raw, region)
    if phone.problem or phone.e164 is None or phone.kind is None:
        return phone.problem or "contact.phone_invalid"
    return phone.e164, phone.kind
