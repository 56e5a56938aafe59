"""The outbox page shows whether a sent SMS arrived: "Check payments and delivery" asks the SMS provider
(a MessageBird stand-in, its key in a test keyring) in the background; delivered and undelivered
messages show in the Delivery column, the provider's reason as the problem."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from debtordesk.db.models import OutboxItem
from debtordesk.domain.dunning.model import CommunicationStatus
from debtordesk.services.database import Database
from debtordesk.services.outbox import send_batch
from debtordesk.services.provider_settings import set_provider_settings, use_provider
from debtordesk.services.secrets import KeyringSecrets
from debtordesk.ui.context import UiContext
from debtordesk.ui.pages.outbox import OutboxPage
from debtordesk.ui.pages.outbox.page import Column
from debtordesk.ui.tasks import TaskRunner
from tests.integration.outbox.factory import KEY, PAST, add_messages, open_windows, set_sender
from tests.standins.keyrings import MEMORY_BACKEND, MemoryKeyring
from tests.standins.server import StandInServer
from tests.standins.sms_messagebird import MessageBirdStandIn

_S = CommunicationStatus


@pytest.fixture
def standin() -> Iterator[tuple[StandInServer, MessageBirdStandIn]]:
    app = MessageBirdStandIn()
    with StandInServer(app) as server:
        yield server, app


@pytest.fixture
def ctx(
    qapp: object,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    standin: tuple[StandInServer, MessageBirdStandIn],
) -> Iterator[UiContext]:
    server, _app = standin
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", MEMORY_BACKEND)
    MemoryKeyring.store.clear()
    set_sender(sqlite_db)
    open_windows(sqlite_db)
    with sqlite_db.write() as session:
        set_provider_settings(
            session,
            1,
            "messagebird",
            {"base_url": server.base_url, "sender": "Zonnetje"},
            user_id=None,
        )
        use_provider(session, 1, "sms", "messagebird", user_id=None)
    KeyringSecrets().set("MAIN", "messagebird", "access_key", KEY)
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    tasks = TaskRunner()
    context = UiContext(db=sqlite_db, tasks=tasks, prefs=prefs, language="en")
    context.administration.load(sqlite_db)
    yield context
    tasks.wait_for_all()
    MemoryKeyring.store.clear()


def _cell(
    page: OutboxPage, communication_id: int, column: Column, role: int | None = None
) -> object:
    row = page.model.row_of_id(communication_id)
    assert row is not None
    index = page.model.index(row, int(column))
    return page.model.data(index, role if role is not None else Qt.ItemDataRole.DisplayRole)


def test_check_shows_delivered_and_did_not_arrive(
    qtbot: QtBot, ctx: UiContext, standin: tuple[StandInServer, MessageBirdStandIn]
) -> None:
    _server, app = standin
    ids = add_messages(ctx.db, 3, send_on=PAST)
    assert send_batch(ctx.db, 1).sent == 3
    with ctx.db.read() as session:
        pids = dict(
            session.execute(
                select(OutboxItem.communication_id, OutboxItem.provider_message_id)
            ).all()
        )
    app.ledger.set_delivery(pids[ids[0]], "delivered")
    app.ledger.set_delivery(pids[ids[1]], "delivery_failed", reason="absent subscriber")

    page = OutboxPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert page.poll_button.text() == "Check payments and delivery"
    assert [_cell(page, cid, Column.DELIVERY) for cid in ids] == ["", "", ""]  # not asked yet

    page.check_payments()
    qtbot.waitUntil(lambda: "Asked about 3 SMS" in page.message.text(), timeout=30_000)
    text = page.message.text()
    assert "1 delivered, 1 did not arrive, 1 still on their way" in text
    assert "Call the customers whose SMS did not arrive" in text
    qtbot.waitUntil(
        lambda: (
            page.model.row_of_id(ids[0]) is not None
            and str(_cell(page, ids[0], Column.DELIVERY)).startswith("Delivered ")
        ),
        timeout=10_000,
    )
    assert _cell(page, ids[0], Column.STATUS) == "Delivered"
    assert _cell(page, ids[1], Column.STATUS) == "Failed"
    assert _cell(page, ids[1], Column.DELIVERY) == "Did not arrive"
    assert "absent subscriber" in str(_cell(page, ids[1], Column.PROBLEM))
    tooltip = _cell(page, ids[1], Column.DELIVERY, Qt.ItemDataRole.ToolTipRole)
    assert "MessageBird could not deliver the SMS" in str(tooltip)
    assert _cell(page, ids[2], Column.STATUS) == "Sent"
    assert _cell(page, ids[2], Column.DELIVERY) == "On its way"
    # the failed one can be sent again by the clerk
    page.table.selectRow(page.model.row_of_id(ids[1]) or 0)
    assert page.retry_button.isEnabled()


def test_a_wrong_key_says_why_delivery_was_not_checked(
    qtbot: QtBot, ctx: UiContext, standin: tuple[StandInServer, MessageBirdStandIn]
) -> None:
    ids = add_messages(ctx.db, 2, send_on=PAST)
    assert send_batch(ctx.db, 1).sent == 2
    KeyringSecrets().set("MAIN", "messagebird", "access_key", "live_wrong_key")
    page = OutboxPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.check_payments()
    qtbot.waitUntil(lambda: "Delivery not checked (2)" in page.message.text(), timeout=30_000)
    assert "key" in page.message.text().lower()
    assert "live_wrong_key" not in page.message.text()
    assert [_cell(page, cid, Column.STATUS) for cid in ids] == ["Sent", "Sent"]
