"""What the call list page reads when it opens, and when it decides the promises and arrangements.

Opening the page reads only (the call list, the outcome codes, the clerks) and answers within the
issue's 300 ms at 40,000 customers. Deciding promises and arrangements writes, takes the writer and
costs as much again, so the page runs :func:`run_checks` after the list is on screen, and only when
something they look at may have changed since they last ran: :func:`checks_fingerprint` is the day
plus the newest row ids of the tables every relevant change writes to (imports, timeline entries,
audit lines, link payments) and the number of committed imports (an undone import counts down). A
check that decides something changes the fingerprint itself, so the next opening checks once more
(and decides nothing); the clerk's F5 or any change elsewhere does the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from debtordesk.db.models import AuditLog, CallOutcome, CustomerEvent, ImportBatch, LinkPayment
from debtordesk.domain.arrangements import ArrangementStatus
from debtordesk.domain.enums import BatchStatus
from debtordesk.services.assignments import Clerk, known_clerks
from debtordesk.services.database import Database
from debtordesk.services.followup.arrangement_check import arrangements_check
from debtordesk.services.followup.call_list import call_list
from debtordesk.services.followup.outcomes import info, list_outcomes
from debtordesk.services.followup.promise_check import promises_check
from debtordesk.services.followup.types import (
    ArrangementCheckItem,
    CallList,
    CheckResult,
    OutcomeInfo,
)

#: (administration, day, newest import, committed imports, newest timeline entry, newest audit
#: line, newest link payment)
Fingerprint = tuple[int, date, int, int, int, int, int]


@dataclass(frozen=True)
class CallPage:
    """One opening of the call list page."""

    calls: CallList
    outcomes: tuple[OutcomeInfo, ...]
    clerks: tuple[Clerk, ...]
    #: the data the checks look at, as it was when the list was read
    fingerprint: Fingerprint


@dataclass(frozen=True)
class ChecksRun:
    """The promises and arrangements decided on a day."""

    #: the data the checks looked at, as it was before they ran
    fingerprint: Fingerprint
    promises: CheckResult
    arrangements: tuple[ArrangementCheckItem, ...]

    @property
    def broken(self) -> int:
        """Broken promises and arrangements: new on the call list."""
        return self.promises.broken + sum(
            1 for item in self.arrangements if item.status is ArrangementStatus.BROKEN
        )

    @property
    def kept(self) -> int:
        return self.promises.kept

    @property
    def decided(self) -> bool:
        """Something was decided (the call list may have changed)."""
        return bool(
            self.promises.kept
            or self.promises.broken
            or any(item.status is not ArrangementStatus.ACTIVE for item in self.arrangements)
        )


def checks_fingerprint(session: Session, administration_id: int, day: date) -> Fingerprint:
    """What the checks' decisions depend on, in one cheap read (maxima of primary keys)."""
    committed = (
        select(func.count())
        .select_from(ImportBatch)
        .where(
            ImportBatch.administration_id == administration_id,
            ImportBatch.status == BatchStatus.COMMITTED,
        )
        .scalar_subquery()
    )
    row = session.execute(
        select(
            select(func.max(ImportBatch.id)).scalar_subquery(),
            committed,
            select(func.max(CustomerEvent.id)).scalar_subquery(),
            select(func.max(AuditLog.id)).scalar_subquery(),
            select(func.max(LinkPayment.id)).scalar_subquery(),
        )
    ).one()
    newest_import, imports, newest_event, newest_audit, newest_payment = (
        int(value or 0) for value in row
    )
    return (
        administration_id,
        day,
        newest_import,
        imports,
        newest_event,
        newest_audit,
        newest_payment,
    )


def load_call_page(db: Database, administration_id: int, day: date) -> CallPage:
    """The call list of ``day`` with what the page shows beside it (reads only, once the outcome
    codes are seeded)."""
    with db.read() as session:
        fingerprint = checks_fingerprint(session, administration_id, day)
        outcomes = tuple(
            info(row)
            for row in session.scalars(
                select(CallOutcome)
                .where(CallOutcome.active.is_(True))
                .order_by(CallOutcome.sort_order, CallOutcome.id)
            )
        )
    return CallPage(
        calls=call_list(db, administration_id, day),
        outcomes=outcomes or list_outcomes(db),  # a new database: seeded first
        clerks=known_clerks(db),
        fingerprint=fingerprint,
    )


def run_checks(db: Database, administration_id: int, day: date) -> ChecksRun:
    """Decide the promises and arrangements of ``day`` (writes; see the module)."""
    with db.read() as session:
        fingerprint = checks_fingerprint(session, administration_id, day)
    promises = promises_check(db, administration_id, day)
    arrangements = arrangements_check(db, administration_id, day)
    return ChecksRun(fingerprint=fingerprint, promises=promises, arrangements=arrangements)


__all__ = [
    "CallPage",
    "ChecksRun",
    "Fingerprint",
    "checks_fingerprint",
    "load_call_page",
    "run_checks",
]
