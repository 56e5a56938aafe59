"""A window's first size, kept within the screen it opens on.

Dialogs and the main window ask for a size that suits their content (the policies dialog 1180 by
760 pixels, a PDF 760 by 900). On a 1366 by 768 laptop screen, common at a debtor clerk's desk, that
put the bottom of a window, with its OK and Close buttons, below the edge of the screen.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: the part of the screen's free area (without task bars) a window may take at first
_WIDTH_SHARE = 0.96
_HEIGHT_SHARE = 0.92


def initial_size(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` by ``height``, or less where the screen it opens on (its
    parent's, else the primary one) has less room; the window's own minimum size still wins."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * _WIDTH_SHARE))
        height = min(height, int(room.height() * _HEIGHT_SHARE))
    window.resize(width, height)
