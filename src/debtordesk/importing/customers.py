"""Customers as the file describes them: one per key, merged over its rows, contact data checked once.

``CustomerData.values`` only holds what the file says: a column the file lacks, an empty cell, or a value
that was not accepted (an invalid phone number, an unknown language) leaves its key out. A customer's
later rows only matter when they differ from its first; then each differing value is a warning and the
first one is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress
from operator import eq, itemgetter, ne, or_
from typing import Any

from debtordesk.domain.contacts import PhoneKind
from debtordesk.domain.enums import CustomerType, TypeOrigin
from debtordesk.domain.messages import Message
from debtordesk.importing import vocab
from debtordesk.importing.cells import cell_text, shorten
from debtordesk.importing.customer_values import (
    PHONES,
    UNKNOWN_WORD,
    WORDS,
    Cut,
    convert_columns,
)
from debtordesk.importing.issues import Bad, IssueLog
from debtordesk.importing.model import Cell, CustomerData, Field, Issue, ParseOptions, Severity
from debtordesk.importing.table import Table

#: fields that describe the customer (the number is the key, not a value)
CUSTOMER_FIELDS = (
    Field.CUSTOMER_NAME, Field.COUNTRY, Field.CUSTOMER_TYPE, Field.ATTENTION, Field.ADDRESS,
    Field.HOUSE_NUMBER, Field.ADDRESS2, Field.POSTCODE, Field.CITY, Field.EMAIL, Field.PHONE,
    Field.MOBILE, Field.LANDLINE, Field.IBAN, Field.LANGUAGE, Field.SEGMENT, Field.TAGS,
    Field.PREFERRED_CHANNEL, Field.PREFERRED_PAYMENT_DAY, Field.MANDATE_REFERENCE,
    Field.MANDATE_DATE, Field.CLAIM_TYPE, Field.COC_NUMBER, Field.OPT_OUT_SMS,
    Field.OPT_OUT_EMAIL, Field.OPT_OUT_CALL,
)  # fmt: skip
_MOBILE, _LANDLINE = PhoneKind.MOBILE, PhoneKind.LANDLINE
#: the converted phone columns, in the order a mobile number is looked for
_PHONE_ATTRIBUTES = tuple(f.value for f in PHONES)
_ODD = frozenset((Bad, Cut))


class _Customer:
    """One customer while its rows are read; what is rarely needed is made when it is."""

    __slots__ = ("by_name", "key", "problems", "reported", "row", "tags")

    def __init__(self, key: str, by_name: bool, row: int) -> None:
        self.key, self.by_name, self.row = key, by_name, row
        self.tags: dict[str, str] | None = None
        self.problems: list[Issue] | None = None
        self.reported: set[str] | None = None

    def first_time(self, marker: str) -> bool:
        """True the first time this marker is seen for this customer."""
        if self.reported is None:
            self.reported = set()
        if marker in self.reported:
            return False
        self.reported.add(marker)
        return True


class CustomerCollector:
    """Builds the customers of the accepted rows; each distinct cell is converted once."""

    def __init__(
        self, table: Table, options: ParseOptions, mandate_order: str, log: IssueLog
    ) -> None:
        self._table = table
        self._options = options
        self._mandate_order = mandate_order
        self._log = log
        self._fields = [f for f in CUSTOMER_FIELDS if table.has(f)]
        self._raw: list[tuple[Cell, ...]] = []
        #: the converted columns that hold nothing but values and None (their names, and their
        #: values row by row), and those that need a look
        self._clean_names: tuple[str, ...] = ()
        self._clean_rows: list[tuple[Any, ...]] = []
        self._checked: list[tuple[str, Field, list[Any]]] = []
        self._sources: dict[str, Field] = {}
        self._rows: list[int] = []
        self._unknown: dict[tuple[Field, str], list[int]] = {}

    def collect(
        self, keys: list[str], indexes: list[int], by_name: set[str]
    ) -> dict[str, CustomerData]:
        """The customers of the rows ``indexes`` (data indexes into the table), keyed by ``keys``.

        Only the first row of each customer and the later rows that differ from it are read.
        """
        table = self._table
        count = len(keys)
        # each key's first position (of equal keys, the earliest is written last and stays)
        first = dict(zip(reversed(keys), range(count - 1, -1, -1), strict=True))
        starts = list(map(first.__getitem__, keys))
        firsts = map(eq, starts, range(count))
        if self._fields:
            positions = [table.positions[f] for f in self._fields]
            # the first column once more at the end, so that a single column still gives a tuple
            cells: Callable[[list[Cell]], tuple[Cell, ...]] = itemgetter(*positions, positions[0])
            raw = list(map(cells, map(table.rows.__getitem__, indexes)))
            differs = map(ne, raw, map(raw.__getitem__, starts))
            relevant = list(compress(range(count), map(or_, firsts, differs)))
            self._raw = list(map(raw.__getitem__, relevant))
            columns = zip(*self._raw, strict=True) if self._raw else iter(())
            self._sort(
                convert_columns(
                    {f: list(c) for f, c in zip(self._fields, columns, strict=False)},
                    self._options.phone_region,
                    self._mandate_order,
                    table.date1904,
                )
            )
        else:
            relevant = list(compress(range(count), firsts))
        first_number = table.first_number
        self._rows = [first_number + i for i in map(indexes.__getitem__, relevant)]
        relevant_keys = list(map(keys.__getitem__, relevant))
        groups: dict[str, Sequence[int]]
        if len(relevant) == len(first):
            # one row read per customer (its later rows say the same): each group is that row
            groups = dict(zip(relevant_keys, zip(range(len(relevant))), strict=True))
        else:
            groups = {}
            for r, key in enumerate(relevant_keys):
                groups.setdefault(key, []).append(r)  # type: ignore[attr-defined]
        customers = {
            key: self._customer(_Customer(key, key in by_name, self._rows[rs[0]]), rs)
            for key, rs in groups.items()
        }
        for (f, text), (row, count) in self._unknown.items():
            code = WORDS[f][2]
            self._log.warning(code, row=row, column=table.header(f), value=text, count=count)
        return customers

    def _sort(self, converted: dict[str, tuple[Field, list[Any]]]) -> None:
        clean: list[tuple[str, list[Any]]] = []
        for attribute, (source, column) in converted.items():
            self._sources[attribute] = source
            if (
                attribute in _PHONE_ATTRIBUTES
                or attribute == "tags"
                or not _ODD.isdisjoint(map(type, column))
            ):
                self._checked.append((attribute, source, column))
            else:
                clean.append((attribute, column))
        if clean:
            self._clean_names = tuple(attribute for attribute, _ in clean)
            self._clean_rows = list(zip(*(column for _, column in clean), strict=True))

    # ------------------------------------------------------------------ one customer

    def _customer(self, customer: _Customer, rows: Sequence[int]) -> CustomerData:
        values = self._values(customer, rows[0])
        for r in rows[1:]:
            self._merge(customer, values, self._values(customer, r), r)
        name = values.get("name")
        if (
            name
            and "customer_type" not in values
            and self._options.detect_business_from_name
            and vocab.looks_like_business(name)
        ):
            values["customer_type"] = CustomerType.BUSINESS
            values["type_origin"] = TypeOrigin.RULE
        return CustomerData(
            customer.key,
            customer.by_name,
            customer.row,
            values,
            tuple(customer.tags.values()) if customer.tags else (),
            tuple(customer.problems) if customer.problems else (),
        )

    def _values(self, customer: _Customer, r: int) -> dict[str, Any]:
        clean = self._clean_rows[r] if self._clean_rows else ()
        values = dict(zip(self._clean_names, clean, strict=True))
        if None in clean:
            values = {attribute: value for attribute, value in values.items() if value is not None}
        for attribute, source, column in self._checked:
            value = column[r]
            if value is None:
                continue
            kind = value.__class__
            if kind is Bad:
                self._left_out(customer, source, value, r)
                continue
            if kind is Cut:
                self._warn(customer, source, "import.text_truncated", r, limit=value.limit)
                value = value.text
            values[attribute] = value
        if "customer_type" in values:
            values["type_origin"] = TypeOrigin.FILE
        tags = values.pop("tags", None)
        if tags:
            if customer.tags is None:
                customer.tags = {}
            for tag in tags:
                customer.tags.setdefault(tag.casefold(), tag)
        self._sort_phones(customer, values, r)
        return values

    def _sort_phones(self, customer: _Customer, values: dict[str, Any], r: int) -> None:
        """Every number to the slot its kind belongs in: mobile or landline, whatever the column."""
        numbers = [(values.pop(a), self._sources[a]) for a in _PHONE_ATTRIBUTES if a in values]
        if not numbers:
            return
        mobiles = [n for (n, kind), _ in numbers if kind is _MOBILE]
        landlines = [(n, f) for (n, kind), f in reversed(numbers) if kind is _LANDLINE]
        if mobiles:
            values["mobile"] = mobiles[0]
        if landlines:
            values["landline"] = landlines[0][0]
            if any(f is Field.MOBILE for _, f in landlines):
                self._warn(customer, Field.MOBILE, "import.mobile_is_landline", r)

    def _merge(
        self, customer: _Customer, values: dict[str, Any], later: dict[str, Any], r: int
    ) -> None:
        """A later row: fills what the first left open; a different value is a warning, once."""
        for attribute, value in later.items():
            if attribute not in values:
                values[attribute] = value
                continue
            old = values[attribute]
            if (
                old == value
                or attribute == "type_origin"
                or (attribute == "name" and customer.by_name)
            ):
                continue
            if customer.first_time(attribute):
                self._log.warning(
                    "import.customer_conflict",
                    row=self._rows[r],
                    column=self._table.header(self._sources.get(attribute, Field.PHONE)),
                    value=str(value),
                    customer=customer.key,
                    first=shorten(str(old)),
                    first_row=customer.row,
                )

    # ------------------------------------------------------------------ what was left out

    def _text(self, source: Field, r: int) -> str:
        return cell_text(self._raw[r][self._fields.index(source)]) or ""

    def _left_out(self, customer: _Customer, source: Field, bad: Bad, r: int) -> None:
        if bad.code in UNKNOWN_WORD:
            seen = self._unknown.setdefault((source, self._text(source, r)), [self._rows[r], 0])
            seen[1] += 1
        elif bad.code.startswith("contact."):
            self._problem(customer, source, bad.code, r)
        else:
            self._warn(customer, source, bad.code, r, **bad.params)

    def _warn(self, customer: _Customer, source: Field, code: str, r: int, **params: Any) -> None:
        """A warning about this customer's value, once per customer."""
        if customer.first_time(f"{code}:{source}"):
            column = self._table.header(source)
            text = self._text(source, r)
            self._log.warning(code, row=self._rows[r], column=column, value=text, **params)

    def _problem(self, customer: _Customer, source: Field, code: str, r: int) -> None:
        """Contact data that was not accepted: a warning on the customer, once per value."""
        text = self._text(source, r)
        if not customer.first_time(f"{source}:{text}"):
            return
        column = self._table.header(source)
        shown = shorten(text)
        issue = Issue(
            Severity.WARNING,
            Message(code, {"value": shown, "column": column}),
            row=self._rows[r],
            column=column,
            value=shown,
        )
        if customer.problems is None:
            customer.problems = []
        customer.problems.append(issue)
        self._log.extend([issue])
