"""Base table models: rows of frozen dataclasses shown column by column; static lists sorted in memory,
and large lists fetched page by page from a view service in the background."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from debtordesk.services.views import DEFAULT_PAGE_SIZE, Page
from debtordesk.ui.models.roles import ROW_ID_ROLE, SORT_KEY_ROLE
from debtordesk.ui.tasks import TaskProgress, TaskRunner

R = TypeVar("R")
C = TypeVar("C", bound=IntEnum)

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class RowTableModel(QAbstractTableModel, Generic[R, C]):
    """A list of rows, one column per member of a column enum (in the order given)."""

    def __init__(self, columns: Sequence[C], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[R] = []
        #: display texts by (id of the row object, column); emptied whenever the rows are replaced
        self._texts: dict[tuple[int, int], Any] = {}

    # -- what subclasses say about their rows
    def cell(self, row: R, column: C, role: int) -> Any:
        raise NotImplementedError

    def header(self, column: C) -> str:
        raise NotImplementedError

    def row_id(self, row: R) -> int:
        return int(getattr(row, "id"))  # noqa: B009 - every view row has an id

    # -- Qt's side
    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ID_ROLE:
            return self.row_id(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return self.cell(row, self._columns[index.column()], role)
        # formatting money, dates and phone numbers is slow; views ask for the same text many times
        key = (id(row), index.column())
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self.cell(row, self._columns[index.column()], role)
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(self._columns[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(self._columns[section])
        return None

    def cell_alignment(self, column: C) -> Any:
        return None

    # -- for the pages
    @property
    def columns(self) -> tuple[C, ...]:
        return self._columns

    def column_of(self, column: C) -> int:
        return self._columns.index(column)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of_id(self, row_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return number
        return None


class StaticTableModel(RowTableModel[R, C]):
    """A short list held in memory (a customer's invoices, the timeline), sorted in memory.

    Until the clerk clicks a header the rows keep the order they were given in.
    """

    def __init__(self, columns: Sequence[C], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self.endResetModel()
        if self._sorted_by is not None:
            self.sort(*self._sorted_by)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sorted_by = (column, order)
        key_column = self._columns[column]
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(index, self._rows[index.row()]) for index in persistent]
        self._rows.sort(
            key=lambda row: _sortable(self.cell(row, key_column, SORT_KEY_ROLE)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        position = {id(row): number for number, row in enumerate(self._rows)}
        for index, row in before:
            self.changePersistentIndex(index, self.index(position[id(row)], index.column()))
        self.layoutChanged.emit()


def _sortable(value: Any) -> tuple[int, Any]:
    # blanks last; everything else compares with its own kind
    return (1, "") if value is None or value == "" else (0, value)


PageLoader = Callable[[int, int], Callable[[TaskProgress], Page[Any]]]


class PagedTableModel(RowTableModel[R, C]):
    """A large list: the first page on :meth:`reload`, the next ones as the view scrolls down.

    Pages come from a view service on the TaskRunner's read threads, so the window never waits for
    the database. A newer reload makes answers to older requests void (a generation number).
    """

    #: a page (the first one after a reload, or a further one) has arrived
    page_loaded = Signal()
    #: the number of all rows that match the filter, counted after the first page
    count_changed = Signal(int)
    loading_changed = Signal(bool)
    failed = Signal(object)

    def __init__(
        self,
        tasks: TaskRunner,
        columns: Sequence[C],
        parent: QObject | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> None:
        super().__init__(columns, parent)
        self._tasks = tasks
        self._page_size = page_size
        self._generation = 0
        self._has_more = False
        self._loading = False
        self._loaded_once = False
        self._count: int | None = None

    # -- what subclasses provide: background work for one page, and for the count
    def page_job(self, offset: int, limit: int) -> Callable[[TaskProgress], Page[R]]:
        raise NotImplementedError

    def count_job(self) -> Callable[[TaskProgress], int]:
        raise NotImplementedError

    # -- state for the pages
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def loaded_once(self) -> bool:
        return self._loaded_once

    @property
    def total(self) -> int | None:
        return self._count

    def reload(self) -> None:
        """Fetch the first page again (after a new filter, sort or import); rows stay until it comes."""
        self._generation += 1
        self._count = None
        self._fetch(offset=0, generation=self._generation)

    def canFetchMore(self, parent: AnyIndex = _NO_INDEX) -> bool:
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: AnyIndex = _NO_INDEX) -> None:
        if self.canFetchMore(parent):
            self._fetch(offset=len(self._rows), generation=self._generation)

    def _fetch(self, *, offset: int, generation: int) -> None:
        self._set_loading(True)
        self._tasks.run(
            self.page_job(offset, self._page_size),
            lambda page: self._page_arrived(page, generation),
            lambda error: self._page_failed(error, generation),
        )

    def _page_arrived(self, page: Page[R], generation: int) -> None:
        if generation != self._generation:
            return
        if page.offset == 0:
            self.beginResetModel()
            self._rows = list(page.rows)
            self._texts.clear()
            self._has_more = page.has_more
            self.endResetModel()
            self._start_count(generation)
        elif page.offset == len(self._rows) and page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._has_more = page.has_more
            self.endInsertRows()
        else:
            self._has_more = page.has_more
        self._loaded_once = True
        self._set_loading(False)
        self.page_loaded.emit()

    def _page_failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._has_more = False
        self._set_loading(False)
        self.failed.emit(error)

    def _start_count(self, generation: int) -> None:
        if not self._has_more:  # everything is here: no need to ask the database
            self._count_arrived(len(self._rows), generation)
            return
        self._tasks.run(
            self.count_job(),
            lambda count: self._count_arrived(count, generation),
            lambda error: self._page_failed(error, generation),
        )

    def _count_arrived(self, count: int, generation: int) -> None:
        if generation == self._generation:
            self._count = count
            self.count_changed.emit(count)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
