"""Provider settings per administration in org_setting, the provider per channel, the overview, the
connection test, and the payment-link provider the run gets (and a run that puts the link on the
communications through the Mollie and Tikkie stand-ins)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from debtordesk.db.models import AuditLog, Communication, OrgSetting
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.providers.mollie import MollieProvider
from debtordesk.providers.payment_links import LinkCustomer, NullPaymentLinkProvider
from debtordesk.providers.tikkie import TikkieProvider
from debtordesk.services.database import Database, administration_id_for
from debtordesk.services.dunning_run import run_queue
from debtordesk.services.link_reuse import ReusingLinkProvider
from debtordesk.services.provider_settings import (
    PROVIDERS,
    UnavailableLinkProvider,
    channel_provider,
    check_provider_connection,
    close_provider,
    load_provider_settings,
    payment_link_provider_for,
    providers_overview,
    set_provider_settings,
    use_provider,
)
from tests.integration.views.factory import add_customer, add_invoice
from tests.standins.keyrings import MemorySecrets
from tests.standins.mollie import MollieStandIn
from tests.standins.server import StandInServer
from tests.standins.tikkie import TikkieStandIn

MOLLIE_KEY = "test_standinkey1234567890abcdef"
TIKKIE_KEY = "tikkie-api-key"
RUN_DAY = date(2026, 12, 16)


@pytest.fixture
def mollie_server() -> Iterator[tuple[StandInServer, MollieStandIn]]:
    standin = MollieStandIn(api_keys=(MOLLIE_KEY,))
    with StandInServer(standin) as server:
        yield server, standin


def _admin(db: Database) -> int:
    with db.write() as session:
        return administration_id_for(session)


def _set(db: Database, provider: str, **values: str) -> dict[str, object]:
    with db.write() as session:
        return set_provider_settings(session, _admin(db), provider, values, user_id=None)


def _use(db: Database, channel: str, provider: str | None) -> None:
    with db.write() as session:
        use_provider(session, _admin(db), channel, provider, user_id=None)


def test_provider_ids_and_secret_fields_are_exactly_the_documented_ones() -> None:
    assert {p: spec.secret_fields for p, spec in PROVIDERS.items()} == {
        "tikkie": ("api_key", "app_token"),
        "mollie": ("api_key",),
        "messagebird": ("access_key",),
        "bird": ("access_key",),
        "cm": ("product_token",),
        "twilio": ("account_sid", "auth_token"),
        "spryng": ("api_key",),
        "smtp": ("password",),
    }
    for spec in PROVIDERS.values():
        if spec.id != "smtp":
            base = spec.setting("base_url")
            assert base is not None and str(base.default).startswith("https://"), spec.id
    assert PROVIDERS["bird"].setting("workspace_id") and PROVIDERS["bird"].setting("channel_id")


def test_settings_default_store_and_reset(db: Database) -> None:
    admin = _admin(db)
    with db.read() as session:
        assert load_provider_settings(session, admin, "mollie")["base_url"] == (
            "https://api.mollie.com/v2"
        )
    settings = _set(db, "mollie", base_url="http://127.0.0.1:8080/v2/", mode="test", link_days="20")
    assert settings["base_url"] == "http://127.0.0.1:8080/v2"
    assert settings["mode"] == "test" and settings["link_days"] == 20
    settings = _set(db, "mollie", base_url="")
    assert settings["base_url"] == "https://api.mollie.com/v2" and settings["mode"] == "test"
    with db.read() as session:
        keys = set(session.scalars(select(OrgSetting.key)))
        audits = session.scalars(
            select(AuditLog).where(AuditLog.entity == "provider_setting")
        ).all()
    assert keys == {"provider.mollie.mode", "provider.mollie.link_days"}
    assert len(audits) == 4


@pytest.mark.parametrize(
    ("provider", "values", "code"),
    [
        ("mollie", {"api_key": "test_x"}, "providers.secret_as_setting"),
        ("mollie", {"colour": "red"}, "providers.unknown_setting"),
        ("mollie", {"mode": "sandbox"}, "providers.bad_choice"),
        ("mollie", {"base_url": "http://api.mollie.com/v2"}, "providers.bad_url"),
        ("mollie", {"base_url": "https://user:pw@api.mollie.com"}, "providers.bad_url"),
        ("smtp", {"port": "99999"}, "providers.bad_number"),
        ("smtp", {"port": "465", "host": "x\ny"}, "providers.bad_text"),
        ("paypal", {"sender": "x"}, "providers.unknown"),
    ],
)
def test_bad_settings_are_refused_and_nothing_is_written(
    db: Database, provider: str, values: dict[str, str], code: str
) -> None:
    with pytest.raises(UserError) as info:
        _set(db, provider, **values)
    assert info.value.code == code
    assert "{" not in render(info.value.message)
    with db.read() as session:
        assert session.scalars(select(OrgSetting)).all() == []


def test_channel_choice(db: Database) -> None:
    admin = _admin(db)
    _use(db, "paylink", "tikkie")
    _use(db, "sms", "cm")
    with db.read() as session:
        assert channel_provider(session, admin, "paylink") == "tikkie"
        assert channel_provider(session, admin, "sms") == "cm"
        assert channel_provider(session, admin, "email") is None
    with pytest.raises(UserError) as info:
        _use(db, "paylink", "twilio")
    assert info.value.code == "providers.wrong_channel"
    _use(db, "paylink", None)
    with db.read() as session:
        assert channel_provider(session, admin, "paylink") is None


def test_overview_says_which_keys_are_set_never_the_keys(db: Database) -> None:
    _use(db, "paylink", "tikkie")
    secrets = MemorySecrets({("MAIN", "tikkie", "api_key"): TIKKIE_KEY})
    overview = providers_overview(db, _admin(db), secrets)
    tikkie = next(p for p in overview.providers if p.id == "tikkie")
    assert tikkie.in_use and dict(tikkie.secrets) == {"api_key": True, "app_token": False}
    assert overview.channels["paylink"] == "tikkie" and overview.keyring_usable
    assert TIKKIE_KEY not in repr(overview)


def test_no_provider_chosen_gives_the_null_provider(db: Database) -> None:
    provider = payment_link_provider_for(db, _admin(db), secrets=MemorySecrets())
    assert isinstance(provider, NullPaymentLinkProvider)


def test_a_missing_key_gives_no_links_and_says_which(db: Database) -> None:
    _use(db, "paylink", "tikkie")
    secrets = MemorySecrets({("MAIN", "tikkie", "api_key"): TIKKIE_KEY})
    provider = payment_link_provider_for(db, _admin(db), secrets=secrets)
    assert isinstance(provider, UnavailableLinkProvider)
    customer = LinkCustomer(id=1, number="K", name="N")
    assert (
        provider.create_link(amount=Decimal(1), description="d", reference="r", customer=customer)
        is None
    )
    text = render(provider.no_link_reason())
    assert "app_token" in text and "debtordesk secrets set tikkie app_token" in text


def test_configured_providers_are_built_with_their_settings(db: Database) -> None:
    _use(db, "paylink", "mollie")
    _set(db, "mollie", mode="test", base_url="http://127.0.0.1:9/v2")
    secrets = MemorySecrets({("MAIN", "mollie", "api_key"): MOLLIE_KEY})
    provider = payment_link_provider_for(db, _admin(db), secrets=secrets)
    assert isinstance(provider, ReusingLinkProvider)
    inner = provider.inner
    assert isinstance(inner, MollieProvider)
    assert inner.config.mode == "test" and inner.config.base_url == "http://127.0.0.1:9/v2"
    close_provider(provider)
    _use(db, "paylink", "tikkie")
    secrets.set("MAIN", "tikkie", "api_key", TIKKIE_KEY)
    secrets.set("MAIN", "tikkie", "app_token", "0b0ef6f0-3d7a-4b7e-9b7e-0a0a0a0a0a0a")
    provider = payment_link_provider_for(db, _admin(db), secrets=secrets)
    assert isinstance(provider, ReusingLinkProvider)
    assert isinstance(provider.inner, TikkieProvider)
    assert provider.inner.config.base_url == "https://api.abnamro.com/v2/tikkie"
    close_provider(provider)


def test_connection_test_through_the_settings(
    db: Database, mollie_server: tuple[StandInServer, MollieStandIn]
) -> None:
    server, _ = mollie_server
    admin = _admin(db)
    secrets = MemorySecrets()
    check = check_provider_connection(db, admin, "mollie", secrets=secrets)
    assert check.problem == "missing_secret"
    secrets.set("MAIN", "mollie", "api_key", MOLLIE_KEY)
    _set(db, "mollie", base_url=server.base_url + "/v2")
    check = check_provider_connection(db, admin, "mollie", secrets=secrets)
    assert check.problem == "mode_mismatch"  # a test key, the administration says live
    _set(db, "mollie", mode="test")
    assert check_provider_connection(db, admin, "mollie", secrets=secrets).ok
    secrets.set("MAIN", "mollie", "api_key", "test_wrongwrongwrong")
    check = check_provider_connection(db, admin, "mollie", secrets=secrets)
    assert check.problem == "wrong_key" and check.user_fault


def _customer(db: Database) -> None:
    with db.write() as session:
        jan = add_customer(
            session,
            "K-1",
            "Jan Jansen",
            email="jan@example.nl",
            mobile="+31612345678",
            address_line1="Dorpsstraat 1",
            postcode="1234 AB",
            city="Ede",
        )
        add_invoice(session, jan, "F1", date(2026, 12, 8), "100.00")
        add_invoice(session, jan, "F2", date(2026, 12, 9), "50.00")


def test_a_run_with_mollie_puts_the_link_on_the_communications(
    db: Database, mollie_server: tuple[StandInServer, MollieStandIn]
) -> None:
    server, standin = mollie_server
    _customer(db)
    _use(db, "paylink", "mollie")
    _set(db, "mollie", base_url=server.base_url + "/v2", mode="test")
    secrets = MemorySecrets({("MAIN", "mollie", "api_key"): MOLLIE_KEY})
    provider = payment_link_provider_for(db, _admin(db), secrets=secrets)
    try:
        summary = run_queue(db, _admin(db), RUN_DAY, link_provider=provider)
    finally:
        close_provider(provider)
    assert summary.links_created == 1 and summary.links_missing == ()
    (link_id,) = standin.links
    link = standin.links[link_id]
    assert link["amount"] == {"currency": "EUR", "value": "150.00"}
    with db.read() as session:
        rows = session.execute(
            select(
                Communication.payment_link_id,
                Communication.payment_link_url,
                Communication.payment_link_expires_at,
                Communication.payment_reference,
            )
        ).all()
    assert len(rows) == 2
    assert {r.payment_link_id for r in rows} == {link_id}
    assert {r.payment_link_url for r in rows} == {link["_links"]["paymentLink"]["href"]}
    assert all(r.payment_link_expires_at is not None for r in rows)
    (reference,) = {r.payment_reference for r in rows}
    assert reference is not None and link["description"].startswith(reference)


def test_a_run_with_tikkie_and_a_wrong_token_records_why(db: Database) -> None:
    standin = TikkieStandIn(api_keys=(TIKKIE_KEY,))
    _customer(db)
    with StandInServer(standin) as server:
        _use(db, "paylink", "tikkie")
        _set(db, "tikkie", base_url=server.base_url + "/v2/tikkie")
        secrets = MemorySecrets(
            {
                ("MAIN", "tikkie", "api_key"): TIKKIE_KEY,
                ("MAIN", "tikkie", "app_token"): "0b0ef6f0-3d7a-4b7e-9b7e-0a0a0a0a0a0a",
            }
        )
        provider = payment_link_provider_for(db, _admin(db), secrets=secrets)
        try:
            summary = run_queue(db, _admin(db), RUN_DAY, link_provider=provider)
        finally:
            close_provider(provider)
    assert summary.links_created == 0
    ((message, count),) = summary.links_missing
    assert message.code == "http.wrong_key" and count == 1
    with db.read() as session:
        failures = [r.link_failure for r in session.scalars(select(Communication))]
    assert all(f is not None and f["code"] == "http.wrong_key" for f in failures)


# --------------------------------------------------------------------------- SMS and e-mail tests


def test_connection_test_of_an_sms_provider_through_the_settings(db: Database) -> None:
    from tests.standins.sms_messagebird import MessageBirdStandIn

    admin = _admin(db)
    standin = MessageBirdStandIn({"live_mbkey123"})
    with StandInServer(standin) as server:
        _set(db, "messagebird", base_url=server.base_url)
        secrets = MemorySecrets({("MAIN", "messagebird", "access_key"): "live_mbkey123"})
        assert check_provider_connection(db, admin, "messagebird", secrets=secrets).ok
        secrets.set("MAIN", "messagebird", "access_key", "live_wrong")
        check = check_provider_connection(db, admin, "messagebird", secrets=secrets)
    assert check.problem == "wrong_key" and "live_wrong" not in render(check.message)


def test_connection_test_names_a_missing_setting(db: Database) -> None:
    secrets = MemorySecrets(
        {("MAIN", "bird", "access_key"): "k", ("MAIN", "smtp", "password"): "p"}
    )
    check = check_provider_connection(db, _admin(db), "bird", secrets=secrets)
    assert check.problem == "config" and "workspace_id" in render(check.message)
    check = check_provider_connection(db, _admin(db), "smtp", secrets=secrets)
    assert check.problem == "config" and "debtordesk providers set smtp host=" in render(
        check.message
    )


def test_connection_test_of_smtp_through_the_settings(db: Database, tmp_path: Path) -> None:
    from tests.standins.smtp_server import SmtpHandler, make_pki, start_smtp

    pki = make_pki(tmp_path)
    handler = SmtpHandler()
    server = start_smtp(handler, pki.server_context, implicit_tls=True)
    try:
        _set(
            db,
            "smtp",
            host="127.0.0.1",
            port=str(server.port),
            security="tls",
            username=handler.username,
            sender="debiteuren@example.nl",
            ca_file=str(pki.ca_file),
        )
        secrets = MemorySecrets({("MAIN", "smtp", "password"): handler.password})
        assert check_provider_connection(db, _admin(db), "smtp", secrets=secrets).ok
        _set(db, "smtp", ca_file="")  # the system's trust: the test CA is not in it
        check = check_provider_connection(db, _admin(db), "smtp", secrets=secrets)
        assert check.problem == "certificate"
    finally:
        server.stop()
