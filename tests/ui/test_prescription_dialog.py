"""Tools > Claims nearing prescription: the service's warnings soonest first, with the last interrupting
letter, the window in days, prescribed claims in red; the model passes Qt's model tester."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.enums import ClaimType
from debtordesk.domain.legal_interest import add_years
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.prescription import PrescriptionColumn, PrescriptionDialog
from debtordesk.ui.formatting import date_text
from debtordesk.ui.main_window import MainWindow
from tests.integration.dunning.factory import add_communication
from tests.integration.views.factory import TODAY, add_customer, add_invoice

WAIT = 15_000
LETTER_ON = add_years(TODAY, -2) + timedelta(days=60)


def _fill(ctx: UiContext) -> None:
    with ctx.db.write() as session:
        energy = add_customer(session, "7", "Energie klant", claim_type=ClaimType.CONSUMER_SALE)
        care = add_customer(session, "12", "Zorg klant", claim_type=ClaimType.OTHER)
        # two years after the due date, about 30 days from now
        add_invoice(session, energy, "A", add_years(TODAY, -2) + timedelta(days=30), "100.00")
        # due long ago, but a letter went out: two years from the letter, about 60 days from now
        b = add_invoice(session, energy, "B", add_years(TODAY, -3), "50.00")
        add_communication(
            session,
            energy,
            [b],
            channel=ActionChannel.LETTER,
            status=CommunicationStatus.DISPATCHED,
            went_out_on=LETTER_ON,
        )
        # five years for other claims: already prescribed
        add_invoice(session, care, "D", add_years(TODAY, -5) - timedelta(days=10), "75.00")
        # far from prescription: not listed
        add_invoice(session, care, "N", TODAY - timedelta(days=100), "10.00")
    ctx.administration.load(ctx.db)


def _column(dialog: PrescriptionDialog, column: PrescriptionColumn) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _open(qtbot: QtBot, ctx: UiContext) -> PrescriptionDialog:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert isinstance(tools, QMenu)
    action = next(a for a in tools.actions() if a.text() == "Claims nearing &prescription…")
    dialog = window.open_prescription()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 or bool(dialog.table.empty_text))
    assert window.prescription is dialog and dialog.isVisible()
    # the menu opens the same list and looks it up again
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        action.trigger()
    return dialog


def test_lists_claims_nearing_prescription_soonest_first(
    qtbot: QtBot,
    shell_ctx: UiContext,
    qtmodeltester: ModelTester,
) -> None:
    _fill(shell_ctx)
    dialog = _open(qtbot, shell_ctx)
    assert _column(dialog, PrescriptionColumn.INVOICE) == ["D", "A", "B"]
    assert _column(dialog, PrescriptionColumn.LAST_LETTER) == [
        "",
        "",
        date_text(LETTER_ON, "en"),
    ]
    days = [int(text) for text in _column(dialog, PrescriptionColumn.DAYS_LEFT)]
    assert days[0] <= 0 < days[1] < days[2] <= 90
    assert "3 invoices, of which 1 already prescribed" in dialog.summary.text()
    model = dialog.model
    red = model.index(0, PrescriptionColumn.INVOICE).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None
    assert model.index(1, PrescriptionColumn.INVOICE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert (
        "prescri"
        in model.index(0, PrescriptionColumn.INVOICE).data(Qt.ItemDataRole.ToolTipRole).lower()
    )
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]

    dialog.table.sortByColumn(PrescriptionColumn.OPEN, Qt.SortOrder.DescendingOrder)
    assert _column(dialog, PrescriptionColumn.INVOICE) == ["A", "D", "B"]

    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.within.setValue(days[1])
    assert sorted(_column(dialog, PrescriptionColumn.INVOICE)) == ["A", "D"]
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_nothing_nearing_prescription_says_so(qtbot: QtBot, shell_ctx: UiContext) -> None:
    with shell_ctx.db.write() as session:
        customer = add_customer(session, "1", "Nieuw")
        add_invoice(session, customer, "X", date(2026, 10, 1), "10.00")
    shell_ctx.administration.load(shell_ctx.db)
    dialog = _open(qtbot, shell_ctx)
    assert dialog.model.rowCount() == 0
    assert dialog.table.empty_text == "No open invoice prescribes within 90 days."
