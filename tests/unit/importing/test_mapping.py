"""Finding the header row and mapping columns to fields from their Dutch and English names."""

from __future__ import annotations

import pytest

from debtordesk.domain.enums import ImportKind
from debtordesk.importing import auto_map, detect_header, headers_for, required_fields
from debtordesk.importing.mapping import looks_like_bank_statement, resolve_mapping
from debtordesk.importing.model import Cell, Field, SheetData
from debtordesk.importing.synonyms import normalise_header

F = Field
OPEN = ImportKind.OPEN_ITEMS


def sheet(*rows: list[Cell]) -> SheetData:
    return SheetData(name=None, rows=[list(r) for r in rows])


# ------------------------------------------------------------------ header row


def test_the_header_is_found_below_title_rows() -> None:
    data = sheet(
        ["Openstaande posten debiteuren", "", ""],
        ["Administratie: Kinderopvang De Boog", "", ""],
        ["Exportdatum: 31-12-2026", "", ""],
        ["", "", ""],
        ["Factuurnr.", "Debiteur", "Bedrag (EUR)"],
        ["2026001", "Jansen", "12,50"],
    )
    guess = detect_header(data, OPEN)
    assert guess.index == 4
    assert guess.headers == ("Factuurnr.", "Debiteur", "Bedrag (EUR)")
    assert guess.matches == 3


def test_a_title_with_several_cells_does_not_beat_the_real_header() -> None:
    data = sheet(
        ["Rapport", "Openstaande posten", "per 31-12-2026", ""],
        ["Factuurnummer", "Naam", "Vervaldatum", "Openstaand"],
        ["F1", "Jansen", "31-12-2026", "1,00"],
    )
    assert detect_header(data, OPEN).index == 1


def test_unknown_column_names_above_values_are_still_a_header() -> None:
    data = sheet(["Kolom een", "Kolom twee"], ["F1", "12,50"], ["F2", "3,00"])
    guess = detect_header(data, OPEN)
    assert guess.index == 0
    assert guess.matches == 0


def test_a_file_without_header_names_its_columns_by_letter() -> None:
    data = sheet(["F1", "31-12-2026", "12,50"], ["F2", "01-01-2027", "3,00"])
    guess = detect_header(data, OPEN)
    assert guess.index is None
    assert guess.headers == ("A", "B", "C")


def test_empty_and_repeated_headers_get_unique_names() -> None:
    data = sheet(["Bedrag", "", "bedrag", "Bedrag", None, "Bedrag (2)"])
    assert headers_for(data, 0) == (
        "Bedrag",
        "Column B",
        "bedrag (2)",
        "Bedrag (3)",
        "Column E",
        "Bedrag (2) (2)",
    )


