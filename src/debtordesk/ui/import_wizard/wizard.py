"""The import wizard: file -> sheet and header row -> columns -> check -> import, and its entry point."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QWidget, QWizard

from debtordesk.domain.errors import Cancelled, UserError
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import error_text, show_error
from debtordesk.ui.import_wizard.busy import TaskSlot
from debtordesk.ui.import_wizard.page_file import FilePage
from debtordesk.ui.import_wizard.page_header import HeaderPage
from debtordesk.ui.import_wizard.page_mapping import MappingPage
from debtordesk.ui.import_wizard.page_preview import PreviewPage
from debtordesk.ui.import_wizard.page_run import RunPage
from debtordesk.ui.import_wizard.state import WizardState
from debtordesk.ui.import_wizard.style import ERROR_STYLE
from debtordesk.ui.widgets.screen_size import initial_size

LAST_FOLDER_KEY = "import/last_folder"

ChooseFile = Callable[[QWidget, str], Path | None]
AskText = Callable[[QWidget, str], str | None]
ShowError = Callable[[QWidget | None, BaseException], None]


def choose_file_dialog(parent: QWidget, folder: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Choose the file to import"),
        folder,
        QCoreApplication.translate(
            "ImportWizard",
            "Spreadsheets and CSV files (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)",
        ),
    )
    return Path(chosen) if chosen else None


def ask_preset_name_dialog(parent: QWidget, suggestion: str) -> str | None:
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ImportWizard", "Save as preset"),
        QCoreApplication.translate(
            "ImportWizard",
            "Name of the preset, for example the package and the list "
            "(“Exact Online open items”). The name is also the source of the imports made with it.",
        ),
        text=suggestion,
    )
    return name.strip() if ok and name.strip() else None


class ImportWizard(QWizard):
    """Walks the clerk from a file to a committed import batch; all slow work runs in ctx.tasks.

    The dialogs it opens are attributes, so tests (and other callers) can replace them.
    """

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        path: Path | None = None,
        *,
        choose_file: ChooseFile = choose_file_dialog,
        ask_preset_name: AskText = ask_preset_name_dialog,
        show_error: ShowError = show_error,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = WizardState(administration=ctx.administration.code)
        self.choose_file = choose_file
        self.ask_preset_name = ask_preset_name
        self.show_error = show_error
        #: True once a batch was committed
        self.committed = False
        self._slots: list[TaskSlot] = []
        self._closing = False
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.header_page = HeaderPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (
            self.file_page,
            self.header_page,
            self.mapping_page,
            self.preview_page,
            self.run_page,
        ):
            self.addPage(page)
        self.setMinimumSize(QSize(820, 600))
        initial_size(self, 1000, 700)
        if path is not None:
            self.file_page.load(path)

    # ------------------------------------------------------------------ for the pages

    def new_slot(self) -> TaskSlot:
        """A task slot whose tasks the wizard waits for before it closes."""
        slot = TaskSlot(self.ctx.tasks, self)
        slot.settled.connect(self._task_settled)
        self._slots.append(slot)
        return slot

    def explain(self, page: QWidget, error: BaseException, label: QLabel) -> None:
        """Say in ``label`` why something did not work; problems that are not the file's also get
        the error dialog (with details for a bug)."""
        if isinstance(error, Cancelled):
            return
        label.setText(error_text(error))
        label.setStyleSheet(ERROR_STYLE)
        label.show()
        if not isinstance(error, UserError):
            self.show_error(page, error)

    def failed(self, page: QWidget) -> Callable[[BaseException], None]:
        """An error handler for work whose failure only needs the error dialog."""
        return lambda error: self.show_error(page, error)

    def last_folder(self) -> Path:
        stored = self.ctx.prefs.value(LAST_FOLDER_KEY, "")
        return Path(str(stored)) if stored else Path.home()

    def remember_folder(self, folder: Path) -> None:
        self.ctx.prefs.setValue(LAST_FOLDER_KEY, str(folder))

    @property
    def busy(self) -> bool:
        return any(slot.pending for slot in self._slots)

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        """Cancel stops running work first (an import rolls back) and closes when it has ended."""
        if self.busy:
            self._closing = True
            for slot in self._slots:
                if slot is not self.run_page.slot:
                    slot.cancel()
            # the import is asked to stop but its answer still counts: it may have committed already
            self.run_page.stop()
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            return
        super().reject()

    @Slot()
    def _task_settled(self) -> None:
        if self._closing and not self.busy:
            self._closing = False
            super().reject()


def open_import_wizard(parent: QWidget, ctx: UiContext, path: Path | None = None) -> bool:
    """Show the import wizard modally (optionally for ``path``); True when a batch was committed."""
    wizard = ImportWizard(ctx, parent, path)
    try:
        wizard.exec()
        return wizard.committed
    finally:
        wizard.deleteLater()
