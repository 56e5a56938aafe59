"""Delivery status of sent SMS: ask the providers whether the messages of the last days reached the
handset, record it with the communication's state machine, and tell the clerk which did not arrive.

A message the provider accepted is ``sent``; only the operator's delivery report says whether it
arrived. :func:`check_delivery` asks each provider (``delivery_status``, see
:mod:`debtordesk.providers.sms`) about the SMS sent in the last :data:`DEFAULT_DAYS` days whose delivery
is not final, in batches of :data:`BATCH_SIZE`, each provider on a thread of its own at a bounded rate,
and records per batch in one write transaction:

* delivered: the communication moves ``sent -> delivered`` (the state machine's move), the item keeps
  when (the provider's time) and a timeline entry says so;
* undelivered (expired, refused by the operator, unknown subscriber ...): ``sent -> failed`` (the step
  counts as not taken, as for any failed message), the provider's reason is kept on the item (and shown
  as the message's problem in the outbox), a timeline entry tells the clerk the SMS did not arrive, and
  an audit line records it; :func:`undelivered_customers` lists these customers for the follow-up;
* still pending: asked again at the next check (not sooner than :data:`RECHECK_AFTER`);
* not available (CM, a message without the provider's id, a provider that no longer knows it, and
  every e-mail: SMTP has no delivery reports): the message simply stays sent. Nothing is guessed.

Errors are those of the HTTP layer (:mod:`debtordesk.providers.http`) and never stop the check: the
message is asked again next time. A wrong key, a long Retry-After, or :data:`MAX_ERRORS` failures in
a row (no network, 5xx, no answer) stop asking that provider for this check only, so one bad provider
does not hold up the others; every problem is reported once with the number of messages it kept from
being asked. A message sent again after a retry is asked about afresh.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, func, or_, select, update
from sqlalchemy.orm import Session

from debtordesk.db.models import Communication, Customer, OutboxAttempt, OutboxItem
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.dunning.states import can_move
from debtordesk.domain.messages import Message
from debtordesk.providers.http import ProviderError, RateLimited
from debtordesk.providers.sms import Delivery, DeliveryState, SmsProvider, SmsRejected
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database
from debtordesk.services.outbox_providers import _build, _keys
from debtordesk.services.outbox_settings import load_outbox_settings
from debtordesk.services.outbox_store import stored, stored_message
from debtordesk.services.outbox_work import DEFAULT_PAUSE, LONGEST_PAUSE, Limiter
from debtordesk.services.provider_settings import (
    PROVIDERS,
    administration_code,
    close_provider,
    load_provider_settings,
)
from debtordesk.services.secrets import KeyringSecrets, SecretStore

log = logging.getLogger("debtordesk.outbox.delivery")

_S = CommunicationStatus
_D = DeliveryState
_COMM = cast(Table, Communication.__table__)
_ITEM = cast(Table, OutboxItem.__table__)

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

#: messages sent this many days ago or less are asked about
DEFAULT_DAYS = 3
#: messages asked about and recorded per write transaction
BATCH_SIZE = 200
#: the most messages one check looks at
MAX_MESSAGES = 5000
#: a message whose delivery is not final is asked again at most this often
RECHECK_AFTER = timedelta(minutes=5)
#: calls per second to one provider at most (MessageBird allows 50 reads a second; the outbox's own
#: SMS rate is used when it is lower)
MAX_RATE = 10.0
#: failed calls in a row after which a provider is not asked again in this check
MAX_ERRORS = 3
#: providers asked at the same time
MAX_PROVIDER_THREADS = 4


@dataclass(frozen=True)
class DeliverySummary:
    """What one check did. ``problems``: why messages could not be asked (one entry per distinct
    reason, with how many messages it kept from being asked); they are asked again next time."""

    #: SMS sent in the period whose delivery was not final
    candidates: int = 0
    asked: int = 0
    delivered: int = 0
    undelivered: int = 0
    pending: int = 0
    #: messages whose delivery cannot be known (the provider cannot be asked); they stay sent
    not_available: int = 0
    #: e-mails of the period marked "not available" (SMTP has no delivery reports)
    emails: int = 0
    problems: tuple[tuple[Message, int], ...] = ()
    cancelled: bool = False

    @property
    def not_asked(self) -> int:
        return sum(count for _, count in self.problems)


@dataclass(frozen=True)
class DeliveryView:
    """The delivery of one message as the outbox page shows it (for messages whose delivery is known
    or was asked about since they last went out)."""

    communication_id: int
    state: DeliveryState
    #: why it did not arrive, in the provider's words (undelivered only)
    reason: Message | None
    delivered_at: datetime | None
    checked_at: datetime | None


@dataclass(frozen=True)
class UndeliveredMessage:
    """A customer whose last payment request by SMS did not arrive: call them, or check the number."""

    customer_id: int
    customer_number: str
    customer_name: str
    communication_id: int
    step_name: str
    #: the number it was sent to
    to: str
    reason: Message | None
    #: when DebtorDesk learnt it did not arrive
    known_at: datetime


@dataclass
class _Item:
    communication_id: int
    customer_id: int
    step_name: str
    provider: str
    provider_message_id: str | None
    reference: str
    to: str = ""


@dataclass
class _Asking:
    """One provider's state during a check (its thread alone touches it)."""

    provider: SmsProvider
    limiter: Limiter
    max_errors: int = MAX_ERRORS
    errors: int = 0
    stopped: Message | None = None
    problems: Counter[Message] = field(default_factory=Counter)


