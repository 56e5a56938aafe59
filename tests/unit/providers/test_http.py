"""The shared HTTP layer: each way a call can fail maps to the class a sender needs for at-most-once."""

from __future__ import annotations

import ssl
from datetime import UTC, datetime

import httpx
import pytest
import trustme

from debtordesk.i18n.catalogue import render
from debtordesk.providers.http import (
    NotSent,
    ProviderFault,
    RateLimited,
    Rejected,
    Timeouts,
    Unknown,
    make_client,
    retry_after,
    send,
)
from tests.standins.server import Request, Response, StandInServer, closed_port, drop, hang, respond

SECRET = "s3cr3t-key-value-123"


def _echo(request: Request) -> Response:
    return Response.json(201, {"ok": True, "path": request.path})


def _parser(response: httpx.Response) -> tuple[str | None, str | None]:
    body = response.json()
    return body.get("code"), body.get("message")


@pytest.fixture
def server() -> StandInServer:
    with StandInServer(_echo) as running:
        yield running


def _client(server: StandInServer, read: float = 5.0) -> httpx.Client:
    return make_client(server.base_url + "/v1", timeouts=Timeouts(connect=2, read=read))


def _send(client: httpx.Client) -> httpx.Response:
    return send(
        client,
        "POST",
        "things",
        provider="acme",
        json={"a": 1},
        error_parser=_parser,
        secrets=[SECRET],
    )


def test_success_keeps_the_base_path(server: StandInServer) -> None:
    with _client(server) as client:
        response = _send(client)
    assert response.status_code == 201
    assert response.json()["path"] == "/v1/things"
    assert server.requests("POST", "/v1/things")[0].json() == {"a": 1}


def test_connection_refused_is_not_sent() -> None:
    with make_client(f"http://127.0.0.1:{closed_port()}") as client, pytest.raises(NotSent) as info:
        _send(client)
    assert info.value.reason == "connect"
    assert info.value.retry_safe and not info.value.may_have_acted
    assert "127.0.0.1" in render(info.value.message)


def test_unresolvable_host_is_not_sent() -> None:
    with make_client("http://no-such-host.invalid") as client, pytest.raises(NotSent) as info:
        _send(client)
    assert info.value.reason == "connect"


def test_bad_scheme_is_a_configuration_problem() -> None:
    with make_client("ftp://example.com") as client, pytest.raises(NotSent) as info:
        _send(client)
    assert info.value.reason == "config"


@pytest.mark.parametrize("status", [401, 403])
def test_wrong_key(server: StandInServer, status: int) -> None:
    server.inject(respond(status, {"code": "KEY_BAD", "message": f"key {SECRET} unknown"}))
    with _client(server) as client, pytest.raises(Rejected) as info:
        _send(client)
    error = info.value
    assert error.wrong_key and error.status == status and error.provider_code == "KEY_BAD"
    assert SECRET not in str(error) and SECRET not in render(error.message)
    assert SECRET not in (error.detail or "")
    assert "***" in (error.detail or "")


def test_validation_error_is_rejected_with_the_provider_text(server: StandInServer) -> None:
    server.inject(respond(422, {"code": "AMOUNT", "message": "The amount is too low"}))
    with _client(server) as client, pytest.raises(Rejected) as info:
        _send(client)
    assert not info.value.wrong_key
    assert "The amount is too low" in render(info.value.message)
    assert info.value.status == 422


def test_rate_limited_with_retry_after(server: StandInServer) -> None:
    server.inject(respond(429, {"code": "SLOW"}, headers={"Retry-After": "7"}))
    with _client(server) as client, pytest.raises(RateLimited) as info:
        _send(client)
    assert info.value.retry_after == 7.0 and info.value.retry_safe
    assert "7" in render(info.value.message)


def test_rate_limited_without_retry_after(server: StandInServer) -> None:
    server.inject(respond(429, None))
    with _client(server) as client, pytest.raises(RateLimited) as info:
        _send(client)
    assert info.value.retry_after is None
    assert "{" not in render(info.value.message)


def test_retry_after_as_http_date() -> None:
    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    response = httpx.Response(429, headers={"Retry-After": "Sun, 01 Mar 2026 12:00:30 GMT"})
    assert retry_after(response, now) == 30.0
    assert retry_after(httpx.Response(429, headers={"Retry-After": "soon"})) is None


def test_server_fault(server: StandInServer) -> None:
    server.inject(respond(500, {"code": "INTERNAL_SERVER_ERROR", "message": "oops"}))
    with _client(server) as client, pytest.raises(ProviderFault) as info:
        _send(client)
    assert info.value.status == 500 and info.value.may_have_acted


def test_error_body_that_is_not_json(server: StandInServer) -> None:
    server.inject(respond(502, None))
    with _client(server) as client, pytest.raises(ProviderFault) as info:
        _send(client)
    assert info.value.provider_code is None


def test_read_timeout_is_unknown_and_the_request_was_received(server: StandInServer) -> None:
    server.inject(hang(5))
    with _client(server, read=0.3) as client, pytest.raises(Unknown) as info:
        _send(client)
    assert info.value.reason == "timeout" and info.value.may_have_acted
    assert [r.fault for r in server.received] == ["hang"]


def test_dropped_connection_is_unknown(server: StandInServer) -> None:
    server.inject(drop())
    with _client(server) as client, pytest.raises(Unknown) as info:
        _send(client)
    assert info.value.reason == "dropped"
    assert [r.fault for r in server.received] == ["drop"]
    # the next request on a fresh connection works again
    with _client(server) as client:
        assert _send(client).status_code == 201


def test_fault_applies_to_matching_requests_only(server: StandInServer) -> None:
    server.inject(respond(500, {}), match=lambda r: r.path.endswith("/other"))
    with _client(server) as client:
        assert _send(client).status_code == 201
        with pytest.raises(ProviderFault):
            send(client, "GET", "other", provider="acme")


def test_untrusted_certificate_is_not_sent_and_a_trusted_one_works() -> None:
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(server_context)
    with StandInServer(_echo, tls=server_context) as server:
        with make_client(server.base_url) as client, pytest.raises(NotSent) as info:
            _send(client)
        assert info.value.reason == "certificate"
        trusted = ssl.create_default_context()
        ca.configure_trust(trusted)
        with make_client(server.base_url, verify=trusted) as client:
            assert _send(client).status_code == 201


def test_verification_cannot_be_switched_off() -> None:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with pytest.raises(ValueError, match="verification"):
        make_client("https://example.com", verify=context)


def test_exception_chain_does_not_quote_the_url() -> None:
    url = f"http://127.0.0.1:{closed_port()}/Accounts/{SECRET}"
    with make_client(url) as client, pytest.raises(NotSent) as info:
        send(client, "GET", "x", provider="acme")
    assert SECRET not in str(info.value)
    assert SECRET not in str(info.value.__cause__)
