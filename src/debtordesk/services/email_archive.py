"""The letter PDF an e-mail carried, kept as evidence of what was sent (organisation option
``attach_letter_pdf``; the 14-day letter by e-mail above all).

The outbox keeps the PDF of every attempt that went out — or may have (an uncertain outcome) — in the
transaction that records the result (:mod:`debtordesk.services.outbox_record`), by the rules of the
letter archive (:mod:`debtordesk.services.letters_archive`):

* SQLite: a file in the database's archive folder, subfolder ``email`` (``archive/<database>/email/…``,
  which the backup zips with the database), written to a temporary file beside its place, flushed to
  disk and renamed, never over an existing file; the row holds the path relative to the archive
  folder. When the recording transaction is rolled back after all, the file is removed again.
* PostgreSQL: the bytes in the row, which every workstation reaches and the server's backup includes.

A copy that cannot be kept never costs the send record: the result is recorded all the same, the
timeline says the copy could not be archived and the log says why (no addresses, no contents).

Reading back (:func:`email_attachment_pdf`, :func:`email_attachment_bytes`) checks the SHA-256
recorded when it was sent, and says clearly when the copy is missing or was changed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, SessionTransaction

from debtordesk.db.models import Communication, EmailAttachment
from debtordesk.domain.errors import DebtorDeskError, EnvironmentProblem, UserError
from debtordesk.domain.messages import Message
from debtordesk.services import letters_archive as archive
from debtordesk.services.backup_write import environment_problem
from debtordesk.services.database import Database
from debtordesk.settings.paths import archive_dir

log = logging.getLogger(__name__)

#: the archive subfolder (of the database's folder) of e-mail attachments
SUBFOLDER = "email"
_UNSAFE = re.compile(r"[^0-9A-Za-z_.-]+")
_PLACED = "debtordesk.email_archive.placed"
_HOOKED = "debtordesk.email_archive.hooked"


@dataclass(frozen=True)
class ArchivedEmailPdf:
    """One kept attachment, for lists (the customer's timeline, the hand-over dossier)."""

    id: int
    communication_id: int
    attempt_number: int
    file_name: str
    sha256: str
    size: int
    created_at: datetime


# --------------------------------------------------------------------------- keeping


def keep_email_pdf(
    db: Database,
    session: Session,
    *,
    communication_id: int,
    attempt_number: int,
    file_name: str,
    data: bytes,
    sha256: str,
    now: datetime,
) -> int:
    """Keep the PDF an attempt carried, in ``session``'s transaction; its row id.

    Idempotent per attempt (a result recorded twice keeps one copy). Raises a
    :class:`DebtorDeskError` when it cannot be kept; the session stays usable (the row is added in a
    savepoint), so the caller can record the send all the same."""
    existing = session.scalar(
        select(EmailAttachment.id).where(
            EmailAttachment.communication_id == communication_id,
            EmailAttachment.attempt_number == attempt_number,
        )
    )
    if existing is not None:
        return int(existing)
    found = hashlib.sha256(data).hexdigest()
    if found != sha256:  # not the PDF the timeline and the evidence name: keep nothing false
        raise EnvironmentProblem("email_archive.not_what_was_sent", file=file_name)
    stored_name = _write_file(db, communication_id, attempt_number, file_name, data)
    try:
        with session.begin_nested():
            row = EmailAttachment(
                communication_id=communication_id,
                attempt_number=attempt_number,
                file_name=file_name[:255],
                sha256=sha256,
                size=len(data),
                stored_name=stored_name,
                data=None if db.is_sqlite else data,
                created_at=now,
            )
            session.add(row)
            session.flush()
            row_id = int(row.id)
    except BaseException:
        if stored_name is not None:
            archive.unplace(db, stored_name)
        raise
    if stored_name is not None:
        _remove_on_rollback(db, session, stored_name)
    return row_id


def _write_file(
    db: Database, communication_id: int, attempt_number: int, file_name: str, data: bytes
) -> str | None:
    """SQLite: the bytes in their archive file (temporary file, flushed, renamed); its name relative
    to the archive folder. PostgreSQL: None (the bytes go into the row)."""
    if not db.is_sqlite:
        return None
    temp = archive.new_temp_file(db, prefix=".email-", subfolder=SUBFOLDER)
    try:
        try:
            with temp.open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise environment_problem(exc, temp.parent) from exc
        stem = _UNSAFE.sub("_", Path(file_name).stem).strip("._")[:80] or "letter"
        return archive.place(
            db, temp, f"{communication_id}-{attempt_number}-{stem}", subfolder=SUBFOLDER
        )
    finally:
        temp.unlink(missing_ok=True)


def _remove_on_rollback(db: Database, session: Session, stored_name: str) -> None:
    """A file placed for a row the transaction does not commit after all is removed again (the
    listeners live as long as the session, which one unit of work uses)."""
    if not session.info.get(_HOOKED):
        session.info[_HOOKED] = True

        def committed(_session: Session) -> None:
            _session.info.pop(_PLACED, None)

        def ended(_session: Session, transaction: SessionTransaction) -> None:
            if transaction.parent is not None:
                return
            for name in _session.info.pop(_PLACED, None) or []:
                archive.unplace(db, name)

        event.listen(session, "after_commit", committed)
        event.listen(session, "after_transaction_end", ended)
    session.info.setdefault(_PLACED, []).append(stored_name)


def not_archived_reason(problem: BaseException) -> Message:
    """What the timeline says of a copy that could not be kept (no secrets: codes and paths)."""
    if isinstance(problem, DebtorDeskError):
        return problem.message
    return Message("email_archive.unexpected", {"error": type(problem).__name__})


# --------------------------------------------------------------------------- reading back


def _info(row: Any) -> ArchivedEmailPdf:
    return ArchivedEmailPdf(
        id=row.id,
        communication_id=row.communication_id,
        attempt_number=row.attempt_number,
        file_name=row.file_name,
        sha256=row.sha256,
        size=row.size,
        created_at=row.created_at,
    )


_COLUMNS = (
    EmailAttachment.id,
    EmailAttachment.communication_id,
    EmailAttachment.attempt_number,
    EmailAttachment.file_name,
    EmailAttachment.sha256,
    EmailAttachment.size,
    EmailAttachment.created_at,
)


def email_pdfs_for_customer(session: Session, customer_id: int) -> list[ArchivedEmailPdf]:
    """The kept e-mail PDFs of a customer's communications, oldest first."""
    rows = session.execute(
        select(*_COLUMNS)
        .join(Communication, Communication.id == EmailAttachment.communication_id)
        .where(Communication.customer_id == customer_id)
        .order_by(EmailAttachment.created_at, EmailAttachment.id)
    )
    return [_info(row) for row in rows]


def read_checked(db: Database, session: Session, attachment_id: int) -> bytes:
    """The kept PDF's bytes in ``session``, checked against the SHA-256 recorded when it was sent."""
    row = session.execute(
        select(
            EmailAttachment.file_name,
            EmailAttachment.sha256,
            EmailAttachment.stored_name,
            EmailAttachment.created_at,
        ).where(EmailAttachment.id == attachment_id)
    ).first()
    if row is None:
        raise UserError("email_archive.unknown", attachment=attachment_id)
    file_name, sha256, stored_name, created_at = row
    sent_on: date = created_at.astimezone().date()
    if db.is_sqlite:
        path = archive_dir() / (stored_name or file_name)
        where = str(path)
        if not stored_name or not path.is_file():
            raise EnvironmentProblem(
                "email_archive.missing", file=file_name, sent_on=sent_on, path=where
            )
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise environment_problem(exc, path) from exc
    else:
        where = db.describe()
        stored = session.scalar(
            select(EmailAttachment.data).where(EmailAttachment.id == attachment_id)
        )
        if stored is None:
            raise EnvironmentProblem(
                "email_archive.missing", file=file_name, sent_on=sent_on, path=where
            )
        data = bytes(stored)
    if hashlib.sha256(data).hexdigest() != sha256:
        raise EnvironmentProblem(
            "email_archive.changed", file=file_name, sent_on=sent_on, path=where
        )
    return data


def email_attachment_pdf(db: Database, attachment_id: int) -> bytes:
    """One kept e-mail PDF, checked (a clear message when it is missing or was changed)."""
    with db.read() as session:
        return read_checked(db, session, attachment_id)


def email_attachment_bytes(db: Database, communication_id: int) -> bytes:
    """The PDF the e-mail ``communication_id`` carried (of its latest attempt that went out or may
    have), checked against its SHA-256; refused with words when none was kept."""
    with db.read() as session:
        attachment_id = session.scalar(
            select(EmailAttachment.id)
            .where(EmailAttachment.communication_id == communication_id)
            .order_by(EmailAttachment.attempt_number.desc())
            .limit(1)
        )
        if attachment_id is None:
            raise UserError("email_archive.none_kept", communication=communication_id)
        return read_checked(db, session, int(attachment_id))


__all__ = [
    "SUBFOLDER",
    "ArchivedEmailPdf",
    "email_attachment_bytes",
    "email_attachment_pdf",
    "email_pdfs_for_customer",
    "keep_email_pdf",
    "not_archived_reason",
    "read_checked",
]
