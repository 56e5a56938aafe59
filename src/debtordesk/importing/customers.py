"""Customers as the file describes them: one per key, merged over its rows, contact data checked once.

``CustomerData.values`` only holds what the file says: a column the file lacks, an empty cell, or a value
that was not accepted (an invalid phone number, an unknown language) leaves its key out. A customer's
later rows only matter when they differ from its first; then each differing value is a warning and the
first one is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
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
    Field.CUSTOMER_NAME,
    Field.COUNTRY,
    Field.CUSTOMER_TYPE,
    Field.ATTENTION,
    Field.ADDRESS,
    Field.HOUSE_NUMBER,
    Field.ADDRESS2,
    Field.POSTCODE,
    Field.CITY,
    Field.EMAIL,
    Field.PHONE,
    Field.MOBILE,
    Field.LANDLINE,
    Field.IBAN,
    Field.LANGUAGE,
    Field.SEGMENT,
    Field.TAGS,
    Field.PREFERRED_CHANNEL,
    Field.PREFERRED_PAYMENT_DAY,
    Field.MANDATE_REFERENCE,
    Field.MANDATE_DATE,
    Field.CLAIM_TYPE,
    Field.COC_NUMBER,
    Field.OPT_OUT_SMS,
    Field.OPT_OUT_EMAIL,
    Field.OPT_OUT_CALL,
)


_FROM_FILE = (TypeOrigin.FILE, Field.CUSTOMER_TYPE)
_MOBILE, _LANDLINE = PhoneKind.MOBILE, PhoneKind.LANDLINE
#: the converted phone columns, in the order a mobile number is looked for
_PHONE_ATTRIBUTES = tuple(f.value for f in PHONES)


@dataclass
class _Builder:
    key: str
    by_name: bool
    row: int
    values: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    problems: list[Issue] = field(default_factory=list)
    reported: set[str] = field(default_factory=set)


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
        self._converted: dict[str, tuple[Field, list[Any]]] = {}
        self._rows: list[int] = []
        self._unknown: dict[tuple[Field, str], list[int]] = {}

    def collect(
        self, keys: list[str], indexes: list[int], by_name: set[str]
    ) -> dict[str, CustomerData]:
        """The customers of the rows ``indexes`` (data indexes into the table), keyed by ``keys``.

        Only the first row of each customer and the later rows that differ from it are read.
        """
        table = self._table
        first: dict[str, int] = {}
        starts = [first.setdefault(key, j) for j, key in enumerate(keys)]
        if self._fields:
            positions = [table.positions[f] for f in self._fields]
            # the first column once more at the end, so that a single column still gives a tuple
            cells: Callable[[list[Cell]], tuple[Cell, ...]] = itemgetter(*positions, positions[0])
            raw = [cells(table.rows[i]) for i in indexes]
            relevant = [j for j, start in enumerate(starts) if start == j or raw[j] != raw[start]]
            self._raw = [raw[j] for j in relevant]
            columns = zip(*self._raw, strict=True) if self._raw else iter(())
            self._converted = convert_columns(
                {f: list(c) for f, c in zip(self._fields, columns, strict=False)},
                self._options.phone_region,
                self._mandate_order,
                table.date1904,
            )
        else:
            relevant = [j for j, start in enumerate(starts) if start == j]
        self._rows = [table.first_number + indexes[j] for j in relevant]
        builders: dict[str, _Builder] = {}
        for r, j in enumerate(relevant):
            key = keys[j]
            builder = builders.get(key)
            if builder is None:
                builder = builders[key] = _Builder(key, key in by_name, self._rows[r])
            self._store(builder, self._values(builder, r), r)
        for (f, text), (row, count) in self._unknown.items():
            code = WORDS[f][2]
            self._log.warning(code, row=row, column=table.header(f), value=text, count=count)
        return {key: self._finish(builder) for key, builder in builders.items()}

    # ------------------------------------------------------------------ one row of a customer

    def _values(self, builder: _Builder, j: int) -> dict[str, tuple[Any, Field]]:
        values: dict[str, tuple[Any, Field]] = {}
        for attribute, (source, column) in self._converted.items():
            value = column[j]
            if value is None:
                continue
            kind = value.__class__
            if kind is Bad:
                self._left_out(builder, source, value, j)
                continue
            if kind is Cut:
                self._warn(builder, source, "import.text_truncated", j, limit=value.limit)
                value = value.text
            values[attribute] = (value, source)
        if "customer_type" in values:
            values["type_origin"] = _FROM_FILE
        tags = values.pop("tags", None)
        if tags is not None:
            for tag in tags[0]:
                builder.tags.setdefault(tag.casefold(), tag)
        self._sort_phones(builder, values, j)
        return values

    def _sort_phones(self, builder: _Builder, values: dict[str, tuple[Any, Field]], j: int) -> None:
        """Every number to the slot its kind belongs in: mobile or landline, whatever the column."""
        numbers = [values.pop(a) for a in _PHONE_ATTRIBUTES if a in values]
        if not numbers:
            return
        mobiles = [(n, f) for (n, kind), f in numbers if kind is _MOBILE]
        landlines = [(n, f) for (n, kind), f in reversed(numbers) if kind is _LANDLINE]
        if mobiles:
            values["mobile"] = mobiles[0]
        if landlines:
            values["landline"] = landlines[0]
            if any(f is Field.MOBILE for _, f in landlines):
                self._warn(builder, Field.MOBILE, "import.mobile_is_landline", j)

    def _store(self, builder: _Builder, values: dict[str, tuple[Any, Field]], j: int) -> None:
        if not builder.values:
            builder.values = {attribute: value for attribute, (value, _) in values.items()}
            return
        for attribute, (value, source) in values.items():
            if attribute not in builder.values:
                builder.values[attribute] = value
                continue
            old = builder.values[attribute]
            if (
                old == value
                or attribute == "type_origin"
                or (attribute == "name" and builder.by_name)
            ):
                continue
            if attribute not in builder.reported:
                builder.reported.add(attribute)
                self._log.warning(
                    "import.customer_conflict",
                    row=self._rows[j],
                    column=self._table.header(source),
                    value=str(value),
                    customer=builder.key,
                    first=shorten(str(old)),
                    first_row=builder.row,
                )

    def _finish(self, builder: _Builder) -> CustomerData:
        values = builder.values
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
            builder.key,
            builder.by_name,
            builder.row,
            values,
            tuple(builder.tags.values()),
            tuple(builder.problems),
        )

    # ------------------------------------------------------------------ what was left out

    def _text(self, source: Field, j: int) -> str:
        return cell_text(self._raw[j][self._fields.index(source)]) or ""

    def _left_out(self, builder: _Builder, source: Field, bad: Bad, j: int) -> None:
        if bad.code in UNKNOWN_WORD:
            seen = self._unknown.setdefault((source, self._text(source, j)), [self._rows[j], 0])
            seen[1] += 1
        elif bad.code.startswith("contact."):
            self._problem(builder, source, bad.code, j)
        else:
            self._warn(builder, source, bad.code, j, **bad.params)

    def _warn(self, builder: _Builder, source: Field, code: str, j: int, **params: Any) -> None:
        """A warning about this customer's value, once per customer."""
        marker = f"{code}:{source}"
        if marker not in builder.reported:
            builder.reported.add(marker)
            column = self._table.header(source)
            self._log.warning(
                code, row=self._rows[j], column=column, value=self._text(source, j), **params
            )

    def _problem(self, builder: _Builder, source: Field, code: str, j: int) -> None:
        """Contact data that was not accepted: a warning on the customer, once per value."""
        text = self._text(source, j)
        marker = f"{source}:{text}"
        if marker in builder.reported:
            return
        builder.reported.add(marker)
        column = self._table.header(source)
        shown = shorten(text)
        issue = Issue(
            Severity.WARNING,
            Message(code, {"value": shown, "column": column}),
            row=self._rows[j],
            column=column,
            value=shown,
        )
        builder.problems.append(issue)
        self._log.extend([issue])
