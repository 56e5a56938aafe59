"""The organisation's legal options (VAT uplift on collection costs, payment allocation, waiving costs,
postal delivery days): read, checked and saved for every administration, audited.

The options are declared in :mod:`debtordesk.settings.org` (:data:`~debtordesk.settings.org.LEGAL_OPTIONS`);
this module edits only those, so the organisation dialog and the legal settings dialog never overwrite
each other's options. A save that someone else beat (a changed option was changed in the database since
it was loaded) is refused with ``db.conflict`` and nothing is stored.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import AllocationOrder
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.org_settings import load_org_settings, save_org_setting
from debtordesk.settings.org import LEGAL_OPTIONS, OrgSettings

#: allowed day counts of the postal delivery options (inclusive)
POSTAL_DAY_RANGES: dict[str, tuple[int, int]] = {
    "postal_transit_days": (1, 10),
    "postal_margin_days": (0, 10),
}
_CENT = Decimal("0.01")
#: the small-recurring-claim cap's period in months, and its largest amounts
CAP_MONTHS_RANGE = (1, 24)
_MAX_CAP = Decimal("100000")


def load_legal_settings(db: Database) -> OrgSettings:
    """The organisation-wide options (every administration's), including the legal ones."""
    with db.read() as session:
        return load_org_settings(session, None)


def checked_vat_rate(text: str) -> str:
    """A VAT percentage as typed ("21", "9,5", "21 %") as exact decimal text, or a UserError."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise UserError("legal_settings.bad_vat_rate", value=text) from None
    if (
        not value.is_finite()
        or not Decimal(0) <= value <= Decimal(100)
        or value != value.quantize(_CENT)
    ):
        raise UserError("legal_settings.bad_vat_rate", value=text)
    return f"{value.normalize():f}"


def checked_legal_settings(settings: OrgSettings) -> OrgSettings:
    """The settings with the legal options checked and tidied; a UserError names the first wrong one."""
    rate = checked_vat_rate(settings.costs_vat_rate)
    if settings.payment_allocation not in {order.value for order in AllocationOrder}:
        raise UserError("legal_settings.bad_allocation", value=settings.payment_allocation)
    for key, (low, high) in POSTAL_DAY_RANGES.items():
        value = getattr(settings, key)
        if not low <= value <= high:
            raise UserError(
                "legal_settings.bad_days",
                title=render(Message(f"org.{key}")),
                value=str(value),
                low=str(low),
                high=str(high),
            )
    threshold = checked_cap_amount("recurring_cap_threshold", settings.recurring_cap_threshold)
    cap = checked_cap_amount("recurring_cap_amount", settings.recurring_cap_amount)
    low, high = CAP_MONTHS_RANGE
    if not low <= settings.recurring_cap_months <= high:
        raise UserError(
            "legal_settings.bad_cap_months",
            title=render(Message("org.recurring_cap_months")),
            value=str(settings.recurring_cap_months),
            low=str(low),
            high=str(high),
        )
    return replace(
        settings,
        costs_vat_rate=rate,
        recurring_cap_threshold=threshold,
        recurring_cap_amount=cap,
    )


def checked_cap_amount(key: str, text: str) -> str:
    """An amount of the small-recurring-claim cap as typed ("140", "140,00", "€ 1.000,00") as text
    with two decimals, or a UserError that names the option."""
    from debtordesk.services.calculator import parse_amount_input

    try:
        value = parse_amount_input(text)
    except UserError:
        value = None
    if value is None or not value.is_finite() or value <= 0 or value > _MAX_CAP:
        raise UserError(
            "legal_settings.bad_cap_amount", title=render(Message(f"org.{key}")), value=text
        )
    return f"{value.quantize(_CENT):f}"


def save_legal_settings(
    db: Database, before: OrgSettings, after: OrgSettings, *, user_login: str | None = None
) -> OrgSettings:
    """Store the legal options the clerk changed between ``before`` (as loaded) and ``after``.

    Only :data:`LEGAL_OPTIONS` are written; each change is audited. Refused with ``db.conflict`` when a
    changed option was changed by someone else since ``before`` was loaded. Returns what is stored now.
    """
    checked = checked_legal_settings(after)
    old, new = asdict(before), asdict(checked)
    try:
        with db.write() as session:
            now = asdict(load_org_settings(session, None))
            changed = [key for key in LEGAL_OPTIONS if new[key] != old[key]]
            if any(now[key] != old[key] for key in changed):
                raise UserError("db.conflict", what=render(Message("legal_settings.what")))
            if changed:
                user_id = user_id_for(session, user_login)
                for key in changed:
                    save_org_setting(
                        session,
                        key=key,
                        value=new[key],
                        administration_id=None,
                        user_id=user_id,
                    )
    except (StaleDataError, IntegrityError) as exc:  # a concurrent save between read and write
        raise UserError("db.conflict", what=render(Message("legal_settings.what"))) from exc
    return load_legal_settings(db)


__all__ = [
    "POSTAL_DAY_RANGES",
    "checked_legal_settings",
    "checked_vat_rate",
    "load_legal_settings",
    "save_legal_settings",
]
