"""A letter batch after it is made: printed, posted (dispatched), a letter returned, or the batch cancelled.

**Dispatched** (:func:`dispatch_batch`): the posting date is the evidence of the 14-day letters in the
batch. It is the clerk's local today or an earlier day, never a later one; a batch is posted once. In
**one** transaction every letter's communication moves to ``dispatched`` (through ``printed`` when the
batch was printed outside DebtorDesk) with the same rules as
:func:`debtordesk.services.dunning_run.mark_dispatched`: ``went_out_on`` is the posting date, a 14-day
letter gets its evidence row (assumed receipt from the organisation's postal rules, the end of the
term, the first day costs may be charged, the costs announced), an audit entry and a timeline entry per
letter. Letters of a reprint whose communication went out already, or was cancelled meanwhile (a
hand-over), are left as they are and reported.

**Returned mail** (:func:`record_returned`): through
:func:`~debtordesk.services.dunning_run.record_returned_mail` (the 14-day-letter evidence is void, the
customer belongs on the call list); the letter row keeps when and why.

**Cancelled** (:func:`cancel_batch`): a batch that will not be posted; its communications are cancelled
(the next run plans the step again). A reprint batch cancels only itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.db.models import Communication, Letter, LetterBatch
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import CommunicationStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import fourteen_day_dates
from debtordesk.domain.letter_batches import LetterBatchStatus
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.dunning_run import Clock, move, record_dispatch, record_returned_mail
from debtordesk.services.letters_types import BatchInfo, DispatchInfo, batch_info
from debtordesk.services.org_settings import load_org_settings
from debtordesk.settings.org import postal_rules


@contextmanager
def _conflicts() -> Iterator[None]:
    """Someone else moved one of the letters meanwhile (optimistic locking): say so, save nothing."""
    try:
        yield
    except StaleDataError as exc:
        raise UserError("db.conflict", what=render(Message("letters.what_letters"))) from exc


def _batch(session: Session, batch_id: int) -> LetterBatch:
    row = session.get(LetterBatch, batch_id)
    if row is None:
        raise UserError("letters.batch_missing", batch=batch_id)
    return row


def _letters(session: Session, batch_id: int) -> list[Letter]:
    return list(
        session.scalars(select(Letter).where(Letter.batch_id == batch_id).order_by(Letter.position))
    )


def _communications_of(session: Session, letters: list[Letter]) -> dict[int, Communication]:
    """The letters' communications, read in a few queries (not one per letter)."""
    ids = sorted({letter.communication_id for letter in letters if letter.communication_id})
    found: dict[int, Communication] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(
            (row.id, row)
            for row in session.scalars(select(Communication).where(Communication.id.in_(chunk)))
        )
    return found


def _refuse_closed(batch: LetterBatch) -> None:
    if batch.status is LetterBatchStatus.DISPATCHED:
        raise UserError(
            "letters.already_dispatched", batch=batch.number, day=batch.dispatched_on or ""
        )
    if batch.status is LetterBatchStatus.CANCELLED:
        raise UserError("letters.batch_cancelled", batch=batch.number)


# --------------------------------------------------------------------------- printed


def mark_printed(
    db: Database, batch_id: int, *, clock: Clock = utcnow, user_login: str | None = None
) -> BatchInfo:
    """The batch came out of the printer: its generated letters move to ``printed``. Printing a
    batch again (a paper jam) is allowed until it is posted."""
    now = clock()
    with _conflicts(), db.write() as session:
        user_id = user_id_for(session, user_login)
        batch = _batch(session, batch_id)
        _refuse_closed(batch)
        moved = 0
        letters = _letters(session, batch_id)
        rows = _communications_of(session, letters)
        for letter in letters:
            row = rows.get(letter.communication_id or 0)
            if row is not None and row.status is CommunicationStatus.GENERATED:
                move(row, CommunicationStatus.PRINTED, now)
                moved += 1
        batch.status = LetterBatchStatus.PRINTED
        batch.printed_at = now
        record_audit(
            session,
            user_id=user_id,
            administration_id=batch.administration_id,
            entity="letter_batch",
            entity_id=batch.id,
            action="printed",
            details={"number": batch.number, "communications": moved},
        )
        session.flush()
        return batch_info(batch)


# --------------------------------------------------------------------------- dispatched


