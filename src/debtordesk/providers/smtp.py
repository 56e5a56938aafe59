"""E-mail through the organisation's own SMTP server: implicit TLS (465) or STARTTLS (587), certificate
verification always on, login, multipart/alternative plain text + HTML, an optional PDF attachment.

The certificate is checked with ``ssl.create_default_context()`` (CA and host name, TLS 1.2 or newer); a CA
file may replace the system's trust for a self-hosted server or a test, never switch the check off. A server
on 587 that does not offer STARTTLS is refused: nothing is ever sent in plain text.

The Message-ID is made before sending (:meth:`SmtpMailer.new_message_id`), so the outbox can record it
first and find the message again in the server's logs or the recipient's mailbox.

Failures use the classes of the HTTP layer, so the outbox treats every channel alike:

* :class:`SmtpNotSent` (a :class:`~debtordesk.providers.http.NotSent`): no connection, TLS or certificate
  failure, no STARTTLS, or a temporary refusal (4xx) before the message was accepted. Nothing was
  delivered; safe to try again (a configuration problem will fail again, with the same message).
* :class:`SmtpRejected` (a :class:`~debtordesk.providers.http.Rejected`): wrong user name or password,
  sender or recipient refused, the message refused (5xx). Sending it again will not help.
* :class:`SmtpUnknown` (an :class:`~debtordesk.providers.http.Unknown`): the whole message went out and
  the server's final answer never came (timeout, connection dropped): it may have been accepted.

Neither the password nor the message appears in an exception text or a log.
"""

from __future__ import annotations

import contextlib
import email.policy
import logging
import re
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from enum import StrEnum
from pathlib import Path
from typing import NoReturn

from debtordesk.domain.contacts import normalise_email
from debtordesk.domain.messages import Message, MessageParam
from debtordesk.providers.connection import ConnectionCheck
from debtordesk.providers.http import NotSent, ProviderError, Rejected, Unknown, clean_detail

log = logging.getLogger("debtordesk.providers.smtp")

#: how a message goes on the wire: CRLF lines, non-ASCII bodies as quoted-printable or base64 (no 8BITMIME
#: needed from the server)
_POLICY = email.policy.SMTP.clone(cte_type="7bit")

PROVIDER = "smtp"
TITLE = "SMTP"
IMPLICIT_TLS_PORT = 465
SUBMISSION_PORT = 587


class SmtpSecurity(StrEnum):
    #: TLS from the first byte (port 465, RFC 8314)
    TLS = "tls"
    #: a plain connection upgraded with STARTTLS before anything else (port 587)
    STARTTLS = "starttls"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    sender: str
    port: int = IMPLICIT_TLS_PORT
    #: None: TLS on 465, STARTTLS on any other port
    security: SmtpSecurity | None = None
    #: empty: the server takes mail without a login
    username: str = ""
    sender_name: str = ""
    reply_to: str = ""
    #: a CA file to trust instead of the system's (a self-hosted server, a test CA)
    ca_file: Path | None = None
    timeout: float = 30.0

    @property
    def mode(self) -> SmtpSecurity:
        if self.security is not None:
            return self.security
        return SmtpSecurity.TLS if self.port == IMPLICIT_TLS_PORT else SmtpSecurity.STARTTLS


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str = "application/pdf"


@dataclass(frozen=True)
class OutgoingEmail:
    to: str
    subject: str
    text: str
    html: str | None = None
    to_name: str = ""
    attachments: Sequence[Attachment] = field(default_factory=tuple)


@dataclass(frozen=True)
class EmailResult:
    message_id: str
    #: the server's answer to the message, e.g. "250 2.0.0 Ok: queued as 4BXY"
    server_reply: str


# --------------------------------------------------------------------------- errors


