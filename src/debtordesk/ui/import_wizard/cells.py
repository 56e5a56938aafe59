"""How raw cells, column letters and issues read in the wizard's tables."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from babel.dates import format_date
from PySide6.QtGui import QColor

from debtordesk.i18n.catalogue import current_language, format_value, render
from debtordesk.importing.cells import duration_text
from debtordesk.importing.model import Cell, Issue, Severity

#: longer cells are cut in the grid; the tooltip shows more
DISPLAY_LIMIT = 120
TOOLTIP_LIMIT = 2000

ERROR_BACKGROUND = QColor("#f8d7da")
WARNING_BACKGROUND = QColor("#fff3cd")
HEADER_BACKGROUND = QColor("#cfe2ff")
#: dark text on the light highlight colours, also when the desktop theme is dark
MARKED_FOREGROUND = QColor("#1f1f1f")
SKIPPED_FOREGROUND = QColor("#8a8a8a")


def cell_text(cell: Cell, limit: int = DISPLAY_LIMIT) -> str:
    """A cell as read from the file, shortened to ``limit`` characters."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        if cell.time() == time(0, 0):
            text = format_value(cell.date(), current_language())
        else:
            text = f"{format_value(cell.date(), current_language())} {cell.time().isoformat()}"
    elif isinstance(cell, date):
        text = format_value(cell, current_language())
    elif isinstance(cell, timedelta):
        text = duration_text(cell)
    elif isinstance(cell, float) and cell.is_integer():
        text = str(int(cell))
    else:
        text = str(cell)
    if len(text) > limit:
        return text[: limit - 1] + "…"
    return text


def read_date_text(text: str, day: date) -> str:
    """A date as the file writes it and as it was read, the month in words so the order is plain:
    '03/04/2026 → 3 April 2026' (Dutch: '03/04/2026 → 3 april 2026')."""
    locale = "nl_NL" if current_language() == "nl" else "en_GB"
    return f"{text} → {format_date(day, 'd MMMM y', locale=locale)}"


def column_letter(index: int) -> str:
    """Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def issue_text(issue: Issue) -> str:
    """The reason of an issue in the clerk's language."""
    return render(issue.message)


def severity_background(severity: Severity | None) -> QColor | None:
    if severity is Severity.ERROR:
        return ERROR_BACKGROUND
    if severity is Severity.WARNING:
        return WARNING_BACKGROUND
    return None
