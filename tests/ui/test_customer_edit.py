"""Editing a customer from the detail panel: the dialog saves through the service and the panel and the
list show the new values; a wrong value or a save someone else beat keeps the dialog open and saves
nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from debtordesk.domain.enums import Channel, ClaimType, CustomerType
from debtordesk.services.customers import (
    CustomerEdit,
    CustomerEditResult,
    PolicyChoice,
    editable_customer,
    update_customer,
)
from debtordesk.services.dunning_status import hand_over
from debtordesk.services.policies import list_policies
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.customer_edit import CustomerEditDialog
from debtordesk.ui.dialogs.customer_form import CustomerForm
from debtordesk.ui.main_window import MainWindow
from debtordesk.ui.models.customers import CustomerColumn
from debtordesk.ui.pages.customers import CustomersPage
from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel
from tests.integration.views.factory import add_customer

WAIT = 10_000


def _customer(ctx: UiContext, **values: object) -> int:
    defaults: dict[str, object] = {
        "postcode": "1012 AB",
        "city": "Amsterdam",
        "email": "jan@example.nl",
        "mobile": "+31612345678",
        "iban": "NL91ABNA0417164300",
    }
    defaults.update(values)
    with ctx.db.write() as session:
        return add_customer(session, "K1", "Jan Jansen", **defaults)


def _panel(qtbot: QtBot, ctx: UiContext, customer_id: int) -> CustomerDetailPanel:
    panel = CustomerDetailPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        panel.show_customer(customer_id)
    return panel


def _open_from(qtbot: QtBot, panel: CustomerDetailPanel) -> CustomerEditDialog:
    panel.edit_button.click()
    dialog = panel.findChild(CustomerEditDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT)
    return dialog


def _dialog(qtbot: QtBot, ctx: UiContext, customer_id: int) -> CustomerEditDialog:
    dialog = CustomerEditDialog(ctx, customer_id, number="K1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT)
    return dialog


def _wait_for_message(qtbot: QtBot, dialog: CustomerEditDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=WAIT)


def test_the_form_shows_the_stored_values_as_a_clerk_reads_them(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    dialog = _dialog(qtbot, shell_ctx, _customer(shell_ctx, tags=[]))
    edits = dialog.form.edits
    assert edits["name"].text() == "Jan Jansen"
    assert edits["mobile"].text() == "06 12345678"
    assert edits["iban"].text() == "NL91 ABNA 0417 1643 00"
    assert dialog.form.country.currentData() is None
    assert dialog.windowTitle() == "Edit customer K1 · Jan Jansen"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_form_gives_back_exactly_what_it_was_given(qtbot: QtBot, language: str) -> None:
    stored = CustomerEdit(
        name="Bakkerij Özer B.V.",
        customer_type=CustomerType.BUSINESS,
        attention=None,
        address_line1="Rue Neuve 1",
        address_line2=None,
        postcode="1000",
        city="Brussel",
        country="BE",
        email="info@ozer.example",
        mobile="+32470123456",
        landline="+31201234567",
        iban="BE68539007547034",
        language="nl",
        preferred_channel=Channel.LETTER,
        opt_out_sms=True,
        opt_out_email=False,
        opt_out_call=True,
        segment=None,
        tags=("betalingsregeling", "vip"),
        preferred_payment_day=None,
        mandate_reference="MND-1",
        mandate_date=date(2025, 3, 31),
        claim_type=ClaimType.CONSUMER_SALE,
        coc_number="12345678",
        email_consent=True,
        policy_override_id=7,
    )
    form = CustomerForm(language)
    form.set_policies([PolicyChoice(3, "Consumer (NL)"), PolicyChoice(7, "Zakelijk streng")])
    qtbot.addWidget(form)
    form.set_values(stored)
    assert form.edits["mobile"].text() == "+32 470 12 34 56"
    assert form.policy.currentText() == "Zakelijk streng"
    assert form.values() == stored
    form.set_values(replace(stored, policy_override_id=None, email_consent=False))
    assert form.policy.currentIndex() == 0 and not form.email_consent.isChecked()
    assert form.values() == replace(stored, policy_override_id=None, email_consent=False)


def test_saving_from_the_panel_stores_the_values_and_the_panel_shows_them(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    customer_id = _customer(shell_ctx)
    panel = _panel(qtbot, shell_ctx, customer_id)
    dialog = _open_from(qtbot, panel)
    dialog.form.edits["email"].setText("j.jansen@example.com")
    dialog.form.edits["mobile"].setText("06-87 65 43 21")
    with (
        qtbot.waitSignal(panel.customer_changed, timeout=WAIT) as changed,
        qtbot.waitSignal(panel.loaded, timeout=WAIT),
    ):
        dialog.save_button.click()
    assert changed.args == [customer_id]
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored, version = editable_customer(shell_ctx.db, customer_id)
    assert (stored.email, stored.mobile, version) == ("j.jansen@example.com", "+31687654321", 2)
    assert panel.values["email"].text() == "j.jansen@example.com"
    assert panel.values["mobile"].text() == "06 87654321"
    assert panel.timeline_model.rowCount() == 1


def test_enter_saves_and_escape_cancels(qtbot: QtBot, shell_ctx: UiContext) -> None:
    customer_id = _customer(shell_ctx)
    dialog = _dialog(qtbot, shell_ctx, customer_id)
    dialog.form.edits["city"].setText("Utrecht")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.keyClick(dialog.form.edits["city"], Qt.Key.Key_Return)
    assert editable_customer(shell_ctx.db, customer_id)[0].city == "Utrecht"

    dialog = _dialog(qtbot, shell_ctx, customer_id)
    dialog.form.edits["city"].setText("Ede")
    qtbot.keyClick(dialog.form.edits["city"], Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    shell_ctx.tasks.wait_for_all()
    assert editable_customer(shell_ctx.db, customer_id)[0].city == "Utrecht"


def test_saving_untouched_values_changes_nothing(qtbot: QtBot, shell_ctx: UiContext) -> None:
    customer_id = _customer(shell_ctx, tags=[])
    dialog = _dialog(qtbot, shell_ctx, customer_id)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save()
    result = saved.args[0]
    assert isinstance(result, CustomerEditResult)
    assert result.changed == () and result.version == 1


def test_a_wrong_iban_keeps_the_dialog_open_with_the_message_at_the_field(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    customer_id = _customer(shell_ctx)
    dialog = _dialog(qtbot, shell_ctx, customer_id)
    dialog.form.edits["iban"].setText("NL91 ABNA 0417 1643 01")
    dialog.form.edits["email"].setText("nieuw@example.nl")
    dialog.save()
    _wait_for_message(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    hint = dialog.form.hints["iban"][1]
    assert hint.isVisible()
    assert "IBAN: 'NL91 ABNA 0417 1643 01' is not a valid IBAN" in hint.text()
    assert "Nothing was saved" in dialog.message.text()
    assert dialog.form.edits["iban"].hasFocus()
    stored, version = editable_customer(shell_ctx.db, customer_id)
    assert (stored.iban, stored.email, version) == ("NL91ABNA0417164300", "jan@example.nl", 1)

    dialog.form.edits["iban"].setText("NL91 ABNA 0417 1643 00")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    assert editable_customer(shell_ctx.db, customer_id)[0].email == "nieuw@example.nl"


def test_a_date_that_is_not_a_date_is_pointed_out_before_saving(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    customer_id = _customer(shell_ctx)
    dialog = _dialog(qtbot, shell_ctx, customer_id)
    dialog.form.edits["mandate_reference"].setText("MND-1")
    dialog.form.edits["mandate_date"].setText("31-02-2026")
    dialog.save()
    assert dialog.form.hints["mandate_date"][1].isVisible()
    assert "type the date as 31-12-2026" in dialog.form.hints["mandate_date"][1].text()
    dialog.form.edits["mandate_date"].setText("15-1-26")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    stored = editable_customer(shell_ctx.db, customer_id)[0]
    assert (stored.mandate_reference, str(stored.mandate_date)) == ("MND-1", "2026-01-15")


def test_a_conflicting_save_says_so_saves_nothing_and_reload_helps(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    customer_id = _customer(shell_ctx)
    dialog = _dialog(qtbot, shell_ctx, customer_id)
    # meanwhile a colleague saves a new city
    theirs, version = editable_customer(shell_ctx.db, customer_id)
    update_customer(
        shell_ctx.db, customer_id, expected_version=version, changes=replace(theirs, city="Delft")
    )
    dialog.form.edits["email"].setText("mine@example.nl")
    dialog.save()
    _wait_for_message(qtbot, dialog)
    assert dialog.message.text() == (
        "Someone else changed customer K1 (Jan Jansen) while you were editing it. Your change was "
        "not saved; reload and try again."
    )
    assert dialog.reload_button.isVisible() and dialog.reload_button.hasFocus()
    stored = editable_customer(shell_ctx.db, customer_id)[0]
    assert (stored.email, stored.city) == ("jan@example.nl", "Delft")

    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.reload_button.click()
    assert dialog.form.edits["city"].text() == "Delft"
    assert not dialog.reload_button.isVisible() and dialog.message.isHidden()
    dialog.form.edits["email"].setText("mine@example.nl")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    stored = editable_customer(shell_ctx.db, customer_id)[0]
    assert (stored.email, stored.city) == ("mine@example.nl", "Delft")


def test_ctrl_e_opens_the_edit_and_the_customers_list_shows_it(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    customer_id = _customer(shell_ctx)
    window = MainWindow(shell_ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    page = window.pages["customers"]
    assert isinstance(page, CustomersPage)
    window.show_page("customers")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    with qtbot.waitSignal(page.detail.loaded, timeout=WAIT):
        page.select_customer(customer_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.detail.findChild(CustomerEditDialog) is not None, timeout=WAIT)
    dialog = page.detail.findChild(CustomerEditDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT)
    dialog.form.edits["name"].setText("Jan Jansen-de Vries")
    name_column = page.customers.column_of(CustomerColumn.NAME)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    qtbot.waitUntil(
        lambda: page.model.index(0, name_column).data() == "Jan Jansen-de Vries", timeout=WAIT
    )
    qtbot.waitUntil(lambda: page.detail.title.text() == "Jan Jansen-de Vries", timeout=WAIT)


def test_the_dunning_fields_show_the_status_and_save_consent_and_own_policy(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    customer_id = _customer(shell_ctx)
    hand_over(shell_ctx.db, customer_id, note="Dossier 17 at the agency")
    dialog = _dialog(qtbot, shell_ctx, customer_id)
    form = dialog.form
    assert form.status.text().startswith("Handed over since ")
    assert form.status.text().endswith("— Dossier 17 at the agency")
    choices = [form.policy.itemText(i) for i in range(form.policy.count())]
    assert choices == ["By segment / default", "Business (NL)", "Consumer (NL)"]
    assert form.policy.currentIndex() == 0 and not form.email_consent.isChecked()

    form.email_consent.setChecked(True)
    form.policy.setCurrentIndex(choices.index("Consumer (NL)"))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save()
    assert set(saved.args[0].changed) == {"email_consent", "policy_override_id"}
    stored = editable_customer(shell_ctx.db, customer_id)[0]
    consumer = {p.name: p.id for p in list_policies(shell_ctx.db, 1)}["Consumer (NL)"]
    assert (stored.email_consent, stored.policy_override_id) == (True, consumer)

    dialog = _dialog(qtbot, shell_ctx, customer_id)
    assert dialog.form.policy.currentText() == "Consumer (NL)"
    assert dialog.form.email_consent.isChecked()
