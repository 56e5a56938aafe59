"""From a sheet and a column mapping to the validated preview a commit works from."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from debtordesk.domain.enums import ImportKind
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.progress import NullProgress, Progress
from debtordesk.importing.bulk import gc_paused
from debtordesk.importing.cells import is_blank
from debtordesk.importing.customer_rows import read_customer_rows
from debtordesk.importing.customers import CustomerCollector
from debtordesk.importing.derived import derived_fields, with_derived, with_stand_ins
from debtordesk.importing.files import inspect_file
from debtordesk.importing.invoices import (
    decide_formats,
    read_invoice_rows,
    settle_duplicates,
    warn_assumed_date_order,
)
from debtordesk.importing.issues import IssueLog
from debtordesk.importing.mapping import (
    auto_map,
    detect_header,
    headers_for,
    looks_like_bank_statement,
    required_fields,
    resolve_mapping,
)
from debtordesk.importing.model import (
    Field,
    FileInfo,
    ImportPreview,
    InvoiceData,
    ParseOptions,
    SheetData,
    amount_from_open,
)
from debtordesk.importing.readers import read_sheet
from debtordesk.importing.table import Table

#: data rows handed to auto_map to settle ambiguous column names by their content
SAMPLE_ROWS = 50
#: the order in which missing columns are reported
_MISSING_ORDER = (
    Field.INVOICE_NUMBER,
    Field.AMOUNT,
    Field.CUSTOMER_NUMBER,
    Field.DUE_DATE,
    Field.PAID_DATE,
)
#: fields of invoice files that another column can stand in for (see required_fields)
_STAND_INS: dict[ImportKind, dict[Field, Field]] = {
    ImportKind.OPEN_ITEMS: {
        Field.AMOUNT: Field.OPEN_AMOUNT,
        Field.CUSTOMER_NUMBER: Field.CUSTOMER_NAME,
        Field.DUE_DATE: Field.INVOICE_DATE,
    },
    ImportKind.HISTORY: {
        Field.CUSTOMER_NUMBER: Field.CUSTOMER_NAME,
        Field.DUE_DATE: Field.INVOICE_DATE,
    },
}
#: the refusal of a missing field that has a stand-in names both (import.missing_column.<code>)
_MISSING_CODES = {
    (ImportKind.OPEN_ITEMS, Field.AMOUNT): "amount_or_open",
    (ImportKind.OPEN_ITEMS, Field.CUSTOMER_NUMBER): "customer",
    (ImportKind.HISTORY, Field.CUSTOMER_NUMBER): "customer",
}


def build_preview(  # noqa: PLR0917 - the step-by-step API the import wizard calls
    info: FileInfo,
    sheet: SheetData,
    header_index: int | None,
    mapping: Mapping[Field, str],
    options: ParseOptions,
    progress: Progress | None = None,
) -> ImportPreview:
    """Validate every row. Bad rows become issues; only a file that cannot be used raises UserError."""
    with gc_paused():
        return _build(info, sheet, header_index, mapping, options, progress or NullProgress())


def _build(  # noqa: PLR0917 - the arguments of build_preview, passed on
    info: FileInfo,
    sheet: SheetData,
    header_index: int | None,
    mapping: Mapping[Field, str],
    options: ParseOptions,
    progress: Progress,
) -> ImportPreview:
    progress.set_status(Message("import.status_checking", {"file": info.name}))
    kind = options.kind
    if header_index is not None and not 0 <= header_index < len(sheet.rows):
        raise UserError(
            "import.header_row_out_of_range",
            row=sheet.row_number(header_index),
            rows=len(sheet.rows),
        )
    if not any(not all(map(is_blank, row)) for row in sheet.rows):
        raise UserError("import.sheet_empty", file=info.name, sheet=sheet.name or info.name)
    headers = headers_for(sheet, header_index)
    positions, unknown = resolve_mapping(mapping, headers)
    if unknown:
        field, column = unknown[0]
        raise UserError(
            "import.mapping_unknown_column",
            field=field.value,
            column=column,
            headers=_listed(headers),
        )
    _require(kind, with_stand_ins(kind, positions), headers, info)
    table_positions = dict(positions)
    if amount_from_open(kind, positions):
        # one column read as both: the row pass reports its problems once, as the amount's
        table_positions[Field.AMOUNT] = positions[Field.OPEN_AMOUNT]
    table = Table.below_header(sheet, header_index, headers, table_positions)
    if not table.has_data():
        raise UserError("import.no_data_rows", file=info.name)

    log = IssueLog()
    marks, orders = decide_formats(table, options)
    warn_assumed_date_order(table, options, log)
    derived = derived_fields(kind, table_positions)
    if derived:  # the file's own mapping (positions, headers) stays what the preview reports
        table = with_derived(table, derived, marks)
    collector = CustomerCollector(table, options, orders.get(Field.MANDATE_DATE, "dmy"), log)
    if kind is ImportKind.CUSTOMERS:
        keys, indexes, rows_read, rejected_rows = read_customer_rows(table, log, progress)
        by_name: set[str] = set()
        invoices: tuple[InvoiceData, ...] = ()
        rejected_numbers: frozenset[str] = frozenset()
    else:
        derived_positions = {**positions, **{f: table.positions[f] for f in derived}}
        _derivation_warnings(kind, derived_positions, table.headers, options, log)
        result = read_invoice_rows(table, options, (marks, orders), log, progress)
        settle_duplicates(result, log)
        keys = [invoice.customer_key for invoice in result.invoices]
        indexes, by_name = result.indexes, result.by_name
        rows_read, rejected_rows = result.rows_read, result.rejected_rows
        invoices = tuple(result.invoices)
        rejected_numbers = frozenset(result.rejected_numbers)
    if rows_read == 0:
        raise UserError("import.no_data_rows", file=info.name)
    customers = collector.collect(keys, indexes, by_name)
    return ImportPreview(
        kind=kind,
        file=info,
        sheet=sheet.name,
        header_row=None if header_index is None else sheet.row_number(header_index),
        headers=headers,
        mapping={field: headers[position] for field, position in positions.items()},
        invoices=invoices,
        customers=customers,
        issues=log.finish(),
        rejected_rows=tuple(sorted(set(rejected_rows))),
        rejected_numbers=rejected_numbers,
        rows_read=rows_read,
        options=options,
    )


def load_preview(
    path: Path,
    *,
    kind: ImportKind,
    options: ParseOptions,
    sheet: str | None = None,
    header_row: int | None = None,
    mapping: Mapping[Field, str] | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Inspect, read, find the header (unless ``header_row`` gives its spreadsheet row number; 0 means
    the file has no header), map the columns automatically with ``mapping`` on top, and validate.
    """
    with gc_paused():
        return _load(Path(path), kind, options, sheet, header_row, mapping, progress)


