"""The outbox page: what is queued, sending, sent, delivered, failed or uncertain; sending the queue in
the background with progress and cancel; retry or cancel a failed message; settle an uncertain one;
whether a sent SMS arrived ("Check payments and delivery" asks the providers in the background, see
:func:`debtordesk.services.outbox_delivery.check_delivery`).

The sending itself is :func:`debtordesk.services.outbox.send_batch` (at most once, leases, retries,
look-ups); this page only starts it and shows the outbox. Closing the window mid-batch is safe: what a
worker has claimed and not finished is settled by the next send (looked up, or left uncertain).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.errors import Cancelled
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.providers.sms import DeliveryState
from debtordesk.services.link_poll import PollSummary, poll_links
from debtordesk.services.outbox import send_batch
from debtordesk.services.outbox_admin import OUTBOX_STATUSES, cancel, list_outbox, resolve, retry
from debtordesk.services.outbox_delivery import (
    DeliverySummary,
    DeliveryView,
    check_delivery,
    delivery_views,
)
from debtordesk.services.outbox_types import OutboxRow, SendSummary
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import show_error
from debtordesk.ui.formatting import count_text, counted, date_text, datetime_text, money_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.models.roles import SORT_KEY_ROLE
from debtordesk.ui.models.table import StaticTableModel
from debtordesk.ui.tasks import TaskProgress
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.job_progress import JobProgress

_S = CommunicationStatus
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

DELIVERY_LABELS = {
    DeliveryState.PENDING: QT_TRANSLATE_NOOP("OutboxLabels", "On its way"),
    DeliveryState.DELIVERED: QT_TRANSLATE_NOOP("OutboxLabels", "Delivered"),
    DeliveryState.UNDELIVERED: QT_TRANSLATE_NOOP("OutboxLabels", "Did not arrive"),
    DeliveryState.NOT_AVAILABLE: QT_TRANSLATE_NOOP("OutboxLabels", "Cannot be known"),
}
#: the filter choices: a label and the statuses it shows
FILTERS: tuple[tuple[str, tuple[CommunicationStatus, ...]], ...] = (
    (QT_TRANSLATE_NOOP("OutboxLabels", "Everything"), OUTBOX_STATUSES),
    (QT_TRANSLATE_NOOP("OutboxLabels", "To send"), (_S.PREPARED, _S.QUEUED, _S.SENDING)),
    (QT_TRANSLATE_NOOP("OutboxLabels", "Needs attention"), (_S.FAILED, _S.UNCERTAIN)),
    (QT_TRANSLATE_NOOP("OutboxLabels", "Sent"), (_S.SENT, _S.DELIVERED)),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxLabels", text)


def status_text(status: CommunicationStatus) -> str:
    """A message's status in words: the catalogue's, shared with the CLI's ``outbox`` list."""
    return render(Message(f"outbox.status.{status.value}"))


def channel_text(channel: ActionChannel) -> str:
    return render(Message(f"outbox.channel.{channel.value}"))


class Column(IntEnum):
    STATUS = 0
    CHANNEL = 1
    NUMBER = 2
    NAME = 3
    RECIPIENT = 4
    STEP = 5
    AMOUNT = 6
    ATTEMPTS = 7
    LAST = 8
    SENT = 9
    PROBLEM = 10
    DELIVERY = 11


