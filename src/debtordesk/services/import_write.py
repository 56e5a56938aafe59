"""Set-based updates for imports and undo, progress over row work, and the values before and after a
batch kept as JSON so that it can be undone."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Date, Table, bindparam, update
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from debtordesk.db.types import Money
from debtordesk.domain.messages import Message
from debtordesk.domain.progress import Progress, check_cancel

#: rows per statement: large enough for executemany to be fast, small enough to report progress
CHUNK = 5000


class Steps:
    """Progress over a known amount of row work, with a cancel check between chunks."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress = progress
        self.total = max(total, 1)
        self.done = 0

    def status(self, code: str, **params: Any) -> None:
        check_cancel(self.progress)
        self.progress.set_status(Message(code, params))

    def advance(self, rows: int) -> None:
        self.done = min(self.done + rows, self.total)
        self.progress.set_progress(self.done, self.total)
        check_cancel(self.progress)


def chunks(rows: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def update_rows(
    session: Session,
    table: Table,
    rows: Sequence[tuple[int, dict[str, Any]]],
    *,
    now: datetime,
    steps: Steps | None = None,
) -> None:
    """UPDATE rows by id, grouped by the set of columns they change; bumps the version so that a
    clerk's form opened before the import notices the change."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row_id, values in rows:
        names = tuple(sorted(values))
        params = {"p_id": row_id}
        params.update((f"p_{name}", value) for name, value in values.items())
        groups.setdefault(names, []).append(params)
    for names, params_list in groups.items():
        assignments: dict[str, Any] = {
            name: bindparam(f"p_{name}", type_=table.c[name].type) for name in names
        }
        assignments["version"] = table.c.version + 1
        assignments["updated_at"] = now
        statement = update(table).where(table.c.id == bindparam("p_id")).values(assignments)
        for chunk in chunks(params_list):
            session.execute(statement, list(chunk))
            if steps:
                steps.advance(len(chunk))


#: the key of an undo record that holds the values the batch wrote, beside the values before it
WRITTEN_KEY = "_written"


def undo_record(before: dict[str, Any], written: dict[str, Any]) -> dict[str, Any]:
    """What undoing a changed row needs, as JSON: its values before the batch, and (under
    WRITTEN_KEY) the values the batch wrote, so that a value changed since can be left alone."""
    return {**encode_values(before), WRITTEN_KEY: encode_values(written)}


def encode_values(values: dict[str, Any]) -> dict[str, Any]:
    """Column values as JSON: money as text, dates in ISO form, enums by value."""
    encoded: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, date):
            value = value.isoformat()
        encoded[name] = value
    return encoded


def decode_values(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """JSON "before" values back to column values (only columns of ``table``)."""
    decoded: dict[str, Any] = {}
    for name, value in values.items():
        if name not in table.c:
            continue
        column_type = table.c[name].type
        if value is not None:
            if isinstance(column_type, Money):
                value = Decimal(value)
            elif isinstance(column_type, Date):
                value = date.fromisoformat(value)
            elif isinstance(column_type, SAEnum) and column_type.enum_class is not None:
                value = column_type.enum_class(value)
        decoded[name] = value
    return decoded
