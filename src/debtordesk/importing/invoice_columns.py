"""The columns of an invoice file, each converted once, and the record of what the row pass found."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from debtordesk.domain.enums import ImportKind
from debtordesk.importing import columns as col
from debtordesk.importing import vocab
from debtordesk.importing.dates import ORDERS
from debtordesk.importing.issues import Bad, IssueLog
from debtordesk.importing.model import Cell, Field, InvoiceData, ParseOptions
from debtordesk.importing.table import Table

Amount = tuple[Decimal, str | None, Decimal | None]


@dataclass
class RowsRead:
    """What the row pass found: valid invoices and the rows it turned away."""

    invoices: list[InvoiceData] = field(default_factory=list)
    #: data index of each invoice (its position in Table.rows)
    indexes: list[int] = field(default_factory=list)
    #: customer keys that are normalised names, not numbers
    by_name: set[str] = field(default_factory=set)
    rejected_rows: list[int] = field(default_factory=list)
    rejected_numbers: set[str] = field(default_factory=set)
    rows_read: int = 0
    #: the first invoice (position) of each key (number, due date)
    first: dict[tuple[str, date], int] = field(default_factory=dict)
    #: (first position, repeat position) for every key that occurs more than once
    repeats: list[tuple[int, int]] = field(default_factory=list)


class InvoiceColumns:
    """Every invoice and customer-key column of the table, converted, and what the pass collects."""

    def __init__(
        self,
        table: Table,
        options: ParseOptions,
        formats: tuple[dict[Field, str], dict[Field, str]],
        log: IssueLog,
    ) -> None:
        marks, orders = formats
        cells = table.cells
        self.table, self.options, self.log = table, options, log
        self.history = options.kind is ImportKind.HISTORY
        self.term = timedelta(days=options.payment_term_days)
        self.numbers = col.number_column(cells(Field.INVOICE_NUMBER))
        shared: dict[str, dict[Cell, Amount | Bad | None]] = {",": {}, ".": {}}
        self.amounts, self.opens, self.paids = (
            col.amount_column(cells(f), marks.get(f, ","), shared[marks.get(f, ",")])
            for f in (Field.AMOUNT, Field.OPEN_AMOUNT, Field.PAID_AMOUNT)
        )
        chosen = options.date_order in ORDERS  # the clerk's order, not one decided per file
        self.invoice_dates, self.due_dates, self.storno_dates, self.paid_dates = (
            col.date_column(cells(f), orders.get(f, "dmy"), table.date1904, chosen=chosen)
            for f in (Field.INVOICE_DATE, Field.DUE_DATE, Field.STORNO_DATE, Field.PAID_DATE)
        )
        self.customer_numbers = col.number_column(cells(Field.CUSTOMER_NUMBER), totals=False)
        self.names = col.name_column(cells(Field.CUSTOMER_NAME))
        self.currencies = col.currency_column(cells(Field.CURRENCY))
        self.methods = col.vocabulary_column(cells(Field.PAYMENT_METHOD), vocab.payment_method)
        self.descriptions = col.text_column(cells(Field.DESCRIPTION))
        self.references = col.text_column(cells(Field.REFERENCE))
        #: columns most open-items files lack: skipped per row when none of them is mapped
        self.optional = self.history or any(
            table.has(f)
            for f in (
                Field.STORNO_DATE,
                Field.PAID_DATE,
                Field.CURRENCY,
                Field.PAYMENT_METHOD,
                Field.DESCRIPTION,
                Field.REFERENCE,
            )
        )
        self.has_open = table.has(Field.OPEN_AMOUNT)
        #: the amount and the open amount are one column (see ImportPreview.amount_from_open)
        self.open_is_amount = (
            self.has_open
            and table.positions.get(Field.AMOUNT) == table.positions[Field.OPEN_AMOUNT]
        )
        #: a file of the usual columns only, in euros, with customer numbers: most rows are plain
        self.plain = (
            not self.optional
            and options.default_currency == "EUR"
            and table.has(Field.CUSTOMER_NUMBER)
            and (self.has_open or not table.has(Field.PAID_AMOUNT))
        )
        self.result = RowsRead()
        self.foreign: Counter[str] = Counter()
        self.foreign_first: dict[str, int] = {}
        self.unknown_methods: dict[str, list[int]] = {}
        #: positions (in result.invoices) of invoices keyed by name although the file has numbers
        self.named_only: list[int] = []
        #: the row being read has errors / is keyed by the customer's name
        self.failed = self.keyed_by_name = False