_HEADERS = {
    Column.STATUS: QT_TRANSLATE_NOOP("OutboxColumns", "Status"),
    Column.CHANNEL: QT_TRANSLATE_NOOP("OutboxColumns", "Channel"),
    Column.NUMBER: QT_TRANSLATE_NOOP("OutboxColumns", "Customer"),
    Column.NAME: QT_TRANSLATE_NOOP("OutboxColumns", "Name"),
    Column.RECIPIENT: QT_TRANSLATE_NOOP("OutboxColumns", "To"),
    Column.STEP: QT_TRANSLATE_NOOP("OutboxColumns", "Step"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("OutboxColumns", "Amount"),
    Column.ATTEMPTS: QT_TRANSLATE_NOOP("OutboxColumns", "Attempts"),
    Column.LAST: QT_TRANSLATE_NOOP("OutboxColumns", "Last attempt"),
    Column.SENT: QT_TRANSLATE_NOOP("OutboxColumns", "Sent on"),
    Column.PROBLEM: QT_TRANSLATE_NOOP("OutboxColumns", "Problem"),
    Column.DELIVERY: QT_TRANSLATE_NOOP("OutboxColumns", "Delivery"),
}


class OutboxModel(StaticTableModel[OutboxRow, Column]):
    def __init__(self, language: str) -> None:
        super().__init__(list(Column))
        self.language = language
        #: what the providers said about delivery, by communication (set with the rows)
        self.deliveries: dict[int, DeliveryView] = {}

    def set_rows_and_deliveries(
        self, rows: tuple[OutboxRow, ...], deliveries: dict[int, DeliveryView]
    ) -> None:
        self.deliveries = deliveries
        self.set_rows(rows)

    def delivery_text(self, row: OutboxRow) -> str:
        """ "Delivered 16-12-2026 10:31", "Did not arrive", "On its way" ... or "" (not asked)."""
        view = self.deliveries.get(row.communication_id)
        if view is None:
            return ""
        text = _tr(DELIVERY_LABELS[view.state])
        if view.state is DeliveryState.DELIVERED and view.delivered_at is not None:
            text += " " + datetime_text(view.delivered_at, self.language)
        return text

    def row_id(self, row: OutboxRow) -> int:
        return row.communication_id

    def header(self, column: Column) -> str:
        return QCoreApplication.translate("OutboxColumns", _HEADERS[column])

    def cell_alignment(self, column: Column) -> Any:
        return _RIGHT if column in (Column.AMOUNT, Column.ATTEMPTS) else None

    def cell(self, row: OutboxRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.PROBLEM and row.problem:
            return render(row.problem)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.DELIVERY:
            view = self.deliveries.get(row.communication_id)
            return render(view.reason) if view is not None and view.reason is not None else None
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_KEY_ROLE):
            return None
        sort = role == SORT_KEY_ROLE
        match column:
            case Column.STATUS:
                return row.status.value if sort else status_text(row.status)
            case Column.CHANNEL:
                return channel_text(row.channel)
            case Column.NUMBER:
                return row.customer_number
            case Column.NAME:
                return row.customer_name
            case Column.RECIPIENT:
                return row.recipient
            case Column.STEP:
                return row.step_name
            case Column.AMOUNT:
                return row.amount if sort else money_text(row.amount, self.language)
            case Column.ATTEMPTS:
                return row.attempts if sort else str(row.attempts)
            case Column.LAST:
                if sort:
                    return row.last_attempt_at
                return datetime_text(row.last_attempt_at, self.language)
            case Column.SENT:
                return row.went_out_on if sort else date_text(row.went_out_on, self.language)
            case Column.PROBLEM:
                return render(row.problem) if row.problem is not None else ""
            case Column.DELIVERY:
                if sort:
                    view = self.deliveries.get(row.communication_id)
                    return view.state.value if view is not None else ""
                return self.delivery_text(row)
        return None


class OutboxPage(QWidget):
    #: messages went out or changed: the queue and the timelines may show something new
    outbox_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.filter = QComboBox()
        for label, _statuses in FILTERS:
            self.filter.addItem(_tr(label))
        self.filter.currentIndexChanged.connect(self.refresh)
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setToolTip(
            self.tr(
                "Send the queued SMS and e-mail payment requests whose day has come, through the "
                "providers chosen under Settings > Providers"
            )
        )
        self.send_button.clicked.connect(self.send_now)
        self.poll_button = QPushButton(self.tr("Check payments and delivery"))
        self.poll_button.setToolTip(
            self.tr(
                "Ask the payment-link provider which links were paid: paid invoices get the "
                "'paid via link' hold, so nobody who paid is reminded again. Then ask the SMS "
                "providers whether the messages of the last days arrived"
            )
        )
        self.poll_button.clicked.connect(self.check_payments)
        self.job = JobProgress(self.tr("Stop"))
        self.job.cancel_button.setToolTip(
            self.tr("Stop after the messages being sent now; nothing is sent twice")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.job)
        top.addWidget(self.poll_button)
        top.addWidget(self.send_button)

        self.model = OutboxModel(ctx.language)
        self.table = DataTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.set_empty_text(
            self.tr(
                "Nothing in the outbox. The queue's run prepares SMS and e-mail payment requests."
            )
        )
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setToolTip(
            self.tr(
                "Queue a failed message again (an uncertain one only when you checked that it "
                "did not go)"
            )
        )
        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_message_button = QPushButton(self.tr("Cancel message"))
        self.cancel_message_button.clicked.connect(self.cancel_selected)
        self.sent_button = QPushButton(self.tr("It was sent"))
        self.sent_button.setToolTip(
            self.tr("You found this uncertain message in the provider's portal: mark it as sent")
        )
        self.sent_button.clicked.connect(lambda: self.resolve_selected(sent=True))
        self.not_sent_button = QPushButton(self.tr("It was not sent"))
        self.not_sent_button.clicked.connect(lambda: self.resolve_selected(sent=False))
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (
            self.sent_button,
            self.not_sent_button,
            self.retry_button,
            self.cancel_message_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        ctx.administration.changed.connect(self.refresh)
        self._update_actions()
        if ctx.administration.id is not None:
            self.refresh()

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        administration_id = self.ctx.administration.id
        if administration_id is None:
            return
        db = self.ctx.db
        statuses = FILTERS[max(0, self.filter.currentIndex())][1]

        def read(_progress: TaskProgress) -> tuple[tuple[OutboxRow, ...], dict[int, DeliveryView]]:
            rows = list_outbox(db, administration_id, statuses)
            return rows, delivery_views(db, [row.communication_id for row in rows])

        self.ctx.tasks.run(read, self._listed, lambda error: show_error(self, error))

    def _listed(self, listed: tuple[tuple[OutboxRow, ...], dict[int, DeliveryView]]) -> None:
        rows, deliveries = listed
        chosen = self.current_row()
        self.model.set_rows_and_deliveries(rows, deliveries)
        self.table.resizeColumnsToContents()
        if chosen is not None:
            found = self.model.row_of_id(chosen.communication_id)
            if found is not None:
                self.table.selectRow(found)
        counts: dict[CommunicationStatus, int] = {}
        for row in rows:
            counts[row.status] = counts.get(row.status, 0) + 1
        language = self.ctx.language
        to_send = sum(counts.get(s, 0) for s in (_S.PREPARED, _S.QUEUED, _S.SENDING))
        attention = counts.get(_S.FAILED, 0) + counts.get(_S.UNCERTAIN, 0)
        self.summary_label.setText(
            self.tr("{to_send} to send · {attention} need attention · {sent} sent").format(
                to_send=count_text(to_send, language),
                attention=count_text(attention, language),
                sent=count_text(counts.get(_S.SENT, 0) + counts.get(_S.DELIVERED, 0), language),
            )
        )
        self._update_actions()

    def current_row(self) -> OutboxRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        row = self.current_row()
        busy = self.job.running
        self.send_button.setEnabled(not busy)
        self.poll_button.setEnabled(not busy)
        self.retry_button.setEnabled(row is not None and row.can_retry)
        self.cancel_message_button.setEnabled(row is not None and row.can_cancel)
        self.sent_button.setEnabled(row is not None and row.can_resolve)
        self.not_sent_button.setEnabled(row is not None and row.can_resolve)

    # ------------------------------------------------------------------ sending
    def send_now(self) -> None:
        administration_id = self.ctx.administration.id
        if administration_id is None or self.job.running:
            return
        db = self.ctx.db

        def work(progress: TaskProgress) -> SendSummary:
            return send_batch(
                db, administration_id, progress=progress, cancelled=progress.cancel_requested
            )

        self.message.hide()
        self.job.start(
            self.ctx.tasks,
            work,
            self._sent,
            self._send_failed,
            text=self.tr("Sending…"),
            write=False,
        )
        self._update_actions()

    def check_payments(self) -> None:
        administration_id = self.ctx.administration.id
        if administration_id is None or self.job.running:
            return
        db = self.ctx.db

        def work(progress: TaskProgress) -> tuple[PollSummary, DeliverySummary]:
            polled = poll_links(
                db,
                administration_id,
                progress=progress.set_progress,
                cancelled=progress.cancel_requested,
            )
            checked = check_delivery(
                db,
                administration_id,
                progress=progress.set_progress,
                cancelled=progress.cancel_requested,
            )
            return polled, checked

        self.message.hide()
        self.job.start(
            self.ctx.tasks,
            work,
            self._polled,
            self._send_failed,
            text=self.tr("Checking payment links and delivery…"),
            write=True,
        )
        self._update_actions()

    def _polled(self, found: tuple[PollSummary, DeliverySummary]) -> None:
        summary, checked = found
        self._update_actions()
        lines = [self._poll_text(summary)]
        if checked.candidates or checked.problems:
            lines.append(self._delivery_text(checked))
        self._say("\n".join(lines))
        self.refresh()
        self.outbox_changed.emit()

    def _delivery_text(self, checked: DeliverySummary) -> str:
        language = self.ctx.language
        text = self.tr(
            "Asked about {asked} SMS: {delivered} delivered, {undelivered} did not arrive, "
            "{pending} still on their way."
        ).format(
            asked=count_text(checked.asked, language),
            delivered=count_text(checked.delivered, language),
            undelivered=count_text(checked.undelivered, language),
            pending=count_text(checked.pending, language),
        )
        if checked.undelivered:
            text += " " + self.tr(
                "Call the customers whose SMS did not arrive, or check their mobile numbers (see "
                "the timelines and the call list)."
            )
        for reason, count in checked.problems:
            text += "\n" + self.tr("Delivery not checked ({count}): {reason}").format(
                count=count_text(count, language), reason=render(reason)
            )
        return text

    def _poll_text(self, summary: PollSummary) -> str:
        language = self.ctx.language
        if summary.unavailable is not None:
            return render(summary.unavailable)
        text = self.tr(
            "Checked {links}: {paid} paid, {expired} expired, {open} still open."
        ).format(
            links=counted(
                summary.asked, self.tr("1 payment link"), self.tr("{count} payment links"), language
            ),
            paid=count_text(summary.paid, language),
            expired=count_text(summary.expired, language),
            open=count_text(summary.open, language),
        )
        if summary.refund_flags:
            text += " " + counted(
                summary.refund_flags,
                self.tr("1 payment paid a claim twice: refund it (see the customer's timeline)."),
                self.tr(
                    "{count} payments paid a claim twice: refund them (see the customers' "
                    "timelines)."
                ),
                language,
            )
        for reason, count in summary.problems:
            text += "\n" + self.tr("Not checked ({count}): {reason}").format(
                count=count_text(count, language), reason=render(reason)
            )
        return text

    def stop(self) -> None:
        self.job.cancel()

    def _sent(self, summary: SendSummary) -> None:
        self._update_actions()
        language = self.ctx.language
        text = self.tr(
            "Sent {sent}, failed {failed}, uncertain {uncertain}, to retry later {later}, "
            "cancelled because the facts changed {stale}."
        ).format(
            sent=count_text(summary.sent, language),
            failed=count_text(summary.failed, language),
            uncertain=count_text(summary.uncertain, language),
            later=count_text(summary.retry_later, language),
            stale=count_text(summary.cancelled_stale, language),
        )
        notes = [render(note) for note in summary.notes]
        if notes:
            text += "\n" + "\n".join(notes)
        self._say(text)
        self.refresh()
        self.outbox_changed.emit()

    def _send_failed(self, error: BaseException) -> None:
        self._update_actions()
        self.refresh()
        if isinstance(error, Cancelled):
            self._say(self.tr("Stopped. What was not sent stays queued."))
            return
        show_error(self, error)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # ------------------------------------------------------------------ one message
    def _act(self, action: Callable[[], object], done_text: str) -> None:
        def finished(_answer: object) -> None:
            self._say(done_text)
            self.refresh()
            self.outbox_changed.emit()

        self.ctx.tasks.run(
            lambda _progress: action(), finished, lambda error: show_error(self, error), write=True
        )

    def retry_selected(self) -> None:
        row = self.current_row()
        if row is None or not row.can_retry:
            return
        if row.status is _S.UNCERTAIN:
            answer = QMessageBox.question(
                self,
                self.tr("Send again?"),
                self.tr(
                    "DebtorDesk could not find out whether this message reached the provider. Send "
                    "it again only when you checked (in the provider's portal, or with the customer) "
                    "that it did not go: otherwise the customer gets it twice."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db = self.ctx.db
        self._act(
            lambda: retry(db, row.communication_id),
            self.tr("Queued again: it goes with the next send."),
        )

    def cancel_selected(self) -> None:
        row = self.current_row()
        if row is None or not row.can_cancel:
            return
        db = self.ctx.db
        self._act(lambda: cancel(db, row.communication_id), self.tr("Cancelled."))

    def resolve_selected(self, *, sent: bool) -> None:
        row = self.current_row()
        if row is None or not row.can_resolve:
            return
        db = self.ctx.db
        self._act(
            lambda: resolve(db, row.communication_id, sent=sent),
            self.tr("Marked as sent.") if sent else self.tr("Marked as not sent."),
        )