class SmtpNotSent(NotSent):
    """Nothing was delivered. ``reason``: connect, timeout, certificate, tls, starttls_missing,
    auth_unsupported, disconnected (the server hung up before the message went out), deferred (a
    temporary 4xx refusal)."""

    def __init__(self, *, reason: str, host: str, **values: MessageParam) -> None:
        super().__init__(provider=TITLE, reason=reason, host=host)
        params: dict[str, MessageParam] = {"provider": TITLE, "host": host}
        params.update(values)
        self.message = Message(f"smtp.not_sent.{reason}", params)
        self.args = (f"smtp.not_sent.{reason} host={host}",)


class SmtpRejected(Rejected):
    """Refused for good; ``status`` is the SMTP reply code (0: refused here before sending).
    ``reason``: wrong_password, sender_refused, recipient_refused, recipient_invalid, header_invalid,
    message_refused, session_refused (the server turned the connection down)."""

    def __init__(
        self, status: int, detail: str | None, *, reason: str, **values: MessageParam
    ) -> None:
        super().__init__(status, str(status) if status else None, detail, provider=TITLE)
        self.reason = reason
        params: dict[str, MessageParam] = {
            "provider": TITLE,
            "status": status,
            "detail": detail or "",
        }
        params.update(values)
        self.message = Message(f"smtp.rejected.{reason}", params)
        self.args = (f"smtp.rejected.{reason} status={status}",)

    @property
    def wrong_key(self) -> bool:
        return self.reason == "wrong_password"

    @property
    def checked_locally(self) -> bool:
        """Refused here before any connection (a bad address or header)."""
        return self.status == 0


class SmtpUnknown(Unknown):
    """The message went out and the final answer did not come back: it may have been accepted."""

    def __init__(self, *, reason: str, host: str, message_id: str) -> None:
        super().__init__(provider=TITLE, reason=reason, host=host)
        self.message = Message(
            f"smtp.unknown.{reason}", {"provider": TITLE, "host": host, "message_id": message_id}
        )
        self.args = (f"smtp.unknown.{reason} host={host}",)


# --------------------------------------------------------------------------- the mailer


