"""Bird Channels API client against its stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.providers.bird import BirdSms
from debtordesk.providers.http import NotSent, ProviderFault, RateLimited, Unknown
from debtordesk.providers.sms import LookupUnavailable, SmsRejected, SmsStatus
from tests.integration.sms.conftest import FAST, Serve, assert_no_secret
from tests.standins.server import StandInServer, closed_port, drop, hang, respond
from tests.standins.sms_bird import BirdStandIn, fault
from tests.standins.sms_common import NumberRules

KEY = "bird-access-key-0123456789"
WS = "b4e02c85-c6d2-4b15-8885-e09671799c61"
CH = "67e4d358-ca94-421e-98b7-448860df9d33"
TO = "+31612345678"


@pytest.fixture
def standin() -> BirdStandIn:
    return BirdStandIn(
        {KEY}, workspace_id=WS, channel_id=CH, rules=NumberRules(invalid={"+31699999999"})
    )


@pytest.fixture
def server(serve: Serve, standin: BirdStandIn) -> StandInServer:
    return serve(standin)


@pytest.fixture
def client(server: StandInServer) -> Iterator[BirdSms]:
    with BirdSms(
        KEY, workspace_id=WS, channel_id=CH, base_url=server.base_url, timeouts=FAST
    ) as sms:
        yield sms


def _send(client: BirdSms, **overrides: str):
    values = {"to": TO, "text": "Uw factuur staat open.", "sender": "Kinderopv", "reference": "DD1"}
    values.update(overrides)
    return client.send(**values)


def test_send_puts_the_contract_on_the_wire(
    client: BirdSms, server: StandInServer, standin: BirdStandIn
) -> None:
    result = _send(client)
    assert result.status is SmsStatus.ACCEPTED
    assert result.provider_id == standin.ledger.all()[0].id
    (request,) = server.received
    assert (request.method, request.path) == ("POST", f"/workspaces/{WS}/channels/{CH}/messages")
    assert request.header("Authorization") == f"AccessKey {KEY}"
    assert request.header("Content-Type") == "application/json"
    assert request.json() == {
        "receiver": {"contacts": [{"identifierKey": "phonenumber", "identifierValue": TO}]},
        "body": {"type": "text", "text": {"text": "Uw factuur staat open."}},
        "reference": "DD1",
    }


def test_settings_are_required() -> None:
    with pytest.raises(UserError) as caught:
        BirdSms(KEY, workspace_id=WS, channel_id=" ")
    assert "channel_id" in render(caught.value.message, "en")


def test_wrong_key(server: StandInServer) -> None:
    with (
        BirdSms(
            "bird-wrong-key-000",
            workspace_id=WS,
            channel_id=CH,
            base_url=server.base_url,
            timeouts=FAST,
        ) as sms,
        pytest.raises(SmsRejected) as caught,
    ):
        _send(sms)
    assert caught.value.wrong_key
    assert_no_secret(caught.value, "bird-wrong-key-000", KEY)


def test_invalid_number(client: BirdSms) -> None:
    with pytest.raises(SmsRejected) as caught:
        _send(client, to="+31699999999")
    assert (caught.value.reason, caught.value.status) == ("invalid_number", 422)
    assert "identifierValue" in (caught.value.detail or "")


def test_unknown_channel_is_refused_with_birds_text(server: StandInServer) -> None:
    with (
        BirdSms(
            KEY, workspace_id=WS, channel_id="other", base_url=server.base_url, timeouts=FAST
        ) as sms,
        pytest.raises(SmsRejected) as caught,
    ):
        _send(sms)
    assert (caught.value.reason, caught.value.status) == ("other", 404)
    assert "channel not found" in render(caught.value.message, "en")


def test_balance_refusal(client: BirdSms, server: StandInServer) -> None:
    server.inject(fault(402, "PaymentRequired", "Insufficient balance"))
    with pytest.raises(SmsRejected) as caught:
        _send(client)
    assert caught.value.reason == "insufficient_balance"


def test_faults(client: BirdSms, server: StandInServer, standin: BirdStandIn) -> None:
    server.inject(respond(429, {"code": "TooManyRequests", "message": "rate limited"}))
    with pytest.raises(RateLimited):
        _send(client)
    server.inject(fault(500, "InternalError", "internal error"))
    with pytest.raises(ProviderFault):
        _send(client)
    server.inject(hang(5))
    with pytest.raises(Unknown):
        _send(client, reference="DD2")
    server.inject(drop(process=False))
    with pytest.raises(Unknown):
        _send(client, reference="DD3")
    assert [m.reference for m in standin.ledger.all()] == ["DD2"]


def test_lookup_by_id_only(client: BirdSms, standin: BirdStandIn) -> None:
    sent = _send(client)
    now = datetime.now(UTC)
    standin.ledger.set_status(sent.provider_id, "delivery_failed")
    found = client.lookup(
        reference="DD1", to=TO, text="x", sent_after=now, provider_id=sent.provider_id
    )
    assert found is not None
    assert (found.status, found.reason) == (SmsStatus.FAILED, "unreachable handset")
    assert (
        client.lookup(
            reference="DD1",
            to=TO,
            text="x",
            sent_after=now,
            provider_id="00000000-0000-0000-0000-000000000000",
        )
        is None
    )
    with pytest.raises(LookupUnavailable):
        client.lookup(reference="DD1", to=TO, text="x", sent_after=now)


def test_test_connection(client: BirdSms, standin: BirdStandIn) -> None:
    ok = client.test_connection()
    assert (ok.ok, ok.message.code, ok.environment) == (True, "sms.connection_ok", "custom")
    standin.channel_status = "inactive"
    check = client.test_connection()
    assert (check.ok, check.problem, check.message.code) == (
        False,
        "not_available",
        "sms.channel_inactive",
    )
    assert CH in render(check.message, "nl")


def test_test_connection_names_the_problem(server: StandInServer) -> None:
    with BirdSms(
        "bird-wrong-key-000", workspace_id=WS, channel_id=CH, base_url=server.base_url
    ) as sms:
        assert sms.test_connection().problem == "wrong_key"
    with BirdSms(
        KEY, workspace_id=WS, channel_id=CH, base_url=f"http://127.0.0.1:{closed_port()}"
    ) as sms:
        assert sms.test_connection().problem == "no_network"


def test_no_network() -> None:
    with (
        BirdSms(
            KEY,
            workspace_id=WS,
            channel_id=CH,
            base_url=f"http://127.0.0.1:{closed_port()}",
            timeouts=FAST,
        ) as sms,
        pytest.raises(NotSent),
    ):
        _send(sms)