# --------------------------------------------------------------------------- the check


def check_delivery(
    db: Database,
    administration_id: int,
    *,
    providers: Mapping[str, SmsProvider] | None = None,
    secrets: SecretStore | None = None,
    now: datetime | None = None,
    days: int = DEFAULT_DAYS,
    batch_size: int = BATCH_SIZE,
    limit: int = MAX_MESSAGES,
    recheck_after: timedelta = RECHECK_AFTER,
    rate: float | None = None,
    max_errors: int = MAX_ERRORS,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    user_id: int | None = None,
) -> DeliverySummary:
    """Ask the providers about the SMS sent in the last ``days`` days whose delivery is not final,
    and record what they say. ``providers`` (by provider id) are used as given and not closed; else
    each provider the messages went through is built from the administration's settings and keys."""
    moment = now or utcnow()
    since = moment - timedelta(days=days)
    is_cancelled = cancelled or (lambda: False)
    emails = _mark_emails(db, administration_id, since, moment)
    ids = _candidates(
        db, administration_id, since=since, now=moment, recheck_after=recheck_after, limit=limit
    )
    if not ids:
        return DeliverySummary(emails=emails)
    with db.read() as session:
        settings = load_outbox_settings(session, administration_id)
        names = _provider_names(session, ids)
    per_second = rate if rate is not None else min(settings.sms.rate, MAX_RATE)
    built: dict[str, SmsProvider] = {}
    problems: Counter[Message] = Counter()
    unusable: dict[str, Message] = {}
    if providers is None:
        built, unusable = _build_providers(db, administration_id, names, secrets)
        usable: Mapping[str, SmsProvider] = built
    else:
        usable = providers
        for name in names - set(providers):
            unusable[name] = Message("delivery.no_provider", {"provider": _title(name)})
    asking = {
        name: _Asking(provider, Limiter(per_second), max_errors)
        for name, provider in usable.items()
    }
    totals: Counter[str] = Counter()
    stop = threading.Event()
    done = 0
    try:
        with ThreadPoolExecutor(
            max_workers=min(MAX_PROVIDER_THREADS, max(1, len(asking))),
            thread_name_prefix="delivery",
        ) as pool:
            for start in range(0, len(ids), batch_size):
                if is_cancelled():
                    stop.set()
                    break
                items = _items(db, ids[start : start + batch_size])
                groups: dict[str, list[_Item]] = {}
                for item in items:
                    if item.provider in unusable:
                        problems[unusable[item.provider]] += 1
                    elif item.provider not in asking:
                        problems[Message("delivery.no_provider", {"provider": item.provider})] += 1
                    else:
                        groups.setdefault(item.provider, []).append(item)
                futures = [
                    pool.submit(_ask, asking[name], group, stop, is_cancelled)
                    for name, group in groups.items()
                ]
                answers = [answer for future in futures for answer in future.result()]
                totals["asked"] += len(answers)
                if answers:
                    with db.write() as session:
                        totals.update(_record(session, administration_id, answers, moment, user_id))
                done += len(items)
                if progress is not None:
                    progress(done, len(ids))
    finally:
        for provider in built.values():
            close_provider(provider)
    for state in asking.values():
        problems.update(state.problems)
    summary = DeliverySummary(
        candidates=len(ids),
        asked=totals["asked"],
        delivered=totals[_D.DELIVERED.value],
        undelivered=totals[_D.UNDELIVERED.value],
        pending=totals[_D.PENDING.value],
        not_available=totals[_D.NOT_AVAILABLE.value],
        emails=emails,
        problems=tuple(problems.items()),
        cancelled=stop.is_set(),
    )
    if summary.asked or summary.problems:
        with db.write() as session:
            record_audit(
                session,
                user_id=user_id,
                administration_id=administration_id,
                entity="outbox_delivery",
                entity_id=None,
                action="check",
                details={
                    "days": days,
                    "candidates": summary.candidates,
                    "asked": summary.asked,
                    "delivered": summary.delivered,
                    "undelivered": summary.undelivered,
                    "pending": summary.pending,
                    "not_available": summary.not_available,
                    "not_asked": summary.not_asked,
                    "problems": sorted({message.code for message, _ in summary.problems}),
                },
            )
    return summary


