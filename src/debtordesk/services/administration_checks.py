"""What a valid administration is: its details as the services pass them around, and the checks that
tidy and refuse what a clerk typed (details, a new administration's code, the organisation's options)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

import phonenumbers
from schwifty import BIC
from schwifty.exceptions import SchwiftyException

from debtordesk.domain.contacts import normalise_email, normalise_iban, normalise_phone
from debtordesk.domain.enums import CustomerType
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import LANGUAGES, render
from debtordesk.settings.org import OrgSettings


@dataclass(frozen=True)
class AdministrationDetails:
    """The legal entity that sends the invoices, as printed on letters and payment requests."""

    id: int
    code: str
    name: str
    iban: str | None = None
    account_holder: str | None = None
    bic: str | None = None
    address_line: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str = "NL"
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    coc_number: str | None = None
    vat_number: str | None = None
    #: the row's version when it was read; a save with an older version is refused
    version: int = 1


#: the editable text fields and their column widths
EDITABLE = tuple(
    f.name for f in fields(AdministrationDetails) if f.name not in {"id", "code", "version"}
)
_LIMITS = {"name": 200, "account_holder": 70, "address_line": 200, "city": 100, "website": 200}
_POSTCODE_NL = re.compile(r"^(\d{4})\s*([A-Z]{2})$")
_VAT_NL = re.compile(r"^NL\d{9}B\d{2}$")
_VAT_OTHER = re.compile(r"^[A-Z]{2}[0-9A-Z+*]{2,13}$")
_RANGES: dict[str, tuple[float, float]] = {
    "payment_term_days": (0, 365),
    "snapshot_close_confirm_ratio": (0.01, 1.0),
}


#: a code is typed on the command line (--administration CODE) and shown in narrow lists: short, plain
CODE_LIMIT = 20
_CODE = re.compile(r"[A-Za-z0-9_-]+")


def checked_code(raw: str) -> str:
    """A new administration's code without surrounding blanks, or a UserError saying what is wrong."""
    code = raw.strip()
    if not code:
        raise UserError("administration.code_required")
    if len(code) > CODE_LIMIT:
        raise UserError("administration.code_too_long", value=code, limit=CODE_LIMIT)
    if not _CODE.fullmatch(code):
        raise UserError("administration.code_invalid", value=code)
    return code


def checked_administration(details: AdministrationDetails) -> AdministrationDetails:
    """The details cleaned up (blanks to None, IBAN and BIC compact, postcode as 1234 AB), or a
    UserError that names the first thing that is wrong."""
    values = asdict(tidied(details))
    if not values["name"]:
        raise UserError("administration.name_required")
    for name, limit in _LIMITS.items():
        if values[name] and len(values[name]) > limit:
            title = render(Message(f"administration.field.{name}"))
            raise UserError("administration.too_long", field=title, limit=limit)
    country = (values["country"] or "NL").upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise UserError("administration.country_invalid", value=values["country"])
    values["country"] = country
    if values["iban"]:
        iban = normalise_iban(values["iban"])
        if iban.value is None:
            raise UserError("administration.iban_invalid", value=values["iban"])
        values["iban"] = iban.value
        if not values["account_holder"]:
            raise UserError("administration.holder_required")
    if values["bic"]:
        values["bic"] = _checked_bic(values["bic"])
    if values["postcode"] and country == "NL":
        match = _POSTCODE_NL.match(values["postcode"].upper())
        if match is None:
            raise UserError("administration.postcode_invalid", value=values["postcode"])
        values["postcode"] = f"{match.group(1)} {match.group(2)}"
    if values["email"] and normalise_email(values["email"]).value is None:
        raise UserError("administration.email_invalid", value=values["email"])
    if values["phone"] and normalise_phone(values["phone"], country).e164 is None:
        raise UserError("administration.phone_invalid", value=values["phone"])
    if values["coc_number"]:
        digits = re.sub(r"[\s.]", "", values["coc_number"])
        if not re.fullmatch(r"\d{8}", digits):
            raise UserError("administration.coc_invalid", value=values["coc_number"])
        values["coc_number"] = digits
    if values["vat_number"]:
        vat = re.sub(r"[\s.\-]", "", values["vat_number"]).upper()
        pattern = _VAT_NL if vat.startswith("NL") else _VAT_OTHER
        if not pattern.fullmatch(vat):
            raise UserError("administration.vat_invalid", value=values["vat_number"])
        values["vat_number"] = vat
    return replace(details, **values)


def tidied(details: AdministrationDetails) -> AdministrationDetails:
    """White space collapsed, blanks as None: what the clerk typed, before any check."""
    values: dict[str, Any] = {}
    for name in EDITABLE:
        value = getattr(details, name)
        values[name] = " ".join(str(value).split()) if value is not None else ""
        values[name] = values[name] or None
    return replace(details, **values)


def _checked_bic(raw: str) -> str:
    compact = re.sub(r"\s", "", raw).upper()
    try:
        return str(BIC(compact).compact)
    except SchwiftyException as exc:
        raise UserError("administration.bic_invalid", value=raw) from exc


def checked_settings(settings: OrgSettings) -> OrgSettings:
    """The options, or a UserError naming the first one out of range."""
    choices: dict[str, tuple[str, ...]] = {
        "unknown_customer_type": tuple(member.value for member in CustomerType),
        "default_language": LANGUAGES,
        "default_phone_region": tuple(sorted(phonenumbers.SUPPORTED_REGIONS)),
    }
    values = asdict(settings)
    values["default_currency"] = str(values["default_currency"]).strip().upper()
    values["default_phone_region"] = str(values["default_phone_region"]).strip().upper()
    for key, value in values.items():
        title = render(Message(f"org.{key}"))
        if key in _RANGES:
            low, high = _RANGES[key]
            if not low <= value <= high:
                raise UserError(
                    "settings.out_of_range",
                    title=title,
                    value=str(value),
                    low=str(low),
                    high=str(high),
                )
        if key in choices and value not in choices[key]:
            shown = ", ".join(choices[key][:12]) + ("…" if len(choices[key]) > 12 else "")
            raise UserError("settings.not_a_choice", title=title, value=str(value), choices=shown)
    if not re.fullmatch(r"[A-Z]{3}", values["default_currency"]):
        raise UserError(
            "settings.not_a_choice",
            title=render(Message("org.default_currency")),
            value=str(settings.default_currency),
            choices="EUR, USD, GBP…",
        )
    return OrgSettings(**values)
