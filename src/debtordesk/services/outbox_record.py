"""Recording what came of a group of attempts, in one write transaction with few statements (one
executemany per kind of change), so the single writer keeps up with many worker threads.

Every change is conditional on the status the communication is in (read under the same lock): a message
another sender settled meanwhile is left as it is. The moves:

* sent: sending or uncertain -> sent (went out today); a 14-day e-mail gets its evidence;
* failed: sending or uncertain -> failed (the step may be planned again);
* uncertain: sending -> uncertain (an uncertain one looked up again without an answer stays so);
* retry (certainly not at the provider): sending -> queued, after a back-off; after
  ``max_attempts`` failed connections it is given up (failed);
* account (wrong key, no balance): sending -> queued, at once (the clerk fixes the account);
* skipped (never handed over): sending -> queued, the attempt taken back.

An e-mail that went out (or may have: uncertain) with the step's letter attached keeps that PDF in the
letter archive, in this same transaction (:mod:`debtordesk.services.email_archive`); when the copy
cannot be kept the result is recorded all the same and the timeline and the audit log say so.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from random import Random
from typing import Any, cast

from sqlalchemy import JSON, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Communication,
    CustomerEvent,
    FourteenDayLetter,
    OutboxAttempt,
    OutboxItem,
)
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.errors import DebtorDeskError
from debtordesk.domain.legal import fourteen_day_dates
from debtordesk.domain.messages import Message
from debtordesk.domain.outbox import AttemptOutcome, backoff
from debtordesk.services.audit import record_audit
from debtordesk.services.database import Database
from debtordesk.services.email_archive import keep_email_pdf, not_archived_reason
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.outbox_settings import OutboxSettings
from debtordesk.services.outbox_store import local_time, lock_outbox, stored
from debtordesk.services.outbox_types import Job, Result, ResultKind
from debtordesk.settings.org import postal_rules

log = logging.getLogger(__name__)

_S = CommunicationStatus
_COMM = cast(Table, Communication.__table__)
_ITEM = cast(Table, OutboxItem.__table__)
_ATTEMPT = cast(Table, OutboxAttempt.__table__)
_EVENT = cast(Table, CustomerEvent.__table__)
#: None is SQL NULL here (coalesce must see "no new error", not the JSON text null)
_NULLABLE_JSON = JSON(none_as_null=True)


@dataclass
class Recorded:
    sent: int = 0
    failed: int = 0
    uncertain: int = 0
    retry_later: int = 0
    skipped: int = 0
    settled: int = 0


#: sending -> target for the conditional status updates
_MOVE = (
    update(_COMM)
    .where(_COMM.c.id == bindparam("b_id"), _COMM.c.status == bindparam("b_from"))
    .values(
        status=bindparam("b_to"),
        status_changed_at=bindparam("b_now"),
        version=_COMM.c.version + 1,
    )
)
_MOVE_SENT = _MOVE.values(went_out_on=bindparam("b_day"))
_MOVE_FAILED = _MOVE.values(plan_key=None)
_FINISH = (
    update(_ATTEMPT)
    .where(
        _ATTEMPT.c.communication_id == bindparam("b_id"),
        _ATTEMPT.c.number == bindparam("b_number"),
        _ATTEMPT.c.outcome.is_(None),
    )
    .values(
        outcome=bindparam("b_outcome"),
        finished_at=bindparam("b_now"),
        provider_message_id=bindparam("b_pid"),
        segments=func.coalesce(bindparam("b_segments"), _ATTEMPT.c.segments),
        reason=bindparam("b_reason", type_=_NULLABLE_JSON),
    )
)
_FOUND_LATER = (
    update(_ATTEMPT)
    .where(
        _ATTEMPT.c.communication_id == bindparam("b_id"),
        _ATTEMPT.c.number == bindparam("b_number"),
        _ATTEMPT.c.provider_message_id.is_(None),
    )
    .values(provider_message_id=bindparam("b_pid"))
)
_SETTLED = (
    update(_ITEM)
    .where(_ITEM.c.communication_id == bindparam("b_id"))
    .values(
        lease_owner=None,
        lease_until=None,
        provider_message_id=bindparam("b_pid"),
        last_error=bindparam("b_error", type_=_NULLABLE_JSON),
        settled_at=bindparam("b_now"),
    )
)
_UNSETTLED = (
    update(_ITEM)
    .where(_ITEM.c.communication_id == bindparam("b_id"))
    .values(
        lease_owner=None,
        lease_until=None,
        last_error=func.coalesce(bindparam("b_error", type_=_NULLABLE_JSON), _ITEM.c.last_error),
        lookups=_ITEM.c.lookups + bindparam("b_lookups"),
    )
)
_REQUEUED = (
    update(_ITEM)
    .where(_ITEM.c.communication_id == bindparam("b_id"))
    .values(
        lease_owner=None,
        lease_until=None,
        next_attempt_at=bindparam("b_next"),
        last_error=bindparam("b_error", type_=_NULLABLE_JSON),
    )
)
_TAKEN_BACK = (
    update(_ITEM)
    .where(_ITEM.c.communication_id == bindparam("b_id"))
    .values(attempts=_ITEM.c.attempts - 1, lease_owner=None, lease_until=None)
)
_DROP_ATTEMPT = _ATTEMPT.delete().where(
    _ATTEMPT.c.communication_id == bindparam("b_id"),
    _ATTEMPT.c.number == bindparam("b_number"),
    _ATTEMPT.c.outcome.is_(None),
)


def record_results(
    db: Database,
    administration_id: int,
    results: Iterable[Result],
    *,
    now: datetime,
    settings: OutboxSettings,
    rng: Random | None = None,
) -> Recorded:
    """Record what came of each attempt, in a write transaction of its own."""
    with db.write() as session:
        return record_in(
            session, administration_id, results, now=now, settings=settings, rng=rng, db=db
        )


def record_in(
    session: Session,
    administration_id: int,
    results: Iterable[Result],
    *,
    now: datetime,
    settings: OutboxSettings,
    rng: Random | None = None,
    db: Database,
) -> Recorded:
    """Record what came of each attempt, in one write transaction (of ``db``: where the letter PDFs
    e-mails carried are kept)."""
    batch = list(results)
    counts = Recorded()
    if not batch:
        return counts
    rng = rng or Random()
    today = local_time(now).date()
    lock_outbox(session, administration_id)
    ids = [result.job.communication_id for result in batch]
    rows = session.execute(
        select(Communication.id, Communication.status).where(Communication.id.in_(ids))
    ).all()
    status: dict[int, CommunicationStatus] = {row[0]: row[1] for row in rows}
    failures = _failures(session, [r.job for r in batch if r.kind is ResultKind.RETRY])
    moves: dict[str, list[dict[str, Any]]] = defaultdict(list)
    items: dict[str, list[dict[str, Any]]] = defaultdict(list)
    finished: list[dict[str, Any]] = []
    found_later: list[dict[str, Any]] = []
    dropped: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    evidence: list[Job] = []
    #: e-mails whose attached letter is kept, with their timeline entry when one is written
    keep: list[tuple[Job, dict[str, Any] | None]] = []
    for result in batch:
        job = result.job
        current = status.get(job.communication_id)
        kind = result.kind
        reason = result.reason
        if (
            kind is ResultKind.RETRY
            and failures.get(job.communication_id, 0) + 1 >= settings.max_attempts
        ):
            kind = ResultKind.FAILED
            reason = Message(
                "outbox.gave_up",
                {"attempts": job.attempt_number, "detail": reason.code if reason else ""},
            )
        key = {"b_id": job.communication_id, "b_now": now}
        if kind is ResultKind.SKIPPED:
            if current is _S.SENDING:
                moves["queued"].append({**key, "b_from": _S.SENDING, "b_to": _S.QUEUED})
                dropped.append({"b_id": job.communication_id, "b_number": job.attempt_number})
                items["taken_back"].append({"b_id": job.communication_id})
                counts.skipped += 1
            continue
        finished.append(
            {
                **key,
                "b_number": job.attempt_number,
                "b_outcome": (result.outcome or AttemptOutcome.UNKNOWN).value,
                "b_pid": result.provider_message_id,
                "b_segments": result.segments,
                "b_reason": stored(reason) if reason is not None else None,
            }
        )
        if result.provider_message_id and job.settle_only:  # an attempt that has its outcome
            found_later.append(
                {
                    "b_id": job.communication_id,
                    "b_number": job.attempt_number,
                    "b_pid": result.provider_message_id,
                }
            )
        settled = result.looked_up and job.settle_only
        entry: dict[str, Any] | None = None
        if kind is ResultKind.SENT:
            if current in (_S.SENDING, _S.UNCERTAIN):
                moves["sent"].append({**key, "b_from": current, "b_to": _S.SENT, "b_day": today})
                entry = _event(job, _sent_code(job), None, now)
                events.append(entry)
                counts.sent += 1
                counts.settled += int(settled)
                if job.fourteen_day_letter and job.channel is ActionChannel.EMAIL:
                    evidence.append(job)
            items["settled"].append({**key, "b_pid": result.provider_message_id, "b_error": None})
            if current is not None and _letter_bytes(job) is not None:
                keep.append((job, entry))
        elif kind is ResultKind.FAILED:
            if current in (_S.SENDING, _S.UNCERTAIN):
                moves["failed"].append({**key, "b_from": current, "b_to": _S.FAILED})
                events.append(_event(job, "event.outbox.failed", reason, now))
                counts.failed += 1
                counts.settled += int(settled)
            items["settled"].append(
                {
                    **key,
                    "b_pid": result.provider_message_id,
                    "b_error": stored(reason) if reason is not None else None,
                }
            )
        elif kind is ResultKind.UNCERTAIN:
            if current is _S.SENDING:
                moves["queued"].append({**key, "b_from": _S.SENDING, "b_to": _S.UNCERTAIN})
                entry = _event(job, "event.outbox.uncertain", reason, now)
                events.append(entry)
                counts.uncertain += 1
            items["unsettled"].append(
                {
                    "b_id": job.communication_id,
                    "b_error": stored(reason) if reason is not None else None,
                    "b_lookups": 1 if (result.looked_up or job.settle_only) else 0,
                }
            )
            if current is not None and _letter_bytes(job) is not None:
                keep.append((job, entry))  # it may have gone out: what it carried is kept
        else:  # RETRY or ACCOUNT: certainly not at the provider
            if current is _S.SENDING:
                moves["queued"].append({**key, "b_from": _S.SENDING, "b_to": _S.QUEUED})
                counts.retry_later += 1
            wait = (
                None
                if kind is ResultKind.ACCOUNT
                else now + backoff(job.attempt_number, retry_after=result.retry_after, rng=rng)
            )
            items["requeued"].append(
                {
                    "b_id": job.communication_id,
                    "b_next": wait,
                    "b_error": stored(reason) if reason is not None else None,
                }
            )
    run = session.execute
    if finished:
        run(_FINISH, finished)
    if found_later:
        run(_FOUND_LATER, found_later)
    if dropped:
        run(_DROP_ATTEMPT, dropped)
    for name, statement in (("sent", _MOVE_SENT), ("failed", _MOVE_FAILED), ("queued", _MOVE)):
        if moves[name]:
            run(statement, moves[name])
    for name, statement in (
        ("settled", _SETTLED),
        ("unsettled", _UNSETTLED),
        ("requeued", _REQUEUED),
        ("taken_back", _TAKEN_BACK),
    ):
        if items[name]:
            run(statement, items[name])
    kept = (
        _keep_letters(db, session, administration_id, keep, events=events, now=now) if keep else {}
    )
    if events:
        run(insert(_EVENT), events)
    if evidence:
        _evidence(session, administration_id, evidence, today, now, kept=kept)
    return counts


def _letter_bytes(job: Job) -> bytes | None:
    """The step's letter as the e-mail carried it (None: no letter attached, or only looked up)."""
    letter = job.letter_pdf
    if job.email is None or letter is None or letter.left_out is not None:
        return None
    for attachment in job.email.attachments:
        if attachment.filename == letter.file_name:
            return attachment.content
    return None


