"""The SMS and SMTP providers' clerk texts exist in both languages with the same placeholders, every
reason a refusal can carry has its text, and the checks made before sending hold."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from debtordesk.i18n.catalogue import CATALOGUE, render
from debtordesk.providers.sms import (
    REJECTION_REASONS,
    SmsRejected,
    check_recipient,
    check_reference,
    check_sender,
    check_text,
    msisdn,
)

SRC = Path(__file__).resolve().parents[3] / "src" / "debtordesk" / "providers"
MODULES = ["sms.py", "messagebird.py", "bird.py", "cm.py", "twilio.py", "spryng.py", "smtp.py"]


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def _codes_in_source() -> set[str]:
    codes: set[str] = set()
    for name in MODULES:
        source = (SRC / name).read_text(encoding="utf-8")
        codes |= set(re.findall(r'"((?:sms|smtp)\.[a-z_.]+)"', source))
        # codes built from a reason: f"sms.rejected.{reason}", f"smtp.not_sent.{reason}" ...
    return codes


SMTP_REASONS = {
    "smtp.not_sent": (
        "connect",
        "timeout",
        "certificate",
        "tls",
        "starttls_missing",
        "auth_unsupported",
        "disconnected",
        "deferred",
    ),
    "smtp.rejected": (
        "wrong_password",
        "sender_refused",
        "recipient_refused",
        "recipient_invalid",
        "header_invalid",
        "message_refused",
        "session_refused",
    ),
    "smtp.unknown": ("timeout", "dropped"),
}


def _all_codes() -> set[str]:
    codes = _codes_in_source() | {f"sms.rejected.{reason}" for reason in REJECTION_REASONS}
    for prefix, reasons in SMTP_REASONS.items():
        codes |= {f"{prefix}.{reason}" for reason in reasons}
    return codes


def test_every_code_has_english_and_dutch_with_the_same_placeholders() -> None:
    codes = _all_codes()
    assert len(codes) >= 40
    for code in sorted(codes):
        assert code in CATALOGUE, f"no text for {code}"
        english, dutch = CATALOGUE[code]
        assert english.strip() and dutch.strip(), code
        assert english != dutch, code
        assert _placeholders(english) == _placeholders(dutch), code


def test_smtp_reasons_in_the_source_are_all_listed() -> None:
    source = (SRC / "smtp.py").read_text(encoding="utf-8")
    used = set(re.findall(r'reason="([a-z_]+)"', source))
    listed = {reason for reasons in SMTP_REASONS.values() for reason in reasons}
    assert used <= listed


@pytest.mark.parametrize("reason", REJECTION_REASONS)
def test_each_rejection_renders_with_its_values(reason: str) -> None:
    error = SmsRejected(
        422,
        "10",
        "bad thing",
        provider="MessageBird",
        reason=reason,
        to="+31612345678",
        sender="Opvang",
        digits=15,
        length=170,
        limit=160,
        reference="X",
    )
    for language in ("en", "nl"):
        text = render(error.message, language)
        assert "MessageBird" in text or reason == "text_too_long"
        assert "{" not in text


def test_unknown_reason_is_a_bug() -> None:
    with pytest.raises(ValueError, match="unknown SMS rejection reason"):
        SmsRejected(400, None, None, provider="x", reason="nonsense")


@pytest.mark.parametrize("to", ["+31612345678", "+447700900123", "+12025550123"])
def test_e164_recipients(to: str) -> None:
    assert check_recipient(to, provider="x") == to


@pytest.mark.parametrize(
    "to", ["0612345678", "31612345678", "+0612345678", "+31 6 1234 5678", "+3161234567890123", ""]
)
def test_not_e164(to: str) -> None:
    with pytest.raises(SmsRejected) as caught:
        check_recipient(to, provider="x")
    assert caught.value.reason == "invalid_number" and caught.value.checked_locally


def test_msisdn() -> None:
    assert msisdn("+31612345678") == "31612345678"


@pytest.mark.parametrize(
    "sender", ["Kinderopv", "A", "De Vlinder", "Opvang 24", "31612345678", "+31612345678"]
)
def test_senders_accepted(sender: str) -> None:
    assert check_sender(sender, provider="x", max_digits=15) == sender


@pytest.mark.parametrize(
    "sender",
    ["", "Kinderopvang1", " Vlinder", "Vlinder ", "Opvang-24", "Öpvang", "1234567890123456", "+"],
)
def test_senders_refused(sender: str) -> None:
    with pytest.raises(SmsRejected) as caught:
        check_sender(sender, provider="x", max_digits=15)
    assert caught.value.reason == "sender_invalid"


def test_text_checks() -> None:
    assert check_text("a", provider="x", max_chars=1) == "a"
    with pytest.raises(SmsRejected) as empty:
        check_text(" \n", provider="x", max_chars=10)
    assert empty.value.reason == "text_invalid"
    with pytest.raises(SmsRejected) as long:
        check_text("ab", provider="x", max_chars=1)
    assert long.value.reason == "text_too_long"
    assert "2" in render(long.value.message, "en")


def test_reference_checks() -> None:
    assert check_reference("DD123", provider="x") == "DD123"
    for bad in ("", "DD-1", "a" * 33, "DD 1"):
        with pytest.raises(SmsRejected):
            check_reference(bad, provider="x")
