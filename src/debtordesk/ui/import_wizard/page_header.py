"""Step 2: which sheet of a workbook, and which row holds the column names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from debtordesk.importing import detect_header, headers_for
from debtordesk.importing.model import SheetData
from debtordesk.ui.import_wizard import jobs
from debtordesk.ui.import_wizard.busy import ProgressPanel, run_tracked
from debtordesk.ui.import_wizard.models import SheetGridModel
from debtordesk.ui.import_wizard.preset_note import layout_note
from debtordesk.ui.import_wizard.style import ERROR_STYLE

if TYPE_CHECKING:
    from debtordesk.ui.import_wizard.wizard import ImportWizard


class HeaderPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._state = wizard.state
        self._slot = wizard.new_slot()
        #: what the page was last set up for, so going back and forth keeps the clerk's choice
        self._shown_for: tuple[object, ...] | None = None
        self.model: SheetGridModel | None = None
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(
            self.tr(
                "The row with the column names is marked. If another row holds them, click it; "
                "rows above it are skipped."
            )
        )
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setMinimumContentsLength(24)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("Sheet:"), self)
        self.guess_label = QLabel(self)
        self.guess_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.progress = ProgressPanel(self)

        self.grid = QTableView(self)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.horizontalHeader().setDefaultSectionSize(110)
        self.grid.verticalHeader().setDefaultSectionSize(22)

        self.row_spin = QSpinBox(self)
        self.row_spin.setMaximumWidth(100)
        self.row_spin.valueChanged.connect(self._row_spun)
        self.no_header = QCheckBox(
            self.tr("The file has no header row (columns are named A, B, C…)")
        )
        self.no_header.toggled.connect(self._no_header_toggled)

        form = QFormLayout()
        form.addRow(self.sheet_label, self.sheet_combo)
        form.addRow(self.tr("Header row:"), self.row_spin)
        form.addRow("", self.no_header)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.guess_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.grid, 1)

    # ------------------------------------------------------------------ QWizardPage

    def initializePage(self) -> None:
        info = self._state.info
        assert info is not None and self._state.sheet is not None
        layout = self._state.layout
        chosen = (layout.preset.id, layout.sheet.name, layout.header_index) if layout else None
        key = (info.path, info.sha256, self._state.kind, chosen)
        if key == self._shown_for:
            return
        self._shown_for = key
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(info.sheets))
        self.sheet_combo.setVisible(bool(info.sheets))
        self.sheet_label.setVisible(bool(info.sheets))
        if self._state.sheet.name in info.sheets:
            self.sheet_combo.setCurrentIndex(info.sheets.index(self._state.sheet.name))
        self._show_sheet(self._state.sheet)

    def cleanupPage(self) -> None:
        """Going back keeps the choices made here."""

    def isComplete(self) -> bool:
        return self.model is not None and not self._slot.busy and self.error_label.isHidden()

    def validatePage(self) -> bool:
        sheet = self._state.sheet
        if sheet is None or self.model is None:
            return False
        self._state.header_index = self.model.header_index
        self._state.headers = headers_for(sheet, self.model.header_index)
        return True

    # ------------------------------------------------------------------ the sheet

    @Slot(int)
    def _sheet_chosen(self, position: int) -> None:
        info = self._state.info
        assert info is not None
        name = info.sheets[position]
        if self._state.sheet is not None and self._state.sheet.name == name:
            return
        self.error_label.hide()
        run_tracked(
            self._slot,
            self.progress,
            self.tr("Reading the sheet…"),
            lambda progress: jobs.read_other_sheet(info, name, progress),
            self._show_sheet,
            on_error=self._failed,
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._wizard.explain(self, error, self.error_label)
        self.completeChanged.emit()

    def _show_sheet(self, sheet: SheetData) -> None:
        self._state.sheet = sheet
        guess = detect_header(sheet, self._state.kind)
        self._state.guess = guess
        layout = self._state.layout
        # the sheet a saved preset chose: its header row, as the preset says
        by_preset = layout is not None and layout.sheet.name == sheet.name
        index = layout.header_index if layout is not None and by_preset else guess.index
        self.model = SheetGridModel(sheet, index, self)
        self.grid.setModel(self.model)
        self.grid.selectionModel().selectionChanged.connect(self._row_clicked)
        self.grid.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.grid.setColumnWidth(column, min(self.grid.columnWidth(column), 220))
        shown = self.model.rowCount()
        self.row_spin.blockSignals(True)
        self.row_spin.setRange(sheet.row_number(0), sheet.row_number(max(shown - 1, 0)))
        self.row_spin.blockSignals(False)
        info = self._state.info
        if layout is not None and by_preset:
            self.guess_label.setText(
                layout_note(layout, self._state.kind, workbook=bool(info and info.sheets))
            )
        elif guess.index is None:
            self.guess_label.setText(
                self.tr(
                    "No row with known column names was found. If the file has no header row, "
                    "keep the box below ticked; otherwise click the row with the column names."
                )
            )
        else:
            self.guess_label.setText(
                self.tr(
                    "Row {row} looks like the header row: {count} column names were recognised."
                ).format(row=sheet.row_number(guess.index), count=guess.matches)
            )
        self._set_header(index)
        self.completeChanged.emit()

    # ------------------------------------------------------------------ choosing the header row

    def _set_header(self, index: int | None) -> None:
        assert self.model is not None and self._state.sheet is not None
        self.model.set_header_index(index)
        self.no_header.blockSignals(True)
        self.no_header.setChecked(index is None)
        self.no_header.blockSignals(False)
        if index is not None:
            self.row_spin.blockSignals(True)
            self.row_spin.setValue(self._state.sheet.row_number(index))
            self.row_spin.blockSignals(False)
        self.row_spin.setEnabled(index is not None)
        if index is not None:
            self.grid.selectRow(index)
            self.grid.scrollTo(self.model.index(index, 0))
        else:
            self.grid.clearSelection()

    @Slot(QItemSelection, QItemSelection)
    def _row_clicked(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes: list[QModelIndex] = selected.indexes()
        if indexes and self.model is not None and indexes[0].row() != self.model.header_index:
            self._set_header(indexes[0].row())

    @Slot(int)
    def _row_spun(self, number: int) -> None:
        if self._state.sheet is not None:
            self._set_header(number - self._state.sheet.first_row_number)

    @Slot(bool)
    def _no_header_toggled(self, checked: bool) -> None:
        if checked:
            self._set_header(None)
        else:
            guess = self._state.guess
            self._set_header(guess.index if guess and guess.index is not None else 0)
