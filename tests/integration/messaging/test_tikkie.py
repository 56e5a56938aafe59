"""The Tikkie client against the strict Tikkie stand-in: links within the limits, status, faults."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from debtordesk.i18n.catalogue import render
from debtordesk.providers.http import Timeouts
from debtordesk.providers.link_common import LinkState
from debtordesk.providers.payment_links import LinkCustomer, PaymentLinkError
from debtordesk.providers.tikkie import (
    SANDBOX_BASE_URL,
    TikkieConfig,
    TikkieProvider,
    environment_of,
)
from tests.standins.server import StandInServer, closed_port, drop, hang, respond
from tests.standins.tikkie import TikkieStandIn

TODAY = date(2026, 3, 2)
API_KEY = "tikkie-api-key"
CUSTOMER = LinkCustomer(id=1, number="C-1", name="Jansen")


@pytest.fixture
def standin() -> TikkieStandIn:
    return TikkieStandIn(api_keys=(API_KEY,), today=lambda: TODAY)


@pytest.fixture
def server(standin: TikkieStandIn) -> Iterator[StandInServer]:
    with StandInServer(standin) as running:
        yield running


def _provider(
    server: StandInServer, standin: TikkieStandIn, *, read: float = 5.0, token: str | None = None
) -> TikkieProvider:
    token = token or standin.add_app_token(API_KEY)
    config = TikkieConfig(api_key=API_KEY, app_token=token, base_url=server.base_url + "/v2/tikkie")
    return TikkieProvider(
        config,
        timeouts=Timeouts(connect=2, read=read),
        today=lambda: TODAY,
        sleep=lambda seconds: None,
    )


def _create(provider: TikkieProvider, **overrides: object):  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "amount": Decimal("123.45"),
        "description": "Herinnering",
        "reference": "RF18D12345",
        "customer": CUSTOMER,
    }
    values.update(overrides)
    return provider.create_link(**values)  # type: ignore[arg-type]


def test_create_link_within_the_limits(server: StandInServer, standin: TikkieStandIn) -> None:
    with _provider(server, standin) as provider:
        link = _create(provider, description="Tweede herinnering met een heel lange naam erbij")
    assert link is not None
    assert link.url == f"https://tikkie.me/pay/Tikkie/{link.id}"
    (request,) = server.requests("POST", "/paymentrequests")
    body = request.json()
    assert body["amountInCents"] == 12345
    assert body["referenceId"] == "RF18D12345"
    assert len(body["description"]) <= 35
    assert body["description"].startswith("RF18D12345 Tweede herinnering")
    assert body["expiryDate"] == "2026-04-01"  # 30 days when no pay-by date is given
    assert request.header("API-Key") == API_KEY
    assert request.header("Content-Type") == "application/json"
    assert link.expires_at is not None and link.expires_at.date() in (
        date(2026, 4, 1),
        date(2026, 4, 2),
    )


def test_expiry_follows_the_pay_by_date(server: StandInServer, standin: TikkieStandIn) -> None:
    with _provider(server, standin) as provider:
        provider.create_link(
            amount=Decimal("10.00"),
            description="Veertiendagenbrief",
            reference="3201900001234567",
            customer=CUSTOMER,
            pay_by=date(2026, 3, 20),
        )
    assert server.requests("POST")[0].json()["expiryDate"] == "2026-04-03"


def test_reference_outside_tikkies_characters_is_refused_before_sending(
    server: StandInServer, standin: TikkieStandIn
) -> None:
    with _provider(server, standin) as provider, pytest.raises(PaymentLinkError) as info:
        _create(provider, reference="INV#2026;01")
    assert info.value.message.code == "links.tikkie.reference_invalid"
    assert "INV#2026;01" in render(info.value.message)
    assert server.requests("POST") == []


@pytest.mark.parametrize("amount", [Decimal("0"), Decimal("-5"), Decimal("1.005")])
def test_bad_amounts_are_refused_before_sending(
    server: StandInServer, standin: TikkieStandIn, amount: Decimal
) -> None:
    with _provider(server, standin) as provider, pytest.raises(PaymentLinkError) as info:
        _create(provider, amount=amount)
    assert info.value.message.code == "links.amount_invalid"
    assert server.received == []


def test_the_standin_enforces_the_limits(server: StandInServer, standin: TikkieStandIn) -> None:
    """The stand-in itself refuses what Tikkie refuses, with Tikkie's error codes, all at once."""
    import httpx

    token = standin.add_app_token(API_KEY)
    headers = {"API-Key": API_KEY, "X-App-Token": token}
    url = server.base_url + "/v2/tikkie/paymentrequests"
    answer = httpx.post(
        url,
        headers=headers,
        json={
            "description": "x" * 36,
            "amountInCents": "12.00",
            "expiryDate": "2026-03-01",
            "referenceId": "bad;ref",
        },
    )
    assert answer.status_code == 400
    codes = {e["code"] for e in answer.json()["errors"]}
    assert codes == {
        "DESCRIPTION_MAX_LENGTH_EXCEEDED",
        "AMOUNT_IN_CENTS_INVALID",
        "EXPIRY_DATE_NOT_ALLOWED",
        "REFERENCE_ID_INVALID",
    }
    assert all("traceId" in e for e in answer.json()["errors"])
    assert httpx.post(url, headers=headers, content=b"{}").status_code == 415
    other = standin.add_app_token("another-key")
    refused = httpx.get(url, headers={"API-Key": API_KEY, "X-App-Token": other})
    assert refused.json()["errors"][0]["code"] == "APP_TOKEN_ALREADY_IN_USE"
    assert httpx.get(url, headers=headers).json()["errors"][0]["code"] == "PAGE_NUMBER_MISSING"


