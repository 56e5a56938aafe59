"""A customer's timeline for the follow-up workstation: the newest entries (imports, letters, messages,
payments, calls, notes, promises, disputes, arrangements, holds, edits), filterable by kind.

A thin use of the one timeline reader the panel and the file export share
(:func:`debtordesk.services.views.detail.read_timeline`); the export for the customer's file, as CSV
or PDF, is :func:`debtordesk.services.timeline_export.export_timeline`.
"""

from __future__ import annotations

from collections.abc import Iterable

from debtordesk.services.database import Database
from debtordesk.services.followup.common import customer_row
from debtordesk.services.views.detail import TIMELINE_LIMIT, read_timeline
from debtordesk.services.views.model import TimelineEntry


def customer_timeline(
    db: Database,
    customer_id: int,
    *,
    kinds: Iterable[str] | None = None,
    limit: int = TIMELINE_LIMIT,
    language: str | None = None,
) -> tuple[TimelineEntry, ...]:
    """The customer's newest ``limit`` entries (of these ``kinds`` only, when given), in words."""
    wanted = frozenset(kinds) if kinds is not None else None
    with db.read() as session:
        customer = customer_row(session, customer_id)
        return tuple(read_timeline(session, customer, kinds=wanted, limit=limit, language=language))


def timeline_kinds(entries: Iterable[TimelineEntry]) -> tuple[str, ...]:
    """The kinds present, for the filter."""
    return tuple(sorted({entry.kind for entry in entries}))
