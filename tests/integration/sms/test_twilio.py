"""Twilio client against its stand-in, and the official twilio SDK against the same stand-in."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from debtordesk.i18n.catalogue import render
from debtordesk.providers.http import NotSent, ProviderFault, RateLimited, Unknown
from debtordesk.providers.sms import SmsRejected, SmsStatus
from debtordesk.providers.twilio import TwilioSms
from tests.integration.sms.conftest import FAST, PATIENT, Serve, assert_no_secret
from tests.standins.server import StandInServer, closed_port, drop, hang
from tests.standins.sms_common import NumberRules
from tests.standins.sms_twilio import Account, TwilioStandIn, fault, rate_limited

SID = "AC" + "0123456789abcdef" * 2
TOKEN = "t0k3n" + "9" * 27
TRIAL_SID = "AC" + "fedcba9876543210" * 2
TO = "+31612345678"
SERVICE = "MG" + "ab" * 16


@pytest.fixture
def standin() -> TwilioStandIn:
    return TwilioStandIn(
        [Account(SID, TOKEN), Account(TRIAL_SID, TOKEN, trial=True, verified={TO})],
        rules=NumberRules(
            landlines={"+31201234567"}, unsubscribed={"+31611111111"}, invalid={"+31699999999"}
        ),
    )


@pytest.fixture
def server(serve: Serve, standin: TwilioStandIn) -> StandInServer:
    return serve(standin)


@pytest.fixture
def client(server: StandInServer) -> Iterator[TwilioSms]:
    with TwilioSms(SID, TOKEN, base_url=server.base_url, timeouts=FAST) as sms:
        yield sms


def _send(client: TwilioSms, **overrides: str):
    values = {"to": TO, "text": "Uw factuur staat open.", "sender": "Kinderopv", "reference": "DD1"}
    values.update(overrides)
    return client.send(**values)


def test_send_is_form_encoded_with_basic_auth(
    client: TwilioSms, server: StandInServer, standin: TwilioStandIn
) -> None:
    result = _send(client)
    assert result.status is SmsStatus.ACCEPTED
    assert result.provider_id.startswith("SM") and len(result.provider_id) == 34
    assert result.segments == 1
    (request,) = server.requests("POST")
    assert request.path == f"/2010-04-01/Accounts/{SID}/Messages.json"
    assert request.header("Content-Type") == "application/x-www-form-urlencoded"
    expected = base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()
    assert request.header("Authorization") == f"Basic {expected}"
    assert request.form() == {"To": [TO], "Body": ["Uw factuur staat open."], "From": ["Kinderopv"]}
    assert standin.ledger.all()[0].id == result.provider_id


def test_messaging_service_sender(client: TwilioSms, server: StandInServer) -> None:
    _send(client, sender=SERVICE)
    (request,) = server.requests("POST")
    assert request.form()["MessagingServiceSid"] == [SERVICE]
    assert "From" not in request.form()


def test_segments_from_the_provider(client: TwilioSms) -> None:
    assert _send(client, text="ğ" * 71).segments == 2


@pytest.mark.parametrize(
    ("to", "reason", "code"),
    [
        ("+31699999999", "invalid_number", "21211"),
        ("+31201234567", "not_mobile", "21614"),
        ("+31611111111", "unsubscribed", "21610"),
    ],
)
def test_recipient_refusals(client: TwilioSms, to: str, reason: str, code: str) -> None:
    with pytest.raises(SmsRejected) as caught:
        _send(client, to=to)
    assert (caught.value.reason, caught.value.provider_code, caught.value.status) == (
        reason,
        code,
        400,
    )
    assert to in render(caught.value.message, "en")
    assert to in render(caught.value.message, "nl")


def test_trial_account_only_sends_to_verified_numbers(server: StandInServer) -> None:
    with TwilioSms(TRIAL_SID, TOKEN, base_url=server.base_url, timeouts=FAST) as sms:
        assert _send(sms).status is SmsStatus.ACCEPTED
        with pytest.raises(SmsRejected) as caught:
            _send(sms, to="+31687654321")
        assert caught.value.reason == "not_permitted"
        ok = sms.test_connection()
    assert (ok.ok, ok.message.code) == (True, "sms.connection_ok_trial")


def test_wrong_token(server: StandInServer) -> None:
    with (
        TwilioSms(SID, "wrong-token-0000000", base_url=server.base_url, timeouts=FAST) as sms,
        pytest.raises(SmsRejected) as caught,
    ):
        _send(sms)
    assert caught.value.wrong_key
    assert (caught.value.status, caught.value.provider_code) == (401, "20003")
    assert_no_secret(caught.value, "wrong-token-0000000", TOKEN)


def test_sender_refused_by_the_provider(client: TwilioSms, server: StandInServer) -> None:
    server.inject(fault(400, 21212, "The 'From' number Kinderopv is not a valid phone number"))
    with pytest.raises(SmsRejected) as caught:
        _send(client)
    assert caught.value.reason == "sender_invalid"
    assert "Kinderopv" in render(caught.value.message, "en")


def test_body_too_long_from_the_provider(client: TwilioSms, server: StandInServer) -> None:
    server.inject(
        fault(400, 21617, "The concatenated message body exceeds the 1600 character limit.")
    )
    with pytest.raises(SmsRejected) as caught:
        _send(client, text="x" * 1500)
    assert caught.value.reason == "text_too_long"
    assert "1500" in render(caught.value.message, "en").replace(",", "")


def test_too_long_is_refused_before_sending(client: TwilioSms, server: StandInServer) -> None:
    with pytest.raises(SmsRejected) as caught:
        _send(client, text="x" * 1601)
    assert caught.value.checked_locally
    assert server.received == []


def test_rate_limit_and_server_fault(client: TwilioSms, server: StandInServer) -> None:
    server.inject(rate_limited(3))
    with pytest.raises(RateLimited) as limited:
        _send(client)
    assert limited.value.retry_after == 3
    server.inject(fault(500, 20500, "Internal Server Error"))
    with pytest.raises(ProviderFault) as failed:
        _send(client)
    assert failed.value.provider_code == "20500"


def test_unknown_outcome_is_found_by_recipient_time_and_text(
    client: TwilioSms, server: StandInServer, standin: TwilioStandIn
) -> None:
    before = datetime.now(UTC)
    text = "Herinnering: factuur 2026-0042 staat open. Betaal via https://pay.example/q"
    _send(client, text="an earlier, different message")
    server.inject(hang(5), match=lambda r: r.method == "POST")
    with pytest.raises(Unknown):
        _send(client, text=text, reference="DD2")
    found = client.lookup(reference="DD2", to=TO, text=text, sent_after=before)
    assert found is not None
    assert found.provider_id == standin.ledger.all()[-1].id
    # a later window or another text finds nothing
    assert client.lookup(reference="DD2", to=TO, text="other", sent_after=before) is None
    later = datetime.now(UTC) + timedelta(minutes=10)
    assert client.lookup(reference="DD2", to=TO, text=text, sent_after=later) is None


def test_dropped_before_processing_is_not_found(
    server: StandInServer, standin: TwilioStandIn
) -> None:
    before = datetime.now(UTC)
    server.inject(drop(process=False), match=lambda r: r.method == "POST")
    # a patient client: the lookup after the dropped call must not time out on a busy machine
    with TwilioSms(SID, TOKEN, base_url=server.base_url, timeouts=PATIENT) as client:
        with pytest.raises(Unknown):
            _send(client, text="kwijt")
        assert standin.ledger.all() == []
        assert client.lookup(reference="DD1", to=TO, text="kwijt", sent_after=before) is None


def test_lookup_by_sid(client: TwilioSms, standin: TwilioStandIn) -> None:
    sent = _send(client)
    standin.ledger.set_status(sent.provider_id, "delivered")
    found = client.lookup(
        reference="DD1", to=TO, text="x", sent_after=datetime.now(UTC), provider_id=sent.provider_id
    )
    assert found is not None and found.status is SmsStatus.DELIVERED
    standin.ledger.set_status(sent.provider_id, "undelivered")
    found = client.lookup(
        reference="DD1", to=TO, text="x", sent_after=datetime.now(UTC), provider_id=sent.provider_id
    )
    assert found is not None and found.status is SmsStatus.FAILED
    missing = client.lookup(
        reference="DD1", to=TO, text="x", sent_after=datetime.now(UTC), provider_id="SM" + "0" * 32
    )
    assert missing is None


def test_test_connection(server: StandInServer, standin: TwilioStandIn) -> None:
    with TwilioSms(SID, TOKEN, base_url=server.base_url, timeouts=FAST) as sms:
        assert sms.test_connection().message.code == "sms.connection_ok"
        standin.accounts[SID].status = "suspended"
        check = sms.test_connection()
    assert (check.ok, check.problem, check.message.code) == (
        False,
        "not_available",
        "sms.account_inactive",
    )
    assert "suspended" in render(check.message, "en")
    with TwilioSms(SID, "wrong-token-0000000", base_url=server.base_url, timeouts=FAST) as sms:
        assert sms.test_connection().problem == "wrong_key"


def test_no_network() -> None:
    with (
        TwilioSms(SID, TOKEN, base_url=f"http://127.0.0.1:{closed_port()}", timeouts=FAST) as sms,
        pytest.raises(NotSent),
    ):
        _send(sms)


# --------------------------------------------------------------------------- the official SDK


@pytest.fixture
def sdk(server: StandInServer) -> Client:
    client = Client(SID, TOKEN)
    # the SDK builds every URL from its API domain's base URL: point it at the stand-in
    client.api.base_url = server.base_url
    return client


def test_sdk_creates_a_message_on_the_stand_in(
    sdk: Client, server: StandInServer, standin: TwilioStandIn
) -> None:
    message = sdk.messages.create(to=TO, from_="Kinderopv", body="Betaal via https://pay.example/a")
    assert message.sid == standin.ledger.all()[0].id
    assert message.status == "queued"
    assert message.num_segments == "1"
    assert message.to == TO
    assert message.date_created is not None and message.date_created.tzinfo is not None
    (request,) = server.requests("POST")
    # the SDK and our client put the same things on the wire
    assert request.header("Content-Type") == "application/x-www-form-urlencoded"
    assert request.form() == {
        "To": [TO],
        "From": ["Kinderopv"],
        "Body": ["Betaal via https://pay.example/a"],
    }


def test_sdk_reads_back_what_our_client_sent(sdk: Client, client: TwilioSms) -> None:
    sent = _send(client, text="ÄÖÜ test")
    fetched = sdk.messages(sent.provider_id).fetch()
    assert (fetched.body, fetched.to, fetched.status) == ("ÄÖÜ test", TO, "queued")
    listed = sdk.messages.list(to=TO, limit=10)
    assert [m.sid for m in listed] == [sent.provider_id]
    assert sdk.api.v2010.accounts(SID).fetch().status == "active"


def test_sdk_sees_the_stand_in_errors_as_twilio_errors(sdk: Client) -> None:
    with pytest.raises(TwilioRestException) as caught:
        sdk.messages.create(to="+31201234567", from_="Kinderopv", body="x")
    assert (caught.value.status, caught.value.code) == (400, 21614)
    bad = Client(SID, "wrong-token-0000000")
    bad.api.base_url = sdk.api.base_url
    with pytest.raises(TwilioRestException) as denied:
        bad.messages.create(to=TO, from_="Kinderopv", body="x")
    assert (denied.value.status, denied.value.code) == (401, 20003)


def test_the_stand_in_does_not_read_a_json_body_like_twilio(server: StandInServer) -> None:
    import httpx

    response = httpx.post(
        f"{server.base_url}/2010-04-01/Accounts/{SID}/Messages.json",
        json={"To": TO, "From": "Kinderopv", "Body": "x"},
        auth=(SID, TOKEN),
    )
    assert response.status_code == 400
    assert response.json()["code"] == 21604
