"""Fields a file gives in parts: the amount as debit and credit columns, the name as first name,
tussenvoegsel and last name (importing.derived)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from debtordesk.domain.enums import ImportKind
from debtordesk.importing import auto_map, load_preview
from debtordesk.importing.model import Field, ParseOptions
from tests.unit.importing.conftest import Preview
from tests.unit.importing.helpers import codes, issue, write_xlsx

LEDGER = (
    "Factuurnummer;Debiteurnummer;Voornaam;Tussenvoegsel;Achternaam;Factuurdatum;Vervaldatum;"
    "Debet;Credit\n"
    "F-1;1001;Jan;de;Vries;01-10-2026;15-10-2026;100,00;\n"
    "F-2;1002;Fatma; ;Yılmaz;02-10-2026;16-10-2026;1.250,50;0,00\n"
    "C-3;1001;Jan;de;Vries;03-10-2026;17-10-2026;;25,00\n"
    "F-4;1003;;van der;Berg;04-10-2026;18-10-2026;80,00;30,00\n"
)


def test_amount_is_debit_minus_credit_and_name_is_put_together(preview_csv: Preview) -> None:
    preview = preview_csv(LEDGER)
    assert preview.mapping[Field.DEBIT] == "Debet"
    assert preview.mapping[Field.CREDIT] == "Credit"
    assert preview.mapping[Field.FIRST_NAME] == "Voornaam"
    assert preview.mapping[Field.NAME_PREFIX] == "Tussenvoegsel"
    assert preview.mapping[Field.LAST_NAME] == "Achternaam"
    # the preview reports the file's own columns: nothing that a preset could not find again
    assert Field.AMOUNT not in preview.mapping
    assert Field.CUSTOMER_NAME not in preview.mapping
    assert not preview.errors, codes(preview.issues)
    amounts = {inv.number: (inv.amount, inv.open_amount) for inv in preview.invoices}
    assert amounts == {
        "F-1": (Decimal("100.00"), Decimal("100.00")),
        "F-2": (Decimal("1250.50"), Decimal("1250.50")),
        "C-3": (Decimal("-25.00"), Decimal("-25.00")),
        "F-4": (Decimal("50.00"), Decimal("50.00")),
    }
    names = {key: data.values.get("name") for key, data in preview.customers.items()}
    assert names == {"1001": "Jan de Vries", "1002": "Fatma Yılmaz", "1003": "van der Berg"}
    # no warning that the amount was taken from the open amount
    assert "import.amount_from_open_all" not in codes(preview.issues)


def test_a_bad_debit_rejects_the_row_and_names_the_columns(preview_csv: Preview) -> None:
    text = (
        "Factuurnummer;Debiteurnummer;Vervaldatum;Debet;Credit\n"
        "F-1;1001;15-10-2026;veertig;\n"
        "F-2;1002;15-10-2026;40,00;\n"
    )
    preview = preview_csv(text)
    assert [inv.number for inv in preview.invoices] == ["F-2"]
    problem = issue(preview, "import.bad_amount")
    assert problem.row == 2
    assert problem.column == "Debet − Credit"
    assert problem.value == "veertig"


def test_a_row_with_neither_debit_nor_credit_has_no_amount(preview_csv: Preview) -> None:
    text = "Factuurnummer;Debiteurnummer;Vervaldatum;Debet;Credit\nF-1;1001;15-10-2026;;\n"
    preview = preview_csv(text)
    assert not preview.invoices
    assert preview.errors
    assert preview.errors[0].row == 2


def test_an_amount_column_wins_over_debit_and_credit(preview_csv: Preview) -> None:
    text = (
        "Factuurnummer;Debiteurnummer;Naam;Achternaam;Vervaldatum;Bedrag;Debet;Credit\n"
        "F-1;1001;Bakkerij Jansen BV;Jansen;15-10-2026;99,00;100,00;1,00\n"
    )
    preview = preview_csv(text)
    (invoice,) = preview.invoices
    assert invoice.amount == Decimal("99.00")
    assert preview.customers["1001"].values["name"] == "Bakkerij Jansen BV"


def test_debit_credit_beside_an_open_amount(preview_csv: Preview) -> None:
    text = (
        "Factuurnummer;Debiteurnummer;Vervaldatum;Debet;Credit;Saldo\n"
        "F-1;1001;15-10-2026;100,00;;60,00\n"
    )
    preview = preview_csv(text)
    (invoice,) = preview.invoices
    assert (invoice.amount, invoice.open_amount) == (Decimal("100.00"), Decimal("60.00"))
    assert not preview.amount_from_open


def test_debit_and_credit_as_spreadsheet_numbers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "grootboek.xlsx",
        [
            ["Factuur", "Klantnummer", "First name", "Last name", "Due date", "Debit", "Credit"],
            ["F-1", 1001, "Anna", "Smith", date(2026, 10, 15), 120.5, None],
            ["C-2", 1001, "Anna", "Smith", date(2026, 10, 15), None, 20],
            ["F-3", 1002, "Piet", "Bos", date(2026, 10, 15), 10.004, 0],
        ],
    )
    preview = load_preview(
        path, kind=ImportKind.OPEN_ITEMS, options=ParseOptions(kind=ImportKind.OPEN_ITEMS)
    )
    amounts = {inv.number: inv.amount for inv in preview.invoices}
    assert amounts == {"F-1": Decimal("120.50"), "C-2": Decimal("-20.00"), "F-3": Decimal("10.00")}
    assert preview.customers["1001"].values["name"] == "Anna Smith"
    # 10.004 was rounded: the row pass says so, as for a single amount column
    rounded = issue(preview, "import.amount_rounded")
    assert rounded.row == 4
    assert rounded.column == "Debit − Credit"


def test_only_debit_or_only_credit(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Debiteurnummer;Vervaldatum;Debet\nF-1;1;15-10-2026;12,50\n"
    )
    assert [inv.amount for inv in preview.invoices] == [Decimal("12.50")]


def test_customers_file_with_name_in_parts(preview_csv: Preview) -> None:
    text = "Klantnummer;Voornaam;Tussenvoegsel;Achternaam;E-mail\n7;Sanne;van den;Heuvel;s@example.nl\n"
    preview = preview_csv(text, kind=ImportKind.CUSTOMERS)
    assert preview.customers["7"].values["name"] == "Sanne van den Heuvel"


def test_no_customer_number_keyed_by_the_name_in_parts(preview_csv: Preview) -> None:
    text = "Factuurnummer;Voornaam;Achternaam;Vervaldatum;Debet\nF-1;Jan;Bos;15-10-2026;10,00\n"
    preview = preview_csv(text)
    (invoice,) = preview.invoices
    assert preview.customers[invoice.customer_key].values["name"] == "Jan Bos"


def test_auto_map_names_the_parts() -> None:
    mapping = auto_map(
        ["Invoice", "Surname", "Given name", "Tussenvoegsels", "Debits", "Credits"],
        ImportKind.OPEN_ITEMS,
    )
    assert mapping[Field.LAST_NAME] == "Surname"
    assert mapping[Field.FIRST_NAME] == "Given name"
    assert mapping[Field.NAME_PREFIX] == "Tussenvoegsels"
    assert mapping[Field.DEBIT] == "Debits"
    assert mapping[Field.CREDIT] == "Credits"
    # a customers list has no amounts
    customers = auto_map(["Klantnummer", "Debet", "Achternaam"], ImportKind.CUSTOMERS)
    assert Field.DEBIT not in customers
    assert customers[Field.LAST_NAME] == "Achternaam"


def test_clerk_maps_the_parts_by_hand(write_csv: Callable[..., Path]) -> None:
    path = write_csv("Nr;Klant;Kolom A;Kolom B;Datum\nF-1;K1;30,00;5,00;15-10-2026\n")
    preview = load_preview(
        path,
        kind=ImportKind.OPEN_ITEMS,
        options=ParseOptions(kind=ImportKind.OPEN_ITEMS),
        mapping={
            Field.INVOICE_NUMBER: "Nr",
            Field.CUSTOMER_NUMBER: "Klant",
            Field.DEBIT: "Kolom A",
            Field.CREDIT: "Kolom B",
            Field.DUE_DATE: "Datum",
        },
    )
    assert [inv.amount for inv in preview.invoices] == [Decimal("25.00")]