def _ask(
    state: _Asking, items: list[_Item], stop: threading.Event, cancelled: CancelCheck
) -> list[tuple[_Item, Delivery]]:
    """One provider's messages of a batch, one after the other at the provider's rate."""
    answers: list[tuple[_Item, Delivery]] = []
    for index, item in enumerate(items):
        if state.stopped is not None:
            state.problems[state.stopped] += len(items) - index
            break
        if stop.is_set() or cancelled() or not state.limiter.acquire(stop):
            stop.set()
            break
        try:
            answer = state.provider.delivery_status(
                item.provider_message_id, reference=item.reference, to=item.to
            )
        except SmsRejected as error:
            state.problems[error.message] += 1
            if error.wrong_key:
                state.stopped = error.message
            else:
                _count_error(state, error)
            continue
        except RateLimited as error:
            state.problems[error.message] += 1
            wait = error.retry_after if error.retry_after is not None else DEFAULT_PAUSE
            if wait > LONGEST_PAUSE:
                state.stopped = error.message
            else:
                state.limiter.pause(wait)
            continue
        except ProviderError as error:
            state.problems[error.message] += 1
            _count_error(state, error)
            continue
        state.errors = 0
        answers.append((item, answer))
    return answers


def _count_error(state: _Asking, error: ProviderError) -> None:
    """After ``max_errors`` failures in a row the provider is not asked again in this check; the
    messages left are counted under the last failure (no network, no answer ...)."""
    state.errors += 1
    log.info("delivery check at %s failed: %s", error.provider, error.code)
    if state.stopped is None and state.errors >= state.max_errors:
        state.stopped = error.message


# --------------------------------------------------------------------------- which messages


def _not_final() -> Any:
    """Items whose delivery is not known for the message as it last went out."""
    return or_(
        OutboxItem.delivery_status.is_(None),
        OutboxItem.delivery_status == _D.PENDING.value,
        OutboxItem.delivery_checked_at < OutboxItem.settled_at,
    )


