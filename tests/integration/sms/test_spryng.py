"""Spryng client against its stand-in: Bearer key, Laravel-style refusals, lookup by reference."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from debtordesk.i18n.catalogue import render
from debtordesk.providers.http import NotSent, ProviderFault, RateLimited, Unknown
from debtordesk.providers.sms import SmsRejected, SmsStatus
from debtordesk.providers.spryng import SpryngSms
from tests.integration.sms.conftest import FAST, PATIENT, Serve, assert_no_secret
from tests.standins.server import StandInServer, closed_port, drop, hang, respond
from tests.standins.sms_common import NumberRules
from tests.standins.sms_spryng import SpryngStandIn, fault

KEY = "spryng-live-key-abcdef0123"
TO = "+31612345678"


@pytest.fixture
def standin() -> SpryngStandIn:
    return SpryngStandIn({KEY}, rules=NumberRules(invalid={"+31699999999"}))


@pytest.fixture
def server(serve: Serve, standin: SpryngStandIn) -> StandInServer:
    return serve(standin)


@pytest.fixture
def client(server: StandInServer) -> Iterator[SpryngSms]:
    with SpryngSms(KEY, base_url=server.base_url + "/v1", timeouts=FAST) as sms:
        yield sms


def _patient(server: StandInServer) -> SpryngSms:
    """A client whose lookup after a dropped call waits out a busy machine (no timeout tested)."""
    return SpryngSms(KEY, base_url=server.base_url + "/v1", timeouts=PATIENT)


def _send(client: SpryngSms, **overrides: str):
    values = {"to": TO, "text": "Uw factuur staat open.", "sender": "Kinderopv", "reference": "DD1"}
    values.update(overrides)
    return client.send(**values)


def test_send_puts_the_contract_on_the_wire(
    client: SpryngSms, server: StandInServer, standin: SpryngStandIn
) -> None:
    result = _send(client, text="Beste Doğan")
    assert result.status is SmsStatus.ACCEPTED
    assert result.segments == 1
    (request,) = server.received
    assert (request.method, request.path) == ("POST", "/v1/messages")
    assert request.header("Authorization") == f"Bearer {KEY}"
    assert request.header("Content-Type") == "application/json"
    assert request.json() == {
        "body": "Beste Doğan",
        "encoding": "auto",
        "originator": "Kinderopv",
        "recipients": ["31612345678"],
        "route": "business",
        "reference": "DD1",
    }
    assert standin.ledger.all()[0].id == result.provider_id


def test_numeric_sender_without_plus(client: SpryngSms, server: StandInServer) -> None:
    _send(client, sender="+31201234567")
    assert server.received[0].json()["originator"] == "31201234567"
    with pytest.raises(SmsRejected):
        _send(client, sender="312012345678901")  # 15 digits: Spryng takes 14


def test_wrong_key(server: StandInServer) -> None:
    with (
        SpryngSms("not-the-key-000", base_url=server.base_url + "/v1", timeouts=FAST) as sms,
        pytest.raises(SmsRejected) as caught,
    ):
        _send(sms)
    assert caught.value.wrong_key
    assert caught.value.detail == "Unauthenticated."
    assert_no_secret(caught.value, "not-the-key-000", KEY)


def test_invalid_number_at_spryng(client: SpryngSms) -> None:
    with pytest.raises(SmsRejected) as caught:
        _send(client, to="+31699999999")
    assert (caught.value.reason, caught.value.provider_code) == ("invalid_number", "recipients.0")
    assert "+31699999999" in render(caught.value.message, "en")


def test_insufficient_credits(serve: Serve) -> None:
    standin = SpryngStandIn({KEY}, credits=Decimal("0"))
    server = serve(standin)
    with (
        SpryngSms(KEY, base_url=server.base_url + "/v1", timeouts=FAST) as sms,
        pytest.raises(SmsRejected) as caught,
    ):
        _send(sms)
    assert caught.value.reason == "insufficient_balance"


def test_payment_required_is_a_balance_problem(client: SpryngSms, server: StandInServer) -> None:
    server.inject(fault(402, {"message": "Payment required"}))
    with pytest.raises(SmsRejected) as caught:
        _send(client)
    assert caught.value.reason == "insufficient_balance"


def test_other_refusal_keeps_spryngs_text(client: SpryngSms, server: StandInServer) -> None:
    server.inject(
        fault(
            422,
            {
                "message": "The given data was invalid.",
                "errors": {"route": ["The selected route is invalid."]},
            },
        )
    )
    with pytest.raises(SmsRejected) as caught:
        _send(client)
    assert caught.value.reason == "other"
    assert "The selected route is invalid." in render(caught.value.message, "en")


def test_faults(client: SpryngSms, server: StandInServer) -> None:
    server.inject(respond(429, {"message": "Too Many Attempts."}, headers={"Retry-After": "4"}))
    with pytest.raises(RateLimited) as limited:
        _send(client)
    assert limited.value.retry_after == 4
    server.inject(respond(503, {"message": "Service Unavailable"}))
    with pytest.raises(ProviderFault):
        _send(client)


def test_unknown_outcome_found_by_reference(
    client: SpryngSms, server: StandInServer, standin: SpryngStandIn
) -> None:
    before = datetime.now(UTC)
    server.inject(hang(5), match=lambda r: r.method == "POST")
    with pytest.raises(Unknown):
        _send(client, reference="DD9")
    found = client.lookup(reference="DD9", to=TO, text="x", sent_after=before)
    assert found is not None and found.provider_id == standin.ledger.all()[0].id
    (listing,) = server.requests("GET", "/v1/messages")
    assert listing.query == {"reference": ["DD9"], "recipient_number": ["31612345678"]}
    later = datetime.now(UTC) + timedelta(minutes=10)
    assert client.lookup(reference="DD9", to=TO, text="x", sent_after=later) is None


def test_dropped_before_processing_is_not_found(server: StandInServer) -> None:
    before = datetime.now(UTC)
    server.inject(drop(process=False), match=lambda r: r.method == "POST")
    with _patient(server) as client:
        with pytest.raises(Unknown):
            _send(client, reference="DD10")
        assert client.lookup(reference="DD10", to=TO, text="x", sent_after=before) is None


def test_lookup_by_id(client: SpryngSms) -> None:
    sent = _send(client)
    now = datetime.now(UTC)
    found = client.lookup(
        reference="DD1", to=TO, text="x", sent_after=now, provider_id=sent.provider_id
    )
    assert found is not None and found.provider_id == sent.provider_id
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


def test_test_connection_reports_the_balance(client: SpryngSms) -> None:
    ok = client.test_connection()
    assert (ok.ok, ok.message.code) == (True, "sms.connection_ok_balance")
    assert "500" in render(ok.message, "en")


def test_no_network() -> None:
    with (
        SpryngSms(KEY, base_url=f"http://127.0.0.1:{closed_port()}/v1", timeouts=FAST) as sms,
        pytest.raises(NotSent),
    ):
        _send(sms)
