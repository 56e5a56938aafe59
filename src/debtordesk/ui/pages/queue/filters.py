"""The queue's filter bar: which customers to show, search, step, channel, segment or policy, the
overdue amount range, the days overdue and the assigned clerk; ``changed`` fires with a new
:class:`QueueFilter`."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from debtordesk.domain.dunning.model import ActionChannel
from debtordesk.domain.errors import UserError
from debtordesk.services.assignments import Clerk
from debtordesk.services.calculator import parse_amount_input
from debtordesk.ui.dunning_labels import dunning_label
from debtordesk.ui.pages.queue.rows import UNASSIGNED, QueueFilter, QueueRow, Show
from debtordesk.ui.widgets.enum_combo import EnumCombo
from debtordesk.ui.widgets.search_field import SearchField

_BAD_INPUT = "QLineEdit { border: 1px solid #b41414; }"


class QueueFilterBar(QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchField()
        self.search.setMinimumWidth(160)
        self.search.setPlaceholderText(self.tr("Search name, number, postcode or phone  (Ctrl+F)"))
        self.show_combo = QComboBox()
        for text, show in (
            (self.tr("Steps due"), Show.DUE),
            (self.tr("All customers"), Show.ALL),
            (self.tr("With a hold"), Show.HELD),
            (self.tr("Without a hold"), Show.NOT_HELD),
            (self.tr("Costs left after payment"), Show.CHARGES),
        ):
            self.show_combo.addItem(text, show.value)
        self.step = QComboBox()
        self.channel = EnumCombo(ActionChannel, dunning_label, none=self.tr("All channels"))
        self.segment = QComboBox()
        self.assigned = QComboBox()
        self.assigned.setToolTip(self.tr("Whose customers to show"))
        #: the app_user id of the person at the keyboard, once known
        self._my_id: int | None = None
        self.min_amount = QLineEdit()
        self.max_amount = QLineEdit()
        for edit, hint in ((self.min_amount, self.tr("from")), (self.max_amount, self.tr("to"))):
            edit.setPlaceholderText(hint)
            edit.setMaximumWidth(70)
            edit.setClearButtonEnabled(True)
        self.min_days = QSpinBox()
        self.min_days.setRange(0, 9999)
        self.min_days.setSpecialValueText(self.tr("any"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        for combo in (self.step, self.segment, self.assigned):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.set_choices([])
        self.set_clerks((), None)
        # the "All …" choice each starts with is shown whole ("Alle segmenten en beleid" was cut
        # to "Alle segmenten e"; the bar scrolls when the window is narrow); a longer segment or
        # policy name may still be cut, so the chosen text is also the tooltip
        for combo in (self.step, self.segment, self.assigned):
            _room_for(combo, combo.itemText(0))
        for combo in (self.step, self.segment):
            combo.currentTextChanged.connect(combo.setToolTip)
            combo.setToolTip(combo.currentText())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        layout.addWidget(self.step, 1)
        layout.addWidget(self.channel)
        layout.addWidget(self.segment, 1)
        layout.addWidget(self.assigned, 1)
        layout.addWidget(QLabel(self.tr("Overdue €")))
        layout.addWidget(self.min_amount)
        layout.addWidget(self.max_amount)
        layout.addWidget(QLabel(self.tr("Days overdue ≥")))
        layout.addWidget(self.min_days)
        layout.addWidget(self.clear_button)

        self.search.search_changed.connect(self._emit)
        for combo in (self.show_combo, self.step, self.channel, self.segment, self.assigned):
            combo.currentIndexChanged.connect(self._emit)
        for edit in (self.min_amount, self.max_amount):
            edit.editingFinished.connect(self._emit)
            edit.textChanged.connect(self._emit_when_cleared)
        self.min_days.valueChanged.connect(self._emit)

    def set_choices(self, rows: Iterable[QueueRow]) -> None:
        """The steps, segments and policies that occur in the queue; a choice made stays."""
        steps, segments, policies = set(), set(), set()
        for row in rows:
            if row.step:
                steps.add(row.step)
            if row.segment:
                segments.add(row.segment)
            if row.policy:
                policies.add(row.policy)
        self._refill(self.step, self.tr("All steps"), [(s, s) for s in sorted(steps)])
        self._refill(
            self.segment,
            self.tr("All segments and policies"),
            [(self.tr("Segment: {name}").format(name=s), "s:" + s) for s in sorted(segments)]
            + [(self.tr("Policy: {name}").format(name=p), "p:" + p) for p in sorted(policies)],
        )

    def set_clerks(self, clerks: Iterable[Clerk], my_login: str | None) -> None:
        """The clerks customers can be assigned to; "me" is the clerk with ``my_login``. A choice
        made stays."""
        clerks = tuple(clerks)
        self._my_id = next((c.id for c in clerks if c.login == my_login), None)
        current = self.assigned.currentData()
        self.assigned.blockSignals(True)
        self.assigned.clear()
        self.assigned.addItem(self.tr("Everyone"), "")
        self.assigned.addItem(self.tr("Assigned to me"), "me")
        self.assigned.addItem(self.tr("Unassigned"), "none")
        for clerk in clerks:
            self.assigned.addItem(
                self.tr("Assigned to {name}").format(name=clerk.label), f"u:{clerk.id}"
            )
        position = self.assigned.findData(current) if current else 0
        self.assigned.setCurrentIndex(max(position, 0))
        self.assigned.blockSignals(False)
        if current and position < 0:  # the chosen clerk is gone: everyone again
            self._emit()

    def _assigned(self) -> int | None:
        data = str(self.assigned.currentData() or "")
        if data == "me":
            # not known yet: nobody has assigned anything to this login, so nothing matches
            return self._my_id if self._my_id is not None else -1
        if data == "none":
            return UNASSIGNED
        return int(data[2:]) if data.startswith("u:") else None

    def _refill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for text, data in items:
            combo.addItem(text, data)
        position = combo.findData(current) if current else 0
        if position < 0:  # the chosen step is not in this queue: keep it, so the filter stays
            combo.addItem(str(current)[2:] if combo is self.segment else str(current), current)
            position = combo.count() - 1
        combo.setCurrentIndex(position)
        combo.blockSignals(False)

    def current(self) -> QueueFilter:
        segment = str(self.segment.currentData() or "")
        return QueueFilter(
            show=Show(self.show_combo.currentData()),
            search=self.search.text().strip(),
            step=str(self.step.currentData()) or None,
            channel=self.channel.value(),
            segment=segment[2:] if segment.startswith("s:") else None,
            policy=segment[2:] if segment.startswith("p:") else None,
            min_amount=self._amount(self.min_amount),
            max_amount=self._amount(self.max_amount),
            min_days=self.min_days.value() or None,
            assigned=self._assigned(),
        )

    def _amount(self, edit: QLineEdit) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            edit.setStyleSheet("")
            return None
        try:
            amount = parse_amount_input(text)
        except UserError:
            edit.setStyleSheet(_BAD_INPUT)
            edit.setToolTip(self.tr("Type an amount such as 250 or 1.000,00"))
            return None
        edit.setStyleSheet("")
        edit.setToolTip("")
        return amount

    def clear(self) -> None:
        """Back to the steps due, with no other filter."""
        for widget in (self, self.search):
            widget.blockSignals(True)
        for combo in (self.show_combo, self.step, self.channel, self.segment, self.assigned):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.clear()
        self.min_amount.clear()
        self.max_amount.clear()
        self.min_days.blockSignals(True)
        self.min_days.setValue(0)
        self.min_days.blockSignals(False)
        for widget in (self, self.search):
            widget.blockSignals(False)
        self._emit()

    def _emit_when_cleared(self, text: str) -> None:
        if not text:
            self._emit()

    def _emit(self) -> None:
        if not self.signalsBlocked():
            self.changed.emit(self.current())


def _room_for(combo: QComboBox, text: str) -> None:
    """Make ``combo`` at least wide enough to show ``text`` whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    contents = QSize(metrics.horizontalAdvance(text), metrics.height())
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)
    combo.setMinimumWidth(max(combo.minimumSizeHint().width(), size.width()))
