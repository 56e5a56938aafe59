"""The work the wizard hands to the task runner: plain functions over immutable requests, no widgets.

Each runs on a worker thread, so it receives copies of what the clerk chose (never the live wizard
state) and returns frozen results that the pages show on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from debtordesk.domain.enums import ImportKind
from debtordesk.domain.progress import Progress, check_cancel
from debtordesk.importing import build_preview, inspect_file, read_sheet
from debtordesk.importing.model import Field, FileInfo, ImportPreview, SheetData
from debtordesk.services.database import Database
from debtordesk.services.imports import (
    CommitOptions,
    ImportPlan,
    ImportSummary,
    PresetInfo,
    commit_import,
    find_preset,
    list_presets,
    parse_options_for,
    plan_import,
)
from debtordesk.services.imports import save_preset as store_preset
from debtordesk.services.preset_layout import PresetLayout, preset_layout
from debtordesk.ui.import_wizard.rowindex import RowIndex, index_rows
from debtordesk.ui.import_wizard.state import WizardState

Preset = PresetInfo
Summary = ImportSummary


@dataclass(frozen=True)
class PresetLookup:
    """Where to look for a saved preset that says how to read the file."""

    db: Database
    kind: ImportKind
    administration: str | None


@dataclass(frozen=True)
class LoadedFile:
    info: FileInfo
    #: the first sheet of a workbook, or the CSV
    sheet: SheetData
    #: the saved preset for this file and how it reads it (sheet, header row, mode), if any
    layout: PresetLayout | None = None


def read_file(path: Path, progress: Progress, lookup: PresetLookup | None = None) -> LoadedFile:
    """Read the file (a workbook's first sheet), then look for a preset that reads it."""
    info = inspect_file(path)
    check_cancel(progress)
    sheet = read_sheet(info, info.sheets[0] if info.sheets else None)
    layout = find_layout(info, sheet, lookup, progress) if lookup is not None else None
    return LoadedFile(info, sheet, layout)


def find_layout(
    info: FileInfo, first: SheetData, lookup: PresetLookup, progress: Progress
) -> PresetLayout | None:
    """The saved preset for a file already read (another sheet is read when the preset names it)."""
    check_cancel(progress)
    return preset_layout(
        lookup.db,
        info,
        first,
        lookup.kind,
        administration=lookup.administration,
        progress=progress,
    )


def read_other_sheet(info: FileInfo, name: str, progress: Progress) -> SheetData:
    check_cancel(progress)
    return read_sheet(info, name)


@dataclass(frozen=True)
class PresetChoice:
    presets: tuple[PresetInfo, ...]
    #: the preset made for a file with these headers, if any; else the one that chose the sheet
    found: PresetInfo | None
    #: True when ``found`` is the preset that chose the sheet, not one made for these headers
    by_layout: bool = False


def presets_for(
    db: Database,
    headers: tuple[str, ...],
    kind: ImportKind,
    administration: str | None,
    layout_preset: str | None = None,
) -> PresetChoice:
    """The administration's presets (each administration keeps its own), and the one to select:
    made for these headers, else ``layout_preset`` (the one whose sheet and header row are used)."""
    presets = tuple(list_presets(db, kind=kind, administration=administration))
    found = find_preset(db, headers, kind, administration)
    if found is not None or layout_preset is None:
        return PresetChoice(presets, found)
    named = next((p for p in presets if p.name == layout_preset), None)
    return PresetChoice(presets, named, by_layout=named is not None)


@dataclass(frozen=True)
class PresetRequest:
    name: str
    kind: ImportKind
    headers: tuple[str, ...]
    mapping: Mapping[Field, str]
    options: dict[str, Any]
    administration: str | None = None


def preset_options(state: WizardState) -> dict[str, Any]:
    """How the file was read, kept with the preset so the next file of the source reads alike."""
    sheet = state.sheet
    header_row = (
        sheet.row_number(state.header_index)
        if sheet is not None and state.header_index is not None
        else None
    )
    return {
        "sheet": sheet.name if sheet is not None else None,
        "header_row": header_row,
        "mode": state.mode.value,
        "date_order": state.date_order,
    }


def save_preset(db: Database, request: PresetRequest) -> PresetInfo:
    return store_preset(
        db,
        name=request.name,
        kind=request.kind,
        headers=request.headers,
        mapping=request.mapping,
        options=request.options,
        administration=request.administration,
    )


@dataclass(frozen=True)
class PreviewRequest:
    info: FileInfo
    sheet: SheetData
    header_index: int | None
    mapping: Mapping[Field, str]
    kind: ImportKind
    options: CommitOptions
    #: how text dates are read ("auto", "dmy", "mdy", "ymd")
    date_order: str = "auto"


@dataclass(frozen=True)
class Prepared:
    preview: ImportPreview
    plan: ImportPlan
    rows: RowIndex


def prepare(db: Database, request: PreviewRequest, progress: Progress) -> Prepared:
    """Check every row of the file, then count what committing it would change."""
    parse_options = replace(
        parse_options_for(db, request.options.administration, request.kind),
        date_order=request.date_order,
    )
    preview = build_preview(
        request.info,
        request.sheet,
        request.header_index,
        request.mapping,
        parse_options,
        progress,
    )
    check_cancel(progress)
    plan = plan_import(db, preview, request.options)
    rows = index_rows(request.sheet, request.header_index, plan.issues)
    return Prepared(preview, plan, rows)


def commit(
    db: Database, preview: ImportPreview, options: CommitOptions, progress: Progress
) -> ImportSummary:
    return commit_import(db, preview, options, progress)
