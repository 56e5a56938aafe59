"""A real SMTP server on loopback for the e-mail tests: aiosmtpd with TLS from a test CA (trustme).

:func:`start_smtp` runs one in a thread, either with implicit TLS (like port 465) or with STARTTLS required
before anything else (like 587), with AUTH LOGIN/PLAIN checked against one user. The handler keeps every
message it accepted (envelope and raw bytes) and can be told to refuse recipients, answer a temporary
failure, or hang or drop the connection after the whole message was received (the provider may have
accepted it, the client never hears).
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class SmtpHandler:
    username: str = "debiteuren@example.nl"
    password: str = "correct horse battery staple"
    #: recipients answered with 550
    refused: set[str] = field(default_factory=set)
    #: what the end of DATA does: "accept", "defer" (451), "reject" (554), "hang", "drop"
    on_data: str = "accept"
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    release: asyncio.Event | None = None

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = (
            auth_data.login.decode() == self.username
            and auth_data.password.decode() == self.password
        )
        return AuthResult(success=ok, handled=False)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refused:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.received.append(
                Received(
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    bytes(envelope.original_content or envelope.content),
                )
            )
        if self.on_data == "defer":
            return "451 4.3.0 Temporary local problem, try again later"
        if self.on_data == "reject":
            return "554 5.7.1 Message rejected as spam"
        if self.on_data == "hang":
            await asyncio.sleep(30)
        if self.on_data == "drop":
            server.transport.close()
            return "250 never seen"
        return "250 2.0.0 Ok: queued as TEST1"


@dataclass
class Pki:
    """A test CA and a certificate for localhost and 127.0.0.1 issued by it."""

    ca: trustme.CA
    ca_file: Path
    server_context: ssl.SSLContext


def make_pki(folder: Path, names: tuple[str, ...] = ("localhost", "127.0.0.1")) -> Pki:
    ca = trustme.CA()
    certificate = ca.issue_cert(*names)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    certificate.configure_cert(context)
    ca_file = folder / f"ca-{id(ca)}.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return Pki(ca, ca_file, context)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RunningSmtp:
    def __init__(self, controller: Controller, handler: SmtpHandler, port: int) -> None:
        self.controller = controller
        self.handler = handler
        self.port = port

    def stop(self) -> None:
        self.controller.stop()


def start_smtp(
    handler: SmtpHandler,
    server_context: ssl.SSLContext,
    *,
    implicit_tls: bool,
    offer_starttls: bool = True,
    auth: bool = True,
) -> RunningSmtp:
    """An SMTP server on 127.0.0.1: implicit TLS, or STARTTLS required (or not offered at all)."""
    port = _free_port()
    kwargs: dict[str, Any] = {
        "hostname": "127.0.0.1",
        "port": port,
        "ident": "DebtorDesk test SMTP",
    }
    if auth:
        kwargs["authenticator"] = handler.authenticate
        kwargs["auth_require_tls"] = True
    if implicit_tls:
        kwargs["ssl_context"] = server_context
        # aiosmtpd counts only STARTTLS as TLS for AUTH; this connection is TLS from the first byte
        kwargs["auth_require_tls"] = False
    elif offer_starttls:
        kwargs["tls_context"] = server_context
        kwargs["require_starttls"] = True
    else:
        kwargs["auth_require_tls"] = False
    controller = Controller(handler, **kwargs)
    controller.start()
    return RunningSmtp(controller, handler, port)
