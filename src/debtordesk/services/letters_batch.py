"""Making letter batches: the prepared letters of a run (or all pending ones) into one archived PDF, and
reprints of letters already made.

:func:`generate_batch`

1. reads the prepared letter communications (of the run, or all pending), leaves out those that may
   not go out yet (``send_on`` after the next posting day) and those no longer due
   (:mod:`debtordesk.services.still_due`: paid, held, handed over, amounts changed), builds each letter
   (:mod:`debtordesk.services.letters_content`) and sorts them by postcode, then name;
2. refuses the batch when a 14-day letter in it (a step with ``fourteen_day_letter``, whatever its
   template) would be printed from a template that does not state the term and the costs as the
   law requires (:func:`check_fourteen_day_templates`); then renders them with a cover sheet
   into a temporary file in the archive (streaming to disk, with progress and cancel), hashes it
   and gives it its archive name;
3. records everything in **one** transaction: the batch, its letters (page range, reference, QR
   payload, total, the letter as JSON), the communications ``generated``, the stale ones cancelled, a
   timeline entry per letter and an audit entry. A cancelled or failed batch records nothing and leaves
   no file; a communication that changed while the batch was rendered refuses the batch (make it
   again).

:func:`reprint` renders letters again from their stored JSON into a new batch: the same references, the
same QR payloads (no new reference, no new link), each letter marked as a reprint of the original; the
communications keep their status (a reprint of a posted letter is a copy).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.db.models import Administration, Communication, Customer, Letter, LetterBatch
from debtordesk.db.types import utcnow
from debtordesk.domain.calendar import next_allowed_day
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.errors import Cancelled, UserError
from debtordesk.domain.letter_batches import LetterBatchStatus, print_order_key
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.letters.model import LetterContent, RenderedLetter
from debtordesk.services import letters_archive as archive
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.backup_write import environment_problem
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.dunning_run import Clock, move
from debtordesk.services.letters_content import (
    content_from_json,
    content_to_json,
    letter_sources,
    sender_of,
)
from debtordesk.services.letters_types import (
    BatchInfo,
    CancelCheck,
    ProgressCallback,
    SkippedLetter,
    batch_info,
)
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.still_due import cancel_stale, stale_communications
from debtordesk.settings.paths import data_dir

_UNSAFE = re.compile(r"[^0-9A-Za-z_-]+")


def template_override_dir() -> Path | None:
    """The organisation's own letter templates (``<data folder>/letters/templates``), when present."""
    folder = data_dir() / "letters" / "templates"
    return folder if folder.is_dir() else None


@dataclass(frozen=True)
class _Entry:
    """One letter going into a batch."""

    content: LetterContent
    communication_id: int | None
    customer_id: int | None
    customer_number: str
    customer_name: str
    reprint_of: int | None = None


@dataclass(frozen=True)
class _Rendered:
    temp: Path
    name: str
    sha256: str
    size: int
    pages: int
    placed: dict[str, RenderedLetter]


# --------------------------------------------------------------------------- generate


def generate_batch(
    db: Database,
    administration_id: int,
    *,
    run_id: int | None = None,
    pending: bool = True,
    communication_ids: Collection[int] | None = None,
    duplex: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    user_login: str | None = None,
    letter_date: date | None = None,
    clock: Clock = utcnow,
) -> BatchInfo:
    """One batch of the prepared letters of run ``run_id`` (or, with ``pending``, of every prepared
    letter of the administration), optionally only ``communication_ids``; see the module's docs."""
    if run_id is None and not pending and communication_ids is None:
        raise UserError("letters.nothing_chosen")
    now = clock()
    today = letter_date or now.astimezone().date()
    with db.read() as session:
        ids, waiting = _prepared_letters(
            session, administration_id, run_id, communication_ids, today
        )
        stale = stale_communications(session, ids, today)
        sender = sender_of(session, administration_id)
        sources = letter_sources(
            session,
            administration_id,
            [i for i in ids if i not in stale],
            letter_date=today,
            now=now,
            sender=sender,
        )
        numbers = dict(
            session.execute(
                select(Communication.id, Communication.customer_id).where(
                    Communication.id.in_(list(stale) or [0])
                )
            ).all()
        )
        skipped = tuple(
            SkippedLetter(i, _customer_number(session, numbers.get(i)), message)
            for i, message in stale.items()
        )
        code, title, language = _administration(session, administration_id)
        number = _next_number(session, administration_id)
    if not sources:
        if stale:
            _cancel_only(db, stale, now=now, user_login=user_login)
            raise UserError("letters.nothing_to_print_stale", count=len(stale))
        if waiting:
            raise UserError("letters.nothing_to_print_waiting", waiting=waiting)
        raise UserError("letters.nothing_to_print")
    entries = sorted(
        (
            _Entry(s.content, s.communication_id, s.customer_id, s.customer_number, s.customer_name)
            for s in sources
        ),
        key=lambda e: print_order_key(
            e.content.recipient.postcode, e.content.recipient.name, e.content.key
        ),
    )
    rendered = _render(
        db,
        entries,
        code=code,
        number=number,
        today=today,
        title=title,
        language=language,
        duplex=duplex,
        progress=progress,
        cancelled=cancelled,
    )
    info = _record(
        db,
        administration_id,
        entries,
        rendered,
        number=number,
        today=today,
        duplex=duplex,
        run_id=run_id,
        reprint_of_batch=None,
        stale=stale,
        now=now,
        user_login=user_login,
    )
    return replace(info, skipped=skipped, waiting=waiting)