def dispatch_batch(
    db: Database,
    batch_id: int,
    *,
    dispatched_on: date | None = None,
    evidence: str = "",
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> DispatchInfo:
    """The batch went into the post on ``dispatched_on`` (default: today); see the module's docs."""
    now = clock()
    today = now.astimezone().date()
    day = dispatched_on or today
    if day > today:
        raise UserError("letters.dispatch_in_future", day=day)
    note = evidence.strip()
    with _conflicts(), db.write() as session:
        user_id = user_id_for(session, user_login)
        batch = _batch(session, batch_id)
        _refuse_closed(batch)
        if day < batch.letter_date:
            raise UserError(
                "letters.dispatch_before_letter_date", day=day, letter_date=batch.letter_date
            )
        rules = postal_rules(load_org_settings(session, batch.administration_id))
        dates = fourteen_day_dates(day, "letter", rules)
        dispatched = fourteen = 0
        skipped: list[tuple[int, Message]] = []
        too_early: list[int] = []
        letters = _letters(session, batch_id)
        rows = _communications_of(session, letters)
        for letter in letters:
            row = rows.get(letter.communication_id or 0)
            if row is None:
                skipped.append((letter.id, Message("letters.skip.deleted")))
                continue
            if row.status is CommunicationStatus.DISPATCHED:
                skipped.append((letter.id, Message("letters.skip.already_dispatched")))
                continue
            if row.status is CommunicationStatus.CANCELLED:
                skipped.append((letter.id, Message("letters.skip.cancelled")))
                continue
            dispatched += 1
            if record_dispatch(
                session,
                row,
                day=day,
                evidence=note,
                dates=dates,
                now=now,
                user_id=user_id,
                audit_details={"batch": batch.number},
            ):
                fourteen += 1
                if letter.pay_by < dates.term_ends_on:
                    too_early.append(letter.id)
        batch.status = LetterBatchStatus.DISPATCHED
        batch.dispatched_on = day
        batch.dispatched_at = now
        batch.evidence = note
        record_audit(
            session,
            user_id=user_id,
            administration_id=batch.administration_id,
            entity="letter_batch",
            entity_id=batch.id,
            action="dispatched",
            details={
                "number": batch.number,
                "on": day.isoformat(),
                "evidence": note,
                "communications": dispatched,
                "fourteen_day_letters": fourteen,
                "skipped": len(skipped),
            },
        )
        session.flush()
        return DispatchInfo(
            batch=batch_info(batch),
            dispatched=dispatched,
            fourteen_day_letters=fourteen,
            skipped=tuple(skipped),
            printed_term_too_early=tuple(too_early),
        )


# --------------------------------------------------------------------------- returned


def record_returned(
    db: Database,
    letter_id: int,
    note: str = "",
    *,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> None:
    """A posted letter came back: its 14-day-letter evidence is void; the letter keeps when and why."""
    with db.read() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise UserError("letters.letter_missing", letter=letter_id)
        if letter.returned_at is not None:
            returned_on = letter.returned_at.astimezone().date()  # the clerk's day, not a timestamp
            raise UserError("letters.already_returned", letter=letter_id, at=returned_on)
        status = session.scalar(
            select(Communication.status).where(Communication.id == (letter.communication_id or 0))
        )
        batch_status = session.scalar(
            select(LetterBatch.status).where(LetterBatch.id == letter.batch_id)
        )
        communication_id = letter.communication_id
    if (
        communication_id is None
        or status is not CommunicationStatus.DISPATCHED
        or batch_status is not LetterBatchStatus.DISPATCHED
    ):
        raise UserError("letters.not_dispatched", letter=letter_id)
    record_returned_mail(db, communication_id, note=note, clock=clock, user_login=user_login)
    with db.write() as session:
        letter = session.get_one(Letter, letter_id)
        letter.returned_at = clock()
        letter.returned_note = note.strip()


# --------------------------------------------------------------------------- cancelled


def cancel_batch(
    db: Database,
    batch_id: int,
    *,
    reason: str = "",
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> BatchInfo:
    """A batch that will not be posted: refused once posted; its letters' communications are
    cancelled (not those of a reprint, whose originals stand)."""
    now = clock()
    with _conflicts(), db.write() as session:
        user_id = user_id_for(session, user_login)
        batch = _batch(session, batch_id)
        _refuse_closed(batch)
        cancelled = 0
        letters = _letters(session, batch_id)
        rows = _communications_of(session, letters)
        for letter in letters:
            row = rows.get(letter.communication_id or 0)
            if letter.reprint_of_id is not None or row is None:
                continue
            if row.status in (CommunicationStatus.GENERATED, CommunicationStatus.PRINTED):
                move(row, CommunicationStatus.CANCELLED, now)
                row.reason = {
                    **row.reason,
                    "cancelled": {"code": "letters.batch_cancelled_reason", "batch": batch.number},
                }
                cancelled += 1
                add_customer_event(
                    session,
                    customer_id=row.customer_id,
                    kind="letter",
                    code="event.letters.batch_cancelled",
                    params={"batch": batch.number, "step": row.step_name, "reason": reason.strip()},
                    user_id=user_id,
                    at=now,
                )
        batch.status = LetterBatchStatus.CANCELLED
        batch.cancelled_at = now
        record_audit(
            session,
            user_id=user_id,
            administration_id=batch.administration_id,
            entity="letter_batch",
            entity_id=batch.id,
            action="cancelled",
            details={"number": batch.number, "reason": reason.strip(), "communications": cancelled},
        )
        session.flush()
        return batch_info(batch)
