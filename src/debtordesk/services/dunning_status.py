"""A customer's dunning status beyond the steps: handed over to a collection agency, written off (with
a reason, which social collection needs on record), or active again. Handed-over and written-off
customers are never dunned. Audited and put on the customer's timeline.

Only the customer's status changes: its invoices stay as the ledger reports them (the next open-items
import would otherwise reopen them). What the dunning run planned for the customer and has not gone out
yet (planned, prepared, queued, generated or printed but not posted) is cancelled with it, so a letter
batch or the outbox never sends a reminder after the hand-over; the timeline says how many.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.db.models import Communication, Customer
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import CommunicationStatus, DunningStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for


def hand_over(
    db: Database, customer_id: int, *, note: str = "", user_login: str | None = None
) -> None:
    """The claim goes to a collection agency: dunning stops."""
    _set_status(db, customer_id, DunningStatus.HANDED_OVER, note, user_login)


def write_off(
    db: Database, customer_id: int, *, reason: str, user_login: str | None = None
) -> None:
    """Stop collecting: refused without a reason."""
    if not reason.strip():
        raise UserError("status.write_off_needs_reason")
    _set_status(db, customer_id, DunningStatus.WRITTEN_OFF, reason, user_login)


def reactivate(
    db: Database, customer_id: int, *, note: str = "", user_login: str | None = None
) -> None:
    """Dunning resumes (a hand-over taken back, a write-off reversed)."""
    _set_status(db, customer_id, DunningStatus.ACTIVE, note, user_login)


def _set_status(
    db: Database, customer_id: int, status: DunningStatus, note: str, user_login: str | None
) -> None:
    try:
        with db.write() as session:
            user_id = user_id_for(session, user_login)
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise UserError("views.customer_missing")
            before = customer.dunning_status
            if before is status:
                raise UserError("status.unchanged", status=render(Message(f"status.{status}")))
            customer.dunning_status = status
            cancelled = (
                _cancel_pending(session, customer_id) if status is not DunningStatus.ACTIVE else 0
            )
            session.flush()
            record_audit(
                session,
                user_id=user_id,
                administration_id=customer.administration_id,
                entity="customer",
                entity_id=customer_id,
                action="dunning_status",
                details={
                    "before": before.value,
                    "after": status.value,
                    "note": note.strip(),
                    "cancelled_communications": cancelled,
                },
            )
            if cancelled:
                add_customer_event(
                    session,
                    customer_id=customer_id,
                    kind="dunning",
                    code="event.status.pending_cancelled",
                    params={"count": cancelled},
                    user_id=user_id,
                )
            add_customer_event(
                session,
                customer_id=customer_id,
                kind="dunning",
                code=f"event.status.{status.value}",
                params={"note": note.strip()},
                user_id=user_id,
            )
    except StaleDataError as exc:  # the customer was saved by someone else meanwhile
        raise UserError("db.conflict", what=render(Message("status.what"))) from exc


#: what the run planned and has not reached the customer yet
PENDING = (
    CommunicationStatus.PLANNED,
    CommunicationStatus.PREPARED,
    CommunicationStatus.QUEUED,
    CommunicationStatus.GENERATED,
    CommunicationStatus.PRINTED,
)


def _cancel_pending(session: Session, customer_id: int) -> int:
    """Cancel the customer's communications that have not gone out; how many."""
    now = utcnow()
    rows = session.scalars(
        select(Communication).where(
            Communication.customer_id == customer_id, Communication.status.in_(PENDING)
        )
    ).all()
    for row in rows:
        row.status = CommunicationStatus.CANCELLED
        row.status_changed_at = now
        row.plan_key = None  # the step may be planned again after a reactivation
    return len(rows)
