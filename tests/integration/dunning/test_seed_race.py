"""The shipped interest table seeded by two sessions at once: one table, no error."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from debtordesk.db.models import InterestRate
from debtordesk.domain.legal_interest import DEFAULT_INTEREST_RATES
from debtordesk.services.database import Database
from debtordesk.services.dunning_queue import seed_interest_rates


def test_a_second_session_seeding_meanwhile_leaves_the_first_sessions_table(db: Database) -> None:
    failed: list[BaseException] = []
    started = threading.Event()

    def second() -> None:
        started.set()
        try:
            seed_interest_rates(db)
        except BaseException as error:  # reported below
            failed.append(error)

    first = DEFAULT_INTEREST_RATES[0]
    with db.write() as session:
        session.add(
            InterestRate(
                valid_from=first.valid_from,
                consumer=str(first.consumer),
                commercial=str(first.commercial),
                confirmed=True,
                note="seeded by the first session",
            )
        )
        session.flush()
        thread = threading.Thread(target=second)
        thread.start()
        started.wait(5)
        thread.join(0.5)  # the second meets this uncommitted row (or the write lock) and waits
    thread.join(30)
    assert not thread.is_alive()
    assert failed == []
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(InterestRate)) == 1
