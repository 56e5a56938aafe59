"""File menu actions on the database itself: back up now, restore a backup, open another database.

The questions to the clerk (which file, are you sure) go through an :class:`Asker`, so tests answer
them without modal dialogs. The work runs on the TaskRunner; the window stays responsive.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.services.database import Database, open_database
from debtordesk.settings.paths import backup_dir
from debtordesk.settings.workstation import load_workstation, save_workstation
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import show_error
from debtordesk.ui.formatting import datetime_text

if TYPE_CHECKING:
    from debtordesk.services.backup import RestoreInfo

log = logging.getLogger("debtordesk.ui")


class Asker(Protocol):
    """The questions these actions put to the clerk."""

    def backup_to_restore(self, parent: QWidget, folder: Path) -> Path | None: ...

    def confirm_restore(self, parent: QWidget, backup: Path, database: str) -> bool: ...

    def database_location(self, parent: QWidget, current: str) -> str | None: ...

    def tell(self, parent: QWidget, title: str, text: str) -> None: ...

    def fail(self, parent: QWidget, error: BaseException) -> None: ...


class DialogAsker(QObject):
    """The real questions: file dialogs and message boxes."""

    def backup_to_restore(self, parent: QWidget, folder: Path) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            self.tr("Restore a backup"),
            str(folder),
            self.tr("DebtorDesk backups (*.zip)"),
        )
        return Path(name) if name else None

    def confirm_restore(self, parent: QWidget, backup: Path, database: str) -> bool:
        answer = QMessageBox.warning(
            parent,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the database {database} with the backup {backup}?\n\n"
                "Everything entered since that backup is replaced. A safety copy of the current "
                "database is made first."
            ).format(database=database, backup=backup.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def database_location(self, parent: QWidget, current: str) -> str | None:
        box = QMessageBox(parent)
        box.setWindowTitle(self.tr("Open database"))
        box.setText(
            self.tr("Open a database file on this computer, or a team database by its address?")
        )
        file_button = box.addButton(self.tr("Database file…"), QMessageBox.ButtonRole.AcceptRole)
        url_button = box.addButton(
            self.tr("Team database address…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is file_button:
            name, _filter = QFileDialog.getSaveFileName(
                parent,
                self.tr("Open or create a database file"),
                current if "://" not in current else "",
                self.tr("DebtorDesk databases (*.sqlite *.db);;All files (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            return name or None
        if box.clickedButton() is url_button:
            text, accepted = QInputDialog.getText(
                parent,
                self.tr("Team database"),
                self.tr("Address of the PostgreSQL database (postgresql://user@server/database):"),
                QLineEdit.EchoMode.Normal,
                current if "://" in current else "postgresql://",
            )
            return text.strip() if accepted and text.strip() else None
        return None

    def tell(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def fail(self, parent: QWidget, error: BaseException) -> None:
        show_error(parent, error)


class DatabaseActions(QObject):
    """Back up, restore and switch databases for the main window."""

    #: the context now holds another (or a restored) database: every view must reload
    database_changed = Signal()
    #: a short note for the status bar
    status_message = Signal(str)

    def __init__(self, ctx: UiContext, window: QWidget, asker: Asker | None = None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.asker: Asker = asker or DialogAsker(self)

    def back_up_now(self) -> None:
        from debtordesk.services.backup import backup_now

        db = self.ctx.db
        self.status_message.emit(self.tr("Making a backup…"))
        self.ctx.tasks.run(
            lambda _progress: backup_now(db),
            lambda info: self.status_message.emit(
                self.tr("Backup saved: {path}").format(path=str(info.path))
            ),
            self._failed,
            write=True,
        )

    def restore(self) -> None:
        from debtordesk.services.backup import restore_backup
        from debtordesk.services.backup_restore import database_file

        try:  # a team database is restored with the server's tools: say so before asking anything
            location = str(database_file(self.ctx.db.describe()))
        except DebtorDeskError as error:
            self.asker.fail(self.window, error)
            return
        backup = self.asker.backup_to_restore(self.window, backup_dir())
        if backup is None or not self.asker.confirm_restore(self.window, backup, location):
            return
        # no task of ours may hold the database while its file is replaced
        self.ctx.tasks.wait_for_all()
        self.ctx.db.dispose()
        self.status_message.emit(self.tr("Restoring {name}…").format(name=backup.name))

        def work(_progress: object) -> tuple[RestoreInfo, Database]:
            info = restore_backup(location, backup)
            return info, open_database(location)

        self.ctx.tasks.run(work, self._restored, self._failed, write=True)

    def _restored(self, result: tuple[RestoreInfo, Database]) -> None:
        info, db = result
        self._switch_to(db)
        text = self.tr("The backup of {date} is back in place.").format(
            date=datetime_text(info.restored.created_at, self.ctx.language)
        )
        if info.safety_backup is not None:
            text += "\n" + self.tr("The database as it was is kept in {path}.").format(
                path=str(info.safety_backup)
            )
        self.asker.tell(self.window, self.tr("Backup restored"), text)

    def open_other(self) -> None:
        """Switch to another database file or team database, and remember the choice here."""
        location = self.asker.database_location(self.window, self.ctx.db.describe())
        if not location:
            return
        self.status_message.emit(self.tr("Opening {location}…").format(location=location))
        self.ctx.tasks.run(
            lambda _progress: open_database(location),
            lambda db: self._opened(db, location),
            self._failed,
            write=True,
        )

    def _opened(self, db: Database, location: str) -> None:
        self._switch_to(db)
        save_workstation(replace(load_workstation(), database_url=location))

    def _switch_to(self, db: Database) -> None:
        old = self.ctx.db
        self.ctx.tasks.wait_for_all()
        self.ctx.db = db
        if old is not db:
            old.dispose()
        log.info("database is now %s", db.describe())
        self.status_message.emit(self.tr("Database: {location}").format(location=db.describe()))
        self.database_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.status_message.emit("")
        self.asker.fail(self.window, error)
