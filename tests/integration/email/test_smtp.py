"""SMTP against a real aiosmtpd server on loopback with TLS from a test CA: implicit TLS and STARTTLS,
certificates that do not verify, login, refusals, unknown outcomes, and the delivered message parsed."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from debtordesk.i18n.catalogue import render
from debtordesk.providers.smtp import (
    Attachment,
    OutgoingEmail,
    SmtpMailer,
    SmtpNotSent,
    SmtpRejected,
    SmtpSecurity,
    SmtpSettings,
    SmtpUnknown,
)
from tests.standins.server import closed_port
from tests.standins.smtp_server import Pki, RunningSmtp, SmtpHandler, make_pki, start_smtp

PASSWORD = "correct horse battery staple"
USER = "debiteuren@example.nl"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n" + bytes(range(256))


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def other_pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("other-pki"))


@pytest.fixture
def handler() -> SmtpHandler:
    return SmtpHandler(username=USER, password=PASSWORD)


@pytest.fixture
def tls_server(handler: SmtpHandler, pki: Pki) -> Iterator[RunningSmtp]:
    server = start_smtp(handler, pki.server_context, implicit_tls=True)
    yield server
    server.stop()


@pytest.fixture
def starttls_server(handler: SmtpHandler, pki: Pki) -> Iterator[RunningSmtp]:
    server = start_smtp(handler, pki.server_context, implicit_tls=False)
    yield server
    server.stop()


def _mailer(
    server_port: int,
    ca_file: Path | None,
    *,
    security: SmtpSecurity = SmtpSecurity.TLS,
    password: str = PASSWORD,
    username: str = USER,
    host: str = "localhost",
    timeout: float = 5.0,
) -> SmtpMailer:
    settings = SmtpSettings(
        host=host,
        port=server_port,
        security=security,
        username=username,
        sender="debiteuren@example.nl",
        sender_name="Kinderopvang De Vlinder",
        reply_to="administratie@example.nl",
        ca_file=ca_file,
        timeout=timeout,
    )
    return SmtpMailer(settings, password)


MAIL = OutgoingEmail(
    to="j.jansen@example.com",
    to_name="Łukasz Nowak-Jansen",
    subject="Herinnering factuur 2026-0042 – € 125,00",
    text="Beste heer Nowak,\n\nUw factuur 2026-0042 van € 125,00 staat open.\n.\n..punt\nGroet",
    html="<p>Beste heer Nowak,</p><p>Uw factuur <b>2026-0042</b> van € 125,00 staat open.</p>",
    attachments=(Attachment("herinnering-2026-0042.pdf", PDF),),
)


def _parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _assert_delivered_message(raw: bytes, message_id: str) -> None:
    message = _parse(raw)
    assert message["Message-ID"] == message_id
    assert message["Subject"] == MAIL.subject
    assert message["From"].addresses[0].addr_spec == "debiteuren@example.nl"
    assert message["From"].addresses[0].display_name == "Kinderopvang De Vlinder"
    assert message["To"].addresses[0].addr_spec == "j.jansen@example.com"
    assert message["To"].addresses[0].display_name == "Łukasz Nowak-Jansen"
    assert message["Reply-To"] == "administratie@example.nl"
    assert message["Date"] is not None
    assert message.get_content_type() == "multipart/mixed"
    alternative, attachment = message.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    plain, html = alternative.iter_parts()
    assert plain.get_content_type() == "text/plain"
    assert plain.get_content().replace("\r\n", "\n").rstrip("\n") == MAIL.text
    assert html.get_content_type() == "text/html"
    assert html.get_content().replace("\r\n", "\n").rstrip("\n") == MAIL.html
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "herinnering-2026-0042.pdf"
    assert attachment.get_content_disposition() == "attachment"
    assert attachment.get_content() == PDF
    # the whole message is 7-bit on the wire (no 8BITMIME needed)
    assert max(raw) < 128


def test_implicit_tls_delivers_a_message_that_parses(
    tls_server: RunningSmtp, handler: SmtpHandler, pki: Pki
) -> None:
    mailer = _mailer(tls_server.port, pki.ca_file)
    message_id = mailer.new_message_id()
    assert message_id.endswith("@example.nl>")
    result = mailer.send(MAIL, message_id=message_id)
    assert result.message_id == message_id
    assert result.server_reply.startswith("250")
    (received,) = handler.received
    assert received.mail_from == "debiteuren@example.nl"
    assert received.rcpt_tos == ["j.jansen@example.com"]
    _assert_delivered_message(received.content, message_id)


def test_starttls_delivers_a_message_that_parses(
    starttls_server: RunningSmtp, handler: SmtpHandler, pki: Pki
) -> None:
    mailer = _mailer(starttls_server.port, pki.ca_file, security=SmtpSecurity.STARTTLS)
    result = mailer.send(MAIL)
    (received,) = handler.received
    _assert_delivered_message(received.content, result.message_id)


def test_plain_text_only(tls_server: RunningSmtp, handler: SmtpHandler, pki: Pki) -> None:
    mailer = _mailer(tls_server.port, pki.ca_file)
    mailer.send(OutgoingEmail(to="a@example.com", subject="Test", text="Alleen tekst"))
    message = _parse(handler.received[0].content)
    assert message.get_content_type() == "text/plain"
    assert message.get_content().strip() == "Alleen tekst"


def test_security_follows_the_port_by_default() -> None:
    assert SmtpSettings(host="h", sender="s@example.nl", port=465).mode is SmtpSecurity.TLS
    assert SmtpSettings(host="h", sender="s@example.nl", port=587).mode is SmtpSecurity.STARTTLS


@pytest.mark.parametrize("implicit", [True, False])
def test_a_certificate_from_an_untrusted_ca_is_refused(
    handler: SmtpHandler, pki: Pki, other_pki: Pki, implicit: bool
) -> None:
    server = start_smtp(handler, pki.server_context, implicit_tls=implicit)
    try:
        security = SmtpSecurity.TLS if implicit else SmtpSecurity.STARTTLS
        mailer = _mailer(server.port, other_pki.ca_file, security=security)
        with pytest.raises(SmtpNotSent) as caught:
            mailer.send(MAIL)
        assert caught.value.reason == "certificate"
        assert caught.value.retry_safe
        assert "could not be verified" in render(caught.value.message, "en")
        # nor is the system's trust enough for a test CA
        with pytest.raises(SmtpNotSent) as system:
            _mailer(server.port, None, security=security).send(MAIL)
        assert system.value.reason == "certificate"
        check = mailer.test_connection()
        assert (check.ok, check.problem) == (False, "certificate")
    finally:
        server.stop()
    assert handler.received == []


def test_a_certificate_for_another_host_is_refused(
    handler: SmtpHandler, pki: Pki, tmp_path: Path
) -> None:
    wrong = make_pki(tmp_path, names=("mail.example.org",))
    server = start_smtp(handler, wrong.server_context, implicit_tls=True)
    try:
        with pytest.raises(SmtpNotSent) as caught:
            _mailer(server.port, wrong.ca_file).send(MAIL)
    finally:
        server.stop()
    assert caught.value.reason == "certificate"
    assert handler.received == []


def test_wrong_password(tls_server: RunningSmtp, handler: SmtpHandler, pki: Pki) -> None:
    mailer = _mailer(tls_server.port, pki.ca_file, password="Tr0ub4dor&3-wrong")
    with pytest.raises(SmtpRejected) as caught:
        mailer.send(MAIL)
    error = caught.value
    assert (error.reason, error.status, error.wrong_key) == ("wrong_password", 535, True)
    text = render(error.message, "en")
    assert "refused the login of 'debiteuren@example.nl'" in text
    for rendered in (text, render(error.message, "nl"), str(error), repr(error)):
        assert "Tr0ub4dor&3-wrong" not in rendered
        assert PASSWORD not in rendered
    check = mailer.test_connection()
    assert (check.ok, check.problem) == (False, "wrong_key")
    assert handler.received == []


def test_test_connection(tls_server: RunningSmtp, pki: Pki, handler: SmtpHandler) -> None:
    check = _mailer(tls_server.port, pki.ca_file).test_connection()
    assert check.ok
    assert "certificate verified" in render(check.message, "en")
    assert "TLS" in render(check.message, "en")
    assert handler.received == []
    nothing = _mailer(closed_port(), pki.ca_file).test_connection()
    assert (nothing.ok, nothing.problem) == (False, "no_network")


def test_cannot_connect(pki: Pki) -> None:
    with pytest.raises(SmtpNotSent) as caught:
        _mailer(closed_port(), pki.ca_file).send(MAIL)
    assert caught.value.reason == "connect"
    assert "Could not connect to the mail server localhost" in render(caught.value.message, "en")


def test_recipient_refused(tls_server: RunningSmtp, handler: SmtpHandler, pki: Pki) -> None:
    handler.refused.add("weg@example.com")
    with pytest.raises(SmtpRejected) as caught:
        _mailer(tls_server.port, pki.ca_file).send(
            OutgoingEmail(to="weg@example.com", subject="x", text="x")
        )
    assert (caught.value.reason, caught.value.status) == ("recipient_refused", 550)
    assert "weg@example.com" in render(caught.value.message, "en")
    assert "User unknown" in render(caught.value.message, "en")
    assert handler.received == []


def test_invalid_address_is_refused_before_connecting(pki: Pki) -> None:
    mailer = _mailer(closed_port(), pki.ca_file)
    with pytest.raises(SmtpRejected) as caught:
        mailer.send(OutgoingEmail(to="geen adres", subject="x", text="x"))
    assert (caught.value.reason, caught.value.status) == ("recipient_invalid", 0)
    assert caught.value.checked_locally


def test_line_break_in_subject_is_refused(pki: Pki) -> None:
    with pytest.raises(SmtpRejected) as caught:
        _mailer(closed_port(), pki.ca_file).send(
            OutgoingEmail(to="a@example.com", subject="x\r\nBcc: b@example.com", text="x")
        )
    assert caught.value.reason == "header_invalid"


def test_server_without_starttls_is_never_used_in_plain_text(
    handler: SmtpHandler, pki: Pki
) -> None:
    server = start_smtp(handler, pki.server_context, implicit_tls=False, offer_starttls=False)
    try:
        mailer = _mailer(server.port, pki.ca_file, security=SmtpSecurity.STARTTLS)
        with pytest.raises(SmtpNotSent) as caught:
            mailer.send(MAIL)
        assert caught.value.reason == "starttls_missing"
        assert mailer.test_connection().problem == "config"
    finally:
        server.stop()
    assert handler.received == []


def test_implicit_tls_against_a_starttls_port(starttls_server: RunningSmtp, pki: Pki) -> None:
    with pytest.raises(SmtpNotSent) as caught:
        _mailer(starttls_server.port, pki.ca_file, security=SmtpSecurity.TLS).send(MAIL)
    assert caught.value.reason == "tls"
    assert "465" in render(caught.value.message, "en")


def test_temporary_refusal_is_not_sent(
    tls_server: RunningSmtp, handler: SmtpHandler, pki: Pki
) -> None:
    handler.on_data = "defer"
    with pytest.raises(SmtpNotSent) as caught:
        _mailer(tls_server.port, pki.ca_file).send(MAIL)
    assert caught.value.reason == "deferred"
    assert caught.value.retry_safe
    assert "451" in render(caught.value.message, "en")


def test_message_refused(tls_server: RunningSmtp, handler: SmtpHandler, pki: Pki) -> None:
    handler.on_data = "reject"
    with pytest.raises(SmtpRejected) as caught:
        _mailer(tls_server.port, pki.ca_file).send(MAIL)
    assert (caught.value.reason, caught.value.status) == ("message_refused", 554)


def test_no_answer_after_the_message_went_out_is_unknown(
    tls_server: RunningSmtp, handler: SmtpHandler, pki: Pki
) -> None:
    handler.on_data = "hang"
    mailer = _mailer(tls_server.port, pki.ca_file, timeout=1.0)
    message_id = mailer.new_message_id()
    with pytest.raises(SmtpUnknown) as caught:
        mailer.send(MAIL, message_id=message_id)
    assert caught.value.reason == "timeout"
    assert caught.value.may_have_acted
    assert message_id in render(caught.value.message, "en")
    # the server did receive it: exactly the case that must not be resent blindly
    assert len(handler.received) == 1


def test_connection_dropped_after_the_message_went_out_is_unknown(
    tls_server: RunningSmtp, handler: SmtpHandler, pki: Pki
) -> None:
    handler.on_data = "drop"
    with pytest.raises(SmtpUnknown) as caught:
        _mailer(tls_server.port, pki.ca_file).send(MAIL)
    assert caught.value.reason == "dropped"
    assert len(handler.received) == 1
