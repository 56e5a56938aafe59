"""What the letter services return: plain frozen rows of batches and letters, never ORM objects."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from debtordesk.db.models import Letter, LetterBatch
from debtordesk.domain.letter_batches import LetterBatchStatus
from debtordesk.domain.messages import Message

#: progress of a long letter operation: (letters done, letters in all)
ProgressCallback = Callable[[int, int], None]
#: asked now and then: True stops the operation (nothing is recorded then)
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class SkippedLetter:
    """A prepared letter that was not put in the batch, and why."""

    communication_id: int
    customer_number: str
    reason: Message


@dataclass(frozen=True)
class BatchInfo:
    id: int
    administration_id: int
    number: int
    created_at: datetime
    letter_date: date
    run_id: int | None
    #: pages of the batch PDF (cover sheet and duplex padding included)
    pages: int
    letter_count: int
    duplex: bool
    sha256: str
    size: int
    file_name: str
    status: LetterBatchStatus
    reprint_of_id: int | None
    printed_at: datetime | None
    dispatched_on: date | None
    evidence: str
    cancelled_at: datetime | None
    #: generate_batch only: letters left out because they are no longer due (cancelled now)
    skipped: tuple[SkippedLetter, ...] = ()
    #: generate_batch only: prepared letters that may not go out before a later day (``send_on``)
    waiting: int = 0


@dataclass(frozen=True)
class LetterInfo:
    id: int
    batch_id: int
    batch_number: int
    batch_status: LetterBatchStatus
    communication_id: int | None
    customer_id: int | None
    customer_number: str
    customer_name: str
    position: int
    #: counted from 1 in the batch PDF
    first_page: int
    pages: int
    padding: int
    payment_reference: str
    #: "link", "epc" or "none"
    qr_kind: str
    qr_payload: str
    total: Decimal
    pay_by: date
    letter_date: date
    step_name: str
    template: str
    fourteen_day_letter: bool
    reprint_of_id: int | None
    dispatched_on: date | None
    returned_at: datetime | None
    returned_note: str | None
    #: the letter gives an IBAN to transfer to (without one and without a link, no way to pay)
    has_iban: bool = True


@dataclass(frozen=True)
class DispatchInfo:
    """A batch posted: how many communications went to ``dispatched``, and which letters did not."""

    batch: BatchInfo
    dispatched: int
    fourteen_day_letters: int
    #: letters whose communication was dispatched already (a reprint), cancelled or deleted
    skipped: tuple[tuple[int, Message], ...]
    #: 14-day letters whose printed last day to pay is earlier than the term posting on this day
    #: gives (the letter went out later than its date): the evidence holds the real dates
    printed_term_too_early: tuple[int, ...] = ()


def batch_info(
    row: LetterBatch, *, skipped: tuple[SkippedLetter, ...] = (), waiting: int = 0
) -> BatchInfo:
    return BatchInfo(
        id=row.id,
        administration_id=row.administration_id,
        number=row.number,
        created_at=row.created_at,
        letter_date=row.letter_date,
        run_id=row.run_id,
        pages=row.pages,
        letter_count=row.letter_count,
        duplex=row.duplex,
        sha256=row.sha256,
        size=row.size,
        file_name=row.file_name,
        status=row.status,
        reprint_of_id=row.reprint_of_id,
        printed_at=row.printed_at,
        dispatched_on=row.dispatched_on,
        evidence=row.evidence,
        cancelled_at=row.cancelled_at,
        skipped=skipped,
        waiting=waiting,
    )


def letter_info(row: Letter, batch: LetterBatch) -> LetterInfo:
    content = row.content or {}
    return LetterInfo(
        id=row.id,
        batch_id=batch.id,
        batch_number=batch.number,
        batch_status=batch.status,
        communication_id=row.communication_id,
        customer_id=row.customer_id,
        customer_number=row.customer_number,
        customer_name=row.customer_name,
        position=row.position,
        first_page=row.first_page,
        pages=row.pages,
        padding=row.padding,
        payment_reference=row.payment_reference,
        qr_kind=row.qr_kind,
        qr_payload=row.qr_payload,
        total=row.total,
        pay_by=row.pay_by,
        letter_date=batch.letter_date,
        step_name=str(content.get("step_name", "")),
        template=str(content.get("template", "")),
        fourteen_day_letter=bool(content.get("fourteen_day_letter", False)),
        reprint_of_id=row.reprint_of_id,
        dispatched_on=batch.dispatched_on,
        returned_at=row.returned_at,
        returned_note=row.returned_note,
        has_iban=bool((content.get("payment") or {}).get("iban")),
    )
