"""Keeping a page small enough for a small window: a row of controls that scrolls sideways rather
than making the whole window refuse to shrink (as the queue's filter bars do), and a customer panel
whose long details form scrolls (as the queue's does)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel


def sideways(row: QLayout) -> QScrollArea:
    """``row`` in a frameless area as high as the row, scrolling sideways when too narrow."""
    inner = QWidget()
    inner.setLayout(row)
    row.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFixedHeight(inner.sizeHint().height() + area.horizontalScrollBar().sizeHint().height())
    return area


def scrolling_details(panel: CustomerDetailPanel) -> None:
    """Put the panel's first tab (the details form) in a scroll area, in the same place."""
    tabs = panel.tabs
    form, title = tabs.widget(0), tabs.tabText(0)
    if form is None:
        return
    current = tabs.currentIndex()
    tabs.removeTab(0)
    area = QScrollArea()
    area.setWidget(form)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    tabs.insertTab(0, area, title)
    tabs.setCurrentIndex(max(current, 0))
