"""What every page and dialog of the GUI is given: the database handle, the task runner, preferences, and
the administration the clerk works in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QObject, QSettings, Signal

from debtordesk.services.administrations import AdministrationDetails, list_administrations
from debtordesk.services.database import Database
from debtordesk.ui.tasks import TaskRunner

#: the code of the administration chosen last, per user
CURRENT_ADMINISTRATION_KEY = "administration/current"


def local_today() -> date:
    """The calendar day on this computer: the day the clerk works in."""
    return datetime.now().astimezone().date()


class CurrentAdministration(QObject):
    """The administration whose customers, invoices and imports the window shows.

    Until :meth:`load` or :meth:`set_available` there is none, and the lists show every
    administration (as before there were several). The choice is remembered per user by code.
    """

    #: another administration is current: lists reload
    changed = Signal()
    #: the administrations (or their names) changed: choosers and columns follow
    available_changed = Signal()

    def __init__(self, prefs: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._available: tuple[AdministrationDetails, ...] = ()
        self._current: AdministrationDetails | None = None

    @property
    def available(self) -> tuple[AdministrationDetails, ...]:
        return self._available

    @property
    def current(self) -> AdministrationDetails | None:
        return self._current

    @property
    def id(self) -> int | None:
        return self._current.id if self._current is not None else None

    @property
    def code(self) -> str | None:
        """The code the import services take; None: the first administration."""
        return self._current.code if self._current is not None else None

    @property
    def name(self) -> str:
        return self._current.name if self._current is not None else ""

    @property
    def several(self) -> bool:
        """More than one administration: only then does the window show which one is current."""
        return len(self._available) > 1

    def load(self, db: Database) -> bool:
        """Read the administrations now (a tiny query, so the lists never open on the wrong one);
        True when another administration became current."""
        return self.set_available(list_administrations(db))

    def set_available(self, administrations: Sequence[AdministrationDetails]) -> bool:
        """Keep the current administration when it is still there, else take the one this user
        chose last, else the first; True when another one became current."""
        listed = tuple(administrations)
        before = self.id
        remembered = str(self._prefs.value(CURRENT_ADMINISTRATION_KEY, "") or "")
        self._current = (
            next((a for a in listed if a.id == before), None)
            or next((a for a in listed if a.code == remembered), None)
            or (listed[0] if listed else None)
        )
        if listed != self._available:
            self._available = listed
            self.available_changed.emit()
        if self.id != before:
            self.changed.emit()
            return True
        return False

    def choose(self, administration_id: int) -> None:
        """Make the administration with this id current, and remember it for this user."""
        found = next((a for a in self._available if a.id == administration_id), None)
        if found is None or found.id == self.id:
            return
        self._current = found
        self._prefs.setValue(CURRENT_ADMINISTRATION_KEY, found.code)
        self.changed.emit()


@dataclass
class UiContext:
    """Handed down from the composition root (app.py); widgets never open databases themselves."""

    #: the open database; only ever passed on to service functions
    db: Database
    #: runs service calls off the GUI thread (writes one at a time)
    tasks: TaskRunner
    #: this user's window state and preferences (nothing the team shares)
    prefs: QSettings
    #: "nl" or "en"
    language: str
    #: what "today" is (overdue, days overdue); tests pass a fixed day
    today: Callable[[], date] = field(default=local_today)
    #: the administration the lists, the status bar and the import wizard work in
    administration: CurrentAdministration = field(init=False)

    def __post_init__(self) -> None:
        self.administration = CurrentAdministration(self.prefs)
