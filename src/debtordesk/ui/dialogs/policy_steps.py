"""The steps of a dunning policy in the editor: a table of the steps, and a form that edits the chosen
one (its channels typed as fallback chains: 'SMS > e-mail > letter; e-mail > letter')."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtCore import QPersistentModelIndex as QPersistentIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChannelChoice,
    OffsetBase,
    Step,
    StepCondition,
    Tone,
    Trigger,
)
from debtordesk.domain.enums import CustomerType, PaymentMethod
from debtordesk.domain.errors import UserError
from debtordesk.domain.money import ZERO
from debtordesk.services.calculator import parse_amount_input
from debtordesk.ui.dunning_labels import channel_words, dunning_label, english_word
from debtordesk.ui.formatting import money_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.labels import label
from debtordesk.ui.widgets.enum_combo import EnumCombo

AnyIndex = QModelIndex | QPersistentIndex
_NO_INDEX = QModelIndex()
_CHOICES = re.compile(r"[;,]")
_CHAIN = re.compile(r">|→")
#: the Dutch words, read whatever the interface language (a policy may be typed from a Dutch note)
_DUTCH = {
    "sms": ActionChannel.SMS,
    "e-mail": ActionChannel.EMAIL,
    "brief": ActionChannel.LETTER,
    "bellen": ActionChannel.CALL,
    "overdracht": ActionChannel.HANDOVER,
}


class StepColumn(IntEnum):
    NAME = 0
    OFFSET = 1
    FROM = 2
    TRIGGER = 3
    CONDITION = 4
    CHANNELS = 5
    TEMPLATE = 6
    TONE = 7
    FEE = 8
    FOURTEEN_DAY = 9
    COSTS = 10


_HEADERS = {
    StepColumn.NAME: QT_TRANSLATE_NOOP("StepColumns", "Step"),
    StepColumn.OFFSET: QT_TRANSLATE_NOOP("StepColumns", "Days"),
    StepColumn.FROM: QT_TRANSLATE_NOOP("StepColumns", "Counted from"),
    StepColumn.TRIGGER: QT_TRANSLATE_NOOP("StepColumns", "Event"),
    StepColumn.CONDITION: QT_TRANSLATE_NOOP("StepColumns", "Only for"),
    StepColumn.CHANNELS: QT_TRANSLATE_NOOP("StepColumns", "Channels (fallback)"),
    StepColumn.TEMPLATE: QT_TRANSLATE_NOOP("StepColumns", "Template"),
    StepColumn.TONE: QT_TRANSLATE_NOOP("StepColumns", "Tone"),
    StepColumn.FEE: QT_TRANSLATE_NOOP("StepColumns", "Fee"),
    StepColumn.FOURTEEN_DAY: QT_TRANSLATE_NOOP("StepColumns", "14-day letter"),
    StepColumn.COSTS: QT_TRANSLATE_NOOP("StepColumns", "Charges costs"),
}


def channels_text(channels: tuple[ChannelChoice, ...]) -> str:
    """'SMS > e-mail > letter; e-mail > letter': each channel with its fallback chain."""
    return "; ".join(channel_words((c.channel, *c.fallback)) for c in channels)


def parse_channels(text: str) -> tuple[ChannelChoice, ...]:
    """Read channels as :func:`channels_text` writes them (in English, Dutch or as codes).

    Raises ValueError with the word that is not a channel.
    """
    words: dict[str, ActionChannel] = dict(_DUTCH)
    for channel in ActionChannel:
        for word in (channel.value, english_word(channel), dunning_label(channel)):
            words[word.casefold().replace(" ", "")] = channel
    words["email"] = ActionChannel.EMAIL
    choices: list[ChannelChoice] = []
    for part in _CHOICES.split(text):
        if not part.strip():
            continue
        chain: list[ActionChannel] = []
        for word in _CHAIN.split(part):
            key = word.strip().casefold().replace(" ", "")
            if key not in words:
                raise ValueError(word.strip())
            chain.append(words[key])
        choices.append(ChannelChoice(chain[0], tuple(chain[1:])))
    return tuple(choices)


def condition_text(condition: StepCondition, language: str) -> str:
    parts = []
    if condition.payment_method is not None:
        parts.append(label(condition.payment_method))
    if condition.customer_type is not None:
        parts.append(label(condition.customer_type))
    if condition.min_overdue is not None:
        parts.append("≥ € " + money_text(condition.min_overdue, language))
    return ", ".join(parts)


class StepTableModel(QAbstractTableModel):
    """The steps of the policy being edited, in their order; the editor changes them through
    :meth:`replace_step`, :meth:`insert_step`, :meth:`remove_step` and :meth:`move_step`."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._steps: list[Step] = []

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    def set_steps(self, steps: tuple[Step, ...]) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self.endResetModel()

    def step(self, row: int) -> Step:
        return self._steps[row]

    def replace_step(self, row: int, step: Step) -> None:
        if self._steps[row] == step:
            return
        self._steps[row] = step
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(StepColumn) - 1))

    def insert_step(self, row: int, step: Step) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._steps.insert(row, step)
        self.endInsertRows()

    def remove_step(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._steps[row]
        self.endRemoveRows()

    def move_step(self, row: int, to: int) -> None:
        """Move the step at ``row`` to position ``to`` (one up or one down)."""
        if row == to or not (0 <= row < len(self._steps) and 0 <= to < len(self._steps)):
            return
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._steps.insert(to, self._steps.pop(row))
        self.endMoveRows()

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(StepColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(StepColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StepColumns", _HEADERS[StepColumn(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step, column = self._steps[index.row()], StepColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(step, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is StepColumn.NAME:
            return QCoreApplication.translate("PolicySteps", "Key: {key}").format(key=step.key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            StepColumn.OFFSET,
            StepColumn.FEE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, step: Step, column: StepColumn) -> str:
        yes = QCoreApplication.translate("PolicySteps", "yes")
        match column:
            case StepColumn.NAME:
                return step.name
            case StepColumn.OFFSET:
                return f"{step.offset_days:+d}" if step.offset_days else "0"
            case StepColumn.FROM:
                return dunning_label(step.offset_from)
            case StepColumn.TRIGGER:
                return dunning_label(step.trigger) if step.trigger else ""
            case StepColumn.CONDITION:
                return condition_text(step.condition, self.language)
            case StepColumn.CHANNELS:
                return channels_text(step.channels)
            case StepColumn.TEMPLATE:
                return step.template
            case StepColumn.TONE:
                return dunning_label(step.tone)
            case StepColumn.FEE:
                return money_text(step.fee, self.language) if step.fee else ""
            case StepColumn.FOURTEEN_DAY:
                return yes if step.fourteen_day_letter else ""
            case StepColumn.COSTS:
                return yes if step.charges_costs else ""


class StepForm(QWidget):
    """Edits one step; ``edited`` fires on every change the clerk makes."""

    edited = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._base: Step | None = None
        self._filling = False
        self.name = QLineEdit()
        self.key = QLineEdit()
        self.key.setToolTip(
            self.tr("A short fixed key: the records of steps taken refer to it. Change it rarely.")
        )
        self.offset = QSpinBox()
        self.offset.setRange(-365, 3650)
        self.offset_from = EnumCombo(OffsetBase, dunning_label)
        self.trigger = EnumCombo(Trigger, dunning_label, none=self.tr("(none)"))
        self.payment_method = EnumCombo(PaymentMethod, label, none=self.tr("any"))
        self.customer_type = EnumCombo(CustomerType, label, none=self.tr("any"))
        self.min_overdue = QLineEdit()
        self.min_overdue.setPlaceholderText(self.tr("no minimum"))
        self.channels = QLineEdit()
        self.channels.setToolTip(
            self.tr(
                "Each channel with its fallbacks, tried in order when the customer cannot be "
                "reached that way; channels apart by ';'. For example: SMS > e-mail > letter; "
                "e-mail > letter. Channels: SMS, e-mail, letter, call, hand-over."
            )
        )
        self.template = QLineEdit()
        self.tone = EnumCombo(Tone, dunning_label)
        self.fee = QLineEdit()
        self.fee.setPlaceholderText("0,00" if language == "nl" else "0.00")
        self.fee.setToolTip(
            self.tr(
                "A reminder fee, for business customers only: for consumers the statutory "
                "collection costs are the whole compensation."
            )
        )
        self.fourteen_day = QCheckBox(self.tr("This is the legal 14-day letter"))
        self.charges_costs = QCheckBox(self.tr("Charges the collection costs"))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        names = QHBoxLayout()
        names.addWidget(self.name, 3)
        names.addWidget(self.key, 1)
        form.addRow(self.tr("Name and key:"), names)
        when = QHBoxLayout()
        when.addWidget(self.offset)
        when.addWidget(self.offset_from, 1)
        when.addWidget(self.trigger, 1)
        form.addRow(self.tr("Days after:"), when)
        condition = QHBoxLayout()
        condition.addWidget(self.payment_method, 1)
        condition.addWidget(self.customer_type, 1)
        condition.addWidget(self.min_overdue, 1)
        form.addRow(self.tr("Only for (payment, type, overdue ≥):"), condition)
        form.addRow(self.tr("Channels:"), self.channels)
        style = QHBoxLayout()
        style.addWidget(self.template, 2)
        style.addWidget(self.tone, 1)
        form.addRow(self.tr("Template and tone:"), style)
        form.addRow(self.tr("Fee:"), self.fee)
        flags = QHBoxLayout()
        flags.addWidget(self.fourteen_day)
        flags.addWidget(self.charges_costs)
        flags.addStretch(1)
        form.addRow("", flags)

        for edit in (self.name, self.key, self.min_overdue, self.channels, self.template, self.fee):
            edit.textEdited.connect(self._changed)
        self.offset.valueChanged.connect(self._changed)
        for combo in (
            self.offset_from,
            self.trigger,
            self.payment_method,
            self.customer_type,
            self.tone,
        ):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.fourteen_day, self.charges_costs):
            box.toggled.connect(self._changed)
        self.setEnabled(False)

    def _changed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def set_step(self, step: Step | None) -> None:
        """Show a step (None: nothing chosen, the form is disabled)."""
        self._filling = True
        try:
            self._base = step
            self.setEnabled(step is not None)
            step = step or Step(key="", name="", offset_days=0)
            self.name.setText(step.name)
            self.key.setText(step.key)
            self.offset.setValue(step.offset_days)
            self.offset_from.set_value(step.offset_from)
            self.trigger.set_value(step.trigger)
            self.payment_method.set_value(step.condition.payment_method)
            self.customer_type.set_value(step.condition.customer_type)
            minimum = step.condition.min_overdue
            self.min_overdue.setText("" if minimum is None else money_text(minimum, self.language))
            self.channels.setText(channels_text(step.channels))
            self.template.setText(step.template)
            self.tone.set_value(step.tone)
            self.fee.setText(money_text(step.fee, self.language) if step.fee else "")
            self.fourteen_day.setChecked(step.fourteen_day_letter)
            self.charges_costs.setChecked(step.charges_costs)
        finally:
            self._filling = False

    def read(self) -> tuple[Step | None, list[str]]:
        """The step as the form shows it, and what could not be read (then the step keeps the
        value it had for that field)."""
        if self._base is None:
            return None, []
        base, problems = self._base, []
        channels = base.channels
        try:
            channels = parse_channels(self.channels.text())
        except ValueError as exc:
            problems.append(
                self.tr(
                    "Step '{step}': '{word}' is not a channel. Use SMS, e-mail, letter, call or "
                    "hand-over, with '>' before a fallback and ';' between channels."
                ).format(step=self.name.text(), word=exc.args[0])
            )
        fee = self._amount(self.fee.text(), base.fee, self.tr("the fee"), problems) or ZERO
        minimum = self._amount(
            self.min_overdue.text(), base.condition.min_overdue, self.tr("the minimum"), problems
        )
        step = replace(
            base,
            name=self.name.text(),
            key=self.key.text().strip(),
            offset_days=self.offset.value(),
            offset_from=self.offset_from.value() or OffsetBase.DUE_DATE,
            trigger=self.trigger.value(),
            condition=StepCondition(
                payment_method=self.payment_method.value(),
                customer_type=self.customer_type.value(),
                min_overdue=minimum,
            ),
            channels=channels,
            template=self.template.text().strip(),
            tone=self.tone.value() or Tone.FORMAL,
            fee=fee,
            fourteen_day_letter=self.fourteen_day.isChecked(),
            charges_costs=self.charges_costs.isChecked(),
        )
        return step, problems

    def _amount(
        self, text: str, before: Decimal | None, what: str, problems: list[str]
    ) -> Decimal | None:
        if not text.strip():
            return None
        try:
            return parse_amount_input(text)
        except UserError:
            problems.append(
                self.tr("Step '{step}': {what} '{text}' is not an amount such as 5,00.").format(
                    step=self.name.text(), what=what, text=text
                )
            )
            return before