def _keep_letters(
    db: Database,
    session: Session,
    administration_id: int,
    keep: list[tuple[Job, dict[str, Any] | None]],
    *,
    events: list[dict[str, Any]],
    now: datetime,
) -> dict[int, bool]:
    """Keep the letters these e-mails carried; per communication whether its copy was kept. A copy
    that cannot be kept costs nothing else: the timeline and the audit log say so, the log says why."""
    kept: dict[int, bool] = {}
    for job, entry in keep:
        letter = job.letter_pdf
        data = _letter_bytes(job)
        assert letter is not None and data is not None
        try:
            attachment_id = keep_email_pdf(
                db,
                session,
                communication_id=job.communication_id,
                attempt_number=job.attempt_number,
                file_name=letter.file_name,
                data=data,
                sha256=letter.sha256,
                now=now,
            )
        except Exception as problem:
            why = not_archived_reason(problem)
            log.warning(
                "the letter PDF of e-mail communication %s (attempt %s, %s) could not be kept: %s",
                job.communication_id,
                job.attempt_number,
                letter.file_name,
                why.code,
                exc_info=not isinstance(problem, DebtorDeskError),
            )
            note = _event(job, "event.outbox.letter_not_archived", None, now)
            note["params"]["why"] = why.code
            note["params"]["path"] = str(why.params.get("path") or "")
            events.append(note)
            record_audit(
                session,
                user_id=None,
                administration_id=administration_id,
                entity="communication",
                entity_id=job.communication_id,
                action="email_letter_not_archived",
                details={
                    "attempt": job.attempt_number,
                    "file": letter.file_name,
                    "sha256": letter.sha256,
                    "problem": why.code,
                },
            )
            kept[job.communication_id] = False
            continue
        kept[job.communication_id] = True
        if entry is not None:  # the timeline entry can open the PDF
            entry["params"]["email_attachment_id"] = attachment_id
    return kept


