"""Fields that some files spread over two or three columns, put together before the row pass.

- The amount from separate debit and credit columns: ledgers (Twinfield, SnelStart, an export of a
  general-ledger account) list an invoice under "Debet" and a credit note under "Credit". The amount
  is debit minus credit, so a credit note comes out negative as it would in a single amount column.
- The customer's name from its parts: lists of consumers (childcare, housing, sports clubs) keep
  "Voornaam", "Tussenvoegsel" and "Achternaam" apart. "Jan" + "de" + "Vries" reads "Jan de Vries".

Only when the file has no column for the whole field: a mapped amount or name column wins, and the
parts are then left alone. The combined value goes into a column of its own added to the table, named
after its parts ("Debet − Credit"), so every later step (and every message about a row) works as for
a file that had that column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from debtordesk.domain.enums import ImportKind
from debtordesk.importing import columns as col
from debtordesk.importing.cells import cell_text
from debtordesk.importing.issues import Bad
from debtordesk.importing.model import Cell, Field
from debtordesk.importing.table import Table

AMOUNT_PARTS = (Field.DEBIT, Field.CREDIT)
NAME_PARTS = (Field.FIRST_NAME, Field.NAME_PREFIX, Field.LAST_NAME)

_Amount = tuple[Decimal, str | None, Decimal | None]


def derived_fields(kind: ImportKind, positions: Mapping[Field, int]) -> tuple[Field, ...]:
    """The fields this file gives in parts only: the amount, the customer's name, or both."""
    found: list[Field] = []
    if (
        kind is not ImportKind.CUSTOMERS
        and Field.AMOUNT not in positions
        and any(part in positions for part in AMOUNT_PARTS)
    ):
        found.append(Field.AMOUNT)
    if Field.CUSTOMER_NAME not in positions and (
        Field.FIRST_NAME in positions or Field.LAST_NAME in positions
    ):
        found.append(Field.CUSTOMER_NAME)
    return tuple(found)


def with_stand_ins(kind: ImportKind, positions: Mapping[Field, int]) -> dict[Field, int]:
    """``positions`` with each derived field pointing at one of its parts: enough to tell whether a
    required field is there (see preview._require)."""
    result = dict(positions)
    for derived in derived_fields(kind, positions):
        parts = AMOUNT_PARTS if derived is Field.AMOUNT else NAME_PARTS
        result[derived] = next(positions[p] for p in parts if p in positions)
    return result


def with_derived(table: Table, fields: Sequence[Field], marks: Mapping[Field, str]) -> Table:
    """``table`` with a column added for each of ``fields`` (from :func:`derived_fields`).

    ``marks``: the decimal mark of each amount column (see invoices.decide_formats).
    """
    if not fields:
        return table
    added: list[list[Cell]] = []
    parts: tuple[Field, ...]
    headers = list(table.headers)
    positions = dict(table.positions)
    for derived in fields:
        if derived is Field.AMOUNT:
            column = _amounts(table, marks)
            parts = AMOUNT_PARTS
        else:
            column = _names(table)
            parts = NAME_PARTS
        positions[derived] = len(headers)
        headers.append(_joined_header(table, parts, " − " if derived is Field.AMOUNT else " + "))
        added.append(column)
    width = len(table.headers)
    rows = [
        [*(row if len(row) == width else row[:width]), *extra]
        for row, extra in zip(table.rows, zip(*added, strict=True), strict=True)
    ]
    return Table(rows, tuple(headers), positions, table.first_number, table.date1904)


def _joined_header(table: Table, parts: Sequence[Field], separator: str) -> str:
    return separator.join(h for h in (table.header(p) for p in parts) if h)


def _amounts(table: Table, marks: Mapping[Field, str]) -> list[Cell]:
    """Debit minus credit per row. A cell that is not an amount is passed on as written, so the row
    pass refuses the row with that value; a row with neither is None (no amount)."""
    raw_debits, raw_credits = table.cells(Field.DEBIT), table.cells(Field.CREDIT)
    debits = col.amount_column(raw_debits, marks.get(Field.DEBIT, ","))
    credits = col.amount_column(raw_credits, marks.get(Field.CREDIT, ","))
    column: list[Cell] = []
    for debit, credit, raw_debit, raw_credit in zip(
        debits, credits, raw_debits, raw_credits, strict=True
    ):
        if debit.__class__ is Bad:
            column.append(cell_text(raw_debit))
        elif credit.__class__ is Bad:
            column.append(cell_text(raw_credit))
        elif debit is None and credit is None:
            column.append(None)
        else:
            column.append(_exact(debit) - _exact(credit))
    return column


def _exact(value: _Amount | Bad | None) -> Decimal:
    """The amount as written (unrounded, so the row pass can say it rounded it); 0 when blank."""
    if value is None or value.__class__ is Bad:
        return Decimal(0)
    assert isinstance(value, tuple)
    return value[2] if value[2] is not None else value[0]


def _names(table: Table) -> list[Cell]:
    """First name, tussenvoegsel and last name joined by single spaces; None when all are blank."""
    columns = [table.cells(part) for part in NAME_PARTS]
    names: list[Cell] = []
    for cells in zip(*columns, strict=True):
        words = [" ".join(text.split()) for text in map(cell_text, cells) if text and text.strip()]
        names.append(" ".join(words) if words else None)
    return names
