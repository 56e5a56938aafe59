"""A customer's timeline for the follow-up workstation: every entry (imports, letters, messages,
payments, calls, notes, promises, disputes, arrangements, holds, edits), newest first, filterable by
kind, and exported as CSV for the customer's file (cells that a spreadsheet would run as a formula
are quoted)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from debtordesk.db.models import CustomerEvent, Invoice, User
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message, MessageParam
from debtordesk.i18n.catalogue import render
from debtordesk.services.database import Database
from debtordesk.services.followup.common import customer_row
from debtordesk.services.views.model import TimelineEntry

#: the newest entries read at once (the detail panel shows as many)
TIMELINE_LIMIT = 500

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def customer_timeline(
    db: Database,
    customer_id: int,
    *,
    kinds: Iterable[str] | None = None,
    limit: int = TIMELINE_LIMIT,
    language: str | None = None,
) -> tuple[TimelineEntry, ...]:
    """The customer's newest ``limit`` entries (of these ``kinds`` only, when given), in words."""
    statement = (
        select(
            CustomerEvent.at,
            CustomerEvent.kind,
            CustomerEvent.code,
            CustomerEvent.params,
            Invoice.number,
            User.login,
        )
        .outerjoin(Invoice, Invoice.id == CustomerEvent.invoice_id)
        .outerjoin(User, User.id == CustomerEvent.user_id)
        .where(CustomerEvent.customer_id == customer_id)
        .order_by(CustomerEvent.at.desc(), CustomerEvent.id.desc())
        .limit(limit)
    )
    wanted = sorted(set(kinds)) if kinds is not None else None
    if wanted is not None:
        statement = statement.where(CustomerEvent.kind.in_(wanted))
    with db.read() as session:
        customer_row(session, customer_id)
        rows = session.execute(statement).all()
    return tuple(
        TimelineEntry(
            at=at,
            kind=kind,
            text=render(Message(code, _params(params)), language),
            invoice_number=number,
            user_login=login,
        )
        for at, kind, code, params, number, login in rows
    )


def timeline_kinds(entries: Iterable[TimelineEntry]) -> tuple[str, ...]:
    """The kinds present, for the filter."""
    return tuple(sorted({entry.kind for entry in entries}))


def timeline_csv(entries: Sequence[TimelineEntry], *, language: str | None = None) -> str:
    """The entries as CSV (semicolon-separated, as Dutch spreadsheets read it), with a header in
    ``language`` (the entries' texts are in the language they were read in)."""
    if language not in (None, "nl", "en"):
        raise UserError("timeline.bad_language", language=language)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            render(Message(f"timeline.col.{name}"), language)
            for name in ("at", "kind", "text", "invoice", "clerk")
        ]
    )
    for entry in entries:
        writer.writerow(
            [
                entry.at.isoformat(timespec="seconds"),
                _cell(entry.kind),
                _cell(entry.text),
                _cell(entry.invoice_number or ""),
                _cell(entry.user_login or ""),
            ]
        )
    return out.getvalue()


def _cell(text: str) -> str:
    """A text a spreadsheet must not run: a leading formula character is quoted."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _params(params: Any) -> dict[str, MessageParam]:
    if not isinstance(params, dict):
        return {}
    return {str(key): _param(value) for key, value in params.items()}


def _param(value: Any) -> MessageParam:
    """A stored (JSON) value back to what the catalogue formats: ISO dates become dates."""
    if isinstance(value, str):
        if _ISO_DATE.match(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                return value
        return value
    if value is None or isinstance(value, int | Decimal):
        return value
    if isinstance(value, float):
        return Decimal(str(value))
    return str(value)
