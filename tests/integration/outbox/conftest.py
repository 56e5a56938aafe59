"""The real SMTP server on loopback the outbox's e-mail tests send through (aiosmtpd, implicit TLS with a
test CA): ``pki`` (once per module), ``handler`` (what it received, how it answers) and ``smtp``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.standins.smtp_server import Pki, RunningSmtp, SmtpHandler, make_pki, start_smtp


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def handler() -> SmtpHandler:
    return SmtpHandler()


@pytest.fixture
def smtp(handler: SmtpHandler, pki: Pki) -> Iterator[RunningSmtp]:
    server = start_smtp(handler, pki.server_context, implicit_tls=True)
    try:
        yield server
    finally:
        server.stop()
