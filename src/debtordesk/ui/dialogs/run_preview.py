"""What a run of the queue will record, shown before anything happens: per channel how many, the
customers with their step, the amount asked and the costs, and that nothing is sent or printed yet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from debtordesk.domain.dunning.model import ActionChannel, Trigger
from debtordesk.domain.money import ZERO
from debtordesk.ui.dunning_labels import channel_text, dunning_label
from debtordesk.ui.formatting import count_text, date_text, money_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.import_wizard.style import NOTICE_STYLE
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.screen_size import initial_size

if TYPE_CHECKING:
    from debtordesk.ui.pages.queue.rows import QueueRow

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class RunPlan:
    """The figures of a run before it happens."""

    customers: int
    per_channel: dict[ActionChannel | None, int]
    amount_asked: Decimal
    costs: Decimal
    interest: Decimal


def asked(row: QueueRow) -> Decimal:
    """What the step asks the customer to pay: the invoices concerned plus costs, interest and fee;
    a term's request of a payment arrangement asks the term (the engine's ``trigger_amount``)."""
    action = row.entry.row.action
    if action is None:
        return ZERO
    if action.trigger is Trigger.INSTALMENT_DUE and action.trigger_amount is not None:
        return action.trigger_amount
    return action.open_amount + action.costs + action.interest + action.fee


def costs_of(row: QueueRow) -> Decimal:
    action = row.entry.row.action
    return ZERO if action is None else action.costs + action.fee


def plan_of(rows: Sequence[QueueRow]) -> RunPlan:
    channels: Counter[ActionChannel | None] = Counter()
    for row in rows:
        action = row.entry.row.action
        if action is not None:
            channels.update(decision.channel for decision in action.channels)
    return RunPlan(
        customers=len(rows),
        per_channel=dict(channels),
        amount_asked=sum((asked(row) for row in rows), ZERO),
        costs=sum((costs_of(row) for row in rows), ZERO),
        interest=sum((row.entry.row.action.interest for row in rows if row.entry.row.action), ZERO),
    )


class PreviewColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    STEP = 2
    CHANNELS = 3
    ASKED = 4
    COSTS = 5


_HEADERS = {
    PreviewColumn.NUMBER: QT_TRANSLATE_NOOP("RunPreviewColumns", "Number"),
    PreviewColumn.NAME: QT_TRANSLATE_NOOP("RunPreviewColumns", "Name"),
    PreviewColumn.STEP: QT_TRANSLATE_NOOP("RunPreviewColumns", "Step"),
    PreviewColumn.CHANNELS: QT_TRANSLATE_NOOP("RunPreviewColumns", "Channels"),
    PreviewColumn.ASKED: QT_TRANSLATE_NOOP("RunPreviewColumns", "Amount asked"),
    PreviewColumn.COSTS: QT_TRANSLATE_NOOP("RunPreviewColumns", "Costs"),
}


class PreviewModel(QAbstractTableModel):
    def __init__(
        self, rows: Sequence[QueueRow], language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self.language = language

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(PreviewColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(PreviewColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RunPreviewColumns", _HEADERS[PreviewColumn(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], PreviewColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            PreviewColumn.ASKED,
            PreviewColumn.COSTS,
        ):
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        action = row.entry.row.action
        match column:
            case PreviewColumn.NUMBER:
                return row.number
            case PreviewColumn.NAME:
                return row.entry.contact.name
            case PreviewColumn.STEP:
                return row.step
            case PreviewColumn.CHANNELS:
                return ", ".join(channel_text(d) for d in action.channels) if action else ""
            case PreviewColumn.ASKED:
                return money_text(asked(row), self.language)
            case PreviewColumn.COSTS:
                costs = costs_of(row)
                return money_text(costs, self.language) if costs else ""


_CHANNEL_ORDER = (
    ActionChannel.SMS,
    ActionChannel.EMAIL,
    ActionChannel.LETTER,
    ActionChannel.CALL,
    ActionChannel.HANDOVER,
)


class RunPreviewDialog(QDialog):
    """Accepted: the clerk confirmed; the page then runs the queue for these customers."""

    def __init__(
        self,
        rows: Sequence[QueueRow],
        *,
        language: str,
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows = list(rows)
        self.plan = plan_of(self.rows)
        self.setWindowTitle(self.tr("Run the selected steps"))
        initial_size(self, 820, 560)
        plan = self.plan
        counts = [
            self.tr("{count} × {channel}").format(
                count=count_text(plan.per_channel[channel], language),
                channel=dunning_label(channel),
            )
            for channel in _CHANNEL_ORDER
            if plan.per_channel.get(channel)
        ]
        unreachable = plan.per_channel.get(None, 0)
        if unreachable:
            counts.append(
                self.tr("{count} without a channel that reaches the customer").format(
                    count=count_text(unreachable, language)
                )
            )
        self.summary = QLabel(
            self.tr(
                "<b>{customers} customers</b> on {date}: {channels}.<br>"
                "Amount asked: <b>€ {asked}</b> · of which costs and fees € {costs} · "
                "interest € {interest}"
            ).format(
                customers=count_text(plan.customers, language),
                date=date_text(day, language),
                channels=", ".join(counts) or self.tr("no communications"),
                asked=money_text(plan.amount_asked, language),
                costs=money_text(plan.costs, language),
                interest=money_text(plan.interest, language),
            )
        )
        self.summary.setWordWrap(True)
        self.model = PreviewModel(self.rows, language, self)
        self.table = DataTable()
        self.table.setModel(self.model)
        self.table.resizeColumnsToContents()
        self.notice = QLabel(
            self.tr(
                "Nothing is sent or printed yet. Running records each step as a planned "
                "communication with its payment reference, and puts it on the customer's "
                "timeline. Letters and messages are produced and sent in their own screens later."
            )
        )
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run_button = buttons.addButton(
            self.tr("Record {count} steps").format(count=count_text(plan.customers, language)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.run_button.setEnabled(plan.customers > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
