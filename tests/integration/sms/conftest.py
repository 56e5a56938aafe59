"""Shared helpers of the SMS provider tests: running a stand-in, short timeouts, secret checks."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.i18n.catalogue import render
from debtordesk.providers.http import Timeouts
from tests.standins.server import App, StandInServer

#: a read timeout short enough that a held-back answer (hang(5)) becomes Unknown quickly, and long
#: enough that a busy machine (the whole suite on two workers) answers an ordinary request within it:
#: 0.6 s made lookups and sends time out now and then in CI
FAST = Timeouts(connect=2.0, read=2.0, write=2.0, pool=2.0)
#: for a lookup after a dropped or failed call, where a timeout is not what the test is about
PATIENT = Timeouts(connect=5.0, read=15.0, write=5.0, pool=5.0)

Serve = Callable[[App], StandInServer]


@pytest.fixture
def serve() -> Iterator[Callable[[App], StandInServer]]:
    """``serve(app)`` starts a stand-in server for the test and stops it afterwards."""
    servers: list[StandInServer] = []

    def start(app: App) -> StandInServer:
        server = StandInServer(app).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def assert_no_secret(error: DebtorDeskError, *secrets: str) -> None:
    """Neither the exception text nor its rendering in either language carries a secret."""
    texts = [str(error), repr(error), render(error.message, "en"), render(error.message, "nl")]
    for secret in secrets:
        for text in texts:
            assert secret not in text, f"secret in {text!r}"