def test_headers_of_numbers_dates_and_long_texts_are_text() -> None:
    from datetime import date

    data = sheet([2026, date(2026, 1, 1), "  Factuur\nnummer  ", "x" * 500])
    names = headers_for(data, 0)
    assert names[:3] == ("2026", "2026-01-01", "Factuur nummer")
    assert len(names[3]) <= 120


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Factuurnr.", "factuurnr"),
        ("Deb.nr.", "debnr"),
        ("Bedrag (EUR)", "bedrag"),
        ("Bedrag_EUR", "bedrag"),
        ("Bedrag in euro", "bedrag"),
        ("Bedrag €", "bedrag"),
        ("Debiteur", "debiteur"),  # its "eur" is not a currency
        ("E-mail", "email"),
        ("Due_Date", "duedate"),
        ("Naam / Omschrijving", "naamomschrijving"),
        ("Öpen-stäand", "openstaand"),
    ],
)
def test_header_names_are_compared_in_a_normal_form(header: str, key: str) -> None:
    assert normalise_header(header) == key


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # a typical Dutch export (Exact Online openstaande posten)
        (
            [
                "Debiteurnummer",
                "Naam",
                "Factuurnummer",
                "Factuurdatum",
                "Vervaldatum",
                "Bedrag",
                "Openstaand",
                "E-mail",
                "Telefoon",
                "IBAN",
                "Adres",
                "Postcode",
                "Plaats",
            ],
            {
                F.CUSTOMER_NUMBER: "Debiteurnummer",
                F.CUSTOMER_NAME: "Naam",
                F.INVOICE_NUMBER: "Factuurnummer",
                F.INVOICE_DATE: "Factuurdatum",
                F.DUE_DATE: "Vervaldatum",
                F.AMOUNT: "Bedrag",
                F.OPEN_AMOUNT: "Openstaand",
                F.EMAIL: "E-mail",
                F.PHONE: "Telefoon",
                F.IBAN: "IBAN",
                F.ADDRESS: "Adres",
                F.POSTCODE: "Postcode",
                F.CITY: "Plaats",
            },
        ),
        # the IBM sample
        (
            [
                "countryCode",
                "customerID",
                "PaperlessDate",
                "invoiceNumber",
                "InvoiceDate",
                "DueDate",
                "InvoiceAmount",
                "Disputed",
                "SettledDate",
                "PaperlessBill",
                "DaysToSettle",
                "DaysLate",
            ],
            {
                F.COUNTRY: "countryCode",
                F.CUSTOMER_NUMBER: "customerID",
                F.INVOICE_NUMBER: "invoiceNumber",
                F.INVOICE_DATE: "InvoiceDate",
                F.DUE_DATE: "DueDate",
                F.AMOUNT: "InvoiceAmount",
                F.DAYS_OVERDUE: "DaysLate",
            },
        ),
        # e-Boekhouden / Twinfield style with abbreviations and currency suffixes
        (
            [
                "Deb.nr.",
                "Relatie",
                "Factuurnr.",
                "Datum",
                "Vervaldatum",
                "Bedrag (EUR)",
                "Saldo (EUR)",
                "Mobiel",
                "Betaalwijze",
            ],
            {
                F.CUSTOMER_NUMBER: "Deb.nr.",
                F.CUSTOMER_NAME: "Relatie",
                F.INVOICE_NUMBER: "Factuurnr.",
                F.INVOICE_DATE: "Datum",
                F.DUE_DATE: "Vervaldatum",
                F.AMOUNT: "Bedrag (EUR)",
                F.OPEN_AMOUNT: "Saldo (EUR)",
                F.MOBILE: "Mobiel",
                F.PAYMENT_METHOD: "Betaalwijze",
            },
        ),
        # Xero aged receivables: Reference is the invoice number there
        (
            ["Contact", "Reference", "Date", "Due Date", "Total", "Due", "Currency"],
            {
                F.CUSTOMER_NAME: "Contact",
                F.INVOICE_NUMBER: "Reference",
                F.INVOICE_DATE: "Date",
                F.DUE_DATE: "Due Date",
                F.AMOUNT: "Total",
                F.OPEN_AMOUNT: "Due",
                F.CURRENCY: "Currency",
            },
        ),
        # QuickBooks A/R aging detail
        (
            ["Date", "Transaction Type", "Num", "Customer", "Due Date", "Amount", "Open Balance"],
            {
                F.INVOICE_DATE: "Date",
                F.INVOICE_NUMBER: "Num",
                F.CUSTOMER_NAME: "Customer",
                F.DUE_DATE: "Due Date",
                F.AMOUNT: "Amount",
                F.OPEN_AMOUNT: "Open Balance",
            },
        ),
        # Moneybird API names
        (
            [
                "invoice_id",
                "contact_id",
                "invoice_date",
                "due_date",
                "total_price_incl_tax",
                "total_unpaid",
                "currency",
            ],
            {
                F.INVOICE_NUMBER: "invoice_id",
                F.CUSTOMER_NUMBER: "contact_id",
                F.INVOICE_DATE: "invoice_date",
                F.DUE_DATE: "due_date",
                F.AMOUNT: "total_price_incl_tax",
                F.OPEN_AMOUNT: "total_unpaid",
                F.CURRENCY: "currency",
            },
        ),
        # the more specific name wins when a file has both
        (
            ["Datum", "Factuurdatum", "Factuurnummer", "Bedrag", "Klantnummer"],
            {
                F.INVOICE_DATE: "Factuurdatum",
                F.INVOICE_NUMBER: "Factuurnummer",
                F.AMOUNT: "Bedrag",
                F.CUSTOMER_NUMBER: "Klantnummer",
            },
        ),
        # longer names found by their stem
        (
            [
                "Factuurnummer extern",
                "Openstaand incl. btw",
                "Vervaldatum factuur",
                "Klantnummer",
                "E-mailadres contactpersoon",
                "Mobiel nummer ouder",
            ],
            {
                F.INVOICE_NUMBER: "Factuurnummer extern",
                F.OPEN_AMOUNT: "Openstaand incl. btw",
                F.DUE_DATE: "Vervaldatum factuur",
                F.CUSTOMER_NUMBER: "Klantnummer",
                F.EMAIL: "E-mailadres contactpersoon",
                F.MOBILE: "Mobiel nummer ouder",
            },
        ),
        # AFAS: the bare "Verkooprelatie" is the code, "Naam verkooprelatie" the name
        (
            [
                "Verkooprelatie",
                "Naam verkooprelatie",
                "Factuurnummer",
                "Factuurdatum",
                "Vervaldatum",
                "Bedrag",
                "Openstaand",
            ],
            {
                F.CUSTOMER_NUMBER: "Verkooprelatie",
                F.CUSTOMER_NAME: "Naam verkooprelatie",
                F.INVOICE_NUMBER: "Factuurnummer",
                F.INVOICE_DATE: "Factuurdatum",
                F.DUE_DATE: "Vervaldatum",
                F.AMOUNT: "Bedrag",
                F.OPEN_AMOUNT: "Openstaand",
            },
        ),
        # Moneybird: the amount including VAT, not the one before it
        (
            [
                "Factuurnummer",
                "Contact",
                "Factuurdatum",
                "Vervaldatum",
                "Totaalbedrag excl. btw",
                "Btw",
                "Totaalbedrag incl. btw",
                "Openstaand bedrag",
            ],
            {
                F.INVOICE_NUMBER: "Factuurnummer",
                F.CUSTOMER_NAME: "Contact",
                F.INVOICE_DATE: "Factuurdatum",
                F.DUE_DATE: "Vervaldatum",
                F.AMOUNT: "Totaalbedrag incl. btw",
                F.OPEN_AMOUNT: "Openstaand bedrag",
            },
        ),
        # "Naam relatie" is the name, so the bare "Relatie" is the number
        (
            ["Relatie", "Naam relatie", "Factuur", "Vervaldatum", "Factuurtotaal"],
            {
                F.CUSTOMER_NUMBER: "Relatie",
                F.CUSTOMER_NAME: "Naam relatie",
                F.INVOICE_NUMBER: "Factuur",
                F.DUE_DATE: "Vervaldatum",
                F.AMOUNT: "Factuurtotaal",
            },
        ),
        (
            ["Naam klant", "Klant", "Factuurnummer", "Bedrag"],
            {
                F.CUSTOMER_NAME: "Naam klant",
                F.CUSTOMER_NUMBER: "Klant",
                F.INVOICE_NUMBER: "Factuurnummer",
                F.AMOUNT: "Bedrag",
            },
        ),
        # street and house number, and an "Nr" that is the invoice number when nothing else is
        (
            ["Nr", "Klant", "Straat", "Huisnummer", "Bedrag", "Datum"],
            {
                F.INVOICE_NUMBER: "Nr",
                F.CUSTOMER_NAME: "Klant",
                F.ADDRESS: "Straat",
                F.HOUSE_NUMBER: "Huisnummer",
                F.AMOUNT: "Bedrag",
                F.INVOICE_DATE: "Datum",
            },
        ),
    ],
)
def test_columns_are_mapped_from_dutch_and_english_names(
    headers: list[str], expected: dict[Field, str]
) -> None:
    assert auto_map(headers, OPEN) == expected


