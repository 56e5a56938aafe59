"""An organisation's own templates: copy the shipped ones into the data folder to edit them (all, or one
file), save or remove one file, and check them before a batch or the outbox uses them.

:class:`TemplateFolder` does this for one kind of template; :data:`LETTERS` is the letters' (used from
``<data folder>/letters/templates`` first, see
:func:`debtordesk.services.letters_batch.template_override_dir`), and
:mod:`debtordesk.services.message_templates` has the messages'. The shipped templates serve anything
missing from the organisation's folder, file by file. The folder is per computer: in team mode every
workstation needs the same copy.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.letters.templates import check_templates, copy_templates, shipped_folder
from debtordesk.settings.paths import data_dir


@dataclass(frozen=True)
class CustomisedTemplates:
    folder: Path
    #: the files written now (existing ones are kept unless overwritten)
    written: tuple[Path, ...]


@dataclass(frozen=True)
class TemplateFile:
    """One template file as it is used now: the organisation's copy when there is one, else the
    shipped file."""

    #: the name below the templates folder, e.g. "nl/formal/reminder_1.txt"
    name: str
    #: where the organisation's copy is (or would be)
    path: Path
    text: str
    #: the organisation's copy exists (and is what is used)
    customised: bool


def _nothing() -> None:
    return None


@dataclass(frozen=True)
class TemplateFolder:
    """One kind of template: the organisation's folder below the data folder, and the shipped one."""

    #: the folder below the data folder, e.g. ("letters", "templates")
    parts: tuple[str, ...]
    shipped: Callable[[], Path]
    #: copies every shipped file into a folder (keeping existing ones unless told to overwrite)
    copy_all: Callable[..., list[Path]]
    #: every problem of the templates that would be used with this override folder
    check_all: Callable[[Path | None], list[UserError]]
    #: forgets compiled templates after a file changed
    forget: Callable[[], None] = _nothing

    def folder(self) -> Path:
        return data_dir().joinpath(*self.parts)

    def override(self) -> Path | None:
        """The organisation's folder when it exists (what the renderers take)."""
        folder = self.folder()
        return folder if folder.is_dir() else None

    def customise_all(self, *, overwrite: bool = False) -> CustomisedTemplates:
        """Copy the shipped templates into the organisation's folder (kept files are never
        overwritten unless asked)."""
        folder = self.folder()
        written = self.copy_all(folder, overwrite=overwrite)
        self.forget()
        return CustomisedTemplates(folder=folder, written=tuple(written))

    def problems(self) -> list[UserError]:
        """Every problem in the templates used now (the organisation's, else the shipped ones)."""
        self.forget()  # files edited outside the program since they were compiled
        return self.check_all(self.override())

    # -- one file

    def _paths(self, name: str) -> tuple[Path, Path]:
        """(the organisation's copy, the shipped file) of ``name``; a name that leaves the folder
        (``..``, an absolute path) is refused."""
        if not name or Path(name).is_absolute() or ".." in Path(name).parts:
            raise UserError("template_file.bad_name", name=name)
        return self.folder() / name, self.shipped() / name

    def read(self, name: str) -> TemplateFile:
        own, shipped = self._paths(name)
        source = own if own.is_file() else shipped
        try:
            text = source.read_text(encoding="utf-8")
        except OSError as error:
            raise EnvironmentProblem(
                "template_file.read_failed", file=str(source), detail=error.strerror or str(error)
            ) from error
        except UnicodeDecodeError as error:
            raise UserError("template_file.not_utf8", file=str(source)) from error
        return TemplateFile(name, own, text, source == own)

    def customise(self, name: str) -> TemplateFile:
        """The organisation's copy of ``name``, made from the shipped file when there is none yet."""
        current = self.read(name)
        if current.customised:
            return current
        return self.write(name, current.text)

    def write(self, name: str, text: str) -> TemplateFile:
        """Save the organisation's copy of ``name`` (written whole or not at all)."""
        own, _shipped = self._paths(name)
        try:
            own.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=own.parent, prefix=f".{own.name}.")
            try:
                with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                    stream.write(text)
                Path(temporary).replace(own)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as error:
            raise EnvironmentProblem(
                "template_file.save_failed", file=str(own), detail=error.strerror or str(error)
            ) from error
        self.forget()
        return TemplateFile(name, own, text, True)

    def revert(self, name: str) -> TemplateFile:
        """Remove the organisation's copy of ``name``: the shipped file is used again."""
        own, _shipped = self._paths(name)
        try:
            own.unlink(missing_ok=True)
        except OSError as error:
            raise EnvironmentProblem(
                "template_file.revert_failed", file=str(own), detail=error.strerror or str(error)
            ) from error
        self.forget()
        return self.read(name)


#: the letter templates
LETTERS = TemplateFolder(("letters", "templates"), shipped_folder, copy_templates, check_templates)


def templates_folder() -> Path:
    return LETTERS.folder()


def customise_templates(*, overwrite: bool = False) -> CustomisedTemplates:
    """Copy the shipped letter templates into the organisation's folder (kept files are never
    overwritten unless asked)."""
    return LETTERS.customise_all(overwrite=overwrite)


def template_problems() -> list[UserError]:
    """Every problem in the letter templates used now (the organisation's, else shipped)."""
    return LETTERS.problems()
