"""Texts that were cut off in narrow widgets: an empty list's column titles, the queue's filters."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from debtordesk.ui.pages.letters.model import LetterColumn, LetterModel
from debtordesk.ui.pages.queue.filters import QueueFilterBar
from debtordesk.ui.widgets.data_table import DataTable


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