@pytest.mark.parametrize(
    ("incl", "others"),
    [
        ("Totaalbedrag incl. btw", ["Totaalbedrag excl. btw", "Totaalbedrag"]),
        ("Totaal incl. btw", ["Totaal excl. btw", "Totaal"]),
        ("Bedrag incl. btw", ["Bedrag excl. btw", "Bedrag", "Factuurbedrag"]),
        ("Bedrag inclusief BTW (EUR)", ["Bedrag exclusief BTW (EUR)", "Factuurtotaal"]),
        ("Factuurbedrag incl. btw", ["Factuurbedrag excl. btw", "Nettobedrag"]),
        ("Total incl. VAT", ["Total excl. VAT", "Total", "Net amount"]),
    ],
)
def test_the_amount_including_vat_is_preferred(incl: str, others: list[str]) -> None:
    for order in (["Factuurnummer", *others, incl], ["Factuurnummer", incl, *others]):
        assert auto_map(order, OPEN)[F.AMOUNT] == incl


@pytest.mark.parametrize(
    "header",
    [
        "Totaalbedrag incl. btw",
        "Totaal incl. btw",
        "Bedrag incl. btw",
        "Factuurtotaal",
        "Totaalbedrag",
        "Bedrag excl. btw",
        "Totaal excl. BTW",
    ],
)
def test_amount_names_alone_are_the_amount(header: str) -> None:
    assert auto_map(["Factuurnummer", header], OPEN) == {
        F.INVOICE_NUMBER: "Factuurnummer",
        F.AMOUNT: header,
    }


