"""Which rows of the sheet the preview lists, and their problems; built on the worker thread.

For 100,000 rows this is a pass over every row; doing it with the preview keeps the GUI thread free.
"""

from __future__ import annotations

from dataclasses import dataclass

from debtordesk.importing.model import Issue, Severity, SheetData


@dataclass(frozen=True)
class RowIndex:
    #: positions in sheet.rows of the data rows (blank rows left out), in file order
    rows: list[int]
    #: the positions of rows with any problem, and of rows in error
    with_problems: list[int]
    in_error: list[int]
    #: spreadsheet row number -> the problems of that row
    issues: dict[int, list[Issue]]


def index_rows(sheet: SheetData, header_index: int | None, issues: tuple[Issue, ...]) -> RowIndex:
    by_row: dict[int, list[Issue]] = {}
    for issue in issues:
        if issue.row is not None:
            by_row.setdefault(issue.row, []).append(issue)
    first = 0 if header_index is None else header_index + 1
    rows = [
        i
        for i in range(first, len(sheet.rows))
        if sheet.row_number(i) in by_row or any(cell not in (None, "") for cell in sheet.rows[i])
    ]
    with_problems = [i for i in rows if sheet.row_number(i) in by_row]
    in_error = [
        i
        for i in with_problems
        if any(issue.severity is Severity.ERROR for issue in by_row[sheet.row_number(i)])
    ]
    return RowIndex(rows, with_problems, in_error, by_row)
