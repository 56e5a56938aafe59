"""One pass over the rows of an invoice file: each row becomes an invoice or errors that reject it.

The columns were converted beforehand (:mod:`debtordesk.importing.invoice_columns`), so the pass only
picks values, derives what the file leaves out, and checks how the values of a row fit together.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from debtordesk.domain.enums import PaymentMethod
from debtordesk.domain.messages import MessageParam
from debtordesk.domain.progress import Progress, check_cancel
from debtordesk.importing import columns as col
from debtordesk.importing.cells import is_blank
from debtordesk.importing.invoice_columns import Amount, InvoiceColumns, RowsRead
from debtordesk.importing.issues import Bad
from debtordesk.importing.model import Field
from debtordesk.importing.plain_rows import new_invoice, read_plain_rows
from debtordesk.importing.synonyms import TOTAL_WORDS

#: longest description kept; longer text is cut with a warning
DESCRIPTION_LIMIT = 1000
#: longest reference the database keeps
REFERENCE_LIMIT = 140
#: rows between two progress reports (and cancel checks)
PROGRESS_EVERY = 1000

_ZERO = Decimal("0.00")


class InvoiceRows(InvoiceColumns):
    """Reads the rows of the table into a :class:`RowsRead`."""

    def read(self, progress: Progress) -> RowsRead:
        n = len(self.table.rows)
        step = 0
        while step < n:
            progress.set_progress(step, n)
            check_cancel(progress)
            end = min(step + PROGRESS_EVERY, n)
            if self.plain:
                read_plain_rows(self, step, end)
            else:
                for index in range(step, end):
                    self.read_row(index)
            step = end
        progress.set_progress(n, n)
        self._summaries()
        return self.result

    # ------------------------------------------------------------------ one row

    def read_row(self, i: int) -> None:
        row = self.table.first_number + i
        number = self.numbers[i]
        if number is None or number is col.TOTAL:
            self._row_without_number(i, row, number is col.TOTAL)
            return
        result = self.result
        result.rows_read += 1
        self.failed = self.keyed_by_name = False
        if number.__class__ is Bad:
            self._error(number.code, row, Field.INVOICE_NUMBER, i, **number.params)
        amount = self.amounts[i]
        if amount.__class__ is not tuple or amount[2] is not None:
            amount = self._amount(i, row)
        invoice_date = self._date(self.invoice_dates[i], i, row, Field.INVOICE_DATE)
        due = self.due_dates[i]
        if due.__class__ is not date or (invoice_date is not None and due < invoice_date):
            due = self._due(i, row, invoice_date)
        open_amount = self._open(i, row, amount)
        storno = paid_date = method = description = reference = None
        currency: str | None = self.options.default_currency
        if self.optional:
            storno = self._date(self.storno_dates[i], i, row, Field.STORNO_DATE)
            paid_date = self._date(self.paid_dates[i], i, row, Field.PAID_DATE)
            if paid_date is None and self.history and not isinstance(self.paid_dates[i], Bad):
                self._fail("import.missing_paid_date", row, Field.PAID_DATE)
            currency = self._currency(i, row, amount)
            method = self._method(i, row)
            description = self._text(
                self.descriptions[i], row, Field.DESCRIPTION, DESCRIPTION_LIMIT
            )
            reference = self._text(self.references[i], row, Field.REFERENCE, REFERENCE_LIMIT)
        elif amount is not None and amount[1] is not None:
            currency = amount[1]
        key = self.customer_numbers[i]
        if key.__class__ is not str or self.names[i].__class__ is Bad:
            key = self._customer(i, row)
        if (
            self.failed
            or number.__class__ is not str
            or amount is None
            or open_amount is None
            or due is None
            or currency is None
            or key is None
        ):
            result.rejected_rows.append(row)
            if number.__class__ is str:
                result.rejected_numbers.add(number)
            return
        if currency != "EUR":
            self.foreign[currency] += 1
            self.foreign_first.setdefault(currency, row)
        position = len(result.invoices)
        if self.keyed_by_name:
            result.by_name.add(key)
            if self.table.has(Field.CUSTOMER_NUMBER):
                self.named_only.append(position)
        first = result.first.setdefault((number, due), position)
        if first != position:
            result.repeats.append((first, position))
        # positional: InvoiceData's field order (a frozen dataclass is slow to build by keyword)
        result.invoices.append(
            new_invoice(
                row,
                number,
                key,
                due,
                amount[0],
                open_amount,
                currency,
                invoice_date,
                method,
                description,
                reference,
                storno,
                paid_date,
            )
        )
        result.indexes.append(i)

    def _row_without_number(self, i: int, row: int, total: bool) -> None:
        """Blank rows pass silently; totals rows with a warning; anything else lacks its number."""
        cells = self.table.rows[i]
        if all(map(is_blank, cells)):
            return
        if (
            total
            or any(isinstance(c, str) and TOTAL_WORDS.match(c) for c in cells)
            or (
                self.amounts[i] is not None
                and self.customer_numbers[i] is None
                and self.names[i] is None
            )
        ):
            self.log.warning("import.total_row_skipped", row=row, row_number=row)
            return
        self.result.rows_read += 1
        self.log.error(
            "import.missing_invoice_number", row=row, column=self.table.header(Field.INVOICE_NUMBER)
        )
        self.result.rejected_rows.append(row)

    # ------------------------------------------------------------------ values of the row

    def _amount(self, i: int, row: int) -> Amount | None:
        amount = self.amounts[i]
        if amount.__class__ is tuple:
            if amount[2] is not None:
                self._rounded(Field.AMOUNT, i, row, amount[0])
            return amount
        if amount is None:
            self._fail("import.missing_amount", row, Field.AMOUNT)
        elif isinstance(amount, Bad):
            self._error(amount.code, row, Field.AMOUNT, i)
        return None

    def _date(self, value: date | Bad | None, i: int, row: int, field: Field) -> date | None:
        if isinstance(value, Bad):
            self._error(value.code, row, field, i)
            return None
        return value

    def _due(self, i: int, row: int, invoice_date: date | None) -> date | None:
        due = self.due_dates[i]
        if isinstance(due, Bad):
            self._error(due.code, row, Field.DUE_DATE, i)
            return None
        if due is not None:
            if invoice_date is not None and due < invoice_date:
                self.log.warning(
                    "import.due_before_invoice_date",
                    row=row,
                    column=self.table.header(Field.DUE_DATE),
                )
            return due
        if invoice_date is not None:
            if self.table.has(Field.DUE_DATE):
                self.log.warning(
                    "import.due_date_derived",
                    row=row,
                    column=self.table.header(Field.DUE_DATE),
                    days=self.options.payment_term_days,
                )
            return invoice_date + self.term
        if not isinstance(self.invoice_dates[i], Bad):
            self._fail("import.missing_due_date", row, Field.DUE_DATE)
        return None

    def _open(self, i: int, row: int, amount: Amount | None) -> Decimal | None:
        """The open amount: from its column, or the amount less what was paid, or the whole amount."""
        if self.open_is_amount and not self.history:
            # one column read as both (a list of what is open): checked and reported as the amount
            return None if amount is None else amount[0]
        opened = self.opens[i]
        if isinstance(opened, Bad):
            self._error(opened.code, row, Field.OPEN_AMOUNT, i)
            return None
        if self.history:
            if opened is not None and opened[0]:
                self._error("import.history_still_open", row, Field.OPEN_AMOUNT, i)
            return _ZERO
        if amount is None:
            return None
        if opened is not None:
            if opened[2] is not None:
                self._rounded(Field.OPEN_AMOUNT, i, row, opened[0])
            value = opened[0]
        elif self.table.has(Field.OPEN_AMOUNT):
            self.log.warning(
                "import.open_amount_derived", row=row, column=self.table.header(Field.OPEN_AMOUNT)
            )
            value = amount[0]
        else:
            paid = self.paids[i]
            if isinstance(paid, Bad):
                self._error(paid.code, row, Field.PAID_AMOUNT, i)
                return None
            value = amount[0] - paid[0] if paid is not None else amount[0]
        total = amount[0]
        if (total > 0 > value) or (total < 0 < value):
            self._open_error("import.open_amount_sign", row, total, value)
            return None
        if abs(value) > abs(total):
            self._open_error("import.open_amount_too_large", row, total, value)
            return None
        return value

    def _currency(self, i: int, row: int, amount: Amount | None) -> str | None:
        currency = self.currencies[i]
        named = amount[1] if amount is not None else None
        if isinstance(currency, Bad):
            self._error(currency.code, row, Field.CURRENCY, i)
            return None
        if currency is None:
            return named or self.options.default_currency
        if named is not None and named != currency:
            self._error("import.currency_mismatch", row, Field.CURRENCY, i, amount_currency=named)
            return None
        return currency

    def _customer(self, i: int, row: int) -> str | None:
        """The customer's number, or the search form of its name when the row has no number."""
        number = self.customer_numbers[i]
        name = self.names[i]
        if isinstance(name, Bad):
            self._error(name.code, row, Field.CUSTOMER_NAME, i, **name.params)
            return None
        if number.__class__ is str:
            return number
        if isinstance(number, Bad):
            self._error(number.code, row, Field.CUSTOMER_NUMBER, i, **number.params)
            return None
        if name is not None:
            self.keyed_by_name = True
            return col.name_key(name)
        column = self.table.header(Field.CUSTOMER_NUMBER) or self.table.header(Field.CUSTOMER_NAME)
        self.failed = True
        self.log.error("import.missing_customer", row=row, column=column)
        return None

    def _method(self, i: int, row: int) -> PaymentMethod | None:
        method = self.methods[i]
        if isinstance(method, Bad):
            text = self.table.text(Field.PAYMENT_METHOD, i) or ""
            self.unknown_methods.setdefault(text, []).append(row)
            return None
        return method

    def _text(self, text: str | None, row: int, field: Field, limit: int) -> str | None:
        if text is None or len(text) <= limit:
            return text
        self.log.warning(
            "import.text_truncated",
            row=row,
            column=self.table.header(field),
            value=text,
            limit=limit,
        )
        return text[:limit]

    # ------------------------------------------------------------------ reporting

    def _fail(self, code: str, row: int, field: Field) -> None:
        self.failed = True
        self.log.error(code, row=row, column=self.table.header(field))

    def _error(self, code: str, row: int, field: Field, i: int, **params: MessageParam) -> None:
        self.failed = True
        self.log.error(
            code,
            row=row,
            column=self.table.header(field),
            value=self.table.text(field, i),
            **params,
        )

    def _rounded(self, field: Field, i: int, row: int, rounded: Decimal) -> None:
        self.log.warning(
            "import.amount_rounded",
            row=row,
            column=self.table.header(field),
            value=self.table.text(field, i),
            rounded=rounded,
        )

    def _open_error(self, code: str, row: int, amount: Decimal, open_amount: Decimal) -> None:
        self.failed = True
        column = self.table.header(Field.OPEN_AMOUNT) or self.table.header(Field.PAID_AMOUNT)
        self.log.error(code, row=row, column=column, amount=amount, open=open_amount)

    def _summaries(self) -> None:
        """One warning per unknown payment method and per foreign currency, not one per row."""
        for text, rows in self.unknown_methods.items():
            self.log.warning(
                "import.unknown_payment_method",
                row=rows[0],
                column=self.table.header(Field.PAYMENT_METHOD),
                value=text,
                count=len(rows),
            )
        for currency, count in self.foreign.items():
            self.log.warning(
                "import.foreign_currency",
                row=self.foreign_first[currency],
                first_row=self.foreign_first[currency],
                currency=currency,
                count=count,
            )
