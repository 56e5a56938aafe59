"""A customer master file: one customer per row, keyed by its number."""

from __future__ import annotations

from debtordesk.domain.progress import Progress, check_cancel
from debtordesk.importing import columns as col
from debtordesk.importing.cells import is_blank
from debtordesk.importing.issues import Bad, IssueLog
from debtordesk.importing.model import Field
from debtordesk.importing.synonyms import TOTAL_WORDS
from debtordesk.importing.table import Table


def read_customer_rows(
    table: Table, log: IssueLog, progress: Progress
) -> tuple[list[str], list[int], int, list[int]]:
    """A customer file: one customer per row, keyed by number.

    Returns the key and data index of every accepted row, the number of rows read, and the rows rejected.
    """
    numbers = col.number_column(table.cells(Field.CUSTOMER_NUMBER))
    names = (
        col.name_column(table.cells(Field.CUSTOMER_NAME))
        if table.has(Field.CUSTOMER_NAME)
        else None
    )
    header = table.header(Field.CUSTOMER_NUMBER)
    n = len(table.rows)
    rows_read = 0
    rejected: list[int] = []
    keys: list[str] = []
    indexes: list[int] = []
    for i in range(n):
        if i % 1000 == 0:
            progress.set_progress(i, n)
            check_cancel(progress)
        row = table.first_number + i
        number = numbers[i]
        if number is None or number is col.TOTAL:
            cells = table.rows[i]
            if all(map(is_blank, cells)):
                continue
            if number is col.TOTAL or any(
                isinstance(c, str) and TOTAL_WORDS.match(c) for c in cells
            ):
                log.warning("import.total_row_skipped", row=row, row_number=row)
                continue
            rows_read += 1
            log.error("import.missing_customer_number", row=row, column=header)
            rejected.append(row)
            continue
        rows_read += 1
        name = names[i] if names is not None else None
        if isinstance(number, Bad) or isinstance(name, Bad):
            bad, f = (
                (number, Field.CUSTOMER_NUMBER)
                if isinstance(number, Bad)
                else (name, Field.CUSTOMER_NAME)
            )
            assert isinstance(bad, Bad)
            log.error(
                bad.code, row=row, column=table.header(f), value=table.text(f, i), **bad.params
            )
            rejected.append(row)
            continue
        assert isinstance(number, str)
        keys.append(number)
        indexes.append(i)
    progress.set_progress(n, n)
    return keys, indexes, rows_read, rejected
