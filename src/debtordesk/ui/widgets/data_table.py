"""The table view every list uses: whole-row selection, sortable headers whose titles stay clear of
the sort arrow, and a friendly text when there is nothing to show."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

#: pixels between a header title and the sort arrow beside it
_ARROW_GAP = 2


class HeaderStyle(QProxyStyle):
    """The application's style, with the title of the sorted column kept clear of its sort arrow.

    Fusion (the style on Linux) lets the title's room reach a few pixels under the arrow, so a
    right-aligned title (the numbers' columns: "Vanaf pagina", "#") was drawn under it. Where the
    arrow sits at the right end of the section, the title now ends before it; a style that puts
    the arrow elsewhere (above the title) is left as it is.
    """

    def __init__(self) -> None:
        # the style the application runs in (Fusion, Windows ...), not the platform's default
        super().__init__(QStyleFactory.create(QApplication.style().name()))
        #: the section being painted when it shows the sort arrow (its label is drawn inside it)
        self._sorted_section: QStyleOptionHeader | None = None

    def title_rect(self, option: QStyleOptionHeader, widget: QWidget | None = None) -> QRect:
        """Where the title of the section ``option`` describes goes: the style's own room for it,
        ending before the sort arrow beside it."""
        label = self.baseStyle().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, widget)
        if option.sortIndicator == QStyleOptionHeader.SortIndicator.None_ or not (
            option.state & QStyle.StateFlag.State_Horizontal
        ):
            return label
        arrow = self.baseStyle().subElementRect(QStyle.SubElement.SE_HeaderArrow, option, widget)
        beside = arrow.isValid() and arrow.center().x() > label.center().x()
        if beside and arrow.left() - _ARROW_GAP <= label.right():
            label.setRight(arrow.left() - _ARROW_GAP - 1)
        return label

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (
            element == QStyle.ControlElement.CE_Header
            and isinstance(option, QStyleOptionHeader)
            and option.sortIndicator != QStyleOptionHeader.SortIndicator.None_
        ):
            # the base style draws the section, then its label (below) and the arrow
            self._sorted_section = QStyleOptionHeader(option)
            try:
                super().drawControl(element, option, painter, widget)
            finally:
                self._sorted_section = None
            return
        if element == QStyle.ControlElement.CE_HeaderLabel and self._sorted_section is not None:
            option.rect = option.rect.intersected(self.title_rect(self._sorted_section, widget))
        super().drawControl(element, option, painter, widget)


class DataTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # sizing columns to their contents looks at this many rows, not at every loaded one
        header.setResizeContentsPrecision(60)
        self._header_style = HeaderStyle()
        self._header_style.setParent(header)
        header.setStyle(self._header_style)
        self._empty = QLabel(self.viewport())
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setStyleSheet("color: palette(mid); font-size: 11pt; padding: 24px;")
        self._empty.hide()
        self.viewport().installEventFilter(self)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._update_empty)
            self._fit_headers()
        self._update_empty()

    def setSortingEnabled(self, enable: bool) -> None:
        super().setSortingEnabled(enable)
        if enable and self.model() is not None:
            self._fit_headers()  # a sortable column's title needs room for the arrow too

    def _fit_headers(self) -> None:
        """Every column at least as wide as its title (and, once the list sorts, the sort arrow
        beside it), so an empty list shows whole titles ("Betalingskenmerk", not
        "etalingskenmer"); sizing to the contents or a saved layout may change the widths later."""
        header = self.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(
                column, max(header.sectionSize(column), header.sectionSizeHint(column))
            )

    def set_empty_text(self, text: str) -> None:
        """What to say when the list is empty (e.g. how to fill it)."""
        self._empty.setText(text)
        self._update_empty()

    @property
    def empty_text_shown(self) -> bool:
        return not self._empty.isHidden()

    @property
    def empty_text(self) -> str:
        return self._empty.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._empty.setGeometry(self.viewport().rect())
        return super().eventFilter(watched, event)

    def _update_empty(self) -> None:
        model = self.model()
        empty = model is None or model.rowCount() == 0
        self._empty.setVisible(empty and bool(self._empty.text()))
        self._empty.setGeometry(self.viewport().rect())
