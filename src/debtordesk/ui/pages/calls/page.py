"""The call list page: today's customers to call, in priority order (broken promises first, then
missed terms, then the highest overdue amount and the oldest debt), with why, the number as a
click-to-call ``tel:`` link, the clerk they are assigned to, a "mine / everyone" filter, and the
customer's panel beside the list. Ctrl+L logs a call for the chosen customer.

Each refresh reads the list off the GUI thread and shows it at once; then, when something they look
at changed since they last ran (:mod:`debtordesk.services.followup.call_page`), today's promises and
arrangements are decided on the one writer (who broke a promise comes on the list now, not
tomorrow) and the list is read again if they decided anything. ``listed`` fires when the page is
done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.calls import CallEffect
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.money import ZERO
from debtordesk.services.assignments import Clerk
from debtordesk.services.database import Database, current_login
from debtordesk.services.followup import (
    CallList,
    CallListEntry,
    CallLogResult,
    OutcomeInfo,
)
from debtordesk.services.followup.call_page import (
    CallPage,
    ChecksRun,
    Fingerprint,
    load_call_page,
    run_checks,
)
from debtordesk.services.views import CustomerDetail, customer_detail
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.arrangement import ArrangementDialog
from debtordesk.ui.dialogs.log_call import CallTarget, LogCallDialog, OpenInvoice
from debtordesk.ui.errors import show_error
from debtordesk.ui.formatting import count_text, counted, date_text, money_text
from debtordesk.ui.import_wizard.style import SUCCESS_STYLE
from debtordesk.ui.models.roles import RAW_VALUE_ROLE
from debtordesk.ui.pages.calls.model import CallColumn, CallListModel
from debtordesk.ui.pages.queue.assign import (
    AssignCustomersAction,
    ChooseClerk,
    choose_clerk_dialog,
)
from debtordesk.ui.widgets.compact import scrolling_details, sideways
from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel
from debtordesk.ui.widgets.data_table import DataTable

#: hands a URL to the desktop (the telephony program for tel:); tests pass their own
OpenUrl = Callable[[QUrl], object]
#: decides the day's promises and arrangements (run_checks; tests count the runs)
RunChecks = Callable[[Database, int, date], ChecksRun]


def open_url_on_desktop(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def open_invoices(detail: CustomerDetail) -> list[OpenInvoice]:
    return [
        OpenInvoice(row.id, row.number, row.due_date, row.open_amount)
        for row in detail.invoices
        if row.status is InvoiceStatus.OPEN and row.open_amount > 0
    ]


class CallsPage(QWidget):
    """``listed`` fires when a call list is on screen; ``call_logged`` with the CallLogResult."""

    listed = Signal()
    call_logged = Signal(object)
    arrangement_saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        open_url: OpenUrl = open_url_on_desktop,
        choose_clerk: ChooseClerk = choose_clerk_dialog,
        checks: RunChecks = run_checks,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_url = open_url
        self.run_checks = checks
        self.calls: CallList | None = None
        self.outcomes: tuple[OutcomeInfo, ...] = ()
        self.clerks: tuple[Clerk, ...] = ()
        self.log_dialog: LogCallDialog | None = None
        self.arrangement_dialog: ArrangementDialog | None = None
        self._generation = 0
        #: the data the promise and arrangement checks last looked at (None: not yet)
        self.checked: Fingerprint | None = None
        self._selected_id: int | None = None
        self._sized = False

        self.heading = QLabel()
        self.who = QComboBox()
        self.who.addItem(self.tr("Everyone's customers"), "all")
        self.who.addItem(self.tr("Assigned to me"), "mine")
        self.who.addItem(self.tr("Assigned to nobody"), "none")
        self.who.setToolTip(self.tr("Whose customers to show"))
        self.who.setCurrentIndex(
            max(self.who.findData(str(ctx.prefs.value("calls/who", "all") or "all")), 0)
        )
        self.who.currentIndexChanged.connect(lambda _index: self._who_changed())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()

        self.log_action = QAction(self.tr("&Log call…"), self)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.log_action.setToolTip(self.tr("Log a call with the chosen customer (Ctrl+L)"))
        self.log_action.triggered.connect(self.log_call)
        self.dial_action = QAction(self.tr("&Call the customer"), self)
        self.dial_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.dial_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.dial_action.setToolTip(
            self.tr("Dial the chosen customer's number with the telephone program (Ctrl+Shift+L)")
        )
        self.dial_action.triggered.connect(self.dial)
        self.arrangement_action = QAction(self.tr("Payment &arrangement…"), self)
        self.arrangement_action.setToolTip(
            self.tr("Agree a payment arrangement for the chosen customer's open invoices")
        )
        self.arrangement_action.triggered.connect(self.new_arrangement)
        self.assign = AssignCustomersAction(ctx, self, self._chosen_ids, choose=choose_clerk)
        self.assign.assigned.connect(lambda _changed: self.refresh())
        self.addActions([self.log_action, self.dial_action, self.arrangement_action])

        self.dial_button = QPushButton(self.tr("Call"))
        self.dial_button.clicked.connect(self.dial)
        self.log_button = QPushButton(self.tr("Log call… (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_call)
        self.arrangement_button = QPushButton(self.tr("Arrangement…"))
        self.arrangement_button.clicked.connect(self.new_arrangement)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.who)
        top.addWidget(self.busy)
        top.addStretch(1)
        top.addWidget(self.dial_button)
        top.addWidget(self.log_button)
        top.addWidget(self.arrangement_button)
        self.assign_button = QPushButton(self.tr("Assign to…"))
        self.assign_button.setToolTip(self.tr("Assign the chosen customer to a clerk"))
        self.assign_button.clicked.connect(self.assign_selected)
        top.addWidget(self.assign_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(SUCCESS_STYLE)
        self.message.hide()

        self.model = CallListModel(ctx.language, self)
        self.table = DataTable()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            CallColumn.PRIORITY, Qt.SortOrder.AscendingOrder
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(
            [self.dial_action, self.log_action, self.arrangement_action, self.assign.action]
        )
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(lambda _index: self.log_call())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._reselect)
        self.detail = CustomerDetailPanel(ctx)
        scrolling_details(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([900, 500])
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(sideways(top))
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.totals)
        ctx.administration.changed.connect(self.refresh)
        self._update_actions()
        self.refresh()

    # -- reading
    def day(self) -> date:
        return self.ctx.today()

    def refresh(self) -> None:
        """Read the call list and show it; then decide today's promises and arrangements when
        something changed since they last ran (all in the background)."""
        self._generation += 1
        generation = self._generation
        day = self.day()
        self.heading.setText(
            self.tr("<b>Call list for {date}</b>").format(date=date_text(day, self.ctx.language))
        )
        administration_id = self.ctx.administration.id
        if administration_id is None:
            self._show(None, generation)
            self._done(generation)
            return
        self.busy.show()
        self._read(administration_id, day, generation, then_check=True)

    def _read(
        self, administration_id: int, day: date, generation: int, *, then_check: bool
    ) -> None:
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda _progress: load_call_page(db, administration_id, day),
            lambda page: self._arrived(page, generation, then_check=then_check),
            lambda error: self._failed(error, generation),
        )

    def _arrived(self, page: CallPage, generation: int, *, then_check: bool) -> None:
        if generation != self._generation:
            return
        self._show(page, generation)
        if not then_check or page.fingerprint == self.checked:
            self._done(generation)
            return
        administration_id, day = page.fingerprint[0], page.fingerprint[1]
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda _progress: self.run_checks(db, administration_id, day),
            lambda checks: self._checked(checks, generation),
            lambda error: self._failed(error, generation),
            write=True,
        )

    def _checked(self, checks: ChecksRun, generation: int) -> None:
        self.checked = checks.fingerprint
        if generation != self._generation:
            return
        self._say_checks(checks)
        if checks.decided:  # the list may have changed: read it again
            administration_id, day = checks.fingerprint[0], checks.fingerprint[1]
            self._read(administration_id, day, generation, then_check=False)
        else:
            self._done(generation)

    def _done(self, generation: int) -> None:
        if generation == self._generation:
            self.busy.hide()
            self.listed.emit()

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:
            self.busy.hide()
            show_error(self, error)

    def _show(self, page: CallPage | None, generation: int) -> None:
        if generation != self._generation:
            return
        if page is None:
            self.calls = None
            self.model.set_rows([])
            self._update_empty()
            return
        self.calls = page.calls
        self.outcomes = page.outcomes
        self.clerks = page.clerks
        self.model.priority = {
            entry.customer_id: place for place, entry in enumerate(page.calls.entries, start=1)
        }
        self._apply_filter()
        if not self._sized and self.model.rowCount():
            self._sized = True
            self._size_columns()

    def _size_columns(self) -> None:
        """Fit the columns to the rows on screen, the long texts within limits (measuring every
        row of a 3,000-customer list took a quarter second of the GUI thread)."""
        header = self.table.horizontalHeader()
        precision = header.resizeContentsPrecision()
        header.setResizeContentsPrecision(0)  # the visible rows only
        self.table.resizeColumnsToContents()
        header.setResizeContentsPrecision(precision)
        widest = {CallColumn.NAME: 220, CallColumn.REASONS: 280, CallColumn.ASSIGNED: 140}
        for column in CallColumn:
            limit = widest.get(column, 160)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), limit))

    def _say_checks(self, checks: ChecksRun) -> None:
        broken, kept = checks.broken, checks.kept
        if not broken and not kept:
            return
        language = self.ctx.language
        kept_text = counted(
            kept, self.tr("1 promise kept"), self.tr("{count} promises kept"), language
        )
        self.message.setText(
            self.tr(
                "Promises and arrangements checked: {broken} broken (on the list below), {kept}."
            ).format(broken=count_text(broken, language), kept=kept_text)
        )
        self.message.show()

    def _who_changed(self) -> None:
        self.ctx.prefs.setValue("calls/who", self.who.currentData())
        self._apply_filter()

    def my_id(self) -> int | None:
        login = current_login()
        return next((clerk.id for clerk in self.clerks if clerk.login == login), None)

    def visible_entries(self) -> list[CallListEntry]:
        entries: Sequence[CallListEntry] = self.calls.entries if self.calls is not None else ()
        who = self.who.currentData()
        if who == "mine":
            mine = self.my_id()
            return [e for e in entries if mine is not None and e.assigned_user_id == mine]
        if who == "none":
            return [e for e in entries if e.assigned_user_id is None]
        return list(entries)

    def _apply_filter(self) -> None:
        rows = self.visible_entries()
        self.model.set_rows(rows)
        self._update_empty()
        language = self.ctx.language
        total = sum((row.overdue_amount for row in rows), ZERO)
        self.totals.setText(
            self.tr("To call: {count} · overdue € {overdue}").format(
                count=count_text(len(rows), language), overdue=money_text(total, language)
            )
        )
        self._update_actions()

    def _update_empty(self) -> None:
        if self.ctx.administration.id is None or self.calls is None:
            text = self.tr("No open invoices — import your open-items list with File > Import…")
        elif self.calls.entries:
            text = self.tr("Nobody to call in this selection.")
        else:
            text = self.tr(
                "Nobody to call today. Customers come on this list with a call step of the "
                "queue, a broken promise or arrangement, a follow-up date, returned mail, or "
                "without a mobile number and e-mail address."
            )
        self.table.set_empty_text(text)

    # -- the chosen customer
    def current_entry(self) -> CallListEntry | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row())

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.row_of_id(customer_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            entry = self.model.row_at(current.row())
            if entry.customer_id != self._selected_id or self.detail.detail is None:
                self._selected_id = entry.customer_id
                self.detail.show_customer(entry.customer_id)
        self._update_actions()

    def _reselect(self) -> None:
        if self._selected_id is None:
            return
        row = self.model.row_of_id(self._selected_id)
        if row is None:
            self._selected_id = None
            self.detail.clear()
        else:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        entry = self.current_entry()
        chosen = entry is not None
        self.log_action.setEnabled(chosen)
        self.log_button.setEnabled(chosen)
        self.arrangement_action.setEnabled(chosen)
        self.arrangement_button.setEnabled(chosen)
        self.assign_button.setEnabled(chosen)
        dialable = entry is not None and entry.tel_uri is not None
        self.dial_action.setEnabled(dialable)
        self.dial_button.setEnabled(dialable)

    def _chosen_ids(self) -> list[int]:
        entry = self.current_entry()
        return [entry.customer_id] if entry is not None else []

    def assign_selected(self) -> None:
        """Ask for a clerk and assign the chosen customer (Customer > Assign to… too)."""
        self.assign.start()

    def selected_customer_number(self) -> str | None:
        entry = self.current_entry()
        return entry.number if entry is not None else None

    # -- calling
    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == self.model.column_of(CallColumn.PHONE):
            uri = index.data(RAW_VALUE_ROLE)
            if uri:
                self.open_url(QUrl(str(uri)))

    def dial(self) -> None:
        """Hand the chosen customer's tel: link to the desktop's telephone program."""
        entry = self.current_entry()
        if entry is not None and entry.tel_uri:
            self.open_url(QUrl(entry.tel_uri))

    def log_call(self) -> None:
        """The log form for the chosen customer (its open invoices from the panel, or read first)."""
        entry = self.current_entry()
        if entry is None:
            return
        self._with_detail(entry.customer_id, lambda detail: self._open_log(entry, detail))

    def _with_detail(self, customer_id: int, then: Callable[[CustomerDetail], None]) -> None:
        detail = self.detail.detail
        if detail is not None and detail.id == customer_id:
            then(detail)
            return
        db, today = self.ctx.db, self.ctx.today()
        self.ctx.tasks.run(
            lambda _progress: customer_detail(db, customer_id, today=today),
            then,
            lambda error: show_error(self, error),
        )

    def _open_log(self, entry: CallListEntry, detail: CustomerDetail) -> None:
        if self.log_dialog is not None:
            self.log_dialog.close()
        dialog = LogCallDialog(
            self.ctx,
            CallTarget(entry.customer_id, entry.number, entry.name, entry.phone),
            self.outcomes,
            open_invoices(detail),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._call_logged)
        dialog.destroyed.connect(lambda _obj=None: self._forget_log(dialog))
        self.log_dialog = dialog
        dialog.open()

    def _forget_log(self, dialog: LogCallDialog) -> None:
        if self.log_dialog is dialog:
            self.log_dialog = None

    def _call_logged(self, result: CallLogResult) -> None:
        self.call_logged.emit(result)
        outcome = next((o for o in self.outcomes if o.code == result.outcome), None)
        if outcome is not None and outcome.effect is CallEffect.ARRANGEMENT:
            self.new_arrangement(call_log_id=result.call_id, customer_id=result.customer_id)
        self.detail.reload()
        self.refresh()

    def new_arrangement(
        self, *, call_log_id: int | None = None, customer_id: int | None = None
    ) -> None:
        """The arrangement form for the chosen customer (the invoices chosen in its panel)."""
        entry = self.current_entry()
        wanted = customer_id if customer_id is not None else entry.customer_id if entry else None
        if wanted is None:
            return
        chosen = self._chosen_invoices(wanted)
        self._with_detail(
            wanted, lambda detail: self._open_arrangement(detail, chosen, call_log_id)
        )

    def _chosen_invoices(self, customer_id: int) -> list[int] | None:
        detail = self.detail.detail
        if detail is None or detail.id != customer_id:
            return None
        rows = self.detail.invoice_table.selectionModel().selectedRows()
        ids = [self.detail.invoice_model.row_at(index.row()).id for index in rows]
        return ids or None

    def _open_arrangement(
        self, detail: CustomerDetail, chosen: list[int] | None, call_log_id: int | None
    ) -> None:
        if self.arrangement_dialog is not None:
            self.arrangement_dialog.close()
        dialog = ArrangementDialog(
            self.ctx,
            detail.id,
            f"{detail.number} · {detail.name}",
            open_invoices(detail),
            self,
            chosen=chosen,
            call_log_id=call_log_id,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._arrangement_saved)
        dialog.destroyed.connect(lambda _obj=None: self._forget_arrangement(dialog))
        self.arrangement_dialog = dialog
        dialog.open()

    def _forget_arrangement(self, dialog: ArrangementDialog) -> None:
        if self.arrangement_dialog is dialog:
            self.arrangement_dialog = None

    def _arrangement_saved(self, record: object) -> None:
        self.arrangement_saved.emit(record)
        self.detail.reload()
        self.refresh()
