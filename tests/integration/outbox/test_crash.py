"""THE CRASH TEST: ``debtordesk send`` in a subprocess sends a 1,000-message batch to a MessageBird
stand-in (its own process) that answers each message a little late; the sender is killed (SIGKILL)
midway; ``send`` runs again and finishes. The stand-in received no message twice, every message ends
sent, failed or uncertain, and uncertain ones are no more than were in flight at the kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from debtordesk.db.models import Communication, OutboxItem
from debtordesk.domain.dunning.model import CommunicationStatus
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.provider_settings import set_provider_settings, use_provider
from tests.integration.outbox.factory import KEY, PAST, add_messages, set_sender, settings
from tests.standins.fast_server import FastServer
from tests.standins.file_keyring import ENV as KEYRING_ENV
from tests.standins.file_keyring import FILE_BACKEND

ROOT = Path(__file__).resolve().parents[3]
MESSAGES = 1000
_S = CommunicationStatus

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _counts(db: Database) -> dict[CommunicationStatus, int]:
    with db.read() as session:
        rows = session.execute(
            select(Communication.status, func.count()).group_by(Communication.status)
        ).all()
    return {row[0]: row[1] for row in rows}


def test_killed_mid_batch_nothing_twice_nothing_lost(db: Database, tmp_path: Path) -> None:
    set_sender(db)
    settings(
        db,
        **{
            "sms.rate": "500",
            "sms.hourly_cap": "none",
            "sms.daily_cap": "none",
            "sms.window": "all holidays",
        },
    )
    add_messages(db, MESSAGES, send_on=PAST, names=("Jan de Vries", "Łukasz Wójcik", "Ömer Çelik"))
    keyring_file = tmp_path / "keys.json"
    keyring_file.write_text(json.dumps({"DebtorDesk/MAIN/messagebird\naccess_key": KEY}))
    environment = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": FILE_BACKEND,
        KEYRING_ENV: str(keyring_file),
        "PYTHONPATH": str(ROOT),
    }
    command = [sys.executable, "-m", "debtordesk", "--db", _url(db), "send", "--json",
               "--concurrency", "4"]  # fmt: skip
    with FastServer(delay=0.02, key=KEY) as standin:
        with db.write() as session:
            user = user_id_for(session)
            use_provider(session, 1, "sms", "messagebird", user_id=user)
            set_provider_settings(
                session,
                1,
                "messagebird",
                {"base_url": standin.base_url, "sender": "Zonnetje"},
                user_id=user,
            )
        first = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE)  # fmt: skip
        deadline = time.monotonic() + 120
        accepted = 0
        while time.monotonic() < deadline and first.poll() is None:
            accepted = int(standin.ledger()["count"])  # type: ignore[call-overload]
            if accepted >= MESSAGES * 3 // 10:
                break
            time.sleep(0.05)
        assert first.poll() is None, first.stderr.read().decode() if first.stderr else ""
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        assert first.returncode == -signal.SIGKILL
        at_kill = _counts(db)
        in_flight = at_kill.get(_S.SENDING, 0)
        assert 0 < accepted < MESSAGES and at_kill.get(_S.SENT, 0) < MESSAGES
        second = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True,
                                text=True, timeout=600, check=False)  # fmt: skip
        assert second.returncode == 0, second.stderr[-3000:]
        summary = json.loads(second.stdout)
        ledger = standin.ledger()
    final = _counts(db)
    assert ledger["duplicates"] == {}, ledger["duplicates"]
    assert set(final) <= {_S.SENT, _S.FAILED, _S.UNCERTAIN}, final
    assert sum(final.values()) == MESSAGES
    assert final.get(_S.UNCERTAIN, 0) <= in_flight
    assert summary["uncertain"] == final.get(_S.UNCERTAIN, 0)
    # the provider holds exactly the messages recorded as sent (and perhaps some uncertain ones)
    with db.read() as session:
        rows = session.execute(
            select(OutboxItem.reference, Communication.status).join(
                Communication, Communication.id == OutboxItem.communication_id
            )
        ).all()
    status_of = dict(rows)
    references = ledger["references"]
    assert isinstance(references, list)
    assert len(references) == len(set(references))
    assert all(status_of[reference] in (_S.SENT, _S.UNCERTAIN) for reference in references)
    sent = {reference for reference, status in rows if status is _S.SENT}
    assert sent <= set(references)
    print(f"killed at {accepted} accepted, in flight {in_flight}, summary after restart {summary}")