def _prepared_letters(
    session: Session,
    administration_id: int,
    run_id: int | None,
    communication_ids: Collection[int] | None,
    today: date,
) -> tuple[list[int], int]:
    """The prepared letter communications that may go out now, and how many must wait.

    A letter may go into today's batch when its first day out (``send_on``) is no later than the next
    posting day: printed on a Sunday, posted on Monday. A letter held back longer (a payday shift)
    waits: its date would be wrong by the time it may be posted."""
    posting_day = next_allowed_day(ActionChannel.LETTER.value, today)
    query = select(Communication.id, Communication.send_on).where(
        Communication.administration_id == administration_id,
        Communication.channel == ActionChannel.LETTER,
        Communication.status == CommunicationStatus.PREPARED,
    )
    if run_id is not None:
        query = query.where(Communication.run_id == run_id)
    wanted = None if communication_ids is None else set(communication_ids)
    ids: list[int] = []
    waiting = 0
    for communication_id, send_on in session.execute(query.order_by(Communication.id)):
        if wanted is not None and communication_id not in wanted:
            continue
        if send_on is not None and send_on > posting_day:
            waiting += 1
            continue
        ids.append(communication_id)
    return ids, waiting


def _customer_number(session: Session, customer_id: int | None) -> str:
    if customer_id is None:
        return ""
    return session.scalar(select(Customer.number).where(Customer.id == customer_id)) or ""


def _administration(session: Session, administration_id: int) -> tuple[str, str, str]:
    """The administration's code (for the file name), name (the cover's title) and language."""
    row = session.get(Administration, administration_id)
    if row is None:
        raise UserError("letters.administration_missing", id=administration_id)
    language = load_org_settings(session, administration_id).default_language
    return _UNSAFE.sub("_", row.code).strip("_") or "ADM", row.name, language


def _next_number(session: Session, administration_id: int) -> int:
    highest = session.scalar(
        select(func.max(LetterBatch.number)).where(
            LetterBatch.administration_id == administration_id
        )
    )
    return int(highest or 0) + 1


def _cancel_only(
    db: Database, stale: Mapping[int, Message], *, now: datetime, user_login: str | None
) -> None:
    """Cancel the letters that are no longer due when nothing else is left to print."""
    with db.write() as session:
        cancel_stale(session, stale, now=now, user_id=user_id_for(session, user_login))


# --------------------------------------------------------------------------- render and record


