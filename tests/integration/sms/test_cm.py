"""CM.com client against its stand-in: token in the body, per-message refusals, no lookup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from debtordesk.i18n.catalogue import render
from debtordesk.providers.cm import CmSms
from debtordesk.providers.http import NotSent, ProviderFault, RateLimited, Unknown
from debtordesk.providers.sms import LookupUnavailable, SmsRejected, SmsStatus
from tests.integration.sms.conftest import FAST, Serve, assert_no_secret
from tests.standins.server import StandInServer, closed_port, drop, hang, respond
from tests.standins.sms_cm import CmStandIn, fault
from tests.standins.sms_common import NumberRules

TOKEN = "7c9a1c2e-8d1b-4f5e-9a33-0123456789ab"
TO = "+31612345678"


@pytest.fixture
def standin() -> CmStandIn:
    return CmStandIn(
        {TOKEN}, rules=NumberRules(invalid={"+31699999999"}, unsubscribed={"+31611111111"})
    )


@pytest.fixture
def server(serve: Serve, standin: CmStandIn) -> StandInServer:
    return serve(standin)


@pytest.fixture
def client(server: StandInServer) -> Iterator[CmSms]:
    with CmSms(TOKEN, base_url=server.base_url, timeouts=FAST) as sms:
        yield sms


def _send(client: CmSms, **overrides: str):
    values = {"to": TO, "text": "Uw factuur staat open.", "sender": "Kinderopv", "reference": "DD1"}
    values.update(overrides)
    return client.send(**values)


def test_send_carries_the_token_in_the_body(
    client: CmSms, server: StandInServer, standin: CmStandIn
) -> None:
    result = _send(client)
    assert result == type(result)("DD1", SmsStatus.ACCEPTED, 1, None)
    (request,) = server.received
    assert request.path == "/v1.0/message"
    assert request.header("Content-Type") == "application/json"
    assert request.header("Authorization") is None
    assert request.json() == {
        "messages": {
            "authentication": {"producttoken": TOKEN},
            "msg": [
                {
                    "from": "Kinderopv",
                    "to": [{"number": TO}],
                    "body": {"type": "AUTO", "content": "Uw factuur staat open."},
                    "reference": "DD1",
                    "allowedChannels": ["SMS"],
                    "minimumNumberOfMessageParts": 1,
                    "maximumNumberOfMessageParts": 8,
                }
            ],
        }
    }
    assert [m.reference for m in standin.ledger.all()] == ["DD1"]


def test_unicode_parts_are_counted_with_66(client: CmSms) -> None:
    # 134 UCS-2 units: 2 parts of 67 elsewhere, 3 parts of 66 at CM
    assert _send(client, text="ł" * 134).segments == 3


def test_unicode_text_above_eight_cm_parts_is_refused_before_sending(
    client: CmSms, server: StandInServer
) -> None:
    with pytest.raises(SmsRejected) as caught:
        _send(client, text="ł" * (8 * 66 + 1))
    assert caught.value.reason == "text_too_long"
    assert caught.value.checked_locally
    assert "528" in render(caught.value.message, "en")
    assert server.received == []


def test_wrong_token(server: StandInServer) -> None:
    wrong = "00000000-dead-beef-0000-000000000000"
    with CmSms(wrong, base_url=server.base_url, timeouts=FAST) as sms:
        with pytest.raises(SmsRejected) as caught:
            _send(sms)
        assert caught.value.wrong_key
        assert (caught.value.status, caught.value.provider_code) == (400, "101")
        assert_no_secret(caught.value, wrong, TOKEN)
        check = sms.test_connection()
    assert (check.ok, check.problem) == (False, "wrong_key")
    assert "refused the key" in render(check.message, "en")


def test_test_connection_sends_nothing(
    client: CmSms, server: StandInServer, standin: CmStandIn
) -> None:
    ok = client.test_connection()
    assert (ok.ok, ok.message.code) == (True, "sms.connection_ok")
    assert server.received[0].json()["messages"]["msg"] == []
    assert standin.ledger.all() == []


@pytest.mark.parametrize(
    ("to", "reason", "code"),
    [("+31699999999", "invalid_number", "303"), ("+31611111111", "blocked", "402")],
)
def test_message_refused_by_cm(client: CmSms, to: str, reason: str, code: str) -> None:
    with pytest.raises(SmsRejected) as caught:
        _send(client, to=to)
    assert (caught.value.reason, caught.value.provider_code, caught.value.status) == (
        reason,
        code,
        400,
    )
    assert to in render(caught.value.message, "en")


def test_partly_refused_answer_200_with_201_is_a_refusal(
    client: CmSms, server: StandInServer
) -> None:
    server.inject(
        respond(
            200,
            {
                "details": "Created 0 message(s)",
                "errorCode": 201,
                "messages": [
                    {
                        "to": TO,
                        "status": "Rejected",
                        "reference": "DD1",
                        "parts": 0,
                        "messageDetails": "Invalid from",
                        "messageErrorCode": 301,
                    }
                ],
            },
        )
    )
    with pytest.raises(SmsRejected) as caught:
        _send(client)
    assert (caught.value.reason, caught.value.status) == ("sender_invalid", 200)
    assert "Kinderopv" in render(caught.value.message, "en")


def test_insufficient_balance(serve: Serve) -> None:
    standin = CmStandIn({TOKEN}, credits=0)
    server = serve(standin)
    with (
        CmSms(TOKEN, base_url=server.base_url, timeouts=FAST) as sms,
        pytest.raises(SmsRejected) as caught,
    ):
        _send(sms)
    assert caught.value.reason == "insufficient_balance"


def test_sender_too_long_is_refused_before_sending(client: CmSms, server: StandInServer) -> None:
    with pytest.raises(SmsRejected) as caught:
        _send(client, sender="12345678901234567")
    assert caught.value.reason == "sender_invalid"
    assert server.received == []
    # sixteen digits are allowed at CM
    assert _send(client, sender="3161234567890123").status is SmsStatus.ACCEPTED


def test_reference_with_a_dash_is_refused_before_sending(client: CmSms) -> None:
    with pytest.raises(SmsRejected) as caught:
        _send(client, reference="DD-1")
    assert caught.value.reason == "reference_invalid"


def test_faults(client: CmSms, server: StandInServer) -> None:
    server.inject(respond(429, None, headers={"Retry-After": "2"}))
    with pytest.raises(RateLimited):
        _send(client)
    server.inject(fault(500, 500, "Internal error"))
    with pytest.raises(ProviderFault):
        _send(client)
    server.inject(hang(5))
    with pytest.raises(Unknown):
        _send(client, reference="DD2")
    server.inject(drop())
    with pytest.raises(Unknown):
        _send(client, reference="DD3")


def test_unexpected_answer_is_unknown(client: CmSms, server: StandInServer) -> None:
    server.inject(respond(200, {"details": "?", "errorCode": 0, "messages": []}))
    with pytest.raises(Unknown) as caught:
        _send(client)
    assert caught.value.code == "sms.unexpected_answer"
    assert caught.value.may_have_acted


def test_lookup_is_not_offered(client: CmSms) -> None:
    assert not client.can_lookup
    with pytest.raises(LookupUnavailable) as caught:
        client.lookup(reference="DD1", to=TO, text="x", sent_after=datetime.now(UTC))
    assert "portal" in render(caught.value.message, "en")


def test_no_network() -> None:
    with (
        CmSms(TOKEN, base_url=f"http://127.0.0.1:{closed_port()}", timeouts=FAST) as sms,
        pytest.raises(NotSent),
    ):
        _send(sms)
