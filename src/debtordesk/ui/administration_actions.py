"""The Settings menu's dialogs (the organisation, the administrations) and keeping the window's list of
administrations up to date: read at start, after F5, after another database, after a settings dialog."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.services.administrations import AdministrationDetails, list_administrations
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.administrations import AdministrationsDialog
from debtordesk.ui.dialogs.organisation import OrganisationDialog

log = logging.getLogger("debtordesk.ui")


class AdministrationActions(QObject):
    """For the main window; the dialogs open window-modal (the window's event loop keeps running)."""

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        # the settings dialog while it is open
        self.dialog: QDialog | None = None

    def load_now(self) -> bool:
        """Read the administrations at once (before the pages exist, so they open on the current
        administration's rows); True when another administration became current."""
        try:
            return self.ctx.administration.load(self.ctx.db)
        except DebtorDeskError as error:  # the pages will say what is wrong when they load
            log.warning("administrations not read: %s", error)
            return False

    def reload(self) -> None:
        """Read the administrations again in the background (another clerk may have added one)."""
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda _progress: list_administrations(db),
            self._read,
            lambda error: log.warning("administrations not read: %s", error),
        )

    def _read(self, listed: list[AdministrationDetails]) -> None:
        self.ctx.administration.set_available(listed)

    def edit_organisation(self) -> None:
        """The details of the current administration and the options every one shares."""
        administration_id = self.ctx.administration.id
        self._open(OrganisationDialog(self.ctx, self.window, administration_id=administration_id))

    def edit_administrations(self) -> None:
        self._open(AdministrationsDialog(self.ctx, self.window))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.reload()  # one may have been added, or renamed
