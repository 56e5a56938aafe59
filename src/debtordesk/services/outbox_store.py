"""The outbox in the database: putting due messages in it, claiming them (the attempt recorded and
committed before any request goes out), recording what came of each attempt, and taking over what a
stopped sender left in "sending".

Claiming is atomic: the status moves from ``queued`` to ``sending`` with a conditional UPDATE (``WHERE
status = 'queued'``) inside one write transaction, which on SQLite holds the database's write lock
(``BEGIN IMMEDIATE``) and on PostgreSQL first takes a transaction-scoped advisory lock for the
administration's outbox; two senders (a scheduled ``send`` and a clerk's) never take the same message,
and the hourly and daily caps are counted under the same lock. Each message taken gets an expiring
lease (owner "host/pid/token" and a time); a message still in ``sending`` whose lease ran out, or whose
owner is a process on this computer that no longer runs, is settled by a lookup at the provider or
becomes ``uncertain``, never sent again.

The state machine (:mod:`debtordesk.domain.dunning.states`) is followed with one addition the outbox
needs: ``sending -> queued`` when the attempt certainly did not reach the provider (no connection, a
429, the batch stopped before the call). Every statement bumps ``version`` (optimistic locking).
"""

from __future__ import annotations

import base64
import os
import secrets
import socket
import sys
import threading
import time
import uuid
import zlib
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import CursorResult, Table, and_, bindparam, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Communication,
    CustomerEvent,
    OutboxAttempt,
    OutboxItem,
)
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message, MessageParam
from debtordesk.domain.outbox import AttemptOutcome, cap_room
from debtordesk.domain.sms_text import SmsEncoding
from debtordesk.letters.model import LetterContent, Sender
from debtordesk.messaging.model import MessageSender
from debtordesk.messaging.render import render_email, render_sms
from debtordesk.providers.smtp import OutgoingEmail
from debtordesk.services.database import Database
from debtordesk.services.letters_batch import template_override_dir as letter_template_dir
from debtordesk.services.letters_content import sender_of as letterhead_of
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.outbox_content import MessageSource, message_sources, sender_of
from debtordesk.services.outbox_legal import Checked, check_fourteen_day_email
from debtordesk.services.outbox_letters import letter_contents, letter_pdf
from debtordesk.services.outbox_settings import OutboxSettings
from debtordesk.services.outbox_types import Job, LetterPdf
from debtordesk.services.still_due import cancel_stale, stale_communications
from debtordesk.settings.org import OrgSettings

_S = CommunicationStatus
MESSAGE_CHANNELS = (ActionChannel.SMS, ActionChannel.EMAIL)
#: how long a message waits after a template problem before it is tried again (or a retry)
TEMPLATE_HOLD = timedelta(minutes=15)
#: how often an uncertain SMS is looked up again at the provider, and how long after its attempt
MAX_LOOKUPS = 3
RELOOKUP_AFTER = timedelta(minutes=1)
_CHUNK = 500

try:
    _ZONE: ZoneInfo | None = ZoneInfo("Europe/Amsterdam")
except ZoneInfoNotFoundError:  # pragma: no cover - Windows without the tzdata package
    _ZONE = None


def local_time(moment: datetime) -> datetime:
    """The Dutch wall-clock time of ``moment`` (the sending windows and "today" are Dutch)."""
    if _ZONE is not None:
        return moment.astimezone(_ZONE)
    return moment.astimezone()  # pragma: no cover


# --------------------------------------------------------------------------- owners and leases

_HOST = socket.gethostname()[:60]
_ACTIVE: set[str] = set()
_ACTIVE_LOCK = threading.Lock()


def new_owner() -> str:
    """A lease owner for one batch: this computer, this process, a token; registered as running."""
    owner = f"{_HOST}/{os.getpid()}/{uuid.uuid4().hex[:8]}"
    with _ACTIVE_LOCK:
        _ACTIVE.add(owner)
    return owner


def release_owner(owner: str) -> None:
    with _ACTIVE_LOCK:
        _ACTIVE.discard(owner)


