"""What the clerk does with the outbox: list it, retry a failed or uncertain message, cancel one that
has not gone out, or settle an uncertain one after checking at the provider. Plain frozen rows out.

Retrying an uncertain message is the clerk's decision that it did not go out (checked in the provider's
portal or with the customer): DebtorDesk itself never sends an uncertain message again.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from debtordesk.db.models import Communication, Customer, OutboxAttempt, OutboxItem
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.dunning.states import NOT_TAKEN, can_move
from debtordesk.domain.errors import UserError
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.outbox_store import MESSAGE_CHANNELS, local_time, new_reference
from debtordesk.services.outbox_store import stored_message as _message
from debtordesk.services.outbox_types import OutboxRow

_S = CommunicationStatus
#: the statuses the outbox page shows by default
OUTBOX_STATUSES = (
    _S.PREPARED,
    _S.QUEUED,
    _S.SENDING,
    _S.SENT,
    _S.DELIVERED,
    _S.FAILED,
    _S.UNCERTAIN,
)
_RETRYABLE = frozenset({_S.FAILED, _S.UNCERTAIN})
_CANCELLABLE = frozenset({_S.QUEUED, _S.FAILED, _S.UNCERTAIN, _S.PREPARED})


def list_outbox(
    db: Database,
    administration_id: int,
    statuses: Collection[CommunicationStatus] | None = None,
    *,
    limit: int = 5000,
) -> tuple[OutboxRow, ...]:
    """SMS and e-mail communications in these statuses (default: the outbox's), newest first."""
    wanted = list(statuses) if statuses else list(OUTBOX_STATUSES)
    last_attempt = (
        select(
            OutboxAttempt.communication_id.label("cid"),
            func.max(OutboxAttempt.started_at).label("last_at"),
        )
        .group_by(OutboxAttempt.communication_id)
        .subquery()
    )
    with db.read() as session:
        rows = session.execute(
            select(
                Communication.id,
                Communication.customer_id,
                Communication.channel,
                Communication.status,
                Communication.step_name,
                Communication.send_on,
                Communication.went_out_on,
                Communication.open_amount,
                Communication.costs,
                Communication.interest,
                Communication.fee,
                Customer.number,
                Customer.name,
                Customer.mobile,
                Customer.email,
                OutboxItem.queued_at,
                OutboxItem.attempts,
                OutboxItem.next_attempt_at,
                OutboxItem.provider,
                OutboxItem.provider_message_id,
                OutboxItem.last_error,
                last_attempt.c.last_at,
            )
            .join(Customer, Customer.id == Communication.customer_id)
            .outerjoin(OutboxItem, OutboxItem.communication_id == Communication.id)
            .outerjoin(last_attempt, last_attempt.c.cid == Communication.id)
            .where(
                Communication.administration_id == administration_id,
                Communication.channel.in_(MESSAGE_CHANNELS),
                Communication.status.in_(wanted),
            )
            .order_by(Communication.id.desc())
            .limit(limit)
        ).all()
        recipients = _last_recipients(session, [row.id for row in rows if row.last_at])
    found = []
    for row in rows:
        contact = row.mobile if row.channel is ActionChannel.SMS else row.email
        found.append(
            OutboxRow(
                communication_id=row.id,
                customer_id=row.customer_id,
                customer_number=row.number,
                customer_name=row.name,
                channel=row.channel,
                status=row.status,
                step_name=row.step_name,
                recipient=recipients.get(row.id) or contact or "",
                amount=row.open_amount + row.costs + row.interest + row.fee,
                send_on=row.send_on,
                queued_at=row.queued_at,
                attempts=row.attempts or 0,
                next_attempt_at=row.next_attempt_at,
                last_attempt_at=row.last_at,
                provider=row.provider,
                provider_message_id=row.provider_message_id,
                went_out_on=row.went_out_on,
                problem=_message(row.last_error),
                can_retry=row.status in _RETRYABLE,
                can_cancel=row.status in _CANCELLABLE,
                can_resolve=row.status is _S.UNCERTAIN,
            )
        )
    return tuple(found)


def _last_recipients(session: Session, ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for cid, recipient in session.execute(
            select(OutboxAttempt.communication_id, OutboxAttempt.recipient)
            .where(OutboxAttempt.communication_id.in_(chunk))
            .order_by(OutboxAttempt.communication_id, OutboxAttempt.number)
        ):
            found[cid] = recipient
    return found


def _message_row(session: Session, communication_id: int) -> Communication:
    row = session.get(Communication, communication_id)
    if row is None:
        raise UserError("outbox.communication_missing", communication=communication_id)
    if row.channel not in MESSAGE_CHANNELS:
        raise UserError(
            "outbox.not_a_message", communication=communication_id, channel=row.channel.value
        )
    return row


def retry(
    db: Database,
    communication_id: int,
    *,
    now: datetime | None = None,
    user_login: str | None = None,
) -> None:
    """Queue a failed or uncertain message again; the next send batch takes it at once. Refused when
    the step was planned again meanwhile (that newer message is the one to send)."""
    moment = now or utcnow()
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        row = _message_row(session, communication_id)
        if row.status not in _RETRYABLE:
            raise UserError("outbox.retry_not_allowed", status=row.status.value)
        newer = session.scalar(
            select(Communication.id).where(
                Communication.customer_id == row.customer_id,
                Communication.step_key == row.step_key,
                Communication.channel == row.channel,
                Communication.id > row.id,
                Communication.status.not_in(list(NOT_TAKEN)),
            )
        )
        if newer is not None:
            raise UserError("outbox.retry_superseded", other=newer)
        assert can_move(row.status, _S.QUEUED)
        before = row.status
        row.status = _S.QUEUED
        row.status_changed_at = moment
        item = session.get(OutboxItem, row.id)
        if item is None:
            session.add(
                OutboxItem(
                    communication_id=row.id,
                    reference=new_reference(),
                    queued_at=moment,
                    attempts=0,
                    lookups=0,
                )
            )
        else:
            item.next_attempt_at = None
            item.lease_owner = None
            item.lease_until = None
            item.settled_at = None
            item.lookups = 0
        record_audit(
            session,
            user_id=user_id,
            administration_id=row.administration_id,
            entity="communication",
            entity_id=row.id,
            action="outbox_retry",
            details={"from": before.value},
        )
        add_customer_event(
            session,
            customer_id=row.customer_id,
            kind="outbox",
            code="event.outbox.retried",
            params={"step": row.step_name, "channel": row.channel.value},
            user_id=user_id,
            at=moment,
        )


def cancel(
    db: Database,
    communication_id: int,
    *,
    now: datetime | None = None,
    user_login: str | None = None,
) -> None:
    """Cancel a message that has not gone out (waiting, queued, failed or uncertain)."""
    moment = now or utcnow()
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        row = _message_row(session, communication_id)
        if row.status not in _CANCELLABLE or not can_move(row.status, _S.CANCELLED):
            raise UserError("outbox.cancel_not_allowed", status=row.status.value)
        before = row.status
        row.status = _S.CANCELLED
        row.status_changed_at = moment
        row.plan_key = None
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.communication_id == row.id)
            .values(lease_owner=None, lease_until=None, settled_at=moment)
            .execution_options(synchronize_session=False)
        )
        record_audit(
            session,
            user_id=user_id,
            administration_id=row.administration_id,
            entity="communication",
            entity_id=row.id,
            action="outbox_cancel",
            details={"from": before.value},
        )
        add_customer_event(
            session,
            customer_id=row.customer_id,
            kind="outbox",
            code="event.outbox.cancelled",
            params={"step": row.step_name, "channel": row.channel.value},
            user_id=user_id,
            at=moment,
        )


