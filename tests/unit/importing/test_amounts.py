"""Amounts as exports write them, one value at a time and decided per column."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.importing import parse_amount
from debtordesk.importing.amounts import amount_from_cell, decide_decimal_mark, split_amount
from debtordesk.importing.columns import decimal_mark_for
from debtordesk.importing.issues import Bad

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", D("1234.56")),
        ("1,234.56", D("1234.56")),
        ("1234,56", D("1234.56")),
        ("1234.56", D("1234.56")),
        ("-12,50", D("-12.50")),
        ("12,50-", D("-12.50")),
        ("(12.50)", D("-12.50")),
        ("€ 12,50", D("12.50")),
        ("€12,50", D("12.50")),
        ("-€ 12,50", D("-12.50")),
        ("€ -12,50", D("-12.50")),
        ("EUR 12.50", D("12.50")),
        ("12,50 EUR", D("12.50")),
        ("1 234,56", D("1234.56")),
        ("1\u00a0234,56", D("1234.56")),
        ("1'234.56", D("1234.56")),
        ("1.234.567,89", D("1234567.89")),
        ("1,234,567.89", D("1234567.89")),
        ("0,123", D("0.123")),
        ("12,5", D("12.5")),
        ("1234", D("1234")),
        ("+7", D("7")),
        ("−7,00", D("-7.00")),
        (",50", D("0.50")),
        ("  42  ", D("42")),
        ("-0,00", D("0.00")),
    ],
)
def test_parse_amount_reads_every_common_form(text: str, expected: Decimal) -> None:
    value = parse_amount(text)
    assert value == expected
    assert value.is_signed() == (expected < 0)


@pytest.mark.parametrize(
    ("text", "mark", "expected"),
    [
        ("1.234", "auto", D("1234")),  # one value alone: the Dutch reading
        ("1,234", "auto", D("1.234")),
        ("1.234", ".", D("1.234")),
        ("1,234", ",", D("1.234")),
        ("1,234", ".", D("1234")),
        ("1.234", ",", D("1234")),
    ],
)
def test_an_ambiguous_value_follows_the_decimal_mark(
    text: str, mark: str, expected: Decimal
) -> None:
    assert parse_amount(text, mark) == expected


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("", "auto"),
        ("abc", "auto"),
        ("12,50,1", "auto"),
        ("1.23.4", "auto"),
        ("12 34", "auto"),
        ("1.234,5.6", "auto"),
        ("--12", "auto"),
        ("-12-", "auto"),
        ("12.50", ","),  # a decimal point where the column writes commas
        ("XYZ 12", "auto"),
        ("1e5", "auto"),
        ("Totaal", "auto"),
        ("€", "auto"),
        ("12,50", "x"),
        ("9" * 20, "auto"),
        ("1 234.567,89", "auto"),
    ],
)
def test_parse_amount_refuses_what_is_not_an_amount(text: str, mark: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text, mark)


def test_the_currency_an_amount_names_is_kept() -> None:
    assert split_amount("USD 12.50") == (D("12.50"), "USD")
    assert split_amount("£ 3") == (D("3"), "GBP")
    assert split_amount("12,50 €") == (D("12.50"), "EUR")
    assert split_amount("12,50") == (D("12.50"), None)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (12, D("12")),
        (12.35, D("12.35")),
        (0.1 + 0.2, D("0.3")),
        (-5.5, D("-5.5")),
        (1.5e-05, D("0.000015")),
    ],
)
def test_spreadsheet_numbers_are_read_through_text_not_float_arithmetic(
    cell: float, expected: Decimal
) -> None:
    assert amount_from_cell(cell, ",")[0] == expected


def test_yes_no_date_and_absurd_cells_are_not_amounts() -> None:
    from datetime import date

    for cell in (True, date(2026, 1, 1), 1e16, float("inf"), float("nan")):
        with pytest.raises(ValueError):
            amount_from_cell(cell, ",")


def test_a_column_decides_its_decimal_mark_from_the_values_that_prove_it() -> None:
    assert decide_decimal_mark(["1.234", "12,50", "7"]) == ","
    assert decide_decimal_mark(["1,234", "12.50", "7"]) == "."
    assert decide_decimal_mark(["1.234", "5.678"], fallback=".") == "."
    assert decide_decimal_mark(["1.234", "5.678"]) == ","


def test_an_undecided_column_follows_the_other_amount_columns() -> None:
    proven_point = ["12.50", "3.10", "99.99"]
    undecided = ["1,234", "5,678"]
    file_mark, per_column = decimal_mark_for([list(proven_point), list(undecided)], "auto")
    assert file_mark == "."
    assert per_column == {0: ".", 1: "."}
    assert decimal_mark_for([list(undecided)], ".")[1] == {0: "."}


# ------------------------------------------------------------------ properties

two_places = st.decimals(
    min_value=D("-99999999.99"), max_value=D("99999999.99"), places=2, allow_nan=False
)


def _grouped(value: Decimal, thousands: str, mark: str) -> str:
    sign = "-" if value < 0 else ""
    whole, fraction = f"{abs(value):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{thousands.join(groups)}{mark}{fraction}"


@given(two_places)
def test_dutch_english_and_plain_renderings_round_trip(value: Decimal) -> None:
    assert parse_amount(_grouped(value, ".", ","), ",") == value
    assert parse_amount(_grouped(value, ",", "."), ".") == value
    assert parse_amount(f"{value:.2f}", ".") == value
    assert parse_amount(f"{value:.2f}".replace(".", ","), ",") == value
    # with two decimals written, the mark is never ambiguous, so "auto" reads them all too
    assert parse_amount(_grouped(value, ".", ",")) == value
    assert parse_amount(_grouped(value, ",", ".")) == value


@given(st.text(max_size=40), st.sampled_from(["auto", ",", "."]))
def test_parsing_arbitrary_text_raises_nothing_but_value_error(text: str, mark: str) -> None:
    try:
        value = parse_amount(text, mark)
    except ValueError:
        return
    assert value.is_finite()


@given(st.from_regex(r"[-+(]?[€$ ]?[0-9., '\u00a0]{1,20}[-)]?( EUR)?", fullmatch=True))
def test_parsing_amount_like_text_raises_nothing_but_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):
        parse_amount(text)


plain_texts = st.lists(
    st.from_regex(r"-?[0-9]{1,9}(,[0-9]{1,2})?", fullmatch=True) | st.just(""), max_size=30
)


@given(plain_texts)
def test_a_column_of_bare_amounts_reads_the_same_in_bulk_as_value_by_value(
    texts: list[str],
) -> None:
    from debtordesk.importing.columns import amount_column

    bulk = amount_column(list(texts), ",")
    one_by_one = amount_column([*texts, "€ 1"], ",")[: len(texts)]  # the sign forces the slow lane
    assert [None if b is None else (b[0], b[0].is_signed()) for b in bulk] == [  # type: ignore[index]
        None if o is None else (o[0], o[0].is_signed())  # type: ignore[index]
        for o in one_by_one
    ]


cent_texts = st.lists(
    st.from_regex(r"-?[0-9]{1,9}[,][0-9]{2}", fullmatch=True)
    | st.sampled_from(["-0,00", "-00,00", "0,00", "007,50", ""]),
    max_size=30,
)


def _read(column: list[object]) -> list[object]:
    """Each amount with its sign and its digits as written (12.50 is not 12.5)."""
    return [
        None
        if a is None
        else ("bad", a.code)
        if isinstance(a, Bad)
        else (str(a[0]), a[0].is_signed(), a[1:])  # type: ignore[index]
        for a in column
    ]


@given(cent_texts)
def test_a_column_of_amounts_in_cents_reads_the_same_at_once_as_value_by_value(
    texts: list[str],
) -> None:
    from debtordesk.importing.columns import amount_column

    at_once = amount_column(list(texts), ",")
    one_by_one = amount_column([*texts, "€ 1"], ",")[: len(texts)]
    assert _read(at_once) == _read(one_by_one)  # type: ignore[arg-type]


def test_an_amount_cell_of_two_lines_does_not_shift_the_others() -> None:
    from debtordesk.importing.columns import amount_column

    texts = ["1,00\n2,00", "3,00", "4,50"]
    column = amount_column(list(texts), ",")
    assert column[1] == (Decimal("3.00"), None, None)
    assert column[2] == (Decimal("4.50"), None, None)
    alone = amount_column([texts[0], "€ 1"], ",")[0]
    assert isinstance(column[0], Bad)
    assert isinstance(alone, Bad)
    assert column[0].code == alone.code == "import.bad_amount"


spreadsheet_numbers = st.lists(
    st.integers(-(10**9), 10**9).map(lambda cents: cents / 100)
    | st.integers(-(10**6), 10**6).map(float)
    | st.sampled_from([-0.0, 0.1 + 0.2, 1e15, 123456789012345.0, 2.675, 1.005, 12.345]),
    max_size=30,
)


@given(spreadsheet_numbers)
def test_a_column_of_spreadsheet_numbers_reads_the_same_at_once_as_value_by_value(
    numbers: list[float],
) -> None:
    from debtordesk.importing.columns import amount_column

    at_once = amount_column(list(numbers), ",")
    # a column with a value the general reader must see is read value by value
    one_by_one = amount_column([*numbers, float("nan")], ",")[: len(numbers)]
    assert _read(at_once) == _read(one_by_one)  # type: ignore[arg-type]