def _render(
    db: Database,
    entries: Sequence[_Entry],
    *,
    code: str,
    number: int,
    today: date,
    title: str,
    language: str,
    duplex: bool,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> _Rendered:
    """The batch PDF in a temporary file, then under its archive name; no file when it fails."""
    from debtordesk.letters.render import BatchOptions, CoverSheet, RenderCancelled, render_batch

    template_dir = template_override_dir()
    check_fourteen_day_templates([entry.content for entry in entries], template_dir)
    temp = archive.new_temp_file(db)
    total = len(entries)

    def done(count: int) -> None:
        if progress is not None:
            progress(count, total)

    try:
        options = BatchOptions(
            duplex=duplex,
            cover=CoverSheet(
                batch_number=str(number), created_on=today, title=title, language=language
            ),
            qr=True,
            template_dir=template_dir,
        )
        with temp.open("wb") as out:
            result = render_batch(
                [entry.content for entry in entries],
                out,
                options=options,
                progress=done,
                cancelled=cancelled,
            )
        placed = {letter.key: letter for letter in result.letters}
        missing = [e.content.key for e in entries if e.content.key not in placed]
        if missing:  # the renderer must place every letter it was given
            raise RuntimeError(f"the renderer left out letters {missing[:5]}")
        sha256, size = archive.digest_of(temp)
        name = archive.place(db, temp, f"batch-{code}-{number:05d}")
    except RenderCancelled as exc:
        temp.unlink(missing_ok=True)
        raise Cancelled() from exc
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise environment_problem(exc, temp.parent, failed="letters.write_failed") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return _Rendered(temp, name, sha256, size, result.pages, placed)


def check_fourteen_day_templates(letters: Sequence[LetterContent], override: Path | None) -> None:
    """Refuse (:class:`UserError`) 14-day letters whose template does not say what the law requires
    (the term of 14 days from the day after receipt, the exact costs: the check of 'letters
    templates check'). A wrongly stated term costs the claim its collection costs, so such a letter
    must not be printed. The letter's flag decides, not the template's name: a policy's own 14-day
    step with a template of its own is checked too."""
    from debtordesk.letters.templates import (
        fourteen_day_template_problems,
        load_template,
        normalise,
    )

    wanted = Counter(
        (letter.template, *normalise(letter.language, letter.tone))
        for letter in letters
        if letter.fourteen_day_letter
    )
    for (name, language, tone), count in sorted(wanted.items()):
        template = load_template(name, language, tone, override=override)
        problems = fourteen_day_template_problems(template)
        if problems:
            raise UserError(
                "letters.fourteen_day_template_refused",
                count=count,
                template=name,
                file=template.filename,
                problems=" ".join(render(problem.message) for problem in problems),
            )


def _record(
    db: Database,
    administration_id: int,
    entries: Sequence[_Entry],
    rendered: _Rendered,
    *,
    number: int,
    today: date,
    duplex: bool,
    run_id: int | None,
    reprint_of_batch: int | None,
    stale: Mapping[int, Message],
    now: datetime,
    user_login: str | None,
) -> BatchInfo:
    """The batch and its letters in one transaction; the archived file is removed when it fails."""
    reprint = reprint_of_batch is not None or any(e.reprint_of for e in entries)
    try:
        with db.write() as session:
            user_id = user_id_for(session, user_login)
            rows = _communications(session, [e.communication_id for e in entries])
            if not reprint:
                _check_still_prepared(session, rows, today)
            batch = LetterBatch(
                administration_id=administration_id,
                number=number,
                created_at=now,
                created_by_id=user_id,
                run_id=run_id,
                letter_date=today,
                pages=rendered.pages,
                letter_count=len(entries),
                duplex=duplex,
                sha256=rendered.sha256,
                size=rendered.size,
                file_name=rendered.name,
                status=LetterBatchStatus.GENERATED,
                reprint_of_id=reprint_of_batch,
                evidence="",
            )
            session.add(batch)
            session.flush()
            if not db.is_sqlite:
                archive.store_blob(session, batch.id, rendered.temp)
            letters = [
                _letter_row(batch, position, entry, rendered.placed[entry.content.key])
                for position, entry in enumerate(entries)
            ]
            session.add_all(letters)
            session.flush()
            for entry, letter in zip(entries, letters, strict=True):
                row = rows.get(entry.communication_id or 0)
                if row is not None and not reprint:
                    move(row, CommunicationStatus.GENERATED, now)
                if entry.customer_id is not None:
                    add_customer_event(
                        session,
                        customer_id=entry.customer_id,
                        kind="letter",
                        code="event.letters.reprinted" if reprint else "event.letters.generated",
                        params={
                            "batch": number,
                            "letter": letter.id,
                            "step": entry.content.step_name,
                            "reference": entry.content.payment.reference,
                            "total": str(entry.content.payment.amount),
                        },
                        user_id=user_id,
                        at=now,
                    )
            cancelled = cancel_stale(session, stale, now=now, user_id=user_id)
            record_audit(
                session,
                user_id=user_id,
                administration_id=administration_id,
                entity="letter_batch",
                entity_id=batch.id,
                action="reprinted" if reprint else "generated",
                details={
                    "number": number,
                    "letters": len(entries),
                    "pages": rendered.pages,
                    "sha256": rendered.sha256,
                    "file": rendered.name,
                    "run_id": run_id,
                    "duplex": duplex,
                    "stale_cancelled": cancelled,
                    "reprint_of_batch": reprint_of_batch,
                    "reprint_of_letters": [e.reprint_of for e in entries if e.reprint_of],
                },
            )
            session.flush()
            info = batch_info(batch)
    except IntegrityError as exc:  # another workstation took the batch number meanwhile
        archive.unplace(db, rendered.name)
        raise UserError("letters.number_taken", number=number) from exc
    except StaleDataError as exc:  # a communication was changed by someone else meanwhile
        archive.unplace(db, rendered.name)
        raise UserError("db.conflict", what=render(Message("letters.what_letters"))) from exc
    except BaseException:
        archive.unplace(db, rendered.name)
        raise
    finally:
        if not db.is_sqlite:
            rendered.temp.unlink(missing_ok=True)
    return info


def _communications(session: Session, ids: Sequence[int | None]) -> dict[int, Communication]:
    wanted = sorted({i for i in ids if i is not None})
    found: dict[int, Communication] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(
            (row.id, row)
            for row in session.scalars(select(Communication).where(Communication.id.in_(chunk)))
        )
    return found


def _check_still_prepared(session: Session, rows: dict[int, Communication], today: date) -> None:
    """Refuse the batch when a letter's communication changed while the batch was rendered."""
    changed = [row.id for row in rows.values() if row.status is not CommunicationStatus.PREPARED]
    changed += list(stale_communications(session, list(rows), today))
    if changed:
        raise UserError("letters.changed_meanwhile", count=len(set(changed)))


def _letter_row(batch: LetterBatch, position: int, entry: _Entry, placed: RenderedLetter) -> Letter:
    payment = entry.content.payment
    return Letter(
        batch_id=batch.id,
        communication_id=entry.communication_id,
        customer_id=entry.customer_id,
        customer_number=entry.customer_number,
        customer_name=entry.customer_name,
        position=position,
        first_page=placed.first_page,
        pages=placed.pages,
        padding=placed.padding,
        payment_reference=payment.reference,
        qr_kind=payment.qr_kind.value,
        qr_payload=payment.qr_payload,
        total=payment.amount,
        pay_by=payment.pay_by,
        content=content_to_json(entry.content),
        reprint_of_id=entry.reprint_of,
    )


# --------------------------------------------------------------------------- reprint


def reprint(
    db: Database,
    *,
    letter_ids: Collection[int] | None = None,
    batch_id: int | None = None,
    duplex: bool | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    user_login: str | None = None,
    clock: Clock = utcnow,
) -> BatchInfo:
    """A new batch with the letters ``letter_ids`` (or every letter of batch ``batch_id``) exactly as
    they were: same letter date, references and QR payloads. Refused for letters whose communication
    was cancelled (a hand-over, a stale letter): they must not go out."""
    if (letter_ids is None) == (batch_id is None):
        raise UserError("letters.reprint_choose")
    now = clock()
    with db.read() as session:
        query = select(Letter, LetterBatch).join(LetterBatch, LetterBatch.id == Letter.batch_id)
        if batch_id is not None:
            query = query.where(Letter.batch_id == batch_id)
        else:
            query = query.where(Letter.id.in_(sorted(set(letter_ids or ()))))
        found = session.execute(query.order_by(LetterBatch.id, Letter.position)).all()
        if not found or (letter_ids is not None and len(found) != len(set(letter_ids))):
            raise UserError("letters.letter_missing", letter=_first_missing(letter_ids, found))
        administrations = {batch.administration_id for _, batch in found}
        if len(administrations) != 1:
            raise UserError("letters.reprint_mixed")
        administration_id = administrations.pop()
        statuses = dict(
            session.execute(
                select(Communication.id, Communication.status).where(
                    Communication.id.in_(
                        [letter.communication_id for letter, _ in found if letter.communication_id]
                    )
                )
            ).all()
        )
        for letter, _ in found:
            if statuses.get(letter.communication_id or 0) is CommunicationStatus.CANCELLED:
                raise UserError("letters.reprint_cancelled", customer=letter.customer_number)
        logo = session.scalar(
            select(Administration.logo).where(Administration.id == administration_id)
        )
        sender_of(session, administration_id, with_logo=False)  # refuses a vanished administration
        code, title, language = _administration(session, administration_id)
        number = _next_number(session, administration_id)
        sources = {batch.id for _, batch in found}
        same_duplex = {batch.duplex for _, batch in found}
        entries = [
            _Entry(
                content_from_json({**letter.content, "key": f"reprint-{letter.id}"}, logo=logo),
                letter.communication_id,
                letter.customer_id,
                letter.customer_number,
                letter.customer_name,
                reprint_of=letter.id,
            )
            for letter, _ in found
        ]
    use_duplex = duplex if duplex is not None else same_duplex == {True}
    today = now.astimezone().date()
    rendered = _render(
        db,
        entries,
        code=code,
        number=number,
        today=today,
        title=title,
        language=language,
        duplex=use_duplex,
        progress=progress,
        cancelled=cancelled,
    )
    return _record(
        db,
        administration_id,
        entries,
        rendered,
        number=number,
        today=min(e.content.letter_date for e in entries),
        duplex=use_duplex,
        run_id=None,
        reprint_of_batch=sources.pop() if len(sources) == 1 else None,
        stale={},
        now=now,
        user_login=user_login,
    )


def _first_missing(wanted: Collection[int] | None, found: Sequence[tuple[Letter, object]]) -> int:
    known = {letter.id for letter, _ in found}
    return next((i for i in sorted(wanted or ()) if i not in known), 0)
