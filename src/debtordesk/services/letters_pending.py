"""How many letters the run prepared are waiting to be put in a batch: for the letters page's banner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from debtordesk.db.models import Communication
from debtordesk.domain.calendar import next_allowed_day
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.services.database import Database


@dataclass(frozen=True)
class PendingLetters:
    #: prepared letters that may go out today
    ready: int
    #: prepared letters whose first day to go out is later (a sending window, a payday shift)
    waiting: int
    #: the earliest such day
    next_day: date | None


def pending_letters(db: Database, administration_id: int, today: date) -> PendingLetters:
    """Counted as a batch made ``today`` takes them: due by the next day letters may be posted (a
    batch printed on Sunday is posted on Monday)."""
    posting_day = next_allowed_day(ActionChannel.LETTER.value, today)
    with db.read() as session:
        rows = session.execute(
            select(
                (Communication.send_on > posting_day).label("later"),
                func.count(),
                func.min(Communication.send_on),
            )
            .where(
                Communication.administration_id == administration_id,
                Communication.channel == ActionChannel.LETTER,
                Communication.status == CommunicationStatus.PREPARED,
            )
            .group_by("later")
        ).all()
    ready = waiting = 0
    next_day: date | None = None
    for later, count, first in rows:
        if later:
            waiting += count
            next_day = first
        else:
            ready += count
    return PendingLetters(ready=ready, waiting=waiting, next_day=next_day)
