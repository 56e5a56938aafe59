"""Every message of the delivery check exists in English and Dutch with the same placeholders, and every
code the delivery code uses is in the catalogue, with the values the code gives it."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from debtordesk.i18n.catalogue import CATALOGUE, render
from debtordesk.i18n.messages_delivery import MESSAGES
from debtordesk.providers.sms import Delivery, DeliveryState
from debtordesk.services.outbox_delivery import undelivered_reason

SOURCE = Path(__file__).resolve().parents[3] / "src" / "debtordesk"
FILES = [SOURCE / "services" / "outbox_delivery.py", SOURCE / "cli" / "delivery.py"]
CODE = re.compile(r"""["']((?:delivery|cli\.delivery|event\.outbox)\.[a-z_.]+)["']""")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_with_the_same_placeholders(code: str) -> None:
    english, dutch = MESSAGES[code]
    assert english.strip() and dutch.strip() and english != dutch
    assert _fields(english) == _fields(dutch), code


def test_every_code_used_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in FILES:
        used.update(CODE.findall(path.read_text(encoding="utf-8")))
    assert {"delivery.undelivered", "event.outbox.undelivered", "cli.delivery.done"} <= used
    assert sorted(code for code in used if code not in CATALOGUE) == []


def test_the_reason_says_the_providers_words_and_code() -> None:
    answer = Delivery(
        DeliveryState.UNDELIVERED,
        provider_status="undelivered",
        reason="Unreachable destination handset",
        error_code="30003",
    )
    reason = undelivered_reason("twilio", answer)
    assert render(reason, "en") == (
        "Twilio could not deliver the SMS: undelivered: Unreachable destination handset (30003)."
    )
    assert render(reason, "nl").startswith("Twilio kon de sms niet afleveren: undelivered")
    bare = undelivered_reason("spryng", Delivery(DeliveryState.UNDELIVERED, "expired", "expired"))
    assert render(bare, "en") == "Spryng could not deliver the SMS: expired."
