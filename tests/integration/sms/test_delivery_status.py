"""Delivery status of a sent SMS, per provider, against the stand-ins: still pending, delivered (with
the provider's time), undelivered with the provider's reason or error code, an unknown message, a
wrong key, and the HTTP layer's failures (500, no answer, no connection) classified like sending.
CM cannot be asked: "not available" without a request. The official twilio SDK reads the same
delivery fields from the Twilio stand-in, to keep the stand-in honest."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from twilio.rest import Client

from debtordesk.providers.bird import BirdSms
from debtordesk.providers.cm import CmSms
from debtordesk.providers.http import NotSent, ProviderFault, RateLimited, Unknown
from debtordesk.providers.messagebird import MessageBirdSms
from debtordesk.providers.sms import DeliveryState, SmsRejected
from debtordesk.providers.spryng import SpryngSms
from debtordesk.providers.twilio import TwilioSms
from tests.integration.sms.conftest import FAST, Serve, assert_no_secret
from tests.standins import sms_messagebird, sms_twilio
from tests.standins.server import StandInServer, closed_port, hang, respond
from tests.standins.sms_bird import BirdStandIn
from tests.standins.sms_common import Ledger
from tests.standins.sms_messagebird import MessageBirdStandIn
from tests.standins.sms_spryng import SpryngStandIn
from tests.standins.sms_twilio import Account, TwilioStandIn

TO = "+31612345678"
SID = "AC" + "0123456789abcdef" * 2
TOKEN = "t0k3n" + "9" * 27
MB_KEY = "live_mbkey0123456789"
SPRYNG_KEY = "spryng-live-key-abcdef0123"
BIRD_KEY = "bird-access-key-0123456789"
WS = "b4e02c85-c6d2-4b15-8885-e09671799c61"
CH = "67e4d358-ca94-421e-98b7-448860df9d33"
WHEN = datetime(2026, 11, 24, 10, 15, 30, tzinfo=UTC)


@dataclass
class Case:
    """One provider: its stand-in, how to make a client (with a key or a wrong one), the provider's
    own status words, and its 500 and 429 answers."""

    name: str
    standin: Callable[[], Any]
    client: Callable[[str, str], Any]  # (base URL, key) -> provider
    secret: str
    wrong: str
    pending: tuple[str, ...]
    delivered: str
    failed: str
    #: (reason, error code) the provider carries for the failed status, and what we expect back
    failure: dict[str, str | None]
    expected_reason: str | None
    expected_code: str | None
    fault_500: Any
    fault_429: Any


def _mb(url: str, key: str) -> MessageBirdSms:
    return MessageBirdSms(key, base_url=url, timeouts=FAST)


def _twilio(url: str, key: str) -> TwilioSms:
    return TwilioSms(SID, key, base_url=url, timeouts=FAST)


def _spryng(url: str, key: str) -> SpryngSms:
    return SpryngSms(key, base_url=url + "/v1", timeouts=FAST)


def _bird(url: str, key: str) -> BirdSms:
    return BirdSms(key, workspace_id=WS, channel_id=CH, base_url=url, timeouts=FAST)


CASES = [
    Case(
        "messagebird",
        lambda: MessageBirdStandIn({MB_KEY}),
        _mb,
        MB_KEY,
        "live_wrong000000000",
        ("sent", "buffered", "scheduled"),
        "delivered",
        "delivery_failed",
        {"reason": "unknown subscriber", "error_code": "1"},
        "unknown subscriber",
        "1",
        sms_messagebird.fault(500, 99, "internal error"),
        sms_messagebird.rate_limited(3),
    ),
    Case(
        "twilio",
        lambda: TwilioStandIn([Account(SID, TOKEN)]),
        _twilio,
        TOKEN,
        "wrong-token-0000000",
        ("queued", "sending", "sent"),
        "delivered",
        "undelivered",
        {"reason": "Unreachable destination handset", "error_code": "30003"},
        "Unreachable destination handset",
        "30003",
        sms_twilio.fault(500, 20500, "Internal Server Error"),
        sms_twilio.rate_limited(3),
    ),
    Case(
        "spryng",
        lambda: SpryngStandIn({SPRYNG_KEY}),
        _spryng,
        SPRYNG_KEY,
        "spryng-wrong-key-000000",
        ("sent", "queued", "scheduled"),
        "delivered",
        "expired",
        {},
        "expired",
        None,
        respond(500, {"message": "Server Error"}),
        respond(429, {"message": "Too Many Attempts."}, headers={"Retry-After": "3"}),
    ),
    Case(
        "bird",
        lambda: BirdStandIn({BIRD_KEY}, workspace_id=WS, channel_id=CH),
        _bird,
        BIRD_KEY,
        "bird-wrong-key-00000000",
        ("accepted", "processing", "sent"),
        "delivered",
        "delivery_failed",
        {"reason": "number not in service"},
        "number not in service",
        None,
        respond(500, {"code": "InternalError", "message": "internal error"}),
        respond(429, {"code": "TooManyRequests", "message": "slow down"}),
    ),
]


@pytest.fixture(params=CASES, ids=lambda case: case.name)
def case(request: pytest.FixtureRequest) -> Case:
    return request.param  # type: ignore[no-any-return]


@dataclass
class Setup:
    case: Case
    standin: Any
    server: StandInServer
    client: Any

    @property
    def ledger(self) -> Ledger:
        return self.standin.ledger  # type: ignore[no-any-return]

    def send(self) -> str:
        result = self.client.send(
            to=TO, text="Uw factuur staat open.", sender="Kinderopv", reference="DD1"
        )
        return str(result.provider_id)


@pytest.fixture
def setup(case: Case, serve: Serve) -> Iterator[Setup]:
    standin = case.standin()
    server = serve(standin)
    client = case.client(server.base_url, case.secret)
    yield Setup(case, standin, server, client)
    client.close()


def test_a_fresh_message_is_pending_and_moves_on_to_delivered(setup: Setup) -> None:
    message_id = setup.send()
    first = setup.client.delivery_status(message_id, reference="DD1", to=TO)
    assert first.state is DeliveryState.PENDING
    assert first.reason is None
    for word in setup.case.pending:  # the provider's own words for "not yet"
        setup.ledger.set_delivery(message_id, word)
        assert setup.client.delivery_status(message_id, to=TO).state is DeliveryState.PENDING
    setup.ledger.set_delivery(message_id, setup.case.delivered, at=WHEN)
    done = setup.client.delivery_status(message_id, reference="DD1", to=TO)
    assert done.state is DeliveryState.DELIVERED
    assert done.provider_status == setup.case.delivered
    assert done.at == WHEN
    assert done.reason is None
    # asked with a GET carrying the same authentication as the send
    send, *gets = setup.server.received
    assert {r.method for r in gets} == {"GET"}
    for name in ("Authorization",):
        assert all(r.header(name) == send.header(name) for r in gets)


def test_an_undelivered_message_carries_the_providers_reason(setup: Setup) -> None:
    message_id = setup.send()
    setup.ledger.set_delivery(message_id, setup.case.failed, at=WHEN, **setup.case.failure)
    answer = setup.client.delivery_status(message_id, reference="DD1", to=TO)
    assert answer.state is DeliveryState.UNDELIVERED
    assert answer.provider_status == setup.case.failed
    assert answer.reason == setup.case.expected_reason
    assert answer.error_code == setup.case.expected_code


def test_a_message_the_provider_does_not_know_is_not_available(setup: Setup) -> None:
    setup.send()
    unknown = {
        "messagebird": "f" * 32,
        "twilio": "SM" + "0" * 32,
        "spryng": "00000000-0000-0000-0000-000000000000",
        "bird": "00000000-0000-0000-0000-000000000000",
    }[setup.case.name]
    answer = setup.client.delivery_status(unknown, to=TO)
    assert answer.state is DeliveryState.NOT_AVAILABLE
    assert answer.provider_status == "not_found"


def test_without_the_providers_id_nothing_is_asked(setup: Setup) -> None:
    assert setup.client.delivery_status(None, reference="DD1", to=TO).state is (
        DeliveryState.NOT_AVAILABLE
    )
    assert setup.server.received == []


def test_a_wrong_key_is_refused_and_kept_out_of_the_error(setup: Setup) -> None:
    message_id = setup.send()
    with (
        setup.case.client(setup.server.base_url, setup.case.wrong) as wrong,
        pytest.raises(SmsRejected) as caught,
    ):
        wrong.delivery_status(message_id, to=TO)
    assert caught.value.wrong_key
    assert caught.value.status == 401
    assert_no_secret(caught.value, setup.case.wrong, setup.case.secret)


def test_failures_are_classified_like_sending(setup: Setup) -> None:
    message_id = setup.send()
    setup.server.inject(setup.case.fault_500)
    with pytest.raises(ProviderFault) as fault:
        setup.client.delivery_status(message_id, to=TO)
    assert_no_secret(fault.value, setup.case.secret)
    setup.server.inject(setup.case.fault_429)
    with pytest.raises(RateLimited):
        setup.client.delivery_status(message_id, to=TO)
    setup.server.inject(hang(5))
    with pytest.raises(Unknown):
        setup.client.delivery_status(message_id, to=TO)
    # and afterwards the same client answers again
    assert setup.client.delivery_status(message_id, to=TO).state is DeliveryState.PENDING
    with (
        setup.case.client(f"http://127.0.0.1:{closed_port()}", setup.case.secret) as gone,
        pytest.raises(NotSent),
    ):
        gone.delivery_status(message_id, to=TO)


def test_spryng_asks_for_the_recipients_and_says_not_available_without_a_status(
    serve: Serve,
) -> None:
    standin = SpryngStandIn({SPRYNG_KEY}, recipient_status=False)
    server = serve(standin)
    with _spryng(server.base_url, SPRYNG_KEY) as client:
        message_id = client.send(to=TO, text="x", sender="Kinderopv", reference="DD1").provider_id
        standin.ledger.set_delivery(message_id, "delivered")
        answer = client.delivery_status(message_id, to=TO)
    assert answer.state is DeliveryState.NOT_AVAILABLE
    assert answer.provider_status == "no_status"
    get = server.requests("GET")[0]
    assert get.path == f"/v1/messages/{message_id}"
    assert get.query == {"with[]": ["recipients"]}


def test_messagebird_reads_the_recipient_of_the_message(serve: Serve) -> None:
    """The recipient item of our number, not just the first one."""
    standin = MessageBirdStandIn({MB_KEY})
    server = serve(standin)
    with _mb(server.base_url, MB_KEY) as client:
        message_id = client.send(to=TO, text="x", sender="Kinderopv", reference="DD1").provider_id
        standin.ledger.set_delivery(message_id, "expired", reason="validity expired")
        answer = client.delivery_status(message_id, to=TO)
        (get,) = server.requests("GET")
    assert (answer.state, answer.reason, answer.error_code) == (
        DeliveryState.UNDELIVERED,
        "validity expired",
        None,
    )
    assert get.path == f"/messages/{message_id}"
    assert get.header("Authorization") == f"AccessKey {MB_KEY}"


def test_cm_cannot_be_asked(serve: Serve) -> None:
    from tests.standins.sms_cm import CmStandIn

    token = "00000000-0000-0000-0000-000000000001"
    server = serve(CmStandIn({token}))
    with CmSms(token, base_url=server.base_url, timeouts=FAST) as client:
        assert client.can_check_delivery is False
        answer = client.delivery_status("DD1", reference="DD1", to=TO)
    assert answer.state is DeliveryState.NOT_AVAILABLE
    assert server.received == []


def test_twilio_sdk_reads_the_same_delivery_fields(serve: Serve) -> None:
    standin = TwilioStandIn([Account(SID, TOKEN)])
    server = serve(standin)
    with _twilio(server.base_url, TOKEN) as client:
        message_id = client.send(to=TO, text="x", sender="Kinderopv", reference="DD1").provider_id
        standin.ledger.set_delivery(
            message_id, "undelivered", reason="Unknown destination handset", error_code="30005"
        )
        ours = client.delivery_status(message_id, to=TO)
    sdk = Client(SID, TOKEN)
    sdk.api.base_url = server.base_url
    theirs = sdk.messages(message_id).fetch()
    assert (theirs.status, theirs.error_code, theirs.error_message) == (
        "undelivered",
        30005,
        "Unknown destination handset",
    )
    assert (ours.provider_status, ours.error_code, ours.reason) == (
        theirs.status,
        str(theirs.error_code),
        theirs.error_message,
    )
    assert theirs.date_updated is not None and ours.at == theirs.date_updated
