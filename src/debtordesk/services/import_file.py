"""Reading a file for an unattended import: the sheet, the header row, the column mapping and the date
order, taken from a saved preset (named, or found for the file's columns) or found automatically."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from debtordesk.db.engine import Database
from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.domain.errors import UserError
from debtordesk.domain.progress import Progress
from debtordesk.importing import (
    auto_map,
    build_preview,
    detect_header,
    headers_for,
    inspect_file,
    read_sheet,
)
from debtordesk.importing.model import Field, ImportPreview, SheetData
from debtordesk.importing.preview import merge_mapping
from debtordesk.services.imports import parse_options_for
from debtordesk.services.preset_layout import preset_layout
from debtordesk.services.presets import PresetInfo, find_preset, get_preset

#: data rows the automatic mapping looks at to tell codes from names
_SAMPLE_ROWS = 50


@dataclass(frozen=True)
class FileRequest:
    path: Path
    kind: ImportKind
    administration: str | None = None
    #: a preset to use by name; None: the preset made for a file with these columns, if any
    preset: str | None = None
    #: field -> column (header or letter), on top of the preset's or the automatic mapping
    mapping: Mapping[Field, str] = field(default_factory=dict)
    sheet: str | None = None
    #: spreadsheet row of the headers; 0: the file has none; None: the preset's, else found
    header_row: int | None = None
    #: how to read text dates ("auto", "dmy", "mdy", "ymd"); None: the preset's, else "auto"
    date_order: str | None = None


@dataclass(frozen=True)
class LoadedFile:
    preview: ImportPreview
    #: the preset whose mapping was used
    preset: PresetInfo | None
    #: True when the preset was found for the file's columns (not named by the caller)
    preset_found: bool

    def preset_options(self, mode: SnapshotMode) -> dict[str, Any]:
        """How this file was read, to keep with a preset (as the import wizard keeps it)."""
        return {
            "sheet": self.preview.sheet,
            "header_row": self.preview.header_row or 0,
            "mode": mode.value,
            "date_order": self.preview.options.date_order,
        }


def load_file(db: Database, request: FileRequest, progress: Progress | None = None) -> LoadedFile:
    """Read, map and validate the file; UserError when it cannot be used."""
    preset = get_preset(db, request.preset, request.administration) if request.preset else None
    saved = dict(preset.options) if preset else {}
    info = inspect_file(request.path)
    sheet_name = request.sheet
    if sheet_name is None and _text(saved.get("sheet")) in info.sheets:
        sheet_name = saved["sheet"]  # the preset's sheet, when this workbook has one so named
    sheet = read_sheet(info, sheet_name)
    header_row = request.header_row
    if header_row is None and type(saved.get("header_row")) is int:
        header_row = saved["header_row"]
    found = False
    layout = None
    if preset is None and request.sheet is None and header_row is None:
        # no preset named, nothing said about sheet or header row: the saved preset for this file
        # reads it as the import wizard would (its sheet, its header row), see preset_layout
        layout = preset_layout(
            db, info, sheet, request.kind, administration=request.administration, progress=progress
        )
    if layout is not None:
        preset, found = layout.preset, True
        sheet, index = layout.sheet, layout.header_index
    else:
        index = _header_index(sheet, request.kind, header_row)
    headers = headers_for(sheet, index)
    if preset is None:
        preset = find_preset(db, headers, request.kind, request.administration)
        found = preset is not None
    if preset is not None:
        base = preset.mapping_for(headers)
    else:
        start = 0 if index is None else index + 1
        base = auto_map(headers, request.kind, sample=sheet.rows[start : start + _SAMPLE_ROWS])
    mapping = merge_mapping(base, request.mapping, headers)
    options = parse_options_for(db, request.administration, request.kind)
    date_order = request.date_order or (preset.date_order if preset is not None else "auto")
    options = replace(options, date_order=date_order)
    preview = build_preview(info, sheet, index, mapping, options, progress)
    return LoadedFile(preview, preset, found)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _header_index(sheet: SheetData, kind: ImportKind, header_row: int | None) -> int | None:
    if header_row is None:
        return detect_header(sheet, kind).index
    if header_row == 0:
        return None
    index = header_row - sheet.first_row_number
    if not 0 <= index < len(sheet.rows):
        raise UserError(
            "cli.import.header_row",
            row=header_row,
            last=sheet.first_row_number + len(sheet.rows) - 1,
        )
    return index
