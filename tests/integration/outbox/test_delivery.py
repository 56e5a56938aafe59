"""Delivery of sent SMS, end to end on SQLite and PostgreSQL: messages go out through the outbox to the
stand-ins, the stand-ins mark them delivered or undelivered, and the check records it with the
communication's state machine (sent -> delivered, sent -> failed with the provider's reason), puts an
event on the customer's timeline, writes an audit line, and asks nothing twice. Provider errors are
counted and never stop the check; one bad provider does not hold up the others."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from debtordesk.db.models import AuditLog, Communication, CustomerEvent, Invoice, OutboxItem
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.providers.cm import CmSms
from debtordesk.providers.http import Timeouts
from debtordesk.providers.messagebird import MessageBirdSms
from debtordesk.providers.sms import DeliveryState, SmsProvider
from debtordesk.providers.twilio import TwilioSms
from debtordesk.services.database import Database
from debtordesk.services.outbox import send_batch
from debtordesk.services.outbox_admin import retry
from debtordesk.services.outbox_delivery import (
    DeliverySummary,
    check_delivery,
    delivery_views,
    undelivered_customers,
)
from debtordesk.services.outbox_providers import OutboxProviders
from tests.integration.dunning.factory import add_communication
from tests.integration.outbox.factory import (
    KEY,
    NOW,
    SENDER,
    add_messages,
    messagebird,
    set_sender,
    settings,
)
from tests.standins.server import StandInServer, hang
from tests.standins.sms_cm import CmStandIn
from tests.standins.sms_messagebird import MessageBirdStandIn, fault, rate_limited
from tests.standins.sms_twilio import Account, TwilioStandIn

_S = CommunicationStatus
SID = "AC" + "0123456789abcdef" * 2
TOKEN = "t0k3n" + "9" * 27
CM_TOKEN = "00000000-0000-0000-0000-000000000001"
#: short enough that a held-back answer (hang(3)) times out, long enough for a busy CI machine
FAST = Timeouts(connect=2.0, read=2.0, write=2.0, pool=2.0)
LATER = NOW + timedelta(hours=1)


@pytest.fixture
def standin() -> MessageBirdStandIn:
    return MessageBirdStandIn(balance=Decimal(100_000))


@pytest.fixture
def server(standin: MessageBirdStandIn) -> Iterator[StandInServer]:
    with StandInServer(standin) as running:
        yield running


@pytest.fixture
def outbox(db: Database) -> Database:
    set_sender(db)
    settings(db, **{"sms.rate": "200"})
    return db


def _send(db: Database, providers: OutboxProviders, at: datetime = NOW) -> None:
    try:
        summary = send_batch(db, 1, providers=providers, clock=lambda: at, concurrency=2)
    finally:
        providers.close()
    assert summary.failed == 0 and summary.uncertain == 0


def _check(db: Database, providers: dict[str, SmsProvider], **values: Any) -> DeliverySummary:
    values.setdefault("now", LATER)
    values.setdefault("recheck_after", timedelta(0))
    return check_delivery(db, 1, providers=providers, **values)


def _mb(server: StandInServer, key: str = KEY) -> MessageBirdSms:
    return MessageBirdSms(key, base_url=server.base_url, timeouts=FAST)


def _row(db: Database, communication_id: int) -> tuple[CommunicationStatus, Any]:
    with db.read() as session:
        comm = session.get_one(Communication, communication_id)
        item = session.get_one(OutboxItem, communication_id)
        return comm.status, {
            "status": item.delivery_status,
            "reason": item.delivery_reason,
            "delivered_at": item.delivered_at,
            "checked_at": item.delivery_checked_at,
            "checks": item.delivery_checks,
            "last_error": item.last_error,
            "pid": item.provider_message_id,
            "plan_key": comm.plan_key,
            "customer_id": comm.customer_id,
        }


def _events(db: Database, customer_id: int) -> list[tuple[str, dict[str, Any]]]:
    with db.read() as session:
        return [
            (row.code, dict(row.params))
            for row in session.scalars(
                select(CustomerEvent)
                .where(CustomerEvent.customer_id == customer_id)
                .order_by(CustomerEvent.id)
            )
        ]


def _gets(server: StandInServer) -> int:
    return len(server.requests("GET"))


# --------------------------------------------------------------------------- end to end


def test_delivered_and_undelivered_are_recorded_once(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    ids = add_messages(outbox, 4)
    _send(outbox, messagebird(server.base_url))
    pids = [_row(outbox, cid)[1]["pid"] for cid in ids]
    when = datetime(2026, 12, 16, 9, 30, 5, tzinfo=UTC)
    standin.ledger.set_delivery(pids[0], "delivered", at=when)
    standin.ledger.set_delivery(
        pids[1], "delivery_failed", reason="unknown subscriber", error_code="1"
    )
    standin.ledger.set_delivery(pids[2], "buffered")
    standin.ledger.set_delivery(pids[3], "expired")
    provider = _mb(server)
    try:
        summary = _check(outbox, {"messagebird": provider})
        assert (summary.candidates, summary.asked) == (4, 4)
        assert (summary.delivered, summary.undelivered, summary.pending) == (1, 2, 1)
        assert summary.problems == () and summary.not_asked == 0

        status, item = _row(outbox, ids[0])
        assert status is _S.DELIVERED
        assert item["status"] == "delivered" and item["delivered_at"] == when
        assert item["checked_at"] == LATER and item["checks"] == 1
        assert (
            "event.outbox.delivered",
            {"step": "reminder_1", "channel": "sms", "to": "+31610000000"},
        ) in _events(outbox, item["customer_id"])

        status, item = _row(outbox, ids[1])
        assert status is _S.FAILED
        assert item["plan_key"] is None  # the step was not taken
        assert item["status"] == "undelivered"
        assert item["reason"]["code"] == "delivery.undelivered"
        assert item["reason"]["params"]["detail"] == "delivery_failed: unknown subscriber (1)"
        assert item["last_error"] == item["reason"]  # shown as the message's problem
        events = _events(outbox, item["customer_id"])
        code, params = events[-1]
        assert code == "event.outbox.undelivered"
        assert params["to"] == "+31610000001" and params["provider"] == "MessageBird"
        assert "did not arrive" in render(Message(code, params), "en")
        assert "niet aangekomen" in render(Message(code, params), "nl")

        assert _row(outbox, ids[2])[0] is _S.SENT
        assert _row(outbox, ids[2])[1]["status"] == "pending"
        assert _row(outbox, ids[3])[0] is _S.FAILED
        assert _row(outbox, ids[3])[1]["reason"]["params"]["detail"] == "expired"

        with outbox.read() as session:
            audits = session.execute(
                select(AuditLog.entity, AuditLog.entity_id, AuditLog.action, AuditLog.details)
            ).all()
        undelivered = [a for a in audits if a.action == "outbox_undelivered"]
        assert sorted(a.entity_id for a in undelivered) == sorted([ids[1], ids[3]])
        assert {a.details["status"] for a in undelivered} == {"delivery_failed", "expired"}
        (run,) = [a for a in audits if a.entity == "outbox_delivery"]
        assert run.details["delivered"] == 1 and run.details["undelivered"] == 2

        # a second check asks only the pending one and records nothing twice
        before = _gets(server)
        again = _check(outbox, {"messagebird": provider})
        assert (again.candidates, again.asked, again.pending) == (1, 1, 1)
        assert (again.delivered, again.undelivered) == (0, 0)
        assert _gets(server) == before + 1
        assert len(_events(outbox, item["customer_id"])) == len(events)
        # the buffered one arrives
        standin.ledger.set_delivery(pids[2], "delivered")
        third = _check(outbox, {"messagebird": provider}, now=LATER + timedelta(hours=1))
        assert third.delivered == 1
        assert _row(outbox, ids[2])[0] is _S.DELIVERED
        assert _row(outbox, ids[2])[1]["checks"] == 3
        assert _check(outbox, {"messagebird": provider}).candidates == 0
    finally:
        provider.close()


def test_only_messages_of_the_last_days_are_asked_and_not_too_often(
    outbox: Database, server: StandInServer
) -> None:
    old = add_messages(outbox, 1, send_on=(NOW - timedelta(days=5)).date())
    _send(outbox, messagebird(server.base_url), at=NOW - timedelta(days=4))
    assert _row(outbox, old[0])[0] is _S.SENT
    new = add_messages(outbox, 1, start=10)
    _send(outbox, messagebird(server.base_url))
    provider = _mb(server)
    try:
        first = check_delivery(outbox, 1, providers={"messagebird": provider}, now=LATER)
        assert (first.candidates, first.pending) == (1, 1)
        assert _row(outbox, old[0])[1]["status"] is None
        assert _row(outbox, new[0])[1]["status"] == "pending"
        # within RECHECK_AFTER (5 minutes) a pending message is not asked again
        soon = check_delivery(
            outbox, 1, providers={"messagebird": provider}, now=LATER + timedelta(minutes=2)
        )
        assert soon.candidates == 0
        wider = check_delivery(
            outbox, 1, providers={"messagebird": provider}, now=LATER + timedelta(minutes=6), days=7
        )
        assert wider.candidates == 2
    finally:
        provider.close()


def test_a_message_sent_again_after_a_retry_is_asked_afresh(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    (cid,) = add_messages(outbox, 1)
    _send(outbox, messagebird(server.base_url))
    standin.ledger.set_delivery(_row(outbox, cid)[1]["pid"], "expired")
    provider = _mb(server)
    try:
        assert _check(outbox, {"messagebird": provider}).undelivered == 1
        assert delivery_views(outbox, [cid])[cid].state is DeliveryState.UNDELIVERED
        retry(outbox, cid, now=LATER)
        assert cid not in delivery_views(outbox, [cid])  # queued again: nothing known
        _send(outbox, messagebird(server.base_url), at=LATER + timedelta(minutes=1))
        assert _row(outbox, cid)[0] is _S.SENT
        # sent again: the old "undelivered" no longer describes it
        assert cid not in delivery_views(outbox, [cid])
        second = _row(outbox, cid)[1]["pid"]
        standin.ledger.set_delivery(second, "delivered")
        summary = _check(outbox, {"messagebird": provider}, now=LATER + timedelta(minutes=10))
        assert (summary.candidates, summary.delivered) == (1, 1)
        assert _row(outbox, cid)[0] is _S.DELIVERED
        view = delivery_views(outbox, [cid])[cid]
        assert view.state is DeliveryState.DELIVERED and view.reason is None
    finally:
        provider.close()


# --------------------------------------------------------------------------- errors


def test_a_fault_on_one_message_does_not_stop_the_batch(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    ids = add_messages(outbox, 4)
    _send(outbox, messagebird(server.base_url))
    for cid in ids:
        standin.ledger.set_delivery(_row(outbox, cid)[1]["pid"], "delivered")
    server.inject(fault(500, 99, "internal error"), match=lambda r: r.method == "GET")
    provider = _mb(server)
    try:
        summary = _check(outbox, {"messagebird": provider}, batch_size=2)
        assert (summary.asked, summary.delivered, summary.not_asked) == (3, 3, 1)
        ((message, count),) = summary.problems
        assert (message.code, count) == ("http.fault", 1)
        statuses = [_row(outbox, cid)[0] for cid in ids]
        assert statuses.count(_S.DELIVERED) == 3 and statuses.count(_S.SENT) == 1
        # the one that could not be asked is asked next time
        assert _check(outbox, {"messagebird": provider}).delivered == 1
    finally:
        provider.close()


def test_a_wrong_key_stops_that_provider_at_once(outbox: Database, server: StandInServer) -> None:
    ids = add_messages(outbox, 5)
    _send(outbox, messagebird(server.base_url))
    provider = _mb(server, "live_wrong_key_123")
    try:
        summary = _check(outbox, {"messagebird": provider})
    finally:
        provider.close()
    assert summary.asked == 0
    ((message, count),) = summary.problems
    assert (message.code, count) == ("sms.rejected.wrong_key", 5)
    assert "live_wrong_key_123" not in render(message, "en")
    assert _gets(server) == 1  # asked once, then stopped
    assert {_row(outbox, cid)[1]["status"] for cid in ids} == {None}


def test_a_429_pauses_and_goes_on(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    ids = add_messages(outbox, 3)
    _send(outbox, messagebird(server.base_url))
    server.inject(rate_limited(1), match=lambda r: r.method == "GET")
    provider = _mb(server)
    try:
        summary = _check(outbox, {"messagebird": provider})
    finally:
        provider.close()
    assert (summary.asked, summary.pending, summary.not_asked) == (2, 2, 1)
    ((message, _count),) = summary.problems
    assert message.code == "http.rate_limited"
    gets = server.requests("GET")
    assert gets[0].fault == "respond"
    assert gets[1].received_at - gets[0].received_at >= 0.9  # waited the Retry-After
    assert len(ids) == 3


def test_one_provider_that_does_not_answer_does_not_hold_up_the_others(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    """Messages went out through MessageBird and, later, Twilio; Twilio then stops answering."""
    mb_ids = add_messages(outbox, 3)
    _send(outbox, messagebird(server.base_url))
    twilio_app = TwilioStandIn([Account(SID, TOKEN)])
    with StandInServer(twilio_app) as twilio_server:
        tw_ids = add_messages(outbox, 5, start=10)
        _send(
            outbox,
            OutboxProviders(
                sms=TwilioSms(SID, TOKEN, base_url=twilio_server.base_url), sms_sender=SENDER
            ),
        )
        for cid in mb_ids:
            standin.ledger.set_delivery(_row(outbox, cid)[1]["pid"], "delivered")
        twilio_server.inject(hang(3), times=100, match=lambda r: r.method == "GET")
        twilio = TwilioSms(SID, TOKEN, base_url=twilio_server.base_url, timeouts=FAST)
        mb = _mb(server)
        try:
            summary = _check(outbox, {"messagebird": mb, "twilio": twilio})
        finally:
            twilio.close()
            mb.close()
        # three tries without an answer, then Twilio is left for the next check
        assert len(twilio_server.requests("GET")) == 3
    assert summary.delivered == 3
    ((message, count),) = summary.problems
    assert (message.code, count) == ("http.unknown.timeout", 5)
    assert [_row(outbox, cid)[0] for cid in mb_ids] == [_S.DELIVERED] * 3
    assert [_row(outbox, cid)[0] for cid in tw_ids] == [_S.SENT] * 5


def test_a_provider_that_is_not_set_up_is_reported_not_guessed(
    outbox: Database, server: StandInServer
) -> None:
    ids = add_messages(outbox, 2)
    _send(outbox, messagebird(server.base_url))
    summary = _check(outbox, {})
    assert summary.asked == 0
    ((message, count),) = summary.problems
    assert (message.code, count) == ("delivery.no_provider", 2)
    assert [_row(outbox, cid)[0] for cid in ids] == [_S.SENT, _S.SENT]


# --------------------------------------------------------------------------- not available


def test_cm_and_email_cannot_be_asked_and_simply_stay_sent(outbox: Database) -> None:
    cm_app = CmStandIn({CM_TOKEN})
    with StandInServer(cm_app) as cm_server:
        ids = add_messages(outbox, 2)
        _send(
            outbox,
            OutboxProviders(sms=CmSms(CM_TOKEN, base_url=cm_server.base_url), sms_sender=SENDER),
        )
        sent = len(cm_server.received)
        cm = CmSms(CM_TOKEN, base_url=cm_server.base_url)
        try:
            summary = _check(outbox, {"cm": cm})
        finally:
            cm.close()
        assert len(cm_server.received) == sent  # nothing asked
    assert (summary.asked, summary.not_available) == (2, 2)
    for cid in ids:
        status, item = _row(outbox, cid)
        assert status is _S.SENT and item["status"] == "not_available"
    assert _check(outbox, {"cm": cm}).candidates == 0  # final: not asked again
    # an e-mail that went out: SMTP tells nothing after acceptance
    (mail,) = add_messages(outbox, 1, start=50, channel=ActionChannel.EMAIL, status=_S.SENT)
    with outbox.write() as session:
        session.add(
            OutboxItem(
                communication_id=mail,
                reference="DDMAIL1",
                queued_at=NOW,
                attempts=1,
                lookups=0,
                provider="smtp",
                settled_at=NOW,
            )
        )
    assert _check(outbox, {}).emails == 1
    assert _row(outbox, mail)[1]["status"] == "not_available"
    assert _row(outbox, mail)[0] is _S.SENT


# --------------------------------------------------------------------------- for the call list


def test_undelivered_customers_for_the_call_list(
    outbox: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    ids = add_messages(outbox, 3)
    _send(outbox, messagebird(server.base_url))
    pids = [_row(outbox, cid)[1]["pid"] for cid in ids]
    standin.ledger.set_delivery(pids[0], "delivery_failed", reason="absent subscriber")
    standin.ledger.set_delivery(pids[1], "expired")
    standin.ledger.set_delivery(pids[2], "delivered")
    provider = _mb(server)
    try:
        _check(outbox, {"messagebird": provider})
        customer_1 = _row(outbox, ids[0])[1]["customer_id"]
        customer_2 = _row(outbox, ids[1])[1]["customer_id"]
        with outbox.read() as session:
            found = undelivered_customers(session, 1, NOW)
        assert {row.customer_id for row in found} == {customer_1, customer_2}
        # customer 2 gets a later SMS that arrives: no longer someone to call about this one
        with outbox.write() as session:
            invoice = session.scalar(select(Invoice.id).where(Invoice.customer_id == customer_2))
            assert invoice is not None
            later = add_communication(
                session,
                customer_2,
                [invoice],
                step_key="reminder_2",
                channel=ActionChannel.SMS,
                status=_S.PREPARED,
                planned_for=NOW.date(),
                send_on=NOW.date(),
                template="reminder_1",
                language="nl",
                open_amount=Decimal("123.45"),
                payment_reference="RF18539007547999",
                plan_key="plan-later",
            )
        _send(outbox, messagebird(server.base_url), at=LATER + timedelta(minutes=1))
        standin.ledger.set_delivery(_row(outbox, later)[1]["pid"], "delivered")
        assert (
            _check(outbox, {"messagebird": provider}, now=LATER + timedelta(minutes=10)).delivered
            == 1
        )
        with outbox.read() as session:
            found = undelivered_customers(session, 1, NOW)
        assert {row.customer_id for row in found} == {customer_1}
        first = next(row for row in found if row.communication_id == ids[0])
        assert first.to == "+31610000000" and first.known_at == LATER
        assert first.reason is not None
        assert "absent subscriber" in render(first.reason, "en")
        with outbox.read() as session:
            assert undelivered_customers(session, 1, LATER + timedelta(seconds=1)) == ()
            assert undelivered_customers(session, 2, NOW) == ()
    finally:
        provider.close()
