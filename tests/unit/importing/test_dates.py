"""Dates as exports write them: text in Dutch, ISO and US forms, date cells and Excel serial numbers."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.importing import parse_date
from debtordesk.importing.columns import date_order_for
from debtordesk.importing.dates import date_from_cell, decide_date_order, excel_serial

NEW_YEARS_EVE = date(2026, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "31-12-2026",
        "31-12-26",
        "31/12/2026",
        "31.12.2026",
        "2026-12-31",
        "2026/12/31",
        "20261231",
        "31 dec 2026",
        "31 dec. 2026",
        "31-dec-2026",
        "31 december 2026",
        "31 December 2026",
        "Dec 31, 2026",
        "December 31 2026",
        "do 31 dec 2026",
        "Thursday, 31 December 2026",
        "2026-12-31T00:00:00",
        "2026-12-31 23:59:59",
        "31-12-2026 14:30",
        "2026-12-31T10:00:00+01:00",
        "  31-12-2026  ",
    ],
)
def test_parse_date_reads_dutch_iso_and_month_name_forms(text: str) -> None:
    assert parse_date(text) == NEW_YEARS_EVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 mrt 2026", date(2026, 3, 1)),
        ("1 maart 2026", date(2026, 3, 1)),
        ("1 mar 2026", date(2026, 3, 1)),
        ("15 mei 2026", date(2026, 5, 15)),
        ("3 okt 2026", date(2026, 10, 3)),
        ("3 oct 2026", date(2026, 10, 3)),
        ("1-2-2026", date(2026, 2, 1)),
        ("01-02-69", date(1969, 2, 1)),
        ("01-02-68", date(2068, 2, 1)),
        ("46022", date(2025, 12, 31)),
    ],
)
def test_parse_date_more_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_the_order_settles_ambiguous_dates() -> None:
    assert parse_date("01-02-2026", "dmy") == date(2026, 2, 1)
    assert parse_date("01-02-2026", "mdy") == date(2026, 1, 2)
    assert parse_date("1/26/2013", "mdy") == date(2013, 1, 26)
    assert parse_date("26-12-31", "ymd") == date(2026, 12, 31)
    assert parse_date("2026-12-31", "mdy") == NEW_YEARS_EVE  # four digits first: always ISO
    assert parse_date("01-02-2026", "auto") == date(2026, 2, 1)


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("", "dmy"),
        ("morgen", "dmy"),
        ("31-02-2026", "dmy"),
        ("13-13-2026", "dmy"),
        ("1/26/2013", "dmy"),
        ("2026", "dmy"),
        ("12-2026", "dmy"),
        ("31-12-202", "dmy"),
        ("31 foo 2026", "dmy"),
        ("01-01-1850", "dmy"),
        ("01-01-2300", "dmy"),
        ("31-12-2026", "xyz"),
        ("9" * 500, "dmy"),
        (" " * 10_000, "dmy"),
    ],
)
def test_parse_date_refuses_what_is_not_a_date(text: str, order: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, order)


def test_a_column_decides_day_or_month_first_from_the_values_that_prove_it() -> None:
    # the IBM sample: only a value with a day above 12 in second place proves month-first
    assert decide_date_order(["1/2/2013", "2/3/2013", "1/26/2013"]) == "mdy"
    assert decide_date_order(["1-2-2026", "26-1-2026"]) == "dmy"
    assert decide_date_order(["1-2-2026", "2-3-2026"]) == "dmy"
    assert decide_date_order(["1-2-2026"], fallback="mdy") == "mdy"


def test_each_column_decides_apart_and_an_undecided_one_follows_the_file() -> None:
    us = ["1/26/2013", "2/3/2013"]
    undecided = ["1/2/2013", "3/4/2013"]
    dutch = ["26-01-2013"]
    assert date_order_for([list(us), list(undecided)], "auto") == {0: "mdy", 1: "mdy"}
    assert date_order_for([list(us), list(dutch)], "auto") == {0: "mdy", 1: "dmy"}
    assert date_order_for([list(us)], "dmy") == {0: "dmy"}


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (date(2026, 12, 31), NEW_YEARS_EVE),
        (datetime(2026, 12, 31, 23, 59), NEW_YEARS_EVE),
        (46022, date(2025, 12, 31)),
        (46022.75, date(2025, 12, 31)),
        (20261231, NEW_YEARS_EVE),
        ("31-12-2026", NEW_YEARS_EVE),
    ],
)
def test_date_cells_serial_numbers_and_text(cell: object, expected: date) -> None:
    assert date_from_cell(cell, "dmy") == expected  # type: ignore[arg-type]


def test_serial_numbers_of_a_1904_workbook_count_from_1904() -> None:
    assert excel_serial(44561, date1904=True) == date(2026, 1, 1)
    assert date_from_cell(44561, "dmy", date1904=True) == date(2026, 1, 1)


@pytest.mark.parametrize("cell", [True, time(10, 0), timedelta(days=3), 0, -5, float("nan")])
def test_cells_that_are_not_dates(cell: object) -> None:
    with pytest.raises(ValueError):
        date_from_cell(cell, "dmy")  # type: ignore[arg-type]


# ------------------------------------------------------------------ properties

plausible = st.dates(min_value=date(1970, 1, 1), max_value=date(2068, 12, 31))
DUTCH_MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DUTCH_FULL = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
ENGLISH_MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
ENGLISH_FULL = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@given(plausible)
def test_every_supported_form_round_trips(day: date) -> None:
    forms = {
        "dmy": [
            day.strftime("%d-%m-%Y"),
            day.strftime("%d-%m-%y"),
            day.strftime("%d/%m/%Y"),
            day.strftime("%d.%m.%Y"),
            f"{day.day}-{day.month}-{day.year}",
            day.isoformat(),
            day.strftime("%Y%m%d"),
            f"{day.day} {DUTCH_MONTHS[day.month - 1]} {day.year}",
            f"{day.day} {DUTCH_FULL[day.month - 1]} {day.year}",
            f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}",
            f"{ENGLISH_FULL[day.month - 1]} {day.day}, {day.year}",
            f"{day.isoformat()}T12:00:00",
        ],
        "mdy": [day.strftime("%m/%d/%Y"), f"{day.month}/{day.day}/{day.year}"],
    }
    for order, texts in forms.items():
        for text in texts:
            assert parse_date(text, order) == day, text


@given(st.integers(min_value=10_000, max_value=99_999))
def test_serial_numbers_round_trip(serial: int) -> None:
    assert (parse_date(str(serial)) - date(1899, 12, 30)).days == serial


@given(st.text(max_size=60), st.sampled_from(["dmy", "mdy", "ymd", "auto"]))
def test_parsing_arbitrary_text_raises_nothing_but_value_error(text: str, order: str) -> None:
    with contextlib.suppress(ValueError):
        parse_date(text, order)


@given(st.from_regex(r"[0-9]{1,4}[-/. ][0-9]{1,4}[-/. ][0-9]{1,5}( [0-9:]{1,8})?", fullmatch=True))
def test_parsing_date_like_text_raises_nothing_but_value_error(text: str) -> None:
    try:
        value = parse_date(text)
    except ValueError:
        return
    assert 1900 <= value.year <= 2199
