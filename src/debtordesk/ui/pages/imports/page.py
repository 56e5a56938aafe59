"""The import history page: the batches, the problems of the chosen one, and undo of the last import."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.enums import BatchStatus
from debtordesk.i18n.catalogue import current_language, format_value, render
from debtordesk.importing.model import Issue
from debtordesk.services.imports import (
    BatchInfo,
    UndoSummary,
    batch_issues,
    list_batches,
    undo_last_batch,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import show_error
from debtordesk.ui.import_wizard.busy import TaskSlot
from debtordesk.ui.import_wizard.models import IssueTableModel
from debtordesk.ui.import_wizard.style import NOTE_STYLE, SUCCESS_STYLE
from debtordesk.ui.pages.imports.model import BatchTableModel, Column, local_time_text

Confirm = Callable[[QWidget, str, str], bool]
ShowError = Callable[[QWidget | None, BaseException], None]


def confirm_dialog(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class ImportHistoryPage(QWidget):
    """Every import batch; ``data_changed`` fires after an undo so other views can reload."""

    data_changed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = confirm_dialog,
        show_error: ShowError = show_error,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm = confirm
        self.show_error = show_error
        self._list_slot = TaskSlot(ctx.tasks, self)
        self._issues_slot = TaskSlot(ctx.tasks, self)
        self._undo_slot = TaskSlot(ctx.tasks, self)
        self.model = BatchTableModel(self)
        self.issues_model = IssueTableModel([], self)

        heading = self.tr("Import history")
        title = QLabel(f"<h2>{heading}</h2>", self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.undo_button = QPushButton(self.tr("Undo last import…"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        # with several administrations the page shows the current one's imports, or all of them
        self.all_box = QCheckBox(self.tr("All administrations"), self)
        self.all_box.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.all_box)
        top.addWidget(self.refresh_button)
        top.addWidget(self.undo_button)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(SUCCESS_STYLE)
        self.message_label.hide()

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.empty_label = QLabel(
            self.tr("No imports yet. Import your open-items list with File > Import…"), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(NOTE_STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)

        self.details_label = QLabel(self.tr("Choose an import to see its problems."), self)
        self.details_label.setWordWrap(True)
        self.issues_view = QTableView(self)
        self.issues_view.setModel(self.issues_model)
        self.issues_view.verticalHeader().hide()
        self.issues_view.setWordWrap(False)
        self.issues_view.verticalHeader().setDefaultSectionSize(22)
        self.issues_view.horizontalHeader().setStretchLastSection(True)
        self.issues_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_label)
        details_layout.addWidget(self.issues_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)
        ctx.administration.changed.connect(self.refresh)
        ctx.administration.available_changed.connect(self._show_administrations)
        self._show_administrations()

    @Slot()
    def _show_administrations(self) -> None:
        several = self.ctx.administration.several
        self.all_box.setVisible(several)
        self.table.setColumnHidden(Column.ADMINISTRATION, not several)

    # ------------------------------------------------------------------ the list

    @Slot()
    def refresh(self) -> None:
        """Reload the batches in the background."""
        db = self.ctx.db
        administration = None if self.all_box.isChecked() else self.ctx.administration.code
        self.refresh_button.setEnabled(False)
        self._list_slot.start(
            lambda _progress: list_batches(db, administration), self._listed, self._list_failed
        )

    def _listed(self, batches: list[BatchInfo]) -> None:
        self.refresh_button.setEnabled(True)
        selected = self._selected_batch()
        self.model.set_batches(batches)
        self.stack.setCurrentWidget(self.table if batches else self.empty_label)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(Column.FILE, min(self.table.columnWidth(Column.FILE), 260))
        self.undo_button.setEnabled(self.last_committed() is not None and not self._undo_slot.busy)
        row = next(
            (i for i, b in enumerate(batches) if selected is not None and b.id == selected.id), 0
        )
        if batches:
            self.table.selectRow(row)
        else:
            self.issues_model.set_issues([])
            self.details_label.setText(self.tr("Choose an import to see its problems."))

    def _list_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.show_error(self, error)

    def last_committed(self) -> BatchInfo | None:
        """The batch an undo would revert: the current administration's newest one not undone."""
        code = self.ctx.administration.code
        committed = [
            self.model.batch(row)
            for row in range(self.model.rowCount())
            if self.model.batch(row).status is BatchStatus.COMMITTED
            and (code is None or self.model.batch(row).administration == code)
        ]
        return max(committed, key=lambda b: b.id, default=None)

    def _selected_batch(self) -> BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.batch(rows[0].row()) if rows else None

    # ------------------------------------------------------------------ details

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        batch = self._selected_batch()
        if batch is None:
            return
        db, batch_id = self.ctx.db, batch.id
        self.details_label.setText(self._details_text(batch))
        self._issues_slot.start(
            lambda _progress: batch_issues(db, batch_id),
            self._issues_loaded,
            lambda error: self.show_error(self, error),
        )

    def _issues_loaded(self, issues: tuple[Issue, ...]) -> None:
        self.issues_model.set_issues(issues)
        self.issues_view.resizeColumnsToContents()
        self.issues_view.setColumnWidth(IssueTableModel.VALUE, 160)

    def _details_text(self, batch: BatchInfo) -> str:
        language = current_language()
        errors = batch.rejected
        text = self.tr(
            "{file}{sheet}: rows read: {rows}; rows in error: {errors}; warnings: {warnings}."
        ).format(
            file=batch.file_name,
            sheet=f" ({batch.sheet})" if batch.sheet else "",
            rows=format_value(batch.rows_read, language),
            errors=format_value(errors, language),
            warnings=format_value(batch.warnings_count, language),
        )
        if batch.stored_issues < errors + batch.warnings_count:
            text += " " + self.tr("The first {count} problems were kept.").format(
                count=format_value(batch.stored_issues, language)
            )
        if batch.status is BatchStatus.UNDONE:
            text += " " + self.tr("Undone on {when} by {user}.").format(
                when=local_time_text(batch.undone_at), user=batch.undone_by or "?"
            )
        return text

    # ------------------------------------------------------------------ undo

    @Slot()
    def undo_last(self) -> None:
        """Ask, then revert the newest import in the background."""
        batch = self.last_committed()
        if batch is None:
            return
        question = self.tr(
            "Undo the import of {file} of {when}?\n\n"
            "Only the data this import brought in is reverted: the invoices and customers it "
            "created are removed, and what it changed gets its previous value back. Anything done "
            "since, such as letters sent, calls and notes, stays as it is."
        ).format(file=batch.file_name, when=local_time_text(batch.committed_at or batch.started_at))
        if self.ctx.administration.several:
            question = (
                self.tr("Administration: {name}").format(name=self.ctx.administration.name)
                + "\n\n"
                + question
            )
        if not self.confirm(self, self.tr("Undo last import"), question):
            return
        db, code, batch_id = self.ctx.db, self.ctx.administration.code, batch.id
        self.undo_button.setEnabled(False)
        self.message_label.hide()
        self._undo_slot.start(
            lambda _progress: undo_last_batch(db, administration=code, batch_id=batch_id),
            self._undone,
            self._undo_failed,
            write=True,
        )

    def _undone(self, summary: UndoSummary) -> None:
        self.message_label.setText(render(summary.message))
        self.message_label.show()
        self.data_changed.emit()
        self.refresh()

    def _undo_failed(self, error: BaseException) -> None:
        self.show_error(self, error)
        self.refresh()
