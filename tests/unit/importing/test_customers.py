"""Customers as the file describes them: only what it says, contact data checked, types decided."""

from __future__ import annotations

from datetime import date

import pytest

from debtordesk.domain.enums import Channel, ClaimType, CustomerType, ImportKind, TypeOrigin
from debtordesk.importing.model import Severity
from tests.unit.importing.conftest import Preview
from tests.unit.importing.helpers import codes, issue, rendered

INVOICE = "F{n};{number};31-12-2026;10"


def customers_file(header: str, *rows: str) -> str:
    return "\n".join(
        [f"Debiteurnummer;{header}", *(f"D{n};{row}" for n, row in enumerate(rows, 1))]
    )


def test_values_hold_only_what_the_file_says(preview_csv: Preview) -> None:
    preview = preview_csv(
        customers_file("Naam;E-mail;Plaats", "Jansen;jan@example.nl;Utrecht", "Bakker;;"),
        kind=ImportKind.CUSTOMERS,
    )
    assert preview.invoices == ()
    jansen, bakker = preview.customers["D1"], preview.customers["D2"]
    assert dict(jansen.values) == {"name": "Jansen", "email": "jan@example.nl", "city": "Utrecht"}
    assert dict(bakker.values) == {"name": "Bakker"}  # empty cells leave their keys out
    assert not jansen.keyed_by_name
    assert (jansen.row, bakker.row) == (2, 3)


def test_a_customer_file_needs_a_number_on_every_row(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Debiteurnummer;Naam\nD1;Jansen\n;Bakker\n;\nTotaal;\n", kind=ImportKind.CUSTOMERS
    )
    assert list(preview.customers) == ["D1"]
    assert issue(preview, "import.missing_customer_number").row == 3
    assert issue(preview, "import.total_row_skipped").row == 5
    assert preview.rejected_rows == (3,)
    assert preview.rows_read == 2


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("particulier", CustomerType.CONSUMER),
        ("Consument", CustomerType.CONSUMER),
        ("privé", CustomerType.CONSUMER),
        ("P", CustomerType.CONSUMER),
        ("C", CustomerType.CONSUMER),
        ("consumer", CustomerType.CONSUMER),
        ("zakelijk", CustomerType.BUSINESS),
        ("Bedrijf", CustomerType.BUSINESS),
        ("B", CustomerType.BUSINESS),
        ("Z", CustomerType.BUSINESS),
        ("business", CustomerType.BUSINESS),
        ("Organisatie", CustomerType.BUSINESS),
    ],
)
def test_the_customer_type_from_a_column(
    preview_csv: Preview, cell: str, expected: CustomerType
) -> None:
    preview = preview_csv(
        customers_file("Naam;Klanttype", f"Jan Jansen;{cell}"), kind=ImportKind.CUSTOMERS
    )
    values = preview.customers["D1"].values
    assert values["customer_type"] is expected
    assert values["type_origin"] is TypeOrigin.FILE


@pytest.mark.parametrize(
    ("name", "business"),
    [
        ("Bakkerij Jansen B.V.", True),
        ("Bakkerij Jansen BV", True),
        ("Jansen & Zn. V.O.F.", True),
        ("Stichting De Boog", True),
        ("Vereniging Oranje", True),
        ("Coöperatie Zuid U.A.", True),
        ("Jansen Holding", True),
        ("Müller GmbH", True),
        ("Acme Ltd", True),
        ("Acme Inc.", True),
        ("Maatschap Huisartsen", True),
        ("Jan Jansen", False),
        ("Ab van Dijk", False),  # Ab is a first name, not the Swedish AB
        ("Bas Vervoort", False),
        ("Stichtingsweg bewoner", False),
    ],
)
def test_a_legal_form_in_the_name_makes_a_business(
    preview_csv: Preview, name: str, business: bool
) -> None:
    preview = preview_csv(customers_file("Naam", name), kind=ImportKind.CUSTOMERS)
    values = preview.customers["D1"].values
    if business:
        assert values["customer_type"] is CustomerType.BUSINESS
        assert values["type_origin"] is TypeOrigin.RULE
    else:
        assert "customer_type" not in values  # the commit applies the consumer default
        assert "type_origin" not in values


def test_the_column_beats_the_name_and_the_rule_can_be_switched_off(preview_csv: Preview) -> None:
    preview = preview_csv(
        customers_file("Naam;Soort klant", "Jansen B.V.;particulier"), kind=ImportKind.CUSTOMERS
    )
    assert preview.customers["D1"].values["customer_type"] is CustomerType.CONSUMER
    off = preview_csv(
        customers_file("Naam", "Jansen B.V."),
        kind=ImportKind.CUSTOMERS,
        detect_business_from_name=False,
    )
    assert "customer_type" not in off.customers["D1"].values


