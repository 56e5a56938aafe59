"""The table of import batches, newest first, one line per batch with its counts and status."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from debtordesk.domain.enums import BatchStatus, SnapshotMode
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import current_language, format_value, render
from debtordesk.services.import_types import DEFAULT_SOURCE
from debtordesk.services.imports import BatchInfo
from debtordesk.ui.import_wizard.cells import SKIPPED_FOREGROUND
from debtordesk.ui.import_wizard.fields import kind_label

Index = QModelIndex | QPersistentModelIndex

#: the raw value behind a cell (numbers, dates, enums), for sorting and for tests
RawRole = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    WHEN = 0
    # the administration's code; the page hides it while there is only one
    ADMINISTRATION = 1
    USER = 2
    FILE = 3
    KIND = 4
    SOURCE = 5
    MODE = 6
    EXPORT_DATE = 7
    NEW = 8
    UPDATED = 9
    UNCHANGED = 10
    CLOSED = 11
    REOPENED = 12
    REJECTED = 13
    CUSTOMERS_NEW = 14
    CUSTOMERS_UPDATED = 15
    STATUS = 16


_COUNT_FIELDS = {
    Column.NEW: "new",
    Column.UPDATED: "updated",
    Column.UNCHANGED: "unchanged",
    Column.CLOSED: "closed",
    Column.REOPENED: "reopened",
    Column.REJECTED: "rejected",
    Column.CUSTOMERS_NEW: "customers_new",
    Column.CUSTOMERS_UPDATED: "customers_updated",
}


def local_time_text(moment: datetime | None) -> str:
    """An aware UTC moment as the clerk's local date and time."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{format_value(local.date(), current_language())} {local.strftime('%H:%M')}"


def source_text(source: str) -> str:
    """The preset an import used, or "without a preset" for the source of an import made without
    one (the words of ``debtordesk imports``)."""
    if source == DEFAULT_SOURCE:
        return render(Message("cli.imports.source.default"))
    return source


class BatchTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._batches: list[BatchInfo] = []

    def set_batches(self, batches: Sequence[BatchInfo]) -> None:
        self.beginResetModel()
        self._batches = list(batches)
        self.endResetModel()

    def batch(self, row: int) -> BatchInfo:
        return self._batches[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        batch = self._batches[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return SKIPPED_FOREGROUND if batch.status is BatchStatus.UNDONE else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _COUNT_FIELDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RawRole:
            return self._raw(batch, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.STATUS:
            return self._status(batch, detailed=True)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.FILE:
            return batch.file_name + (f" ({batch.sheet})" if batch.sheet else "")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column in _COUNT_FIELDS:
            return format_value(getattr(batch, _COUNT_FIELDS[column]), current_language())
        if column is Column.WHEN:
            return local_time_text(batch.committed_at or batch.started_at)
        if column is Column.ADMINISTRATION:
            return batch.administration
        if column is Column.USER:
            return batch.user or ""
        if column is Column.FILE:
            return batch.file_name
        if column is Column.KIND:
            return kind_label(batch.kind)
        if column is Column.SOURCE:
            return source_text(batch.source)
        if column is Column.MODE:
            return self.tr("Full list") if batch.mode is SnapshotMode.FULL else self.tr("Changes")
        if column is Column.EXPORT_DATE:
            return format_value(batch.export_date, current_language())
        return self._status(batch, detailed=False)

    def _raw(self, batch: BatchInfo, column: Column) -> Any:
        if column in _COUNT_FIELDS:
            return getattr(batch, _COUNT_FIELDS[column])
        raw = {
            Column.WHEN: batch.committed_at or batch.started_at,
            Column.ADMINISTRATION: batch.administration,
            Column.USER: batch.user,
            Column.FILE: batch.file_name,
            Column.KIND: batch.kind,
            Column.SOURCE: batch.source,
            Column.MODE: batch.mode,
            Column.EXPORT_DATE: batch.export_date,
            Column.STATUS: batch.status,
        }
        return raw[column]

    def _status(self, batch: BatchInfo, *, detailed: bool) -> str:
        if batch.status is BatchStatus.COMMITTED:
            return self.tr("Imported")
        if not detailed:
            return self.tr("Undone")
        return self.tr("Undone on {when} by {user}").format(
            when=local_time_text(batch.undone_at), user=batch.undone_by or "?"
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Imported on"),
            self.tr("Administration"),
            self.tr("By"),
            self.tr("File"),
            self.tr("Kind"),
            self.tr("Source"),
            self.tr("Mode"),
            self.tr("Export date"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Closed"),
            self.tr("Reopened"),
            self.tr("Rejected"),
            self.tr("New customers"),
            self.tr("Updated customers"),
            self.tr("Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None
