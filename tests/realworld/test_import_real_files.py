"""Real third-party files (../shared/data/real): receivables preview right, everything else is refused
with a message in both languages; nothing crashes.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from debtordesk.domain.enums import ImportKind
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.importing import load_preview
from debtordesk.importing.model import Field, ParseOptions
from tests.unit.importing.helpers import complete

pytestmark = pytest.mark.realworld

IBM = Path("ibm-accounts-receivable") / "WA_Fn-UseC_-Accounts-Receivable.csv"
SPREADSHEETS_AND_TEXT = {".csv", ".xlsx", ".xls", ".ods", ".txt"}


def test_the_ibm_sample_previews_as_2466_open_invoices(real_data: Path) -> None:
    preview = load_preview(real_data / IBM, kind=ImportKind.OPEN_ITEMS, options=ParseOptions())
    assert len(preview.invoices) == 2466
    assert preview.rows_read == 2466
    assert preview.errors == ()
    assert preview.rejected_rows == ()
    assert preview.mapping == {
        Field.COUNTRY: "countryCode",
        Field.CUSTOMER_NUMBER: "customerID",
        Field.INVOICE_NUMBER: "invoiceNumber",
        Field.INVOICE_DATE: "InvoiceDate",
        Field.DUE_DATE: "DueDate",
        Field.AMOUNT: "InvoiceAmount",
        Field.DAYS_OVERDUE: "DaysLate",
    }
    first = preview.invoices[0]
    assert (first.number, first.customer_key) == ("611365", "0379-NEVHP")
    # US month/day/year, proven by the column (days above 12 in second place)
    assert (first.invoice_date, first.due_date) == (date(2013, 1, 2), date(2013, 2, 1))
    assert first.amount == first.open_amount == Decimal("55.94")
    assert all(i.open_amount == i.amount for i in preview.invoices)
    # no open-amount column: one warning for the whole file, not one per invoice
    derived = [i for i in preview.warnings if i.message.code == "import.open_amount_derived_all"]
    assert len(derived) == 1 and derived[0].row is None
    assert len(preview.warnings) < 10
    assert len(preview.customers) == 100


def test_the_ibm_sample_as_a_payment_history(real_data: Path) -> None:
    preview = load_preview(real_data / IBM, kind=ImportKind.HISTORY, options=ParseOptions())
    assert len(preview.invoices) == 2466
    assert preview.mapping[Field.PAID_DATE] == "SettledDate"
    first = preview.invoices[0]
    assert first.paid_date == date(2013, 1, 15)
    assert first.open_amount == 0


def _candidates(root: Path) -> list[Path]:
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and path.suffix.lower() in SPREADSHEETS_AND_TEXT
    )


def test_the_real_files_are_there(real_data: Path) -> None:
    files = _candidates(real_data)
    assert len(files) > 100
    assert {f.suffix.lower() for f in files} >= {".csv", ".xlsx", ".xls", ".txt"}


@pytest.mark.parametrize("kind", list(ImportKind))
def test_every_real_file_previews_or_is_refused_in_both_languages(
    real_data: Path, kind: ImportKind
) -> None:
    outcomes: dict[str, str] = {}
    for path in _candidates(real_data):
        name = str(path.relative_to(real_data))
        try:
            preview = load_preview(path, kind=kind, options=ParseOptions())
        except UserError as error:
            complete(error.message)
            assert render(error.message, "en") != render(error.message, "nl"), name
            outcomes[name] = error.code
        else:
            for found in preview.issues:
                complete(found.message)
            outcomes[name] = "preview"
    # the bank statements are not receivables: refused, and said so where the columns show it
    assert outcomes["ofxstatement-dutch/ing_ok.csv"] == "import.bank_statement"
    assert outcomes["ofxstatement-dutch/Knab_transactieoverzicht_ok.csv"] == "import.bank_statement"
    assert outcomes["ofxstatement-dutch/empty.csv"] == "import.file_empty"
    assert outcomes["zilverline-mt940/ing.txt"] == "import.file_mt940"
    # PayPal's statements have a running balance that could pass for open amounts
    for paypal in ("statement_en.csv", "activity_en.csv"):
        assert outcomes[f"oca-bank-statement-import/paypal/{paypal}"] == "import.bank_statement"
    # the only receivables list among them is the only file that previews, as every kind
    assert {name for name, outcome in outcomes.items() if outcome == "preview"} == {str(IBM)}


def test_workbook_edge_cases_read_without_crashing(real_data: Path) -> None:
    """Merged headers, the 1904 date system, ISO text dates, an .xls holding XLSX content."""
    from debtordesk.importing import inspect_file, read_sheet

    edge = real_data / "calamine-edgecases"
    dates = read_sheet(inspect_file(edge / "date_1904.xlsx")).rows
    assert dates[0][0] == date(2021, 1, 1)
    assert read_sheet(inspect_file(edge / "date.xls")).rows[0][0] == date(2021, 1, 1)
    merged = read_sheet(inspect_file(edge / "merged_range.xlsx"))
    assert (0, 2, 1, 3) in merged.merged
    disguised = inspect_file(real_data / "oca-bank-statement-import/adyen/adyen_test_invalid.xls")
    assert disguised.format == "xlsx"
    assert read_sheet(disguised).rows
    offsets = read_sheet(
        inspect_file(real_data / "oca-bank-statement-import/sheet/sample_statement_offsets.xlsx")
    )
    assert offsets.rows[2][1] == "Date"  # data starting at B3 keeps its row and column