def _failures(session: Session, jobs: list[Job]) -> dict[int, int]:
    """Earlier attempts per message that failed to reach a working provider (not refusals, not 429)."""
    if not jobs:
        return {}
    found: dict[int, int] = {}
    for job in jobs:
        found[job.communication_id] = int(
            session.scalar(
                select(func.count())
                .select_from(OutboxAttempt)
                .where(
                    OutboxAttempt.communication_id == job.communication_id,
                    OutboxAttempt.number != job.attempt_number,
                    OutboxAttempt.outcome.in_([AttemptOutcome.NOT_SENT, AttemptOutcome.FAULT]),
                )
            )
            or 0
        )
    return found


def _event(job: Job, code: str, reason: Message | None, now: datetime) -> dict[str, Any]:
    params: dict[str, Any] = {
        "step": job.step_name,
        "channel": job.channel.value,
        "to": job.recipient,
    }
    if reason is not None:
        params["why"] = reason.code
    letter = job.letter_pdf
    if letter is not None:  # the step's letter as a PDF (organisation option attach_letter_pdf)
        params["file"] = letter.file_name
        params["letter_bytes"] = letter.size
        params["letter_sha256"] = letter.sha256
        params["letter_attached"] = letter.left_out is None
        if letter.left_out is not None:
            params.update(letter.left_out.params)
    return {
        "customer_id": job.customer_id,
        "at": now,
        "kind": "outbox",
        "code": code,
        "params": params,
    }


