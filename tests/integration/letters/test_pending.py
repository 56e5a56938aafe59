"""The letters page's banner counts what a batch made today would take."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from debtordesk.db.models import Communication
from debtordesk.domain.dunning.model import ActionChannel
from debtordesk.services.database import Database
from debtordesk.services.letters_pending import pending_letters
from tests.integration.letters.factory import TODAY, fill

SUNDAY = date(2026, 12, 20)
MONDAY = date(2026, 12, 21)


def _set_send_on(db: Database, days: list[date | None]) -> None:
    with db.write() as session:
        ids = session.scalars(
            select(Communication.id)
            .where(Communication.channel == ActionChannel.LETTER)
            .order_by(Communication.id)
        ).all()
        assert len(ids) == len(days)
        for communication_id, day in zip(ids, days, strict=True):
            session.execute(
                update(Communication)
                .where(Communication.id == communication_id)
                .values(send_on=day)
            )


def test_ready_and_waiting_letters_are_counted(db: Database) -> None:
    fill(db)
    _set_send_on(db, [None, TODAY, date(2026, 12, 28), date(2027, 1, 4)])
    pending = pending_letters(db, 1, TODAY)
    assert (pending.ready, pending.waiting, pending.next_day) == (2, 2, date(2026, 12, 28))


def test_on_a_sunday_the_letters_for_monday_are_ready(db: Database) -> None:
    # a batch printed on Sunday is posted on Monday: the batch takes Monday's letters too
    fill(db)
    _set_send_on(db, [SUNDAY, MONDAY, MONDAY, date(2026, 12, 22)])
    pending = pending_letters(db, 1, SUNDAY)
    assert (pending.ready, pending.waiting) == (3, 1)