def tls_context(ca_file: Path | None = None) -> ssl.SSLContext:
    """Certificate and host name checked, TLS 1.2 at least; ``ca_file`` replaces the system's CAs."""
    context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class SmtpMailer:
    """Sends e-mail through one SMTP server. One connection per :meth:`send` (a desktop sends a few
    hundred a day; a long-lived connection would time out between batches). Thread-safe."""

    provider = PROVIDER

    def __init__(self, settings: SmtpSettings, password: str | None = None) -> None:
        self.settings = settings
        self._password = password or ""
        self._context = tls_context(settings.ca_file)

    # ------------------------------------------------------------------ building

    def new_message_id(self) -> str:
        """A fresh Message-ID in the sender's domain, to record before sending."""
        domain = self.settings.sender.rpartition("@")[2] or None
        return make_msgid(domain=domain)

    def build(self, mail: OutgoingEmail, *, message_id: str) -> EmailMessage:
        """The message as it will be sent: plain text, HTML as its alternative, attachments."""
        to = self._recipient(mail.to)
        for value in (mail.subject, mail.to_name, self.settings.sender_name):
            if "\n" in value or "\r" in value:
                raise SmtpRejected(0, None, reason="header_invalid")
        message = EmailMessage(policy=_POLICY)
        message["From"] = formataddr((self.settings.sender_name, self.settings.sender))
        message["To"] = formataddr((mail.to_name, to))
        if self.settings.reply_to:
            message["Reply-To"] = self.settings.reply_to
        message["Subject"] = mail.subject
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = message_id
        message.set_content(mail.text, subtype="plain", charset="utf-8")
        if mail.html is not None:
            message.add_alternative(mail.html, subtype="html", charset="utf-8")
        for attachment in mail.attachments:
            maintype, _, subtype = attachment.mime_type.partition("/")
            message.add_attachment(
                attachment.content,
                maintype=maintype,
                subtype=subtype or "octet-stream",
                filename=attachment.filename,
            )
        return message

    # ------------------------------------------------------------------ sending

    def send(self, mail: OutgoingEmail, *, message_id: str | None = None) -> EmailResult:
        """Send ``mail``; ``message_id`` as recorded by the caller (a new one when None)."""
        message_id = message_id or self.new_message_id()
        message = self.build(mail, message_id=message_id)
        data = message.as_bytes(policy=_POLICY)
        recipient = self._recipient(mail.to)
        connection = self._connect()
        try:
            self._login(connection)
            reply = self._transaction(connection, recipient, data, message_id)
        finally:
            _close(connection)
        return EmailResult(message_id, reply)

    def test_connection(self) -> ConnectionCheck:
        """Connect, secure the connection, log in, and leave: what worked or exactly what failed."""
        environment = "custom" if self.settings.ca_file else "live"
        try:
            connection = self._connect()
            try:
                self._login(connection)
                code, reply = connection.noop()
                if code != 250:
                    self._refused(code, reply, "session_refused", host=self.settings.host)
                connection.quit()
            except (smtplib.SMTPException, OSError) as exc:
                raise self._connection_error(exc, stage="session") from None
            finally:
                _close(connection)
        except ProviderError as error:
            problem = {
                "connect": "no_network",
                "timeout": "timeout",
                "certificate": "certificate",
                "tls": "config",
                "starttls_missing": "config",
                "auth_unsupported": "config",
                "disconnected": "no_network",
                "deferred": "rejected",
            }.get(getattr(error, "reason", ""), "rejected")
            if isinstance(error, SmtpRejected) and error.wrong_key:
                problem = "wrong_key"
            return ConnectionCheck(False, problem, error.message, environment)
        return ConnectionCheck(
            True,
            "",
            Message(
                "smtp.connection_ok" if self.settings.username else "smtp.connection_ok_no_login",
                {
                    "host": self.settings.host,
                    "port": str(self.settings.port),
                    "security": self.settings.mode.value.upper(),
                },
            ),
            environment,
        )

    # ------------------------------------------------------------------ internals

    def _recipient(self, address: str) -> str:
        checked = normalise_email(address)
        if checked.value is None or not checked.value.isascii():
            raise SmtpRejected(0, None, reason="recipient_invalid", to=address)
        return checked.value

    def _connect(self) -> smtplib.SMTP:
        settings = self.settings
        host = settings.host
        try:
            connection: smtplib.SMTP
            if settings.mode is SmtpSecurity.TLS:
                connection = smtplib.SMTP_SSL(
                    host, settings.port, timeout=settings.timeout, context=self._context
                )
                connection.ehlo()
            else:
                connection = smtplib.SMTP(host, settings.port, timeout=settings.timeout)
                try:
                    connection.ehlo()
                    if not connection.has_extn("starttls"):
                        raise SmtpNotSent(
                            reason="starttls_missing", host=host, port=str(settings.port)
                        )
                    connection.starttls(context=self._context)
                    connection.ehlo()
                except BaseException:
                    _close(connection)
                    raise
        except ProviderError:
            raise
        except (smtplib.SMTPException, OSError) as exc:
            raise self._connection_error(exc, stage="connect") from None
        return connection

    def _login(self, connection: smtplib.SMTP) -> None:
        if not self.settings.username:
            return
        host = self.settings.host
        try:
            connection.login(self.settings.username, self._password)
        except smtplib.SMTPNotSupportedError:
            _close(connection)
            raise SmtpNotSent(reason="auth_unsupported", host=host) from None
        except smtplib.SMTPAuthenticationError as exc:
            _close(connection)
            if 400 <= exc.smtp_code < 500:
                raise SmtpNotSent(
                    reason="deferred",
                    host=host,
                    status=exc.smtp_code,
                    detail=self._detail(exc.smtp_error),
                ) from None
            raise SmtpRejected(
                exc.smtp_code,
                self._detail(exc.smtp_error),
                reason="wrong_password",
                username=self.settings.username,
                host=host,
            ) from None
        except smtplib.SMTPException as exc:
            _close(connection)
            raise self._connection_error(exc, stage="login") from None
        except OSError as exc:
            _close(connection)
            raise self._connection_error(exc, stage="login") from None

    def _transaction(
        self, connection: smtplib.SMTP, recipient: str, data: bytes, message_id: str
    ) -> str:
        """MAIL, RCPT, DATA by hand, so that a failure is known to fall before or after the moment
        the whole message went out."""
        host = self.settings.host
        try:
            code, reply = connection.mail(self.settings.sender)
            if code != 250:
                self._refused(code, reply, "sender_refused", sender=self.settings.sender)
            code, reply = connection.rcpt(recipient)
            if code not in (250, 251):
                self._refused(code, reply, "recipient_refused", to=recipient)
            code, reply = connection.docmd("DATA")
            if code != 354:
                self._refused(code, reply, "message_refused")
        except ProviderError:
            _close(connection)
            raise
        except (smtplib.SMTPException, OSError) as exc:
            _close(connection)
            raise self._connection_error(exc, stage="envelope") from None
        # from here on the server may receive the whole message: a lost answer is an unknown outcome
        try:
            connection.send(_dot_stuffed(data))
            code, reply = connection.getreply()
        except (smtplib.SMTPException, OSError) as exc:
            _close(connection)
            reason = "timeout" if _timed_out(exc) else "dropped"
            raise SmtpUnknown(reason=reason, host=host, message_id=message_id) from None
        if code != 250:
            _close(connection)
            self._refused(code, reply, "message_refused")
        try:
            connection.quit()
        except (smtplib.SMTPException, OSError):
            _close(connection)  # accepted already; a lost QUIT changes nothing
        return f"{code} {self._detail(reply) or ''}".strip()

    def _refused(
        self, code: int, reply: bytes | str, reason: str, **values: MessageParam
    ) -> NoReturn:
        detail = self._detail(reply)
        if 400 <= code < 500:
            raise SmtpNotSent(
                reason="deferred", host=self.settings.host, status=code, detail=detail
            )
        raise SmtpRejected(code, detail, reason=reason, **values)

    def _detail(self, reply: bytes | str | None) -> str | None:
        if reply is None:
            return None
        text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
        return clean_detail(text, [self._password])

    def _connection_error(self, exc: BaseException, *, stage: str) -> ProviderError:
        host = self.settings.host
        if isinstance(exc, ssl.SSLCertVerificationError):
            return SmtpNotSent(
                reason="certificate", host=host, detail=self._detail(exc.verify_message)
            )
        if isinstance(exc, ssl.SSLError):
            return SmtpNotSent(reason="tls", host=host, port=str(self.settings.port))
        if _timed_out(exc):
            return SmtpNotSent(reason="timeout", host=host, port=str(self.settings.port))
        if isinstance(exc, smtplib.SMTPResponseException):
            code = exc.smtp_code
            if 400 <= code < 500:
                return SmtpNotSent(
                    reason="deferred", host=host, status=code, detail=self._detail(exc.smtp_error)
                )
            return SmtpRejected(
                code, self._detail(exc.smtp_error), reason="session_refused", host=host
            )
        log.debug("SMTP %s failed at %s: %s", host, stage, type(exc).__name__)
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            return SmtpNotSent(reason="disconnected", host=host)
        # refused, unreachable, name not found
        return SmtpNotSent(reason="connect", host=host, port=str(self.settings.port))


_LEADING_DOT = re.compile(rb"(?m)^\.")


def _dot_stuffed(data: bytes) -> bytes:
    """The DATA payload: leading dots doubled, CRLF at the end, and the closing dot line."""
    body = _LEADING_DOT.sub(b"..", data)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body + b".\r\n"


def _timed_out(exc: BaseException) -> bool:
    """A timeout, also when smtplib reports it as a closed connection ("timed out" as the cause)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, TimeoutError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _close(connection: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError):
        connection.close()
