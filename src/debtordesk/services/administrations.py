"""The organisation's own details and options: reading them, checking them, saving them (audited, with
optimistic locking so that two clerks never silently overwrite each other)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

import phonenumbers
from schwifty import BIC
from schwifty.exceptions import SchwiftyException
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.db.models import Administration
from debtordesk.domain.contacts import normalise_email, normalise_iban, normalise_phone
from debtordesk.domain.enums import CustomerType
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import LANGUAGES, render
from debtordesk.services.audit import record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.org_settings import load_org_settings, save_org_setting
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


@dataclass(frozen=True)
class Organisation:
    """What the organisation settings dialog shows: one administration and the shared options."""

    administration: AdministrationDetails
    settings: OrgSettings


#: the editable text fields and their column widths
_EDITABLE = tuple(
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


def _details(row: Administration) -> AdministrationDetails:
    return AdministrationDetails(
        id=row.id,
        code=row.code,
        name=row.name,
        iban=row.iban,
        account_holder=row.account_holder,
        bic=row.bic,
        address_line=row.address_line,
        postcode=row.postcode,
        city=row.city,
        country=row.country,
        phone=row.phone,
        email=row.email,
        website=row.website,
        coc_number=row.coc_number,
        vat_number=row.vat_number,
        version=row.version,
    )


def list_administrations(db: Database) -> list[AdministrationDetails]:
    with db.read() as session:
        rows = session.scalars(select(Administration).order_by(Administration.id)).all()
        return [_details(row) for row in rows]


def load_organisation(db: Database, administration_id: int | None = None) -> Organisation:
    """One administration (the first when none is given) with the organisation-wide options."""
    with db.read() as session:
        row = _administration(session, administration_id)
        # the dialog edits the options every administration shares
        return Organisation(_details(row), load_org_settings(session, None))


def _administration(session: Session, administration_id: int | None) -> Administration:
    if administration_id is None:
        row = session.scalars(select(Administration).order_by(Administration.id).limit(1)).first()
    else:
        row = session.get(Administration, administration_id)
    if row is None:
        raise UserError("administration.missing", administration_id=administration_id)
    return row


def checked_administration(details: AdministrationDetails) -> AdministrationDetails:
    """The details cleaned up (blanks to None, IBAN and BIC compact, postcode as 1234 AB), or a
    UserError that names the first thing that is wrong."""
    values = asdict(_tidied(details))
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


def _tidied(details: AdministrationDetails) -> AdministrationDetails:
    """White space collapsed, blanks as None: what the clerk typed, before any check."""
    values: dict[str, Any] = {}
    for name in _EDITABLE:
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


def save_organisation(
    db: Database, before: Organisation, after: Organisation, *, user_login: str | None = None
) -> Organisation:
    """Save what the clerk changed between ``before`` (as loaded) and ``after``, in one transaction.

    Refused with ``db.conflict`` when someone else saved the administration or a changed option in the
    meantime; nothing is saved then.
    """
    # details the clerk left alone are not checked again: an old oddity must not block other changes
    changed = _tidied(after.administration) != _tidied(before.administration)
    administration = checked_administration(after.administration) if changed else None
    settings = checked_settings(after.settings)
    try:
        with db.write() as session:
            user_id = user_id_for(session, user_login)
            if administration is not None:
                _save_administration(session, before.administration, administration, user_id)
            _save_settings(session, before.settings, settings, user_id)
    except StaleDataError as exc:  # a concurrent save between our read and our write
        raise UserError("db.conflict", what=render(Message("administration.what"))) from exc
    return load_organisation(db, before.administration.id)


def _save_administration(
    session: Session,
    before: AdministrationDetails,
    after: AdministrationDetails,
    user_id: int,
) -> None:
    row = _administration(session, before.id)
    if row.version != before.version:
        raise UserError("db.conflict", what=render(Message("administration.what")))
    changes: dict[str, Any] = {}
    for name in _EDITABLE:
        old, new = getattr(row, name), getattr(after, name)
        if old != new:
            changes[name] = {"before": old, "after": new}
            setattr(row, name, new)
    if not changes:
        return
    session.flush()
    record_audit(
        session,
        user_id=user_id,
        administration_id=row.id,
        entity="administration",
        entity_id=row.id,
        action="change",
        details=changes,
    )


def _save_settings(session: Session, before: OrgSettings, after: OrgSettings, user_id: int) -> None:
    current = load_org_settings(session, None)
    old_values, new_values, now_values = asdict(before), asdict(after), asdict(current)
    for key, value in new_values.items():
        if value == old_values[key]:
            continue
        if now_values[key] != old_values[key]:
            raise UserError("db.conflict", what=render(Message("settings.what")))
        save_org_setting(session, key=key, value=value, administration_id=None, user_id=user_id)
