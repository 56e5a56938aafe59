"""Letters: batches of the dunning run's letters, the archive, printing and posting, the template preview.

The use cases the letters page, the customer's timeline and ``debtordesk letters`` call; each takes a
:class:`~debtordesk.services.database.Database`, opens its own sessions (callable from a worker thread)
and returns plain frozen rows. Making batches is in :mod:`debtordesk.services.letters_batch`, what
happens to a batch afterwards in :mod:`debtordesk.services.letters_dispatch`, the archive in
:mod:`debtordesk.services.letters_archive`, the letter's data in
:mod:`debtordesk.services.letters_content`.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from debtordesk.db.models import Letter, LetterBatch
from debtordesk.db.types import utcnow
from debtordesk.domain.errors import UserError
from debtordesk.domain.money import ZERO
from debtordesk.services import letters_archive as archive
from debtordesk.services.backup_write import environment_problem
from debtordesk.services.database import Database
from debtordesk.services.dunning_run import Clock
from debtordesk.services.letters_batch import generate_batch, reprint, template_override_dir
from debtordesk.services.letters_content import preview_content
from debtordesk.services.letters_dispatch import (
    cancel_batch,
    dispatch_batch,
    mark_printed,
    record_returned,
)
from debtordesk.services.letters_types import (
    BatchInfo,
    DispatchInfo,
    LetterInfo,
    SkippedLetter,
    batch_info,
    letter_info,
)

__all__ = [
    "BatchInfo",
    "DispatchInfo",
    "LetterInfo",
    "SkippedLetter",
    "batch_by_number",
    "batch_pdf_file",
    "cancel_batch",
    "dispatch_batch",
    "export_batch_pdf",
    "generate_batch",
    "get_batch",
    "letter_pdf",
    "letters_for_customer",
    "list_batches",
    "list_letters",
    "mark_printed",
    "open_batch_pdf",
    "preview_letter",
    "record_returned",
    "reprint",
    "template_override_dir",
]


# --------------------------------------------------------------------------- lists


def list_batches(
    db: Database, administration_id: int, *, limit: int | None = None
) -> list[BatchInfo]:
    """The administration's batches, newest first."""
    with db.read() as session:
        query = (
            select(LetterBatch)
            .where(LetterBatch.administration_id == administration_id)
            .order_by(LetterBatch.number.desc())
        )
        if limit is not None:
            query = query.limit(limit)
        return [batch_info(row) for row in session.scalars(query)]


def get_batch(db: Database, batch_id: int) -> BatchInfo:
    with db.read() as session:
        row = session.get(LetterBatch, batch_id)
        if row is None:
            raise UserError("letters.batch_missing", batch=batch_id)
        return batch_info(row)


def batch_by_number(db: Database, administration_id: int, number: int) -> BatchInfo:
    """The batch with this number (what the clerk sees on the cover sheet)."""
    with db.read() as session:
        row = session.scalars(
            select(LetterBatch).where(
                LetterBatch.administration_id == administration_id, LetterBatch.number == number
            )
        ).first()
        if row is None:
            raise UserError("letters.batch_number_missing", batch=number)
        return batch_info(row)


def list_letters(db: Database, batch_id: int) -> list[LetterInfo]:
    """The letters of a batch in print order."""
    with db.read() as session:
        batch = session.get(LetterBatch, batch_id)
        if batch is None:
            raise UserError("letters.batch_missing", batch=batch_id)
        rows = session.scalars(
            select(Letter).where(Letter.batch_id == batch_id).order_by(Letter.position)
        )
        return [letter_info(row, batch) for row in rows]


def letters_for_customer(db: Database, customer_id: int) -> list[LetterInfo]:
    """Every letter made for the customer (reprints too), newest first: for the timeline."""
    with db.read() as session:
        rows = session.execute(
            select(Letter, LetterBatch)
            .join(LetterBatch, LetterBatch.id == Letter.batch_id)
            .where(Letter.customer_id == customer_id)
            .order_by(LetterBatch.created_at.desc(), Letter.id.desc())
        ).all()
        return [letter_info(letter, batch) for letter, batch in rows]


