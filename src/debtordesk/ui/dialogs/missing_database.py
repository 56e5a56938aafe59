"""The 'DebtorDesk cannot start' dialog when the database chosen on this computer (the workstation
setting) is in a folder that does not exist: besides the reason, a way out that needs no settings
file and no --db, namely the standard database (after a confirmation), or Quit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.ui.errors import error_text


class MissingDatabaseDialog(QMessageBox):
    """The reason (the folder, where the setting is), and two buttons: use the standard database, or
    quit (also Escape). ``use_standard`` is clicked only after the clerk confirmed it
    (:meth:`confirmed`)."""

    def __init__(
        self, error: DebtorDeskError, standard: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.chosen = str(error.message.params.get("path") or "")
        self.folder = str(error.message.params.get("folder") or "")
        self.standard = standard
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(QCoreApplication.translate("app", "DebtorDesk cannot start"))
        self.setText(error_text(error))
        self.setInformativeText(
            self.tr(
                "Or use the standard database in the data folder now: DebtorDesk then forgets "
                "the database chosen on this computer. Quit changes nothing."
            )
        )
        self.use_standard = self.addButton(
            self.tr("Use the standard database"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.quit)
        self.setEscapeButton(self.quit)

    def confirmation(self) -> QMessageBox:
        """The question before the setting is cleared: what happens to which database."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Use the standard database"))
        box.setText(
            self.tr(
                "Use the standard database {standard} from now on? DebtorDesk forgets the "
                "database chosen on this computer ({chosen}); if there is no standard database "
                "yet, a new, empty one is made."
            ).format(standard=self.standard, chosen=self.chosen)
        )
        box.setInformativeText(
            self.tr(
                "Nothing in {folder} is changed or removed: when the drive is connected again, "
                "you can choose that database with File › Open database…"
            ).format(folder=self.folder)
        )
        box.addButton(self.tr("Use the standard database"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        return box

    def confirmed(self) -> bool:
        """Asks the confirmation; True when the clerk agreed."""
        box = self.confirmation()
        box.exec()
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


def ask_use_standard_database(
    error: DebtorDeskError, standard: str, parent: QWidget | None = None
) -> bool:
    """Shows the dialog until the clerk quits (False) or chose and confirmed the standard database
    (True); 'Back' in the confirmation shows the dialog again."""
    while True:
        dialog = MissingDatabaseDialog(error, standard, parent)
        dialog.exec()
        if dialog.clickedButton() is not dialog.use_standard:
            return False
        if dialog.confirmed():
            return True