def test_an_amount_before_vat_gives_way_to_any_other_amount_column() -> None:
    headers = ["Factuurnummer", "Bedrag excl. btw", "Btw", "Bedrag"]
    assert auto_map(headers, OPEN)[F.AMOUNT] == "Bedrag"


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("Naam relatie", "Relatie"),
        ("Naam debiteur", "Debiteur"),
        ("Naam klant", "Klant"),
        ("Naam verkooprelatie", "Verkooprelatie"),
        ("Relatienaam", "Relatie"),
    ],
)
def test_naam_with_the_word_is_the_name_and_the_bare_word_the_number(name: str, word: str) -> None:
    for order in ([word, name], [name, word]):
        assert auto_map(order, OPEN) == {F.CUSTOMER_NUMBER: word, F.CUSTOMER_NAME: name}


def test_verkooprelatie_alone_is_the_number_unless_it_holds_names() -> None:
    assert auto_map(["Verkooprelatie"], OPEN) == {F.CUSTOMER_NUMBER: "Verkooprelatie"}
    codes = [["10001"], ["10002"]]
    names = [["Bakkerij Jansen"], ["Fatma Özer"]]
    assert auto_map(["Verkooprelatie"], OPEN, sample=codes) == {F.CUSTOMER_NUMBER: "Verkooprelatie"}
    assert auto_map(["Verkooprelatie"], OPEN, sample=names) == {F.CUSTOMER_NAME: "Verkooprelatie"}


def test_exact_onlines_onze_ref_is_the_invoice_number() -> None:
    """Exact Online's open items name the invoice number 'Onze ref.' and the customer's own
    reference 'Uw ref.'; the file was refused for want of an invoice number."""
    headers = ["Code", "Naam", "Onze ref.", "Uw ref.", "Datum", "Vervaldatum", "Bedrag", "Saldo"]
    mapping = auto_map(headers, OPEN)
    assert mapping[F.INVOICE_NUMBER] == "Onze ref."
    assert mapping[F.REFERENCE] == "Uw ref."
    assert mapping[F.CUSTOMER_NUMBER] == "Code" and mapping[F.CUSTOMER_NAME] == "Naam"
    # beside a real invoice-number column it is a reference
    both = auto_map(["Factuurnummer", "Onze referentie", "Bedrag"], OPEN)
    assert both[F.INVOICE_NUMBER] == "Factuurnummer" and both[F.REFERENCE] == "Onze referentie"


def test_a_name_listed_under_two_fields_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from debtordesk.importing import synonyms

    monkeypatch.setattr(synonyms, "_NAMES", {F.AMOUNT: ("Bedrag",), F.OPEN_AMOUNT: ("bedrag",)})
    with pytest.raises(ValueError, match="two fields"):
        synonyms._synonyms()


def test_spellings_that_read_alike_keep_the_rank_of_the_first() -> None:
    from debtordesk.importing.synonyms import SYNONYMS

    assert SYNONYMS[normalise_header("Vervaldatum")] == (F.DUE_DATE, 0)
    assert SYNONYMS[normalise_header("Verval datum")] == (F.DUE_DATE, 0)


