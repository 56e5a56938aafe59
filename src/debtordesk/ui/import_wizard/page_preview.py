"""Step 4: every row as it would be imported, the problems found, and the counts of what would change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from debtordesk.domain.enums import ImportKind
from debtordesk.i18n.catalogue import current_language, format_value, render
from debtordesk.ui.import_wizard import jobs
from debtordesk.ui.import_wizard.busy import ProgressPanel, run_tracked
from debtordesk.ui.import_wizard.counts import CountsView
from debtordesk.ui.import_wizard.models import IssueTableModel, PreviewRowsModel, RowFilter
from debtordesk.ui.import_wizard.style import ERROR_STYLE, NOTE_STYLE, NOTICE_STYLE

if TYPE_CHECKING:
    from debtordesk.ui.import_wizard.wizard import ImportWizard


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._state = wizard.state
        self._slot = wizard.new_slot()
        self.rows_model: PreviewRowsModel | None = None
        self.issues_model = IssueTableModel([], self)
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr(
                "Rows in error (red) are not imported; rows with a warning (amber) are imported, "
                "with what the warning says."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        # Back and Cancel stop the check; a Stop button here would only leave an empty page
        self.progress = ProgressPanel(self)
        self.counts = CountsView(self)
        self.refusal_label = QLabel(self)
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet(ERROR_STYLE)
        self.confirm_label = QLabel(self)
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setStyleSheet(NOTICE_STYLE)
        self.confirm_box = QCheckBox(self.tr("I have checked this: import anyway"), self)
        self.confirm_box.toggled.connect(self._confirm_toggled)
        self.accept_rejects_box = QCheckBox(self)
        self.accept_rejects_box.toggled.connect(self.completeChanged)
        self.rejects_note = QLabel(self)
        self.rejects_note.setWordWrap(True)
        self.rejects_note.setStyleSheet(NOTE_STYLE)

        # how dates such as 03/04/2026 are read; another choice checks the file again
        self.date_order_combo = QComboBox(self)
        for order, text in (
            ("auto", self.tr("Automatic: day first, unless a date shows the month is first")),
            ("dmy", self.tr("Day-month-year (31-12-2026, the Dutch way)")),
            ("mdy", self.tr("Month-day-year (12/31/2026, American exports)")),
            ("ymd", self.tr("Year-month-day (26-12-31)")),
        ):
            self.date_order_combo.addItem(text, order)
        self.date_order_combo.setToolTip(
            self.tr(
                "How dates written in numbers, such as 03/04/2026, are read. A date that does not "
                "fit the order chosen is an error in its row. Saved with the preset."
            )
        )
        self.date_order_combo.currentIndexChanged.connect(self._date_order_chosen)
        self.date_order_label = QLabel(self.tr("Dates in the file:"), self)
        self.date_order_label.setBuddy(self.date_order_combo)
        self.date_order_note = QLabel(self)
        self.date_order_note.setWordWrap(True)
        self.date_order_note.setStyleSheet(NOTE_STYLE)
        self.date_order_note.hide()
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_order_label)
        date_row.addWidget(self.date_order_combo)
        date_row.addStretch(1)

        self.row_filter = QComboBox(self)
        self.row_filter.addItem(self.tr("All rows"), RowFilter.ALL)
        self.row_filter.addItem(self.tr("Rows with a problem"), RowFilter.PROBLEMS)
        self.row_filter.addItem(self.tr("Rows in error"), RowFilter.ERRORS)
        self.row_filter.activated.connect(self._filter_chosen)
        self.rows_view = _table(self)
        self.issues_view = _table(self)
        self.issues_view.setModel(self.issues_model)
        rows_tab = QWidget(self)
        rows_layout = QVBoxLayout(rows_tab)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Show:"), rows_tab))
        filter_row.addWidget(self.row_filter)
        filter_row.addStretch(1)
        rows_layout.addLayout(filter_row)
        rows_layout.addWidget(self.rows_view)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(rows_tab, self.tr("Rows"))
        self.tabs.addTab(self.issues_view, self.tr("Problems"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addWidget(self.refusal_label)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.accept_rejects_box)
        layout.addWidget(self.rejects_note)
        layout.addLayout(date_row)
        layout.addWidget(self.date_order_note)
        layout.addWidget(self.tabs, 1)
        self._clear()

    # ------------------------------------------------------------------ QWizardPage

    def initializePage(self) -> None:
        self.date_order_combo.blockSignals(True)
        position = self.date_order_combo.findData(self._state.date_order)
        self.date_order_combo.setCurrentIndex(max(position, 0))
        self.date_order_combo.blockSignals(False)
        self._show_date_order_note()
        self._check()

    def _check(self) -> None:
        """Read and check every row as chosen so far, in the background."""
        self._clear()
        state, db = self._state, self._wizard.ctx.db
        assert state.info is not None and state.sheet is not None
        request = jobs.PreviewRequest(
            info=state.info,
            sheet=state.sheet,
            header_index=state.header_index,
            mapping=dict(state.mapping),
            kind=state.kind,
            options=state.commit_options(),
            date_order=state.date_order,
        )
        run_tracked(
            self._slot,
            self.progress,
            self.tr("Checking every row…"),
            lambda progress: jobs.prepare(db, request, progress),
            self._prepared,
            on_error=self._failed,
        )

    def cleanupPage(self) -> None:
        self._slot.cancel()
        self.progress.finish()
        self._clear()

    def validatePage(self) -> bool:
        # Next may be triggered without its button (a shortcut, a call): the same rule applies
        return self.isComplete()

    def isComplete(self) -> bool:
        plan = self._state.plan
        if self._slot.busy or self._state.preview is None or plan is None:
            return False
        if plan.refusal is not None:
            return False
        if plan.confirmation_needed is not None and not self.confirm_box.isChecked():
            return False
        return not (plan.rejected and not self.accept_rejects_box.isChecked())

    # ------------------------------------------------------------------ results

    def _clear(self) -> None:
        self._state.preview = None
        self._state.plan = None
        self._state.confirmed = False
        self.counts.clear()
        for widget in (
            self.refusal_label,
            self.confirm_label,
            self.confirm_box,
            self.accept_rejects_box,
            self.rejects_note,
        ):
            widget.hide()
        self.confirm_box.setChecked(False)
        self.accept_rejects_box.setChecked(False)
        self.rows_view.setModel(None)
        self.rows_model = None
        self.issues_model.set_issues([])
        self.tabs.setTabText(0, self.tr("Rows"))
        self.tabs.setTabText(1, self.tr("Problems"))
        self.completeChanged.emit()

    def _prepared(self, prepared: jobs.Prepared) -> None:
        state = self._state
        state.preview, state.plan = prepared.preview, prepared.plan
        assert state.sheet is not None
        self.rows_model = PreviewRowsModel(prepared.preview, state.sheet, prepared.rows, self)
        self.rows_view.setModel(self.rows_model)
        self.rows_view.setColumnWidth(PreviewRowsModel.ROW_COLUMN, 60)
        self.rows_view.setColumnWidth(PreviewRowsModel.PROBLEM_COLUMN, 320)
        # the plan's problems: the file's, and those found against the stored data (a customer
        # known by name that takes a number, a value too long to keep...)
        self.issues_model.set_issues(prepared.plan.issues)
        self.issues_view.resizeColumnsToContents()
        self.issues_view.setColumnWidth(IssueTableModel.VALUE, 160)
        errors, warnings = prepared.plan.errors, prepared.plan.warnings
        language = current_language()
        self.tabs.setTabText(
            0,
            self.tr("Rows ({count})").format(
                count=format_value(self.rows_model.rowCount(), language)
            ),
        )
        self.tabs.setTabText(
            1,
            self.tr("Problems (errors: {errors}, warnings: {warnings})").format(
                errors=format_value(errors, language), warnings=format_value(warnings, language)
            ),
        )
        if errors or warnings:
            self.tabs.setCurrentIndex(0)
            self.row_filter.setCurrentIndex(1)
            self._filter_chosen(1)
        plan = prepared.plan
        self.counts.show_counts(plan, state.kind)
        if plan.refusal is not None:
            self.refusal_label.setText(render(plan.refusal))
            self.refusal_label.show()
        if plan.confirmation_needed is not None and plan.refusal is None:
            self.confirm_label.setText(render(plan.confirmation_needed))
            self.confirm_label.show()
            self.confirm_box.show()
        if plan.rejected and plan.refusal is None:
            self.accept_rejects_box.setText(
                self.tr("Import the valid rows; leave out the rows in error ({count})").format(
                    count=format_value(plan.rejected, current_language())
                )
            )
            self.accept_rejects_box.show()
            self.rejects_note.setText(self._rejects_note())
            self.rejects_note.show()
        self.completeChanged.emit()

    def _rejects_note(self) -> str:
        if self._state.kind is ImportKind.OPEN_ITEMS:
            return self.tr(
                "The rows in error stay listed in the import history. A full list never closes "
                "their invoices. Or press Cancel, correct the file and import it again."
            )
        return self.tr(
            "The rows in error stay listed in the import history. Or press Cancel, correct the "
            "file and import it again."
        )

    def _failed(self, error: BaseException) -> None:
        self._wizard.explain(self, error, self.refusal_label)
        self.completeChanged.emit()

    @Slot(int)
    def _date_order_chosen(self, position: int) -> None:
        order = str(self.date_order_combo.itemData(position))
        if order == self._state.date_order:
            return
        self._state.date_order = order
        self._show_date_order_note()
        self._check()

    def _show_date_order_note(self) -> None:
        """Say how to keep a date order for the next file when the preset does not keep it."""
        state = self._state
        if state.preset is not None and state.preset_date_order not in (None, state.date_order):
            text = self.tr(
                "Preset “{name}” reads dates another way. To read the next file of this source "
                "like this, go back to Columns and save the preset again."
            ).format(name=state.preset)
        elif state.preset is None and state.date_order != "auto":
            text = self.tr(
                "To read the next file of this source like this, go back to Columns and save "
                "the columns as a preset."
            )
        else:
            text = ""
        self.date_order_note.setText(text)
        self.date_order_note.setVisible(bool(text))

    @Slot(bool)
    def _confirm_toggled(self, checked: bool) -> None:
        self._state.confirmed = checked
        self.completeChanged.emit()

    @Slot(int)
    def _filter_chosen(self, position: int) -> None:
        if self.rows_model is not None:
            self.rows_model.set_filter(RowFilter(self.row_filter.itemData(position)))


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    return view
