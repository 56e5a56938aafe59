"""The follow-up options of an administration (promise and term grace days, the smallest amount per
term and the most terms of a payment arrangement, the recall days of the call list): read as the
:class:`FollowupSettings` the services take, checked, and saved per administration (audited).

The options are declared in :mod:`debtordesk.settings.org`
(:data:`~debtordesk.settings.org.FOLLOWUP_OPTIONS`) and stored as organisation settings of the
administration (its own value, else the organisation-wide one, else the default). A stored value out
of range (a hand-edited database) counts as the default; the dialog and the CLI refuse such values.
A save that someone else beat is refused with ``db.conflict`` and nothing is stored.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from decimal import Decimal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.domain.arrangements import DEFAULT_LIMITS
from debtordesk.domain.calls import DEFAULT_CALL_RULES
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services.calculator import parse_amount_input
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.followup.types import FollowupSettings
from debtordesk.services.org_settings import load_org_settings, save_org_setting
from debtordesk.settings.org import FOLLOWUP_OPTIONS, OrgSettings

#: allowed whole-number values of the follow-up options (inclusive)
DAY_RANGES: dict[str, tuple[int, int]] = {
    "promise_grace_days": (0, 60),
    "term_grace_days": (0, 60),
    "arrangement_max_terms": (1, 120),
    "call_recall_days": (1, 365),
}
#: the smallest "smallest amount per term" and the largest
MIN_TERM_RANGE = (Decimal("0.01"), Decimal("1000000.00"))


def _title(key: str) -> str:
    return render(Message(f"org.{key}"))


def checked_min_term_amount(text: str) -> str:
    """The smallest amount per term as typed ("10", "10,00", "€ 1.000,00") as text with two
    decimals, or a UserError that says what to type."""
    low, high = MIN_TERM_RANGE
    try:
        value = parse_amount_input(text)
    except UserError:
        value = None
    if value is None or not low <= value <= high:
        raise UserError(
            "followup_settings.bad_amount",
            title=_title("arrangement_min_term_amount"),
            value=text,
            low=low,
        )
    return f"{value:f}"


def checked_followup_options(settings: OrgSettings) -> OrgSettings:
    """The settings with the follow-up options checked and tidied; a UserError names the first
    wrong one and the values allowed."""
    for key, (low, high) in DAY_RANGES.items():
        value = getattr(settings, key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise UserError(
                "followup_settings.out_of_range",
                title=_title(key),
                value=str(value),
                low=str(low),
                high=str(high),
            )
    amount = checked_min_term_amount(settings.arrangement_min_term_amount)
    return replace(settings, arrangement_min_term_amount=amount)


def followup_settings_from(options: OrgSettings) -> FollowupSettings:
    """The settings the follow-up services take; a stored value out of range counts as its
    default."""
    defaults = OrgSettings()
    values = {}
    for key, (low, high) in DAY_RANGES.items():
        value = getattr(options, key)
        values[key] = value if low <= value <= high else getattr(defaults, key)
    try:
        minimum = Decimal(checked_min_term_amount(options.arrangement_min_term_amount))
    except UserError:
        minimum = Decimal(defaults.arrangement_min_term_amount)
    return FollowupSettings(
        promise_grace_days=values["promise_grace_days"],
        term_grace_days=values["term_grace_days"],
        limits=replace(
            DEFAULT_LIMITS, min_term_amount=minimum, max_terms=values["arrangement_max_terms"]
        ),
        call_rules=replace(DEFAULT_CALL_RULES, recall_days=values["call_recall_days"]),
    )


def load_followup_settings(session: Session, administration_id: int | None) -> FollowupSettings:
    """The administration's follow-up settings, inside the caller's session."""
    return followup_settings_from(load_org_settings(session, administration_id))


def followup_settings_for(db: Database, administration_id: int | None) -> FollowupSettings:
    """The administration's follow-up settings (for a caller without a session)."""
    with db.read() as session:
        return load_followup_settings(session, administration_id)


def load_followup_options(db: Database, administration_id: int | None) -> OrgSettings:
    """The options as stored for the administration (for the settings dialog)."""
    with db.read() as session:
        return load_org_settings(session, administration_id)


def save_followup_options(
    db: Database,
    administration_id: int | None,
    before: OrgSettings,
    after: OrgSettings,
    *,
    user_login: str | None = None,
) -> OrgSettings:
    """Store the follow-up options the clerk changed between ``before`` (as loaded) and ``after`` for
    the administration (None: organisation-wide). Only :data:`FOLLOWUP_OPTIONS` are written, each
    change audited. Refused with ``db.conflict`` when a changed option was changed by someone else
    since ``before`` was loaded. Returns what is stored now."""
    checked = checked_followup_options(after)
    old, new = asdict(before), asdict(checked)
    what = render(Message("followup_settings.what"))
    try:
        with db.write() as session:
            now = asdict(load_org_settings(session, administration_id))
            changed = [key for key in FOLLOWUP_OPTIONS if new[key] != old[key]]
            if any(now[key] != old[key] for key in changed):
                raise UserError("db.conflict", what=what)
            if changed:
                user_id = user_id_for(session, user_login)
                for key in changed:
                    save_org_setting(
                        session,
                        key=key,
                        value=new[key],
                        administration_id=administration_id,
                        user_id=user_id,
                    )
    except (StaleDataError, IntegrityError) as exc:  # a concurrent save between read and write
        raise UserError("db.conflict", what=what) from exc
    return load_followup_options(db, administration_id)


__all__ = [
    "DAY_RANGES",
    "MIN_TERM_RANGE",
    "checked_followup_options",
    "checked_min_term_amount",
    "followup_settings_for",
    "followup_settings_from",
    "load_followup_options",
    "load_followup_settings",
    "save_followup_options",
]