# --------------------------------------------------------------------------- the archive


def open_batch_pdf(db: Database, batch_id: int) -> bytes:
    """The batch PDF from the archive, checked against its SHA-256 (a clear message when the file is
    missing or was changed)."""
    with db.read() as session:
        batch = session.get(LetterBatch, batch_id)
        if batch is None:
            raise UserError("letters.batch_missing", batch=batch_id)
        return archive.batch_bytes(db, session, batch)


def export_batch_pdf(db: Database, batch_id: int, target: Path) -> Path:
    """A checked copy of the batch PDF at ``target`` (for the printer spooler, or ``--out``)."""
    with db.read() as session:
        batch = session.get(LetterBatch, batch_id)
        if batch is None:
            raise UserError("letters.batch_missing", batch=batch_id)
        source = archive.archived_path(db, batch) if db.is_sqlite else None
        data = None if source is not None else archive.batch_bytes(db, session, batch)
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is not None:
            shutil.copyfile(source, partial)
        else:
            assert data is not None
            partial.write_bytes(data)
        partial.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):  # e.g. the "folder" is a file: there is no partial
            partial.unlink(missing_ok=True)
        raise environment_problem(exc, target.parent, failed="letters.write_failed") from exc
    return target


def batch_pdf_file(db: Database, batch_id: int) -> Path:
    """A checked file of the batch PDF to show or print (read only!): the archive file itself for a
    SQLite database, a copy in the temporary folder for a team database (PostgreSQL)."""
    with db.read() as session:
        batch = session.get(LetterBatch, batch_id)
        if batch is None:
            raise UserError("letters.batch_missing", batch=batch_id)
        if db.is_sqlite:
            return archive.archived_path(db, batch)
        name = Path(batch.file_name).name
    folder = Path(tempfile.gettempdir()) / "debtordesk-batches"
    return export_batch_pdf(db, batch_id, folder / name)


def letter_pdf(db: Database, letter_id: int) -> bytes:
    """One letter's pages from its archived batch (checked), without rendering it again."""
    with db.read() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise UserError("letters.letter_missing", letter=letter_id)
        batch = session.get_one(LetterBatch, letter.batch_id)
        if db.is_sqlite:
            source: bytes | Path = archive.archived_path(db, batch)
        else:
            source = archive.batch_bytes(db, session, batch)
        first_page, pages = letter.first_page, letter.pages
    return archive.extract_pages(source, first_page, pages)


# --------------------------------------------------------------------------- the preview


def preview_letter(
    db: Database,
    customer_id: int,
    template: str,
    language: str,
    tone: str,
    *,
    costs: Decimal = ZERO,
    interest: Decimal = ZERO,
    fee: Decimal = ZERO,
    costs_announced: Decimal = ZERO,
    fourteen_day_letter: bool | None = None,
    link_url: str | None = None,
    letter_date: date | None = None,
    clock: Clock = utcnow,
) -> bytes:
    """A template rendered for a customer from its current open invoices (PDF bytes); nothing is
    stored. ``fourteen_day_letter`` defaults to the template being the 14-day letter."""
    from debtordesk.letters.render import render_letter

    with db.read() as session:
        content = preview_content(
            session,
            customer_id,
            template=template,
            language=language,
            tone=tone,
            letter_date=letter_date or clock().astimezone().date(),
            costs=costs,
            interest=interest,
            fee=fee,
            costs_announced=costs_announced,
            fourteen_day_letter=(
                template == "fourteen_day_letter"
                if fourteen_day_letter is None
                else fourteen_day_letter
            ),
            link_url=link_url,
        )
    return render_letter(content, template_dir=template_override_dir())
