"""How a saved preset reads a newly opened file: its sheet, its header row and its mode, where the file
has them, so the import wizard starts where the clerk left off with the last file of that source.

A preset keeps how its file was read (``options``: sheet, header row, snapshot mode). For a new file
the preset is the one made for the headers of its first sheet (as the mapping page would find it);
else the preset whose saved sheet is another sheet of this workbook; else the one whose saved header
row gives headers it was made for (a title row that looks like a header fooled the detection). The
saved header row is used when its headers fit the preset; else the detected one is kept. Reading
stays the reading side's (:mod:`debtordesk.importing`); this module only chooses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from debtordesk.db.engine import Database
from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.domain.progress import Progress, check_cancel
from debtordesk.importing import detect_header, headers_for, read_sheet
from debtordesk.importing.model import FileInfo, SheetData
from debtordesk.services.presets import (
    PresetInfo,
    best_preset,
    header_key,
    normalise_header,
    presets_of_kind,
)


@dataclass(frozen=True)
class PresetLayout:
    """A preset and how it reads this file."""

    preset: PresetInfo
    #: the sheet to import: the preset's when the workbook has it, else the first
    sheet: SheetData
    #: index into ``sheet.rows`` of the header row; None: the file has no header row
    header_index: int | None
    #: True when that header row is the one saved with the preset (not only the detected one)
    header_saved: bool
    #: the preset's snapshot mode; None when it saved none
    mode: SnapshotMode | None

    @property
    def header_row(self) -> int | None:
        """The spreadsheet row number of the header row (None: no header row)."""
        return None if self.header_index is None else self.sheet.row_number(self.header_index)


def preset_layout(
    db: Database,
    info: FileInfo,
    first: SheetData,
    kind: ImportKind,
    *,
    administration: str | None = None,
    progress: Progress | None = None,
) -> PresetLayout | None:
    """The saved preset for this file and how it reads it; None when no preset applies.

    ``first``: the sheet already read (the workbook's first, or the CSV file). Another sheet is read
    only when a preset names it.
    """
    presets = presets_of_kind(db, kind, administration)
    if not presets:
        return None
    detected = detect_header(first, kind).index
    preset = best_preset(presets, headers_for(first, detected))
    if preset is not None:
        return _layout(preset, first, detected)
    for name in info.sheets:
        if name == first.name:
            continue
        named = next((p for p in presets if p.options.get("sheet") == name), None)
        if named is not None:
            if progress is not None:
                check_cancel(progress)
            sheet = read_sheet(info, name)
            return _layout(named, sheet, detect_header(sheet, kind).index)
    for candidate in presets:
        saved, index = _saved_index(candidate, first)
        if saved and _fits(candidate, headers_for(first, index)):
            return _layout(candidate, first, detected)
    return None


def _layout(preset: PresetInfo, sheet: SheetData, detected: int | None) -> PresetLayout:
    """The saved header row when its headers fit the preset, or when the detected row's do not
    either (the clerk chose it last time); else the detected row."""
    saved, index = _saved_index(preset, sheet)
    use_saved = saved and (
        _fits(preset, headers_for(sheet, index)) or not _fits(preset, headers_for(sheet, detected))
    )
    header_index = index if use_saved else detected
    return PresetLayout(preset, sheet, header_index, use_saved, _mode(preset.options))


def _saved_index(preset: PresetInfo, sheet: SheetData) -> tuple[bool, int | None]:
    """(True, index of the header row the preset saved; None: the file has no header row), or
    (False, None) when the preset saved no header row that ``sheet`` has (an older preset)."""
    if "header_row" not in preset.options:
        return False, None
    row = preset.options["header_row"]
    if row is None or row == 0:
        return True, None
    if type(row) is not int:
        return False, None
    index = row - sheet.first_row_number
    return (True, index) if 0 <= index < len(sheet.rows) else (False, None)


def _fits(preset: PresetInfo, headers: Sequence[str]) -> bool:
    """True when the preset was made for these headers, or all its mapped columns are among them."""
    if preset.header_key and preset.header_key == header_key(headers):
        return True
    mapped = {normalise_header(h) for h in preset.mapping.values()}
    return bool(mapped) and mapped <= {normalise_header(h) for h in headers}


def _mode(options: Any) -> SnapshotMode | None:
    try:
        return SnapshotMode(options.get("mode"))
    except ValueError:
        return None
