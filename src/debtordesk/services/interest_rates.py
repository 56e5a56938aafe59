"""The stored statutory interest table: list, add, correct and delete its rows (audited), and the table
the rules use (:func:`current_interest_rates`).

Rules:

- one row per start date (``valid_from`` is unique); rates are percentages per year from 0 to 100 with at
  most two decimals, stored as exact decimal text ("11.15");
- ``confirmed`` marks a row checked against a primary source (the Staatsblad, the government's
  announcement); the calculator and the queue mark interest that uses an unconfirmed row;
- the table is seeded from the shipped rows (:data:`~debtordesk.domain.legal.DEFAULT_INTEREST_RATES`) the
  first time it is listed or the queue is computed, then the team lead corrects and extends it;
- a correction or deletion names the row as it was loaded; when someone else changed or deleted it in the
  meantime the change is refused with ``db.conflict`` (or ``rates.missing``) and nothing is stored;
- the last row cannot be deleted: interest cannot be calculated from an empty table (an empty table would
  also be seeded again with the shipped rows).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from debtordesk.db.models import InterestRate as InterestRateRow
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import DEFAULT_INTEREST_RATES, InterestRate, interest_table_warning
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services.audit import record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.dunning_queue import seed_interest_rates, stored_interest_rates

#: the longest note a row may carry
NOTE_LIMIT = 500
_CENT = Decimal("0.01")
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class InterestRateRecord:
    """One stored row, as loaded (the token for a later correction or deletion)."""

    id: int
    valid_from: date
    consumer: Decimal
    commercial: Decimal
    confirmed: bool
    note: str = ""

    def as_rate(self) -> InterestRate:
        return InterestRate(
            valid_from=self.valid_from,
            consumer=self.consumer,
            commercial=self.commercial,
            confirmed=self.confirmed,
            note=self.note,
        )


@dataclass(frozen=True)
class RateTable:
    """The stored rows, oldest first, and the warning when the table is out of date (or empty)."""

    rows: tuple[InterestRateRecord, ...]
    warning: Message | None

    @property
    def rates(self) -> tuple[InterestRate, ...]:
        return tuple(row.as_rate() for row in self.rows)


# --------------------------------------------------------------------------- checks


def checked_rate(value: Decimal | str, which: str, valid_from: date) -> Decimal:
    """A percentage from 0 to 100 with at most two decimals ("6", "11,15", "11.15 %"), to the cent.

    ``which`` is "consumer" or "commercial" (named in the message)."""
    text = value if isinstance(value, str) else str(value)
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        rate = Decimal(cleaned)
    except InvalidOperation:
        rate = Decimal("NaN")
    if not rate.is_finite() or not 0 <= rate <= _HUNDRED or rate != rate.quantize(_CENT):
        raise UserError(
            "rates.bad_rate",
            which=render(Message(f"rates.which.{which}")),
            valid_from=valid_from,
            value=text,
        )
    return rate.quantize(_CENT)


def _checked_note(note: str, valid_from: date) -> str:
    note = note.strip()
    if len(note) > NOTE_LIMIT:
        raise UserError("rates.note_too_long", valid_from=valid_from, limit=NOTE_LIMIT)
    return note


def _record(row: InterestRateRow) -> InterestRateRecord:
    return InterestRateRecord(
        id=row.id,
        valid_from=row.valid_from,
        consumer=Decimal(row.consumer),
        commercial=Decimal(row.commercial),
        confirmed=bool(row.confirmed),
        note=row.note or "",
    )


def _same(row: InterestRateRow, record: InterestRateRecord) -> bool:
    stored = _record(row)
    return (
        stored.valid_from,
        stored.consumer,
        stored.commercial,
        stored.confirmed,
        stored.note,
    ) == (record.valid_from, record.consumer, record.commercial, record.confirmed, record.note)


def _values(record: InterestRateRecord) -> dict[str, object]:
    """A row's values for the audit log (JSON-safe)."""
    return {
        "valid_from": record.valid_from.isoformat(),
        "consumer": str(record.consumer),
        "commercial": str(record.commercial),
        "confirmed": record.confirmed,
        "note": record.note,
    }


def _conflict(valid_from: date) -> UserError:
    return UserError("db.conflict", what=render(Message("rates.what", {"valid_from": valid_from})))


def _row_from(session: Session, valid_from: date) -> InterestRateRow | None:
    return session.scalars(
        select(InterestRateRow).where(InterestRateRow.valid_from == valid_from)
    ).first()


def _refuse_taken(session: Session, valid_from: date, own_id: int | None = None) -> None:
    taken = _row_from(session, valid_from)
    if taken is not None and taken.id != own_id:
        record = _record(taken)
        raise UserError(
            "rates.date_taken",
            valid_from=valid_from,
            consumer=record.consumer,
            commercial=record.commercial,
        )


# --------------------------------------------------------------------------- reading