def _sent_code(job: Job) -> str:
    if job.letter_pdf is None:
        return "event.outbox.sent"
    if job.letter_pdf.left_out is not None:
        return job.letter_pdf.left_out.code
    return "event.outbox.sent_with_letter"


def _evidence(
    session: Session,
    administration_id: int,
    jobs: list[Job],
    today: Any,
    now: datetime,
    *,
    kept: dict[int, bool],
) -> None:
    """14-day e-mails that went out: their evidence (an e-mail is received the day it is sent)."""
    rules = postal_rules(load_org_settings(session, administration_id))
    dates = fourteen_day_dates(today, "email", rules)
    for job in jobs:
        exists = session.scalar(
            select(FourteenDayLetter.id).where(
                FourteenDayLetter.communication_id == job.communication_id
            )
        )
        if exists is not None:
            continue
        announced = session.scalar(
            select(Communication.costs_announced).where(Communication.id == job.communication_id)
        )
        session.add(
            FourteenDayLetter(
                customer_id=job.customer_id,
                communication_id=job.communication_id,
                channel=ActionChannel.EMAIL,
                dispatched_on=today,
                evidence=_evidence_text(job, kept.get(job.communication_id)),
                receipt_on=dates.receipt_on,
                term_ends_on=dates.term_ends_on,
                costs_from=dates.costs_from,
                costs_amount=announced,
                created_at=now,
            )
        )


def _evidence_text(job: Job, kept: bool | None = None) -> str:
    """How the 14-day e-mail went; with the letter attached, which PDF exactly (its SHA-256) and
    whether its copy is in the letter archive."""
    text = f"e-mail {job.idempotency_key} to {job.recipient}"
    letter = job.letter_pdf
    if letter is not None and letter.left_out is None:
        text += f", letter {letter.file_name} attached (SHA-256 {letter.sha256})"
        if kept is True:
            text += ", copy kept in the letter archive"
        elif kept is False:
            text += ", NO copy could be kept in the letter archive"
    return text
