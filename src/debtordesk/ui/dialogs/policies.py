"""Settings > Dunning policies…: the administration's policies with their steps, what is wrong with the
one being edited (shown as it is typed, and refused on save), saving with another clerk's change
reported rather than overwritten, deleting a policy nothing uses (after asking; a refusal says what
uses it) and choosing the default for consumers and for businesses; the segment rules in a second
tab."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.dunning.model import ActionChannel, ChannelChoice, OffsetBase, Policy, Step
from debtordesk.domain.dunning.validate import policy_problems
from debtordesk.domain.enums import CustomerType
from debtordesk.domain.errors import DebtorDeskError, UserError
from debtordesk.i18n.catalogue import render
from debtordesk.services.calculator import parse_amount_input
from debtordesk.services.policies import (
    InvalidPolicy,
    PolicyRecord,
    delete_policy,
    list_policies,
    make_default_policy,
    save_policy,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.policy_steps import StepForm, StepTableModel
from debtordesk.ui.dialogs.segment_rules import SegmentRulesTab
from debtordesk.ui.errors import error_text, show_error
from debtordesk.ui.formatting import money_text
from debtordesk.ui.import_wizard.style import ERROR_STYLE, SUCCESS_STYLE
from debtordesk.ui.labels import label
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.enum_combo import EnumCombo
from debtordesk.ui.widgets.screen_size import initial_size

Confirm = Callable[[QWidget, str, str], bool]


def confirm_dialog(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def confirm_delete_dialog(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class PoliciesDialog(QDialog):
    """``loaded`` fires when the list of policies is on screen, ``saved`` with the stored
    :class:`PolicyRecord` after a save, ``deleted`` with the deleted policy's record,
    ``made_default`` with the policy's id after it became a default, ``refused`` when a save, delete
    or make-default was refused (the reason is shown in the message area)."""

    loaded = Signal()
    saved = Signal(object)
    deleted = Signal(object)
    made_default = Signal(int)
    refused = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = confirm_dialog,
        confirm_delete: Confirm = confirm_delete_dialog,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm = confirm
        self.confirm_delete = confirm_delete
        self.administration_id = ctx.administration.id
        self.records: list[PolicyRecord] = []
        self.policy_id = 0
        self.version: int | None = None
        self.dirty = False
        self._filling = False
        self._busy = False
        self.setWindowTitle(self.tr("Dunning policies"))
        initial_size(self, 1180, 760)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_policies(), self.tr("Policies"))
        self.segments = SegmentRulesTab(ctx, self.administration_id)
        self.tabs.addTab(self.segments, self.tr("Segment rules"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.load()

    # -- building
    def _build_policies(self) -> QWidget:
        self.policy_list = QListWidget()
        self.policy_list.currentRowChanged.connect(self._policy_chosen)
        self.new_button = QPushButton(self.tr("New policy"))
        self.new_button.clicked.connect(self.new_policy)
        self.delete_button = QPushButton(self.tr("Delete policy"))
        self.delete_button.setToolTip(
            self.tr("Delete the chosen policy; only a policy nothing uses can be deleted.")
        )
        self.delete_button.clicked.connect(self.delete_current)
        self.consumer_default_button = QPushButton(self.tr("Make default for consumers"))
        self.consumer_default_button.clicked.connect(
            lambda: self.make_default(CustomerType.CONSUMER)
        )
        self.business_default_button = QPushButton(self.tr("Make default for businesses"))
        self.business_default_button.clicked.connect(
            lambda: self.make_default(CustomerType.BUSINESS)
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.policy_list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.consumer_default_button)
        left_layout.addWidget(self.business_default_button)
        left_layout.addWidget(self.delete_button)

        self.name = QLineEdit()
        self.min_amount = QLineEdit()
        self.min_amount.setToolTip(self.tr("Customers who owe less than this are not dunned."))
        self.tolerance = QLineEdit()
        self.tolerance.setToolTip(self.tr("Residuals up to this amount count as paid."))
        self.customer_type = EnumCombo(CustomerType, label, none=self.tr("all customers"))
        self.requires_letter = QCheckBox(self.tr("Costs only after the 14-day letter"))
        self.interest = QCheckBox(self.tr("Show statutory interest"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        amounts = QHBoxLayout()
        amounts.addWidget(QLabel(self.tr("Minimum amount:")))
        amounts.addWidget(self.min_amount)
        amounts.addWidget(QLabel(self.tr("Tolerance:")))
        amounts.addWidget(self.tolerance)
        amounts.addWidget(QLabel(self.tr("For:")))
        amounts.addWidget(self.customer_type, 1)
        form.addRow(amounts)
        flags = QHBoxLayout()
        flags.addWidget(self.requires_letter)
        flags.addWidget(self.interest)
        flags.addStretch(1)
        form.addRow(flags)

        self.steps = StepTableModel(self.ctx.language, self)
        self.step_table = DataTable()
        self.step_table.setModel(self.steps)
        self.step_table.selectionModel().selectionChanged.connect(self._step_chosen)
        self.add_step_button = QPushButton(self.tr("Add step"))
        self.remove_step_button = QPushButton(self.tr("Remove step"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        step_buttons = QHBoxLayout()
        for button in (
            self.add_step_button,
            self.remove_step_button,
            self.up_button,
            self.down_button,
        ):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        self.step_form = StepForm(self.ctx.language)
        self.step_form.edited.connect(self._step_edited)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        # its room stays when it is hidden: the buttons keep their size at the right
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        self.message.hide()
        self.save_button = QPushButton(self.tr("Save policy"))
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Show the policies as they are stored now"))
        self.reload_button.clicked.connect(self.reload)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.reload_button)
        bottom.addWidget(self.save_button)

        self.editor = QWidget()
        right = QVBoxLayout(self.editor)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(form)
        right.addWidget(self.step_table, 1)
        right.addLayout(step_buttons)
        right.addWidget(self.step_form)
        right.addWidget(self.problems)
        right.addLayout(bottom)
        for edit in (self.name, self.min_amount, self.tolerance):
            edit.textEdited.connect(self._edited)
        self.customer_type.currentIndexChanged.connect(self._edited)
        for box in (self.requires_letter, self.interest):
            box.toggled.connect(self._edited)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 940])
        self.editor.setEnabled(False)
        return splitter

    # -- loading the list
    def load(self, select_id: int | None = None, *, note: str = "") -> None:
        """List the policies again and show ``select_id`` (default: the one shown); ``note`` is
        said once the list is on screen (what the action that reloaded did)."""
        administration_id = self.administration_id
        if administration_id is None:
            self._say(self.tr("There is no administration yet: import an open-items list first."))
            return
        db = self.ctx.db
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda _progress: list_policies(db, administration_id),
            lambda records: self._listed(records, select_id, note),
            self._failed,
        )

    def reload(self) -> None:
        if self.dirty and not self._may_discard():
            return
        self.dirty = False
        self.load(self.policy_id or None)

    def _listed(self, records: list[PolicyRecord], select_id: int | None, note: str = "") -> None:
        self._set_busy(False)
        self.records = records
        self.segments.set_policies(records)
        self._filling = True
        self.policy_list.clear()
        for record in records:
            item = QListWidgetItem(self._list_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.policy_list.addItem(item)
        self._filling = False
        wanted = select_id if select_id is not None else self.policy_id
        row = next((i for i, r in enumerate(records) if r.id == wanted), 0 if records else -1)
        self.policy_list.setCurrentRow(row)
        if row >= 0:
            self._show(records[row])
        else:
            self.policy_id, self.version = 0, None
            self.editor.setEnabled(False)
        if note:
            self._say(note, success=True)
        self._update_actions()
        self.loaded.emit()

    def _list_text(self, record: PolicyRecord) -> str:
        if record.default_for is CustomerType.CONSUMER:
            return self.tr("{name} (default for consumers)").format(name=record.name)
        if record.default_for is CustomerType.BUSINESS:
            return self.tr("{name} (default for businesses)").format(name=record.name)
        return record.name

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self, error)

    # -- choosing and showing a policy
    def choose_policy(self, name: str) -> None:
        """Show the policy with this name (for the clerk's keyboard and for tests)."""
        row = next(i for i, r in enumerate(self.records) if r.name == name)
        self.policy_list.setCurrentRow(row)

    def _policy_chosen(self, row: int) -> None:
        if self._filling or row < 0 or row >= len(self.records):
            return
        record = self.records[row]
        if record.id == self.policy_id and self.version is not None:
            return
        if self.dirty and not self._may_discard():
            self._filling = True
            current = next((i for i, r in enumerate(self.records) if r.id == self.policy_id), -1)
            self.policy_list.setCurrentRow(current)
            self._filling = False
            return
        self._show(record)

    def _may_discard(self) -> bool:
        return self.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("The changes to '{name}' are not saved. Discard them?").format(
                name=self.name.text()
            ),
        )

    def _show(self, record: PolicyRecord) -> None:
        self._fill(record.policy)
        self.version = record.version
        self._say("")
        self._update_actions()

    def _fill(self, policy: Policy) -> None:
        language = self.ctx.language
        self._filling = True
        try:
            self.policy_id = policy.id
            self.name.setText(policy.name)
            self.min_amount.setText(money_text(policy.min_amount, language))
            self.tolerance.setText(money_text(policy.tolerance, language))
            self.customer_type.set_value(policy.customer_type)
            self.requires_letter.setChecked(policy.requires_fourteen_day_letter)
            self.interest.setChecked(policy.statutory_interest)
            self.steps.set_steps(policy.steps)
            self.step_form.set_step(None)
        finally:
            self._filling = False
        self.dirty = False
        self.editor.setEnabled(True)
        if policy.steps:
            self.step_table.selectRow(0)
        self._show_problems([])
        self.step_table.resizeColumnsToContents()

    def new_policy(self) -> None:
        if self.dirty and not self._may_discard():
            return
        step = Step(
            key="reminder",
            name=self.tr("Reminder"),
            offset_days=7,
            channels=(ChannelChoice(ActionChannel.EMAIL, (ActionChannel.LETTER,)),),
            template="reminder_1",
        )
        self._filling = True
        self.policy_list.clearSelection()
        self.policy_list.setCurrentRow(-1)
        self._filling = False
        self._fill(Policy(id=0, name=self.tr("New policy"), steps=(step,)))
        self.version = None
        self.dirty = True
        self._update_actions()
        self._say(self.tr("A new policy: not saved yet."))
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name.selectAll()

    # -- the steps
    def selected_step(self) -> int | None:
        rows = self.step_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def choose_step(self, name: str) -> None:
        row = next(i for i, step in enumerate(self.steps.steps) if step.name == name)
        self.step_table.selectRow(row)

    def _step_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_step()
        self.step_form.set_step(None if row is None else self.steps.step(row))

    def _step_edited(self) -> None:
        row = self.selected_step()
        step, _problems = self.step_form.read()
        if row is not None and step is not None:
            self.steps.replace_step(row, step)
        self._edited()

    def add_step(self) -> None:
        row = self.selected_step()
        at = len(self.steps.steps) if row is None else row + 1
        keys = {step.key for step in self.steps.steps}
        number = len(keys) + 1
        while f"step_{number}" in keys:
            number += 1
        days = [
            s.offset_days for s in self.steps.steps[:at] if s.offset_from is OffsetBase.DUE_DATE
        ]
        step = Step(
            key=f"step_{number}",
            name=self.tr("New step"),
            offset_days=(max(days) + 7) if days else 7,
            channels=(ChannelChoice(ActionChannel.LETTER, (ActionChannel.EMAIL,)),),
        )
        self.steps.insert_step(at, step)
        self.step_table.selectRow(at)
        self._edited()

    def remove_step(self) -> None:
        row = self.selected_step()
        if row is None:
            return
        self.steps.remove_step(row)
        if self.steps.rowCount():
            self.step_table.selectRow(min(row, self.steps.rowCount() - 1))
        self._edited()

    def move_step(self, by: int) -> None:
        row = self.selected_step()
        if row is None:
            return
        self.steps.move_step(row, row + by)
        self.step_table.selectRow(max(0, min(row + by, self.steps.rowCount() - 1)))
        self._edited()

    # -- what is wrong
    def _edited(self) -> None:
        if self._filling:
            return
        self.dirty = True
        self._say("")
        policy, unreadable = self.current_policy()
        self._show_problems(unreadable + [render(m) for m in policy_problems(policy)])

    def current_policy(self) -> tuple[Policy, list[str]]:
        """The policy as the editor shows it, and the fields that could not be read."""
        unreadable: list[str] = []
        _step, step_problems = self.step_form.read()
        unreadable.extend(step_problems)
        policy = Policy(
            id=self.policy_id,
            name=self.name.text(),
            steps=self.steps.steps,
            min_amount=self._amount(self.min_amount, self.tr("Minimum amount"), unreadable),
            tolerance=self._amount(self.tolerance, self.tr("Tolerance"), unreadable),
            requires_fourteen_day_letter=self.requires_letter.isChecked(),
            customer_type=self.customer_type.value(),
            statutory_interest=self.interest.isChecked(),
        )
        return policy, unreadable

    def _amount(self, edit: QLineEdit, what: str, problems: list[str]) -> Decimal:
        try:
            return parse_amount_input(edit.text() or "0")
        except UserError:
            problems.append(
                self.tr("{what}: '{text}' is not an amount such as 5,00.").format(
                    what=what, text=edit.text()
                )
            )
            return Decimal(0)

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(f"• {text}" for text in problems))
        self.problems.setVisible(bool(problems))

    @property
    def problem_text(self) -> str:
        return self.problems.text() if not self.problems.isHidden() else ""

    # -- saving
    def save(self) -> None:
        if self._busy or self.administration_id is None or not self.editor.isEnabled():
            return
        policy, unreadable = self.current_policy()
        if unreadable:
            self._show_problems(unreadable)
            self._say(self.tr("Nothing was saved: correct the marked fields and save again."))
            self.refused.emit()
            return
        db, administration_id, version = self.ctx.db, self.administration_id, self.version
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda _progress: save_policy(db, administration_id, policy, expected_version=version),
            self._saved,
            self._save_failed,
            write=True,
        )

    def _saved(self, record: PolicyRecord) -> None:
        self._set_busy(False)
        self.dirty = False
        self.policy_id, self.version = record.id, record.version
        self._say(self.tr("Saved."), success=True)
        self.saved.emit(record)
        self.load(record.id)

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, InvalidPolicy):
            self._show_problems([render(problem) for problem in error.problems])
            self._say(self.tr("Nothing was saved: correct what is listed and save again."))
        elif isinstance(error, DebtorDeskError):
            self._say(error_text(error))
            if error.code == "db.conflict":
                self._say(
                    error_text(error)
                    + " "
                    + self.tr(
                        "Reload shows the policy as it is stored now (your changes are lost)."
                    )
                )
                self.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            show_error(self, error)
        self.refused.emit()

    # -- deleting, the defaults
    def current_record(self) -> PolicyRecord | None:
        """The saved policy shown (None: a new policy, or none)."""
        if not self.policy_id or self.version is None:
            return None
        return next((r for r in self.records if r.id == self.policy_id), None)

    def _update_actions(self) -> None:
        record = None if self._busy else self.current_record()
        self.delete_button.setEnabled(record is not None)
        for button, customer_type in (
            (self.consumer_default_button, CustomerType.CONSUMER),
            (self.business_default_button, CustomerType.BUSINESS),
        ):
            button.setEnabled(
                record is not None and self._may_become_default(record, customer_type)
            )
            button.setToolTip("" if record is None else self._default_tip(record, customer_type))

    def _default_tip(self, record: PolicyRecord, customer_type: CustomerType) -> str:
        """Why the make-default button is off for this policy, or what it does."""
        if record.default_for is customer_type:
            return self.tr("This policy is the default already.")
        if record.default_for is not None:
            return self.tr(
                "This policy is the default for the other customer type; a policy is the default "
                "for one type only."
            )
        if record.policy.customer_type not in (None, customer_type):
            return self.tr("This policy is meant for the other customer type only.")
        return self.tr(
            "Customers of this type that no segment rule and no policy of their own places get "
            "this policy; the present default stops being it."
        )

    def _may_become_default(self, record: PolicyRecord, customer_type: CustomerType) -> bool:
        """Not when it already is a default (of this type: nothing to do; of the other: a policy is
        the default of one type), nor when it is meant for the other type only."""
        meant_for = record.policy.customer_type
        return record.default_for is None and meant_for in (None, customer_type)

    def delete_current(self) -> None:
        record = self.current_record()
        if self._busy or record is None:
            return
        if not self.confirm_delete(
            self,
            self.tr("Delete policy"),
            self.tr("Delete the dunning policy '{name}'? This cannot be undone.").format(
                name=record.name
            ),
        ):
            return
        db, policy_id, version = self.ctx.db, record.id, self.version
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda _progress: delete_policy(db, policy_id, expected_version=version),
            self._deleted_done,
            self._action_failed,
            write=True,
        )

    def _deleted_done(self, record: PolicyRecord) -> None:
        self._set_busy(False)
        self.dirty = False
        self.policy_id, self.version = 0, None
        self.deleted.emit(record)
        self.load(note=self.tr("The policy '{name}' was deleted.").format(name=record.name))

    def make_default(self, customer_type: CustomerType) -> None:
        record = self.current_record()
        if self._busy or record is None or not self._may_become_default(record, customer_type):
            return
        if self.dirty and not self._may_discard():
            return
        db, policy_id, version = self.ctx.db, record.id, self.version
        if customer_type is CustomerType.CONSUMER:
            note = self.tr("'{name}' is now the default for consumers.")
        else:
            note = self.tr("'{name}' is now the default for businesses.")
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda _progress: make_default_policy(
                db, policy_id, customer_type, expected_version=version
            ),
            lambda _none: self._made_default(policy_id, note.format(name=record.name)),
            self._action_failed,
            write=True,
        )

    def _made_default(self, policy_id: int, note: str) -> None:
        self._set_busy(False)
        self.dirty = False  # the clerk agreed to discard unsaved edits: shown again as stored
        self.made_default.emit(policy_id)
        self.load(policy_id, note=note)

    def _action_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, DebtorDeskError):
            text = error_text(error)
            if error.code == "db.conflict":
                text += " " + self.tr("Reload shows the policies as they are stored now.")
                self.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self._say(text)
        else:
            show_error(self, error)
        self.refused.emit()

    def _say(self, text: str, *, success: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(SUCCESS_STYLE if success else ERROR_STYLE)
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.reload_button.setEnabled(not busy)
        self._update_actions()

    def reject(self) -> None:
        if self.dirty and not self._may_discard():
            return
        super().reject()