def _candidates(
    db: Database,
    administration_id: int,
    *,
    since: datetime,
    now: datetime,
    recheck_after: timedelta,
    limit: int,
) -> list[int]:
    """SMS sent since ``since`` whose delivery is not final, the never-asked first."""
    with db.read() as session:
        rows = session.execute(
            select(Communication.id)
            .join(OutboxItem, OutboxItem.communication_id == Communication.id)
            .where(
                Communication.administration_id == administration_id,
                Communication.channel == ActionChannel.SMS,
                Communication.status == _S.SENT,
                OutboxItem.settled_at >= since,
                _not_final(),
                or_(
                    OutboxItem.delivery_checked_at.is_(None),
                    OutboxItem.delivery_checked_at <= now - recheck_after,
                    OutboxItem.delivery_checked_at < OutboxItem.settled_at,
                ),
            )
            .order_by(
                OutboxItem.delivery_checked_at.is_not(None),
                OutboxItem.delivery_checked_at,
                Communication.id,
            )
            .limit(limit)
        ).all()
    return [row[0] for row in rows]


def _provider_names(session: Session, ids: list[int]) -> set[str]:
    names: set[str] = set()
    for start in range(0, len(ids), 500):
        names.update(
            str(name)
            for name in session.scalars(
                select(OutboxItem.provider)
                .where(OutboxItem.communication_id.in_(ids[start : start + 500]))
                .distinct()
            )
        )
    return names


def _items(db: Database, ids: list[int]) -> list[_Item]:
    with db.read() as session:
        rows = session.execute(
            select(
                Communication.id,
                Communication.customer_id,
                Communication.step_name,
                OutboxItem.provider,
                OutboxItem.provider_message_id,
                OutboxItem.reference,
            )
            .join(OutboxItem, OutboxItem.communication_id == Communication.id)
            .where(Communication.id.in_(ids))
        ).all()
        items = {
            row.id: _Item(
                communication_id=row.id,
                customer_id=row.customer_id,
                step_name=row.step_name,
                provider=str(row.provider),
                provider_message_id=row.provider_message_id,
                reference=row.reference,
            )
            for row in rows
        }
        # the number of the attempt that went out (the last one)
        for cid, recipient in session.execute(
            select(OutboxAttempt.communication_id, OutboxAttempt.recipient)
            .where(OutboxAttempt.communication_id.in_(ids))
            .order_by(OutboxAttempt.communication_id, OutboxAttempt.number)
        ):
            items[cid].to = recipient
    return [items[cid] for cid in ids if cid in items]


def _mark_emails(db: Database, administration_id: int, since: datetime, now: datetime) -> int:
    """E-mails sent in the period: delivery "not available" (SMTP tells nothing after acceptance)."""
    with db.write() as session:
        ids = select(Communication.id).where(
            Communication.administration_id == administration_id,
            Communication.channel == ActionChannel.EMAIL,
            Communication.status == _S.SENT,
        )
        result = session.execute(
            update(OutboxItem)
            .where(
                OutboxItem.communication_id.in_(ids),
                OutboxItem.settled_at >= since,
                _not_final(),
            )
            .values(
                delivery_status=_D.NOT_AVAILABLE.value,
                delivery_checked_at=now,
                delivery_reason=None,
            )
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)


def _build_providers(
    db: Database, administration_id: int, names: Iterable[str], secrets: SecretStore | None
) -> tuple[dict[str, SmsProvider], dict[str, Message]]:
    """The SMS providers the messages went through, from the settings and the keys in the keyring
    (also a provider the administration no longer sends with, when its key is still there)."""
    store = secrets if secrets is not None else KeyringSecrets()
    built: dict[str, SmsProvider] = {}
    problems: dict[str, Message] = {}
    with db.read() as session:
        code = administration_code(session, administration_id)
        settings = {
            name: load_provider_settings(session, administration_id, name)
            for name in names
            if name in PROVIDERS
        }
    for name in names:
        if name not in settings:
            problems[name] = Message("delivery.no_provider", {"provider": name})
            continue
        keys, problem = _keys(store, code, name)
        provider: Any = None
        if problem is None:
            provider, problem = _build(settings[name], keys, name)
        if problem is not None or provider is None:
            problems[name] = problem or Message("delivery.no_provider", {"provider": name})
            continue
        built[name] = provider
    return built, problems


# --------------------------------------------------------------------------- recording


