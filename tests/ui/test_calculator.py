"""Tools > Cost and interest calculator: recalculates as the clerk types, explains bad input, shows the
interest periods; opened from the main window with Ctrl+K; Dutch when the interface is Dutch."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from debtordesk.domain.legal import collection_costs, statutory_interest
from debtordesk.i18n.catalogue import set_language
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.calculator import CalculatorDialog
from debtordesk.ui.i18n import install_translators
from debtordesk.ui.main_window import MainWindow


def open_dialog(qtbot, ctx: UiContext) -> CalculatorDialog:
    dialog = CalculatorDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def _period_rows(dialog: CalculatorDialog) -> list[list[str]]:
    table = dialog.periods
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_costs_follow_the_typing(qtbot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    assert dialog.costs_value.text() == "" and not dialog.input_message.isVisible()
    qtbot.keyClicks(dialog.amount_edit, "1000")
    assert dialog.costs_value.text() == "150.00"
    assert dialog.costs_detail.text() == "15.00 % of 1,000.00"
    qtbot.keyClicks(dialog.amount_edit, "0")  # 10000
    assert dialog.costs_value.text() == "875.00"
    assert dialog.costs is not None
    assert dialog.costs.costs.costs == collection_costs(Decimal("10000"))
    dialog.amount_edit.setText("1.000,00")
    assert dialog.costs_value.text() == "150.00"
    dialog.amount_edit.setText("100")
    assert dialog.costs_value.text() == "40.00"
    assert dialog.costs_detail.text() == "15.00 % of 100.00: below the minimum of 40.00"
    dialog.amount_edit.setText("2000000")
    assert dialog.costs_value.text() == "6,775.00"
    assert dialog.costs_detail.text().endswith("above the maximum of 6,775.00")


def test_vat_uplift(qtbot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    dialog.amount_edit.setText("1000")
    dialog.show()
    assert not dialog.vat_value.isVisible() and not dialog.vat_percent.isEnabled()
    dialog.vat_uplift.setChecked(True)
    assert dialog.vat_percent.isEnabled() and dialog.vat_value.isVisible()
    assert (dialog.vat_value.text(), dialog.costs_total_value.text()) == ("31.50", "181.50")
    assert dialog.vat_label.text() == "VAT 21.00 %:"
    dialog.vat_percent.setValue(9)
    assert (dialog.vat_value.text(), dialog.costs_total_value.text()) == ("13.50", "163.50")


def test_bad_input_is_explained_and_clears_the_results(qtbot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    dialog.show()
    dialog.amount_edit.setText("1000")
    assert dialog.interest_value.text()
    dialog.amount_edit.setText("12a")
    assert dialog.input_message.isVisible()
    assert "'12a' is not an amount" in dialog.input_message.text()
    assert dialog.costs_value.text() == "" and dialog.interest_value.text() == ""
    assert dialog.periods.rowCount() == 0
    dialog.amount_edit.setText("-5")
    assert "negative" in dialog.input_message.text()
    dialog.amount_edit.setText("")
    assert not dialog.input_message.isVisible()


def test_interest_periods_consumer_and_business(qtbot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    dialog.show()
    dialog.amount_edit.setText("1000")
    dialog.due_edit.setDate(QDate(2025, 1, 1))
    dialog.end_edit.setDate(QDate(2025, 12, 31))
    assert _period_rows(dialog) == [
        ["2025-01-02", "2025-06-30", "180", "6.00 %", "1,000.00", "29.59"],
        ["2025-07-01", "2025-12-31", "184", "4.00 % *", "1,000.00", "20.16"],
    ]
    assert dialog.interest_value.text() == "49.75"
    assert dialog.grand_total_value.text() == "1,199.75"  # 1000 + 150 + 49.75
    # today (2026-11-20) is more than six months after the newest rate row, and 4 % is unconfirmed
    warning = dialog.interest_warning.text()
    assert dialog.interest_warning.isVisible()
    assert "more than 6 months ago" in warning and "not confirmed" in warning
    assert "Statutory interest, consumer" in dialog.interest_box.title()

    dialog.customer_type.setCurrentIndex(dialog.customer_type.findData("business"))
    expected = statutory_interest(
        Decimal("1000"), date(2025, 1, 1), date(2025, 12, 31), commercial=True
    )
    assert dialog.interest_value.text() == f"{expected.interest:,}"
    assert [row[3] for row in _period_rows(dialog)] == ["11.15 %", "10.15 % *"]
    assert "commercial" in dialog.interest_box.title()
    assert "commercial transaction" in dialog.costs_note.text()


def test_no_interest_before_the_due_date_and_no_rate_for_old_dates(
    qtbot, shell_ctx: UiContext
) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    dialog.show()
    dialog.amount_edit.setText("500")
    dialog.due_edit.setDate(QDate(2026, 11, 20))  # today: nothing yet
    assert dialog.interest_value.text() == "0.00" and dialog.periods.rowCount() == 0
    assert "No interest" in dialog.interest_warning.text()
    dialog.due_edit.setDate(QDate(2015, 5, 1))
    assert dialog.input_message.isVisible()
    assert "no statutory interest rate for 2015-05-02" in dialog.input_message.text()
    # the costs do not depend on the rate table and stay shown
    assert dialog.costs_value.text() == "75.00"
    assert dialog.periods.rowCount() == 0


def test_ctrl_k_opens_one_calculator(qtbot, shell_ctx: UiContext) -> None:
    window = MainWindow(shell_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.calculator_action.shortcut().toString() == "Ctrl+K"
    tools = [a for a in window.menuBar().actions() if a.text() == "&Tools"]
    assert tools and window.calculator_action in tools[0].menu().actions()
    window.calculator_action.trigger()
    first = window.calculator
    assert isinstance(first, CalculatorDialog) and first.isVisible()
    first.amount_edit.setText("2500")
    first.close()
    window.calculator_action.trigger()
    assert window.calculator is first and first.isVisible()
    assert first.amount_edit.text() == "2500"  # what the clerk typed is still there
    first.close()


@pytest.fixture
def dutch(qapp: QApplication):
    installed = install_translators(qapp, "nl")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    set_language("en")
    install_translators(qapp, "en")


def test_dutch(qtbot, shell_ctx: UiContext, dutch: None) -> None:
    dialog = open_dialog(qtbot, replace(shell_ctx, language="nl"))
    dialog.show()
    assert dialog.windowTitle() == "Kosten- en rentecalculator"
    dialog.amount_edit.setText("1.234,50")
    dialog.vat_uplift.setChecked(True)
    dialog.due_edit.setDate(QDate(2025, 1, 1))
    dialog.end_edit.setDate(QDate(2025, 6, 30))
    assert dialog.costs_value.text() == "185,18"
    assert dialog.vat_label.text() == "Btw 21,00 %:"
    assert dialog.costs_detail.text() == "15,00 % over 1.234,50"
    assert "veertiendagenbrief" in dialog.costs_note.text()
    assert _period_rows(dialog) == [
        ["02-01-2025", "30-06-2025", "180", "6,00 %", "1.234,50", "36,53"]
    ]
    assert dialog.periods.horizontalHeaderItem(1).text() == "Tot en met"
    assert dialog.due_edit.displayFormat() == "dd-MM-yyyy"
    dialog.amount_edit.setText("x")
    assert "'x' is geen bedrag" in dialog.input_message.text()
    assert dialog.customer_type.itemText(1) == "Zakelijk"
