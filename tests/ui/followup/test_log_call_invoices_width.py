"""The call form's invoice list shows each invoice whole: at the form's fixed width of 480 pixels
the Dutch lines '2026-03921  vervalt 28-10-2026  open € 1.968,00' were cut inside the amount, with a
sideways scroll bar under the rows, once a promise or a dispute showed the list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from debtordesk.services.followup.outcomes import list_outcomes
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.log_call import CallTarget, LogCallDialog, OpenInvoice
from debtordesk.ui.i18n import install_translators


def _cut(listed: QListWidget) -> bool:
    """Some line is wider than the list's visible part (it scrolls sideways)."""
    return listed.horizontalScrollBar().maximum() > 0 or (
        listed.sizeHintForColumn(0) > listed.viewport().width()
    )


def test_the_invoice_lines_fit_when_a_promise_shows_them(qtbot: QtBot, ctx: UiContext) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, "nl")  # 'vervalt', 'openstaand': the longer lines
    try:
        _promise_form(qtbot, ctx)
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def _promise_form(qtbot: QtBot, ctx: UiContext) -> None:
    invoices = [
        OpenInvoice(1, "2026-03921", date(2026, 10, 28), Decimal("1968.00")),
        OpenInvoice(2, "VF-2026-0004968", date(2026, 11, 27), Decimal("123456.78")),
    ]
    target = CallTarget(1, "21198", "Tandartspraktijk Van den Broek V.O.F.", "+31333454776")
    dialog = LogCallDialog(ctx, target, list_outcomes(ctx.db), invoices)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    promise = next(
        row
        for row in range(dialog.outcome.count())
        if dialog.outcome.outcomes[row].code == "promise_to_pay"
    )
    dialog.outcome.setCurrentRow(promise)
    qtbot.waitUntil(dialog.invoice_list.isVisible)
    qtbot.wait(100)  # the form grows (or not) with the row it shows
    assert not _cut(dialog.invoice_list), (
        dialog.invoice_list.sizeHintForColumn(0),
        dialog.invoice_list.viewport().width(),
    )
