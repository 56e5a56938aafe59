"""Settings > Organisation…: loads from the database, saves to it, refuses a save someone else beat."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QSpinBox
from sqlalchemy import select

from debtordesk.db.models import AuditLog
from debtordesk.services.administrations import load_organisation, save_organisation
from debtordesk.services.policies import payment_reference_kind
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.organisation import OrganisationDialog


def open_dialog(qtbot, ctx: UiContext) -> OrganisationDialog:
    dialog = OrganisationDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.before is not None and dialog.tabs.isEnabled(), timeout=10_000)
    return dialog


def test_shows_what_is_stored(qtbot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    assert dialog.edits["name"].text() == "Mijn administratie"
    assert dialog.edits["country"].text() == "NL"
    term = dialog.option_editors["payment_term_days"]
    assert isinstance(term, QSpinBox) and term.value() == 14
    ratio = dialog.option_editors["snapshot_close_confirm_ratio"]
    assert isinstance(ratio, QSpinBox) and ratio.value() == 50
    detect = dialog.option_editors["detect_business_from_name"]
    assert isinstance(detect, QCheckBox) and detect.isChecked()
    kind = dialog.option_editors["unknown_customer_type"]
    assert isinstance(kind, QComboBox) and kind.currentText() == "Consumer"


def test_saves_details_and_options_to_the_database(qtbot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    dialog.edits["name"].setText("Kinderopvang De Zonnebloem B.V.")
    dialog.edits["iban"].setText("NL91 ABNA 0417 1643 00")
    dialog.edits["account_holder"].setText("Kinderopvang De Zonnebloem B.V.")
    dialog.edits["coc_number"].setText("12345678")
    term = dialog.option_editors["payment_term_days"]
    assert isinstance(term, QSpinBox)
    term.setValue(30)
    ratio = dialog.option_editors["snapshot_close_confirm_ratio"]
    assert isinstance(ratio, QSpinBox)
    ratio.setValue(40)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = load_organisation(shell_ctx.db)
    assert stored.administration.name == "Kinderopvang De Zonnebloem B.V."
    assert stored.administration.iban == "NL91ABNA0417164300"
    assert stored.settings.payment_term_days == 30
    assert stored.settings.snapshot_close_confirm_ratio == 0.4


def test_a_conflicting_save_is_refused_and_reload_helps(qtbot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    # meanwhile a colleague saves a new city
    theirs = load_organisation(shell_ctx.db)
    save_organisation(
        shell_ctx.db,
        theirs,
        replace(theirs, administration=replace(theirs.administration, city="Delft")),
    )
    dialog.edits["city"].setText("Ede")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=10_000)
    assert "Someone else changed the administration details" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert load_organisation(shell_ctx.db).administration.city == "Delft"
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.reload_button.click()
    assert dialog.edits["city"].text() == "Delft"
    dialog.edits["city"].setText("Ede")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert load_organisation(shell_ctx.db).administration.city == "Ede"


def test_a_wrong_iban_is_pointed_out(qtbot, shell_ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    dialog.edits["iban"].setText("NL91 ABNA 0417 1643 01")
    dialog.edits["iban"].editingFinished.emit()
    assert not dialog.iban_hint.isHidden()
    assert "is not a valid IBAN" in dialog.iban_hint.text()
    dialog.edits["account_holder"].setText("X")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=10_000)
    assert "is not a valid IBAN" in dialog.message.text()
    assert load_organisation(shell_ctx.db).administration.iban is None


def test_a_wrong_iban_already_stored_is_pointed_out_on_opening(qtbot, shell_ctx: UiContext) -> None:
    """An IBAN stored with a typo before saving refused it: letters treat it as no IBAN, and the
    dialog says what is wrong with it as soon as it opens."""
    from debtordesk.db.models import Administration

    with shell_ctx.db.write() as session:
        row = session.scalars(select(Administration).order_by(Administration.id)).first()
        assert row is not None
        row.iban, row.account_holder = "NL91ABNA0417164301", "X"
    dialog = open_dialog(qtbot, shell_ctx)
    assert dialog.edits["iban"].text() == "NL91ABNA0417164301"
    assert not dialog.iban_hint.isHidden()
    assert "is not a valid IBAN" in dialog.iban_hint.text()


def test_the_payment_reference_kind_is_shown_explained_and_saved(
    qtbot, shell_ctx: UiContext
) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    assert dialog.reference_kind.currentData() == "rf"
    assert "RF" in dialog.reference_note.text()
    dialog.reference_kind.setCurrentIndex(dialog.reference_kind.findData("kenmerk"))
    assert "registered this IBAN" in dialog.reference_note.text()
    dialog.edits["city"].setText("Ede")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert payment_reference_kind(shell_ctx.db, 1) == "kenmerk"
    assert load_organisation(shell_ctx.db).administration.city == "Ede"
    assert dialog.reference_kind_before == "kenmerk"
    # the version read back after both saves: the next save from this dialog is not a conflict
    assert dialog.before is not None
    assert (
        dialog.before.administration.version
        == load_organisation(shell_ctx.db).administration.version
    )
    with shell_ctx.db.read() as session:
        changes = [
            entry.details
            for entry in session.scalars(
                select(AuditLog).where(AuditLog.entity == "administration")
            )
        ]
    assert {"payment_reference_kind": {"before": "rf", "after": "kenmerk"}} in changes

    dialog = open_dialog(qtbot, shell_ctx)
    assert dialog.reference_kind.currentData() == "kenmerk"
    dialog.reference_kind.setCurrentIndex(dialog.reference_kind.findData("invoice_number"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert payment_reference_kind(shell_ctx.db, 1) == "invoice_number"


def test_an_account_holder_other_than_the_letter_name_is_warned_about(
    qtbot, shell_ctx: UiContext
) -> None:
    dialog = open_dialog(qtbot, shell_ctx)
    dialog.edits["name"].setText("De Zonnebloem")
    dialog.edits["account_holder"].setText("Kinderopvang De Zonnebloem B.V.")
    assert not dialog.payee_warning.isHidden()
    assert "'De Zonnebloem'" in dialog.payee_warning.text()
    assert "October 2025" in dialog.payee_warning.text()
    dialog.edits["name"].setText("kinderopvang de zonnebloem  B.V.")
    assert dialog.payee_warning.isHidden()
    dialog.edits["account_holder"].setText("")
    assert dialog.payee_warning.isHidden()


def test_a_stored_mismatch_is_pointed_out_on_opening(qtbot, shell_ctx: UiContext) -> None:
    theirs = load_organisation(shell_ctx.db)
    save_organisation(
        shell_ctx.db,
        theirs,
        replace(
            theirs,
            administration=replace(
                theirs.administration, iban="NL91ABNA0417164300", account_holder="Stichting X"
            ),
        ),
    )
    dialog = open_dialog(qtbot, shell_ctx)
    assert not dialog.payee_warning.isHidden()


def test_a_logo_is_chosen_shown_and_refused_when_it_is_no_image(
    qtbot, shell_ctx: UiContext
) -> None:
    from debtordesk.services.logo import get_logo
    from tests.integration.administrations.test_logo import image_bytes

    dialog = open_dialog(qtbot, shell_ctx)
    qtbot.waitUntil(lambda: dialog.logo_loaded)
    assert dialog.logo_preview.text() == "No logo"
    assert not dialog.logo_remove.isEnabled()
    png = image_bytes()
    dialog.store_logo(png, "logo.png")
    qtbot.waitUntil(lambda: dialog.logo_data == png)
    assert not dialog.logo_preview.pixmap().isNull()
    assert get_logo(shell_ctx.db, 1) == png
    dialog.store_logo(b"plain text", "notes.txt")
    qtbot.waitUntil(lambda: not dialog.message.isHidden())
    assert "notes.txt" in dialog.message.text() and "PNG or JPEG" in dialog.message.text()
    assert get_logo(shell_ctx.db, 1) == png
    dialog.logo_remove.click()
    qtbot.waitUntil(lambda: dialog.logo_data is None)
    assert get_logo(shell_ctx.db, 1) is None