def test_unknown_words_are_left_out_with_one_warning_per_word(preview_csv: Preview) -> None:
    preview = preview_csv(
        customers_file(
            "Naam;Klanttype;Taal;Land",
            "A;gemeente-achtig;Duits;Nederland",
            "B;gemeente-achtig;EN;Narnia",
            "C;zakelijk;Nederlands;BE",
        ),
        kind=ImportKind.CUSTOMERS,
    )
    a, b, c = (preview.customers[k].values for k in ("D1", "D2", "D3"))
    assert "customer_type" not in a and a["country"] == "NL" and "language" not in a
    assert b["language"] == "en" and "country" not in b
    assert (c["customer_type"], c["language"], c["country"]) == (CustomerType.BUSINESS, "nl", "BE")
    unknown_type = issue(preview, "import.unknown_customer_type")
    assert (unknown_type.row, unknown_type.value, unknown_type.message.params["count"]) == (
        2,
        "gemeente-achtig",
        2,
    )
    assert issue(preview, "import.unknown_language").value == "Duits"
    assert issue(preview, "import.unknown_country").value == "Narnia"
    for warning in preview.warnings:
        rendered(warning)


def test_phone_numbers_are_sorted_into_mobile_and_landline(preview_csv: Preview) -> None:
    preview = preview_csv(
        customers_file(
            "Naam;Telefoon;Mobiel",
            "A;06-12 34 56 78;",
            "B;020 123 4567;",
            "C;020 123 4567;06 11111111",
            "D;;020 765 4321",
            "E;+32 470 12 34 56;",
            "F;0612345678;0687654321",
        ),
        kind=ImportKind.CUSTOMERS,
    )
    values = {k: dict(c.values) for k, c in preview.customers.items()}
    assert values["D1"]["mobile"] == "+31612345678" and "landline" not in values["D1"]
    assert values["D2"]["landline"] == "+31201234567" and "mobile" not in values["D2"]
    assert (values["D3"]["mobile"], values["D3"]["landline"]) == ("+31611111111", "+31201234567")
    assert values["D4"]["landline"] == "+31207654321"
    assert values["D5"]["mobile"] == "+32470123456"
    assert values["D6"]["mobile"] == "+31687654321"  # the explicit mobile column wins
    warning = issue(preview, "import.mobile_is_landline")
    assert (warning.row, warning.column) == (5, "Mobiel")


def test_invalid_contact_data_is_a_warning_on_the_customer_and_left_out(
    preview_csv: Preview,
) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Naam;Vervaldatum;Bedrag;Telefoon;E-mail;IBAN\n"
        "F1;D1;Jansen;31-12-2026;10;12345;jan@@example;NL91ABNA0417164301\n"
        "F2;D1;Jansen;31-12-2026;20;12345;jan@@example;NL91ABNA0417164301\n"
        "F3;D2;Bakker;31-12-2026;30;0612345678;b@example.nl;nl91 abna 0417 1643 00\n"
    )
    assert [i.number for i in preview.invoices] == ["F1", "F2", "F3"]  # the invoices stay
    jansen, bakker = preview.customers["D1"], preview.customers["D2"]
    assert dict(jansen.values) == {"name": "Jansen"}
    assert sorted(codes(jansen.problems)) == [
        "contact.email_invalid",
        "contact.iban_invalid",
        "contact.phone_invalid",
    ]
    assert all(p.severity is Severity.WARNING and p.row == 2 for p in jansen.problems)
    assert {p.column for p in jansen.problems} == {"Telefoon", "E-mail", "IBAN"}
    assert set(jansen.problems) <= set(preview.issues)
    assert bakker.values["iban"] == "NL91ABNA0417164300"
    assert bakker.values["email"] == "b@example.nl"
    assert bakker.problems == ()
    for problem in jansen.problems:
        english, _dutch = rendered(problem)
        assert problem.value is not None and problem.value in english


def test_later_rows_fill_gaps_and_conflicts_keep_the_first_value(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Naam;Vervaldatum;Bedrag;E-mail;Plaats\n"
        "F1;D1;Jansen;31-12-2026;10;;Utrecht\n"
        "F2;D1;Jansen;31-12-2026;10;jan@example.nl;Utrecht\n"
        "F3;D1;Jansen;31-12-2026;10;jan@example.nl;Zeist\n"
        "F4;D1;Jansen;31-12-2026;10;jan@example.nl;Amersfoort\n"
    )
    values = preview.customers["D1"].values
    assert values["email"] == "jan@example.nl"
    assert values["city"] == "Utrecht"
    conflict = issue(preview, "import.customer_conflict")  # once per customer and field
    assert (conflict.row, conflict.column, conflict.value) == (4, "Plaats", "Zeist")
    english, _ = rendered(conflict)
    assert "Utrecht" in english and "D1" in english


