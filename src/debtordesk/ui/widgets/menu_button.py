"""A text button that opens its menu at once ("Customer", "More"), wide enough for its text and the
small menu arrow the style draws in its bottom-right corner."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QActionEvent
from PySide6.QtWidgets import QStyle, QStyleOptionToolButton, QToolButton, QWidget


class MenuButton(QToolButton):
    """QToolButton's size leaves no room for the arrow of an instant-popup menu, so the style drew
    it over the end of the text ("Klant", "Meer"); this one is wider by the arrow's width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def indicator_width(self) -> int:
        """The width of the menu arrow's corner in this style."""
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        return self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, self)

    def sizeHint(self) -> QSize:
        return self._widened(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._widened(super().minimumSizeHint())

    def actionEvent(self, event: QActionEvent) -> None:
        super().actionEvent(event)
        self.updateGeometry()  # the first action gives the button its menu arrow

    def _widened(self, size: QSize) -> QSize:
        has_menu = self.menu() is not None or bool(self.actions())
        if not has_menu or not size.isValid():
            return size
        return QSize(size.width() + self.indicator_width(), size.height())
