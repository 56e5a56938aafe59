"""Table models of the wizard: the first rows of a sheet, the previewed rows, and the problems found.

The preview models read the rows that are already in memory (the sheet and the preview); nothing is copied
into widgets, so 100,000 rows cost no more than the view's visible part.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from debtordesk.importing.model import Cell, Field, ImportPreview, Issue, Severity, SheetData
from debtordesk.ui.import_wizard.cells import (
    HEADER_BACKGROUND,
    MARKED_FOREGROUND,
    SKIPPED_FOREGROUND,
    TOOLTIP_LIMIT,
    cell_text,
    column_letter,
    issue_text,
    read_date_text,
    severity_background,
)
from debtordesk.ui.import_wizard.fields import field_label
from debtordesk.ui.import_wizard.rowindex import RowIndex

Index = QModelIndex | QPersistentModelIndex

#: the raw value behind a cell (row numbers as int), for sorting and for tests
RawRole = Qt.ItemDataRole.UserRole + 1

#: how many rows the header page shows
GRID_ROWS = 30
#: the date fields of an invoice row, and where the invoice read keeps each
_INVOICE_DATES = {
    Field.INVOICE_DATE: "invoice_date",
    Field.DUE_DATE: "due_date",
    Field.STORNO_DATE: "storno_date",
    Field.PAID_DATE: "paid_date",
}


class SheetGridModel(QAbstractTableModel):
    """The first rows of a sheet as a spreadsheet shows them, with the header row marked."""

    def __init__(
        self, sheet: SheetData, header_index: int | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._sheet = sheet
        self._rows = sheet.rows[:GRID_ROWS]
        self._columns = max((len(row) for row in self._rows), default=0)
        self._header_index = header_index

    @property
    def header_index(self) -> int | None:
        return self._header_index

    def set_header_index(self, index: int | None) -> None:
        self._header_index = index
        if self._rows and self._columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self._columns - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        cell = row[index.column()] if index.column() < len(row) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_text(cell, TOOLTIP_LIMIT) or None
        if role == RawRole:
            return cell
        if self._header_index is None:
            return None
        if index.row() == self._header_index:
            if role == Qt.ItemDataRole.BackgroundRole:
                return HEADER_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return MARKED_FOREGROUND
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        elif index.row() < self._header_index and role == Qt.ItemDataRole.ForegroundRole:
            return SKIPPED_FOREGROUND
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section) if 0 <= section < self._columns else None
        if 0 <= section < len(self._rows):
            return str(self._sheet.row_number(section))
        return None


class RowFilter(IntEnum):
    ALL = 0
    PROBLEMS = 1
    ERRORS = 2


class PreviewRowsModel(QAbstractTableModel):
    """The data rows of the file, mapped columns only; rows in error red, rows with warnings amber."""

    ROW_COLUMN = 0
    PROBLEM_COLUMN = 1

    def __init__(
        self,
        preview: ImportPreview,
        sheet: SheetData,
        rows: RowIndex,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sheet = sheet
        positions = {name: i for i, name in enumerate(preview.headers)}
        mapped = {header: field for field, header in preview.mapping.items()}
        self._columns: list[tuple[int, str, Field]] = sorted(
            (positions[header], header, field)
            for header, field in mapped.items()
            if header in positions
        )
        self._index = rows
        self._issues = rows.issues
        self._visible = rows.rows
        #: the invoice read from each row (by row number), to show how its dates were read
        self._invoices = {invoice.row: invoice for invoice in preview.invoices}

    def set_filter(self, row_filter: RowFilter) -> None:
        """Show every row, only rows with a problem, or only rows in error."""
        self.beginResetModel()
        self._visible = {
            RowFilter.ALL: self._index.rows,
            RowFilter.PROBLEMS: self._index.with_problems,
            RowFilter.ERRORS: self._index.in_error,
        }[row_filter]
        self.endResetModel()

    def severity_of(self, row: int) -> Severity | None:
        """The worst problem of a visible row, or None when it is clean."""
        issues = self._issues.get(self._sheet.row_number(self._visible[row]), ())
        if any(issue.severity is Severity.ERROR for issue in issues):
            return Severity.ERROR
        return Severity.WARNING if issues else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        position = self._visible[index.row()]
        number = self._sheet.row_number(position)
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return severity_background(self.severity_of(index.row()))
        if role == Qt.ItemDataRole.ForegroundRole:
            return MARKED_FOREGROUND if self.severity_of(index.row()) else None
        if column == self.ROW_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, RawRole):
                return number if role == RawRole else str(number)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if column == self.PROBLEM_COLUMN:
            issues = self._issues.get(number, [])
            if role == Qt.ItemDataRole.DisplayRole:
                return "; ".join(_issue_line(issue) for issue in issues)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(_issue_line(issue) for issue in issues) or None
            if role == RawRole:
                return [issue.severity.value for issue in issues]
            return None
        cells = self._sheet.rows[position]
        at, _, field = self._columns[column - 2]
        cell = cells[at] if at < len(cells) else None
        if role == Qt.ItemDataRole.DisplayRole:
            read = self._date_read(number, field, cell)
            return cell_text(cell) if read is None else read_date_text(cell_text(cell), read)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_text(cell, TOOLTIP_LIMIT) or None
        if role == RawRole:
            return cell
        return None

    def _date_read(self, number: int, field: Field, cell: Cell) -> date | None:
        """The date an imported row's text date cell was read as (its order is then plain to
        see); None for other cells, date cells and rows not imported."""
        attribute = _INVOICE_DATES.get(field)
        if attribute is None or not isinstance(cell, str) or not cell.strip():
            return None
        invoice = self._invoices.get(number)
        read = getattr(invoice, attribute) if invoice is not None else None
        return read if isinstance(read, date) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section == self.ROW_COLUMN:
            return self.tr("Row") if role == Qt.ItemDataRole.DisplayRole else None
        if section == self.PROBLEM_COLUMN:
            return self.tr("Problems") if role == Qt.ItemDataRole.DisplayRole else None
        _, header, field = self._columns[section - 2]
        if role == Qt.ItemDataRole.DisplayRole:
            return header
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Imported as: {field}").format(field=field_label(field))
        return None


def _issue_line(issue: Issue) -> str:
    # the reading side's messages name the column themselves
    return issue_text(issue)


def _errors_first(issues: Sequence[Issue]) -> list[Issue]:
    """Errors before warnings, each in row order (problems of the whole file first)."""
    return sorted(
        issues,
        key=lambda i: (i.severity is not Severity.ERROR, -1 if i.row is None else i.row),
    )


class IssueTableModel(QAbstractTableModel):
    """Every problem found, one per line: severity, row, column, value and reason."""

    SEVERITY, ROW, COLUMN, VALUE, REASON = range(5)

    def __init__(self, issues: Sequence[Issue], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._issues = _errors_first(issues)

    def set_issues(self, issues: Sequence[Issue]) -> None:
        self.beginResetModel()
        self._issues = _errors_first(issues)
        self.endResetModel()

    def issue(self, row: int) -> Issue:
        return self._issues[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._issues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        issue = self._issues[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return severity_background(issue.severity)
        if role == Qt.ItemDataRole.ForegroundRole:
            return MARKED_FOREGROUND
        if role == RawRole:
            return (issue.severity.value, issue.row, issue.column, issue.value, issue.message.code)[
                column
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.SEVERITY:
            return self.tr("Error") if issue.severity is Severity.ERROR else self.tr("Warning")
        if column == self.ROW:
            return "" if issue.row is None else str(issue.row)
        if column == self.COLUMN:
            return issue.column or ""
        if column == self.VALUE:
            if issue.value is None:
                return ""
            limit = TOOLTIP_LIMIT if role == Qt.ItemDataRole.ToolTipRole else 60
            return cell_text(issue.value, limit)
        return issue_text(issue)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Kind"),
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Value"),
            self.tr("Problem"),
        )
        return titles[section] if 0 <= section < len(titles) else None