def resolve(
    db: Database,
    communication_id: int,
    *,
    sent: bool,
    now: datetime | None = None,
    user_login: str | None = None,
) -> None:
    """Settle an uncertain message by hand: the clerk found it at the provider (``sent``) or found
    that it did not go (failed; the step may then be planned again)."""
    moment = now or utcnow()
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        row = _message_row(session, communication_id)
        if row.status is not _S.UNCERTAIN:
            raise UserError("outbox.resolve_not_allowed", status=row.status.value)
        row.status = _S.SENT if sent else _S.FAILED
        row.status_changed_at = moment
        if sent:
            row.went_out_on = local_time(moment).date()
        else:
            row.plan_key = None
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.communication_id == row.id)
            .values(lease_owner=None, lease_until=None, settled_at=moment)
            .execution_options(synchronize_session=False)
        )
        record_audit(
            session,
            user_id=user_id,
            administration_id=row.administration_id,
            entity="communication",
            entity_id=row.id,
            action="outbox_resolved_sent" if sent else "outbox_resolved_failed",
            details={},
        )
        add_customer_event(
            session,
            customer_id=row.customer_id,
            kind="outbox",
            code="event.outbox.resolved_sent" if sent else "event.outbox.resolved_failed",
            params={"step": row.step_name, "channel": row.channel.value},
            user_id=user_id,
            at=moment,
        )
