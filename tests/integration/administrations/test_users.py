"""The user row of a login: created on first sight, once, even when two sessions meet it at once."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from debtordesk.db.models import User
from debtordesk.services.database import Database, user_id_for


def test_first_sight_creates_the_row_and_later_sights_find_it(db: Database) -> None:
    with db.write() as session:
        first = user_id_for(session, "marieke")
    with db.write() as session:
        again = user_id_for(session, "marieke")
        other = user_id_for(session, "joost")
    assert first == again != other
    with db.read() as session:
        row = session.scalars(select(User).where(User.login == "marieke")).one()
        assert row.display_name == "marieke"
        assert row.last_seen_at is not None and row.created_at is not None


def test_two_sessions_meeting_a_new_login_at_once_share_one_row(db: Database) -> None:
    """The first session has inserted the login but not committed yet when the second asks for it
    (the window's background work and a clerk's action did this): the second waits, then finds the
    first's row instead of failing on the unique login."""
    found: list[int] = []
    failed: list[BaseException] = []
    started = threading.Event()

    def second() -> None:
        started.set()
        try:
            with db.write() as session:
                found.append(user_id_for(session, "newcomer"))
        except BaseException as error:  # reported below
            failed.append(error)

    with db.write() as session:
        first = user_id_for(session, "newcomer")
        thread = threading.Thread(target=second)
        thread.start()
        started.wait(5)
        thread.join(0.5)  # the second waits for this transaction (PostgreSQL: the unique index;
        # SQLite: the write lock)
    thread.join(30)
    assert not thread.is_alive()
    assert failed == []
    assert found == [first]
    with db.read() as session:
        assert session.scalar(select(func.count()).where(User.login == "newcomer")) == 1