def test_addresses_postcodes_and_countries(preview_csv: Preview) -> None:
    preview = preview_csv(
        customers_file(
            "Naam;Straat;Huisnummer;Postcode;Plaats;Land",
            "A;Dorpsstraat;12a;1234ab;Utrecht;",
            "B;Rue Haute;5;1000;Bruxelles;België",
            "C;Dorpsstraat 1;;1234 AB;Utrecht;NL",
            "D;;7;9999XX;Ergens;Netherlands",
        ),
        kind=ImportKind.CUSTOMERS,
    )
    a, b, c, d = (preview.customers[f"D{n}"].values for n in range(1, 5))
    assert (a["address_line1"], a["postcode"], "country" in a) == (
        "Dorpsstraat 12a",
        "1234 AB",
        False,
    )
    assert (b["address_line1"], b["postcode"], b["country"]) == ("Rue Haute 5", "1000", "BE")
    assert (c["address_line1"], c["postcode"], c["country"]) == ("Dorpsstraat 1", "1234 AB", "NL")
    assert "address_line1" not in d  # a house number without a street is no address
    assert (d["postcode"], d["country"]) == ("9999 XX", "NL")


def test_the_smaller_vocabularies(preview_csv: Preview) -> None:
    preview = preview_csv(
        customers_file(
            "Naam;Voorkeurskanaal;Betaaldag;Geen SMS;Geen e-mail;Niet bellen;Tags;Soort vordering;"
            "Machtigingskenmerk;Machtigingsdatum;KvK;Segment;T.a.v.",
            'A;SMS;25;ja;nee;x;"vip; kinderopvang | Noord";consumentenkoop;MND-001;01-02-2024;'
            "12345678;Noord;Mevr. Jansen",
            "B;brief;32;misschien;0;1;vip,VIP;overig;" + "M" * 40 + ";morgen;" + "9" * 30 + ";;",
        ),
        kind=ImportKind.CUSTOMERS,
    )
    a, b = preview.customers["D1"], preview.customers["D2"]
    assert a.values["preferred_channel"] is Channel.SMS
    assert a.values["preferred_payment_day"] == 25
    assert (a.values["opt_out_sms"], a.values["opt_out_email"], a.values["opt_out_call"]) == (
        True,
        False,
        True,
    )
    assert a.tags == ("vip", "kinderopvang", "Noord")
    assert a.values["claim_type"] is ClaimType.CONSUMER_SALE
    assert a.values["mandate_reference"] == "MND-001"
    assert a.values["mandate_date"] == date(2024, 2, 1)
    assert (a.values["coc_number"], a.values["segment"], a.values["attention"]) == (
        "12345678",
        "Noord",
        "Mevr. Jansen",
    )
    assert b.values["preferred_channel"] is Channel.LETTER
    assert b.tags == ("vip",)
    assert b.values["claim_type"] is ClaimType.OTHER
    for left_out in (
        "preferred_payment_day",
        "opt_out_sms",
        "mandate_reference",
        "mandate_date",
        "coc_number",
    ):
        assert left_out not in b.values
    assert {i.message.code for i in preview.warnings} >= {
        "import.bad_payment_day",
        "import.unknown_yes_no",
        "import.value_too_long_left_out",
        "import.bad_date_left_out",
    }
    for warning in preview.warnings:
        rendered(warning)


def test_long_customer_texts_are_cut_with_a_warning(preview_csv: Preview) -> None:
    preview = preview_csv(
        customers_file("Naam;Plaats;Adres", f"A;{'p' * 10_000};{'s' * 300}"),
        kind=ImportKind.CUSTOMERS,
    )
    values = preview.customers["D1"].values
    assert values["city"] == "p" * 100
    assert values["address_line1"] == "s" * 200
    assert sorted(i.column or "" for i in preview.warnings) == ["Adres", "Plaats"]


def test_customers_of_rejected_rows_are_not_imported(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Naam;Vervaldatum;Bedrag\n"
        "F1;D1;Jansen;31-12-2026;10\n"
        "F2;D2;Bakker;31-12-2026;veel\n"
    )
    assert list(preview.customers) == ["D1"]
