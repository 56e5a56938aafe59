"""The administrations (the legal entities of the organisation) and the organisation's options: listing
them, adding one, reading and saving the details and options (audited, with optimistic locking so that
two clerks never silently overwrite each other). What is valid is decided in administration_checks."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.db.models import Administration, Customer, Invoice
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.money import from_cents
from debtordesk.i18n.catalogue import render
from debtordesk.services.administration_checks import (
    EDITABLE,
    AdministrationDetails,
    checked_administration,
    checked_code,
    checked_settings,
    tidied,
)
from debtordesk.services.audit import record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.org_settings import load_org_settings, save_org_setting
from debtordesk.services.policies import ensure_default_policies
from debtordesk.settings.org import OrgSettings


@dataclass(frozen=True)
class Organisation:
    """What the organisation settings dialog shows: one administration and the shared options."""

    administration: AdministrationDetails
    settings: OrgSettings


@dataclass(frozen=True)
class AdministrationOverview:
    """One administration with how much is in it, for the list of administrations."""

    id: int
    code: str
    name: str
    iban: str | None
    customers: int
    open_invoices: int
    open_total: Decimal


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
    """Every administration, the first created first."""
    with db.read() as session:
        rows = session.scalars(select(Administration).order_by(Administration.id)).all()
        return [_details(row) for row in rows]


def administration_overview(db: Database) -> list[AdministrationOverview]:
    """Every administration with its number of customers and its open invoices and open total."""
    cents = type_coerce(Invoice.open_amount, BigInteger)
    with db.read() as session:
        customers = {
            row[0]: int(row[1])
            for row in session.execute(
                select(Customer.administration_id, func.count()).group_by(
                    Customer.administration_id
                )
            )
        }
        open_items = {
            row[0]: (int(row[1]), int(row[2] or 0))
            for row in session.execute(
                select(Invoice.administration_id, func.count(), func.sum(cents))
                .where(Invoice.status == InvoiceStatus.OPEN)
                .group_by(Invoice.administration_id)
            )
        }
        rows = session.execute(
            select(
                Administration.id, Administration.code, Administration.name, Administration.iban
            ).order_by(Administration.id)
        ).all()
    return [
        AdministrationOverview(
            id=row.id,
            code=row.code,
            name=row.name,
            iban=row.iban,
            customers=customers.get(row.id, 0),
            open_invoices=open_items.get(row.id, (0, 0))[0],
            open_total=from_cents(open_items.get(row.id, (0, 0))[1]),
        )
        for row in rows
    ]


def create_administration(
    db: Database, *, code: str, name: str, user_login: str | None = None
) -> AdministrationDetails:
    """Add an administration (a legal entity with its own customers and invoices); audited.

    Refused when the code is empty, not plain (letters, digits, - and _), too long, or already used
    by another administration (capitals or not), and when the name is empty or too long.
    """
    clean = checked_code(code)
    details = checked_administration(AdministrationDetails(id=0, code=clean, name=name))
    try:
        with db.write() as session:
            _refuse_taken(session, clean)
            user_id = user_id_for(session, user_login)
            row = Administration(code=clean, name=details.name, country=details.country)
            session.add(row)
            session.flush()
            record_audit(
                session,
                user_id=user_id,
                administration_id=row.id,
                entity="administration",
                entity_id=row.id,
                action="create",
                details={"code": clean, "name": details.name},
            )
            ensure_default_policies(session, row.id, user_id)
            created = _details(row)
    except IntegrityError:  # another clerk added the same code between our check and our write
        with db.read() as session:
            _refuse_taken(session, clean)
        raise
    return created


def _refuse_taken(session: Session, code: str) -> None:
    taken = session.execute(
        select(Administration.code, Administration.name).where(
            func.lower(Administration.code) == code.lower()
        )
    ).first()
    if taken is not None:
        raise UserError("administration.code_taken", code=taken.code, name=taken.name)


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


def save_organisation(
    db: Database, before: Organisation, after: Organisation, *, user_login: str | None = None
) -> Organisation:
    """Save what the clerk changed between ``before`` (as loaded) and ``after``, in one transaction.

    Refused with ``db.conflict`` when someone else saved the administration or a changed option in the
    meantime; nothing is saved then.
    """
    # details the clerk left alone are not checked again: an old oddity must not block other changes
    changed = tidied(after.administration) != tidied(before.administration)
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
    for name in EDITABLE:
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


__all__ = [
    "AdministrationDetails",
    "AdministrationOverview",
    "Organisation",
    "administration_overview",
    "checked_administration",
    "checked_settings",
    "create_administration",
    "list_administrations",
    "load_organisation",
    "save_organisation",
]
