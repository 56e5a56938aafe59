"""The audit log and the customer timeline: every action leaves a trace of who did what, when."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from debtordesk.db.models import AuditLog, CustomerEvent
from debtordesk.db.types import utcnow


def record_audit(
    session: Session,
    *,
    user_id: int | None,
    administration_id: int | None,
    entity: str,
    entity_id: int | None,
    action: str,
    details: Mapping[str, Any] | None = None,
) -> None:
    """One audit entry. ``details`` must be JSON-serialisable and hold no secrets."""
    session.add(
        AuditLog(
            at=utcnow(),
            user_id=user_id,
            administration_id=administration_id,
            entity=entity,
            entity_id=entity_id,
            action=action,
            details=dict(details or {}),
        )
    )


def add_customer_event(
    session: Session,
    *,
    customer_id: int,
    kind: str,
    code: str,
    params: Mapping[str, Any] | None = None,
    invoice_id: int | None = None,
    batch_id: int | None = None,
    user_id: int | None = None,
    at: datetime | None = None,
) -> None:
    """One entry on a customer's timeline; ``code`` and ``params`` are rendered by the catalogue."""
    session.add(
        CustomerEvent(
            customer_id=customer_id,
            at=at or utcnow(),
            kind=kind,
            code=code,
            params=dict(params or {}),
            invoice_id=invoice_id,
            batch_id=batch_id,
            user_id=user_id,
        )
    )
