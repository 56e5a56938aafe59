"""Step 3: which column holds which field; found automatically, corrected by the clerk, kept as a preset."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from debtordesk.domain.errors import UserError
from debtordesk.importing import auto_map, refuse_bank_statement, required_fields
from debtordesk.importing.model import Cell, Field
from debtordesk.ui.import_wizard import jobs
from debtordesk.ui.import_wizard.busy import ProgressPanel, run_tracked
from debtordesk.ui.import_wizard.cells import cell_text
from debtordesk.ui.import_wizard.fields import field_label, fields_for, is_customer_field
from debtordesk.ui.import_wizard.style import ERROR_STYLE, NOTE_STYLE, NOTICE_STYLE

if TYPE_CHECKING:
    from debtordesk.ui.import_wizard.wizard import ImportWizard

#: data rows searched for an example value of each column
SAMPLE_ROWS = 20


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._state = wizard.state
        self._slot = wizard.new_slot()
        self._save_slot = wizard.new_slot()
        self._shown_for: tuple[object, ...] | None = None
        self._presets: list[jobs.Preset] = []
        self._required: frozenset[Field] = frozenset()
        #: the columns are a bank statement's: nothing to map, Next stays off
        self._refused = False
        self.combos: dict[Field, QComboBox] = {}
        self._sample_labels: dict[Field, QLabel] = {}
        self._examples: dict[str, str] = {}
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Which column holds what. Recognised columns are filled in already; check them and "
                "correct where needed. Fields marked * are needed."
            )
        )
        self.preset_combo = QComboBox(self)
        self.preset_combo.activated.connect(self._preset_chosen)
        self.save_button = QPushButton(self.tr("Save as preset…"), self)
        self.save_button.clicked.connect(self._save_preset)
        self.preset_row = QWidget(self)
        preset_row = QHBoxLayout(self.preset_row)
        preset_row.setContentsMargins(0, 0, 0, 0)
        preset_row.addWidget(QLabel(self.tr("Preset:"), self.preset_row))
        preset_row.addWidget(self.preset_combo, 1)
        preset_row.addWidget(self.save_button)
        self.refusal_label = QLabel(self)
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet(ERROR_STYLE)
        self.refusal_label.hide()
        self.preset_label = QLabel(self)
        self.preset_label.setWordWrap(True)
        self.preset_label.setStyleSheet(NOTICE_STYLE)
        self.preset_label.hide()
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet(NOTE_STYLE)
        self.progress = ProgressPanel(self)

        self.form_host = QWidget()
        self.form = QGridLayout(self.form_host)
        self.form.setColumnStretch(1, 1)
        self.form.setColumnStretch(2, 1)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(self.form_host)
        self.unused_label = QLabel(self)
        self.unused_label.setWordWrap(True)
        self.unused_label.setStyleSheet(NOTE_STYLE)

        layout = QVBoxLayout(self)
        layout.addWidget(self.refusal_label)
        layout.addWidget(self.preset_row)
        layout.addWidget(self.preset_label)
        layout.addWidget(self.source_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.unused_label)
        layout.addStretch(0)  # keeps a refusal at the top when the form is hidden

    # ------------------------------------------------------------------ QWizardPage

    def initializePage(self) -> None:
        key = (self._state.headers, self._state.kind)
        if key == self._shown_for:
            return
        self._shown_for = key
        self._state.preset = None
        # other columns: the date order is decided again (or taken from the preset found for them)
        self._state.date_order, self._state.preset_date_order = "auto", None
        self._required = required_fields(self._state.kind)
        self._build_form()
        self._apply(self._automatic())
        self.preset_label.hide()
        if not self._refuse_bank_statement():
            self._load_presets(select=None)

    def cleanupPage(self) -> None:
        """Going back keeps the mapping."""

    def validatePage(self) -> bool:
        # Next may be triggered without its button (a shortcut, a call): the same rule applies
        return self.isComplete()

    def isComplete(self) -> bool:
        return (
            not self._refused
            and not self._slot.busy
            and all(f in self._state.mapping for f in self._required)
        )

    def _refuse_bank_statement(self) -> bool:
        """Say here, as the import command does, that these columns are a bank statement's; True
        when they are (the form is hidden then: there is nothing to map)."""
        info = self._state.info
        assert info is not None
        try:
            refuse_bank_statement(info.name, self._state.headers)
        except UserError as error:
            self._wizard.explain(self, error, self.refusal_label)
            self._refused = True
        else:
            self.refusal_label.hide()
            self._refused = False
        for widget in (self.preset_row, self.source_label, self.form_scroll, self.unused_label):
            widget.setVisible(not self._refused)
        self.completeChanged.emit()
        return self._refused

    # ------------------------------------------------------------------ the form

    def _build_form(self) -> None:
        while self.form.count():
            item = self.form.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos.clear()
        self._sample_labels.clear()
        self._examples = self._find_examples()
        row, group = 0, None
        for field in fields_for(self._state.kind):
            if is_customer_field(field) != group:
                group = is_customer_field(field)
                heading = self.tr("Customer") if group else self.tr("Invoice")
                self.form.addWidget(QLabel(f"<h3>{heading}</h3>", self.form_host), row, 0, 1, 3)
                row += 1
            text = html.escape(field_label(field))
            label = QLabel(f"<b>{text} *</b>" if field in self._required else text, self.form_host)
            combo = QComboBox(self.form_host)
            combo.addItem(self.tr("— not in the file —"), None)
            for header in self._state.headers:
                combo.addItem(header, header)
            combo.currentIndexChanged.connect(self._combo_changed)
            label.setBuddy(combo)
            sample = QLabel(self.form_host)
            sample.setStyleSheet(NOTE_STYLE)
            self.form.addWidget(label, row, 0)
            self.form.addWidget(combo, row, 1)
            self.form.addWidget(sample, row, 2)
            row += 1
            self.combos[field] = combo
            self._sample_labels[field] = sample

    def _data_rows(self) -> list[list[Cell]]:
        sheet = self._state.sheet
        assert sheet is not None
        first = 0 if self._state.header_index is None else self._state.header_index + 1
        return sheet.rows[first : first + SAMPLE_ROWS]

    def _automatic(self) -> dict[Field, str]:
        return auto_map(self._state.headers, self._state.kind, sample=self._data_rows())

    def _find_examples(self) -> dict[str, str]:
        """An example value per column, from the first data rows."""
        examples: dict[str, str] = {}
        for cells in self._data_rows():
            for header, cell in zip(self._state.headers, cells, strict=False):
                if header not in examples and cell not in (None, ""):
                    examples[header] = self.tr("e.g. {value}").format(value=cell_text(cell, 40))
        return examples

    def _apply(self, mapping: Mapping[Field, str]) -> None:
        """Show ``mapping`` in the combos (columns not in this file are left out)."""
        for field, combo in self.combos.items():
            header = mapping.get(field)
            position = combo.findData(header) if header is not None else 0
            combo.blockSignals(True)
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)
        self._read_combos()

    @Slot(int)
    def _combo_changed(self, _: int) -> None:
        self._read_combos()
        preset = self._current_preset()
        if preset is not None and preset.mapping_for(self._state.headers) != self._state.mapping:
            self._notice(
                self.tr(
                    "You changed the columns of preset “{name}”. Save it again to use these "
                    "columns next time."
                ).format(name=preset.name)
            )

    def _read_combos(self) -> None:
        mapping: dict[Field, str] = {}
        for field, combo in self.combos.items():
            header = combo.currentData()
            if header is not None:
                mapping[field] = str(header)
            self._sample_labels[field].setText(self._examples.get(header, "") if header else "")
        self._state.mapping = mapping
        used = set(mapping.values())
        unused = [h for h in self._state.headers if h not in used]
        notes = []
        missing = [
            field_label(f)
            for f in fields_for(self._state.kind)
            if f in self._required and f not in mapping
        ]
        if missing:
            notes.append(self.tr("Still needed: {fields}.").format(fields=", ".join(missing)))
        notes.append(
            self.tr("Columns not imported: {columns}.").format(columns=", ".join(unused))
            if unused
            else self.tr("Every column is imported.")
        )
        self.unused_label.setText(" ".join(notes))
        self.completeChanged.emit()

    def _notice(self, text: str) -> None:
        self.preset_label.setText(text)
        self.preset_label.setVisible(bool(text))

    # ------------------------------------------------------------------ presets

    def _current_preset(self) -> jobs.Preset | None:
        name = self.preset_combo.currentData()
        return next((p for p in self._presets if p.name == name), None)

    def _load_presets(self, select: str | None) -> None:
        headers, kind, db = self._state.headers, self._state.kind, self._wizard.ctx.db
        administration = self._state.administration
        layout, sheet = self._state.layout, self._state.sheet
        # the preset that chose the sheet, while the clerk keeps that sheet
        chosen = (
            layout.preset.name
            if layout is not None and sheet is not None and layout.sheet.name == sheet.name
            else None
        )
        run_tracked(
            self._slot,
            self.progress,
            self.tr("Looking for a preset…"),
            lambda _progress: jobs.presets_for(db, headers, kind, administration, chosen),
            lambda choice: self._presets_loaded(choice, select),
            on_error=self._wizard.failed(self),
        )
        self.completeChanged.emit()

    def _presets_loaded(self, choice: jobs.PresetChoice, select: str | None) -> None:
        self._presets = list(choice.presets)
        self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        self.preset_combo.addItem(self.tr("None: recognise the columns automatically"), None)
        for preset in self._presets:
            self.preset_combo.addItem(preset.name, preset.name)
        self.preset_combo.blockSignals(False)
        if select is not None:
            self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(select), 0))
            self._state.preset = select
            saved = self._current_preset()
            self._state.preset_date_order = saved.date_order if saved is not None else None
            self._notice(self.tr("Saved as preset “{name}”.").format(name=select))
        elif choice.found is not None and choice.by_layout:
            self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(choice.found.name), 0))
            self._use_preset(choice.found)
            missing = self._missing_columns(choice.found)
            text = self.tr("The preset “{name}” chose this sheet, so it is selected.").format(
                name=choice.found.name
            )
            if missing:
                text += " " + self.tr(
                    "These columns of the preset are not in this file: {columns}."
                ).format(columns=", ".join(missing))
            self._notice(text)
        elif choice.found is not None:
            self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(choice.found.name), 0))
            self._use_preset(choice.found)
            self._notice(
                self.tr(
                    "The preset “{name}” was made for a file with these columns, so it is selected."
                ).format(name=choice.found.name)
            )
        self._show_source()
        self.completeChanged.emit()

    @Slot(int)
    def _preset_chosen(self, _: int) -> None:
        preset = self._current_preset()
        if preset is None:
            self._state.preset = None
            self._state.date_order, self._state.preset_date_order = "auto", None
            self._apply(self._automatic())
            self._notice("")
        else:
            self._use_preset(preset)
            missing = self._missing_columns(preset)
            self._notice(
                self.tr("These columns of the preset are not in this file: {columns}.").format(
                    columns=", ".join(missing)
                )
                if missing
                else ""
            )
        self._show_source()

    def _missing_columns(self, preset: jobs.Preset) -> list[str]:
        headers = self._state.headers
        return [h for h in preset.mapping_for(headers).values() if h not in headers]

    def _use_preset(self, preset: jobs.Preset) -> None:
        """The preset's mapping, and its date order (shown and changed on the check page)."""
        self._state.preset = preset.name
        self._state.date_order = self._state.preset_date_order = preset.date_order
        self._apply(preset.mapping_for(self._state.headers))

    def _show_source(self) -> None:
        if self._state.preset:
            text = self.tr(
                "This import is recorded under the source “{source}”. A full list only closes "
                "invoices of the same source."
            ).format(source=self._state.source)
        else:
            text = self.tr(
                "This import is recorded without a preset. A full list only closes invoices that "
                "were also imported without a preset."
            )
        self.source_label.setText(text)

    @Slot()
    def _save_preset(self) -> None:
        suggestion = self._state.preset or (self._state.info.name if self._state.info else "")
        name = self._wizard.ask_preset_name(self, suggestion)
        if not name:
            return
        db, state = self._wizard.ctx.db, self._state
        request = jobs.PresetRequest(
            name=name.strip(),
            kind=state.kind,
            headers=state.headers,
            mapping=dict(state.mapping),
            options=jobs.preset_options(state),
            administration=state.administration,
        )
        run_tracked(
            self._save_slot,
            self.progress,
            self.tr("Saving the preset…"),
            lambda _progress: jobs.save_preset(db, request),
            lambda saved: self._load_presets(select=saved.name),
            on_error=self._wizard.failed(self),
            write=True,
        )
