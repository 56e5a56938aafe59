"""The outbox against the SMS stand-ins (strict to each provider's contract), on SQLite and PostgreSQL:
every message at most once; every fault path ends where it should (sent, failed with the provider's
reason, again later after a back-off, uncertain for the clerk); lookups instead of resending."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, select, update

from debtordesk.db.models import (
    Communication,
    CustomerEvent,
    Invoice,
    OutboxAttempt,
    OutboxItem,
)
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.providers.cm import CmSms
from debtordesk.providers.http import Timeouts
from debtordesk.providers.twilio import TwilioSms
from debtordesk.services.database import Database
from debtordesk.services.outbox import send_batch
from debtordesk.services.outbox_admin import list_outbox
from debtordesk.services.outbox_providers import OutboxProviders
from debtordesk.services.outbox_types import SendSummary
from tests.integration.outbox.factory import (
    NOW,
    PAST,
    add_messages,
    clock,
    messagebird,
    open_windows,
    real,
    set_sender,
    settings,
)
from tests.standins.server import (
    Request,
    Response,
    StandInServer,
    closed_port,
    drop,
    hang,
    respond,
)
from tests.standins.sms_cm import CmStandIn
from tests.standins.sms_common import NumberRules
from tests.standins.sms_messagebird import MessageBirdStandIn, rate_limited
from tests.standins.sms_twilio import Account, TwilioStandIn

_S = CommunicationStatus
LANDLINE = "+31201234567"
INVALID = "+31699999999"


@pytest.fixture
def standin() -> MessageBirdStandIn:
    return MessageBirdStandIn(
        balance=Decimal(100_000), rules=NumberRules(landlines={LANDLINE}, invalid={INVALID})
    )


@pytest.fixture
def server(standin: MessageBirdStandIn) -> Iterator[StandInServer]:
    with StandInServer(standin) as running:
        yield running


@pytest.fixture
def outbox(db: Database) -> Database:
    set_sender(db)
    settings(db, **{"sms.rate": "200"})
    return db


def _send(db: Database, providers: OutboxProviders, **values: object) -> SendSummary:
    values.setdefault("clock", clock)
    values.setdefault("concurrency", 4)
    return send_batch(db, 1, providers=providers, **values)  # type: ignore[arg-type]


def _statuses(db: Database, ids: list[int]) -> list[CommunicationStatus]:
    with db.read() as session:
        found = dict(
            session.execute(
                select(Communication.id, Communication.status).where(Communication.id.in_(ids))
            ).all()
        )
    return [found[cid] for cid in ids]


def _plain(row: object) -> SimpleNamespace:
    columns = row.__table__.columns  # type: ignore[attr-defined]
    return SimpleNamespace(**{column.key: getattr(row, column.key) for column in columns})


def _item(db: Database, communication_id: int) -> Any:
    with db.read() as session:
        return _plain(session.get_one(OutboxItem, communication_id))


def _attempts(db: Database, communication_id: int) -> list[Any]:
    with db.read() as session:
        return [
            _plain(row)
            for row in session.scalars(
                select(OutboxAttempt)
                .where(OutboxAttempt.communication_id == communication_id)
                .order_by(OutboxAttempt.number)
            )
        ]


def _at(minutes: float) -> datetime:
    return NOW + timedelta(minutes=minutes)


# --------------------------------------------------------------------------- the ordinary case


def test_each_due_message_goes_once_and_is_recorded(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    ids = add_messages(outbox, 12, names=("Jan de Vries", "Łukasz Wójcik"))
    later = add_messages(outbox, 1, start=100, send_on=NOW.date() + timedelta(days=2))
    letter = add_messages(outbox, 1, start=200, channel=ActionChannel.LETTER)
    summary = _send(outbox, messagebird(server.base_url))
    assert (summary.sent, summary.failed, summary.uncertain, summary.queued) == (12, 0, 0, 12)
    assert summary.held == 0 and summary.notes == ()
    assert _statuses(outbox, ids) == [_S.SENT] * 12
    assert _statuses(outbox, later + letter) == [_S.PREPARED, _S.PREPARED]
    accepted = standin.ledger.all()
    assert len(accepted) == 12 and standin.ledger.duplicates() == {}
    assert {m.sender for m in accepted} == {"Zonnetje"}
    texts = {m.to: m.text for m in accepted}
    assert "Lukasz Wojcik" in texts["+31610000001"]  # transliterated: stays GSM-7, two parts
    assert all(m.parts <= 2 for m in accepted)
    with outbox.read() as session:
        row = session.get_one(Communication, ids[0])
        assert row.went_out_on == NOW.date()
        events = session.scalars(
            select(CustomerEvent.code).where(CustomerEvent.customer_id == row.customer_id)
        ).all()
        assert "event.outbox.sent" in events
    (attempt,) = _attempts(outbox, ids[0])
    assert attempt.outcome == "sent" and attempt.provider == "messagebird"
    assert attempt.provider_message_id == _item(outbox, ids[0]).provider_message_id
    assert attempt.idempotency_key == _item(outbox, ids[0]).reference
    assert attempt.body == texts[attempt.recipient] and attempt.segments == 2
    # a second batch has nothing to send
    again = _send(outbox, messagebird(server.base_url))
    assert (again.sent, again.queued) == (0, 0)
    assert len(standin.ledger.all()) == 12


def test_the_limit_is_kept(outbox: Database, server: StandInServer) -> None:
    ids = add_messages(outbox, 10)
    summary = _send(outbox, messagebird(server.base_url), limit=4)
    assert summary.sent == 4 and summary.held == 6
    assert _statuses(outbox, ids).count(_S.SENT) == 4


# --------------------------------------------------------------------------- faults


def test_429_with_retry_after_waits_that_long(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    (cid,) = add_messages(outbox, 1)
    server.inject(rate_limited(20))
    summary = _send(outbox, messagebird(server.base_url))
    assert (summary.sent, summary.retry_later) == (0, 1)
    item = _item(outbox, cid)
    assert item.next_attempt_at is not None
    # the first back-off (30 s give or take a quarter), never less than the provider asked
    assert NOW + timedelta(seconds=22.5) <= item.next_attempt_at <= NOW + timedelta(seconds=37.5)
    assert _attempts(outbox, cid)[0].outcome == "rate_limited"
    # not before the provider's time
    assert _send(outbox, messagebird(server.base_url), clock=lambda: _at(0.2)).sent == 0
    assert _send(outbox, messagebird(server.base_url), clock=lambda: _at(1)).sent == 1
    assert len(standin.ledger.all()) == 1
    assert [a.outcome for a in _attempts(outbox, cid)] == ["rate_limited", "sent"]


def test_a_long_retry_after_stops_the_channel_for_this_batch(
    outbox: Database, server: StandInServer
) -> None:
    ids = add_messages(outbox, 6)
    server.inject(rate_limited(600))
    summary = _send(outbox, messagebird(server.base_url), concurrency=1)
    assert summary.retry_later == 1 and summary.sent == 0
    assert summary.elapsed_seconds < 10  # nobody waited the ten minutes
    assert "outbox.channel_stopped" in {note.code for note in summary.notes}
    assert _statuses(outbox, ids).count(_S.QUEUED) == 6
    assert len(server.requests("POST")) == 1


def test_500_without_a_message_at_the_provider_is_tried_again_later(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    (cid,) = add_messages(outbox, 1)
    server.inject(
        respond(
            500, {"errors": [{"code": 99, "description": "internal error", "parameter": None}]}
        ),
        match=lambda r: r.method == "POST",
    )
    summary = _send(outbox, messagebird(server.base_url))
    assert summary.retry_later == 1
    assert _statuses(outbox, [cid]) == [_S.QUEUED]
    assert _attempts(outbox, cid)[0].outcome == "fault"
    # it was looked up before being queued again
    assert server.requests("GET", "/messages")
    assert _send(outbox, messagebird(server.base_url), clock=lambda: _at(5)).sent == 1
    assert len(standin.ledger.all()) == 1


class _FailAfterAccepting:
    """The provider takes the message, then answers 500 (its fault, after the fact)."""

    def __init__(self, app: MessageBirdStandIn) -> None:
        self.app = app
        self.left = 1

    def __call__(self, request: Request) -> Response:
        answer = self.app(request)
        if request.method == "POST" and self.left:
            self.left -= 1
            return Response.json(500, {"errors": [{"code": 99, "description": "internal error"}]})
        return answer


def test_500_after_the_provider_took_it_is_found_and_sent(
    outbox: Database, standin: MessageBirdStandIn
) -> None:
    open_windows(outbox)
    (cid,) = add_messages(outbox, 1, send_on=PAST)
    with StandInServer(_FailAfterAccepting(standin)) as running:
        summary = _send(outbox, messagebird(running.base_url), clock=real())
    assert summary.sent == 1 and summary.retry_later == 0
    assert len(standin.ledger.all()) == 1
    (attempt,) = _attempts(outbox, cid)
    assert attempt.outcome == "fault" and attempt.provider_message_id == standin.ledger.all()[0].id


def test_no_answer_after_the_provider_took_it_is_found_by_lookup(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    open_windows(outbox)
    ids = add_messages(outbox, 2, send_on=PAST)
    server.inject(hang(5, process=True), match=lambda r: r.method == "POST")
    server.inject(drop(process=True), match=lambda r: r.method == "POST")
    summary = _send(outbox, messagebird(server.base_url, read=0.5), concurrency=1, clock=real())
    assert (summary.sent, summary.uncertain, summary.retry_later) == (2, 0, 0)
    assert len(standin.ledger.all()) == 2 and standin.ledger.duplicates() == {}
    assert {a.outcome for cid in ids for a in _attempts(outbox, cid)} == {"unknown"}


def test_no_answer_and_nothing_at_the_provider_is_uncertain_never_resent(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    open_windows(outbox)
    (cid,) = add_messages(outbox, 1, send_on=PAST)
    server.inject(hang(5, process=False), match=lambda r: r.method == "POST")
    summary = _send(outbox, messagebird(server.base_url, read=0.5), clock=real())
    assert summary.uncertain == 1
    assert _statuses(outbox, [cid]) == [_S.UNCERTAIN]
    item = _item(outbox, cid)
    assert item.last_error is not None and item.last_error["code"] == "outbox.not_found"
    rows = list_outbox(outbox, 1, [_S.UNCERTAIN])
    assert rows[0].can_retry and rows[0].can_resolve
    assert "portal" in render(rows[0].problem, "en")  # type: ignore[arg-type]
    # later batches look it up again (at most 3 times) but never send it
    for minutes in (2, 4, 6, 8):
        assert _send(outbox, messagebird(server.base_url), clock=real(minutes)).sent == 0
    assert _statuses(outbox, [cid]) == [_S.UNCERTAIN]
    assert len(standin.ledger.all()) == 0
    assert _item(outbox, cid).lookups == 3
    posts = server.requests("POST", "/messages")
    assert len(posts) == 1


def test_refused_connection_is_tried_again_and_stops_the_channel(outbox: Database) -> None:
    ids = add_messages(outbox, 8)
    summary = _send(outbox, messagebird(f"http://127.0.0.1:{closed_port()}"), concurrency=1)
    assert summary.sent == 0 and summary.retry_later >= 5
    assert "outbox.channel_stopped" in {n.code for n in summary.notes}
    assert "http.not_sent.connect" in {n.code for n in summary.notes}
    assert set(_statuses(outbox, ids)) == {_S.QUEUED}
    waiting = [_item(outbox, cid) for cid in ids if _item(outbox, cid).attempts]
    assert all(item.next_attempt_at and item.next_attempt_at > NOW for item in waiting)


def test_giving_up_after_the_attempts_allowed(outbox: Database) -> None:
    settings(outbox, max_attempts="2")
    (cid,) = add_messages(outbox, 1)
    broken = messagebird(f"http://127.0.0.1:{closed_port()}")
    assert _send(outbox, broken).retry_later == 1
    summary = _send(outbox, broken, clock=lambda: _at(60))
    assert summary.failed == 1
    assert _statuses(outbox, [cid]) == [_S.FAILED]
    assert _item(outbox, cid).last_error["code"] == "outbox.gave_up"  # type: ignore[index]


def test_refusals_fail_with_the_providers_reason(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    invalid = add_messages(outbox, 1, customer={"mobile": INVALID})
    landline = add_messages(outbox, 1, start=1, customer={"mobile": LANDLINE})
    fine = add_messages(outbox, 1, start=2)
    summary = _send(outbox, messagebird(server.base_url))
    assert (summary.sent, summary.failed) == (1, 2)
    assert _statuses(outbox, invalid + landline + fine) == [_S.FAILED, _S.FAILED, _S.SENT]
    assert _item(outbox, invalid[0]).last_error["code"] == "sms.rejected.invalid_number"  # type: ignore[index]
    assert _item(outbox, landline[0]).last_error["code"] == "outbox.delivery_failed"  # type: ignore[index]
    with outbox.read() as session:
        row = session.get_one(Communication, invalid[0])
        assert row.plan_key is None  # the step may be planned again (another channel)


def test_a_wrong_key_keeps_the_messages_queued(outbox: Database, server: StandInServer) -> None:
    ids = add_messages(outbox, 5)
    providers = messagebird(server.base_url)
    providers.sms._key = "wrong"  # type: ignore[union-attr]
    providers.sms._client.headers["Authorization"] = "AccessKey wrong"  # type: ignore[union-attr]
    summary = _send(outbox, providers, concurrency=1)
    assert summary.sent == 0 and summary.failed == 0
    assert {n.code for n in summary.notes} >= {"outbox.channel_stopped", "sms.rejected.wrong_key"}
    assert set(_statuses(outbox, ids)) == {_S.QUEUED}
    assert all(_item(outbox, cid).next_attempt_at is None for cid in ids)


# --------------------------------------------------------------------------- checked at send time


def test_opt_out_missing_number_and_stale_are_stopped_before_sending(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    opted = add_messages(outbox, 1, customer={"opt_out_sms": True})
    missing = add_messages(outbox, 1, start=1, customer={"mobile": None})
    local = add_messages(outbox, 1, start=2, customer={"mobile": "0612345678"})
    paid = add_messages(outbox, 1, start=3)
    with outbox.write() as session:
        invoice = session.scalar(select(Invoice.id).where(Invoice.number == "F00003"))
        session.execute(
            update(Invoice)
            .where(Invoice.id == invoice)
            .values(status=InvoiceStatus.PAID, open_amount=Decimal("0.00"))
        )
    summary = _send(outbox, messagebird(server.base_url))
    assert (summary.sent, summary.failed, summary.cancelled_stale) == (0, 3, 1)
    assert _statuses(outbox, opted + missing + local + paid) == [
        _S.FAILED,
        _S.FAILED,
        _S.FAILED,
        _S.CANCELLED,
    ]
    codes = [_item(outbox, cid).last_error["code"] for cid in opted + missing + local]  # type: ignore[index]
    assert codes == ["outbox.opted_out.sms", "outbox.no_mobile", "outbox.bad_mobile"]
    assert standin.ledger.all() == []
    assert not server.requests("POST")


def test_an_sms_too_long_is_refused_unless_names_are_transliterated(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    settings(outbox, transliterate_names="no")
    (cid,) = add_messages(outbox, 1, names=("Łukasz Wójcik",))
    summary = _send(outbox, messagebird(server.base_url))
    assert summary.failed == 1 and standin.ledger.all() == []
    error = _item(outbox, cid).last_error
    assert error is not None and error["code"] == "outbox.sms_too_long"
    assert error["params"]["segments"] == 3 and error["params"]["encoding"] == "UCS-2"
    assert "Ł" in error["params"]["non_gsm"]


def test_an_sms_too_long_in_gsm7_says_what_helps_in_the_right_number(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    # no special letters: transliteration cannot help; the clerk can shorten or allow more parts
    settings(outbox, max_sms_segments="1")
    (cid,) = add_messages(outbox, 1, names=("Jan de Vries",))
    summary = _send(outbox, messagebird(server.base_url))
    assert summary.failed == 1 and standin.ledger.all() == []
    error = _item(outbox, cid).last_error
    assert error is not None and error["code"] == "outbox.sms_too_long_gsm"
    assert error["params"]["encoding"] == "GSM-7" and error["params"]["limit"] == 1
    segments = error["params"]["segments"]

    message = Message(error["code"], error["params"])
    assert "er mag hoogstens 1 deel zijn" in render(message, "nl")
    assert "at most 1 part is allowed" in render(message, "en")
    for language in ("nl", "en"):
        text = render(message, language)
        assert "max_sms_segments" in text and "transliterate_names" not in text
        assert " )" not in text and "  " not in text
        assert f"{segments} " in text


def test_an_sms_too_long_with_special_letters_names_them_without_stray_space(
    outbox: Database, server: StandInServer
) -> None:
    settings(outbox, transliterate_names="no", max_sms_segments="2")
    (cid,) = add_messages(outbox, 1, names=("Łukasz Wójcik",))
    _send(outbox, messagebird(server.base_url))
    error = _item(outbox, cid).last_error
    assert error is not None and error["code"] == "outbox.sms_too_long"
    message = Message(error["code"], error["params"])
    assert "er mogen hoogstens 2 delen zijn" in render(message, "nl")
    assert "at most 2 parts are allowed" in render(message, "en")
    for language in ("nl", "en"):
        text = render(message, language)
        assert "Ł" in text and "transliterate_names" in text and "max_sms_segments" in text
        assert " )" not in text and "  " not in text


def test_outside_the_window_nothing_goes(outbox: Database, server: StandInServer) -> None:
    ids = add_messages(outbox, 2)
    sunday = datetime(2026, 12, 20, 12, 0, tzinfo=UTC)
    summary = _send(outbox, messagebird(server.base_url), clock=lambda: sunday)
    assert summary.sent == 0 and summary.held == 2
    (note,) = summary.notes
    assert note.code == "outbox.window_closed"
    assert note.params["opens"] == datetime(2026, 12, 21, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam
    assert note.params["window"] == "mon-sat 09:00-20:00"  # as stored; in the clerk's words:
    assert "buiten het verzendvenster (ma-za 09:00-20:00)" in render(note, "nl")
    assert "outside the sending window (mon-sat 09:00-20:00)" in render(note, "en")
    # the reopening as the clerk writes a moment: 21-12-2026 09:00 in Dutch, not 2026-12-21 09:00
    assert render(note, "nl").endswith("Ze gaan vanaf 21-12-2026 09:00.")
    assert render(note, "en").endswith("They go from 2026-12-21 09:00.")
    assert set(_statuses(outbox, ids)) == {_S.QUEUED}


def test_the_hourly_cap_holds_the_rest(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    settings(outbox, **{"sms.hourly_cap": "3"})
    add_messages(outbox, 7)
    summary = _send(outbox, messagebird(server.base_url))
    assert summary.sent == 3 and summary.held == 4
    assert "outbox.cap_reached" in {n.code for n in summary.notes}
    assert _send(outbox, messagebird(server.base_url), clock=lambda: _at(30)).sent == 0
    assert _send(outbox, messagebird(server.base_url), clock=lambda: _at(61)).sent == 3
    assert len(standin.ledger.all()) == 6


# --------------------------------------------------------------------------- other providers


TWILIO_SID = "AC" + "0123456789abcdef" * 2
TWILIO_TOKEN = "t0k3n" + "9" * 27


def test_twilio_finds_a_message_by_recipient_and_text(outbox: Database) -> None:
    standin = TwilioStandIn([Account(TWILIO_SID, TWILIO_TOKEN)])
    open_windows(outbox)
    ids = add_messages(outbox, 2, send_on=PAST)
    with StandInServer(standin) as running:
        running.inject(hang(5, process=True), match=lambda r: r.method == "POST")
        provider = TwilioSms(
            TWILIO_SID,
            TWILIO_TOKEN,
            base_url=running.base_url,
            # the lookups must answer within it: room for a busy machine, the hang still longer
            timeouts=Timeouts(connect=2, read=1.5, write=2, pool=5),
        )
        summary = _send(
            outbox,
            OutboxProviders(sms=provider, sms_sender="Zonnetje"),
            concurrency=1,
            clock=real(),
        )
    assert summary.sent == 2 and summary.uncertain == 0
    assert len(standin.ledger.all()) == 2
    assert set(_statuses(outbox, ids)) == {_S.SENT}


def test_cm_cannot_be_asked_so_no_answer_is_uncertain(outbox: Database) -> None:
    token = "7c9a1c2e-8d1b-4f5e-9a33-0123456789ab"
    standin = CmStandIn({token})
    (cid,) = add_messages(outbox, 1)
    with StandInServer(standin) as running:
        running.inject(hang(5, process=True))
        provider = CmSms(
            token, base_url=running.base_url, timeouts=Timeouts(connect=2, read=0.5, write=2)
        )
        summary = _send(outbox, OutboxProviders(sms=provider, sms_sender="Zonnetje"))
    assert summary.uncertain == 1
    assert _item(outbox, cid).last_error["code"] == "outbox.no_lookup"  # type: ignore[index]
    assert len(standin.ledger.all()) == 1  # it did go out: exactly why it must not be resent


# --------------------------------------------------------------------------- the record


def test_attempts_are_committed_before_the_provider_is_called(
    outbox: Database, standin: MessageBirdStandIn
) -> None:
    """The stand-in reads the database while it handles the request: the attempt is already there."""
    (cid,) = add_messages(outbox, 1)
    seen: list[tuple[CommunicationStatus, int]] = []

    def app(request: Request) -> Response:
        if request.method == "POST":
            with outbox.read() as session:
                status = session.scalar(select(Communication.status).where(Communication.id == cid))
                count = session.scalar(
                    select(func.count())
                    .select_from(OutboxAttempt)
                    .where(OutboxAttempt.communication_id == cid, OutboxAttempt.outcome.is_(None))
                )
            seen.append((status, int(count or 0)))  # type: ignore[arg-type]
        return standin(request)

    with StandInServer(app) as running:
        assert _send(outbox, messagebird(running.base_url)).sent == 1
    assert seen == [(_S.SENDING, 1)]


def test_a_batch_stops_claiming_when_the_window_closes(
    outbox: Database, standin: MessageBirdStandIn
) -> None:
    ids = add_messages(outbox, 40)
    late = {"now": datetime(2026, 12, 16, 18, 59, 50, tzinfo=UTC)}  # 19:59:50 in Amsterdam

    def app(request: Request) -> Response:
        late["now"] = datetime(2026, 12, 16, 19, 0, 5, tzinfo=UTC)  # 20:00:05: the window closed
        return standin(request)

    with StandInServer(app) as running:
        summary = _send(outbox, messagebird(running.base_url), clock=lambda: late["now"])
    assert 0 < summary.sent < 40
    assert summary.held == 40 - summary.sent
    (note,) = summary.notes
    assert note.code == "outbox.window_closed"
    assert render(note, "nl").endswith("Ze gaan vanaf 17-12-2026 09:00.")
    assert _statuses(outbox, ids).count(_S.QUEUED) == 40 - summary.sent
