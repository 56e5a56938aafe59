"""The outbox page: the prepared SMS payment requests are listed, "Send now" sends them through the
provider chosen in the settings (a MessageBird stand-in here, its key in a test keyring) with progress,
and a failed message can be queued again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from debtordesk.domain.dunning.model import CommunicationStatus
from debtordesk.services.database import Database
from debtordesk.services.provider_settings import set_provider_settings, use_provider
from debtordesk.services.secrets import KeyringSecrets
from debtordesk.ui.context import UiContext
from debtordesk.ui.pages.outbox import OutboxPage
from debtordesk.ui.tasks import TaskRunner
from tests.integration.outbox.factory import KEY, PAST, add_messages, open_windows, set_sender
from tests.standins.keyrings import MEMORY_BACKEND, MemoryKeyring
from tests.standins.server import StandInServer
from tests.standins.sms_messagebird import MessageBirdStandIn


@pytest.fixture
def standin() -> Iterator[tuple[StandInServer, MessageBirdStandIn]]:
    app = MessageBirdStandIn()
    with StandInServer(app) as server:
        yield server, app


@pytest.fixture
def outbox_ctx(
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
    ctx = UiContext(db=sqlite_db, tasks=tasks, prefs=prefs, language="en")
    ctx.administration.load(sqlite_db)
    yield ctx
    tasks.wait_for_all()
    MemoryKeyring.store.clear()


def test_send_now_sends_the_prepared_messages_once(
    qtbot: QtBot, outbox_ctx: UiContext, standin: tuple[StandInServer, MessageBirdStandIn]
) -> None:
    _server, app = standin
    add_messages(outbox_ctx.db, 3, names=("Jan de Vries", "Zoë Jansen", "Ömer Çelik"), send_on=PAST)
    page = OutboxPage(outbox_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert page.summary_label.text().startswith("3 to send")
    page.send_button.click()
    qtbot.waitUntil(lambda: "Sent 3" in page.message.text(), timeout=60_000)
    qtbot.waitUntil(
        lambda: (
            {page.model.row_at(r).status for r in range(page.model.rowCount())}
            == {CommunicationStatus.SENT}
        ),
        timeout=10_000,
    )
    assert len(app.ledger.all()) == 3 and not app.ledger.duplicates()
    # a second click finds nothing more to send
    page.send_button.click()
    qtbot.waitUntil(lambda: "Sent 0" in page.message.text(), timeout=60_000)
    assert len(app.ledger.all()) == 3


def test_a_wrong_key_sends_nothing_and_says_why_then_the_right_one_sends(
    qtbot: QtBot, outbox_ctx: UiContext, standin: tuple[StandInServer, MessageBirdStandIn]
) -> None:
    _server, app = standin
    KeyringSecrets().set("MAIN", "messagebird", "access_key", "live_wrong")
    add_messages(outbox_ctx.db, 2, send_on=PAST)
    page = OutboxPage(outbox_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.send_now()
    qtbot.waitUntil(lambda: not page.job.running and page.message.text() != "", timeout=60_000)
    assert app.ledger.all() == []
    statuses = {page.model.row_at(r).status for r in range(page.model.rowCount())}
    assert CommunicationStatus.SENT not in statuses
    shown = page.message.text() + " ".join(
        (page.model.row_at(r).problem.code if page.model.row_at(r).problem else "")
        for r in range(page.model.rowCount())
    )
    assert "key" in shown.lower()

    KeyringSecrets().set("MAIN", "messagebird", "access_key", KEY)
    page.filter.setCurrentIndex(2)  # needs attention
    qtbot.waitUntil(lambda: not page.job.running, timeout=15_000)
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        if page.retry_button.isEnabled():
            page.retry_selected()
    page.filter.setCurrentIndex(0)
    page.send_now()
    qtbot.waitUntil(lambda: len(app.ledger.all()) == 2, timeout=60_000)
    assert not app.ledger.duplicates()


def test_send_now_without_a_provider_leaves_the_messages_prepared_and_says_how(
    qtbot: QtBot, outbox_ctx: UiContext, standin: tuple[StandInServer, MessageBirdStandIn]
) -> None:
    """The page sends through the same service as 'debtordesk send': a channel without a provider
    takes nothing into the outbox (paylink-export still finds the messages) and the note says so."""
    _server, app = standin
    with outbox_ctx.db.write() as session:
        use_provider(session, 1, "sms", None, user_id=None)
    add_messages(outbox_ctx.db, 2, send_on=PAST)
    page = OutboxPage(outbox_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.send_now()
    qtbot.waitUntil(lambda: not page.job.running and page.message.text() != "", timeout=60_000)
    assert "No provider is chosen for SMS messages" in page.message.text()
    assert "Settings › Providers" in page.message.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    statuses = {page.model.row_at(r).status for r in range(page.model.rowCount())}
    assert statuses == {CommunicationStatus.PREPARED}
    assert app.ledger.all() == []


def test_the_page_and_the_cli_name_status_and_channel_alike_in_dutch(
    qtbot: QtBot, outbox_ctx: UiContext, qapp: QApplication
) -> None:
    """The Status and Channel columns show the catalogue's words, which 'debtordesk outbox' prints."""
    from debtordesk.domain.dunning.model import ActionChannel
    from debtordesk.i18n.catalogue import set_language
    from debtordesk.ui.i18n import install_translators
    from debtordesk.ui.pages.outbox.page import Column

    add_messages(outbox_ctx.db, 1, status=CommunicationStatus.QUEUED)
    add_messages(outbox_ctx.db, 1, start=1, status=CommunicationStatus.UNCERTAIN)
    add_messages(
        outbox_ctx.db, 1, start=2, status=CommunicationStatus.FAILED, channel=ActionChannel.EMAIL
    )
    installed = install_translators(qapp, "nl")
    try:
        outbox_ctx.language = "nl"
        page = OutboxPage(outbox_ctx)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
        shown = {
            (
                page.model.data(page.model.index(row, Column.STATUS)),
                page.model.data(page.model.index(row, Column.CHANNEL)),
            )
            for row in range(page.model.rowCount())
        }
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        set_language("en")
    assert shown == {
        ("In de wachtrij", "Sms"),
        ("Onzeker: controleren", "Sms"),
        ("Mislukt", "E-mail"),
    }