def test_wrong_app_token_is_reported_and_stops_further_calls(
    server: StandInServer, standin: TikkieStandIn
) -> None:
    with _provider(server, standin, token="0b0ef6f0-3d7a-4b7e-9b7e-0a0a0a0a0a0a") as provider:
        with pytest.raises(PaymentLinkError) as info:
            _create(provider)
        assert info.value.message.code == "http.wrong_key"
        assert "APP_TOKEN_INVALID" in render(info.value.message)
        with pytest.raises(PaymentLinkError):
            _create(provider)
    assert len(server.received) == 1  # the second call did not go out


def test_validation_error_from_tikkie_is_rejected_for_this_link_only(
    server: StandInServer, standin: TikkieStandIn
) -> None:
    standin.max_amount_cents = 10000
    with _provider(server, standin) as provider:
        with pytest.raises(PaymentLinkError) as info:
            _create(provider)
        assert "PAYMENT_REQUEST_MAX_AMOUNT_EXCEEDED" in render(info.value.message)
        assert _create(provider, amount=Decimal("99.00")) is not None


def test_rate_limit_is_waited_for_and_retried(
    server: StandInServer, standin: TikkieStandIn
) -> None:
    waits: list[float] = []
    server.inject(
        respond(429, {"errors": [{"code": "TOO_MANY_REQUESTS"}]}, headers={"Retry-After": "2"})
    )
    provider = _provider(server, standin)
    provider.guard.sleep = waits.append
    with provider:
        link = _create(provider)
    assert link is not None and waits == [2.0]
    assert len(standin.payment_requests) == 1


def test_server_error_is_looked_up_not_retried_blindly(
    server: StandInServer, standin: TikkieStandIn
) -> None:
    server.inject(respond(500, {"errors": [{"code": "INTERNAL_SERVER_ERROR", "message": "x"}]}))
    with _provider(server, standin) as provider, pytest.raises(PaymentLinkError) as info:
        _create(provider)
    assert info.value.message.code == "links.tikkie.uncertain"
    assert "http.fault" in render(info.value.message)
    assert len(server.requests("POST")) == 1
    assert len(server.requests("GET", "/paymentrequests")) == 1  # looked for it first


def test_read_timeout_after_creation_finds_the_request_by_reference(
    server: StandInServer, standin: TikkieStandIn
) -> None:
    # the lookup must answer within the read timeout: 1.5 s leaves a busy machine room (0.3 s did not)
    server.inject(hang(4), match=lambda r: r.method == "POST")
    with _provider(server, standin, read=1.5) as provider:
        link = _create(provider)
    assert link is not None
    assert list(standin.payment_requests) == [link.id]  # one request, not two
    assert len(server.requests("POST")) == 1
    lookup = server.requests("GET", "/paymentrequests")[0]
    assert lookup.query_value("fromDateTime") is not None


def test_dropped_connection_before_creation_makes_no_link_and_does_not_resend(
    server: StandInServer, standin: TikkieStandIn
) -> None:
    server.inject(drop(process=False), match=lambda r: r.method == "POST")
    with _provider(server, standin) as provider, pytest.raises(PaymentLinkError) as info:
        _create(provider)
    assert info.value.message.code == "links.tikkie.uncertain"
    assert "RF18D12345" in render(info.value.message)
    assert len(server.requests("POST")) == 1
    assert standin.payment_requests == {}


def test_dropped_connection_after_creation_is_found(
    server: StandInServer, standin: TikkieStandIn
) -> None:
    server.inject(drop(process=True), match=lambda r: r.method == "POST")
    with _provider(server, standin) as provider:
        link = _create(provider)
    assert link is not None and list(standin.payment_requests) == [link.id]


