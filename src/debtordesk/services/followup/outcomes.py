"""The call outcome codes: seeded on first use from :data:`debtordesk.domain.calls.DEFAULT_OUTCOMES`,
listed for the log form, and kept by the team lead (add a code, relabel it, retire it)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from debtordesk.db.models import CallOutcome
from debtordesk.domain.calls import DEFAULT_OUTCOMES, CallEffect
from debtordesk.domain.errors import UserError
from debtordesk.services.audit import record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.followup.types import OutcomeInfo

_CODE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")


def seed_call_outcomes(db: Database) -> None:
    """Store the default outcome codes when there are none (once per database; a second workstation
    doing the same at the same moment is harmless)."""
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(CallOutcome)):
            return
    try:
        with db.write() as session:
            if session.scalar(select(func.count()).select_from(CallOutcome)):
                return
            session.add_all(
                CallOutcome(
                    code=seed.code,
                    label_en=seed.label_en,
                    label_nl=seed.label_nl,
                    reached=seed.reached,
                    effect=seed.effect.value if seed.effect else None,
                    active=True,
                    sort_order=(position + 1) * 10,
                )
                for position, seed in enumerate(DEFAULT_OUTCOMES)
            )
    except IntegrityError:
        pass  # another workstation seeded them first


def list_outcomes(db: Database, *, include_retired: bool = False) -> tuple[OutcomeInfo, ...]:
    """The outcome codes in the order the log form offers them."""
    seed_call_outcomes(db)
    with db.read() as session:
        query = select(CallOutcome).order_by(CallOutcome.sort_order, CallOutcome.id)
        if not include_retired:
            query = query.where(CallOutcome.active.is_(True))
        return tuple(info(row) for row in session.scalars(query))


def info(row: CallOutcome) -> OutcomeInfo:
    return OutcomeInfo(
        id=row.id,
        code=row.code,
        label_en=row.label_en,
        label_nl=row.label_nl,
        reached=row.reached,
        effect=CallEffect(row.effect) if row.effect else None,
        active=row.active,
    )


def outcome_by_code(session: Session, code: str) -> CallOutcome:
    """The active outcome with this code, or the clerk's message naming the codes there are."""
    wanted = code.strip().lower()
    row = session.scalars(select(CallOutcome).where(CallOutcome.code == wanted)).first()
    if row is None or not row.active:
        known = session.scalars(
            select(CallOutcome.code)
            .where(CallOutcome.active.is_(True))
            .order_by(CallOutcome.sort_order, CallOutcome.id)
        ).all()
        raise UserError("followup.unknown_outcome", code=code, known=", ".join(known))
    return row


def save_outcome(
    db: Database,
    code: str,
    *,
    label_en: str,
    label_nl: str,
    reached: bool,
    effect: CallEffect | None = None,
    active: bool = True,
    sort_order: int | None = None,
    user_login: str | None = None,
) -> OutcomeInfo:
    """Add an outcome code or change one (its labels, whether it reaches the customer, its effect,
    retired or not). Codes are lower-case letters, digits and underscores."""
    wanted = code.strip().lower()
    if not _CODE.match(wanted):
        raise UserError("followup.bad_outcome_code", code=code)
    if not label_en.strip() or not label_nl.strip():
        raise UserError("followup.outcome_needs_labels", code=wanted)
    seed_call_outcomes(db)
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        row = session.scalars(select(CallOutcome).where(CallOutcome.code == wanted)).first()
        action = "change"
        if row is None:
            action = "add"
            last = session.scalar(select(func.max(CallOutcome.sort_order))) or 0
            row = CallOutcome(code=wanted, sort_order=last + 10)
            session.add(row)
        row.label_en = label_en.strip()[:100]
        row.label_nl = label_nl.strip()[:100]
        row.reached = reached
        row.effect = effect.value if effect else None
        row.active = active
        if sort_order is not None:
            row.sort_order = sort_order
        session.flush()
        record_audit(
            session,
            user_id=user_id,
            administration_id=None,
            entity="call_outcome",
            entity_id=row.id,
            action=action,
            details={
                "code": wanted,
                "label_en": row.label_en,
                "label_nl": row.label_nl,
                "reached": reached,
                "effect": row.effect,
                "active": active,
            },
        )
        return info(row)
