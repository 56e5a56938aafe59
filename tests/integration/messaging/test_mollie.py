"""The Mollie client against the strict Mollie stand-in, and the official SDK against the stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from debtordesk.i18n.catalogue import render
from debtordesk.providers.http import Timeouts
from debtordesk.providers.link_common import LinkState
from debtordesk.providers.mollie import MollieConfig, MollieProvider, key_mode
from debtordesk.providers.payment_links import LinkCustomer, PaymentLinkError
from tests.standins.mollie import MollieStandIn
from tests.standins.server import StandInServer, closed_port, drop, hang, respond

TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)
TEST_KEY = "test_standinkey1234567890abcdef"
LIVE_KEY = "live_standinkey1234567890abcdef"
CUSTOMER = LinkCustomer(id=1, number="C-1", name="Jansen")


@pytest.fixture
def standin() -> MollieStandIn:
    return MollieStandIn(api_keys=(TEST_KEY, LIVE_KEY), now=lambda: NOW)


@pytest.fixture
def server(standin: MollieStandIn) -> Iterator[StandInServer]:
    with StandInServer(standin) as running:
        yield running


def _provider(
    server: StandInServer, *, key: str = TEST_KEY, mode: str = "test", read: float = 5.0
) -> MollieProvider:
    config = MollieConfig(api_key=key, base_url=server.base_url + "/v2", mode=mode)
    return MollieProvider(
        config,
        timeouts=Timeouts(connect=2, read=read),
        today=lambda: TODAY,
        now=lambda: NOW,
        sleep=lambda s: None,
    )


def _create(provider: MollieProvider, **overrides: object):  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "amount": Decimal("123.40"),
        "description": "Herinnering",
        "reference": "RF18D12345",
        "customer": CUSTOMER,
    }
    values.update(overrides)
    return provider.create_link(**values)  # type: ignore[arg-type]


def test_create_payment_link_with_an_idempotency_key(server: StandInServer) -> None:
    with _provider(server) as provider:
        link = _create(provider)
    assert link is not None
    assert link.id.startswith("pl_")
    assert link.url.startswith("https://paymentlink.mollie.com/payment/")
    (request,) = server.requests("POST", "/v2/payment-links")
    body = request.json()
    assert body["amount"] == {"currency": "EUR", "value": "123.40"}
    assert body["description"] == "RF18D12345 Herinnering"
    assert body["expiresAt"].startswith("2026-04-01T23:59:59")
    assert request.header("Authorization") == f"Bearer {TEST_KEY}"
    assert request.header("Idempotency-Key")
    assert link.expires_at is not None and link.expires_at.tzinfo is not None


def test_a_whole_euro_amount_is_sent_with_two_decimals(server: StandInServer) -> None:
    with _provider(server) as provider:
        _create(provider, amount=Decimal("50"))
    assert server.requests("POST")[0].json()["amount"]["value"] == "50.00"


def test_timeout_is_retried_with_the_same_key_and_makes_one_link(
    server: StandInServer, standin: MollieStandIn
) -> None:
    # the retry must answer within the read timeout: 1.5 s leaves a busy machine room (0.3 s did not)
    server.inject(hang(4), match=lambda r: r.method == "POST")
    with _provider(server, read=1.5) as provider:
        link = _create(provider)
    assert link is not None
    posts = server.requests("POST")
    assert len(posts) == 2
    assert posts[0].header("Idempotency-Key") == posts[1].header("Idempotency-Key")
    assert list(standin.links) == [link.id]


def test_dropped_connection_and_server_error_are_retried_with_the_same_key(
    server: StandInServer, standin: MollieStandIn
) -> None:
    server.inject(drop(), match=lambda r: r.method == "POST")
    server.inject(respond(503, {"status": 503, "title": "Service Unavailable"}))
    with _provider(server) as provider:
        link = _create(provider)
    assert link is not None and list(standin.links) == [link.id]
    keys = {r.header("Idempotency-Key") for r in server.requests("POST")}
    assert len(keys) == 1 and len(server.requests("POST")) == 3


def test_each_link_has_its_own_key(server: StandInServer) -> None:
    with _provider(server) as provider:
        _create(provider)
        _create(provider, reference="RF18D99999")
    keys = [r.header("Idempotency-Key") for r in server.requests("POST")]
    assert len(set(keys)) == 2


def test_standin_replays_and_refuses_a_reused_key(server: StandInServer) -> None:
    headers = {"Authorization": f"Bearer {TEST_KEY}", "Idempotency-Key": "k-1"}
    url = server.base_url + "/v2/payment-links"
    body = {"description": "x", "amount": {"currency": "EUR", "value": "1.00"}}
    first = httpx.post(url, headers=headers, json=body)
    again = httpx.post(url, headers=headers, json=body)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert first.json()["id"] == again.json()["id"]
    other = httpx.post(url, headers=headers, json={**body, "description": "y"})
    assert other.status_code == 422


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"amount": {"currency": "EUR", "value": "1.00"}}, "description"),
        ({"description": "x", "amount": {"currency": "EUR", "value": "1.5"}}, "amount.value"),
        ({"description": "x", "amount": {"currency": "EUR", "value": 1.5}}, "amount.value"),
        ({"description": "x", "amount": {"currency": "USD", "value": "1.50"}}, "amount.currency"),
        ({"description": "x", "amount": {"currency": "EUR", "value": "0.00"}}, "amount.value"),
        ({"description": "x", "expiresAt": "2020-01-01T00:00:00+00:00"}, "expiresAt"),
        ({"description": "x", "expiresAt": "2099-01-01"}, "expiresAt"),
        ({"description": "x", "testmode": True}, "testmode"),
        ({"description": "x", "metadata": {"a": 1}}, "metadata"),
        ({"description": "x", "webhookUrl": "http://localhost/hook"}, "webhookUrl"),
    ],
)
def test_standin_enforces_the_contract(
    server: StandInServer, body: dict[str, object], field: str
) -> None:
    answer = httpx.post(
        server.base_url + "/v2/payment-links",
        headers={"Authorization": f"Bearer {TEST_KEY}"},
        json=body,
    )
    assert answer.status_code == 422
    assert answer.headers["Content-Type"] == "application/hal+json"
    problem = answer.json()
    assert problem["status"] == 422 and problem["field"] == field
    assert problem["_links"]["documentation"]["href"]


def test_standin_wants_json_and_a_bearer_key(server: StandInServer) -> None:
    url = server.base_url + "/v2/payment-links"
    form = httpx.post(url, headers={"Authorization": f"Bearer {TEST_KEY}"}, data={"a": "b"})
    assert form.status_code == 415
    for header in ({}, {"Authorization": TEST_KEY}, {"Authorization": "Bearer test_unknown"}):
        answer = httpx.get(url, headers=header)
        assert answer.status_code == 401
        assert answer.json()["detail"] == "Missing authentication, or failed to authenticate"


def test_wrong_key_is_reported_without_the_key(server: StandInServer) -> None:
    with _provider(server, key="test_wrongkey000000000000") as provider:
        with pytest.raises(PaymentLinkError) as info:
            _create(provider)
        assert info.value.message.code == "http.wrong_key"
        check = provider.test_connection()
    assert check.problem == "wrong_key"
    text = render(info.value.message) + str(info.value) + render(check.message)
    assert "test_wrongkey000000000000" not in text


def test_validation_error_names_the_field(server: StandInServer) -> None:
    server.inject(
        respond(
            422,
            {
                "status": 422,
                "title": "Unprocessable Entity",
                "detail": "The amount is lower than the minimum",
                "field": "amount.value",
            },
        )
    )
    with _provider(server) as provider, pytest.raises(PaymentLinkError) as info:
        _create(provider)
    text = render(info.value.message)
    assert "amount.value" in text and "lower than the minimum" in text
    assert len(server.requests("POST")) == 1


def test_mode_mismatch_is_refused_before_any_call(server: StandInServer) -> None:
    with _provider(server, key=TEST_KEY, mode="live") as provider:
        with pytest.raises(PaymentLinkError) as info:
            _create(provider)
        check = provider.test_connection()
    assert info.value.message.code == "links.mollie.mode_mismatch"
    assert check.problem == "mode_mismatch" and check.environment == "test"
    assert server.received == []
    with _provider(server, key="access_abc", mode="live") as provider:
        assert provider.test_connection().problem == "wrong_key"
    assert key_mode(LIVE_KEY) == "live" and key_mode("sk_x") is None


def test_connection_test_ok_and_no_network(server: StandInServer) -> None:
    with _provider(server) as provider:
        check = provider.test_connection()
    assert check.ok and check.environment == "test"
    assert "test" in render(check.message)
    config = MollieConfig(
        api_key=TEST_KEY, base_url=f"http://127.0.0.1:{closed_port()}/v2", mode="test"
    )
    with MollieProvider(config) as provider:
        assert provider.test_connection().problem == "no_network"


def test_status_open_paid_expired_archived(server: StandInServer, standin: MollieStandIn) -> None:
    with _provider(server) as provider:
        link = _create(provider)
        assert link is not None
        assert provider.get_status(link.id).state is LinkState.OPEN
        paid_at = datetime(2026, 3, 5, 14, 0, tzinfo=UTC)
        payment_id = standin.pay(link.id, when=paid_at)
        status = provider.get_status(link.id)
        assert status.state is LinkState.PAID
        assert status.paid_amount == Decimal("123.40") and status.paid_on == date(2026, 3, 5)
        assert [p.id for p in status.payments] == [payment_id]
        second = _create(provider, reference="RF18D99999")
        assert second is not None
        standin.expire(second.id)
        assert provider.get_status(second.id).state is LinkState.EXPIRED
        third = _create(provider, reference="RF18D77777")
        assert third is not None
        assert provider.archive(third.id) is True
        assert standin.links[third.id]["archived"] is True
        assert provider.get_status(third.id).state is LinkState.CLOSED
        patch = server.requests("PATCH")[0]
        assert patch.json() == {"archived": True} and patch.header("Idempotency-Key")
        with pytest.raises(PaymentLinkError):
            provider.get_status("tr_notalink")


def test_live_key_does_not_see_test_links(server: StandInServer) -> None:
    with _provider(server) as provider:
        link = _create(provider)
    assert link is not None
    with _provider(server, key=LIVE_KEY, mode="live") as provider, pytest.raises(PaymentLinkError):
        provider.get_status(link.id)


# --------------------------------------------------------------------------- the official SDK


def _sdk(server: StandInServer, key: str = TEST_KEY):  # type: ignore[no-untyped-def]
    from mollie.api.client import Client

    client = Client(retry=0)
    client.set_api_endpoint(server.base_url)
    client.set_api_key(key)
    return client


def test_sdk_creates_gets_and_lists_links_on_the_standin(
    server: StandInServer, standin: MollieStandIn
) -> None:
    client = _sdk(server)
    expires = (NOW + timedelta(days=30)).replace(microsecond=0).isoformat()
    created = client.payment_links.create(
        {
            "description": "SDK link",
            "amount": {"currency": "EUR", "value": "10.00"},
            "expiresAt": expires,
        }
    )
    assert created.id.startswith("pl_") and created.payment_link.startswith("https://")
    assert not created.is_paid() and created.has_expiration_date()
    request = server.requests("POST")[0]
    assert request.header("Idempotency-Key")  # the SDK sends one too
    standin.pay(created.id)
    fetched = client.payment_links.get(created.id)
    assert fetched.is_paid() and fetched.amount == {"currency": "EUR", "value": "10.00"}
    listed = client.payment_links.list(limit=5)
    assert [link.id for link in listed] == [created.id]
    payments = list(fetched.payments.list())
    assert len(payments) == 1 and payments[0].is_paid()


def test_sdk_understands_the_standins_errors(server: StandInServer) -> None:
    from mollie.api.error import UnauthorizedError, UnprocessableEntityError

    with pytest.raises(UnprocessableEntityError) as info:
        _sdk(server).payment_links.create(
            {"description": "x", "amount": {"currency": "EUR", "value": "1"}}
        )
    assert info.value.field == "amount.value"
    with pytest.raises(UnauthorizedError):
        _sdk(server, "test_unknownkey1234567890").payment_links.list()


def test_our_client_reads_links_the_sdk_made(server: StandInServer) -> None:
    created = _sdk(server).payment_links.create(
        {"description": "made by the SDK", "amount": {"currency": "EUR", "value": "7.50"}}
    )
    with _provider(server) as provider:
        status = provider.get_status(created.id)
    assert status.state is LinkState.OPEN and status.amount == Decimal("7.50")


@pytest.mark.parametrize("body", [b"<html>proxy</html>", b"[1, 2]", b'{"amount": "x"}'])
def test_unreadable_answers_are_a_clear_error_not_a_crash(
    server: StandInServer, body: bytes
) -> None:
    from tests.standins.server import Fault, Response

    with _provider(server) as provider:
        link = _create(provider)
        assert link is not None
        server.inject(
            Fault("respond", response=Response(200, body, {"Content-Type": "text/html"})), times=2
        )
        with pytest.raises(PaymentLinkError) as info:
            provider.get_status(link.id)
        assert info.value.message.code == "links.bad_answer"
        server.clear_faults()
        server.inject(Fault("respond", response=Response(201, body, {"Content-Type": "text/html"})))
        with pytest.raises(PaymentLinkError) as info:
            _create(provider, reference="RF18D55555")
        assert info.value.message.code == "links.bad_answer"


def test_rate_limit_is_waited_for_and_retried_with_the_same_key(
    server: StandInServer, standin: MollieStandIn
) -> None:
    waits: list[float] = []
    server.inject(
        respond(
            429,
            {"status": 429, "title": "Too Many Requests", "detail": "Slow down"},
            headers={"Retry-After": "3"},
        )
    )
    provider = _provider(server)
    provider.guard.sleep = waits.append
    with provider:
        link = _create(provider)
    assert link is not None and waits == [3.0] and len(standin.links) == 1
    keys = {r.header("Idempotency-Key") for r in server.requests("POST")}
    assert len(keys) == 1


def test_a_long_rate_limit_fails_the_link_with_the_wait(server: StandInServer) -> None:
    server.inject(respond(429, {"status": 429}, headers={"Retry-After": "120"}))
    with _provider(server) as provider, pytest.raises(PaymentLinkError) as info:
        _create(provider)
    assert info.value.message.code == "http.rate_limited"
    assert "120" in render(info.value.message)


def test_a_certificate_that_does_not_verify_is_reported(standin: MollieStandIn) -> None:
    import ssl

    import trustme

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("localhost").configure_cert(context)
    with StandInServer(standin, tls=context) as server, _provider(server) as provider:
        check = provider.test_connection()
        with pytest.raises(PaymentLinkError) as info:
            _create(provider)
    assert check.problem == "certificate"
    assert "certificate" in render(check.message)
    assert info.value.message.code == "http.not_sent.certificate"
    assert standin.links == {}