def owner_alive(owner: str) -> bool | None:
    """False when the owner certainly stopped (a process on this computer that no longer runs, or an
    earlier batch of this process that ended); None when it cannot be told (another computer)."""
    host, _, rest = owner.partition("/")
    pid_text, _, _token = rest.partition("/")
    if host != _HOST or not pid_text.isdigit():
        return None
    pid = int(pid_text)
    if pid == os.getpid():
        with _ACTIVE_LOCK:
            return owner in _ACTIVE
    if sys.platform == "win32":  # pragma: no cover - no safe signal-0 probe on Windows
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def new_reference() -> str:
    """Our reference at the provider: "DD" and 20 random letters and digits (fits every provider)."""
    # 100 random bits as 20 base-32 letters and digits (A-Z, 2-7)
    return "DD" + base64.b32encode(secrets.token_bytes(13)).decode("ascii")[:20]


def lock_outbox(session: Session, administration_id: int) -> None:
    """Serialise claims of one administration's outbox on PostgreSQL (SQLite: the write lock does)."""
    if session.get_bind().dialect.name == "postgresql":
        key = zlib.crc32(f"debtordesk.outbox.{administration_id}".encode()) & 0x7FFFFFFF
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _changed(result: Any) -> int:
    """The rows an UPDATE or DELETE changed."""
    assert isinstance(result, CursorResult)
    return int(result.rowcount)


def _chunks(ids: list[int], size: int = _CHUNK) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


# --------------------------------------------------------------------------- into the outbox


def _prepared_due(
    administration_id: int, channels: Collection[ActionChannel], today: date
) -> list[Any]:
    """The conditions of the prepared messages of these channels whose first day has come."""
    return [
        Communication.administration_id == administration_id,
        Communication.status == _S.PREPARED,
        Communication.channel.in_(list(channels)),
        or_(Communication.send_on.is_(None), Communication.send_on <= today),
    ]


def enqueue_due(
    db: Database,
    administration_id: int,
    *,
    now: datetime,
    channels: Collection[ActionChannel] = MESSAGE_CHANNELS,
) -> int:
    """Prepared SMS and e-mail communications of ``channels`` whose first day has come: ``queued``,
    each with its outbox item. How many.

    A send batch passes only the channels that can send (a provider with its key and sender): the
    messages of a channel without one stay prepared, untouched, for a later batch or for
    ``paylink-export`` (a provider's upload portal)."""
    if not channels:
        return 0
    today = local_time(now).date()
    with db.write() as session:
        ids = list(
            session.scalars(
                select(Communication.id).where(*_prepared_due(administration_id, channels, today))
            )
        )
        if not ids:
            return 0
        queued = 0
        for chunk in _chunks(ids):
            moved = session.execute(
                update(Communication)
                .where(Communication.id.in_(chunk), Communication.status == _S.PREPARED)
                .values(status=_S.QUEUED, status_changed_at=now, version=Communication.version + 1)
                .returning(Communication.id)
                .execution_options(synchronize_session=False)
            ).scalars()
            moved_ids = list(moved)
            queued += len(moved_ids)
            existing = set(
                session.scalars(
                    select(OutboxItem.communication_id).where(
                        OutboxItem.communication_id.in_(moved_ids)
                    )
                )
            )
            fresh = [
                {
                    "communication_id": cid,
                    "reference": new_reference(),
                    "queued_at": now,
                    "attempts": 0,
                    "lookups": 0,
                }
                for cid in moved_ids
                if cid not in existing
            ]
            if fresh:
                session.execute(insert(OutboxItem), fresh)
            if existing:
                session.execute(
                    update(OutboxItem)
                    .where(OutboxItem.communication_id.in_(existing))
                    .values(queued_at=now, lease_owner=None, lease_until=None)
                    .execution_options(synchronize_session=False)
                )
        return queued


# --------------------------------------------------------------------------- claiming


