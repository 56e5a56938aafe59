"""Settings > Legal and interest…: options loaded and saved off the GUI thread, a save someone else beat
refused; the interest table edited row by row (add, correct, delete) with conflicts reported; its model
passes qtmodeltester; the calculator follows the stored table and the VAT setting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from debtordesk.domain.legal import DEFAULT_INTEREST_RATES
from debtordesk.i18n.catalogue import set_language
from debtordesk.services.interest_rates import (
    add_interest_rate,
    correct_interest_rate,
    current_interest_rates,
    list_interest_rates,
)
from debtordesk.services.legal_settings import load_legal_settings, save_legal_settings
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.calculator import CalculatorDialog
from debtordesk.ui.dialogs.legal_settings import InterestRatesModel, LegalSettingsDialog
from debtordesk.ui.i18n import install_translators
from debtordesk.ui.main_window import MainWindow
from tests.integration.views.factory import TODAY


def open_dialog(qtbot: QtBot, ctx: UiContext) -> LegalSettingsDialog:
    dialog = LegalSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.before is not None and dialog.tabs.isEnabled(), timeout=10_000)
    return dialog


def idle(qtbot: QtBot, dialog: LegalSettingsDialog) -> None:
    qtbot.waitUntil(dialog.tabs.isEnabled, timeout=10_000)


def select_row(dialog: LegalSettingsDialog, valid_from: date) -> None:
    row = dialog.model.row_of(valid_from)
    assert row >= 0
    dialog.view.selectRow(row)


def test_shows_the_stored_options_and_the_seeded_table(
    qtbot: QtBot, qtmodeltester: ModelTester, shell_ctx: UiContext
) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    assert not dialog.vat_uplift.isChecked() and not dialog.vat_rate.isEnabled()
    assert dialog.vat_rate.value() == 21
    assert dialog.allocation.currentData() == "legal"
    assert (dialog.transit_days.value(), dialog.margin_days.value()) == (3, 1)
    model = dialog.model
    assert model.rowCount() == len(DEFAULT_INTEREST_RATES)
    assert current_interest_rates(shell_ctx.db) == DEFAULT_INTEREST_RATES  # stored on first use
    last = model.rowCount() - 1
    assert model.index(last, model.FROM).data() == "2025-07-01"
    assert model.index(last, model.COMMERCIAL).data() == "10.15 %"
    confirmed = model.index(last, model.CONFIRMED).data(Qt.ItemDataRole.CheckStateRole)
    assert confirmed == Qt.CheckState.Unchecked
    assert model.index(last - 1, model.CONFIRMED).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    qtmodeltester.check(model)
    # TODAY is more than six months after the newest row (2025-07-01): the warning shows
    assert date(2026, 1, 1) < TODAY
    assert not dialog.rates_warning.isHidden()
    assert "2025-07-01" in dialog.rates_warning.text()
    # the postal example follows the day counts
    assert "counts as received on" in dialog.postal_example.text()


def test_model_passes_qtmodeltester_empty_and_filled(
    qtmodeltester: ModelTester, qapp: object
) -> None:
    model = InterestRatesModel("en")
    qtmodeltester.check(model)
    model.set_rows(())
    qtmodeltester.check(model)


def test_saves_the_options(qtbot: QtBot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    dialog.vat_uplift.setChecked(True)
    assert dialog.vat_rate.isEnabled()
    dialog.vat_rate.setValue(9)
    dialog.allocation.setCurrentIndex(dialog.allocation.findData("principal_first"))
    dialog.waive_costs.setChecked(True)
    dialog.transit_days.setValue(2)
    dialog.margin_days.setValue(0)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = load_legal_settings(shell_ctx.db)
    assert (stored.costs_vat_uplift, stored.costs_vat_rate) == (True, "9")
    assert stored.payment_allocation == "principal_first"
    assert stored.waive_costs_when_principal_paid is True
    assert (stored.postal_transit_days, stored.postal_margin_days) == (2, 0)


def test_a_save_someone_else_beat_is_refused_and_reload_helps(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    theirs = load_legal_settings(shell_ctx.db)
    save_legal_settings(shell_ctx.db, theirs, replace(theirs, postal_transit_days=5))
    dialog.transit_days.setValue(2)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=10_000)
    assert "Someone else changed the legal settings" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert load_legal_settings(shell_ctx.db).postal_transit_days == 5
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.reload_button.click()
    assert dialog.transit_days.value() == 5 and dialog.message.isHidden()


def test_add_a_row(qtbot: QtBot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    dialog.valid_from.setDate(QDate(2026, 1, 1))
    dialog.consumer.setText("4")
    dialog.commercial.setText("10,15")
    dialog.confirmed.setChecked(True)
    dialog.note.setText("Staatscourant 2025")
    with qtbot.waitSignal(dialog.rates_changed, timeout=10_000):
        dialog.add_button.click()
    idle(qtbot, dialog)
    newest = current_interest_rates(shell_ctx.db)[-1]
    assert (newest.valid_from, newest.consumer, newest.commercial) == (
        date(2026, 1, 1),
        Decimal("4.00"),
        Decimal("10.15"),
    )
    assert newest.confirmed and newest.note == "Staatscourant 2025"
    assert dialog.model.rowCount() == len(DEFAULT_INTEREST_RATES) + 1
    chosen = dialog.selected()
    assert chosen is not None and chosen.valid_from == date(2026, 1, 1)
    # the same date again is refused with words
    dialog.add_button.click()
    qtbot.waitUntil(lambda: not dialog.rates_message.isHidden(), timeout=10_000)
    assert "already has a rate from 2026-01-01" in dialog.rates_message.text()


def test_a_bad_rate_is_named_and_nothing_is_stored(qtbot: QtBot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    dialog.valid_from.setDate(QDate(2026, 1, 1))
    dialog.consumer.setText("4")
    dialog.commercial.setText("ten")
    dialog.add_button.click()
    assert not dialog.rates_message.isHidden()
    assert "Commercial rate from 2026-01-01: 'ten' is not a percentage" in (
        dialog.rates_message.text()
    )
    assert len(current_interest_rates(shell_ctx.db)) == len(DEFAULT_INTEREST_RATES)


def test_choosing_a_row_fills_the_form_and_a_correction_is_saved(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    assert not dialog.correct_button.isEnabled() and not dialog.delete_button.isEnabled()
    select_row(dialog, date(2025, 7, 1))
    assert dialog.correct_button.isEnabled()
    assert (dialog.consumer.text(), dialog.commercial.text()) == ("4.00", "10.15")
    assert not dialog.confirmed.isChecked()
    dialog.confirmed.setChecked(True)
    dialog.note.setText("checked against the Staatscourant")
    with qtbot.waitSignal(dialog.rates_changed, timeout=10_000):
        dialog.correct_button.click()
    idle(qtbot, dialog)
    newest = current_interest_rates(shell_ctx.db)[-1]
    assert newest.confirmed and newest.note == "checked against the Staatscourant"
    row = dialog.model.row_of(date(2025, 7, 1))
    index = dialog.model.index(row, InterestRatesModel.CONFIRMED)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_a_correction_someone_else_beat_is_refused_and_the_table_reloaded(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    select_row(dialog, date(2025, 7, 1))
    mine = dialog.selected()
    assert mine is not None
    correct_interest_rate(shell_ctx.db, mine, replace(mine, commercial=Decimal("10.25")))
    dialog.note.setText("my note")
    dialog.correct_button.click()
    qtbot.waitUntil(lambda: not dialog.rates_message.isHidden(), timeout=10_000)
    assert "Someone else changed the interest rate from 2025-07-01" in dialog.rates_message.text()
    row = dialog.model.row_of(date(2025, 7, 1))
    qtbot.waitUntil(
        lambda: dialog.model.index(row, InterestRatesModel.COMMERCIAL).data() == "10.25 %",
        timeout=10_000,
    )
    assert dialog.note.text() == "my note"  # the clerk's typing is kept
    assert current_interest_rates(shell_ctx.db)[-1].note != "my note"


def test_delete_a_row(qtbot: QtBot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    add_interest_rate(shell_ctx.db, date(2026, 1, 1), "4", "10.15")
    dialog.reload_button.click()
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() == len(DEFAULT_INTEREST_RATES) + 1, timeout=10_000
    )
    idle(qtbot, dialog)
    select_row(dialog, date(2026, 1, 1))
    with qtbot.waitSignal(dialog.rates_changed, timeout=10_000):
        dialog.delete_button.click()
    idle(qtbot, dialog)
    assert current_interest_rates(shell_ctx.db) == DEFAULT_INTEREST_RATES
    assert dialog.model.row_of(date(2026, 1, 1)) == -1


def test_settings_menu_opens_the_dialog(qtbot: QtBot, shell_ctx: UiContext) -> None:
    window = MainWindow(shell_ctx)
    qtbot.addWidget(window)
    settings = [a.menu() for a in window.menuBar().actions() if a.text() == "&Settings"]
    assert settings and isinstance(settings[0], QMenu)
    assert window.legal_action in settings[0].actions()
    entries = [a.text() for a in settings[0].actions()]
    assert entries.index("&Legal and interest…") == entries.index("&Administrations…") + 1
    window.legal_action.trigger()
    dialogs = list(window.findChildren(LegalSettingsDialog))
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: dialogs[0].before is not None, timeout=10_000)
    dialogs[0].reject()


def test_the_calculator_uses_the_stored_rates_and_the_vat_setting(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    list_interest_rates(shell_ctx.db, today=TODAY)
    add_interest_rate(shell_ctx.db, date(2026, 1, 1), "3", "9.5", confirmed=True)
    settings = load_legal_settings(shell_ctx.db)
    save_legal_settings(
        shell_ctx.db, settings, replace(settings, costs_vat_uplift=True, costs_vat_rate="9")
    )
    dialog = CalculatorDialog(shell_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.rates_from_database, timeout=10_000)
    assert dialog.vat_uplift.isChecked() and dialog.vat_percent.value() == 9
    dialog.amount_edit.setText("1000")
    dialog.due_edit.setDate(QDate(2025, 12, 31))
    dialog.end_edit.setDate(QDate(2026, 1, 31))
    assert dialog.vat_value.text() == "13.50"
    assert dialog.interest is not None
    assert [p.rate for p in dialog.interest.result.periods] == [Decimal("3.00")]
    assert dialog.interest_value.text() == "2.55"
    assert "interest table of your organisation" in dialog.rates_source.text()


def test_the_calculator_keeps_the_clerks_vat_choice_on_reload(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    dialog = CalculatorDialog(shell_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.rates_from_database, timeout=10_000)
    assert not dialog.vat_uplift.isChecked()
    dialog.vat_uplift.click()
    settings = load_legal_settings(shell_ctx.db)
    save_legal_settings(shell_ctx.db, settings, replace(settings, costs_vat_rate="9"))
    dialog.rates_from_database = False
    dialog.load_settings()
    qtbot.waitUntil(lambda: dialog.rates_from_database, timeout=10_000)
    assert dialog.vat_uplift.isChecked() and dialog.vat_percent.value() == 21


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "nl")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    set_language("en")
    install_translators(qapp, "en")


def test_dutch(qtbot: QtBot, shell_ctx: UiContext, dutch: None) -> None:
    set_language("nl")
    dialog = open_dialog(qtbot, replace(shell_ctx, language="nl"))
    assert dialog.windowTitle() == "Juridische instellingen en rente"
    assert [dialog.tabs.tabText(i) for i in range(2)] == [
        "Kosten, betalingen en post",
        "Wettelijke rente",
    ]
    assert dialog.allocation.itemText(0) == "Eerst kosten, dan rente, dan hoofdsom (art. 6:44 BW)"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Vanaf"
    last = dialog.model.rowCount() - 1
    assert dialog.model.index(last, InterestRatesModel.FROM).data() == "01-07-2025"
    assert dialog.model.index(last, InterestRatesModel.COMMERCIAL).data() == "10,15 %"
    assert "Voorbeeld: een brief die vandaag" in dialog.postal_example.text()
    assert "tabel" in dialog.rates_warning.text()
    select_row(dialog, date(2025, 7, 1))
    assert dialog.commercial.text() == "10,15"
    dialog.commercial.setText("tien")
    dialog.correct_button.click()
    assert "'tien' is geen percentage" in dialog.rates_message.text()


def test_the_small_recurring_claim_cap_is_shown_edited_and_checked(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    assert (dialog.cap_threshold.text(), dialog.cap_amount.text()) == ("266.67", "140.00")
    assert dialog.cap_months.value() == 6
    # an untouched form changes nothing
    assert dialog.edited() == dialog.before
    dialog.cap_amount.setText("nul")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=10_000)
    assert "'nul' is not an amount" in dialog.message.text()
    assert load_legal_settings(shell_ctx.db).recurring_cap_amount == "140.00"
    dialog.cap_amount.setText("100,00")
    dialog.cap_months.setValue(12)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    stored = load_legal_settings(shell_ctx.db)
    assert (stored.recurring_cap_amount, stored.recurring_cap_months) == ("100.00", 12)
