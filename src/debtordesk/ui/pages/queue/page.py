"""The queue page, the clerk's main screen: today's (or a previewed day's) queue of the current
administration, computed in the background; filters, search and sorting in memory; totals; the detail
of the chosen customer; holds; assigning customers to a clerk; and running the chosen steps after a
preview and the clerk's yes."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtordesk.i18n.catalogue import render
from debtordesk.providers.payment_links import PaymentLinkProvider
from debtordesk.services.assignments import Clerk, assign_customers, known_clerks
from debtordesk.services.before_run import before_run
from debtordesk.services.database import Database, current_login
from debtordesk.services.dunning_queue import QueueResult, compute_queue_for, first_customers
from debtordesk.services.dunning_run import RunSummary, run_queue
from debtordesk.services.link_poll import PollSummary
from debtordesk.services.policies import list_policies
from debtordesk.services.provider_settings import close_provider, payment_link_provider_for
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.hold import DunningActions, HoldTarget
from debtordesk.ui.dialogs.lifetime import while_alive
from debtordesk.ui.dialogs.run_preview import RunPreviewDialog
from debtordesk.ui.errors import show_error
from debtordesk.ui.formatting import count_text, counted, date_text, money_text
from debtordesk.ui.import_wizard.style import NOTICE_STYLE, SUCCESS_STYLE
from debtordesk.ui.pages.queue.assign import ChooseClerk, choose_clerk_dialog, clerk_choices
from debtordesk.ui.pages.queue.detail import QueueDetailPanel
from debtordesk.ui.pages.queue.filters import QueueFilterBar
from debtordesk.ui.pages.queue.model import QueueTableModel
from debtordesk.ui.pages.queue.rows import QueueColumn, QueueFilter, QueueRow, Show, build_rows
from debtordesk.ui.tasks import TaskProgress
from debtordesk.ui.widgets.call_logger import CallLogger
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.menu_button import MenuButton

#: shows the preview; True when the clerk confirmed (tests answer for the clerk)
ConfirmRun = Callable[[RunPreviewDialog], bool]


def confirm_run_dialog(dialog: RunPreviewDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def compute_rows(
    db: Database, administration_id: int, day: date, only: Collection[int] | None = None
) -> tuple[QueueResult, list[QueueRow]]:
    """The queue (``only``: of just these customers) with its rows prepared for the page (run on a
    read thread)."""
    result = compute_queue_for(db, administration_id, day, only)
    step_names = {
        (record.id, step.key): step.name
        for record in list_policies(db, administration_id)
        for step in record.policy.steps
    }
    return result, build_rows(result.entries, step_names)


def _compute_with_clerks(
    db: Database, administration_id: int, day: date, progress: TaskProgress | None = None
) -> tuple[QueueResult, list[QueueRow], tuple[Clerk, ...]]:
    """The whole queue; with ``progress``, first the rows of the customers longest overdue when the
    administration is large (:func:`first_customers`), handed over as a partial answer so that the
    page shows them within a second while the rest is computed."""
    if progress is not None:
        first = first_customers(db, administration_id, day)
        if first:
            progress.set_partial(compute_rows(db, administration_id, day, first))
    result, rows = compute_rows(db, administration_id, day)
    return result, rows, known_clerks(db)


class QueuePage(QWidget):
    """``computed`` fires when a queue is on screen, ``run_finished`` with the RunSummary."""

    computed = Signal()
    #: a large queue's first rows are on screen (the whole queue follows with ``computed``)
    first_rows_shown = Signal()
    run_finished = Signal(object)
    #: a call (CallLogResult) or an arrangement (its record) was recorded from this page (Ctrl+L)
    followed_up = Signal(object)
    assignments_changed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        confirm_run: ConfirmRun = confirm_run_dialog,
        link_provider: PaymentLinkProvider | None = None,
        choose_clerk: ChooseClerk = choose_clerk_dialog,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm_run = confirm_run
        self.choose_clerk = choose_clerk
        self.clerks: tuple[Clerk, ...] = ()
        #: the payment-link provider for runs; None: the one configured under Settings > Providers,
        #: built in the worker for each run (reading its keys may wait for a keyring unlock)
        self.link_provider: PaymentLinkProvider | None = link_provider
        self.result: QueueResult | None = None
        self._generation = 0
        #: the generation whose whole queue is on screen; the number of first rows shown meanwhile
        self._shown = 0
        self._partial = 0
        self._running = False
        self._selected_id: int | None = None
        self._restored = False
        self._prepared: set[int] = set()

        self.day = QDateEdit(self._qdate(ctx.today()))
        self.day.setCalendarPopup(True)
        self.day.setToolTip(self.tr("Preview the queue of another day (a dry run)"))
        self.day.dateChanged.connect(self.refresh)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.day.setDate(self._qdate(ctx.today())))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel()
        self.filters = QueueFilterBar()
        self.run_button = QPushButton(self.tr("Run selected steps…"))
        self.run_button.setToolTip(
            self.tr("Preview and record the steps of the selected customers (Ctrl+Enter)")
        )
        self.run_button.clicked.connect(self.run_selected)
        self.run_all_button = QPushButton(self.tr("Run all due…"))
        self.run_all_button.clicked.connect(self.run_all)
        self.dunning = DunningActions(ctx, self, self.hold_target)
        self.dunning.changed.connect(self._customer_changed)
        self.more_button = MenuButton(self.tr("Customer"))
        self.assign_action = QAction(self.tr("Assign to…"), self)
        self.assign_action.setToolTip(self.tr("Assign the selected customers to a clerk"))
        self.assign_action.triggered.connect(self.assign_selected)
        menu = QMenu(self.more_button)
        menu.addActions(self.dunning.actions)
        menu.addSeparator()
        menu.addAction(self.assign_action)
        self.more_button.setMenu(menu)
        run_shortcut = QAction(self)
        run_shortcut.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        run_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        run_shortcut.triggered.connect(self.run_selected)
        self.addAction(run_shortcut)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        top.addWidget(self.day)
        top.addWidget(self.today_button)
        top.addWidget(self.filters.show_combo)
        top.addWidget(self.busy)
        top.addWidget(self.busy_label)
        top.addStretch(1)
        top.addWidget(self.more_button)
        top.addWidget(self.run_button)
        top.addWidget(self.run_all_button)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(NOTICE_STYLE)
        self.banner.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(SUCCESS_STYLE)
        self.message.hide()

        self.model = QueueTableModel(ctx.language, self)
        self.table = DataTable()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(self.dunning.actions)
        self.table.addAction(self.assign_action)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QueueDetailPanel(ctx)
        # Ctrl+L logs a call with the chosen customer, as on the call list
        self.calls = CallLogger(
            ctx, self, self._chosen_customer, lambda: self.detail.customer.detail
        )
        self.calls.call_logged.connect(self._call_logged)
        self.calls.arrangement_saved.connect(self._call_logged)
        self.table.addAction(self.calls.action)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([980, 420])
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.totals.setWordWrap(True)

        bars = QWidget()
        bars_layout = QVBoxLayout(bars)
        bars_layout.setContentsMargins(0, 0, 0, 0)
        bars_layout.addLayout(top)
        bars_layout.addWidget(self.filters)
        # a narrow window scrolls the bars sideways rather than refusing to shrink
        self.bars = QScrollArea()
        self.bars.setWidget(bars)
        self.bars.setWidgetResizable(True)
        self.bars.setFrameShape(QFrame.Shape.NoFrame)
        self.bars.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bars.setFixedHeight(
            bars.sizeHint().height() + self.bars.horizontalScrollBar().sizeHint().height()
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.bars)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.totals)

        self.filters.changed.connect(self._filter_changed)
        self.model.filtered.connect(self._show_totals)
        self.model.modelReset.connect(self._reselect)
        ctx.administration.changed.connect(self._administration_changed)
        self.table.horizontalHeader().setSortIndicator(
            QueueColumn.OVERDUE, Qt.SortOrder.DescendingOrder
        )
        self.table.setSortingEnabled(True)
        self._restore_header()
        self._update_buttons()
        self.refresh()

    # -- the day and the computing
    @staticmethod
    def _qdate(day: date) -> QDate:
        return QDate(day.year, day.month, day.day)

    def evaluation_day(self) -> date:
        value = self.day.date()
        return date(value.year(), value.month(), value.day())

    def is_preview(self) -> bool:
        """Another day than today: a dry run that cannot be recorded."""
        return self.evaluation_day() != self.ctx.today()

    def refresh(self) -> None:
        """Compute the queue again in the background; the rows on screen stay until it arrives."""
        administration_id = self.ctx.administration.id
        self._generation += 1
        generation = self._generation
        if administration_id is None:
            self._show_result(None, [], generation)
            return
        self._set_busy(self.tr("Computing the queue…"))
        db, day = self.ctx.db, self.evaluation_day()
        # the first queue of an administration seeds its shipped policies: on the one writer
        first = administration_id not in self._prepared
        self._prepared.add(administration_id)
        # nothing on screen yet (the page opens): a large queue shows its first rows early
        early = self.result is None
        handle = self.ctx.tasks.run(
            lambda progress: _compute_with_clerks(
                db, administration_id, day, progress if early else None
            ),
            lambda answer: self._show_result(answer[0], answer[1], generation, answer[2]),
            lambda error: self._failed(error, generation),
            write=first,
        )
        if early:
            handle.progress.partial.connect(
                while_alive(self, lambda answer: self._show_first(answer, generation))
            )

    def _show_first(self, answer: object, generation: int) -> None:
        """The rows of the customers longest overdue (``answer``: the queue of those customers and
        their rows), while the rest is computed (nothing can be run until the whole queue is
        there)."""
        if generation != self._generation or self._shown == generation:
            return
        result, rows = cast(tuple[QueueResult, list[QueueRow]], answer)
        self.result = result
        self._partial = len(rows)
        self.busy_label.setText(
            self.tr(
                "Showing the {count} customers longest overdue; computing the rest of the queue…"
            ).format(count=count_text(len(rows), self.ctx.language))
        )
        self.filters.set_choices(rows)
        self.model.set_rows(rows)
        self._update_buttons()
        self._show_banner()
        self._update_empty_text()
        if not self._restored and rows:
            self._restored = True
            self._size_columns()
        self.first_rows_shown.emit()

    def _show_result(
        self,
        result: QueueResult | None,
        rows: list[QueueRow],
        generation: int,
        clerks: tuple[Clerk, ...] | None = None,
    ) -> None:
        if generation != self._generation:
            return
        self._shown = generation
        self._partial = 0
        self._set_busy("")
        self.result = result
        if clerks is not None:
            self._set_clerks(clerks)
        self.filters.set_choices(rows)
        self.model.set_rows(rows)
        self._update_buttons()
        self._show_banner()
        self._update_empty_text()
        if not self._restored and rows:
            self._restored = True
            self._size_columns()
        self.computed.emit()

    def _set_clerks(self, clerks: tuple[Clerk, ...]) -> None:
        self.clerks = clerks
        self.model.set_clerk_names({clerk.id: clerk.label for clerk in clerks})
        self.filters.set_clerks(clerks, current_login())

    # -- assigning
    def assign_selected(self) -> None:
        """Ask for a clerk and assign the selected customers to it (or to nobody)."""
        rows = self.selected_rows()
        if not rows or self._running or not self.busy.isHidden():
            return
        picked = self.choose_clerk(self, len(rows), clerk_choices(self.clerks, current_login()))
        if picked is None:
            return
        clerk = picked[0]
        db, customer_ids = self.ctx.db, [row.customer_id for row in rows]

        def work(_progress: object) -> tuple[int, tuple[Clerk, ...], int | None]:
            changed = assign_customers(db, customer_ids, clerk)
            clerks = known_clerks(db)
            if isinstance(clerk, str):
                return changed, clerks, next(c.id for c in clerks if c.login == clerk)
            return changed, clerks, clerk

        self._running = True
        self._set_busy(
            self.tr("Assigning 1 customer…")
            if len(rows) == 1
            else self.tr("Assigning {count} customers…").format(
                count=count_text(len(rows), self.ctx.language)
            )
        )
        self.ctx.tasks.run(
            work,
            lambda answer: self._assigned(rows, *answer),
            self._assign_failed,
            write=True,
        )

    def _assigned(
        self,
        rows: list[QueueRow],
        changed: int,
        clerks: tuple[Clerk, ...],
        user_id: int | None,
    ) -> None:
        self._running = False
        self._set_busy("")
        self._set_clerks(clerks)
        for row in rows:
            row.assigned = user_id
        self.model.assigned_changed(rows)
        name = next((c.label for c in clerks if c.id == user_id), "") if user_id else ""
        count = count_text(changed, self.ctx.language)
        if user_id is not None:
            text = (
                self.tr("1 customer assigned to {name}.").format(name=name)
                if changed == 1
                else self.tr("{count} customers assigned to {name}.").format(count=count, name=name)
            )
        else:
            text = (
                self.tr("1 customer no longer assigned.")
                if changed == 1
                else self.tr("{count} customers no longer assigned.").format(count=count)
            )
        self.message.setText(text)
        self.message.show()
        self.assignments_changed.emit()

    def _assign_failed(self, error: BaseException) -> None:
        self._running = False
        self._set_busy("")
        show_error(self, error)

    def _size_columns(self) -> None:
        """Fit the columns to the first rows, narrow enough that the amounts are in view."""
        self.table.resizeColumnsToContents()
        widest = {QueueColumn.NAME: 200, QueueColumn.STEP: 150, QueueColumn.CHANNELS: 130}
        for column in QueueColumn:
            limit = widest.get(column, 150)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), limit))

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:
            self._set_busy("")
            show_error(self, error)

    def _set_busy(self, text: str) -> None:
        self.busy.setVisible(bool(text))
        self.busy_label.setText(text)
        self._update_buttons()

    def _show_banner(self) -> None:
        lines = [render(warning) for warning in (self.result.warnings if self.result else ())]
        if self.is_preview():
            lines.insert(
                0,
                self.tr(
                    "Preview of {date}: what would be due on that day. Nothing can be run for "
                    "another day than today."
                ).format(date=date_text(self.evaluation_day(), self.ctx.language)),
            )
        self.banner.setText("\n".join(f"⚠ {line}" for line in lines))
        self.banner.setVisible(bool(lines))

    def _update_empty_text(self) -> None:
        if self.ctx.administration.id is None or (self.result and not self.result.entries):
            text = self.tr("No open invoices — import your open-items list with File > Import…")
        elif self.model.current_filter.narrowed:
            text = self.tr("No customer matches these filters.")
        elif self.is_preview():
            text = self.tr("Nothing is due on this day.")
        else:
            text = self.tr("Nothing is due today.")
        self.table.set_empty_text(text)

    def _filter_changed(self, wanted: QueueFilter) -> None:
        self.model.set_filter(wanted)
        self._update_empty_text()

    def _show_totals(self) -> None:
        totals, language = self.model.totals, self.ctx.language
        text = self.tr(
            "Customers: {count} · steps due: {actions} · open € {open} · overdue € {overdue}"
            " · costs € {costs}"
        ).format(
            count=count_text(totals.customers, language),
            actions=count_text(totals.actions, language),
            open=money_text(totals.open_amount, language),
            overdue=money_text(totals.overdue_amount, language),
            costs=money_text(totals.costs, language),
        )
        if self._partial:
            text += " " + self.tr("(so far: the rest of the queue is being computed)")
        self.totals.setText(text)

    # -- selection and detail
    def selected_rows(self) -> list[QueueRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.queue_row(row) for row in rows]

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.row_of_customer(customer_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = self.model.queue_row(current.row())
            self._selected_id = row.customer_id
            self.detail.show_row(row)

    def _selection_changed(self) -> None:
        self._update_buttons()

    def _reselect(self) -> None:
        """After a new queue or filter, keep the same customer chosen when it is still listed."""
        if self._selected_id is None:
            return
        row = self.model.row_of_customer(self._selected_id)
        if row is None:
            self.detail.clear()
            self._selected_id = None
        else:
            self.table.selectRow(row)

    def hold_target(self) -> HoldTarget | None:
        current = self.table.selectionModel().currentIndex()
        if not current.isValid():
            return None
        row = self.model.queue_row(current.row())
        invoices: tuple[tuple[int, str], ...] = ()
        if self.detail.row is not None and self.detail.row.customer_id == row.customer_id:
            detail = self.detail.customer.detail
            chosen = set(self.detail.selected_invoice_ids())
            if detail is not None and chosen:
                invoices = tuple((i.id, i.number) for i in detail.invoices if i.id in chosen)
        return HoldTarget(row.customer_id, row.number, row.entry.contact.name, invoices)

    def _customer_changed(self, _customer_id: int) -> None:
        self.refresh()

    def _chosen_customer(self) -> int | None:
        current = self.table.selectionModel().currentIndex()
        return self.model.queue_row(current.row()).customer_id if current.isValid() else None

    def log_call(self) -> bool:
        """The log-call form for the chosen customer (Ctrl+L; Follow-up > Log call…)."""
        return self.calls.log_call()

    def _call_logged(self, result: object) -> None:
        # the main window refreshes every list; the panel shows the call on the timeline now
        self.detail.customer.reload()
        self.followed_up.emit(result)

    def _update_buttons(self) -> None:
        idle = not self._running and self.busy.isHidden()
        may_run = idle and not self.is_preview()
        self.run_button.setEnabled(may_run and any(r.actionable for r in self._selected_quick()))
        self.run_all_button.setEnabled(may_run and any(r.actionable for r in self.model.all_rows))
        self.dunning.set_enabled(self.table.selectionModel().hasSelection())
        self.assign_action.setEnabled(idle and self.table.selectionModel().hasSelection())

    def _selected_quick(self) -> list[QueueRow]:
        return self.selected_rows() if self.table.selectionModel().hasSelection() else []

    # -- running
    def run_selected(self) -> None:
        self._preview_and_run([row for row in self.selected_rows() if row.actionable])

    def run_all(self) -> None:
        self._preview_and_run([row for row in self.model.all_rows if row.actionable])

    def _preview_and_run(self, rows: list[QueueRow]) -> None:
        administration_id = self.ctx.administration.id
        if not rows or self._running or self.is_preview() or administration_id is None:
            return
        if not self.busy.isHidden():
            # the queue is being computed (its first rows may be on screen): as the run buttons,
            # the keyboard waits for the whole queue
            return
        day = self.evaluation_day()
        dialog = RunPreviewDialog(rows, language=self.ctx.language, day=day, parent=self)
        try:
            if not self.confirm_run(dialog):
                return
        finally:
            dialog.deleteLater()
        db, provider = self.ctx.db, self.link_provider
        customer_ids = [row.customer_id for row in rows]
        self._running = True
        self.message.hide()
        self._set_busy(self.tr("Recording {count} steps…").format(count=len(rows)))

        def work(_progress: object) -> tuple[RunSummary, PollSummary]:
            chosen = provider or payment_link_provider_for(db, administration_id)
            try:
                # who paid through a link gets the hold, promises and arrangements are judged,
                # and only then is the queue made
                polled = before_run(db, administration_id, day, chosen).poll
                summary = run_queue(
                    db, administration_id, day, link_provider=chosen, customer_ids=customer_ids
                )
            finally:
                if provider is None:
                    close_provider(chosen)
            return summary, polled

        self.ctx.tasks.run(work, self._run_done, self._run_failed, write=True)

    def _run_done(self, answer: tuple[RunSummary, PollSummary]) -> None:
        summary, polled = answer
        self._running = False
        self._set_busy("")
        language = self.ctx.language
        text = self.tr(
            "Recorded {steps} steps: {communications} communications planned and prepared. "
            "Nothing has been sent or printed yet."
        ).format(
            steps=count_text(len(summary.items), language),
            communications=count_text(summary.communications, language),
        )
        missing = [
            f"{render(reason)} ({count_text(count, language)})"
            for reason, count in summary.links_missing
        ]
        if missing:
            text += "\n" + self.tr("Without a payment link: {reasons}").format(
                reasons="; ".join(missing)
            )
        if polled.paid:
            text += "\n" + counted(
                polled.paid,
                self.tr(
                    "1 payment link was paid since the last check: its invoices are on hold and "
                    "were left out."
                ),
                self.tr(
                    "{count} payment links were paid since the last check: those invoices are on "
                    "hold and were left out."
                ),
                language,
            )
        for reason, count in polled.problems:
            text += "\n" + self.tr("Payment links not checked ({count}): {reason}").format(
                count=count_text(count, language), reason=render(reason)
            )
        self.message.setText(text)
        self.message.show()
        self.run_finished.emit(summary)
        self.refresh()

    def _run_failed(self, error: BaseException) -> None:
        self._running = False
        self._set_busy("")
        show_error(self, error)
        self.refresh()

    # -- what the main window asks of every page
    def _administration_changed(self) -> None:
        self._selected_id = None
        self.detail.clear()
        self.message.hide()
        self.refresh()

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def save_state(self) -> None:
        self.ctx.prefs.setValue("queue/header", self.table.horizontalHeader().saveState())

    def _restore_header(self) -> None:
        state = self.ctx.prefs.value("queue/header")
        self._restored = bool(state) and self.table.horizontalHeader().restoreState(state)

    def show_all(self) -> None:
        """Every customer with open items, not only the steps due."""
        self.filters.show_combo.setCurrentIndex(self.filters.show_combo.findData(Show.ALL.value))
