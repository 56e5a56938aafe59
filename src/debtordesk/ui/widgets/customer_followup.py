"""The follow-up tabs of the customer panel: calls and notes (with a note to add), promises to pay (a
waiting one can be withdrawn), and payment arrangements with their terms (a new one from the invoices
chosen in the panel, a running one stopped with a reason). Read in one background task per customer;
a change reloads the panel and tells the lists (``customer_changed``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.arrangements import ArrangementStatus
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.promises import PromiseStatus
from debtordesk.services.database import Database
from debtordesk.services.followup import (
    ArrangementRecord,
    CallRecord,
    NoteRecord,
    PromiseRecord,
    add_note,
    cancel_arrangement,
    cancel_promise,
    list_arrangements,
    list_calls,
    list_notes,
    list_promises,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.arrangement import ArrangementDialog
from debtordesk.ui.dialogs.log_call import OpenInvoice
from debtordesk.ui.dialogs.note_prompt import AskNote, ask_note_dialog
from debtordesk.ui.errors import show_error
from debtordesk.ui.formatting import date_text
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.followup_models import (
    ArrangementModel,
    ContactModel,
    PromiseModel,
    TermModel,
    contact_rows,
)

if TYPE_CHECKING:
    from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel


@dataclass(frozen=True)
class FollowupFacts:
    customer_id: int
    calls: tuple[CallRecord, ...]
    notes: tuple[NoteRecord, ...]
    promises: tuple[PromiseRecord, ...]
    arrangements: tuple[ArrangementRecord, ...]


def load_followup(db: Database, customer_id: int) -> FollowupFacts:
    return FollowupFacts(
        customer_id=customer_id,
        calls=list_calls(db, customer_id),
        notes=list_notes(db, customer_id),
        promises=list_promises(db, customer_id),
        arrangements=list_arrangements(db, customer_id),
    )


def _table(model: object, empty: str) -> DataTable:
    table = DataTable()
    table.setModel(model)  # type: ignore[arg-type]
    table.set_empty_text(empty)
    return table


class CustomerFollowup(QObject):
    """Adds the tabs to ``panel``'s tab widget; ``loaded`` fires when the lists are on screen."""

    loaded = Signal(object)

    def __init__(
        self, ctx: UiContext, panel: CustomerDetailPanel, *, ask_note: AskNote = ask_note_dialog
    ) -> None:
        super().__init__(panel)
        self.ctx = ctx
        self.panel = panel
        self.ask_note = ask_note
        self.facts: FollowupFacts | None = None
        self.arrangement_dialog: ArrangementDialog | None = None
        self._customer: int | None = None
        language = ctx.language
        tabs = panel.tabs

        # calls and notes
        self.contact_model = ContactModel(language, self)
        self.contacts = _table(self.contact_model, self.tr("No calls or notes yet."))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("A note on this customer (Enter adds it)"))
        self.note_edit.returnPressed.connect(self.add_note)
        self.note_about = QComboBox()
        self.note_about.setToolTip(self.tr("What the note is about: the customer or one invoice"))
        self.note_about.addItem(self.tr("About the customer"), 0)
        self.note_button = QPushButton(self.tr("Add note"))
        self.note_button.clicked.connect(self.add_note)
        notes = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.note_about)
        row.addWidget(self.note_button)
        layout = QVBoxLayout(notes)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contacts, 1)
        layout.addLayout(row)
        self.contacts_tab = tabs.addTab(notes, self.tr("Calls and notes"))
        # a note about an invoice straight from the Invoices tab (right-click or Ctrl+N there)
        self.invoice_note_action = QAction(self.tr("Add a &note about this invoice…"), self)
        self.invoice_note_action.setShortcut(QKeySequence("Ctrl+N"))
        self.invoice_note_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.invoice_note_action.triggered.connect(lambda _checked=False: self.note_on_invoice())
        panel.invoice_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        panel.invoice_table.addAction(self.invoice_note_action)

        # promises
        self.promise_model = PromiseModel(language, self)
        self.promises = _table(self.promise_model, self.tr("No promises to pay."))
        self.promises.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.withdraw_button = QPushButton(self.tr("Withdraw promise…"))
        self.withdraw_button.setToolTip(
            self.tr("The customer takes the promise back: its hold ends and dunning resumes")
        )
        self.withdraw_button.clicked.connect(self.withdraw_promise)
        promises = QWidget()
        layout = QVBoxLayout(promises)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.promises, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        layout.addLayout(buttons)
        self.promises_tab = tabs.addTab(promises, self.tr("Promises"))

        # arrangements
        self.arrangement_model = ArrangementModel(language, self)
        self.arrangements = _table(self.arrangement_model, self.tr("No payment arrangements."))
        self.arrangements.selectionModel().currentRowChanged.connect(self._arrangement_chosen)
        self.term_model = TermModel(language, self)
        self.terms = _table(self.term_model, self.tr("Choose an arrangement to see its terms."))
        self.new_button = QPushButton(self.tr("New arrangement…"))
        self.new_button.setToolTip(
            self.tr("For the invoices chosen on the Invoices tab, or all open ones")
        )
        self.new_button.clicked.connect(self.new_arrangement)
        self.stop_button = QPushButton(self.tr("Stop arrangement…"))
        self.stop_button.setToolTip(self.tr("End the chosen arrangement: dunning resumes"))
        self.stop_button.clicked.connect(self.stop_arrangement)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.arrangements)
        split.addWidget(self.terms)
        arrangements = QWidget()
        layout = QVBoxLayout(arrangements)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.stop_button)
        layout.addLayout(buttons)
        self.arrangements_tab = tabs.addTab(arrangements, self.tr("Arrangements"))
        self._update()

    # -- reading
    def show_customer(self, customer_id: int) -> None:
        self._customer = customer_id
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda _progress: load_followup(db, customer_id),
            self._arrived,
            lambda error: show_error(self.panel, error),
        )

    def _arrived(self, facts: FollowupFacts) -> None:
        if facts.customer_id != self._customer:
            return
        self.facts = facts
        self.contact_model.set_rows(contact_rows(facts.calls, facts.notes, self.ctx.language))
        self._fill_note_about()
        self.promise_model.set_rows(facts.promises)
        self.arrangement_model.set_rows(facts.arrangements)
        self.term_model.set_rows([])
        for table in (self.contacts, self.promises, self.arrangements):
            table.resizeColumnsToContents()
        tabs = self.panel.tabs
        tabs.setTabText(
            self.contacts_tab,
            self.tr("Calls and notes ({count})").format(count=len(facts.calls) + len(facts.notes)),
        )
        tabs.setTabText(
            self.promises_tab, self.tr("Promises ({count})").format(count=len(facts.promises))
        )
        tabs.setTabText(
            self.arrangements_tab,
            self.tr("Arrangements ({count})").format(count=len(facts.arrangements)),
        )
        if facts.arrangements:
            self.arrangements.selectRow(0)
        self._update()
        self.loaded.emit(facts)

    def note_on_invoice(self) -> bool:
        """The note field, about the invoice chosen on the Invoices tab; False when none is."""
        index = self.panel.invoice_table.selectionModel().currentIndex()
        if not index.isValid():
            return False
        invoice = self.panel.invoice_model.row_at(index.row())
        position = self.note_about.findData(invoice.id)
        if position < 0:
            return False
        self.note_about.setCurrentIndex(position)
        self.panel.tabs.setCurrentIndex(self.contacts_tab)
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _fill_note_about(self) -> None:
        """The customer, or one of its invoices (open ones first), as the subject of a note."""
        detail = self.panel.detail
        self.note_about.clear()
        self.note_about.addItem(self.tr("About the customer"), 0)
        if detail is None or detail.id != self._customer:
            return
        for invoice in detail.invoices:
            self.note_about.addItem(
                self.tr("About invoice {number}").format(number=invoice.number), invoice.id
            )

    def _arrangement_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.term_model.set_rows(self.arrangement_model.row_at(current.row()).terms)
        else:
            self.term_model.set_rows([])
        self._update()

    def _chosen_promise(self) -> PromiseRecord | None:
        index = self.promises.selectionModel().currentIndex()
        return self.promise_model.row_at(index.row()) if index.isValid() else None

    def _chosen_arrangement(self) -> ArrangementRecord | None:
        index = self.arrangements.selectionModel().currentIndex()
        return self.arrangement_model.row_at(index.row()) if index.isValid() else None

    def _update(self) -> None:
        promise = self._chosen_promise()
        self.withdraw_button.setEnabled(
            promise is not None and promise.status is PromiseStatus.PENDING
        )
        arrangement = self._chosen_arrangement()
        self.stop_button.setEnabled(
            arrangement is not None and arrangement.status is ArrangementStatus.ACTIVE
        )
        self.new_button.setEnabled(self._customer is not None)
        self.note_button.setEnabled(self._customer is not None)

    # -- changing
    def _changed(self, _result: object = None) -> None:
        customer_id = self._customer
        if customer_id is not None:
            self.panel.reload()
            self.panel.customer_changed.emit(customer_id)

    def _run(self, job: Callable[[], object]) -> None:
        self.ctx.tasks.run(lambda _progress: job(), self._changed, self._failed, write=True)

    def _failed(self, error: BaseException) -> None:
        show_error(self.panel, error)
        self._update()

    def add_note(self) -> None:
        customer_id, text = self._customer, self.note_edit.text()
        if customer_id is None or not text.strip():
            return
        db, invoice = self.ctx.db, int(self.note_about.currentData() or 0) or None
        self.note_edit.clear()
        self._run(lambda: add_note(db, customer_id, text, invoice_id=invoice))

    def withdraw_promise(self) -> None:
        promise = self._chosen_promise()
        if promise is None:
            return
        note = self.ask_note(
            self.panel,
            self.tr("Withdraw the promise"),
            self.tr(
                "The promise to pay of {date} ends and dunning resumes. Why (optional)?"
            ).format(date=date_text(promise.promised_on, self.ctx.language)),
            False,
        )
        if note is not None:
            db = self.ctx.db
            self._run(lambda: cancel_promise(db, promise.id, note=note))

    def stop_arrangement(self) -> None:
        arrangement = self._chosen_arrangement()
        if arrangement is None:
            return
        reason = self.ask_note(
            self.panel,
            self.tr("Stop the arrangement"),
            self.tr(
                "The arrangement ends; its terms to come are not asked any more and dunning "
                "resumes. Why?"
            ),
            True,
        )
        if reason is not None:
            db, today = self.ctx.db, self.ctx.today()
            self._run(
                lambda: cancel_arrangement(
                    db, arrangement.id, today=today, note=reason, version=arrangement.version
                )
            )

    def new_arrangement(self) -> ArrangementDialog | None:
        """The arrangement form for the invoices chosen on the Invoices tab (none chosen: all)."""
        detail = self.panel.detail
        if detail is None:
            return None
        rows = self.panel.invoice_table.selectionModel().selectedRows()
        chosen = [self.panel.invoice_model.row_at(index.row()).id for index in rows]
        invoices = [
            OpenInvoice(row.id, row.number, row.due_date, row.open_amount)
            for row in detail.invoices
            if row.status is InvoiceStatus.OPEN and row.open_amount > 0
        ]
        if self.arrangement_dialog is not None:
            self.arrangement_dialog.close()
        dialog = ArrangementDialog(
            self.ctx,
            detail.id,
            f"{detail.number} · {detail.name}",
            invoices,
            self.panel,
            chosen=chosen or None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._changed)
        dialog.destroyed.connect(lambda _obj=None: self._forget(dialog))
        self.arrangement_dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: ArrangementDialog) -> None:
        if self.arrangement_dialog is dialog:
            self.arrangement_dialog = None
