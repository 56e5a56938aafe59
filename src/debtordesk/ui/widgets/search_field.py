"""A search box that answers after the clerk pauses typing, not on every key."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

#: milliseconds of quiet before a search starts
DELAY_MS = 250


class SearchField(QLineEdit):
    """Emits ``search_changed`` with the text once typing pauses (at once on Enter or clear)."""

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self._last = ""
        self.textEdited.connect(self._typed)
        self.returnPressed.connect(self._emit)

    def _typed(self, text: str) -> None:
        if not text:  # cleared (the clear button): no need to wait
            self._emit()
        else:
            self._timer.start()

    def _emit(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.search_changed.emit(text)
