"""Tools > Letter template preview: the template names in the clerk's language (the Dutch dialog listed
them in English: they were looked up in the dialog's context, not in 'TemplateNames' where they are)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.template_preview import TemplatePreviewDialog
from debtordesk.ui.i18n import install_translators


def test_the_template_names_are_in_dutch(
    qtbot: QtBot, qapp: QApplication, shell_ctx: UiContext
) -> None:
    installed = install_translators(qapp, "nl")
    try:
        dialog = TemplatePreviewDialog(shell_ctx)
        qtbot.addWidget(dialog)
        names = {
            dialog.template.itemData(row): dialog.template.itemText(row)
            for row in range(dialog.template.count())
        }
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
    assert names["pre_reminder"] == "Betaalverzoek voor de vervaldatum"
    assert names["storno"] == "Na een mislukte incasso"
