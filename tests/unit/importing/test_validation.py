"""Every row checked: what rejects a row (errors), what is only worth a warning, and the row numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from debtordesk.domain.enums import ImportKind, PaymentMethod
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.importing.model import Field, Severity
from tests.unit.importing.conftest import Preview
from tests.unit.importing.helpers import codes, issue, rendered

HEAD = "Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand\n"


def test_a_clean_file_becomes_invoices(preview_csv: Preview) -> None:
    preview = preview_csv(
        HEAD
        + "F1;D1;Jansen;01-12-2026;15-12-2026;1.234,56;1.234,56\n"
        + "F2;D1;Jansen;02-12-2026;16-12-2026;-50,00;-20,00\n"
    )
    assert preview.errors == ()
    assert preview.rows_read == 2
    assert preview.header_row == 1
    first, credit = preview.invoices
    assert (first.row, first.number, first.customer_key) == (2, "F1", "D1")
    assert first.invoice_date == date(2026, 12, 1)
    assert first.due_date == date(2026, 12, 15)
    assert first.amount == Decimal("1234.56") and first.open_amount == Decimal("1234.56")
    assert first.currency == "EUR"
    assert credit.amount == Decimal("-50.00") and credit.open_amount == Decimal("-20.00")
    assert list(preview.customers) == ["D1"]


def test_each_bad_row_is_an_error_with_its_row_column_and_value(preview_csv: Preview) -> None:
    preview = preview_csv(
        HEAD
        + "F1;D1;Jansen;01-12-2026;15-12-2026;12,50;12,50\n"
        + ";D1;Jansen;01-12-2026;15-12-2026;12,50;12,50\n"
        + "F3;D1;Jansen;01-12-2026;31-02-2026;12,50;12,50\n"
        + "F4;D1;Jansen;01-12-2026;15-12-2026;twaalf;12,50\n"
        + "F5;D1;Jansen;01-12-2026;15-12-2026;;\n"
    )
    assert [i.number for i in preview.invoices] == ["F1"]
    assert preview.rejected_rows == (3, 4, 5, 6)
    assert preview.rejected_numbers == {"F3", "F4", "F5"}
    by_row = {i.row: i for i in preview.errors}
    assert by_row[3].message.code == "import.missing_invoice_number"
    assert by_row[4].message.code == "import.bad_date"
    assert (by_row[4].column, by_row[4].value) == ("Vervaldatum", "31-02-2026")
    assert by_row[5].message.code == "import.bad_amount"
    assert (by_row[5].column, by_row[5].value) == ("Bedrag", "twaalf")
    assert by_row[6].message.code == "import.missing_amount"
    english, dutch = rendered(by_row[5])
    assert "twaalf" in english and "Bedrag" in english
    assert "twaalf" in dutch and "geen bedrag" in dutch


def test_every_bad_cell_of_a_row_is_reported(preview_csv: Preview) -> None:
    preview = preview_csv(HEAD + "F1;D1;Jansen;gisteren;morgen;veel;weinig\n")
    assert sorted(i.column or "" for i in preview.errors) == [
        "Bedrag",
        "Factuurdatum",
        "Openstaand",
        "Vervaldatum",
    ]
    assert all(i.row == 2 for i in preview.errors)


@pytest.mark.parametrize(
    ("amount", "open_amount", "code"),
    [
        ("100,00", "-10,00", "import.open_amount_sign"),
        ("-100,00", "10,00", "import.open_amount_sign"),
        ("100,00", "150,00", "import.open_amount_too_large"),
        ("-100,00", "-150,00", "import.open_amount_too_large"),
    ],
)
def test_an_open_amount_must_fit_its_invoice(
    preview_csv: Preview, amount: str, open_amount: str, code: str
) -> None:
    preview = preview_csv(HEAD + f"F1;D1;Jansen;01-12-2026;15-12-2026;{amount};{open_amount}\n")
    assert preview.invoices == ()
    error = issue(preview, code)
    assert error.row == 2
    rendered(error)


@pytest.mark.parametrize(
    ("amount", "open_amount"),
    [("100,00", "0,00"), ("100,00", "40,00"), ("-100,00", "-40,00"), ("-100,00", "0"), ("0", "0")],
)
def test_partial_payments_and_credit_notes_are_normal(
    preview_csv: Preview, amount: str, open_amount: str
) -> None:
    preview = preview_csv(HEAD + f"F1;D1;Jansen;01-12-2026;15-12-2026;{amount};{open_amount}\n")
    assert preview.errors == ()
    assert preview.invoices[0].open_amount == Decimal(open_amount.replace(",", "."))


@pytest.mark.parametrize("zero", ["-0,00", "-0", "(0,00)", "0,00-"])
def test_a_negative_zero_is_zero(preview_csv: Preview, zero: str) -> None:
    head = "Factuurnummer;Debiteurnummer;Vervaldatum;Bedrag\n"
    alone = preview_csv(f"{head}F1;D1;31-12-2026;{zero}\n")  # a column of bare amounts
    mixed = preview_csv(f"{head}F1;D1;31-12-2026;{zero}\nF2;D1;31-12-2026;€ 5\n")  # value by value
    for preview in (alone, mixed):
        amount = preview.invoices[0].amount
        assert amount == 0 and not amount.is_signed()


def test_repeated_invoice_numbers(preview_csv: Preview) -> None:
    preview = preview_csv(
        HEAD
        + "F1;D1;Jansen;01-12-2026;15-12-2026;10,00;10,00\n"  # 2
        + "F1;D1;Jansen;01-12-2026;15-12-2026;10,00;10,00\n"  # 3: identical: dropped
        + "F2;D1;Jansen;01-12-2026;15-12-2026;50,00;50,00\n"  # 4: instalment 1
        + "F2;D1;Jansen;01-12-2026;15-01-2027;50,00;50,00\n"  # 5: instalment 2
        + "F3;D1;Jansen;01-12-2026;15-12-2026;30,00;30,00\n"  # 6: conflict
        + "F3;D1;Jansen;01-12-2026;15-12-2026;31,00;31,00\n"  # 7: conflict
    )
    assert [(i.number, i.row) for i in preview.invoices] == [("F1", 2), ("F2", 4), ("F2", 5)]
    dropped = issue(preview, "import.duplicate_dropped")
    assert (dropped.severity, dropped.row, dropped.message.params["first_row"]) == (
        Severity.WARNING,
        3,
        2,
    )
    conflicts = [i for i in preview.errors if i.message.code == "import.duplicate_conflict"]
    assert [i.row for i in conflicts] == [6, 7]
    assert conflicts[0].message.params["rows"] == "6, 7"
    assert preview.rejected_rows == (6, 7)
    assert preview.rejected_numbers == {"F3"}
    english, dutch = rendered(conflicts[0])
    assert "F3" in english and "6, 7" in dutch


def test_totals_and_blank_rows_are_skipped(preview_csv: Preview) -> None:
    preview = preview_csv(
        HEAD
        + "F1;D1;Jansen;01-12-2026;15-12-2026;10,00;10,00\n"  # 2
        + ";;;;;;\n"  # 3: blank: silent
        + ";;Subtotaal Jansen;;;10,00;10,00\n"  # 4
        + "F2;D2;Bakker;01-12-2026;15-12-2026;5,00;5,00\n"  # 5
        + "Totaal;;;;;15,00;15,00\n"  # 6
        + ";;;;;15,00;15,00\n"  # 7: an amount without number or customer
        + "Grand total;;;;;15,00;15,00\n"  # 8
    )
    assert [i.number for i in preview.invoices] == ["F1", "F2"]
    skipped = [i for i in preview.issues if i.message.code == "import.total_row_skipped"]
    assert [i.row for i in skipped] == [4, 6, 7, 8]
    assert all(i.severity is Severity.WARNING for i in skipped)
    assert "6" in render(skipped[1].message, "en")
    assert preview.rows_read == 2
    assert preview.errors == ()


def test_derived_values_are_warned_once_for_a_missing_column(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Naam;Factuurdatum;Bedrag\n"
        + "".join(f"F{n};Jansen;01-12-2026;10,00\n" for n in range(50)),
        payment_term_days=30,
    )
    assert len(preview.invoices) == 50
    assert all(i.due_date == date(2026, 12, 31) for i in preview.invoices)
    assert all(i.open_amount == i.amount for i in preview.invoices)
    assert sorted(codes(preview.warnings)) == [
        "import.customers_keyed_by_name_all",
        "import.due_date_derived_all",
        "import.open_amount_derived_all",
    ]
    assert all(i.row is None for i in preview.warnings)
    assert "30" in render(issue(preview, "import.due_date_derived_all").message, "nl")


def test_a_list_of_open_amounts_only_takes_them_as_the_invoice_amounts(
    preview_csv: Preview,
) -> None:
    preview = preview_csv(
        "Factuurnummer;Relatie;Naam relatie;Vervaldatum;Openstaand bedrag\n"
        "F1;1001;Jansen;31-12-2026;1.234,56\n"
        "F2;1001;Jansen;31-12-2026;-20,00\n"
        "F3;1002;Özer;31-12-2026;abc\n"
        "F4;1002;Özer;31-12-2026;\n"
        "F5;1002;Özer;31-12-2026;10,005\n"
        + "".join(f"G{n};1003;De Vries;31-12-2026;5,00\n" for n in range(20))
    )
    assert preview.amount_from_open
    assert Field.AMOUNT not in preview.mapping
    assert preview.mapping[Field.OPEN_AMOUNT] == "Openstaand bedrag"
    amounts = {i.number: (i.amount, i.open_amount) for i in preview.invoices}
    assert amounts["F1"] == (Decimal("1234.56"), Decimal("1234.56"))
    assert amounts["F2"] == (Decimal("-20.00"), Decimal("-20.00"))
    assert amounts["F5"] == (Decimal("10.01"), Decimal("10.01"))
    assert len(preview.invoices) == 23
    # each bad cell is one error, on the column the file has
    assert [(i.message.code, i.row, i.column, i.value) for i in preview.errors] == [
        ("import.bad_amount", 4, "Openstaand bedrag", "abc"),
        ("import.missing_amount", 5, "Openstaand bedrag", None),
    ]
    assert sorted(codes(preview.warnings)) == [
        "import.amount_from_open_all",
        "import.amount_rounded",
    ]
    derived = issue(preview, "import.amount_from_open_all")
    assert derived.row is None
    assert "'Openstaand bedrag'" in render(derived.message, "en")
    assert "'Openstaand bedrag'" in render(derived.message, "nl")


def test_a_saldo_list_imports_with_its_balance_as_the_amount(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Belegnummer;Zuordnung;Net due dt;Saldo\n4711;C100;31.12.2026;99,95\n",
        date_order="dmy",
    )
    (invoice,) = preview.invoices
    assert (invoice.number, invoice.customer_key) == ("4711", "C100")
    assert invoice.amount == invoice.open_amount == Decimal("99.95")
    assert codes(preview.warnings) == ["import.amount_from_open_all"]


def test_a_file_with_an_amount_does_not_take_the_open_amount_for_it(preview_csv: Preview) -> None:
    preview = preview_csv(HEAD + "F1;D1;Jansen;01-12-2026;15-12-2026;100,00;40,00\n")
    assert not preview.amount_from_open
    (invoice,) = preview.invoices
    assert (invoice.amount, invoice.open_amount) == (Decimal("100.00"), Decimal("40.00"))
    assert "import.amount_from_open_all" not in codes(preview.warnings)


def test_an_empty_cell_in_a_present_column_is_derived_with_a_row_warning(
    preview_csv: Preview,
) -> None:
    preview = preview_csv(HEAD + "F1;D1;Jansen;01-12-2026;;10,00;\n", payment_term_days=14)
    invoice = preview.invoices[0]
    assert invoice.due_date == date(2026, 12, 15)
    assert invoice.open_amount == Decimal("10.00")
    assert {(i.message.code, i.row) for i in preview.warnings} == {
        ("import.due_date_derived", 2),
        ("import.open_amount_derived", 2),
    }


def test_no_due_date_and_no_invoice_date_rejects_the_row(preview_csv: Preview) -> None:
    preview = preview_csv(HEAD + "F1;D1;Jansen;;;10,00;10,00\n")
    assert issue(preview, "import.missing_due_date").row == 2
    assert preview.rejected_numbers == {"F1"}


def test_a_due_date_before_the_invoice_date_is_a_warning(preview_csv: Preview) -> None:
    preview = preview_csv(HEAD + "F1;D1;Jansen;15-12-2026;01-12-2026;10,00;10,00\n")
    assert len(preview.invoices) == 1
    assert issue(preview, "import.due_before_invoice_date").severity is Severity.WARNING


def test_the_open_amount_can_come_from_the_amount_paid(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Vervaldatum;Bedrag;Betaald\nF1;D1;31-12-2026;100,00;40,00\n"
    )
    assert preview.invoices[0].open_amount == Decimal("60.00")
    assert codes(preview.warnings) == ["import.open_amount_from_paid_all"]


def test_more_than_two_decimals_are_rounded_with_the_house_rule_and_a_warning(
    preview_csv: Preview,
) -> None:
    preview = preview_csv(HEAD + "F1;D1;Jansen;01-12-2026;15-12-2026;10,005;2,0049\n")
    invoice = preview.invoices[0]
    assert invoice.amount == Decimal("10.01")
    assert invoice.open_amount == Decimal("2.00")
    rounded = [i for i in preview.warnings if i.message.code == "import.amount_rounded"]
    assert [(i.column, i.value) for i in rounded] == [
        ("Bedrag", "10,005"),
        ("Openstaand", "2,0049"),
    ]
    assert "10,01" in render(rounded[0].message, "nl")


def test_an_ambiguous_column_follows_the_values_that_prove_its_decimal_mark(
    preview_csv: Preview,
) -> None:
    preview = preview_csv(
        "Factuurnummer,Debiteurnummer,Vervaldatum,Bedrag\n"
        'F1,D1,31-12-2026,"1,234"\n'
        "F2,D1,31-12-2026,12.50\n"
    )
    assert [i.amount for i in preview.invoices] == [Decimal("1234"), Decimal("12.50")]


def test_us_dates_are_read_month_first_when_the_column_proves_it(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer,Debiteurnummer,InvoiceDate,DueDate,Bedrag\n"
        "F1,D1,1/2/2013,2/1/2013,10.00\n"
        "F2,D1,1/26/2013,2/25/2013,10.00\n"
    )
    assert [i.invoice_date for i in preview.invoices] == [date(2013, 1, 2), date(2013, 1, 26)]
    assert preview.invoices[0].due_date == date(2013, 2, 1)


def test_the_date_order_option_wins(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Vervaldatum;Bedrag\nF1;D1;01-02-2026;1\n", date_order="mdy"
    )
    assert preview.invoices[0].due_date == date(2026, 1, 2)


def test_a_ten_thousand_character_cell_crashes_nothing(preview_csv: Preview) -> None:
    long = "x" * 10_000
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Naam;Vervaldatum;Bedrag;Omschrijving;Betalingskenmerk\n"
        f"{long};D1;Jansen;31-12-2026;1;kort;ref\n"  # 2: number too long
        f"F2;D1;{long};31-12-2026;1;kort;ref\n"  # 3: name too long
        f"F3;D1;Jansen;31-12-2026;1;{long};{long}\n"  # 4: description and reference cut
        f"F4;D1;Jansen;{long};{long};kort;ref\n"  # 5: not a date, not an amount
    )
    assert [i.number for i in preview.invoices] == ["F3"]
    invoice = preview.invoices[0]
    assert invoice.description == "x" * 1000
    assert invoice.reference == "x" * 140
    assert {(i.message.code, i.row) for i in preview.errors} == {
        ("import.value_too_long", 2),
        ("import.value_too_long", 3),
        ("import.bad_date", 5),
        ("import.bad_amount", 5),
    }
    truncated = [i for i in preview.warnings if i.message.code == "import.text_truncated"]
    assert [(i.row, i.column) for i in truncated] == [(4, "Omschrijving"), (4, "Betalingskenmerk")]
    for found in preview.issues:
        assert found.value is None or len(found.value) <= 60
        assert len(render(found.message, "en")) < 600
    assert preview.rejected_numbers == {"F2", "F4"}


def test_a_number_excel_turned_into_scientific_notation_is_an_error(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Vervaldatum;Bedrag\n1,23457E+11;D1;31-12-2026;1\n"
    )
    error = issue(preview, "import.number_scientific")
    assert error.row == 2
    assert "Excel" in render(error.message, "en")


def test_currency_from_a_column_from_the_amount_or_the_default(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Vervaldatum;Bedrag;Valuta\n"
        "F1;D1;31-12-2026;10;\n"
        "F2;D1;31-12-2026;10;usd\n"
        "F3;D1;31-12-2026;10;USD\n"
        "F4;D1;31-12-2026;10;dollars\n"
        "F5;D1;31-12-2026;GBP 10;EUR\n"
        "F6;D1;31-12-2026;€ 10;\n"
    )
    assert [(i.number, i.currency) for i in preview.invoices] == [
        ("F1", "EUR"),
        ("F2", "USD"),
        ("F3", "USD"),
        ("F6", "EUR"),
    ]
    assert issue(preview, "import.bad_currency").row == 5
    assert issue(preview, "import.currency_mismatch").row == 6
    foreign = issue(preview, "import.foreign_currency")
    assert (foreign.row, foreign.message.params["count"]) == (3, 2)
    rendered(foreign)


def test_a_foreign_default_currency_is_warned(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Vervaldatum;Bedrag\nF1;D1;31-12-2026;10\n",
        default_currency="USD",
    )
    assert preview.invoices[0].currency == "USD"
    assert "import.foreign_currency" in codes(preview.warnings)


def test_payment_methods(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Vervaldatum;Bedrag;Betaalwijze\n"
        "F1;D1;31-12-2026;1;Automatische incasso\n"
        "F2;D1;31-12-2026;1;SEPA\n"
        "F3;D1;31-12-2026;1;overschrijving\n"
        "F4;D1;31-12-2026;1;\n"
        "F5;D1;31-12-2026;1;krediet\n"
        "F6;D1;31-12-2026;1;krediet\n"
    )
    assert [i.payment_method for i in preview.invoices] == [
        PaymentMethod.DIRECT_DEBIT,
        PaymentMethod.DIRECT_DEBIT,
        PaymentMethod.MANUAL,
        None,
        None,
        None,
    ]
    unknown = issue(preview, "import.unknown_payment_method")
    assert (unknown.row, unknown.value, unknown.message.params["count"]) == (6, "krediet", 2)


def test_a_row_without_any_customer_is_rejected(preview_csv: Preview) -> None:
    preview = preview_csv(HEAD + "F1;;;01-12-2026;15-12-2026;10,00;10,00\n")
    assert issue(preview, "import.missing_customer").row == 2


def test_customers_without_numbers_are_keyed_by_their_name(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Naam;Vervaldatum;Bedrag\n"
        "F1;Özer-Ünal  B.V.;31-12-2026;1\n"
        "F2;ozer-unal b.v.;31-12-2026;1\n"
    )
    assert {i.customer_key for i in preview.invoices} == {"ozer-unal b.v."}
    customer = preview.customers["ozer-unal b.v."]
    assert customer.keyed_by_name
    assert customer.values["name"] == "Özer-Ünal B.V."


def test_a_missing_number_takes_the_number_of_the_same_name_elsewhere(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Naam;Vervaldatum;Bedrag\n"
        "F1;D1;Jansen;31-12-2026;1\n"
        "F2;;jansen;31-12-2026;1\n"
        "F3;;Bakker;31-12-2026;1\n"
    )
    keys = [i.customer_key for i in preview.invoices]
    assert keys == ["D1", "D1", "bakker"]
    assert issue(preview, "import.customer_number_from_name").row == 3
    assert issue(preview, "import.customer_keyed_by_name").row == 4
    assert preview.customers["bakker"].keyed_by_name
    assert not preview.customers["D1"].keyed_by_name


def test_a_history_holds_paid_invoices_with_their_paid_date(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Vervaldatum;Bedrag;Betaald op;Openstaand\n"
        "F1;D1;01-12-2026;10;05-12-2026;0\n"
        "F2;D1;01-12-2026;10;;0\n"
        "F3;D1;01-12-2026;10;05-12-2026;4\n"
        "F4;D1;01-12-2026;10;05-12-2026;\n",
        kind=ImportKind.HISTORY,
    )
    assert [(i.number, i.paid_date, i.open_amount) for i in preview.invoices] == [
        ("F1", date(2026, 12, 5), Decimal("0.00")),
        ("F4", date(2026, 12, 5), Decimal("0.00")),
    ]
    assert issue(preview, "import.missing_paid_date").row == 3
    assert issue(preview, "import.history_still_open").row == 4


# ------------------------------------------------------------------ files that cannot be used


def _refusal(preview_csv: Preview, text: str, **kwargs: object) -> UserError:
    with pytest.raises(UserError) as caught:
        preview_csv(text, **kwargs)
    english, dutch = render(caught.value.message, "en"), render(caught.value.message, "nl")
    assert english != dutch and "{" not in english + dutch
    return caught.value


def test_a_header_only_file_is_refused(preview_csv: Preview) -> None:
    assert _refusal(preview_csv, HEAD).code == "import.no_data_rows"
    assert _refusal(preview_csv, HEAD + ";;;;;;\nTotaal;;;;;1;1\n").code == "import.no_data_rows"


def test_a_missing_required_column_names_it_and_lists_the_headers(preview_csv: Preview) -> None:
    error = _refusal(preview_csv, "Debiteurnummer;Vervaldatum;Bedrag\nD1;31-12-2026;10\n")
    assert error.code == "import.missing_column.invoice_number"
    english = render(error.message, "en")
    assert "invoice number" in english
    assert "'Debiteurnummer', 'Vervaldatum', 'Bedrag'" in english
    assert "factuurnummer" in render(error.message, "nl")


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("Factuurnummer;Debiteurnummer;Vervaldatum", "import.missing_column.amount_or_open"),
        ("Factuurnummer;Vervaldatum;Bedrag", "import.missing_column.customer"),
        ("Factuurnummer;Debiteurnummer;Bedrag", "import.missing_column.due_date"),
    ],
)
def test_each_required_column(preview_csv: Preview, header: str, code: str) -> None:
    assert _refusal(preview_csv, header + "\nx;y;z\n").code == code


def test_without_amount_and_open_amount_the_refusal_names_both(preview_csv: Preview) -> None:
    error = _refusal(
        preview_csv, "Factuurnummer;Debiteurnummer;Vervaldatum;Totaal xyz\nF1;D1;31-12-2026;1\n"
    )
    assert error.code == "import.missing_column.amount_or_open"
    english, dutch = render(error.message, "en"), render(error.message, "nl")
    assert "invoice amount" in english and "open amount" in english
    assert "factuurbedrag" in dutch and "openstaande bedrag" in dutch
    assert "'Factuurnummer', 'Debiteurnummer', 'Vervaldatum', 'Totaal xyz'" in english


def test_a_history_needs_its_amounts_an_open_amount_does_not_stand_in(
    preview_csv: Preview,
) -> None:
    history = "Factuurnummer;Debiteurnummer;Vervaldatum;Betaald op;Saldo\nF1;D1;31-12-2026;;0\n"
    error = _refusal(preview_csv, history, kind=ImportKind.HISTORY)
    assert error.code == "import.missing_column.amount"


def test_history_needs_paid_dates_and_customers_need_numbers(preview_csv: Preview) -> None:
    history = "Factuurnummer;Debiteurnummer;Vervaldatum;Bedrag\nF1;D1;31-12-2026;1\n"
    assert (
        _refusal(preview_csv, history, kind=ImportKind.HISTORY).code
        == "import.missing_column.paid_date"
    )
    customers = "Naam;E-mail\nJansen;j@example.nl\n"
    assert (
        _refusal(preview_csv, customers, kind=ImportKind.CUSTOMERS).code
        == "import.missing_column.customer_number"
    )


def test_a_bank_statement_is_refused_as_such(preview_csv: Preview) -> None:
    ing = (
        '"Datum","Naam / Omschrijving","Rekening","Tegenrekening","Code","Af Bij","Bedrag (EUR)",'
        '"Mutatiesoort","Mededelingen"\n'
        '"20260101","Jansen","NL91ABNA0417164300","NL20INGB0001234567","OV","Bij","12,50",'
        '"Overschrijving","F1"\n'
    )
    for kind in ImportKind:
        assert _refusal(preview_csv, ing, kind=kind).code == "import.bank_statement"


def test_an_english_bank_statement_without_invoice_numbers_is_refused_as_a_statement(
    preview_csv: Preview,
) -> None:
    # the shape of OCA's sheet statements: no column only a bank statement has, but a running
    # balance, the other party and its account; without an invoice number it cannot be open items
    statement = (
        "Date;Label;Amount;Balance;Partner Name;Bank Account\n"
        "2026-01-02;Invoice F1;12.50;112.50;Jansen;NL91ABNA0417164300\n"
    )
    error = _refusal(preview_csv, statement)
    assert error.code == "import.bank_statement"
    assert "'Partner Name', 'Bank Account'" in render(error.message, "en")


def test_a_ledger_card_without_invoice_numbers_is_not_called_a_bank_statement(
    preview_csv: Preview,
) -> None:
    # a debtor's ledger card has a running balance too, and nothing else a statement has
    for card in (
        "Date;Description;Debit;Credit;Balance\n2026-01-02;Jansen;12.50;;12.50\n",
        "Datum;Omschrijving;Debet;Credit;Saldo\n02-01-2026;Jansen;12,50;;12,50\n",
    ):
        assert _refusal(preview_csv, card).code == "import.missing_column.invoice_number"


def test_a_mapping_to_a_column_the_file_lacks_is_refused(preview_csv: Preview) -> None:
    from debtordesk.importing.model import Field

    error = _refusal(
        preview_csv, HEAD + "F1;D1;J;1-1-2026;1-2-2026;1;1\n", mapping={Field.CITY: "Plaats"}
    )
    assert error.code == "import.mapping_unknown_column"
    assert "'Plaats'" in render(error.message, "en")


def test_a_given_mapping_overrides_the_automatic_one(preview_csv: Preview) -> None:
    from debtordesk.importing.model import Field

    preview = preview_csv(
        HEAD + "F1;D1;Jansen;01-12-2026;15-12-2026;10,00;10,00\n",
        mapping={Field.INVOICE_NUMBER: "Debiteurnummer", Field.CUSTOMER_NUMBER: "A"},
    )
    assert preview.mapping[Field.INVOICE_NUMBER] == "Debiteurnummer"
    assert preview.mapping[Field.CUSTOMER_NUMBER] == "Factuurnummer"
    assert (preview.invoices[0].number, preview.invoices[0].customer_key) == ("D1", "F1")


def test_a_header_row_can_be_given_and_no_header_chosen(preview_csv: Preview) -> None:
    from debtordesk.importing.model import Field

    text = "Export\nF1;D1;31-12-2026;10\nF2;D1;31-12-2026;11\n"
    preview = preview_csv(
        text,
        header_row=0,
        mapping={
            Field.INVOICE_NUMBER: "A",
            Field.CUSTOMER_NUMBER: "B",
            Field.DUE_DATE: "C",
            Field.AMOUNT: "D",
        },
    )
    assert preview.header_row is None
    assert preview.headers == ("A", "B", "C", "D")
    assert [i.row for i in preview.invoices] == [2, 3]
    assert preview.rejected_rows == (1,)  # the title line is data now, and not an invoice
    with pytest.raises(UserError) as caught:
        preview_csv(text, header_row=9)
    assert caught.value.code == "import.header_row_out_of_range"
