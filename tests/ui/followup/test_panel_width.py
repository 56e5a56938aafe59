"""The customer panel leaves room for the list beside it: on a 1366-pixel laptop screen the panel's
minimum width decided the split, and the timeline's filter and three buttons in one row made it 550
pixels, half of what the page has. The exports now sit under the timeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from debtordesk.ui.context import UiContext
from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel
from tests.ui.followup.conftest import WAIT, Line, customer_id, import_open_items

#: the most the panel may claim, so a list beside it keeps 800 pixels on a 1366-pixel screen
NARROWEST = 420


def test_the_panel_is_narrow_enough_for_a_laptop_screen(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    import_open_items(
        ctx.db,
        tmp_path,
        [Line("P1", "K1", "Jan Jansen", date(2026, 11, 1), "300.00", "300.00", "020-1234567")],
        export_date=date(2026, 12, 14),
    )
    ctx.administration.load(ctx.db)
    panel = CustomerDetailPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    with qtbot.waitSignal(panel.followup.loaded, timeout=WAIT):
        panel.show_customer(customer_id(ctx.db, "K1"))
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=WAIT)
    assert panel.minimumSizeHint().width() <= NARROWEST
    tools = panel.timeline_tools
    panel.tabs.setCurrentWidget(tools)
    qtbot.waitUntil(tools.isVisible, timeout=WAIT)
    # the filter above the timeline, the exports below it
    assert tools.kind.geometry().bottom() < tools.table.geometry().top()
    assert tools.csv_button.geometry().top() > tools.table.geometry().bottom()
    assert tools.pdf_button.geometry().top() > tools.table.geometry().bottom()
