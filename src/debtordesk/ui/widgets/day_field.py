"""A date typed from the keyboard: 24-12-2026, 2026-12-24, 24-12 (the next such day), +7 (days from
today), or empty when the field may be left open; the day it reads is shown beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from debtordesk.services.day_input import day_from_text
from debtordesk.ui.formatting import date_text


def weekday_text(day: date) -> str:
    """The day with its weekday in the interface language ("Mon 21 Dec 2026", "ma 21 dec. 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


_BAD_INPUT = "QLineEdit { border: 1px solid #b41414; }"


def parse_day(text: str, today: date) -> date | None:
    """The day ``text`` means; None for an empty text; ValueError when it is not a day (the rules
    are :func:`debtordesk.services.day_input.day_from_text`, shared with the command line)."""
    return day_from_text(text, today)


class DayField(QWidget):
    """A line edit for a day with the day it reads (or what is wrong) beside it."""

    #: the text changed; :meth:`value` tells the day (None when empty or not a day)
    changed = Signal()

    def __init__(
        self,
        today: date,
        language: str,
        *,
        value: date | None = None,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.language = language
        self.optional = optional
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            self.tr("none (dd-mm-yyyy or +days)") if optional else self.tr("dd-mm-yyyy or +days")
        )
        self.edit.setToolTip(
            self.tr("Type a date such as 24-12-2026 or 24-12, or +7 for a week from today")
        )
        self.shown = QLabel()
        self.shown.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.shown)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._changed)
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.edit.setText(date_text(value, self.language) if value is not None else "")
        self._changed()

    def value(self) -> date | None:
        """The day typed; None when the field is empty or does not hold a day."""
        try:
            return parse_day(self.edit.text(), self.today)
        except ValueError:
            return None

    def is_valid(self) -> bool:
        """Holds a day (or is empty, when that is allowed)."""
        try:
            found = parse_day(self.edit.text(), self.today)
        except ValueError:
            return False
        return found is not None or self.optional

    def _changed(self) -> None:
        try:
            found = parse_day(self.edit.text(), self.today)
        except ValueError:
            self.edit.setStyleSheet(_BAD_INPUT)
            self.shown.setText(self.tr("not a date"))
        else:
            self.edit.setStyleSheet("")
            self.shown.setText(weekday_text(found) if found is not None else "")
        self.changed.emit()
