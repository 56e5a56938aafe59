"""An organisation's own letter templates: copy the shipped ones into the data folder to edit them, and
check them before a batch uses them.

The letters use ``<data folder>/letters/templates`` first (see
:func:`debtordesk.services.letters_batch.template_override_dir`) and the shipped templates for anything
missing there. The folder is per computer: in team mode every workstation needs the same copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from debtordesk.domain.errors import UserError
from debtordesk.letters.templates import check_templates, copy_templates
from debtordesk.settings.paths import data_dir


def templates_folder() -> Path:
    return data_dir() / "letters" / "templates"


@dataclass(frozen=True)
class CustomisedTemplates:
    folder: Path
    #: the files written now (existing ones are kept unless overwritten)
    written: tuple[Path, ...]


def customise_templates(*, overwrite: bool = False) -> CustomisedTemplates:
    """Copy the shipped templates into the organisation's folder (kept files are never overwritten
    unless asked)."""
    folder = templates_folder()
    written = copy_templates(folder, overwrite=overwrite)
    return CustomisedTemplates(folder=folder, written=tuple(written))


def template_problems() -> list[UserError]:
    """Every problem in the templates the letters would use now (the organisation's, else shipped)."""
    folder = templates_folder()
    return check_templates(folder if folder.is_dir() else None)
