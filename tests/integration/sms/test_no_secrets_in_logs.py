"""With every logger at DEBUG, sending through each SMS provider (successes and every kind of failure)
leaves no key in the log records, the exception texts or their renderings."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.i18n.catalogue import render
from debtordesk.providers.bird import BirdSms
from debtordesk.providers.cm import CmSms
from debtordesk.providers.messagebird import MessageBirdSms
from debtordesk.providers.spryng import SpryngSms
from debtordesk.providers.twilio import TwilioSms
from tests.integration.sms.conftest import FAST, Serve
from tests.standins.server import App, drop, hang, respond
from tests.standins.sms_bird import BirdStandIn
from tests.standins.sms_cm import CmStandIn
from tests.standins.sms_messagebird import MessageBirdStandIn
from tests.standins.sms_spryng import SpryngStandIn
from tests.standins.sms_twilio import Account, TwilioStandIn

MB_KEY = "live_MBSECRET0123456789"
BIRD_KEY = "BIRDSECRET0123456789"
CM_TOKEN = "cafe0000-CMSECRET-0000-000000000000"
TW_SID = "AC" + "5ec7e70123456789" * 2
TW_TOKEN = "TWSECRET0123456789abcdef01234567"
SP_KEY = "SPRYNGSECRET0123456789"
SECRETS = (MB_KEY, BIRD_KEY, CM_TOKEN, TW_TOKEN, SP_KEY, "WRONGSECRET123456")

Case = tuple[App, Callable[[str, str], Any], str]


def _cases() -> dict[str, Case]:
    return {
        "messagebird": (
            MessageBirdStandIn({MB_KEY}),
            lambda url, key: MessageBirdSms(key, base_url=url, timeouts=FAST),
            MB_KEY,
        ),
        "bird": (
            BirdStandIn({BIRD_KEY}, workspace_id="ws", channel_id="ch"),
            lambda url, key: BirdSms(
                key, workspace_id="ws", channel_id="ch", base_url=url, timeouts=FAST
            ),
            BIRD_KEY,
        ),
        "cm": (
            CmStandIn({CM_TOKEN}),
            lambda url, key: CmSms(key, base_url=url, timeouts=FAST),
            CM_TOKEN,
        ),
        "twilio": (
            TwilioStandIn([Account(TW_SID, TW_TOKEN)]),
            lambda url, key: TwilioSms(TW_SID, key, base_url=url, timeouts=FAST),
            TW_TOKEN,
        ),
        "spryng": (
            SpryngStandIn({SP_KEY}),
            lambda url, key: SpryngSms(key, base_url=url + "/v1", timeouts=FAST),
            SP_KEY,
        ),
    }


@pytest.mark.parametrize("name", ["messagebird", "bird", "cm", "twilio", "spryng"])
def test_no_secret_anywhere(name: str, serve: Serve, caplog: pytest.LogCaptureFixture) -> None:
    app, make, key = _cases()[name]
    server = serve(app)
    caplog.set_level(logging.DEBUG)
    errors: list[DebtorDeskError] = []

    def attempt(provider: Any, **overrides: str) -> None:
        values = {"to": "+31612345678", "text": "Betaal nu", "sender": "Opvang", "reference": "DD1"}
        values.update(overrides)
        try:
            provider.send(**values)
        except DebtorDeskError as error:
            errors.append(error)

    with make(server.base_url, key) as provider:
        attempt(provider)
        for fault in (
            respond(500, {"message": f"echo {key}", "errors": [{"code": 99, "description": key}]}),
            respond(429, None),
            respond(422, {"message": key, "errors": [{"code": 10, "description": key}]}),
            hang(5),
            drop(),
        ):
            server.inject(fault)
            attempt(provider)
        attempt(provider, to="0612")
        provider.test_connection()
        if provider.can_lookup:
            provider.lookup(
                reference="DD1", to="+31612345678", text="Betaal nu", sent_after=datetime.now(UTC)
            )
    with make(server.base_url, "WRONGSECRET123456") as wrong:
        attempt(wrong)
        check = wrong.test_connection()
        assert not check.ok
    assert len(errors) >= 6
    texts = [caplog.text, render(check.message, "en")]
    for error in errors:
        texts += [str(error), repr(error), render(error.message, "en"), render(error.message, "nl")]
        texts += [str(error.__cause__ or ""), str(error.__context__ or "")]
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"{secret} in {text!r}"
