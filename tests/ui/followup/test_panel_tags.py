"""The customer panel's tags and invoice notes (SQLite and PostgreSQL): a tag typed with completion
from the administration's tags and added with Enter, a chip clicked to remove it, both on the timeline
and stored; a wrong tag refused in the panel; a note about an invoice started from the Invoices tab
(Ctrl+N or its context menu)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from debtordesk.services.customer_tags import change_tags
from debtordesk.services.followup import list_notes
from debtordesk.ui.context import UiContext
from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel
from tests.ui.followup.conftest import WAIT, Line, customer_id, import_open_items

DUE = date(2026, 11, 1)


def _panel(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> tuple[CustomerDetailPanel, int]:
    import_open_items(
        ctx.db,
        tmp_path,
        [
            Line("P1", "K1", "Jan Jansen", DUE, "300.00", "300.00"),
            Line("P2", "K1", "Jan Jansen", DUE, "500.00", "500.00"),
            Line("Q1", "K2", "Piet Pieters", DUE, "90.00", "90.00"),
        ],
        export_date=date(2026, 12, 14),
    )
    ctx.administration.load(ctx.db)
    change_tags(ctx.db, customer_id(ctx.db, "K2"), add=["debt help", "vip"])
    customer = customer_id(ctx.db, "K1")
    panel = CustomerDetailPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    with qtbot.waitSignal(panel.followup.loaded, timeout=WAIT):
        panel.show_customer(customer)
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=WAIT)
    return panel, customer


def test_tags_added_with_completion_and_removed_with_a_chip(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    panel, customer = _panel(qtbot, ctx, tmp_path)
    tags = panel.tag_editor
    assert tags.chips == {} and not tags.none_label.isHidden()
    qtbot.waitUntil(lambda: tags.completions.stringList() == ["debt help", "vip"], timeout=WAIT)
    completer = tags.edit.completer()
    assert completer is not None
    tags.edit.setFocus()
    QTest.keyClicks(tags.edit, "de")
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=WAIT)
    assert completer.currentCompletion() == "debt help"
    QTest.keyClick(completer.popup(), Qt.Key.Key_Down)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Return)  # takes the completion
    assert tags.edit.text() == "debt help"
    with qtbot.waitSignal(panel.customer_changed, timeout=WAIT):
        QTest.keyClick(tags.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: panel.detail is not None and panel.detail.tags == ("debt help",), timeout=WAIT
    )
    assert list(tags.chips) == ["debt help"] and tags.none_label.isHidden()
    assert tags.edit.text() == ""
    assert panel.detail is not None
    assert panel.detail.timeline[0].text == "Tags changed: +debt help."

    # a new tag of one's own, then the chip of the first removes it (typed once the panel's
    # background loads are in: the completion list is replaced when they arrive)
    qtbot.waitUntil(ctx.tasks.idle, timeout=WAIT)
    QTest.keyClicks(tags.edit, "Payment plan")
    assert tags.edit.text() == "Payment plan"
    qtbot.waitUntil(lambda: not completer.popup().isVisible(), timeout=WAIT)
    with qtbot.waitSignal(panel.customer_changed, timeout=WAIT):
        QTest.keyClick(tags.edit, Qt.Key.Key_Return)

    def both_chips() -> None:
        shown = (list(tags.chips), panel.detail.tags if panel.detail else None, tags.edit.text())
        assert shown[0] == ["debt help", "Payment plan"], shown

    qtbot.waitUntil(both_chips, timeout=WAIT)
    with qtbot.waitSignal(panel.customer_changed, timeout=WAIT):
        tags.chips["debt help"].click()
    qtbot.waitUntil(
        lambda: panel.detail is not None and panel.detail.tags == ("Payment plan",), timeout=WAIT
    )
    assert panel.detail is not None
    assert panel.detail.timeline[0].text == "Tags changed: −debt help."
    # the new tag is offered next time
    qtbot.waitUntil(
        lambda: tags.completions.stringList() == ["debt help", "Payment plan", "vip"],
        timeout=WAIT,
    )

    # a wrong tag: said in the panel, nothing changed
    QTest.keyClicks(tags.edit, "a,b")
    QTest.keyClick(tags.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not tags.message.isHidden(), timeout=WAIT)
    assert "no comma" in tags.message.text()
    assert tags.edit.text() == "a,b"
    assert panel.detail.tags == ("Payment plan",)
    del customer


def test_a_note_about_an_invoice_from_the_invoices_tab(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    panel, customer = _panel(qtbot, ctx, tmp_path)
    followup = panel.followup
    panel.tabs.setCurrentIndex(1)
    row = next(
        r
        for r in range(panel.invoice_model.rowCount())
        if panel.invoice_model.row_at(r).number == "P2"
    )
    panel.invoice_table.selectRow(row)
    assert followup.invoice_note_action in panel.invoice_table.actions()
    panel.invoice_table.setFocus()
    QTest.keyClick(panel.invoice_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentIndex() == followup.contacts_tab
    assert followup.note_about.currentText() == "About invoice P2"
    qtbot.waitUntil(followup.note_edit.hasFocus, timeout=WAIT)
    QTest.keyClicks(followup.note_edit, "customer says P2 was never delivered")
    with qtbot.waitSignal(followup.loaded, timeout=WAIT):
        QTest.keyClick(followup.note_edit, Qt.Key.Key_Return)
    newest = list_notes(ctx.db, customer)[0]
    assert (newest.text, newest.invoice_number) == ("customer says P2 was never delivered", "P2")
