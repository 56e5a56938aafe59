"""Step 5: the import itself, in the background with progress and Stop, then what it changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from debtordesk.domain.errors import Cancelled, UserError
from debtordesk.i18n.catalogue import current_language, format_value
from debtordesk.ui.errors import error_text
from debtordesk.ui.import_wizard import jobs
from debtordesk.ui.import_wizard.busy import ProgressPanel, run_tracked
from debtordesk.ui.import_wizard.counts import CountsView
from debtordesk.ui.import_wizard.style import ERROR_STYLE, NOTICE_STYLE, SUCCESS_STYLE

if TYPE_CHECKING:
    from debtordesk.ui.import_wizard.wizard import ImportWizard


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._state = wizard.state
        self.slot = wizard.new_slot()
        self._done = False
        self.setTitle(self.tr("Importing"))
        self.setFinalPage(True)
        self.progress = ProgressPanel(self, stoppable=True)
        self.progress.stop_button.setText(self.tr("Stop the import"))
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.counts = CountsView(self)
        self.counts.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.counts)
        layout.addStretch(1)

    def initializePage(self) -> None:
        state, db = self._state, self._wizard.ctx.db
        preview = state.preview
        assert preview is not None
        options = state.commit_options()
        self.setSubTitle(
            self.tr("Importing {file}. Stopping leaves the database as it was.").format(
                file=preview.file.name
            )
        )
        run_tracked(
            self.slot,
            self.progress,
            self.tr("Importing…"),
            lambda progress: jobs.commit(db, preview, options, progress),
            self._committed,
            on_error=self._failed,
            write=True,
        )

    def isComplete(self) -> bool:
        return self._done

    def stop(self) -> None:
        """Ask the running import to stop; it rolls back."""
        self.progress.stop()

    def _committed(self, summary: jobs.Summary) -> None:
        self._state.summary = summary
        self._done = True
        self._wizard.committed = True
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("What the import changed."))
        self.result_label.setText(
            self.tr(
                "{file} was imported ({rows} rows read). You find it under Import history, "
                "where the last import can also be undone."
            ).format(
                file=summary.file_name, rows=format_value(summary.rows_read, current_language())
            )
        )
        self.result_label.setStyleSheet(SUCCESS_STYLE)
        self.result_label.show()
        self.counts.show_counts(summary, self._state.kind)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._done = True
        self.setTitle(self.tr("Not imported"))
        self.setSubTitle(self.tr("The file was not imported."))
        if isinstance(error, Cancelled):
            self.result_label.setText(
                self.tr("The import was stopped. Nothing was changed in the database.")
            )
            self.result_label.setStyleSheet(NOTICE_STYLE)
        else:
            self.result_label.setText(
                self.tr("{reason} Nothing was changed in the database.").format(
                    reason=error_text(error)
                )
            )
            self.result_label.setStyleSheet(ERROR_STYLE)
            if not isinstance(error, UserError):
                self._wizard.show_error(self, error)
        self.result_label.show()
        self.completeChanged.emit()
