"""Checking a clerk's edit of a customer: each field the clerk changed tidied, normalised and checked,
every problem with a message that names the field and says what to do.

Fields the clerk left alone are not checked again: an odd value an import stored years ago must not
block a change of the e-mail address.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

import phonenumbers
from babel import Locale

from debtordesk.domain.contacts import PhoneKind, normalise_email, normalise_iban, normalise_phone
from debtordesk.domain.enums import Channel, ClaimType, CustomerType
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message, MessageParam
from debtordesk.i18n.catalogue import LANGUAGES, render
from debtordesk.services.import_state import CUSTOMER_LENGTHS, TAG_LENGTH

#: the fields a clerk edits, in the order the edit form shows them
EDITABLE_FIELDS = (
    "name",
    "customer_type",
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
    "preferred_channel",
    "opt_out_sms",
    "opt_out_email",
    "opt_out_call",
    "email_consent",
    "segment",
    "tags",
    "preferred_payment_day",
    "mandate_reference",
    "mandate_date",
    "claim_type",
    "coc_number",
    "policy_override_id",
)
_TEXTS = frozenset(
    {"name", "attention", "address_line1", "address_line2", "city", "segment", "coc_number"}
)
_CHOICES: dict[str, type[StrEnum]] = {
    "customer_type": CustomerType,
    "preferred_channel": Channel,
    "claim_type": ClaimType,
}
_NL_POSTCODE = re.compile(r"([1-9]\d{3})\s*([A-Za-z]{2})", re.ASCII)
#: the SEPA character set of a mandate reference (the bank refuses a collection with anything else)
_MANDATE_REFERENCE = re.compile(r"[A-Za-z0-9/?:().,'+ -]{1,35}", re.ASCII)


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field of the edit, in a message that says what to do."""

    field: str
    message: Message


class InvalidCustomer(UserError):
    """The edit was refused; ``problems`` lists every field that is wrong (the message is the first)."""

    def __init__(self, problems: tuple[FieldProblem, ...]) -> None:
        first = problems[0]
        super().__init__(first.message.code, **dict(first.message.params))
        self.problems = problems


