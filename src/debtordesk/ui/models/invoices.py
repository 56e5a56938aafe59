"""The invoice columns and the two invoice models: the whole ledger (paged) and one customer's list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.text import search_key
from debtordesk.services.views import (
    InvoiceQuery,
    InvoiceRow,
    InvoiceSort,
    Page,
    count_invoices,
    list_invoices,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.formatting import date_text, money_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.labels import label
from debtordesk.ui.models.roles import RAW_VALUE_ROLE, SORT_KEY_ROLE
from debtordesk.ui.models.table import PagedTableModel, StaticTableModel
from debtordesk.ui.tasks import TaskProgress

#: red for amounts below zero (credit notes, overpayments) and for overdue days
NEGATIVE = QColor(180, 20, 20)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CONTEXT = "InvoiceColumns"


class InvoiceColumn(IntEnum):
    NUMBER = 0
    CUSTOMER_NUMBER = 1
    CUSTOMER_NAME = 2
    INVOICE_DATE = 3
    DUE_DATE = 4
    DAYS_OVERDUE = 5
    AMOUNT = 6
    OPEN_AMOUNT = 7
    STATUS = 8
    PAYMENT_METHOD = 9


_HEADERS = {
    InvoiceColumn.NUMBER: QT_TRANSLATE_NOOP("InvoiceColumns", "Invoice"),
    InvoiceColumn.CUSTOMER_NUMBER: QT_TRANSLATE_NOOP("InvoiceColumns", "Customer no."),
    InvoiceColumn.CUSTOMER_NAME: QT_TRANSLATE_NOOP("InvoiceColumns", "Customer"),
    InvoiceColumn.INVOICE_DATE: QT_TRANSLATE_NOOP("InvoiceColumns", "Invoice date"),
    InvoiceColumn.DUE_DATE: QT_TRANSLATE_NOOP("InvoiceColumns", "Due date"),
    InvoiceColumn.DAYS_OVERDUE: QT_TRANSLATE_NOOP("InvoiceColumns", "Days overdue"),
    InvoiceColumn.AMOUNT: QT_TRANSLATE_NOOP("InvoiceColumns", "Amount"),
    InvoiceColumn.OPEN_AMOUNT: QT_TRANSLATE_NOOP("InvoiceColumns", "Open"),
    InvoiceColumn.STATUS: QT_TRANSLATE_NOOP("InvoiceColumns", "Status"),
    InvoiceColumn.PAYMENT_METHOD: QT_TRANSLATE_NOOP("InvoiceColumns", "Payment"),
}

SORT_OF_COLUMN = {
    InvoiceColumn.NUMBER: InvoiceSort.NUMBER,
    InvoiceColumn.CUSTOMER_NUMBER: InvoiceSort.CUSTOMER_NUMBER,
    InvoiceColumn.CUSTOMER_NAME: InvoiceSort.CUSTOMER_NAME,
    InvoiceColumn.INVOICE_DATE: InvoiceSort.INVOICE_DATE,
    InvoiceColumn.DUE_DATE: InvoiceSort.DUE_DATE,
    InvoiceColumn.DAYS_OVERDUE: InvoiceSort.DAYS_OVERDUE,
    InvoiceColumn.AMOUNT: InvoiceSort.AMOUNT,
    InvoiceColumn.OPEN_AMOUNT: InvoiceSort.OPEN_AMOUNT,
    InvoiceColumn.STATUS: InvoiceSort.STATUS,
    InvoiceColumn.PAYMENT_METHOD: InvoiceSort.PAYMENT_METHOD,
}

_NUMERIC = frozenset({InvoiceColumn.DAYS_OVERDUE, InvoiceColumn.AMOUNT, InvoiceColumn.OPEN_AMOUNT})


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_text(row: InvoiceRow) -> str:
    if row.status is InvoiceStatus.OPEN and row.is_credit_note:
        return label("credit_note")
    if row.is_partly_paid:
        return label("partly_paid")
    return label(row.status)


def _raw(row: InvoiceRow, column: InvoiceColumn) -> Any:
    return {
        InvoiceColumn.NUMBER: row.number,
        InvoiceColumn.CUSTOMER_NUMBER: row.customer_number,
        InvoiceColumn.CUSTOMER_NAME: row.customer_name,
        InvoiceColumn.INVOICE_DATE: row.invoice_date,
        InvoiceColumn.DUE_DATE: row.due_date,
        InvoiceColumn.DAYS_OVERDUE: row.days_overdue,
        InvoiceColumn.AMOUNT: row.amount,
        InvoiceColumn.OPEN_AMOUNT: row.open_amount,
        InvoiceColumn.STATUS: row.status,
        InvoiceColumn.PAYMENT_METHOD: row.payment_method,
    }[column]


def _display(row: InvoiceRow, column: InvoiceColumn, language: str) -> str:
    if column in (InvoiceColumn.INVOICE_DATE, InvoiceColumn.DUE_DATE):
        return date_text(_raw(row, column), language)
    if column is InvoiceColumn.DAYS_OVERDUE:
        days = row.days_overdue
        return str(days) if days is not None and days > 0 else ""
    if column in (InvoiceColumn.AMOUNT, InvoiceColumn.OPEN_AMOUNT):
        return money_text(_raw(row, column), language)
    if column is InvoiceColumn.STATUS:
        return status_text(row)
    if column is InvoiceColumn.PAYMENT_METHOD:
        return label(row.payment_method)
    return str(_raw(row, column))


def _sort_key(row: InvoiceRow, column: InvoiceColumn) -> Any:
    value = _raw(row, column)
    if column in (InvoiceColumn.AMOUNT, InvoiceColumn.OPEN_AMOUNT):
        return int(value * 100)
    if column is InvoiceColumn.DAYS_OVERDUE:
        return row.days_overdue if row.days_overdue is not None else -(10**6)
    if column is InvoiceColumn.CUSTOMER_NAME:
        return search_key(value)
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _tooltip(row: InvoiceRow, column: InvoiceColumn, language: str) -> str | None:
    if column in (InvoiceColumn.AMOUNT, InvoiceColumn.OPEN_AMOUNT, InvoiceColumn.STATUS):
        if row.is_partly_paid:
            return QCoreApplication.translate(
                "InvoiceColumns", "Partly paid: {paid} of {amount} received; {open} still open"
            ).format(
                paid=money_text(row.paid_amount, language),
                amount=money_text(row.amount, language),
                open=money_text(row.open_amount, language),
            )
        if row.is_credit_note:
            return QCoreApplication.translate(
                "InvoiceColumns", "Credit note: an amount owed to the customer"
            )
    if column is InvoiceColumn.STATUS and row.storno_date is not None:
        return QCoreApplication.translate(
            "InvoiceColumns", "Direct debit reversed (storno) on {date}"
        ).format(date=date_text(row.storno_date, language))
    if column is InvoiceColumn.STATUS and row.paid_date is not None:
        paid = QCoreApplication.translate("InvoiceColumns", "Paid on {date}")
        return paid.format(date=date_text(row.paid_date, language))
    if column is InvoiceColumn.NUMBER and row.description:
        return row.description
    return None


def invoice_cell(row: InvoiceRow, column: InvoiceColumn, role: int, language: str) -> Any:
    """One cell of an invoice row for any role: words, alignment, colour, sort key, raw value."""
    if role == Qt.ItemDataRole.DisplayRole:
        return _display(row, column, language)
    if role == SORT_KEY_ROLE:
        return _sort_key(row, column)
    if role == RAW_VALUE_ROLE:
        return _raw(row, column)
    if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
        return _RIGHT
    if role == Qt.ItemDataRole.ForegroundRole:
        if column in (InvoiceColumn.AMOUNT, InvoiceColumn.OPEN_AMOUNT) and _raw(row, column) < 0:
            return NEGATIVE
        if column is InvoiceColumn.DAYS_OVERDUE and (row.days_overdue or 0) > 0:
            return NEGATIVE
        return None
    if role == Qt.ItemDataRole.ToolTipRole:
        return _tooltip(row, column, language)
    return None


class _InvoiceCells:
    """What both invoice models share: the cells and headers of the invoice columns."""

    language: str

    def cell(self, row: InvoiceRow, column: InvoiceColumn, role: int) -> Any:
        return invoice_cell(row, column, role, self.language)

    def header(self, column: InvoiceColumn) -> str:
        return _tr(_HEADERS[column])

    def cell_alignment(self, column: InvoiceColumn) -> Any:
        return _RIGHT if column in _NUMERIC else None


class InvoiceTableModel(_InvoiceCells, PagedTableModel[InvoiceRow, InvoiceColumn]):
    """All invoices matching a query, fetched page by page, sorted by the database."""

    def __init__(self, ctx: UiContext, query: InvoiceQuery, parent: QObject | None = None) -> None:
        super().__init__(ctx.tasks, list(InvoiceColumn), parent)
        self.ctx = ctx
        self.language = ctx.language
        self._query = query

    @property
    def query(self) -> InvoiceQuery:
        return self._query

    def set_query(self, query: InvoiceQuery) -> None:
        """Show the rows of another filter or order (fetched in the background)."""
        self._query = query
        self.reload()

    def reload(self) -> None:
        self._query = replace(self._query, today=self.ctx.today())
        super().reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        sort = SORT_OF_COLUMN[self.columns[column]]
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._query.sort, self._query.descending) or not self.loaded_once:
            self.set_query(replace(self._query, sort=sort, descending=descending))

    def page_job(self, offset: int, limit: int) -> Callable[[TaskProgress], Page[InvoiceRow]]:
        db, query = self.ctx.db, replace(self._query, offset=offset, limit=limit)
        return lambda _progress: list_invoices(db, query)

    def count_job(self) -> Callable[[TaskProgress], int]:
        db, query = self.ctx.db, self._query
        return lambda _progress: count_invoices(db, query)


#: the columns of one customer's invoices (the customer is known there; the panel is narrow)
CUSTOMER_INVOICE_COLUMNS = (
    InvoiceColumn.NUMBER,
    InvoiceColumn.DUE_DATE,
    InvoiceColumn.DAYS_OVERDUE,
    InvoiceColumn.AMOUNT,
    InvoiceColumn.OPEN_AMOUNT,
    InvoiceColumn.STATUS,
    InvoiceColumn.PAYMENT_METHOD,
)


class CustomerInvoicesModel(_InvoiceCells, StaticTableModel[InvoiceRow, InvoiceColumn]):
    """One customer's invoices, held in memory."""

    def __init__(
        self,
        language: str,
        parent: QObject | None = None,
        columns: Sequence[InvoiceColumn] = CUSTOMER_INVOICE_COLUMNS,
    ) -> None:
        super().__init__(columns, parent)
        self.language = language
