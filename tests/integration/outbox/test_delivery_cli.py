"""``debtordesk delivery`` and the delivery part of ``debtordesk poll``, through the command line with
the provider set up by the CLI (key in a test keyring) and the MessageBird stand-in, on both engines."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from debtordesk.cli import main
from debtordesk.db.models import Communication, OutboxItem
from debtordesk.domain.dunning.model import CommunicationStatus
from debtordesk.services.database import Database
from tests.integration.outbox.factory import KEY, PAST, add_messages, open_windows, set_sender
from tests.standins.keyrings import MEMORY_BACKEND, MemoryKeyring
from tests.standins.server import StandInServer
from tests.standins.sms_messagebird import MessageBirdStandIn

_S = CommunicationStatus


@pytest.fixture(autouse=True)
def _test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", MEMORY_BACKEND)
    MemoryKeyring.store.clear()
    yield
    MemoryKeyring.store.clear()


@pytest.fixture
def standin() -> Iterator[tuple[StandInServer, MessageBirdStandIn]]:
    app = MessageBirdStandIn()
    with StandInServer(app) as server:
        yield server, app


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


class _Cli:
    def __init__(
        self, db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.db, self.capsys, self.monkeypatch = db, capsys, monkeypatch

    def __call__(self, *args: str, stdin: str = "") -> tuple[int, Any, str]:
        self.capsys.readouterr()
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        status = main(["--db", _url(self.db), "--lang", "en", *args])
        captured = self.capsys.readouterr()
        out: Any = captured.out
        if "--json" in args and captured.out.strip():
            out = json.loads(captured.out)
        return status, out, captured.err


@pytest.fixture
def cli(db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> _Cli:
    return _Cli(db, capsys, monkeypatch)


def _sent(db: Database, cli: _Cli, server: StandInServer, count: int) -> list[int]:
    set_sender(db)
    open_windows(db)
    assert cli("secrets", "set", "messagebird", "access_key", stdin=KEY)[0] == 0
    assert (
        cli("providers", "set", "messagebird", f"base_url={server.base_url}", "sender=Zonnetje")[0]
        == 0
    )
    assert cli("providers", "use", "sms", "messagebird")[0] == 0
    ids = add_messages(db, count, send_on=PAST)
    status, out, err = cli("send", "--json")
    assert status == 0, err
    assert out["sent"] == count
    return ids


def _pids(db: Database, ids: list[int]) -> list[str]:
    with db.read() as session:
        found = dict(
            session.execute(
                select(OutboxItem.communication_id, OutboxItem.provider_message_id).where(
                    OutboxItem.communication_id.in_(ids)
                )
            ).all()
        )
    return [str(found[cid]) for cid in ids]


def _statuses(db: Database, ids: list[int]) -> list[CommunicationStatus]:
    with db.read() as session:
        found = dict(
            session.execute(
                select(Communication.id, Communication.status).where(Communication.id.in_(ids))
            ).all()
        )
    return [found[cid] for cid in ids]


def test_delivery_records_and_lists_who_did_not_get_the_sms(
    db: Database, cli: _Cli, standin: tuple[StandInServer, MessageBirdStandIn]
) -> None:
    server, app = standin
    ids = _sent(db, cli, server, 3)
    pids = _pids(db, ids)
    app.ledger.set_delivery(pids[0], "delivered")
    app.ledger.set_delivery(pids[1], "delivery_failed", reason="unknown subscriber", error_code="1")
    status, out, err = cli("delivery", "--json")
    assert status == 0, err
    assert {k: out[k] for k in ("candidates", "asked", "delivered", "undelivered", "pending")} == {
        "candidates": 3,
        "asked": 3,
        "delivered": 1,
        "undelivered": 1,
        "pending": 1,
    }
    assert out["problems"] == [] and out["days"] == 3
    (missed,) = out["did_not_arrive"]
    assert missed["customer"] == "K00001" and missed["to"] == "+31610000001"
    assert missed["communication"] == ids[1]
    assert "unknown subscriber" in missed["reason"]
    assert _statuses(db, ids) == [_S.DELIVERED, _S.FAILED, _S.SENT]

    # the text form, and nothing recorded twice: the pending one is asked again after 5 minutes
    status, text, _ = cli("delivery")
    assert status == 0
    assert "asked 0 of 0" in text


def test_poll_also_checks_delivery(
    db: Database, cli: _Cli, standin: tuple[StandInServer, MessageBirdStandIn]
) -> None:
    server, app = standin
    ids = _sent(db, cli, server, 2)
    app.ledger.set_delivery(_pids(db, ids)[0], "expired")
    status, out, err = cli("poll", "--json")
    assert status == 0, err
    assert out["links"] == 0  # no payment-link provider: nothing to poll there
    assert out["delivery"]["undelivered"] == 1 and out["delivery"]["pending"] == 1
    assert _statuses(db, ids) == [_S.FAILED, _S.SENT]
    status, text, _ = cli("poll")
    assert status == 0 and "Payment status not polled" in text


def test_a_wrong_key_is_reported_and_exits_3(
    db: Database, cli: _Cli, standin: tuple[StandInServer, MessageBirdStandIn]
) -> None:
    server, _app = standin
    ids = _sent(db, cli, server, 2)
    assert cli("secrets", "set", "messagebird", "access_key", stdin="live_wrong_key_99")[0] == 0
    status, out, _ = cli("delivery", "--json")
    assert status == 3
    (problem,) = out["problems"]
    assert problem["messages"] == 2 and problem["code"] == "sms.rejected.wrong_key"
    assert "live_wrong_key_99" not in json.dumps(out)
    status, _, err = cli("delivery")
    assert status == 3 and "Not asked (2)" in err
    assert _statuses(db, ids) == [_S.SENT, _S.SENT]


def test_days_is_checked(cli: _Cli) -> None:
    with pytest.raises(SystemExit):
        cli("delivery", "--days", "0")