def _record(
    session: Session,
    administration_id: int,
    answers: list[tuple[_Item, Delivery]],
    now: datetime,
    user_id: int | None,
) -> Counter[str]:
    """What the providers said, in the caller's write transaction. Every move is conditional on the
    communication still being sent, so a second checker (or a second check) records nothing twice."""
    counts: Counter[str] = Counter()
    for item, answer in answers:
        state = answer.state
        values: dict[str, Any] = {
            "delivery_status": state.value,
            "delivery_checked_at": now,
            "delivery_checks": _ITEM.c.delivery_checks + 1,
        }
        moved = False
        if state is _D.DELIVERED:
            assert can_move(_S.SENT, _S.DELIVERED)
            moved = _move(session, item.communication_id, _S.DELIVERED, now)
            values["delivered_at"] = answer.at or now
            values["delivery_reason"] = None
        elif state is _D.UNDELIVERED:
            assert can_move(_S.SENT, _S.FAILED)
            moved = _move(session, item.communication_id, _S.FAILED, now)
            reason = undelivered_reason(item.provider, answer)
            values["delivery_reason"] = stored(reason)
            if moved:
                values["last_error"] = stored(reason)
        session.execute(
            update(_ITEM)
            .where(
                _ITEM.c.communication_id == item.communication_id,
                # a message delivered or undelivered already is not written over
                or_(
                    _ITEM.c.delivery_status.is_(None),
                    _ITEM.c.delivery_status == _D.PENDING.value,
                    _ITEM.c.delivery_checked_at < _ITEM.c.settled_at,
                ),
            )
            .values(**values)
        )
        if state in (_D.DELIVERED, _D.UNDELIVERED) and not moved:
            continue  # someone else recorded it meanwhile (or the clerk acted on it)
        counts[state.value] += 1
        if state is _D.DELIVERED:
            add_customer_event(
                session,
                customer_id=item.customer_id,
                kind="outbox",
                code="event.outbox.delivered",
                params={"step": item.step_name, "channel": "sms", "to": item.to},
                at=now,
            )
        elif state is _D.UNDELIVERED:
            reason = undelivered_reason(item.provider, answer)
            add_customer_event(
                session,
                customer_id=item.customer_id,
                kind="outbox",
                code="event.outbox.undelivered",
                params={
                    "step": item.step_name,
                    "channel": "sms",
                    "to": item.to,
                    "provider": _title(item.provider),
                    "detail": str(reason.params.get("detail") or ""),
                },
                at=now,
            )
            record_audit(
                session,
                user_id=user_id,
                administration_id=administration_id,
                entity="communication",
                entity_id=item.communication_id,
                action="outbox_undelivered",
                details={
                    "provider": item.provider,
                    "status": answer.provider_status,
                    "reason": answer.reason,
                    "error_code": answer.error_code,
                },
            )
    return counts


def _move(
    session: Session, communication_id: int, target: CommunicationStatus, now: datetime
) -> bool:
    """``sent -> target`` when the communication is still sent; whether it moved."""
    values: dict[str, Any] = {
        "status": target,
        "status_changed_at": now,
        "version": _COMM.c.version + 1,
    }
    if target is _S.FAILED:
        values["plan_key"] = None  # the step was not taken: it may be planned again
    result = session.execute(
        update(_COMM)
        .where(_COMM.c.id == communication_id, _COMM.c.status == _S.SENT)
        .values(**values)
    )
    return int(getattr(result, "rowcount", 0) or 0) == 1


def undelivered_reason(provider: str, answer: Delivery) -> Message:
    """The provider's reason an SMS did not arrive, as a message code with its words and code."""
    parts = [answer.provider_status or "undelivered"]
    if answer.reason and answer.reason != answer.provider_status:
        parts.append(answer.reason)
    detail = ": ".join(parts)
    if answer.error_code:
        detail += f" ({answer.error_code})"
    return Message(
        "delivery.undelivered",
        {
            "provider": _title(provider),
            "detail": detail,
            "status": answer.provider_status,
            "reason": answer.reason or "",
            "error_code": answer.error_code or "",
        },
    )


def _title(provider: str) -> str:
    spec = PROVIDERS.get(provider)
    return spec.title if spec is not None else provider


