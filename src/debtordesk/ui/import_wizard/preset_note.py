"""The one line that says a saved preset chose how the file is read: its sheet, header row and mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.services.preset_layout import PresetLayout


def layout_note(layout: PresetLayout, kind: ImportKind, *, workbook: bool) -> str:
    """'Preset “X”: sheet ‘Openstaand’, header on row 3, full list' (the sheet only for a workbook,
    the mode only for open items)."""
    parts: list[str] = []
    if workbook and layout.sheet.name:
        parts.append(
            QCoreApplication.translate("ImportWizard", "sheet ‘{sheet}’").format(
                sheet=layout.sheet.name
            )
        )
    row = layout.header_row
    parts.append(
        QCoreApplication.translate("ImportWizard", "header on row {row}").format(row=row)
        if row is not None
        else QCoreApplication.translate("ImportWizard", "no header row")
    )
    if kind is ImportKind.OPEN_ITEMS and layout.mode is not None:
        parts.append(
            QCoreApplication.translate("ImportWizard", "full list")
            if layout.mode is SnapshotMode.FULL
            else QCoreApplication.translate("ImportWizard", "changes only")
        )
    return QCoreApplication.translate("ImportWizard", "Preset “{name}”: {details}").format(
        name=layout.preset.name, details=", ".join(parts)
    )
