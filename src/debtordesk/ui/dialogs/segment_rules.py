"""The segment rules tab of the policy editor: which policy a customer gets by type, tags, payment
behaviour and preferred channel (the first matching rule by priority wins)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.dunning.model import SegmentRule
from debtordesk.domain.enums import Channel, CustomerType
from debtordesk.domain.errors import DebtorDeskError
from debtordesk.services.policies import (
    PolicyRecord,
    SegmentRuleRecord,
    delete_segment_rule,
    list_segment_rules,
    save_segment_rule,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import error_text, show_error
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.import_wizard.style import ERROR_STYLE, SUCCESS_STYLE
from debtordesk.ui.labels import label
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.enum_combo import EnumCombo

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class RuleColumn(IntEnum):
    PRIORITY = 0
    NAME = 1
    POLICY = 2
    TYPE = 3
    TAGS = 4
    DAYS_LATE = 5
    STORNOS = 6
    CHANNEL = 7


_HEADERS = {
    RuleColumn.PRIORITY: QT_TRANSLATE_NOOP("RuleColumns", "Priority"),
    RuleColumn.NAME: QT_TRANSLATE_NOOP("RuleColumns", "Rule"),
    RuleColumn.POLICY: QT_TRANSLATE_NOOP("RuleColumns", "Policy"),
    RuleColumn.TYPE: QT_TRANSLATE_NOOP("RuleColumns", "Customer type"),
    RuleColumn.TAGS: QT_TRANSLATE_NOOP("RuleColumns", "Tags"),
    RuleColumn.DAYS_LATE: QT_TRANSLATE_NOOP("RuleColumns", "Avg. days late ≥"),
    RuleColumn.STORNOS: QT_TRANSLATE_NOOP("RuleColumns", "Stornos ≥"),
    RuleColumn.CHANNEL: QT_TRANSLATE_NOOP("RuleColumns", "Preferred channel"),
}


class RuleTableModel(QAbstractTableModel):
    """The segment rules in the order they are tried."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rules: list[SegmentRuleRecord] = []
        self.policy_names: dict[int, str] = {}

    def set_rules(self, rules: list[SegmentRuleRecord]) -> None:
        self.beginResetModel()
        self._rules = list(rules)
        self.endResetModel()

    def record(self, row: int) -> SegmentRuleRecord:
        return self._rules[row]

    def row_of_id(self, rule_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rules) if r.id == rule_id), None)

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rules)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(RuleColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(RuleColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RuleColumns", _HEADERS[RuleColumn(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._rules):
            return None
        rule = self._rules[index.row()].rule
        match RuleColumn(index.column()):
            case RuleColumn.PRIORITY:
                return str(rule.priority)
            case RuleColumn.NAME:
                return rule.name
            case RuleColumn.POLICY:
                return self.policy_names.get(rule.policy_id, str(rule.policy_id))
            case RuleColumn.TYPE:
                return label(rule.customer_type) if rule.customer_type else ""
            case RuleColumn.TAGS:
                return ", ".join(sorted(rule.tags))
            case RuleColumn.DAYS_LATE:
                days = rule.min_average_days_late
                return "" if days is None else str(days)
            case RuleColumn.STORNOS:
                stornos = rule.min_stornos_12_months
                return "" if stornos is None else str(stornos)
            case RuleColumn.CHANNEL:
                return label(rule.preferred_channel) if rule.preferred_channel else ""


class SegmentRulesTab(QWidget):
    """``changed`` fires after a rule was saved or deleted, ``listed`` when the list is on screen."""

    changed = Signal()
    listed = Signal()

    def __init__(
        self, ctx: UiContext, administration_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.administration_id = administration_id
        self.rule_id = 0
        self.version: int | None = None
        self.model = RuleTableModel(self)
        self.table = DataTable()
        self.table.setModel(self.model)
        self.table.set_empty_text(
            self.tr(
                "No segment rules: every customer gets the default policy of its type. Add a rule "
                "to give, for example, customers tagged 'benefits' a policy of their own."
            )
        )
        self.table.selectionModel().selectionChanged.connect(self._chosen)

        self.name = QLineEdit()
        self.priority = QSpinBox()
        self.priority.setRange(0, 10_000)
        self.priority.setValue(100)
        self.priority.setToolTip(self.tr("Rules are tried from the lowest number up."))
        self.policy = QComboBox()
        self.customer_type = EnumCombo(CustomerType, label, none=self.tr("any"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("any tag; several apart by commas"))
        self.days_late = QLineEdit()
        self.days_late.setPlaceholderText(self.tr("no minimum"))
        self.stornos = QSpinBox()
        self.stornos.setRange(-1, 1000)
        self.stornos.setSpecialValueText(self.tr("no minimum"))
        self.stornos.setValue(-1)
        self.channel = EnumCombo(Channel, label, none=self.tr("any"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Policy:"), self.policy)
        form.addRow(self.tr("Customer type:"), self.customer_type)
        form.addRow(self.tr("Has one of the tags:"), self.tags)
        form.addRow(self.tr("Average days late at least:"), self.days_late)
        form.addRow(self.tr("Returned direct debits in 12 months at least:"), self.stornos)
        form.addRow(self.tr("Preferred channel:"), self.channel)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.new_button = QPushButton(self.tr("New rule"))
        self.delete_button = QPushButton(self.tr("Delete rule"))
        self.save_button = QPushButton(self.tr("Save rule"))
        self.new_button.clicked.connect(self.new_rule)
        self.delete_button.clicked.connect(self.delete_rule)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.new_rule()

    # -- the list
    def set_policies(self, records: list[PolicyRecord]) -> None:
        """The policies a rule may choose (loaded by the dialog); the rules load after them."""
        current = self.policy.currentData()
        self.policy.clear()
        for record in records:
            self.policy.addItem(record.name, record.id)
        if current is not None and self.policy.findData(current) >= 0:
            self.policy.setCurrentIndex(self.policy.findData(current))
        self.model.policy_names = {record.id: record.name for record in records}
        self.load()

    def load(self, select_id: int | None = None) -> None:
        if self.administration_id is None:
            return
        db, administration_id = self.ctx.db, self.administration_id
        self.ctx.tasks.run(
            lambda _progress: list_segment_rules(db, administration_id),
            lambda rules: self._listed(rules, select_id),
            lambda error: show_error(self, error),
        )

    def _listed(self, rules: list[SegmentRuleRecord], select_id: int | None) -> None:
        self.model.set_rules(rules)
        self.table.resizeColumnsToContents()
        row = self.model.row_of_id(select_id) if select_id is not None else None
        if row is not None:
            self.table.selectRow(row)
        self.listed.emit()

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._fill(self.model.record(rows[0].row()))

    def _fill(self, record: SegmentRuleRecord) -> None:
        rule = record.rule
        self.rule_id, self.version = record.id, record.version
        self.name.setText(rule.name)
        self.priority.setValue(rule.priority)
        self.policy.setCurrentIndex(max(self.policy.findData(rule.policy_id), 0))
        self.customer_type.set_value(rule.customer_type)
        self.tags.setText(", ".join(sorted(rule.tags)))
        days = rule.min_average_days_late
        self.days_late.setText("" if days is None else str(days))
        stornos = rule.min_stornos_12_months
        self.stornos.setValue(-1 if stornos is None else stornos)
        self.channel.set_value(rule.preferred_channel)
        self._say("")

    def new_rule(self) -> None:
        self.table.clearSelection()
        self.rule_id, self.version = 0, None
        self.name.clear()
        self.priority.setValue(100)
        self.customer_type.setCurrentIndex(0)
        self.tags.clear()
        self.days_late.clear()
        self.stornos.setValue(-1)
        self.channel.setCurrentIndex(0)
        self._say("")

    # -- saving
    def rule(self) -> SegmentRule | None:
        """The rule as the form shows it; None (and the reason shown) when it cannot be read."""
        policy_id = self.policy.currentData()
        if policy_id is None:
            self._say(self.tr("Choose the policy this rule gives."))
            return None
        days: Decimal | None = None
        if self.days_late.text().strip():
            try:
                days = Decimal(self.days_late.text().strip().replace(",", "."))
            except InvalidOperation:
                self._say(
                    self.tr("Average days late: '{text}' is not a number such as 10.").format(
                        text=self.days_late.text()
                    )
                )
                return None
        stornos = self.stornos.value()
        return SegmentRule(
            name=self.name.text(),
            policy_id=int(policy_id),
            priority=self.priority.value(),
            customer_type=self.customer_type.value(),
            tags=frozenset(t.strip() for t in self.tags.text().split(",") if t.strip()),
            min_average_days_late=days,
            min_stornos_12_months=None if stornos < 0 else stornos,
            preferred_channel=self.channel.value(),
        )

    def save(self) -> None:
        rule = self.rule()
        if rule is None or self.administration_id is None:
            return
        db, administration_id = self.ctx.db, self.administration_id
        rule_id, version = self.rule_id, self.version
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(
            lambda _progress: save_segment_rule(
                db, administration_id, rule, rule_id=rule_id, expected_version=version
            ),
            self._saved,
            self._failed,
            write=True,
        )

    def _saved(self, record: SegmentRuleRecord) -> None:
        self.save_button.setEnabled(True)
        self.rule_id, self.version = record.id, record.version
        self._say(self.tr("Saved."), success=True)
        self.changed.emit()
        self.load(record.id)

    def delete_rule(self) -> None:
        if not self.rule_id:
            return
        db, rule_id = self.ctx.db, self.rule_id
        self.ctx.tasks.run(
            lambda _progress: delete_segment_rule(db, rule_id),
            lambda _none: self._deleted(),
            self._failed,
            write=True,
        )

    def _deleted(self) -> None:
        self.new_rule()
        self._say(self.tr("Deleted."), success=True)
        self.changed.emit()
        self.load()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, DebtorDeskError):
            self._say(error_text(error))
        else:
            show_error(self, error)

    def _say(self, text: str, *, success: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(SUCCESS_STYLE if success else ERROR_STYLE)
        self.message.setVisible(bool(text))
