"""The queue's detail panel: the proposed action with its reason and each channel's reason, the invoices
concerned with their due dates and open amounts, the holds, and below it the customer's own panel
(details, all invoices, timeline)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from debtordesk.i18n.catalogue import render
from debtordesk.services.views import CustomerDetail
from debtordesk.ui.context import UiContext
from debtordesk.ui.dunning_labels import absorbed_text, channel_text, dunning_label
from debtordesk.ui.formatting import date_text, money_text
from debtordesk.ui.pages.queue.rows import QueueRow
from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel


class QueueDetailPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: QueueRow | None = None
        self.action = QLabel()
        self.action.setWordWrap(True)
        self.action.setTextFormat(Qt.TextFormat.RichText)
        self.action.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.action.setContentsMargins(6, 6, 6, 6)
        self.customer = CustomerDetailPanel(ctx)
        # holds may be put on several invoices at once
        self.customer.invoice_table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
        )
        self.customer.loaded.connect(self._customer_loaded)
        # what is due goes in a tab of the customer's own panel (after its tabs, whose places
        # the panel relies on), shown first whenever another customer is chosen
        scroll = QScrollArea()
        scroll.setWidget(self.action)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.due_tab = self.customer.tabs.addTab(scroll, self.tr("Due now"))
        # the long details form scrolls, so the queue fits a small window (same tab, same place)
        tabs = self.customer.tabs
        form, title = tabs.widget(0), tabs.tabText(0)
        if form is not None:
            tabs.removeTab(0)
            details = QScrollArea()
            details.setWidget(form)
            details.setWidgetResizable(True)
            details.setFrameShape(QFrame.Shape.NoFrame)
            tabs.insertTab(0, details, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.customer)
        self.clear()

    def clear(self) -> None:
        self.row = None
        self.action.setText(self.tr("Select a customer to see what is due and why."))
        self.customer.clear()

    def show_row(self, row: QueueRow) -> None:
        same = self.row is not None and self.row.customer_id == row.customer_id
        self.row = row
        self.action.setText(self._action_html(row, None))
        if same and self.customer.detail is not None:
            self._customer_loaded(self.customer.detail)
        else:
            self.customer.tabs.setCurrentIndex(self.due_tab)
            self.customer.show_customer(row.customer_id)

    def selected_invoice_ids(self) -> list[int]:
        """The invoices the clerk selected in the customer's invoice list."""
        table = self.customer.invoice_table
        model = self.customer.invoice_model
        return [model.row_at(index.row()).id for index in table.selectionModel().selectedRows()]

    def _customer_loaded(self, detail: CustomerDetail) -> None:
        if self.row is not None and self.row.customer_id == detail.id:
            self.action.setText(self._action_html(self.row, detail))

    def _action_html(self, row: QueueRow, detail: CustomerDetail | None) -> str:
        language = self.ctx.language
        figures, action = row.entry.row, row.entry.row.action
        parts = []
        if row.policy:
            parts.append(escape(self.tr("Policy: {policy}").format(policy=row.policy)))
        if action is None:
            heading = self.tr("Nothing is due for this customer now.")
            parts.append(f"<b>{escape(heading)}</b>")
            if figures.blocked is not None:
                parts.append(escape(render(figures.blocked)))
        else:
            due = self.tr("{step}, due {date}").format(
                step=action.step_name, date=date_text(action.due_on, language)
            )
            parts.append(f"<b>{escape(due)}</b>")
            parts.append(escape(render(action.reason)))
            channels = [
                f"<li>{escape(channel_text(d))}: {escape(render(d.reason))}"
                + (
                    escape(self.tr(" (from {date})").format(date=date_text(d.send_on, language)))
                    if d.send_on != action.due_on
                    else ""
                )
                + (f"<br/><i>{escape(absorbed_text(d))}</i>" if d.fallback_reasons else "")
                + "</li>"
                for d in action.channels
            ]
            parts.append(escape(self.tr("Channels:")) + "<ul>" + "".join(channels) + "</ul>")
            amounts = self.tr(
                "Open € {open} · overdue € {overdue} · costs € {costs} · interest € {interest}"
            ).format(
                open=money_text(action.open_amount, language),
                overdue=money_text(action.overdue_amount, language),
                costs=money_text(action.costs, language),
                interest=money_text(action.interest, language),
            )
            if action.fee:
                amounts += " · " + self.tr("fee € {fee}").format(
                    fee=money_text(action.fee, language)
                )
            parts.append(escape(amounts))
            if action.costs_announced:
                parts.append(
                    escape(
                        self.tr("This letter announces collection costs of € {costs}.").format(
                            costs=money_text(action.costs_announced, language)
                        )
                    )
                )
            parts.append(self._invoices_html(row, detail))
        if figures.holds:
            holds = []
            for hold in figures.holds:
                text = dunning_label(hold.reason)
                if hold.until is not None:
                    text += " " + self.tr("until {date}").format(
                        date=date_text(hold.until, language)
                    )
                else:
                    text += " " + self.tr("until lifted")
                if hold.invoice_id is not None and detail is not None:
                    number = next(
                        (i.number for i in detail.invoices if i.id == hold.invoice_id), ""
                    )
                    text += " " + self.tr("(invoice {number})").format(number=number)
                if hold.note:
                    text += f": {hold.note}"
                holds.append(f"<li>{escape(text)}</li>")
            parts.append(escape(self.tr("Holds:")) + "<ul>" + "".join(holds) + "</ul>")
        if figures.last_contact is not None:
            parts.append(
                escape(
                    self.tr("Last contact: {date}").format(
                        date=date_text(figures.last_contact, language)
                    )
                )
            )
        return "<br>".join(parts)

    def _invoices_html(self, row: QueueRow, detail: CustomerDetail | None) -> str:
        action = row.entry.row.action
        if action is None:
            return ""
        language = self.ctx.language
        title = escape(self.tr("Invoices concerned:"))
        if detail is None:
            return title + " " + escape(", ".join(row.entry.invoice_numbers))
        wanted = set(action.invoice_ids)
        lines = [
            "<tr><td>{number}</td><td>&nbsp;{due}&nbsp;</td><td align='right'>€ {open}</td></tr>".format(
                number=escape(invoice.number),
                due=escape(
                    self.tr("due {date}").format(date=date_text(invoice.due_date, language))
                ),
                open=escape(money_text(invoice.open_amount, language)),
            )
            for invoice in detail.invoices
            if invoice.id in wanted
        ]
        return title + "<table>" + "".join(lines) + "</table>"
