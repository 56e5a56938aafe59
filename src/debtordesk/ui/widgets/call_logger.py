"""Logging a call from a page other than the call list (the queue, the customers, the invoices): the
page's "Log call…" action (Ctrl+L, as on the call list) opens the log-call form for the customer
chosen there; a call logged as "arrangement made" opens the arrangement form next, as on the call
list. The outcome codes and, when the page's panel does not show that customer yet, the customer's
open invoices are read off the GUI thread first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from debtordesk.domain.calls import CallEffect
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.services.followup import CallLogResult, OutcomeInfo, list_outcomes
from debtordesk.services.views import CustomerDetail, customer_detail
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.arrangement import ArrangementDialog
from debtordesk.ui.dialogs.log_call import CallTarget, LogCallDialog, OpenInvoice
from debtordesk.ui.errors import show_error

#: the customer chosen on the page (None: nobody), and the detail its panel shows (if any)
ChosenCustomer = Callable[[], int | None]
ShownDetail = Callable[[], CustomerDetail | None]


@dataclass(frozen=True)
class _Ready:
    detail: CustomerDetail
    outcomes: tuple[OutcomeInfo, ...]


def open_invoices_of(detail: CustomerDetail) -> list[OpenInvoice]:
    return [
        OpenInvoice(row.id, row.number, row.due_date, row.open_amount)
        for row in detail.invoices
        if row.status is InvoiceStatus.OPEN and row.open_amount > 0
    ]


class CallLogger(QObject):
    """The "Log call…" action of a page (added to ``page`` with Ctrl+L while the focus is in it).

    ``call_logged`` fires with the CallLogResult, ``arrangement_saved`` with the record."""

    call_logged = Signal(object)
    arrangement_saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        page: QWidget,
        chosen: ChosenCustomer,
        shown: ShownDetail,
    ) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.chosen = chosen
        self.shown = shown
        self.dialog: LogCallDialog | None = None
        self.arrangement_dialog: ArrangementDialog | None = None
        self._opening = False
        self.action = QAction(self.tr("&Log call…"), page)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        # only while the focus is on this page: each page has its own Ctrl+L
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(self.tr("Log a call with the chosen customer (Ctrl+L)"))
        self.action.triggered.connect(lambda _checked=False: self.log_call())
        page.addAction(self.action)

    def log_call(self) -> bool:
        """Open the form for the chosen customer; False when nobody is chosen."""
        customer_id = self.chosen()
        if customer_id is None or self._opening:
            return customer_id is not None
        shown = self.shown()
        known = shown if shown is not None and shown.id == customer_id else None
        db, today = self.ctx.db, self.ctx.today()

        def work(_progress: object) -> _Ready:
            detail = known or customer_detail(db, customer_id, today=today)
            return _Ready(detail, list_outcomes(db))

        self._opening = True
        self.ctx.tasks.run(work, self._open, self._failed, write=True)
        return True

    def _failed(self, error: BaseException) -> None:
        self._opening = False
        show_error(self.page, error)

    def _open(self, ready: _Ready) -> None:
        self._opening = False
        if self.dialog is not None:
            self.dialog.close()
        detail = ready.detail
        dialog = LogCallDialog(
            self.ctx,
            CallTarget(detail.id, detail.number, detail.name, detail.mobile or detail.landline),
            ready.outcomes,
            open_invoices_of(detail),
            self.page,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self._logged(result, ready))
        dialog.destroyed.connect(lambda _obj=None: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: LogCallDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _logged(self, result: CallLogResult, ready: _Ready) -> None:
        self.call_logged.emit(result)
        outcome = next((o for o in ready.outcomes if o.code == result.outcome), None)
        if outcome is not None and outcome.effect is CallEffect.ARRANGEMENT:
            self._open_arrangement(ready.detail, result.call_id)

    def _open_arrangement(self, detail: CustomerDetail, call_log_id: int) -> None:
        if self.arrangement_dialog is not None:
            self.arrangement_dialog.close()
        dialog = ArrangementDialog(
            self.ctx,
            detail.id,
            f"{detail.number} · {detail.name}",
            open_invoices_of(detail),
            self.page,
            call_log_id=call_log_id,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.arrangement_saved.emit)
        dialog.destroyed.connect(lambda _obj=None: self._forget_arrangement(dialog))
        self.arrangement_dialog = dialog
        dialog.open()

    def _forget_arrangement(self, dialog: ArrangementDialog) -> None:
        if self.arrangement_dialog is dialog:
            self.arrangement_dialog = None
