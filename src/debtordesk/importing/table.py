"""The data rows below the header, their column names, and which column holds which field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import itemgetter

from debtordesk.importing.cells import cell_text, is_blank
from debtordesk.importing.model import Cell, Field, SheetData


@dataclass(frozen=True)
class Table:
    rows: list[list[Cell]]
    headers: tuple[str, ...]
    positions: Mapping[Field, int]
    #: spreadsheet row number of ``rows[0]``
    first_number: int
    date1904: bool = False
    #: columns already taken out of the rows (each is read by more than one step)
    _columns: dict[Field, list[Cell]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def below_header(
        cls,
        sheet: SheetData,
        header_index: int | None,
        headers: tuple[str, ...],
        positions: Mapping[Field, int],
    ) -> Table:
        start = 0 if header_index is None else header_index + 1
        rows = sheet.rows[start:]
        width = len(headers)
        if any(len(row) < width for row in rows):
            rows = [
                row if len(row) >= width else [*row, *[None] * (width - len(row))] for row in rows
            ]
        if sheet.merged:
            rows = _fill_merged(rows, sheet.merged, start)
        return cls(rows, headers, positions, sheet.row_number(start), sheet.date1904)

    def has(self, field: Field) -> bool:
        return field in self.positions

    def cells(self, field: Field) -> list[Cell]:
        """The column of ``field``, one cell per data row (all None when the file lacks it)."""
        column = self._columns.get(field)
        if column is None:
            position = self.positions.get(field)
            if position is None:
                column = [None] * len(self.rows)
            else:
                column = list(map(itemgetter(position), self.rows))
            self._columns[field] = column
        return column

    def header(self, field: Field) -> str | None:
        position = self.positions.get(field)
        return None if position is None else self.headers[position]

    def text(self, field: Field, index: int) -> str | None:
        """The cell's text as the clerk typed it, for a message."""
        position = self.positions.get(field)
        return None if position is None else cell_text(self.rows[index][position])

    def row_number(self, index: int) -> int:
        return self.first_number + index

    def has_data(self) -> bool:
        return any(not all(map(is_blank, row)) for row in self.rows)


def _fill_merged(
    rows: list[list[Cell]], merged: tuple[tuple[int, int, int, int], ...], start: int
) -> list[list[Cell]]:
    """Repeat the value of a cell merged down over several rows into each of them.

    A report that merges a customer's name over its invoice lines means that name on every line. Only
    merges below the header count, and only downwards: a title merged across columns stays one cell.
    """
    rows = list(rows)
    copied: set[int] = set()
    for first_row, first_col, last_row, last_col in merged:
        if first_row < start or last_row == first_row:
            continue
        top = first_row - start
        for column in range(first_col, last_col + 1):
            if top >= len(rows) or column >= len(rows[top]):
                continue
            value = rows[top][column]
            for index in range(top + 1, min(last_row - start + 1, len(rows))):
                if index not in copied:
                    rows[index] = list(rows[index])
                    copied.add(index)
                if column < len(rows[index]) and is_blank(rows[index][column]):
                    rows[index][column] = value
    return rows