@dataclass
class ClaimOutcome:
    jobs: list[Job] = field(default_factory=list)
    cancelled: int = 0
    failed: int = 0
    held: int = 0
    notes: list[Message] = field(default_factory=list)
    #: channels with nothing more to claim now
    empty: set[ActionChannel] = field(default_factory=set)
    #: channels whose hourly or daily cap is reached, with the cap ("hourly", "daily")
    capped: dict[ActionChannel, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ChannelPlan:
    """A channel the batch sends on: its provider id, and for e-mail how Message-IDs are made."""

    channel: ActionChannel
    provider: str
    new_message_id: Callable[[], str] | None = None


def _went_out(
    session: Session, administration_id: int, channel: ActionChannel, since: datetime
) -> int:
    """Attempts since ``since`` that went out or may have (sent, under way, unknown)."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(OutboxAttempt)
            .join(Communication, Communication.id == OutboxAttempt.communication_id)
            .where(
                OutboxAttempt.channel == channel,
                OutboxAttempt.started_at >= since,
                Communication.administration_id == administration_id,
                or_(
                    OutboxAttempt.outcome.is_(None),
                    OutboxAttempt.outcome.in_([AttemptOutcome.SENT, AttemptOutcome.UNKNOWN]),
                ),
            )
        )
        or 0
    )


@dataclass
class ClaimCache:
    """What one batch's claims share: the sender and organisation settings, read once, and the
    messages counted against the caps (counted again every :data:`CAP_RECOUNT` seconds)."""

    sender: MessageSender | None = None
    org: OrgSettings | None = None
    #: the letterhead of letters attached to e-mails (organisation option attach_letter_pdf)
    letterhead: Sender | None = None
    counted_at: float = -1e9
    #: the 14-day templates checked in this batch (:func:`check_fourteen_day_email`)
    fourteen_day_checked: Checked = field(default_factory=dict)
    #: (channel, "hour" or "day") -> messages that went out or may have
    went_out: dict[tuple[ActionChannel, str], int] = field(default_factory=dict)


#: seconds a cap count is trusted before it is counted again (other senders may have sent meanwhile)
CAP_RECOUNT = 5.0

_ITEM_TABLE = cast(Table, OutboxItem.__table__)
_COMM_TABLE = cast(Table, Communication.__table__)
_LEASE = (
    update(_ITEM_TABLE)
    .where(_ITEM_TABLE.c.communication_id == bindparam("b_id"))
    .values(
        lease_owner=bindparam("b_owner"),
        lease_until=bindparam("b_until"),
        attempts=bindparam("b_number"),
        provider=bindparam("b_provider"),
    )
)


def claim_jobs(
    db: Database,
    administration_id: int,
    *,
    plans: Mapping[ActionChannel, ChannelPlan],
    room: int,
    settings: OutboxSettings,
    owner: str,
    now: datetime,
    lease: timedelta,
    template_dir: Any = None,
    cache: ClaimCache | None = None,
) -> ClaimOutcome:
    """Take up to ``room`` due messages in a write transaction of their own (see :func:`claim_in`)."""
    with db.write() as session:
        return claim_in(
            session,
            administration_id,
            plans=plans,
            room=room,
            settings=settings,
            owner=owner,
            now=now,
            lease=lease,
            template_dir=template_dir,
            cache=cache,
        )


def claim_in(
    session: Session,
    administration_id: int,
    *,
    plans: Mapping[ActionChannel, ChannelPlan],
    room: int,
    settings: OutboxSettings,
    owner: str,
    now: datetime,
    lease: timedelta,
    template_dir: Any = None,
    cache: ClaimCache | None = None,
) -> ClaimOutcome:
    """Take up to ``room`` due messages of the planned channels, in one write transaction: stale ones
    cancelled, refused ones (opted out, no valid number or address, too long) failed, the rest moved
    to ``sending`` with their attempt recorded. Committed when this returns."""
    outcome = ClaimOutcome()
    cache = cache if cache is not None else ClaimCache()
    local = local_time(now)
    today = local.date()
    day_start = datetime.combine(today, datetime.min.time(), tzinfo=local.tzinfo).astimezone(UTC)
    lock_outbox(session, administration_id)
    if cache.sender is None or cache.org is None:
        cache.sender = sender_of(session, administration_id)
        cache.org = load_org_settings(session, administration_id)
    recount = time.monotonic() - cache.counted_at > CAP_RECOUNT
    if recount:
        cache.counted_at = time.monotonic()
    candidates: list[int] = []
    items: dict[int, Any] = {}
    left = room
    for channel in plans:
        if left <= 0:
            break
        limits = settings.limits(channel.value)
        for period, cap_value, since in (
            ("hour", limits.hourly_cap, now - timedelta(hours=1)),
            ("day", limits.daily_cap, day_start),
        ):
            if cap_value is not None and (recount or (channel, period) not in cache.went_out):
                cache.went_out[channel, period] = _went_out(
                    session, administration_id, channel, since
                )
        cap = cap_room(
            hourly_cap=limits.hourly_cap,
            daily_cap=limits.daily_cap,
            last_hour=cache.went_out.get((channel, "hour"), 0),
            today=cache.went_out.get((channel, "day"), 0),
        )
        if cap.room == 0:
            outcome.capped[channel] = cap.reached or "daily"
            continue
        take = left if cap.room is None else min(left, cap.room)
        cc, ic = _COMM_TABLE.c, _ITEM_TABLE.c
        found = session.execute(
            select(cc.id, ic.reference, ic.attempts)
            .join_from(_COMM_TABLE, _ITEM_TABLE, ic.communication_id == cc.id)
            .where(
                cc.administration_id == administration_id,
                cc.status == _S.QUEUED,
                cc.channel == channel,
                or_(ic.next_attempt_at.is_(None), ic.next_attempt_at <= now),
            )
            .order_by(cc.id)
            .limit(take)
        ).all()
        ids = [row.id for row in found]
        items.update((row.id, row) for row in found)
        if len(ids) < take:
            outcome.empty.add(channel)
        candidates.extend(ids)
        left -= len(ids)
    if not candidates:
        return outcome
    stale = stale_communications(session, candidates, today)
    if stale:
        outcome.cancelled = cancel_stale(session, stale, now=now, user_id=None)
        session.flush()
    live = [cid for cid in candidates if cid not in stale]
    sources = message_sources(
        session,
        administration_id,
        live,
        today=today,
        now=now,
        sender=cache.sender,
        settings=cache.org,
    )
    letters: dict[int, LetterContent] = {}
    if cache.org.attach_letter_pdf:
        emails = {
            cid: source.content
            for cid, source in sources.items()
            if source.channel is ActionChannel.EMAIL and source.refusal is None
        }
        if emails:
            cache.letterhead = cache.letterhead or letterhead_of(session, administration_id)
            letters = letter_contents(
                session, administration_id, emails, today=today, now=now, sender=cache.letterhead
            )
    to_claim: list[
        tuple[MessageSource, Any, str, int | None, OutgoingEmail | None, str, LetterPdf | None]
    ] = []
    for cid in live:
        source = sources.get(cid)
        item = items.get(cid)
        if source is None or item is None:
            continue
        if source.refusal is not None:
            _fail_queued(session, source, source.refusal, now)
            outcome.failed += 1
            continue
        try:
            if source.channel is ActionChannel.SMS:
                sms = render_sms(
                    source.content,
                    transliterate_names=settings.transliterate_names,
                    override=template_dir,
                )
                if sms.segments > settings.max_sms_segments:
                    special = sms.info.encoding is SmsEncoding.UCS2
                    params: dict[str, MessageParam] = {
                        "segments": sms.segments,
                        "limit": settings.max_sms_segments,
                        "characters": sms.info.characters,
                        "encoding": sms.info.encoding.value,
                    }
                    if special:  # the letters that made it UCS-2: transliteration may help
                        params["non_gsm"] = " ".join(sms.info.non_gsm)
                    reason = Message(
                        "outbox.sms_too_long" if special else "outbox.sms_too_long_gsm", params
                    )
                    _fail_queued(session, source, reason, now)
                    outcome.failed += 1
                    continue
                to_claim.append((source, item, sms.text, sms.segments, None, item.reference, None))
            else:
                rendered = render_email(source.content, override=template_dir)
                plan = plans[ActionChannel.EMAIL]
                assert plan.new_message_id is not None
                letter, pdf = letters.get(cid), None
                # a 14-day e-mail whose letter or text misstates the term or costs is not sent
                check_fourteen_day_email(
                    source.content,
                    letter,
                    message_override=template_dir,
                    letter_override=letter_template_dir(),
                    checked=cache.fourteen_day_checked,
                )
                attachment = None
                if letter is not None:
                    attachment, pdf = letter_pdf(letter, source.content, day=today)
                outgoing = OutgoingEmail(
                    to=source.recipient,
                    subject=rendered.subject,
                    text=rendered.text,
                    html=rendered.html,
                    to_name=source.content.name,
                    attachments=(attachment,) if attachment is not None else (),
                )
                to_claim.append((source, item, "", None, outgoing, plan.new_message_id(), pdf))
        except UserError as problem:
            _hold(session, cid, problem.message, now)
            outcome.held += 1
            if problem.message not in outcome.notes:
                outcome.notes.append(problem.message)
    if not to_claim:
        return outcome
    claimed = set(
        session.execute(
            update(_COMM_TABLE)
            .where(
                _COMM_TABLE.c.id.in_([entry[0].communication_id for entry in to_claim]),
                _COMM_TABLE.c.status == _S.QUEUED,
            )
            .values(status=_S.SENDING, status_changed_at=now, version=_COMM_TABLE.c.version + 1)
            .returning(_COMM_TABLE.c.id)
        ).scalars()
    )
    until = now + lease
    attempts: list[dict[str, Any]] = []
    leases: list[dict[str, Any]] = []
    for source, item, sms_text, segments, mail, key, pdf in to_claim:
        cid = source.communication_id
        if cid not in claimed:
            continue
        plan = plans[source.channel]
        number = item.attempts + 1
        leases.append(
            {
                "b_id": cid,
                "b_owner": owner,
                "b_until": until,
                "b_number": number,
                "b_provider": plan.provider,
            }
        )
        for period in ("hour", "day"):
            if (source.channel, period) in cache.went_out:
                cache.went_out[source.channel, period] += 1
        attempts.append(
            {
                "communication_id": cid,
                "number": number,
                "channel": source.channel,
                "provider": plan.provider,
                "lease_owner": owner,
                "started_at": now,
                "idempotency_key": key,
                "recipient": source.recipient,
                "body": sms_text if mail is None else mail.subject,
                "segments": segments,
            }
        )
        outcome.jobs.append(
            Job(
                communication_id=cid,
                customer_id=source.customer_id,
                attempt_number=number,
                channel=source.channel,
                provider=plan.provider,
                reference=item.reference,
                idempotency_key=key,
                recipient=source.recipient,
                started_at=now,
                step_name=source.step_name,
                sms_text=sms_text,
                sms_segments=segments,
                email=mail,
                fourteen_day_letter=source.content.fourteen_day_letter,
                letter_pdf=pdf,
            )
        )
    if leases:
        session.execute(_LEASE, leases)
    if attempts:
        session.execute(insert(cast(Table, OutboxAttempt.__table__)), attempts)
    return outcome


def _fail_queued(session: Session, source: MessageSource, reason: Message, now: datetime) -> None:
    """A queued message that must not or cannot go: failed (nothing was sent), with why."""
    changed = _changed(
        session.execute(
            update(Communication)
            .where(Communication.id == source.communication_id, Communication.status == _S.QUEUED)
            .values(
                status=_S.FAILED,
                status_changed_at=now,
                plan_key=None,
                version=Communication.version + 1,
            )
            .execution_options(synchronize_session=False)
        )
    )
    if not changed:
        return
    session.execute(
        update(OutboxItem)
        .where(OutboxItem.communication_id == source.communication_id)
        .values(last_error=stored(reason), settled_at=now)
        .execution_options(synchronize_session=False)
    )
    _event(
        session,
        source.customer_id,
        code="event.outbox.refused",
        source=source,
        reason=reason,
        now=now,
    )


def _hold(session: Session, communication_id: int, reason: Message, now: datetime) -> None:
    session.execute(
        update(OutboxItem)
        .where(OutboxItem.communication_id == communication_id)
        .values(last_error=stored(reason), next_attempt_at=now + TEMPLATE_HOLD)
        .execution_options(synchronize_session=False)
    )


def stored(message: Message) -> dict[str, Any]:
    return {"code": message.code, "params": {k: _plain(v) for k, v in message.params.items()}}


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def stored_message(value: Mapping[str, Any] | None) -> Message | None:
    """A message back from :func:`stored`."""
    if not value or not isinstance(value.get("code"), str):
        return None
    params = value.get("params")
    return Message(value["code"], dict(params) if isinstance(params, Mapping) else {})


def _event(
    session: Session,
    customer_id: int,
    *,
    code: str,
    source: MessageSource | Job,
    reason: Message | None,
    now: datetime,
) -> None:
    step = source.step_name
    channel = source.channel.value
    to = source.recipient
    params: dict[str, Any] = {"step": step, "channel": channel, "to": to}
    if reason is not None:
        params["why"] = reason.code
    session.execute(
        insert(CustomerEvent).values(
            customer_id=customer_id, at=now, kind="outbox", code=code, params=params
        )
    )


# --------------------------------------------------------------------------- taking over


def claim_unsettled(
    db: Database,
    administration_id: int,
    *,
    owner: str,
    now: datetime,
    lease: timedelta,
    alive: Callable[[str], bool | None] = owner_alive,
) -> list[Job]:
    """Messages to settle by a lookup, taken over with a lease: those left in ``sending`` by a sender
    that stopped (its lease ran out, or its process is gone), and uncertain SMS not yet looked up
    :data:`MAX_LOOKUPS` times."""
    jobs: list[Job] = []
    with db.write() as session:
        lock_outbox(session, administration_id)
        rows = session.execute(
            select(
                Communication.id,
                Communication.customer_id,
                Communication.channel,
                Communication.status,
                Communication.step_name,
                Communication.fourteen_day_letter,
                OutboxItem.reference,
                OutboxItem.lease_owner,
                OutboxItem.lease_until,
                OutboxItem.lookups,
            )
            .join(OutboxItem, OutboxItem.communication_id == Communication.id)
            .where(
                Communication.administration_id == administration_id,
                or_(
                    Communication.status == _S.SENDING,
                    and_(
                        Communication.status == _S.UNCERTAIN,
                        Communication.channel == ActionChannel.SMS,
                        OutboxItem.lookups < MAX_LOOKUPS,
                    ),
                ),
            )
        ).all()
        verdicts: dict[str, bool | None] = {}
        for row in rows:
            holder = row.lease_owner
            if holder == owner:
                continue
            expired = row.lease_until is None or row.lease_until <= now
            if holder and not expired:
                if holder not in verdicts:
                    verdicts[holder] = alive(holder)
                if verdicts[holder] is not False:
                    continue
            attempt = session.execute(
                select(
                    OutboxAttempt.number,
                    OutboxAttempt.provider,
                    OutboxAttempt.started_at,
                    OutboxAttempt.recipient,
                    OutboxAttempt.body,
                    OutboxAttempt.idempotency_key,
                )
                .where(OutboxAttempt.communication_id == row.id)
                .order_by(OutboxAttempt.number.desc())
                .limit(1)
            ).first()
            if attempt is None:
                continue
            if row.status is _S.UNCERTAIN and attempt.started_at > now - RELOOKUP_AFTER:
                continue
            taken = _changed(
                session.execute(
                    update(OutboxItem)
                    .where(
                        OutboxItem.communication_id == row.id,
                        OutboxItem.lease_owner.is_(None)
                        if holder is None
                        else OutboxItem.lease_owner == holder,
                    )
                    .values(lease_owner=owner, lease_until=now + lease)
                    .execution_options(synchronize_session=False)
                )
            )
            if not taken:
                continue
            jobs.append(
                Job(
                    communication_id=row.id,
                    customer_id=row.customer_id,
                    attempt_number=attempt.number,
                    channel=row.channel,
                    provider=attempt.provider,
                    reference=row.reference,
                    idempotency_key=attempt.idempotency_key,
                    recipient=attempt.recipient,
                    started_at=attempt.started_at,
                    step_name=row.step_name,
                    sms_text=attempt.body if row.channel is ActionChannel.SMS else "",
                    fourteen_day_letter=bool(row.fourteen_day_letter),
                    settle_only=True,
                )
            )
    return jobs


def renew_leases(
    db: Database, owner: str, communication_ids: Collection[int], *, until: datetime
) -> None:
    """Keep the leases of the messages this sender is still working on."""
    ids = sorted(communication_ids)
    if not ids:
        return
    with db.write() as session:
        for chunk in _chunks(ids):
            session.execute(
                update(OutboxItem)
                .where(OutboxItem.communication_id.in_(chunk), OutboxItem.lease_owner == owner)
                .values(lease_until=until)
                .execution_options(synchronize_session=False)
            )


def count_prepared_due(
    db: Database, administration_id: int, channels: Collection[ActionChannel], *, now: datetime
) -> int:
    """Prepared messages of these channels whose first day has come (not yet in the outbox)."""
    if not channels:
        return 0
    today = local_time(now).date()
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Communication)
                .where(*_prepared_due(administration_id, channels, today))
            )
            or 0
        )


def count_due(
    db: Database, administration_id: int, channels: Collection[ActionChannel], *, now: datetime
) -> int:
    """Queued messages of these channels that may go now (their back-off passed)."""
    if not channels:
        return 0
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Communication)
                .join(OutboxItem, OutboxItem.communication_id == Communication.id)
                .where(
                    Communication.administration_id == administration_id,
                    Communication.status == _S.QUEUED,
                    Communication.channel.in_(list(channels)),
                    or_(OutboxItem.next_attempt_at.is_(None), OutboxItem.next_attempt_at <= now),
                )
            )
            or 0
        )