def test_debiteur_is_the_number_or_the_name_by_its_neighbours_and_its_content() -> None:
    assert auto_map(["Debiteur", "Naam"], OPEN) == {
        F.CUSTOMER_NUMBER: "Debiteur",
        F.CUSTOMER_NAME: "Naam",
    }
    assert auto_map(["Debiteurnummer", "Debiteur"], OPEN) == {
        F.CUSTOMER_NUMBER: "Debiteurnummer",
        F.CUSTOMER_NAME: "Debiteur",
    }
    codes = [["10023"], ["D-77"], ["10024"]]
    names = [["Jansen B.V."], ["Fatma Özer"], ["De Vries"]]
    assert auto_map(["Debiteur"], OPEN) == {F.CUSTOMER_NUMBER: "Debiteur"}
    assert auto_map(["Debiteur"], OPEN, sample=codes) == {F.CUSTOMER_NUMBER: "Debiteur"}
    assert auto_map(["Debiteur"], OPEN, sample=names) == {F.CUSTOMER_NAME: "Debiteur"}
    assert auto_map(["Klant"], OPEN, sample=codes) == {F.CUSTOMER_NUMBER: "Klant"}


def test_betaaldatum_is_the_due_date_of_open_items_and_the_paid_date_of_a_history() -> None:
    assert auto_map(["Betaaldatum"], OPEN) == {F.DUE_DATE: "Betaaldatum"}
    assert auto_map(["Betaaldatum"], ImportKind.HISTORY) == {F.PAID_DATE: "Betaaldatum"}
    assert auto_map(["Vervaldatum", "Betaaldatum"], ImportKind.HISTORY) == {
        F.DUE_DATE: "Vervaldatum",
        F.PAID_DATE: "Betaaldatum",
    }


def test_a_type_column_is_the_customer_type_only_when_it_holds_customer_types() -> None:
    assert auto_map(["Type"], OPEN, sample=[["Particulier"], ["Zakelijk"]]) == {
        F.CUSTOMER_TYPE: "Type"
    }
    assert auto_map(["Type"], OPEN, sample=[["Factuur"], ["Creditnota"]]) == {}


def test_each_kind_maps_only_its_own_fields() -> None:
    headers = ["Debiteurnummer", "Naam", "Factuurnummer", "Bedrag", "Betaald op", "E-mail"]
    assert set(auto_map(headers, ImportKind.CUSTOMERS)) == {
        F.CUSTOMER_NUMBER,
        F.CUSTOMER_NAME,
        F.EMAIL,
    }
    assert F.PAID_DATE not in auto_map(headers, OPEN)
    assert auto_map(headers, ImportKind.HISTORY)[F.PAID_DATE] == "Betaald op"


def test_phone_and_mobile_columns() -> None:
    assert auto_map(["Telefoon", "Mobiel", "Vaste telefoon"], OPEN) == {
        F.PHONE: "Telefoon",
        F.MOBILE: "Mobiel",
        F.LANDLINE: "Vaste telefoon",
    }


def test_bank_statements_are_recognised_and_their_references_are_no_invoice_numbers() -> None:
    ing = ["Datum", "Naam / Omschrijving", "Rekening", "Tegenrekening", "Code", "Af Bij",
           "Bedrag (EUR)", "Mutatiesoort", "Mededelingen"]  # fmt: skip
    assert looks_like_bank_statement(ing)
    knab = ["Rekeningnummer", "Transactiedatum", "Valutacode", "CreditDebet", "Bedrag",
            "Tegenrekeningnummer", "Tegenrekeninghouder", "Valutadatum", "Referentie"]  # fmt: skip
    assert looks_like_bank_statement(knab)
    assert F.INVOICE_NUMBER not in auto_map(knab, OPEN)
    assert not looks_like_bank_statement(["Factuurnummer", "Debiteur", "Bedrag", "Saldo"])


def test_required_fields_per_kind() -> None:
    assert required_fields(OPEN) == {F.INVOICE_NUMBER}  # an open amount can stand in
    assert required_fields(ImportKind.HISTORY) == {F.INVOICE_NUMBER, F.AMOUNT, F.PAID_DATE}
    assert required_fields(ImportKind.CUSTOMERS) == {F.CUSTOMER_NUMBER}


def test_a_mapping_may_name_a_column_by_header_any_case_or_letter() -> None:
    headers = ("Factuurnummer", "Bedrag", "Naam")
    resolved, unknown = resolve_mapping(
        {
            F.INVOICE_NUMBER: "factuurnummer",
            F.AMOUNT: "B",
            F.CUSTOMER_NAME: "Naam",
            F.CITY: "Plaats",
        },
        headers,
    )
    assert resolved == {F.INVOICE_NUMBER: 0, F.AMOUNT: 1, F.CUSTOMER_NAME: 2}
    assert unknown == [(F.CITY, "Plaats")]
