"""What every page and dialog of the GUI is given: the database handle, the task runner, preferences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QSettings

from debtordesk.services.database import Database
from debtordesk.ui.tasks import TaskRunner


def local_today() -> date:
    """The calendar day on this computer: the day the clerk works in."""
    return datetime.now().astimezone().date()


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