def test_check_payments_puts_a_paid_link_on_hold(qtbot: QtBot, outbox_ctx: UiContext) -> None:
    from datetime import date

    from sqlalchemy import select

    from debtordesk.db.models import Communication, Hold
    from debtordesk.domain.dunning.model import HoldReason
    from debtordesk.services.dunning_run import run_queue
    from debtordesk.services.provider_settings import close_provider, payment_link_provider_for
    from tests.integration.payments.setup import (
        MOLLIE_KEY,
        RUN_DAY,
        configure_mollie,
        customer_with_invoices,
    )
    from tests.standins.mollie import MollieStandIn

    mollie = MollieStandIn(api_keys=(MOLLIE_KEY,))
    with StandInServer(mollie) as server:
        customer_with_invoices(outbox_ctx.db, "K-9", [("F9", date(2026, 12, 1), "100.00")])
        configure_mollie(outbox_ctx.db, server)
        KeyringSecrets().set("MAIN", "mollie", "api_key", MOLLIE_KEY)
        provider = payment_link_provider_for(outbox_ctx.db, 1)
        try:
            run_queue(outbox_ctx.db, 1, RUN_DAY, link_provider=provider)
        finally:
            close_provider(provider)
        with outbox_ctx.db.read() as session:
            (link_id,) = set(
                session.scalars(
                    select(Communication.payment_link_id).where(
                        Communication.payment_link_id.is_not(None)
                    )
                )
            )
        mollie.pay(link_id)
        page = OutboxPage(outbox_ctx)
        qtbot.addWidget(page)
        page.check_payments()
        qtbot.waitUntil(lambda: "1 paid" in page.message.text(), timeout=30_000)
    with outbox_ctx.db.read() as session:
        reasons = set(session.scalars(select(Hold.reason)))
    assert reasons == {HoldReason.PAID_VIA_LINK}
