"""Invoice rows: the formats of the columns, the row pass, and repeated invoice numbers settled."""

from __future__ import annotations

from dataclasses import replace

from debtordesk.domain.progress import Progress
from debtordesk.domain.text import search_key
from debtordesk.importing import columns as col
from debtordesk.importing.invoice_columns import RowsRead
from debtordesk.importing.invoice_rows import InvoiceRows
from debtordesk.importing.issues import IssueLog
from debtordesk.importing.model import Field, InvoiceData, ParseOptions
from debtordesk.importing.table import Table

_AMOUNT_FIELDS = (Field.AMOUNT, Field.OPEN_AMOUNT, Field.PAID_AMOUNT, Field.DEBIT, Field.CREDIT)
_DATE_FIELDS = (
    Field.INVOICE_DATE,
    Field.DUE_DATE,
    Field.STORNO_DATE,
    Field.PAID_DATE,
    Field.MANDATE_DATE,
)


def decide_formats(
    table: Table, options: ParseOptions
) -> tuple[dict[Field, str], dict[Field, str]]:
    """The decimal mark of every amount column and the day/month order of every date column."""
    amounts = [f for f in _AMOUNT_FIELDS if table.has(f)]
    _, marks = col.decimal_mark_for([table.cells(f) for f in amounts], options.decimal_mark)
    dates = [f for f in _DATE_FIELDS if table.has(f)]
    orders = col.date_order_for([table.cells(f) for f in dates], options.date_order)
    return (
        {f: marks[i] for i, f in enumerate(amounts)},
        {f: orders[i] for i, f in enumerate(dates)},
    )


def warn_assumed_date_order(table: Table, options: ParseOptions, log: IssueLog) -> None:
    """One warning for the file when its slash dates could all be day or month first and were read
    day first without proof (no setting chooses month first; the warning says what to do)."""
    if options.date_order != "auto":
        return
    dates = [f for f in _DATE_FIELDS if table.has(f)]
    found = col.unproven_day_first([table.cells(f) for f in dates])
    if found is not None:
        position, text, day, month = found
        log.warning(
            "import.date_order_assumed",
            column=table.header(dates[position]),
            value=text,
            day=day,
            month=month,
        )


def read_invoice_rows(
    table: Table,
    options: ParseOptions,
    formats: tuple[dict[Field, str], dict[Field, str]],
    log: IssueLog,
    progress: Progress,
) -> RowsRead:
    """Every data row as an invoice, or as errors that reject it; blank and totals rows skipped.

    ``formats``: the decimal mark of each amount column and the date order of each date column.
    """
    rows = InvoiceRows(table, options, formats, log)
    result = rows.read(progress)
    if rows.named_only:
        _numbers_from_names(table, result, rows.named_only, log)
    return result


def _numbers_from_names(
    table: Table, result: RowsRead, named_only: list[int], log: IssueLog
) -> None:
    """Rows without a customer number take the number other rows give the same name, if just one."""
    numbers: dict[str, set[str]] = {}
    for invoice in result.invoices:
        if invoice.customer_key not in result.by_name:
            index = invoice.row - table.first_number
            name = table.text(Field.CUSTOMER_NAME, index)
            if name:
                numbers.setdefault(search_key(" ".join(name.split())), set()).add(
                    invoice.customer_key
                )
    for position in named_only:
        invoice = result.invoices[position]
        found = numbers.get(invoice.customer_key, set())
        column = table.header(Field.CUSTOMER_NUMBER)
        if len(found) == 1:
            number = next(iter(found))
            result.invoices[position] = replace(invoice, customer_key=number)
            log.warning(
                "import.customer_number_from_name", row=invoice.row, column=column, number=number
            )
        else:
            log.warning("import.customer_keyed_by_name", row=invoice.row, column=column)
    result.by_name = {
        result.invoices[p].customer_key
        for p in named_only
        if result.invoices[p].customer_key in result.by_name
    }


def settle_duplicates(result: RowsRead, log: IssueLog) -> None:
    """Identical repeats are dropped; one number and due date with different contents rejects them all.

    The same number with different due dates is an invoice paid in instalments: each line stays.
    """
    if not result.repeats:
        return
    groups: dict[int, list[int]] = {}
    for first, position in result.repeats:
        groups.setdefault(first, [first]).append(position)
    drop: set[int] = set()
    for positions in groups.values():
        lines = [result.invoices[p] for p in positions]
        number, due = lines[0].number, lines[0].due_date
        base = _contents(lines[0])
        if all(_contents(line) == base for line in lines[1:]):
            for line, position in zip(lines[1:], positions[1:], strict=True):
                log.warning(
                    "import.duplicate_dropped", row=line.row, number=number, first_row=lines[0].row
                )
                drop.add(position)
            continue
        rows = ", ".join(str(line.row) for line in lines)
        for line, position in zip(lines, positions, strict=True):
            log.error(
                "import.duplicate_conflict", row=line.row, number=number, due_date=due, rows=rows
            )
            result.rejected_rows.append(line.row)
            drop.add(position)
        result.rejected_numbers.add(number)
    kept = [p for p in range(len(result.invoices)) if p not in drop]
    result.invoices = [result.invoices[p] for p in kept]
    result.indexes = [result.indexes[p] for p in kept]
    result.rejected_rows.sort()


def _contents(invoice: InvoiceData) -> tuple[object, ...]:
    return (
        invoice.customer_key,
        invoice.amount,
        invoice.open_amount,
        invoice.currency,
        invoice.invoice_date,
        invoice.payment_method,
        invoice.description,
        invoice.reference,
        invoice.storno_date,
        invoice.paid_date,
    )