def list_interest_rates(db: Database, *, today: date) -> RateTable:
    """The stored table (seeded from the shipped rows when empty), with the warning for ``today``."""
    seed_interest_rates(db)
    with db.read() as session:
        rows = session.scalars(select(InterestRateRow).order_by(InterestRateRow.valid_from)).all()
        records = tuple(_record(row) for row in rows)
    return RateTable(records, interest_table_warning([r.as_rate() for r in records], today))


def current_interest_rates(db: Database) -> tuple[InterestRate, ...]:
    """The table the rules use: the stored rows, or the shipped table while none are stored (also for
    a database whose schema predates the table). Reads only: nothing is seeded or upgraded."""
    with db.read() as session:
        if not inspect(session.connection()).has_table(InterestRateRow.__tablename__):
            return DEFAULT_INTEREST_RATES
        return stored_interest_rates(session) or DEFAULT_INTEREST_RATES


# --------------------------------------------------------------------------- changing


def add_interest_rate(
    db: Database,
    valid_from: date,
    consumer: Decimal | str,
    commercial: Decimal | str,
    *,
    confirmed: bool = False,
    note: str = "",
    user_login: str | None = None,
) -> InterestRateRecord:
    """A new row from ``valid_from``; refused when the table already has a row from that date."""
    consumer_rate = checked_rate(consumer, "consumer", valid_from)
    commercial_rate = checked_rate(commercial, "commercial", valid_from)
    note = _checked_note(note, valid_from)
    seed_interest_rates(db)  # a first row added by hand must not stop the shipped rows
    try:
        with db.write() as session:
            _refuse_taken(session, valid_from)
            row = InterestRateRow(
                valid_from=valid_from,
                consumer=str(consumer_rate),
                commercial=str(commercial_rate),
                confirmed=confirmed,
                note=note,
            )
            session.add(row)
            session.flush()
            record = _record(row)
            record_audit(
                session,
                user_id=user_id_for(session, user_login),
                administration_id=None,
                entity="interest_rate",
                entity_id=row.id,
                action="add",
                details=_values(record),
            )
    except IntegrityError as exc:  # someone added the same date between our check and our insert
        raise _conflict(valid_from) from exc
    return record


def correct_interest_rate(
    db: Database,
    before: InterestRateRecord,
    after: InterestRateRecord,
    *,
    user_login: str | None = None,
) -> InterestRateRecord:
    """Change the row ``before`` (as loaded) into ``after`` (its date may move too).

    Refused with ``rates.missing`` when the row is gone, ``db.conflict`` when someone changed it since it
    was loaded, ``rates.date_taken`` when another row starts on the new date."""
    consumer = checked_rate(after.consumer, "consumer", after.valid_from)
    commercial = checked_rate(after.commercial, "commercial", after.valid_from)
    note = _checked_note(after.note, after.valid_from)
    try:
        with db.write() as session:
            row = session.get(InterestRateRow, before.id)
            if row is None:
                raise UserError("rates.missing", valid_from=before.valid_from)
            if not _same(row, before):
                raise _conflict(before.valid_from)
            if after.valid_from != before.valid_from:
                _refuse_taken(session, after.valid_from, own_id=row.id)
            row.valid_from = after.valid_from
            row.consumer = str(consumer)
            row.commercial = str(commercial)
            row.confirmed = after.confirmed
            row.note = note
            session.flush()
            record = _record(row)
            old, new = _values(before), _values(record)
            changes = {
                key: {"before": old[key], "after": new[key]} for key in old if old[key] != new[key]
            }
            if changes:
                record_audit(
                    session,
                    user_id=user_id_for(session, user_login),
                    administration_id=None,
                    entity="interest_rate",
                    entity_id=row.id,
                    action="change",
                    details=changes,
                )
    except IntegrityError as exc:
        raise _conflict(after.valid_from) from exc
    return record


def delete_interest_rate(
    db: Database,
    valid_from: date,
    *,
    expected: InterestRateRecord | None = None,
    user_login: str | None = None,
) -> InterestRateRecord:
    """Delete the row from ``valid_from``. With ``expected`` (the row as loaded) the deletion is
    refused with ``db.conflict`` when someone changed the row since. The last row is never deleted."""
    with db.write() as session:
        row = _row_from(session, valid_from)
        if row is None:
            raise UserError("rates.missing", valid_from=valid_from)
        if expected is not None and (row.id != expected.id or not _same(row, expected)):
            raise _conflict(valid_from)
        if session.scalar(select(func.count()).select_from(InterestRateRow)) == 1:
            raise UserError("rates.last_row", valid_from=valid_from)
        record = _record(row)
        session.delete(row)
        record_audit(
            session,
            user_id=user_id_for(session, user_login),
            administration_id=None,
            entity="interest_rate",
            entity_id=record.id,
            action="delete",
            details=_values(record),
        )
    return record


__all__ = [
    "NOTE_LIMIT",
    "InterestRateRecord",
    "RateTable",
    "add_interest_rate",
    "checked_rate",
    "correct_interest_rate",
    "current_interest_rates",
    "delete_interest_rate",
    "list_interest_rates",
]
