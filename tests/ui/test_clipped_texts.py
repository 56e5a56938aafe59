"""Texts that were cut off in narrow widgets: an empty list's column titles, the queue's filters."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionHeader,
    QToolButton,
)

from debtordesk.ui.pages.letters.model import LetterColumn, LetterModel
from debtordesk.ui.pages.queue.filters import QueueFilterBar
from debtordesk.ui.widgets.data_table import DataTable

_ARROW_GAP = 2


def test_an_empty_list_shows_whole_column_titles(qtbot) -> None:
    """The letters of a batch before one is chosen: 'Payment reference' (Betalingskenmerk) was cut."""
    table = DataTable()
    qtbot.addWidget(table)
    table.setModel(LetterModel("en"))
    header = table.horizontalHeader()
    assert header.sectionSizeHint(LetterColumn.REFERENCE) > header.defaultSectionSize()
    for column in LetterColumn:
        assert table.columnWidth(column) >= header.sectionSizeHint(column), column.name


def _text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def test_the_queue_filters_show_their_all_choice_whole(qtbot) -> None:
    bar = QueueFilterBar()
    qtbot.addWidget(bar)
    bar.resize(bar.minimumSizeHint())
    bar.show()
    qtbot.waitExposed(bar)
    for combo in (bar.step, bar.segment, bar.assigned):
        text = combo.currentText()
        assert _text_room(combo) >= combo.fontMetrics().horizontalAdvance(text), text
    assert bar.segment.toolTip() == "All segments and policies"


def _header_image(table: DataTable, order: Qt.SortOrder) -> QImage:
    table.sortByColumn(LetterColumn.PAGE, order)
    header = table.horizontalHeader()
    return header.grab(
        QRect(0, 0, header.sectionSize(LetterColumn.PAGE), header.height())
    ).toImage()


def test_a_sorted_title_is_clear_of_the_sort_arrow(qtbot) -> None:
    """'Vanaf pagina' and the call list's '#' (right-aligned titles) ran under the sort arrow, and an
    empty list's column was as wide as its title but not as its title and the arrow."""
    table = DataTable()
    qtbot.addWidget(table)
    table.setModel(LetterModel("en"))
    table.setSortingEnabled(True)
    table.resize(900, 200)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    title = table.model().headerData(LetterColumn.PAGE, Qt.Orientation.Horizontal)
    # the same title under an arrow pointing down and one pointing up: what differs is the arrow
    down = _header_image(table, Qt.SortOrder.DescendingOrder)
    up = _header_image(table, Qt.SortOrder.AscendingOrder)
    inside = [(x, y) for x in range(2, down.width() - 2) for y in range(2, down.height() - 2)]
    arrow_pixels = [(x, y) for x, y in inside if down.pixelColor(x, y) != up.pixelColor(x, y)]
    assert arrow_pixels
    arrow_left = min(x for x, _y in arrow_pixels)
    arrow_right = max(x for x, _y in arrow_pixels)
    arrow_top = min(y for _x, y in arrow_pixels)
    arrow_bottom = max(y for _x, y in arrow_pixels)
    # the title's dark pixels (the same in both), leaving out the arrow's box where the two
    # triangles share pixels
    text_right = max(
        x
        for x, y in inside
        if down.pixelColor(x, y).lightness() < 110
        and down.pixelColor(x, y) == up.pixelColor(x, y)
        and not (arrow_left <= x <= arrow_right and arrow_top <= y <= arrow_bottom)
    )
    assert text_right < arrow_left, title
    # every column has room for its whole title and the arrow
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.rect = QRect(0, 0, 100, header.height())
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    arrow = header.style().subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    metrics = header.fontMetrics()
    for column in LetterColumn:
        text = table.model().headerData(column, Qt.Orientation.Horizontal)
        needed = metrics.horizontalAdvance(text) + arrow.width() + 2 * _ARROW_GAP
        assert table.columnWidth(column) >= needed, text


def test_a_menu_button_leaves_room_for_its_arrow(qtbot) -> None:
    """The queue's 'Klant' and the letters page's 'Meer' buttons drew their menu arrow over the end
    of the text."""
    from debtordesk.ui.widgets.menu_button import MenuButton

    button = MenuButton("Customer")
    button.addAction("Hold…")
    qtbot.addWidget(button)
    plain = QToolButton()
    plain.setText("Customer")
    qtbot.addWidget(plain)
    # the text is centred: the arrow's corner must be added on top of what the text needs
    indicator = button.indicator_width()
    assert indicator > 0
    assert button.sizeHint().width() >= plain.sizeHint().width() + indicator
    assert button.minimumSizeHint().width() >= plain.minimumSizeHint().width() + indicator