def _load(  # noqa: PLR0917 - the arguments of load_preview, passed on
    path: Path,
    kind: ImportKind,
    options: ParseOptions,
    sheet: str | None,
    header_row: int | None,
    mapping: Mapping[Field, str] | None,
    progress: Progress | None,
) -> ImportPreview:
    options = replace(options, kind=kind)
    info = inspect_file(path)
    data = read_sheet(info, sheet)
    if header_row is None:
        index = detect_header(data, kind).index
    elif header_row == 0:
        index = None
    elif data.first_row_number <= header_row < data.first_row_number + len(data.rows):
        index = header_row - data.first_row_number
    else:
        raise UserError("import.header_row_out_of_range", row=header_row, rows=len(data.rows))
    headers = headers_for(data, index)
    start = 0 if index is None else index + 1
    automatic = auto_map(headers, kind, sample=data.rows[start : start + SAMPLE_ROWS])
    return build_preview(
        info, data, index, merge_mapping(automatic, mapping or {}, headers), options, progress
    )


def merge_mapping(
    automatic: Mapping[Field, str], given: Mapping[Field, str], headers: Sequence[str]
) -> dict[Field, str]:
    """The automatic mapping with the given one on top; a column the clerk gave to a field is taken
    away from the field the automatic mapping gave it to.
    """
    given_positions, _ = resolve_mapping(given, headers)
    claimed = set(given_positions.values())
    automatic_positions, _ = resolve_mapping(automatic, headers)
    merged = {
        f: c for f, c in automatic.items() if automatic_positions.get(Field(f)) not in claimed
    }
    merged.update({Field(f): c for f, c in given.items()})
    return merged


def refuse_bank_statement(file_name: str, headers: Sequence[str]) -> None:
    """Raise import.bank_statement when the column names are a bank statement's: the import command
    (through :func:`build_preview`) and the import wizard's columns page refuse it alike."""
    if looks_like_bank_statement(headers):
        raise UserError("import.bank_statement", file=file_name, headers=_listed(headers))


def _require(
    kind: ImportKind, positions: Mapping[Field, int], headers: Sequence[str], info: FileInfo
) -> None:
    refuse_bank_statement(info.name, headers)
    missing = set(required_fields(kind)) - positions.keys()
    if kind is not ImportKind.CUSTOMERS:
        for field, stand_in in _STAND_INS[kind].items():
            if field not in positions and stand_in not in positions:
                missing.add(field)
    if not missing:
        return
    field = next(f for f in _MISSING_ORDER if f in missing)
    if field is Field.INVOICE_NUMBER and looks_like_bank_statement(headers, loosely=True):
        # a bank statement with English column names (Date, Label, Amount, Balance, Partner Name)
        raise UserError("import.bank_statement", file=info.name, headers=_listed(headers))
    code = _MISSING_CODES.get((kind, field), field.value)
    raise UserError(
        f"import.missing_column.{code}", file=info.name, field=field.value, headers=_listed(headers)
    )


def _derivation_warnings(
    kind: ImportKind,
    positions: Mapping[Field, int],
    headers: Sequence[str],
    options: ParseOptions,
    log: IssueLog,
) -> None:
    """One warning per column the file lacks and that is derived for every row."""
    if Field.DUE_DATE not in positions:
        log.warning("import.due_date_derived_all", days=options.payment_term_days)
    if amount_from_open(kind, positions):
        log.warning("import.amount_from_open_all", column=headers[positions[Field.OPEN_AMOUNT]])
    if kind is ImportKind.OPEN_ITEMS and Field.OPEN_AMOUNT not in positions:
        if Field.PAID_AMOUNT in positions:
            log.warning("import.open_amount_from_paid_all")
        else:
            log.warning("import.open_amount_derived_all")
    if Field.CUSTOMER_NUMBER not in positions:
        log.warning("import.customers_keyed_by_name_all")


def _listed(headers: Sequence[str], limit: int = 40) -> str:
    shown = ", ".join(f"'{h}'" for h in headers[:limit])
    if len(headers) > limit:
        shown += f", … (+{len(headers) - limit})"
    return shown or "—"
