"""The disputes page: every disputed invoice of the administration, by status (open and accepted ones
by default: the invoices on hold), with accept (a credit note is expected: the invoice stays held),
decline (with the reason told to the customer: dunning resumes) and resolve; the customer's panel
beside the list, opened on the disputed invoice."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.disputes import HOLDING, DisputeStatus, can_move
from debtordesk.services.followup import (
    DisputeRecord,
    accept_dispute,
    decline_dispute,
    list_disputes,
    resolve_dispute,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.note_prompt import AskNote, ask_note_dialog
from debtordesk.ui.errors import show_error
from debtordesk.ui.followup_labels import dispute_status_text
from debtordesk.ui.formatting import count_text
from debtordesk.ui.import_wizard.style import SUCCESS_STYLE
from debtordesk.ui.pages.disputes.model import DisputeModel
from debtordesk.ui.widgets.call_logger import CallLogger
from debtordesk.ui.widgets.compact import scrolling_details, sideways
from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel
from debtordesk.ui.widgets.data_table import DataTable

#: the filter's choices: its key and the statuses it shows (None: every status)
_SHOWS: tuple[tuple[str, frozenset[DisputeStatus] | None], ...] = (
    ("holding", HOLDING),
    ("open", frozenset({DisputeStatus.OPEN})),
    ("accepted", frozenset({DisputeStatus.ACCEPTED})),
    ("declined", frozenset({DisputeStatus.DECLINED})),
    ("resolved", frozenset({DisputeStatus.RESOLVED})),
    ("all", None),
)


class DisputesPage(QWidget):
    """``listed`` fires when the list is on screen, ``disputes_changed`` after a decision."""

    listed = Signal()
    disputes_changed = Signal()

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, ask_note: AskNote = ask_note_dialog
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ask_note = ask_note
        self._generation = 0
        self._selected_id: int | None = None
        self.loaded = False

        self.show_combo = QComboBox()
        texts = {
            "holding": self.tr("Open and accepted (on hold)"),
            "open": self.tr("Open"),
            "accepted": self.tr("Accepted: credit note expected"),
            "declined": self.tr("Declined"),
            "resolved": self.tr("Resolved"),
            "all": self.tr("All disputes"),
        }
        for key, _statuses in _SHOWS:
            self.show_combo.addItem(texts[key], key)
        self.show_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.accept_button = QPushButton(self.tr("Accept…"))
        self.accept_button.setToolTip(
            self.tr("The customer is right: a credit note will follow; the invoice stays on hold")
        )
        self.accept_button.clicked.connect(self.accept_chosen)
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.decline_button.setToolTip(
            self.tr("The invoice stands: give the reason; dunning resumes")
        )
        self.decline_button.clicked.connect(self.decline_chosen)
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.resolve_button.setToolTip(
            self.tr("Settled (a credit note came, or the customer withdrew): the hold ends")
        )
        self.resolve_button.clicked.connect(self.resolve_chosen)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_combo)
        top.addStretch(1)
        top.addWidget(self.accept_button)
        top.addWidget(self.decline_button)
        top.addWidget(self.resolve_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(SUCCESS_STYLE)
        self.message.hide()

        self.model = DisputeModel(ctx.language, self)
        self.table = DataTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._reselect)
        self.detail = CustomerDetailPanel(ctx)
        scrolling_details(self.detail)
        # Ctrl+L logs a call with the chosen dispute's customer, as on the call list
        self.calls = CallLogger(ctx, self, self._chosen_customer, lambda: self.detail.detail)
        self.calls.call_logged.connect(self._followed_up)
        self.calls.arrangement_saved.connect(self._followed_up)
        self.table.addAction(self.calls.action)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(sideways(top))
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.totals)
        ctx.administration.changed.connect(self.refresh)
        self._update_buttons()
        self.refresh()

    # -- reading
    def statuses(self) -> frozenset[DisputeStatus] | None:
        key = self.show_combo.currentData()
        return next(statuses for k, statuses in _SHOWS if k == key)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        administration_id = self.ctx.administration.id
        if administration_id is None:
            self._listed((), generation)
            return
        db, statuses = self.ctx.db, self.statuses()
        self.ctx.tasks.run(
            lambda _progress: list_disputes(db, administration_id, statuses=statuses),
            lambda rows: self._listed(rows, generation),
            lambda error: self._failed(error, generation),
        )

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:
            show_error(self, error)

    def _listed(self, rows: Iterable[DisputeRecord], generation: int) -> None:
        if generation != self._generation:
            return
        listed = list(rows)
        self.model.set_rows(listed)
        self.table.set_empty_text(
            self.tr("No disputes with this status.")
            if self.show_combo.currentData() != "holding"
            else self.tr(
                "No disputed invoices on hold. A dispute is recorded when a call is logged with "
                "the outcome Dispute."
            )
        )
        self.totals.setText(
            self.tr("Disputes: {count}").format(count=count_text(len(listed), self.ctx.language))
        )
        if not self.loaded:
            self.loaded = True
            self.table.resizeColumnsToContents()
        self._update_buttons()
        self.listed.emit()

    # -- the chosen dispute
    def _chosen_customer(self) -> int | None:
        chosen = self.current()
        return chosen.customer_id if chosen is not None else None

    def log_call(self) -> bool:
        """The log-call form for the chosen dispute's customer (Ctrl+L; Follow-up > Log call…)."""
        return self.calls.log_call()

    def _followed_up(self, _result: object) -> None:
        # a call may open or decide disputes: the lists follow (the main window refreshes all)
        self.detail.reload()
        self.disputes_changed.emit()

    def current(self) -> DisputeRecord | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_dispute(self, dispute_id: int) -> bool:
        row = self.model.row_of_id(dispute_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            record = self.model.row_at(current.row())
            self._selected_id = record.id
            self.detail.show_customer(record.customer_id, record.invoice_id)
        self._update_buttons()

    def _reselect(self) -> None:
        if self._selected_id is not None and not self.select_dispute(self._selected_id):
            self._selected_id = None
            self.detail.clear()

    def _update_buttons(self) -> None:
        record = self.current()
        for button, target in (
            (self.accept_button, DisputeStatus.ACCEPTED),
            (self.decline_button, DisputeStatus.DECLINED),
            (self.resolve_button, DisputeStatus.RESOLVED),
        ):
            button.setEnabled(record is not None and can_move(record.status, target))

    # -- deciding
    def accept_chosen(self) -> None:
        record = self.current()
        if record is None:
            return
        note = self.ask_note(
            self,
            self.tr("Accept the dispute"),
            self.tr(
                "Invoice {invoice}: the customer is right. A credit note is expected; the invoice "
                "stays on hold until the dispute is resolved. A note (optional):"
            ).format(invoice=record.invoice_number),
            False,
        )
        if note is not None:
            db = self.ctx.db
            self._decide(
                lambda: accept_dispute(db, record.id, note=note, version=record.version),
            )

    def decline_chosen(self) -> None:
        record = self.current()
        if record is None:
            return
        reason = self.ask_note(
            self,
            self.tr("Decline the dispute"),
            self.tr(
                "Invoice {invoice} stands. Why (the customer is told)? Dunning resumes for this "
                "invoice."
            ).format(invoice=record.invoice_number),
            True,
        )
        if reason is not None:
            db = self.ctx.db
            self._decide(
                lambda: decline_dispute(db, record.id, reason=reason, version=record.version),
            )

    def resolve_chosen(self) -> None:
        record = self.current()
        if record is None:
            return
        note = self.ask_note(
            self,
            self.tr("Resolve the dispute"),
            self.tr(
                "Invoice {invoice}: settled (a credit note came, or the customer withdrew). The "
                "hold ends. A note (optional):"
            ).format(invoice=record.invoice_number),
            False,
        )
        if note is not None:
            db = self.ctx.db
            self._decide(
                lambda: resolve_dispute(db, record.id, note=note, version=record.version),
            )

    def _decide(self, job: Callable[[], DisputeRecord]) -> None:
        for button in (self.accept_button, self.decline_button, self.resolve_button):
            button.setEnabled(False)
        self.ctx.tasks.run(lambda _progress: job(), self._decided, self._decide_failed, write=True)

    def _decided(self, record: DisputeRecord) -> None:
        self.message.setText(
            self.tr("Invoice {invoice} of {name}: the dispute is now {status}.").format(
                invoice=record.invoice_number,
                name=record.customer_name,
                status=dispute_status_text(record.status),
            )
        )
        self.message.show()
        self.disputes_changed.emit()
        self.detail.reload()
        self.refresh()

    def _decide_failed(self, error: BaseException) -> None:
        self._update_buttons()
        show_error(self, error)
        self.refresh()
