"""The date order the clerk chooses (day-month-year, month-day-year, year-month-day): every text date
is read that way, a date that contradicts it is a row error naming the order, and nothing is assumed."""

from __future__ import annotations

from datetime import date

import pytest

from debtordesk.i18n.catalogue import render
from debtordesk.importing import parse_date
from debtordesk.importing.model import Issue
from tests.unit.importing.conftest import Preview

HEAD = "Factuurnummer;Klantnummer;Factuurdatum;Vervaldatum;Bedrag\n"
AMBIGUOUS = HEAD + "F1;K1;03/04/2026;05/06/2026;10,00\nF2;K2;01/02/2026;02/03/2026;20,00\n"


def _dates(issues_and_invoices: object) -> list[tuple[date | None, date]]:
    return [(i.invoice_date, i.due_date) for i in issues_and_invoices.invoices]  # type: ignore[attr-defined]


def _codes(issues: tuple[Issue, ...]) -> list[str]:
    return [i.message.code for i in issues]


@pytest.mark.parametrize(
    ("order", "text", "expected"),
    [
        ("dmy", "03/04/2026", date(2026, 4, 3)),
        ("mdy", "03/04/2026", date(2026, 3, 4)),
        ("ymd", "26/04/03", date(2026, 4, 3)),
        ("dmy", "03-04-26", date(2026, 4, 3)),
        ("mdy", "03-04-26", date(2026, 3, 4)),
        ("ymd", "26-04-03", date(2026, 4, 3)),
        ("mdy", "03042026", date(2026, 3, 4)),
        # four digits first is year-month-day in any order; a month name is never in doubt
        ("dmy", "2026-04-03", date(2026, 4, 3)),
        ("mdy", "2026-04-03", date(2026, 4, 3)),
        ("ymd", "2026/04/03", date(2026, 4, 3)),
        ("mdy", "3 april 2026", date(2026, 4, 3)),
        ("ymd", "Apr 3, 2026", date(2026, 4, 3)),
    ],
)
def test_each_order_reads_a_text_date_its_way(order: str, text: str, expected: date) -> None:
    assert parse_date(text, order) == expected


@pytest.mark.parametrize("text", ["03/04/2026", "31-12-2026", "03042026", "31122026"])
def test_year_month_day_refuses_a_date_with_the_year_last(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, "ymd")


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("dmy", [(date(2026, 4, 3), date(2026, 6, 5)), (date(2026, 2, 1), date(2026, 3, 2))]),
        ("mdy", [(date(2026, 3, 4), date(2026, 5, 6)), (date(2026, 1, 2), date(2026, 2, 3))]),
    ],
)
def test_the_chosen_order_reads_the_whole_file_without_the_assumed_order_warning(
    preview_csv: Preview, order: str, expected: list[tuple[date, date]]
) -> None:
    preview = preview_csv(AMBIGUOUS, date_order=order)
    assert _dates(preview) == expected
    assert preview.options.date_order == order
    assert "import.date_order_assumed" not in _codes(preview.issues)
    assert preview.errors == ()


def test_year_month_day_reads_two_digit_years_first(preview_csv: Preview) -> None:
    preview = preview_csv(HEAD + "F1;K1;26/04/03;26/05/06;10\n", date_order="ymd")
    assert _dates(preview) == [(date(2026, 4, 3), date(2026, 5, 6))]


def test_month_first_is_not_decided_by_one_proving_date_when_day_first_is_chosen(
    preview_csv: Preview,
) -> None:
    # automatic: 1/26/2026 proves month first for the whole column; chosen day first: it is an error
    rows = "F1;K1;03/04/2026;1/26/2026;10\nF2;K2;01/02/2026;02/03/2026;20\n"
    automatic = preview_csv(HEAD + rows)
    assert [i.due_date for i in automatic.invoices] == [date(2026, 1, 26), date(2026, 2, 3)]
    chosen = preview_csv(HEAD + rows, date_order="dmy")
    assert [i.number for i in chosen.invoices] == ["F2"]
    assert chosen.invoices[0].due_date == date(2026, 3, 2)
    (error,) = chosen.errors
    assert error.message.code == "import.date_order_mismatch.dmy"
    assert (error.row, error.column, error.value) == (2, "Vervaldatum", "1/26/2026")


@pytest.mark.parametrize(
    ("order", "text", "english", "dutch"),
    [
        ("mdy", "31/12/2026", "month-day-year (12/31/2026)", "maand-dag-jaar (12/31/2026)"),
        ("mdy", "13/31/2026", "month-day-year (12/31/2026)", "maand-dag-jaar (12/31/2026)"),
        ("dmy", "12/31/2026", "day-month-year (31-12-2026)", "dag-maand-jaar (31-12-2026)"),
        ("ymd", "31-12-2026", "year-month-day (2026-12-31)", "jaar-maand-dag (2026-12-31)"),
        # no date in any order, but written as one: the order is what the clerk can check
        ("dmy", "31/02/2026", "day-month-year (31-12-2026)", "dag-maand-jaar (31-12-2026)"),
        ("mdy", "31122026", "month-day-year (12/31/2026)", "maand-dag-jaar (12/31/2026)"),
    ],
)
def test_a_date_against_the_chosen_order_is_a_row_error_that_names_the_order(
    preview_csv: Preview, order: str, text: str, english: str, dutch: str
) -> None:
    preview = preview_csv(
        HEAD + f"F1;K1;{text};;10\nF2;K2;2026-01-02;2026-01-16;20\n", date_order=order
    )
    assert [i.number for i in preview.invoices] == ["F2"]
    assert preview.rejected_rows == (2,)
    (error,) = preview.errors
    assert error.message.code == f"import.date_order_mismatch.{order}"
    assert (error.row, error.column, error.value) == (2, "Factuurdatum", text)
    shown = render(error.message, "en")
    assert f"'{text}' in column 'Factuurdatum'" in shown
    assert f"is not a date when read in the date order chosen for this import, {english}" in shown
    assert "the row is not imported" in shown
    shown_nl = render(error.message, "nl")
    assert f"'{text}' in kolom 'Factuurdatum'" in shown_nl
    assert f"datumvolgorde die voor deze import is gekozen, {dutch}" in shown_nl


def test_text_that_is_no_date_in_numbers_stays_not_a_date(preview_csv: Preview) -> None:
    rows = "F1;K1;morgen;;10\nF2;K2;2026-02-31;;10\nF3;K3;31 foo 2026;;10\nF4;K4;12-31-202;;10\n"
    preview = preview_csv(HEAD + rows, date_order="mdy")
    assert _codes(preview.errors) == ["import.bad_date"] * 4


def test_automatic_reading_keeps_its_own_reason(preview_csv: Preview) -> None:
    # a column that proves month first: a day-first date in it is 'not a date', no order named
    preview = preview_csv(HEAD + "F1;K1;1/26/2026;;10\nF2;K2;2/27/2026;;10\nF3;K3;26/01/2026;;10\n")
    assert _codes(preview.errors) == ["import.bad_date"]
