"""The outbox's guarantees across senders, on SQLite and PostgreSQL: two senders at the same time never
send one message twice; what a stopped sender left in "sending" is settled by a lookup (found: sent;
not there: uncertain), never sent again, and a live sender's lease is respected; the clerk's retry,
cancel and resolve; the outbox list."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from debtordesk.db.models import Communication, Customer, OutboxAttempt
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.errors import UserError
from debtordesk.services.database import Database
from debtordesk.services.outbox import send_batch
from debtordesk.services.outbox_admin import cancel, list_outbox, resolve, retry
from debtordesk.services.outbox_settings import load_outbox_settings
from debtordesk.services.outbox_store import (
    ChannelPlan,
    claim_jobs,
    enqueue_due,
    owner_alive,
)
from debtordesk.services.outbox_types import SendSummary
from tests.integration.outbox.factory import (
    PAST,
    add_messages,
    clock,
    messagebird,
    open_windows,
    real,
    set_sender,
    settings,
)
from tests.standins.server import StandInServer, closed_port
from tests.standins.sms_common import NumberRules
from tests.standins.sms_messagebird import MessageBirdStandIn

_S = CommunicationStatus
INVALID = "+31699999999"


@pytest.fixture
def standin() -> MessageBirdStandIn:
    return MessageBirdStandIn(balance=Decimal(100_000), rules=NumberRules(invalid={INVALID}))


@pytest.fixture
def server(standin: MessageBirdStandIn) -> Iterator[StandInServer]:
    with StandInServer(standin) as running:
        yield running


@pytest.fixture
def outbox(db: Database) -> Database:
    set_sender(db)
    settings(db, **{"sms.rate": "500", "sms.hourly_cap": "none", "sms.daily_cap": "none"})
    return db


def _statuses(db: Database, ids: list[int]) -> list[CommunicationStatus]:
    with db.read() as session:
        found = dict(
            session.execute(
                select(Communication.id, Communication.status).where(Communication.id.in_(ids))
            ).all()
        )
    return [found[cid] for cid in ids]


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    return int(done.stdout)


# --------------------------------------------------------------------------- two senders


def test_two_senders_at_once_never_send_one_message_twice(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    ids = add_messages(outbox, 120)
    url = outbox.engine.url.render_as_string(hide_password=False)
    summaries: list[SendSummary] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def sender() -> None:
        own = Database.open(url)  # another "workstation": its own engine and sessions
        try:
            start.wait()
            summaries.append(
                send_batch(
                    own, 1, clock=clock, providers=messagebird(server.base_url), concurrency=4
                )
            )
        except BaseException as error:
            errors.append(error)
        finally:
            own.dispose()

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    assert sum(s.sent for s in summaries) == 120
    assert all(s.sent > 0 for s in summaries)  # both took part
    assert standin.ledger.duplicates() == {}
    assert len(standin.ledger.all()) == 120
    assert set(_statuses(outbox, ids)) == {_S.SENT}
    with outbox.read() as session:
        attempts = session.execute(
            select(OutboxAttempt.communication_id, OutboxAttempt.lease_owner)
        ).all()
    assert len(attempts) == 120
    assert len({owner for _, owner in attempts}) == 2


# --------------------------------------------------------------------------- a sender that stopped


def _claim_as(db: Database, owner: str, count: int, now: object) -> list:  # type: ignore[type-arg]
    with db.read() as session:
        settings_now = load_outbox_settings(session, 1)
    enqueue_due(db, 1, now=now)  # type: ignore[arg-type]
    outcome = claim_jobs(
        db,
        1,
        plans={ActionChannel.SMS: ChannelPlan(ActionChannel.SMS, "messagebird")},
        room=count,
        settings=settings_now,
        owner=owner,
        now=now,  # type: ignore[arg-type]
        lease=timedelta(minutes=5),
    )
    return outcome.jobs


def test_what_a_killed_sender_left_is_settled_by_lookup_never_resent(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    import socket

    open_windows(outbox)
    ids = add_messages(outbox, 6, send_on=PAST)
    dead = f"{socket.gethostname()[:60]}/{_dead_pid()}/deadbeef"
    assert owner_alive(dead) is False
    jobs = _claim_as(outbox, dead, 6, real()())
    assert len(jobs) == 6 and set(_statuses(outbox, ids)) == {_S.SENDING}
    # the dead sender had handed three of them to the provider before it died
    provider = messagebird(server.base_url).sms
    assert provider is not None
    for job in jobs[:3]:
        provider.send(
            to=job.recipient, text=job.sms_text, sender="Zonnetje", reference=job.reference
        )
    posts_before = len(server.requests("POST"))
    summary = send_batch(outbox, 1, clock=real(), providers=messagebird(server.base_url))
    assert summary.settled == 3 and summary.sent == 3 and summary.uncertain == 3
    assert len(server.requests("POST")) == posts_before  # nothing was sent again
    assert standin.ledger.duplicates() == {}
    by_id = {job.communication_id: job for job in jobs}
    statuses = dict(zip(ids, _statuses(outbox, ids), strict=True))
    assert [statuses[job.communication_id] for job in jobs] == [_S.SENT] * 3 + [_S.UNCERTAIN] * 3
    with outbox.read() as session:
        attempt = session.scalars(
            select(OutboxAttempt).where(OutboxAttempt.communication_id == jobs[0].communication_id)
        ).one()
        assert attempt.outcome == "unknown" and attempt.provider_message_id
    assert by_id


def test_a_live_senders_lease_is_respected_until_it_expires(
    outbox: Database, server: StandInServer
) -> None:
    open_windows(outbox)
    ids = add_messages(outbox, 2, send_on=PAST)
    elsewhere = "another-computer/1234/cafebabe"
    assert owner_alive(elsewhere) is None
    _claim_as(outbox, elsewhere, 2, real()())
    summary = send_batch(outbox, 1, clock=real(), providers=messagebird(server.base_url))
    assert summary.uncertain == 0 and summary.sent == 0
    assert set(_statuses(outbox, ids)) == {_S.SENDING}
    # six minutes on, the lease has run out: looked up (nothing there), uncertain
    later = send_batch(outbox, 1, clock=real(6), providers=messagebird(server.base_url))
    assert later.uncertain == 2 and later.sent == 0
    assert not server.requests("POST")


# --------------------------------------------------------------------------- the clerk


def test_retry_cancel_and_resolve(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    failed = add_messages(outbox, 1, customer={"mobile": INVALID})
    queued = add_messages(outbox, 1, start=1)
    send_batch(outbox, 1, clock=clock, providers=messagebird(f"http://127.0.0.1:{closed_port()}"))
    assert _statuses(outbox, failed + queued) == [_S.QUEUED, _S.QUEUED]
    send_batch(outbox, 1, clock=lambda: clock() + timedelta(hours=1),
               providers=messagebird(server.base_url))  # fmt: skip
    assert _statuses(outbox, failed + queued) == [_S.FAILED, _S.SENT]
    rows = {row.communication_id: row for row in list_outbox(outbox, 1)}
    assert rows[failed[0]].can_retry and not rows[queued[0]].can_retry
    assert rows[failed[0]].problem is not None
    assert rows[failed[0]].problem.code == "sms.rejected.invalid_number"
    assert rows[queued[0]].went_out_on == clock().date() and rows[queued[0]].attempts == 2
    with pytest.raises(UserError) as caught:
        retry(outbox, queued[0])
    assert caught.value.code == "outbox.retry_not_allowed"
    with pytest.raises(UserError) as caught:
        cancel(outbox, queued[0])
    assert caught.value.code == "outbox.cancel_not_allowed"
    # the clerk corrected the number, and sends it again
    with outbox.write() as session:
        row = session.get_one(Communication, failed[0])
        session.get_one(Customer, row.customer_id).mobile = "+31612340000"
    retry(outbox, failed[0], user_login="clerk")
    assert _statuses(outbox, failed) == [_S.QUEUED]
    summary = send_batch(outbox, 1, clock=lambda: clock() + timedelta(hours=2),
                         providers=messagebird(server.base_url))  # fmt: skip
    assert summary.sent == 1 and _statuses(outbox, failed) == [_S.SENT]
    # cancel a waiting one; resolve uncertain ones by hand
    waiting = add_messages(outbox, 1, start=2)
    cancel(outbox, waiting[0])
    assert _statuses(outbox, waiting) == [_S.CANCELLED]
    with pytest.raises(UserError) as caught:
        resolve(outbox, failed[0], sent=True)
    assert caught.value.code == "outbox.resolve_not_allowed"
    unsure = add_messages(outbox, 2, start=3)
    with outbox.write() as session:
        for cid in unsure:
            session.get_one(Communication, cid).status = _S.UNCERTAIN
    resolve(outbox, unsure[0], sent=True)
    resolve(outbox, unsure[1], sent=False)
    assert _statuses(outbox, unsure) == [_S.SENT, _S.FAILED]
    assert [row.status for row in list_outbox(outbox, 1, [_S.CANCELLED])] == [_S.CANCELLED]
    assert len(standin.ledger.all()) == 2


def test_retry_is_refused_when_the_step_was_planned_again(outbox: Database) -> None:
    (first,) = add_messages(outbox, 1, customer={"mobile": None})
    send_batch(outbox, 1, clock=clock, providers=messagebird("http://127.0.0.1:9"))
    assert _statuses(outbox, [first]) == [_S.FAILED]
    with outbox.write() as session:
        old = session.get_one(Communication, first)
        again = Communication(
            administration_id=1,
            customer_id=old.customer_id,
            step_key=old.step_key,
            step_name=old.step_name,
            channel=old.channel,
            status=_S.PREPARED,
            planned_for=old.planned_for,
            planned_at=old.planned_at,
            status_changed_at=old.planned_at,
            open_amount=old.open_amount,
            overdue_amount=old.overdue_amount,
            costs=old.costs,
            interest=old.interest,
            fee=old.fee,
            costs_announced=old.costs_announced,
            tone=old.tone,
        )
        session.add(again)
    with pytest.raises(UserError) as caught:
        retry(outbox, first)
    assert caught.value.code == "outbox.retry_superseded"


def test_a_letter_is_not_an_outbox_message(outbox: Database) -> None:
    (letter,) = add_messages(outbox, 1, channel=ActionChannel.LETTER)
    with pytest.raises(UserError) as caught:
        cancel(outbox, letter)
    assert caught.value.code == "outbox.not_a_message"
    assert list_outbox(outbox, 1) == ()


class _Progress:
    def __init__(self, stop_after: int) -> None:
        self.stop_after = stop_after
        self.seen: list[tuple[int, int]] = []

    def set_progress(self, done: int, total: int) -> None:
        self.seen.append((done, total))

    def set_status(self, message: object) -> None:
        return None

    def cancel_requested(self) -> bool:
        return bool(self.seen) and self.seen[-1][0] >= self.stop_after


def test_cancelling_finishes_the_calls_under_way_and_takes_back_the_rest(
    outbox: Database, standin: MessageBirdStandIn
) -> None:
    import time

    from tests.standins.server import Request, Response

    ids = add_messages(outbox, 30)

    def slow(request: Request) -> Response:
        time.sleep(0.05)
        return standin(request)

    progress = _Progress(stop_after=4)
    with StandInServer(slow) as running:
        summary = send_batch(
            outbox, 1, clock=clock, providers=messagebird(running.base_url), concurrency=2,
            progress=progress,
        )  # fmt: skip
    assert summary.cancelled
    assert 4 <= summary.sent < 30
    assert summary.sent == len(standin.ledger.all())
    statuses = _statuses(outbox, ids)
    assert statuses.count(_S.SENT) == summary.sent
    assert statuses.count(_S.QUEUED) == 30 - summary.sent  # nothing left in "sending"
    with outbox.read() as session:
        open_attempts = session.scalars(
            select(OutboxAttempt.id).where(OutboxAttempt.outcome.is_(None))
        ).all()
        attempts = session.scalars(select(OutboxAttempt.id)).all()
    assert open_attempts == [] and len(attempts) == summary.sent
    assert progress.seen[0][1] == 30 and progress.seen[-1][0] == summary.sent
