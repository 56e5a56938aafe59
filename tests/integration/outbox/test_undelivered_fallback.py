"""An SMS the provider reports as not delivered keeps SMS away from that number (both engines): the
next queue sees the customer's mobile as unreachable by SMS (the engine then falls back to e-mail or a
letter, with that reason) until the number changes or a later SMS to the customer arrives."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from debtordesk.db.models import Customer
from debtordesk.services.database import Database
from debtordesk.services.dunning_queue import load_dunning_input
from tests.integration.outbox.factory import add_messages, messagebird, set_sender, settings
from tests.integration.outbox.test_delivery import _check, _mb, _row, _send
from tests.standins.server import StandInServer
from tests.standins.sms_messagebird import MessageBirdStandIn

TODAY = date(2026, 12, 16)


@pytest.fixture
def standin() -> MessageBirdStandIn:
    return MessageBirdStandIn(balance=Decimal(100_000))


@pytest.fixture
def server(standin: MessageBirdStandIn) -> Iterator[StandInServer]:
    with StandInServer(standin) as running:
        yield running


def _reported(db: Database) -> dict[int, bool]:
    with db.read() as session:
        data = load_dunning_input(session, 1, TODAY)
    return {c.id: c.mobile_undelivered for c in data.customers}


def test_an_undelivered_sms_keeps_sms_away_from_that_number(
    db: Database, server: StandInServer, standin: MessageBirdStandIn
) -> None:
    set_sender(db)
    settings(db, **{"sms.rate": "200"})
    ids = add_messages(db, 2)
    _send(db, messagebird(server.base_url))
    first, second = (_row(db, cid)[1] for cid in ids)
    standin.ledger.set_delivery(first["pid"], "delivered")
    standin.ledger.set_delivery(second["pid"], "delivery_failed", reason="unknown subscriber")
    provider = _mb(server)
    try:
        summary = _check(db, {"messagebird": provider})
    finally:
        provider.close()
    assert (summary.delivered, summary.undelivered) == (1, 1)
    reported = _reported(db)
    assert reported[first["customer_id"]] is False
    assert reported[second["customer_id"]] is True
    # the clerk corrects the number: SMS may go to the new one
    with db.write() as session:
        session.get_one(Customer, second["customer_id"]).mobile = "+31687654321"
    assert _reported(db)[second["customer_id"]] is False
