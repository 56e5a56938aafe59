"""The customer list: number, name, contact, and each customer's open and overdue totals (paged)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from debtordesk.domain.text import search_key
from debtordesk.services.views import (
    CustomerQuery,
    CustomerRow,
    CustomerSort,
    Page,
    count_customers,
    list_customers,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.formatting import count_text, money_text, phone_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.labels import label
from debtordesk.ui.models.invoices import NEGATIVE
from debtordesk.ui.models.roles import RAW_VALUE_ROLE, SORT_KEY_ROLE
from debtordesk.ui.models.table import PagedTableModel
from debtordesk.ui.tasks import TaskProgress

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CONTEXT = "CustomerColumns"


class CustomerColumn(IntEnum):
    """In the order shown: the amounts right after the name, where the eye looks first."""

    NUMBER = 0
    NAME = 1
    OPEN_COUNT = 2
    OPEN_TOTAL = 3
    OVERDUE_TOTAL = 4
    CUSTOMER_TYPE = 5
    POSTCODE = 6
    CITY = 7
    EMAIL = 8
    MOBILE = 9


_HEADERS = {
    CustomerColumn.NUMBER: QT_TRANSLATE_NOOP("CustomerColumns", "Number"),
    CustomerColumn.NAME: QT_TRANSLATE_NOOP("CustomerColumns", "Name"),
    CustomerColumn.CUSTOMER_TYPE: QT_TRANSLATE_NOOP("CustomerColumns", "Type"),
    CustomerColumn.POSTCODE: QT_TRANSLATE_NOOP("CustomerColumns", "Postcode"),
    CustomerColumn.CITY: QT_TRANSLATE_NOOP("CustomerColumns", "City"),
    CustomerColumn.EMAIL: QT_TRANSLATE_NOOP("CustomerColumns", "E-mail"),
    CustomerColumn.MOBILE: QT_TRANSLATE_NOOP("CustomerColumns", "Mobile"),
    CustomerColumn.OPEN_COUNT: QT_TRANSLATE_NOOP("CustomerColumns", "Open invoices"),
    CustomerColumn.OPEN_TOTAL: QT_TRANSLATE_NOOP("CustomerColumns", "Open"),
    CustomerColumn.OVERDUE_TOTAL: QT_TRANSLATE_NOOP("CustomerColumns", "Overdue"),
}

SORT_OF_COLUMN = {
    CustomerColumn.NUMBER: CustomerSort.NUMBER,
    CustomerColumn.NAME: CustomerSort.NAME,
    CustomerColumn.CUSTOMER_TYPE: CustomerSort.CUSTOMER_TYPE,
    CustomerColumn.POSTCODE: CustomerSort.POSTCODE,
    CustomerColumn.CITY: CustomerSort.CITY,
    CustomerColumn.EMAIL: CustomerSort.EMAIL,
    CustomerColumn.MOBILE: CustomerSort.MOBILE,
    CustomerColumn.OPEN_COUNT: CustomerSort.OPEN_COUNT,
    CustomerColumn.OPEN_TOTAL: CustomerSort.OPEN_TOTAL,
    CustomerColumn.OVERDUE_TOTAL: CustomerSort.OVERDUE_TOTAL,
}

_NUMERIC = frozenset(
    {CustomerColumn.OPEN_COUNT, CustomerColumn.OPEN_TOTAL, CustomerColumn.OVERDUE_TOTAL}
)
_MONEY = frozenset({CustomerColumn.OPEN_TOTAL, CustomerColumn.OVERDUE_TOTAL})


@cache
def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _raw(row: CustomerRow, column: CustomerColumn) -> Any:
    return {
        CustomerColumn.NUMBER: row.number,
        CustomerColumn.NAME: row.name,
        CustomerColumn.CUSTOMER_TYPE: row.customer_type,
        CustomerColumn.POSTCODE: row.postcode,
        CustomerColumn.CITY: row.city,
        CustomerColumn.EMAIL: row.email,
        CustomerColumn.MOBILE: row.mobile,
        CustomerColumn.OPEN_COUNT: row.open_count,
        CustomerColumn.OPEN_TOTAL: row.open_total,
        CustomerColumn.OVERDUE_TOTAL: row.overdue_total,
    }[column]


class CustomerTableModel(PagedTableModel[CustomerRow, CustomerColumn]):
    """All customers matching a query, fetched page by page, sorted by the database."""

    def __init__(self, ctx: UiContext, query: CustomerQuery, parent: QObject | None = None) -> None:
        super().__init__(ctx.tasks, list(CustomerColumn), parent)
        self.ctx = ctx
        self._query = query

    @property
    def query(self) -> CustomerQuery:
        return self._query

    def set_query(self, query: CustomerQuery) -> None:
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

    def page_job(self, offset: int, limit: int) -> Callable[[TaskProgress], Page[CustomerRow]]:
        db, query = self.ctx.db, replace(self._query, offset=offset, limit=limit)
        return lambda _progress: list_customers(db, query)

    def count_job(self) -> Callable[[TaskProgress], int]:
        db, query = self.ctx.db, self._query
        return lambda _progress: count_customers(db, query)

    def header(self, column: CustomerColumn) -> str:
        return _tr(_HEADERS[column])

    def cell_alignment(self, column: CustomerColumn) -> Any:
        return _RIGHT if column in _NUMERIC else None

    def cell(self, row: CustomerRow, column: CustomerColumn, role: int) -> Any:
        language = self.ctx.language
        value = _raw(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column in _MONEY:
                return money_text(value, language) if row.open_count else ""
            if column is CustomerColumn.OPEN_COUNT:
                return count_text(value, language) if value else ""
            if column is CustomerColumn.CUSTOMER_TYPE:
                return label(value)
            if column is CustomerColumn.MOBILE:
                return phone_text(value)
            return value or ""
        if role == SORT_KEY_ROLE:
            if column in _MONEY:
                return int(value * 100)
            if column is CustomerColumn.NAME:
                return search_key(value)
            return value if isinstance(value, int) else (str(value) if value else None)
        if role == RAW_VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in _MONEY and value < 0:
                return NEGATIVE
            if column is CustomerColumn.OVERDUE_TOTAL and value > 0:
                return NEGATIVE
            return None
        if role == Qt.ItemDataRole.DecorationRole and column is CustomerColumn.NAME:
            return _warning_icon() if row.has_contact_problems else None
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column is CustomerColumn.NAME
            and row.has_contact_problems
        ):
            return QCoreApplication.translate(
                "CustomerColumns", "The import could not accept some contact data: see the details"
            )
        return None

    def has_contact_problems(self, row: int) -> bool:
        return self._rows[row].has_contact_problems
