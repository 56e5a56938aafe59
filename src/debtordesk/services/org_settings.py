"""Reading and changing the organisation-wide settings stored in the database (audited)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import OrgSetting
from debtordesk.domain.errors import UserError
from debtordesk.services.audit import record_audit
from debtordesk.settings.org import OrgSettings, declared_options, settings_from_values


def load_org_settings(session: Session, administration_id: int | None) -> OrgSettings:
    """Global values, overridden by the administration's own."""
    rows = session.scalars(
        select(OrgSetting).where(
            (OrgSetting.administration_id.is_(None))
            | (OrgSetting.administration_id == administration_id)
        )
    ).all()
    values: dict[str, Any] = {}
    for row in sorted(rows, key=lambda r: r.administration_id is not None):
        values[row.key] = row.value
    return settings_from_values(values)


def save_org_setting(
    session: Session,
    *,
    key: str,
    value: Any,
    administration_id: int | None,
    user_id: int | None,
) -> None:
    """Store one option (type-checked against its declaration) and audit the change."""
    options = {option.key: option for option in declared_options()}
    option = options.get(key)
    if option is None:
        raise UserError("settings.unknown_option", key=key)
    if settings_from_values({key: value}) == OrgSettings() and value != option.default:
        raise UserError("settings.bad_value", key=key, value=str(value))
    row = session.scalars(
        select(OrgSetting).where(
            OrgSetting.key == key,
            (OrgSetting.administration_id == administration_id)
            if administration_id is not None
            else OrgSetting.administration_id.is_(None),
        )
    ).first()
    before = row.value if row else None
    if row is None:
        session.add(
            OrgSetting(
                administration_id=administration_id, key=key, value=value, updated_by_id=user_id
            )
        )
    else:
        row.value = value
        row.updated_by_id = user_id
    record_audit(
        session,
        user_id=user_id,
        administration_id=administration_id,
        entity="org_setting",
        entity_id=None,
        action="change",
        details={"key": key, "before": before, "after": value},
    )


def org_settings_dict(settings: OrgSettings) -> dict[str, Any]:
    return asdict(settings)
