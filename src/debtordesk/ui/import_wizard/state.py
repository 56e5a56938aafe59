"""What the clerk has chosen so far, shared by the wizard's pages (no widgets here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.importing.model import Field as ImportField
from debtordesk.importing.model import FileInfo, HeaderGuess, ImportPreview, SheetData
from debtordesk.services.imports import CommitOptions, ImportPlan, ImportSummary
from debtordesk.services.preset_layout import PresetLayout

#: the source of an import made without a preset
DEFAULT_SOURCE = "default"


@dataclass
class WizardState:
    path: Path | None = None
    info: FileInfo | None = None
    kind: ImportKind = ImportKind.OPEN_ITEMS
    export_date: date | None = None
    mode: SnapshotMode = SnapshotMode.FULL
    sheet: SheetData | None = None
    #: a saved preset for this file and how it reads it: its sheet, header row and mode are used
    layout: PresetLayout | None = None
    guess: HeaderGuess | None = None
    #: index into sheet.rows of the header row; None when the file has no header row
    header_index: int | None = None
    headers: tuple[str, ...] = ()
    mapping: dict[ImportField, str] = field(default_factory=dict)
    #: the chosen preset; its name is the import's source
    preset: str | None = None
    #: how text dates are read: "auto" (decided from the file), "dmy", "mdy" or "ymd"
    date_order: str = "auto"
    #: the date order the chosen preset was saved with (None: no preset chosen)
    preset_date_order: str | None = None
    preview: ImportPreview | None = None
    plan: ImportPlan | None = None
    #: the clerk agreed to what the plan asked confirmation for (e.g. closing many invoices)
    confirmed: bool = False
    summary: ImportSummary | None = None
    #: the code of the administration imported into; None: the first one
    administration: str | None = None

    @property
    def source(self) -> str:
        return self.preset or DEFAULT_SOURCE

    def commit_options(self) -> CommitOptions:
        return CommitOptions(
            source=self.source,
            mode=self.mode if self.kind is ImportKind.OPEN_ITEMS else SnapshotMode.DELTA,
            export_date=self.export_date,
            force=self.confirmed,
            administration=self.administration,
        )
