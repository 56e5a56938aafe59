"""The customer columns of a file read column by column: each distinct cell converted once.

A converted cell is the value, None (empty), a :class:`Cut` (text kept but shortened) or a
:class:`~debtordesk.importing.issues.Bad` saying why it was left out: contact data that is not valid
("contact.*" codes), a word outside its vocabulary (the ``UNKNOWN_WORD`` codes), or a value that cannot
be right.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import repeat
from typing import Any

from debtordesk.domain.contacts import PhoneKind
from debtordesk.importing import columns as col
from debtordesk.importing import vocab
from debtordesk.importing.cells import cell_text
from debtordesk.importing.contacts import (
    check_email,
    check_iban,
    check_phone,
    common_email,
    common_iban,
)
from debtordesk.importing.dates import date_from_cell
from debtordesk.importing.issues import Bad
from debtordesk.importing.model import Cell, Field

#: free text cut to what the database keeps, with a warning: attribute, limit
TEXTS = {
    Field.ATTENTION: ("attention", 200),
    Field.ADDRESS2: ("address_line2", 200),
    Field.CITY: ("city", 100),
    Field.SEGMENT: ("segment", 64),
}
#: codes that are wrong when cut: too long means left out, with a warning
CODES = {Field.MANDATE_REFERENCE: ("mandate_reference", 35), Field.COC_NUMBER: ("coc_number", 20)}
#: words from a small vocabulary: attribute, reader, message when the word is unknown
WORDS: dict[Field, tuple[str, Callable[[str], Any], str]] = {
    Field.COUNTRY: ("country", vocab.country, "import.unknown_country"),
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
UNKNOWN_WORD = frozenset(code for _, _, code in WORDS.values())
PHONES = (Field.MOBILE, Field.PHONE, Field.LANDLINE)
ADDRESS_LIMIT = 200
POSTCODE_LIMIT = 16
TAG_LIMIT = 64


class Cut:
    """Text longer than the field holds, kept up to its limit."""

    __slots__ = ("limit", "text")

    def __init__(self, text: str, limit: int) -> None:
        self.text = text[:limit]
        self.limit = limit


def _text(cell: Cell) -> str | None:
    return cell.strip() or None if isinstance(cell, str) else cell_text(cell)


def _word(reader: Callable[[str], Any], code: str) -> Callable[[Cell], Any]:
    def read(cell: Cell) -> Any:
        text = _text(cell)
        if text is None:
            return None
        value = reader(text)
        return Bad(code) if value is None else value

    return read


def _limited(limit: int, cut: bool) -> Callable[[Cell], Any]:
    def read(cell: Cell) -> Any:
        text = _text(cell)
        if text is None or len(text) <= limit:
            return text
        return Cut(text, limit) if cut else Bad("import.value_too_long_left_out", limit=limit)

    return read


def _name(cell: Cell) -> str | None:
    text = _text(cell)
    return " ".join(text.split()) if text else None


def _email(cell: Cell) -> str | Bad | None:
    text = _text(cell)
    if text is None:
        return None
    address = common_email(text)
    if address is not None:
        return address
    checked = check_email(text)
    return Bad(checked.problem) if checked.problem else checked.value


def _iban(cell: Cell) -> str | Bad | None:
    text = _text(cell)
    if text is None:
        return None
    iban = common_iban(text)
    if iban is not None:
        return iban
    checked = check_iban(text)
    return Bad(checked.problem) if checked.problem else checked.value


def _tags(cell: Cell) -> tuple[str, ...] | None:
    text = _text(cell)
    return tuple(tag[:TAG_LIMIT] for tag in vocab.tags(text)) if text else None


def convert_columns(
    cells: Mapping[Field, list[Cell]], default_region: str, mandate_order: str, date1904: bool
) -> dict[str, tuple[Field, list[Any]]]:
    """Attribute -> (the field it came from, its converted cells), for the columns the file has."""
    out: dict[str, tuple[Field, list[Any]]] = {}
    countries: list[Any] = [None] * len(next(iter(cells.values()), []))
    for field, column in cells.items():
        if field in WORDS:
            attribute, reader, code = WORDS[field]
            out[attribute] = (field, col.convert(column, _word(reader, code)))
            if field is Field.COUNTRY:
                countries = out[attribute][1]
        elif field in TEXTS:
            attribute, limit = TEXTS[field]
            out[attribute] = (field, col.convert(column, _limited(limit, cut=True)))
        elif field in CODES:
            attribute, limit = CODES[field]
            out[attribute] = (field, col.convert(column, _limited(limit, cut=False)))
    simple = {
        Field.CUSTOMER_NAME: ("name", _name),
        Field.EMAIL: ("email", _email),
        Field.IBAN: ("iban", _iban),
        Field.TAGS: ("tags", _tags),
    }
    for field, (attribute, read) in simple.items():
        if field in cells:
            out[attribute] = (field, col.convert(cells[field], read))
    if Field.MANDATE_DATE in cells:

        def signed(cell: Cell) -> Any:
            if _text(cell) is None:
                return None
            try:
                return date_from_cell(cell, mandate_order, date1904)
            except ValueError:
                return Bad("import.bad_date_left_out")

        out["mandate_date"] = (Field.MANDATE_DATE, col.convert(cells[Field.MANDATE_DATE], signed))
    if Field.ADDRESS in cells:
        street = cells[Field.ADDRESS]
        numbers = cells.get(Field.HOUSE_NUMBER) or [None] * len(street)
        keyed = list(zip(street, numbers, strict=True))
        out["address_line1"] = (Field.ADDRESS, col.convert(keyed, _address))  # type: ignore[arg-type]
    if Field.POSTCODE in cells:
        keyed = list(zip(cells[Field.POSTCODE], (_plain(c) for c in countries), strict=True))
        out["postcode"] = (Field.POSTCODE, col.convert(keyed, _postcode))  # type: ignore[arg-type]
    for field in PHONES:
        if field in cells:
            regions = (
                repeat(default_region, len(cells[field]))
                if Field.COUNTRY not in cells
                else ((_plain(c) or default_region) for c in countries)
            )
            keyed = list(zip(cells[field], regions, strict=True))
            out[field.value] = (field, col.convert(keyed, _phone))  # type: ignore[arg-type]
    return out


def _plain(value: Any) -> Any:
    """A converted value, or None when it was left out."""
    return None if value is None or isinstance(value, Bad) else value


_ADDRESS_LINE: Callable[[Cell], str | Cut | None] = _limited(ADDRESS_LIMIT, cut=True)


def _address(keyed: tuple[Cell, Cell]) -> str | Cut | None:
    """Street and house number, from one column or two."""
    street, number = (_text(c) for c in keyed)
    return _ADDRESS_LINE(f"{street} {number}" if street and number else street)


def _postcode(keyed: tuple[Cell, str | None]) -> str | Bad | None:
    cell, country = keyed
    text = _text(cell)
    if text is None:
        return None
    code = vocab.postcode(text, country)
    if len(code) > POSTCODE_LIMIT:
        return Bad("import.value_too_long_left_out", limit=POSTCODE_LIMIT)
    return code


def _phone(keyed: tuple[Cell, str]) -> tuple[str, PhoneKind] | Bad | None:
    """(E.164 number, mobile or landline), sorted by the number plan of the customer's country."""
    cell, region = keyed
    text = _text(cell)
    if text is None:
        return None
    checked = check_phone(text, region)
    return Bad(checked) if isinstance(checked, str) else checked
