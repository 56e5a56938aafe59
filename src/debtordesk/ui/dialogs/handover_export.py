"""Customer > Export hand-over dossier…: asks for a folder and writes the collection agency's dossier
(.xlsx per customer) for the selected customers in the background; says where the files are."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.services.handover_export import HandoverExport, export_handover_dossiers
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import error_text, show_error

# asks the clerk for a folder; None: cancelled
FolderChooser = Callable[[QWidget], Path | None]


def choose_folder(parent: QWidget) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("HandoverExportAction", "Folder for the hand-over dossiers"),
    )
    return Path(chosen) if chosen else None


class HandoverExportAction(QObject):
    """The action for the customers a page has selected; ``exported`` fires with the
    :class:`HandoverExport` once the files are written, ``failed`` with the error."""

    exported = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget,
        selected: Callable[[], Sequence[int]],
        *,
        choose: FolderChooser = choose_folder,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self._selected = selected
        self._choose = choose
        self.action = QAction(self.tr("E&xport hand-over dossier…"), parent)
        self.action.setToolTip(
            self.tr(
                "An Excel file per selected customer for the collection agency: claims, costs and "
                "interest, every step taken and the 14-day-letter evidence."
            )
        )
        self.action.triggered.connect(self.start)
        self.busy = False
        self.last_message: QMessageBox | None = None

    def start(self) -> None:
        customer_ids = list(self._selected())
        if self.busy or not customer_ids:
            return
        folder = self._choose(self._parent)
        if folder is None:
            return
        self.busy = True
        self.action.setEnabled(False)
        db, today, language = self.ctx.db, self.ctx.today(), self.ctx.language
        self.ctx.tasks.run(
            lambda progress: export_handover_dossiers(
                db, customer_ids, folder, today=today, language=language, progress=progress
            ),
            self._done,
            self._failed,
        )

    def _done(self, result: HandoverExport) -> None:
        self._idle()
        self.exported.emit(result)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Hand-over dossier"),
            self.tr("Dossiers written: {count}, in the folder {folder}.").format(
                count=len(result.files), folder=result.folder
            ),
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setInformativeText(
            self.tr(
                "The letters' PDFs come from the letter archive; the files list every letter sent."
            )
        )
        box.setDetailedText("\n".join(str(file.path) for file in result.files))
        box.open()
        self.last_message = box

    def _failed(self, error: BaseException) -> None:
        self._idle()
        self.failed.emit(error)
        if not isinstance(error, DebtorDeskError):
            show_error(self._parent, error)  # a bug: the crash dialog with the details
            return
        # a folder that cannot be used: say so without blocking (the clerk may simply retry)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Hand-over dossier"),
            error_text(error),
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.open()
        self.last_message = box

    def _idle(self) -> None:
        self.busy = False
        self.action.setEnabled(True)
