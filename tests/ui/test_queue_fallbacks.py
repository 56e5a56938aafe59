"""The queue shows why a channel absorbed another of the step's channels (ChannelDecision's
fallback_reasons): in the detail and in the channels' tooltip."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from debtordesk.ui.context import UiContext
from debtordesk.ui.pages.queue import QueuePage
from debtordesk.ui.pages.queue.rows import QueueColumn
from tests.integration.views.factory import TODAY, add_customer, add_invoice
from tests.ui.test_queue import WAIT, _names, _select

ABSORBED = "Also covers another channel: No mobile number: e-mail instead."


def _page(qtbot: QtBot, ctx: UiContext) -> QueuePage:
    with ctx.db.write() as session:
        # the consumer reminder (+7) sends an e-mail and an SMS: without a mobile number the SMS
        # comes down to the e-mail, one message goes out
        eva = add_customer(
            session, "20", "Eva Email", email="eva@example.nl", address_line1="Laan 1", city="Ede"
        )
        add_invoice(session, eva, "F-20", TODAY - timedelta(days=10), "100.00")
        # a mobile number and an e-mail address: each channel its own
        both = add_customer(
            session,
            "21",
            "Bram Beide",
            email="bram@example.nl",
            mobile="+31612345670",
            address_line1="Laan 2",
            city="Ede",
        )
        add_invoice(session, both, "F-21", TODAY - timedelta(days=10), "100.00")
    ctx.administration.load(ctx.db)
    page = QueuePage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(lambda: page.result is not None and page.busy.isHidden(), timeout=WAIT)
    return page


def _show(qtbot: QtBot, page: QueuePage, name: str) -> str:
    """Choose the customer and wait for its detail (so no load outlives the test)."""
    _select(page, name)
    row = page.model.queue_row(_names(page).index(name))

    def loaded() -> bool:
        detail = page.detail.customer.detail
        return detail is not None and detail.id == row.customer_id

    qtbot.waitUntil(loaded, timeout=WAIT)
    return page.detail.action.text()


def _tooltip(page: QueuePage, name: str) -> str:
    row = _names(page).index(name)
    return str(page.model.index(row, QueueColumn.CHANNELS).data(Qt.ItemDataRole.ToolTipRole))


def test_the_channel_that_absorbed_the_sms_says_why(qtbot: QtBot, shell_ctx: UiContext) -> None:
    page = _page(qtbot, shell_ctx)
    assert sorted(_names(page)) == ["Bram Beide", "Eva Email"]
    assert ABSORBED in _show(qtbot, page, "Eva Email")
    assert ABSORBED in _tooltip(page, "Eva Email")
    assert "Also covers" not in _show(qtbot, page, "Bram Beide")
    assert "Also covers" not in _tooltip(page, "Bram Beide")


def test_the_channels_speak_dutch(qtbot: QtBot, shell_ctx: UiContext, qapp) -> None:  # type: ignore[no-untyped-def]
    from debtordesk.i18n.catalogue import set_language
    from debtordesk.ui.i18n import install_translators

    installed = install_translators(qapp, "nl")
    try:
        set_language("nl")
        shell_ctx.language = "nl"
        page = _page(qtbot, shell_ctx)
        text = _show(qtbot, page, "Eva Email")
        assert "Vervangt ook een ander kanaal: " in text
        assert "Also covers" not in text
        assert page.model.headerData(QueueColumn.ASSIGNED, Qt.Orientation.Horizontal) == (
            "Toegewezen aan"
        )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        set_language("en")