def test_no_network_stops_the_run_quickly() -> None:
    config = TikkieConfig(
        api_key=API_KEY,
        app_token="0b0ef6f0-3d7a-4b7e-9b7e-0a0a0a0a0a0a",
        base_url=f"http://127.0.0.1:{closed_port()}/v2/tikkie",
    )
    with TikkieProvider(config, sleep=lambda s: None) as provider:
        with pytest.raises(PaymentLinkError) as info:
            _create(provider)
        assert info.value.message.code == "http.not_sent.connect"
        with pytest.raises(PaymentLinkError) as again:
            _create(provider)
        assert again.value.message == info.value.message


def test_status_open_partly_paid_paid_and_expired(
    server: StandInServer, standin: TikkieStandIn
) -> None:
    with _provider(server, standin) as provider:
        link = _create(provider, amount=Decimal("100.00"))
        assert link is not None
        status = provider.get_status(link.id)
        assert status.state is LinkState.OPEN and status.paid_amount == Decimal("0.00")
        standin.pay(link.id, 4000, when=datetime(2026, 3, 3, 9, 0, tzinfo=UTC))
        status = provider.get_status(link.id)
        assert status.state is LinkState.OPEN and status.paid_amount == Decimal("40.00")
        standin.pay(link.id, 6000, when=datetime(2026, 3, 4, 10, 30, tzinfo=UTC))
        status = provider.get_status(link.id)
        assert status.state is LinkState.PAID
        assert status.paid_amount == Decimal("100.00")
        assert status.paid_on == date(2026, 3, 4)
        assert [p.amount for p in status.payments] == [Decimal("40.00"), Decimal("60.00")]
        other = _create(provider, reference="RF18D99999")
        assert other is not None
        standin.expire(other.id)
        assert provider.get_status(other.id).state is LinkState.EXPIRED
        assert provider.archive(other.id) is False  # Tikkie has no call for it
        with pytest.raises(PaymentLinkError) as info:
            provider.get_status("unknowntoken123")
        assert "PAYMENT_REQUEST_NOT_FOUND" in render(info.value.message)
        with pytest.raises(PaymentLinkError):
            provider.get_status("../../x")


def test_connection_test(server: StandInServer, standin: TikkieStandIn) -> None:
    with _provider(server, standin) as provider:
        check = provider.test_connection()
    assert check.ok and check.environment == "custom"
    with _provider(server, standin, token="0b0ef6f0-3d7a-4b7e-9b7e-0a0a0a0a0a0a") as provider:
        check = provider.test_connection()
    assert not check.ok and check.problem == "wrong_key"
    assert "api-sandbox.abnamro.com" in render(check.message)
    config = TikkieConfig(
        api_key="k", app_token="t", base_url=f"http://127.0.0.1:{closed_port()}/v2/tikkie"
    )
    with TikkieProvider(config) as provider:
        check = provider.test_connection()
    assert check.problem == "no_network"
    assert environment_of(SANDBOX_BASE_URL) == "sandbox"
    assert environment_of("https://api.abnamro.com/v2/tikkie") == "live"


def test_sandbox_app_token_from_the_standin(server: StandInServer) -> None:
    import httpx

    answer = httpx.post(
        server.base_url + "/v2/tikkie/sandboxapps", headers={"API-Key": API_KEY}, json={}
    )
    assert answer.status_code == 201
    token = answer.json()["appToken"]
    config = TikkieConfig(api_key=API_KEY, app_token=token, base_url=server.base_url + "/v2/tikkie")
    with TikkieProvider(config) as provider:
        assert provider.test_connection().ok


def test_secrets_never_in_exceptions(server: StandInServer, standin: TikkieStandIn) -> None:
    token = standin.add_app_token(API_KEY)
    server.inject(
        respond(
            401,
            {"errors": [{"code": "APP_TOKEN_DISABLED", "message": f"token {token} is disabled"}]},
        )
    )
    with _provider(server, standin, token=token) as provider:
        with pytest.raises(PaymentLinkError) as info:
            _create(provider)
        assert repr(provider.config).count(token) == 0
    error = info.value
    texts = [str(error), render(error.message), repr(error), str(error.__cause__)]
    assert all(token not in text and API_KEY not in text for text in texts)


@pytest.mark.parametrize("body", [b"<html>gateway</html>", b"[1, 2]", b'{"status": 5}'])
def test_unreadable_answers_are_a_clear_error_not_a_crash(
    server: StandInServer, standin: TikkieStandIn, body: bytes
) -> None:
    from tests.standins.server import Fault, Response

    with _provider(server, standin) as provider:
        link = _create(provider)
        assert link is not None
        server.inject(Fault("respond", response=Response(200, body, {"Content-Type": "text/html"})))
        with pytest.raises(PaymentLinkError) as info:
            provider.get_status(link.id)
        assert info.value.message.code == "links.bad_answer"
        server.inject(Fault("respond", response=Response(201, body, {"Content-Type": "text/html"})))
        with pytest.raises(PaymentLinkError) as info:
            _create(provider, reference="RF18D55555")
        assert info.value.message.code == "links.bad_answer"
