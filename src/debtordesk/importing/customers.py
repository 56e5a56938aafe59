"""Customers as the file describes them: one per key, merged over its rows, contact data checked once.

``CustomerData.values`` only holds what the file says: a column the file lacks, an empty cell, or a value
that was not accepted (an invalid phone number, an unknown language) leaves its key out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from debtordesk.domain.contacts import PhoneKind, normalise_email, normalise_iban, normalise_phone
from debtordesk.domain.enums import CustomerType, TypeOrigin
from debtordesk.domain.messages import Message
from debtordesk.domain.progress import Progress, check_cancel
from debtordesk.importing import columns as col
from debtordesk.importing import vocab
from debtordesk.importing.cells import cell_text, is_blank, shorten
from debtordesk.importing.dates import date_from_cell
from debtordesk.importing.issues import Bad, IssueLog
from debtordesk.importing.model import Cell, CustomerData, Field, Issue, ParseOptions, Severity
from debtordesk.importing.synonyms import TOTAL_WORDS
from debtordesk.importing.table import Table

#: free text cut to what the database keeps, with a warning
_TEXT = {
    Field.ATTENTION: ("attention", 200),
    Field.ADDRESS2: ("address_line2", 200),
    Field.CITY: ("city", 100),
    Field.SEGMENT: ("segment", 64),
}
#: codes that are wrong when cut: too long means left out, with a warning
_CODES = {Field.MANDATE_REFERENCE: ("mandate_reference", 35), Field.COC_NUMBER: ("coc_number", 20)}
#: words from a small vocabulary: attribute, reader, message when the word is unknown
_WORDS: dict[Field, tuple[str, Any, str]] = {
    Field.CUSTOMER_TYPE: ("customer_type", vocab.customer_type, "import.unknown_customer_type"),
    Field.LANGUAGE: ("language", vocab.language, "import.unknown_language"),
    Field.PREFERRED_CHANNEL: ("preferred_channel", vocab.channel, "import.unknown_channel"),
    Field.CLAIM_TYPE: ("claim_type", vocab.claim_type, "import.unknown_claim_type"),
    Field.PREFERRED_PAYMENT_DAY: (
        "preferred_payment_day",
        vocab.payment_day,
        "import.bad_payment_day",
    ),
    Field.OPT_OUT_SMS: ("opt_out_sms", vocab.yes_no, "import.unknown_yes_no"),
    Field.OPT_OUT_EMAIL: ("opt_out_email", vocab.yes_no, "import.unknown_yes_no"),
    Field.OPT_OUT_CALL: ("opt_out_call", vocab.yes_no, "import.unknown_yes_no"),
}
_ADDRESS_LIMIT = 200
_POSTCODE_LIMIT = 16
_TAG_LIMIT = 64
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


@dataclass
class _Builder:
    key: str
    by_name: bool
    row: int
    raw: tuple[Cell, ...] | None = None
    values: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    problems: list[Issue] = field(default_factory=list)
    reported: set[str] = field(default_factory=set)


class CustomerCollector:
    """Gathers the customers of the accepted rows; each distinct row of a customer is read once."""

    def __init__(
        self, table: Table, options: ParseOptions, mandate_order: str, log: IssueLog
    ) -> None:
        self._table = table
        self._options = options
        self._mandate_order = mandate_order
        self._log = log
        self._fields = [f for f in CUSTOMER_FIELDS if table.has(f)]
        self._positions = [table.positions[f] for f in self._fields]
        self._builders: dict[str, _Builder] = {}
        self._unknown: dict[tuple[Field, str], list[int]] = {}

    def add(self, key: str, by_name: bool, index: int, row: int) -> None:
        cells = self._table.rows[index]
        raw = tuple([cells[p] for p in self._positions])
        builder = self._builders.get(key)
        if builder is None:
            builder = self._builders[key] = _Builder(key, by_name, row)
        elif builder.raw == raw:
            return
        builder.raw = raw
        self._merge(builder, dict(zip(self._fields, raw, strict=True)), row)

    def finish(self) -> dict[str, CustomerData]:
        for (f, text), (row, count) in self._unknown.items():
            code = _WORDS[f][2] if f in _WORDS else "import.unknown_country"
            self._log.warning(code, row=row, column=self._table.header(f), value=text, count=count)
        customers: dict[str, CustomerData] = {}
        for key, builder in self._builders.items():
            values = builder.values
            name = values.get("name")
            if (
                "customer_type" not in values
                and self._options.detect_business_from_name
                and name
                and vocab.looks_like_business(name)
            ):
                values["customer_type"] = CustomerType.BUSINESS
                values["type_origin"] = TypeOrigin.RULE
            customers[key] = CustomerData(
                key=key,
                keyed_by_name=builder.by_name,
                row=builder.row,
                values=values,
                tags=tuple(builder.tags.values()),
                problems=tuple(builder.problems),
            )
        return customers

    # ------------------------------------------------------------------ one row of a customer

    def _merge(self, builder: _Builder, cells: dict[Field, Cell], row: int) -> None:
        texts = {f: t for f, c in cells.items() if (t := cell_text(c)) is not None}
        values: dict[str, tuple[Any, Field]] = {}
        if Field.CUSTOMER_NAME in texts:
            values["name"] = (" ".join(texts[Field.CUSTOMER_NAME].split()), Field.CUSTOMER_NAME)
        country = self._word(builder, Field.COUNTRY, texts, row, vocab.country)
        if country is not None:
            values["country"] = (country, Field.COUNTRY)
        for f, (attribute, reader, _) in _WORDS.items():
            word = self._word(builder, f, texts, row, reader)
            if word is not None:
                values[attribute] = (word, f)
                if f is Field.CUSTOMER_TYPE:
                    values["type_origin"] = (TypeOrigin.FILE, f)
        for f, (attribute, limit) in _TEXT.items():
            if f in texts:
                values[attribute] = (self._cut(builder, f, texts[f], limit, row), f)
        for f, (attribute, limit) in _CODES.items():
            if f in texts:
                if len(texts[f]) > limit:
                    self._warn(
                        builder, f, "import.value_too_long_left_out", texts[f], row, limit=limit
                    )
                else:
                    values[attribute] = (texts[f], f)
        if Field.ADDRESS in texts:
            line = " ".join(t for t in (texts[Field.ADDRESS], texts.get(Field.HOUSE_NUMBER)) if t)
            values["address_line1"] = (
                self._cut(builder, Field.ADDRESS, line, _ADDRESS_LIMIT, row),
                Field.ADDRESS,
            )
        if Field.POSTCODE in texts:
            code = vocab.postcode(texts[Field.POSTCODE], country)
            if len(code) > _POSTCODE_LIMIT:
                self._warn(
                    builder,
                    Field.POSTCODE,
                    "import.value_too_long_left_out",
                    code,
                    row,
                    limit=_POSTCODE_LIMIT,
                )
            else:
                values["postcode"] = (code, Field.POSTCODE)
        self._contacts(builder, texts, country, values, row)
        if Field.MANDATE_DATE in texts:
            try:
                values["mandate_date"] = (
                    date_from_cell(
                        cells[Field.MANDATE_DATE], self._mandate_order, self._table.date1904
                    ),
                    Field.MANDATE_DATE,
                )
            except ValueError:
                self._warn(
                    builder,
                    Field.MANDATE_DATE,
                    "import.bad_date_left_out",
                    texts[Field.MANDATE_DATE],
                    row,
                )
        if Field.TAGS in texts:
            for tag in vocab.tags(texts[Field.TAGS]):
                builder.tags.setdefault(tag.casefold()[:_TAG_LIMIT], tag[:_TAG_LIMIT])
        self._store(builder, values, row)

    def _contacts(
        self,
        builder: _Builder,
        texts: dict[Field, str],
        country: str | None,
        values: dict[str, tuple[Any, Field]],
        row: int,
    ) -> None:
        if Field.EMAIL in texts:
            email = normalise_email(texts[Field.EMAIL])
            if email.problem:
                self._problem(builder, Field.EMAIL, email.problem, texts[Field.EMAIL], row)
            else:
                values["email"] = (email.value, Field.EMAIL)
        if Field.IBAN in texts:
            iban = normalise_iban(texts[Field.IBAN])
            if iban.problem:
                self._problem(builder, Field.IBAN, iban.problem, texts[Field.IBAN], row)
            else:
                values["iban"] = (iban.value, Field.IBAN)
        region = country or self._options.phone_region
        numbers: list[tuple[str, PhoneKind, Field]] = []
        for f in (Field.MOBILE, Field.PHONE, Field.LANDLINE):
            if f in texts:
                phone = normalise_phone(texts[f], region)
                if phone.problem or phone.e164 is None or phone.kind is None:
                    self._problem(
                        builder, f, phone.problem or "contact.phone_invalid", texts[f], row
                    )
                else:
                    numbers.append((phone.e164, phone.kind, f))
        mobiles = [(n, f) for n, k, f in numbers if k is PhoneKind.MOBILE]
        landlines = [(n, f) for n, k, f in reversed(numbers) if k is PhoneKind.LANDLINE]
        if mobiles:
            values["mobile"] = mobiles[0]
        if landlines:
            values["landline"] = landlines[0]
            if any(f is Field.MOBILE for _, f in landlines):
                self._warn(
                    builder, Field.MOBILE, "import.mobile_is_landline", texts[Field.MOBILE], row
                )

    def _store(self, builder: _Builder, values: dict[str, tuple[Any, Field]], row: int) -> None:
        for attribute, (value, source) in values.items():
            if attribute not in builder.values:
                builder.values[attribute] = value
                continue
            old = builder.values[attribute]
            if old == value or (attribute == "name" and builder.by_name):
                continue
            if attribute not in builder.reported and attribute != "type_origin":
                builder.reported.add(attribute)
                self._log.warning(
                    "import.customer_conflict",
                    row=row,
                    column=self._table.header(source),
                    value=str(value),
                    customer=builder.key,
                    first=shorten(str(old)),
                    first_row=builder.row,
                )

    def _word(
        self, builder: _Builder, f: Field, texts: dict[Field, str], row: int, reader: Any
    ) -> Any:
        text = texts.get(f)
        if text is None:
            return None
        value = reader(text)
        if value is None:
            seen = self._unknown.setdefault((f, text), [row, 0])
            seen[1] += 1
        return value

    def _cut(self, builder: _Builder, f: Field, text: str, limit: int, row: int) -> str:
        if len(text) <= limit:
            return text
        self._warn(builder, f, "import.text_truncated", text, row, limit=limit)
        return text[:limit]

    def _warn(
        self, builder: _Builder, f: Field, code: str, text: str, row: int, **params: Any
    ) -> None:
        marker = f"{code}:{f}"
        if marker not in builder.reported:
            builder.reported.add(marker)
            self._log.warning(code, row=row, column=self._table.header(f), value=text, **params)

    def _problem(self, builder: _Builder, f: Field, code: str, text: str, row: int) -> None:
        """Contact data that was not accepted: a warning on the customer, once per value."""
        marker = f"{f}:{text}"
        if marker in builder.reported:
            return
        builder.reported.add(marker)
        column = self._table.header(f)
        shown = shorten(text)
        issue = Issue(
            Severity.WARNING,
            Message(code, {"value": shown, "column": column}),
            row=row,
            column=column,
            value=shown,
        )
        builder.problems.append(issue)
        self._log.extend([issue])


def read_customer_rows(
    table: Table, collector: CustomerCollector, log: IssueLog, progress: Progress
) -> tuple[int, list[int]]:
    """A customer file: one customer per row, keyed by number. Returns rows read and rows rejected."""
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
        collector.add(number, False, i, row)
    progress.set_progress(n, n)
    return rows_read, rejected
