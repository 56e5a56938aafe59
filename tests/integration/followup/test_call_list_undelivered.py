"""An SMS that did not arrive puts the customer on the call list (SQLite and PostgreSQL): payment
requests go out through the outbox to the MessageBird stand-in, the stand-in reports one as not
delivered, the delivery check records it, and the call list names the customer with "message not
delivered" until somebody calls; the customer whose SMS arrived is not listed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from debtordesk.db.models import OutboxItem
from debtordesk.domain.calls import CallReason
from debtordesk.i18n.catalogue import render
from debtordesk.providers.http import Timeouts
from debtordesk.providers.messagebird import MessageBirdSms
from debtordesk.services.database import Database
from debtordesk.services.followup import call_list, log_call
from debtordesk.services.outbox import send_batch
from debtordesk.services.outbox_delivery import check_delivery
from tests.integration.outbox.factory import (
    KEY,
    NOW,
    TODAY,
    add_messages,
    messagebird,
    set_sender,
    settings,
)
from tests.standins.server import StandInServer
from tests.standins.sms_messagebird import MessageBirdStandIn

LATER = NOW + timedelta(hours=1)


@pytest.fixture
def standin() -> MessageBirdStandIn:
    return MessageBirdStandIn(balance=Decimal(100_000))


@pytest.fixture
def server(standin: MessageBirdStandIn) -> Iterator[StandInServer]:
    with StandInServer(standin) as running:
        yield running


def _provider_ids(db: Database, ids: list[int]) -> list[str]:
    with db.read() as session:
        found = dict(
            session.execute(
                select(OutboxItem.communication_id, OutboxItem.provider_message_id).where(
                    OutboxItem.communication_id.in_(ids)
                )
            ).all()
        )
    return [str(found[communication]) for communication in ids]


def test_an_sms_that_did_not_arrive_is_a_reason_to_call(
    db: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    set_sender(db)
    settings(db, **{"sms.rate": "200"})
    ids = add_messages(db, 2)  # customers with mobile and e-mail, an overdue invoice each
    assert call_list(db, 1, TODAY).entries == ()
    providers = messagebird(server.base_url)
    try:
        summary = send_batch(db, 1, providers=providers, clock=lambda: NOW, concurrency=2)
    finally:
        providers.close()
    assert summary.failed == 0
    failed, arrived = _provider_ids(db, ids)
    standin.ledger.set_delivery(failed, "delivery_failed", reason="absent subscriber")
    standin.ledger.set_delivery(arrived, "delivered")
    provider = MessageBirdSms(
        KEY, base_url=server.base_url, timeouts=Timeouts(connect=2, read=2, write=2, pool=2)
    )
    try:
        check_delivery(
            db, 1, providers={"messagebird": provider}, now=LATER, recheck_after=timedelta(0)
        )
    finally:
        provider.close()

    (entry,) = call_list(db, 1, TODAY).entries
    assert entry.number == "K00000"
    assert entry.reasons == (CallReason.UNDELIVERED,)
    assert [render(m, "nl") for m in entry.reason_messages] == ["bericht niet bezorgd"]
    assert entry.phone == "+31610000000"
    # called (the number checked): off the list
    log_call(db, entry.customer_id, "reached", today=TODAY, note="new number asked")
    assert call_list(db, 1, TODAY).entries == ()
    assert call_list(db, 1, TODAY + timedelta(days=1)).entries == ()