def field_title(name: str, language: str | None = None) -> str:
    """The field's name as the edit form shows it ("Mobile", "Mobiel")."""
    return render(Message(f"customer.field.{name}"), language)


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166 two-letter country codes (from Babel's territory list)."""
    codes = (str(code) for code in Locale.parse("en").territories)
    return frozenset(code for code in codes if len(code) == 2 and code.isalpha())


def check_edit(
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    *,
    default_region: str = "NL",
    today: date | None = None,
) -> tuple[dict[str, Any], tuple[FieldProblem, ...]]:
    """The edit with its changed fields normalised, and what is wrong with it (empty: it may be saved).

    ``before`` holds the values as stored, ``after`` what the clerk typed; fields equal to their stored
    value are returned as stored and not checked.
    """
    checker = _Checker(before, after, default_region, today or datetime.now().astimezone().date())
    return checker.run()


class _Checker:
    def __init__(
        self, before: Mapping[str, Any], after: Mapping[str, Any], region: str, today: date
    ) -> None:
        self.before = before
        self.values = {name: after[name] for name in EDITABLE_FIELDS}
        self.region = region
        self.today = today
        self.problems: list[FieldProblem] = []

    def touched(self, *names: str) -> bool:
        return any(self.values[name] != self.before[name] for name in names)

    def problem(self, field: str, code: str, **params: MessageParam) -> None:
        self.problems.append(FieldProblem(field, Message(code, {"field": field, **params})))

    def run(self) -> tuple[dict[str, Any], tuple[FieldProblem, ...]]:
        for name in _TEXTS:
            if self.touched(name):
                self.values[name] = _tidy(self.values[name])
        self._name()
        self._choices()
        self._country()
        self._postcode()
        self._email()
        self._phone("mobile", PhoneKind.MOBILE)
        self._phone("landline", PhoneKind.LANDLINE)
        self._iban()
        self._language()
        self._payment_day()
        self._mandate()
        self._coc_number()
        self._tags()
        self._lengths()
        return self.values, tuple(self.problems)

    def _name(self) -> None:
        if self.touched("name") and not self.values["name"]:
            self.problem("name", "customer.name_required")

    def _choices(self) -> None:
        for name, kind in _CHOICES.items():
            value = self.values[name]
            if value is None and name == "preferred_channel":
                continue
            try:
                self.values[name] = kind(value)
            except ValueError:
                self.problem(name, "customer.not_a_choice", title=field_title(name), value=value)

    def _country(self) -> None:
        if not self.touched("country"):
            return
        raw = _tidy(self.values["country"])
        country = raw.upper() if raw else None
        if country is not None and country not in country_codes():
            self.problem("country", "customer.country_invalid", value=raw)
        self.values["country"] = country

    def _postcode(self) -> None:
        if not self.touched("postcode", "country"):
            return
        raw = _tidy(self.values["postcode"])
        self.values["postcode"] = raw
        if raw is None or self.values["country"] not in (None, "NL"):
            return
        match = _NL_POSTCODE.fullmatch(raw)
        if match is None:
            self.problem("postcode", "customer.postcode_invalid", value=raw)
        else:
            self.values["postcode"] = f"{match.group(1)} {match.group(2).upper()}"

    def _email(self) -> None:
        if not self.touched("email"):
            return
        raw = _tidy(self.values["email"])
        self.values["email"] = None
        if raw is not None:
            checked = normalise_email(raw)
            if checked.value is None:
                self.problem("email", "customer.email_invalid", value=raw)
            self.values["email"] = checked.value or raw

    def _phone(self, field: str, kind: PhoneKind) -> None:
        if not self.touched(field):
            return
        raw = _tidy(self.values[field])
        self.values[field] = raw
        if raw is None:
            return
        country = self.values["country"]
        region = country if country in phonenumbers.SUPPORTED_REGIONS else self.region
        phone = normalise_phone(raw, region)
        if phone.e164 is None:
            self.problem(field, f"customer.{field}_invalid", value=raw)
        elif phone.kind is not kind and not _either_kind(phone.e164):
            self.problem(field, f"customer.{field}_wrong_kind", value=raw)
        else:
            self.values[field] = phone.e164

    def _iban(self) -> None:
        if not self.touched("iban"):
            return
        raw = _tidy(self.values["iban"])
        self.values["iban"] = raw
        if raw is not None:
            checked = normalise_iban(raw)
            if checked.value is None:
                self.problem("iban", "customer.iban_invalid", value=raw)
            else:
                self.values["iban"] = checked.value

    def _language(self) -> None:
        language = self.values["language"]
        if self.touched("language") and language not in LANGUAGES:
            self.problem("language", "customer.language_invalid", value=str(language))

    def _payment_day(self) -> None:
        day = self.values["preferred_payment_day"]
        if self.touched("preferred_payment_day") and day is not None and not 1 <= day <= 31:
            self.problem("preferred_payment_day", "customer.payment_day_invalid", value=day)

    def _mandate(self) -> None:
        if not self.touched("mandate_reference", "mandate_date"):
            return
        reference = _tidy(self.values["mandate_reference"])
        signed: date | None = self.values["mandate_date"]
        self.values["mandate_reference"] = reference
        if reference is not None and not _valid_mandate_reference(reference):
            self.problem("mandate_reference", "customer.mandate_reference_invalid", value=reference)
        if reference is not None and signed is None:
            self.problem("mandate_date", "customer.mandate_date_missing")
        if reference is None and signed is not None:
            self.problem("mandate_reference", "customer.mandate_reference_missing")
        if signed is not None and signed > self.today:
            self.problem("mandate_date", "customer.mandate_date_future", value=signed)

    def _coc_number(self) -> None:
        raw = self.values["coc_number"]
        if not self.touched("coc_number") or raw is None:
            return
        if self.values["country"] in (None, "NL"):
            digits = re.sub(r"[\s.]", "", raw)
            if re.fullmatch(r"\d{8}", digits, re.ASCII) is None:
                self.problem("coc_number", "customer.coc_invalid", value=raw)
            else:
                self.values["coc_number"] = digits

    def _tags(self) -> None:
        if not self.touched("tags"):
            return
        seen: dict[str, str] = {}
        for raw in self.values["tags"]:
            tag = _tidy(raw)
            if tag is None or tag.casefold() in seen:
                continue
            seen[tag.casefold()] = tag
            if len(tag) > TAG_LENGTH:
                self.problem("tags", "customer.tag_too_long", value=tag, limit=TAG_LENGTH)
        self.values["tags"] = tuple(sorted(seen.values(), key=lambda t: (t.casefold(), t)))

    def _lengths(self) -> None:
        for name in EDITABLE_FIELDS:
            value, limit = self.values[name], CUSTOMER_LENGTHS.get(name)
            if limit is None or not isinstance(value, str) or not self.touched(name):
                continue
            if len(value) > limit and not any(p.field == name for p in self.problems):
                self.problem(name, "customer.too_long", title=field_title(name), limit=limit)


def _tidy(value: str | None) -> str | None:
    """White space collapsed; a blank is None."""
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def _either_kind(e164: str) -> bool:
    """Numbers whose plan does not tell mobile from fixed (the United States, among others) fit
    either field."""
    number = phonenumbers.parse(e164, None)
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE


def _valid_mandate_reference(reference: str) -> bool:
    return (
        _MANDATE_REFERENCE.fullmatch(reference) is not None
        and not reference.startswith("/")
        and not reference.endswith("/")
        and "//" not in reference
    )
