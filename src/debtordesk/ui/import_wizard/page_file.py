"""Step 1: which file, what it holds, its export date, and whether it is a full list or changes only."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.i18n.catalogue import current_language, format_value
from debtordesk.importing.model import SheetData
from debtordesk.services.preset_layout import PresetLayout
from debtordesk.ui.import_wizard import jobs
from debtordesk.ui.import_wizard.busy import ProgressPanel, run_tracked
from debtordesk.ui.import_wizard.fields import kind_label
from debtordesk.ui.import_wizard.preset_note import layout_note
from debtordesk.ui.import_wizard.style import ERROR_STYLE, NOTE_STYLE, NOTICE_STYLE

if TYPE_CHECKING:
    from debtordesk.ui.import_wizard.wizard import ImportWizard

FORMAT_NAMES = {"csv": "CSV", "xlsx": "Excel (.xlsx)", "xls": "Excel 97-2003 (.xls)", "ods": "ODS"}


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._state = wizard.state
        self._slot = wizard.new_slot()
        self._date_touched = False
        #: the clerk chose the mode for this file: a preset's mode no longer replaces it
        self._mode_touched = False
        #: the first sheet of the file read (the CSV), whatever sheet a preset chooses
        self._first_sheet: SheetData | None = None
        #: the file being read was typed into the field: Next stays on while it is read
        self._reading_typed = False
        #: Next was pressed while the typed file was read: go on once it is read
        self._next_when_read = False
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "The export from your bookkeeping package: a CSV file or a workbook "
                "(.xlsx, .xls, .ods). You can also drop the file here."
            )
        )
        self.setAcceptDrops(True)

        # a group with several administrations must see where the file goes before anything else
        administration = wizard.ctx.administration
        where = (
            f"<b>{html.escape(administration.name)}</b> ({html.escape(administration.code or '')})"
        )
        self.administration_label = QLabel(self.tr("Import into: {name}").format(name=where), self)
        self.administration_label.setVisible(administration.several)

        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Choose a file or drop it here"))
        self.path_edit.editingFinished.connect(self._path_edited)
        # a typed path enables Next as soon as it names a file, not only after Enter or Tab
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.preset_label = QLabel(self)
        self.preset_label.setWordWrap(True)
        self.preset_label.setStyleSheet(NOTICE_STYLE)
        self.preset_label.hide()
        self.progress = ProgressPanel(self)

        self.kind_buttons = QButtonGroup(self)
        kind_box = QGroupBox(self.tr("What is in the file?"), self)
        kind_layout = QVBoxLayout(kind_box)
        explanations = {
            ImportKind.OPEN_ITEMS: self.tr(
                "the invoices that are still open, with their customers"
            ),
            ImportKind.CUSTOMERS: self.tr("customers and their contact details; no invoices"),
            ImportKind.HISTORY: self.tr(
                "invoices that were paid, with the date paid, to learn how customers pay"
            ),
        }
        for number, kind in enumerate(ImportKind):
            button = QRadioButton(f"{kind_label(kind)}: {explanations[kind]}", kind_box)
            button.setChecked(kind is self._state.kind)
            self.kind_buttons.addButton(button, number)
            kind_layout.addWidget(button)
        self.kind_buttons.idToggled.connect(self._kind_toggled)

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(
            "dd-MM-yyyy" if current_language() == "nl" else "yyyy-MM-dd"
        )
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setMaximumWidth(160)
        self.date_edit.userDateChanged.connect(self._date_changed)
        date_note = QLabel(
            self.tr(
                "The day the list was exported from the bookkeeping; suggested: the file's date."
            ),
            self,
        )
        date_note.setWordWrap(True)
        date_note.setStyleSheet(NOTE_STYLE)

        self.mode_buttons = QButtonGroup(self)
        self.full_button = QRadioButton(self.tr("Full list (snapshot)"), self)
        self.delta_button = QRadioButton(self.tr("Changes only"), self)
        self.mode_buttons.addButton(self.full_button, 0)
        self.mode_buttons.addButton(self.delta_button, 1)
        self.full_button.setChecked(self._state.mode is SnapshotMode.FULL)
        self.delta_button.setChecked(self._state.mode is SnapshotMode.DELTA)
        self.mode_buttons.idToggled.connect(self._mode_toggled)
        self.mode_note = QLabel(self)
        self.mode_note.setWordWrap(True)
        self.mode_note.setStyleSheet(NOTE_STYLE)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.full_button)
        mode_row.addWidget(self.delta_button)
        mode_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Export date:"), self.date_edit)
        form.addRow("", date_note)
        form.addRow(self.tr("The file is:"), mode_row)
        form.addRow("", self.mode_note)

        layout = QVBoxLayout(self)
        layout.addWidget(self.administration_label)
        layout.addLayout(path_row)
        layout.addWidget(self.file_label)
        layout.addWidget(self.preset_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(kind_box)
        layout.addLayout(form)
        layout.addStretch(1)
        self._update_mode_note()

    # ------------------------------------------------------------------ choosing the file

    def load(self, path: Path, *, typed: bool = False) -> None:
        """Read ``path`` in the background; Next is enabled when it could be read (or, for a path
        ``typed`` into the field, while it is read: Next then goes on once it is)."""
        self._reading_typed = typed
        self._next_when_read = False
        self._state.path = path
        if self.path_edit.text() != str(path):
            self.path_edit.setText(str(path))
        self._state.info = None
        self._state.sheet = None
        self._state.layout = None
        self._first_sheet = None
        self._mode_touched = False
        self.file_label.clear()
        self.preset_label.hide()
        self.error_label.hide()
        lookup = self._lookup()
        run_tracked(
            self._slot,
            self.progress,
            self.tr("Reading the file…"),
            lambda progress: jobs.read_file(path, progress, lookup),
            lambda loaded: self._loaded(loaded, lookup.kind),
            on_error=self._failed,
        )
        self.completeChanged.emit()

    def _lookup(self) -> jobs.PresetLookup:
        return jobs.PresetLookup(self._wizard.ctx.db, self._state.kind, self._state.administration)

    def _loaded(self, loaded: jobs.LoadedFile, kind: ImportKind) -> None:
        self._reading_typed = False
        self._state.info = loaded.info
        self._first_sheet = loaded.sheet
        self._use_layout(loaded.layout)
        if kind is not self._state.kind:
            self._look_for_preset()  # the clerk chose another kind while the file was read
        info = loaded.info
        details = [FORMAT_NAMES.get(info.format, info.format), _size_text(info.size)]
        if info.sheets:
            details.append(self.tr("sheets: {count}").format(count=len(info.sheets)))
        details.append(
            self.tr("changed on {date}").format(
                date=format_value(info.modified, current_language())
            )
        )
        self.file_label.setText(f"<b>{html.escape(info.name)}</b> — {', '.join(details)}")
        if not self._date_touched:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(
                QDate(info.modified.year, info.modified.month, info.modified.day)
            )
            self.date_edit.blockSignals(False)
        self._state.export_date = _to_date(self.date_edit.date())
        self.completeChanged.emit()
        if self._next_when_read:
            self._next_when_read = False
            if self._wizard.currentPage() is self and self.isComplete():
                self._wizard.next()

    def _failed(self, error: BaseException) -> None:
        self._reading_typed = self._next_when_read = False
        self._wizard.explain(self, error, self.error_label)
        self.completeChanged.emit()

    # ------------------------------------------------------------------ a saved preset's reading

    def _look_for_preset(self) -> None:
        """Look again for a preset of the kind now chosen (presets are kept per kind)."""
        info, first = self._state.info, self._first_sheet
        if info is None or first is None:
            return
        lookup = self._lookup()
        run_tracked(
            self._slot,
            self.progress,
            self.tr("Looking for a preset…"),
            lambda progress: jobs.find_layout(info, first, lookup, progress),
            self._use_layout,
            on_error=self._failed,
        )
        self.completeChanged.emit()

    def _use_layout(self, layout: PresetLayout | None) -> None:
        """Read the file as the preset says (sheet, header row, mode), and say so in one line."""
        self._state.layout = layout
        self._state.sheet = layout.sheet if layout is not None else self._first_sheet
        if layout is None:
            self.preset_label.hide()
        else:
            if layout.mode is not None and not self._mode_touched:
                self._set_mode(layout.mode)
            info = self._state.info
            self.preset_label.setText(
                layout_note(layout, self._state.kind, workbook=bool(info and info.sheets))
            )
            self.preset_label.show()
        self.completeChanged.emit()

    def _set_mode(self, mode: SnapshotMode) -> None:
        self.mode_buttons.blockSignals(True)
        (self.full_button if mode is SnapshotMode.FULL else self.delta_button).setChecked(True)
        self.mode_buttons.blockSignals(False)
        self._state.mode = mode
        self._update_mode_note()

    @Slot()
    def _browse(self) -> None:
        chosen = self._wizard.choose_file(self, str(self._wizard.last_folder()))
        if chosen is not None:
            self._wizard.remember_folder(chosen.parent)
            self.load(chosen)

    @Slot()
    def _path_edited(self) -> None:
        text = self.path_edit.text().strip()
        if text and Path(text) != self._state.path:
            self.load(Path(text), typed=True)

    def _typed_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def _typed_file_unread(self) -> bool:
        """The field names an existing file that has not been read (yet)."""
        typed = self._typed_path()
        return typed is not None and typed != self._state.path and typed.is_file()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        local = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if local:
            event.acceptProposedAction()
            self.load(Path(local[0]))

    # ------------------------------------------------------------------ kind, date, mode

    @Slot(int, bool)
    def _kind_toggled(self, number: int, checked: bool) -> None:
        if checked:
            self._state.kind = list(ImportKind)[number]
            self._update_mode_note()
            self._look_for_preset()

    @Slot(int, bool)
    def _mode_toggled(self, number: int, checked: bool) -> None:
        if checked:
            self._mode_touched = True
            self._state.mode = SnapshotMode.FULL if number == 0 else SnapshotMode.DELTA
            self._update_mode_note()

    @Slot(QDate)
    def _date_changed(self, value: QDate) -> None:
        self._date_touched = True
        self._state.export_date = _to_date(value)

    def _update_mode_note(self) -> None:
        applies = self._state.kind is ImportKind.OPEN_ITEMS
        self.full_button.setEnabled(applies)
        self.delta_button.setEnabled(applies)
        if not applies:
            text = self.tr(
                "Only for open items: this file adds and updates, it never closes invoices."
            )
        elif self._state.mode is SnapshotMode.FULL:
            text = self.tr(
                "All open invoices are in the file: open invoices of this source that are missing "
                "from it were paid, and are closed."
            )
        else:
            text = self.tr("Only new and changed invoices are in the file: nothing is closed.")
        self.mode_note.setText(text)

    # ------------------------------------------------------------------ QWizardPage

    def validatePage(self) -> bool:
        # Next may be triggered without its button (a shortcut, a call): the same rule applies
        if self._typed_file_unread():
            self._path_edited()
        if self._reading_typed and self._slot.busy:
            self._next_when_read = True  # _loaded goes on
            return False
        return self._read_file_complete()

    def isComplete(self) -> bool:
        if self._typed_file_unread() or (self._reading_typed and self._slot.busy):
            return True
        return self._read_file_complete()

    def _read_file_complete(self) -> bool:
        return (
            self._state.info is not None
            and not self._slot.busy
            and self._typed_path() == self._state.path
        )


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{format_value(round(size / (1024 * 1024)), current_language())} MB"