# --------------------------------------------------------------------------- reading


def delivery_views(db: Database, communication_ids: Iterable[int]) -> dict[int, DeliveryView]:
    """The delivery of these messages, as far as it was asked since they last went out (messages
    never asked, queued again, or sent again since, are left out)."""
    ids = list(communication_ids)
    found: dict[int, DeliveryView] = {}
    with db.read() as session:
        for start in range(0, len(ids), 500):
            for row in session.execute(
                select(
                    OutboxItem.communication_id,
                    OutboxItem.delivery_status,
                    OutboxItem.delivery_reason,
                    OutboxItem.delivered_at,
                    OutboxItem.delivery_checked_at,
                    OutboxItem.settled_at,
                ).where(
                    OutboxItem.communication_id.in_(ids[start : start + 500]),
                    OutboxItem.delivery_status.is_not(None),
                )
            ):
                checked, settled = row.delivery_checked_at, row.settled_at
                if settled is None or (checked is not None and checked < settled):
                    continue  # queued again, or sent again after it was asked: not known now
                try:
                    state = DeliveryState(row.delivery_status)
                except ValueError:
                    continue
                found[row.communication_id] = DeliveryView(
                    communication_id=row.communication_id,
                    state=state,
                    reason=stored_message(row.delivery_reason),
                    delivered_at=row.delivered_at,
                    checked_at=checked,
                )
    return found


def undelivered_customers(
    session: Session, administration_id: int, since: datetime
) -> tuple[UndeliveredMessage, ...]:
    """Customers whose SMS did not arrive (learnt since ``since``), one row per customer with the
    latest such message, newest first; a customer whose later SMS did arrive is left out. For the
    call list: they did not get the payment request, so someone should call (or check the number)."""
    rows = session.execute(
        select(
            Communication.id,
            Communication.customer_id,
            Communication.step_name,
            OutboxItem.delivery_reason,
            OutboxItem.delivery_checked_at,
            Customer.number,
            Customer.name,
        )
        .join(OutboxItem, OutboxItem.communication_id == Communication.id)
        .join(Customer, Customer.id == Communication.customer_id)
        .where(
            Communication.administration_id == administration_id,
            Communication.channel == ActionChannel.SMS,
            Communication.status == _S.FAILED,
            OutboxItem.delivery_status == _D.UNDELIVERED.value,
            OutboxItem.delivery_checked_at >= since,
        )
        .order_by(OutboxItem.delivery_checked_at.desc(), Communication.id.desc())
    ).all()
    if not rows:
        return ()
    customers = {row.customer_id for row in rows}
    # the newest SMS of each customer that did arrive (a later communication has a higher id)
    arrived: dict[int, int] = {}
    for customer_id, newest in session.execute(
        select(Communication.customer_id, func.max(Communication.id))
        .where(
            Communication.customer_id.in_(customers),
            Communication.channel == ActionChannel.SMS,
            Communication.status == _S.DELIVERED,
        )
        .group_by(Communication.customer_id)
    ):
        arrived[customer_id] = newest
    recipients: dict[int, str] = {}
    for cid, recipient in session.execute(  # the last attempt's number
        select(OutboxAttempt.communication_id, OutboxAttempt.recipient)
        .where(OutboxAttempt.communication_id.in_([row.id for row in rows]))
        .order_by(OutboxAttempt.communication_id, OutboxAttempt.number)
    ):
        recipients[cid] = recipient
    found: list[UndeliveredMessage] = []
    seen: set[int] = set()
    for row in rows:
        if row.customer_id in seen:
            continue
        seen.add(row.customer_id)
        if arrived.get(row.customer_id, 0) > row.id:
            continue
        found.append(
            UndeliveredMessage(
                customer_id=row.customer_id,
                customer_number=row.number,
                customer_name=row.name,
                communication_id=row.id,
                step_name=row.step_name,
                to=recipients.get(row.id, ""),
                reason=stored_message(row.delivery_reason),
                known_at=row.delivery_checked_at,
            )
        )
    return tuple(found)
