"""The hand-over dossier: one workbook per customer with the claims, charges, every step taken, the
14-day-letter evidence and the customer; read back with openpyxl cell by cell; text that looks like a
formula stays text."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from debtordesk.cli import main
from debtordesk.db.models import Charge, FourteenDayLetter
from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChargeKind,
    ChargeStatus,
    CommunicationStatus,
    DunningStatus,
)
from debtordesk.domain.enums import CustomerType, InvoiceStatus
from debtordesk.domain.errors import UserError
from debtordesk.services.database import Database
from debtordesk.services.dunning_status import hand_over
from debtordesk.services.handover_export import (
    customer_ids_for_numbers,
    export_handover_dossiers,
)
from tests.integration.views.factory import add_customer, add_invoice

from .factory import add_communication

TODAY = date(2026, 6, 30)


def _fill(db: Database) -> dict[str, int]:
    ids: dict[str, int] = {}
    with db.write() as session:
        jan = ids["jan"] = add_customer(
            session,
            "K-1",
            "Jan Jansen",
            address_line1="Dorpsstraat 1",
            postcode="1234 AB",
            city="Ede",
            email="jan@example.nl",
            mobile="+31612345678",
            email_consent=True,
        )
        f1 = add_invoice(
            session,
            jan,
            "F1",
            date(2026, 3, 1),
            "250.00",
            "200.00",
            invoice_date=date(2026, 2, 15),
            description="Opvang februari",
        )
        f2 = add_invoice(session, jan, "F2", date(2026, 4, 1), "100.00")
        add_invoice(session, jan, "C1", date(2026, 4, 5), "-20.00")
        add_invoice(  # paid: not a claim
            session, jan, "F0", date(2026, 1, 1), "75.00", "0.00", status=InvoiceStatus.PAID
        )
        email = add_communication(
            session,
            jan,
            [f1],
            step_key="reminder_1",
            step_name="Reminder",
            channel=ActionChannel.EMAIL,
            status=CommunicationStatus.SENT,
            planned_for=date(2026, 3, 8),
            went_out_on=date(2026, 3, 8),
            payment_reference="RF71DK1",
            open_amount=Decimal("200.00"),
        )
        letter = add_communication(
            session,
            jan,
            [f1, f2],
            step_key="fourteen_day",
            step_name="14-day letter",
            channel=ActionChannel.LETTER,
            requested_channel=ActionChannel.EMAIL,
            status=CommunicationStatus.DISPATCHED,
            planned_for=date(2026, 4, 20),
            went_out_on=date(2026, 4, 21),
            payment_reference="RF71DK1",
            open_amount=Decimal("280.00"),
            costs_announced=Decimal("42.00"),
            fourteen_day_letter=True,
        )
        session.add(
            FourteenDayLetter(
                customer_id=jan,
                communication_id=letter,
                channel=ActionChannel.LETTER,
                dispatched_on=date(2026, 4, 21),
                evidence="Registered mail RR123456789NL",
                receipt_on=date(2026, 4, 24),
                term_ends_on=date(2026, 5, 8),
                costs_from=date(2026, 5, 9),
                costs_amount=Decimal("42.00"),
            )
        )
        session.add_all(
            [
                Charge(
                    customer_id=jan,
                    kind=ChargeKind.COSTS,
                    amount=Decimal("42.00"),
                    status=ChargeStatus.OPEN,
                    communication_id=letter,
                ),
                Charge(
                    customer_id=jan,
                    invoice_id=f1,
                    kind=ChargeKind.INTEREST,
                    amount=Decimal("3.10"),
                    status=ChargeStatus.WAIVED,
                    waived_reason="Sociaal incasseren",
                ),
            ]
        )
        ids["email"], ids["letter"] = email, letter
        # a name and notes that a spreadsheet would run as formulas
        evil = ids["evil"] = add_customer(
            session,
            "=K/2",
            '=HYPERLINK("http://evil.example","Klik")',
            customer_type=CustomerType.BUSINESS,
            city="+31 Amsterdam",
            email="@mail@example.nl",
        )
        add_invoice(session, evil, "-F9", date(2026, 5, 1), "10.00", description="-10 korting")
    return ids


def _rows(sheet: Worksheet) -> list[list[Any]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _table(sheet: Worksheet, header_row: int = 1) -> list[dict[str, Any]]:
    rows = _rows(sheet)
    header = rows[header_row - 1]
    return [dict(zip(header, row, strict=False)) for row in rows[header_row:] if any(row)]


def _summary(sheet: Worksheet) -> dict[str, Any]:
    return {row[0]: row[1] for row in _rows(sheet)[1:] if row[0] is not None}


def _date(value: Any) -> date:
    """openpyxl reads a date cell back as a datetime at midnight."""
    assert isinstance(value, datetime), value
    return value.date()


def test_a_dossier_holds_claims_charges_steps_evidence_and_the_customer(
    db: Database, tmp_path: Path
) -> None:
    ids = _fill(db)
    hand_over(db, ids["jan"], note="Incasso BV")
    result = export_handover_dossiers(db, [ids["jan"]], tmp_path / "out", today=TODAY)
    [written] = result.files
    assert written.path == tmp_path / "out" / "handover-K-1.xlsx"
    assert written.status is DunningStatus.HANDED_OVER
    assert (written.claims, written.open_principal, written.open_charges) == (
        3,
        Decimal("280.00"),
        Decimal("42.00"),
    )
    assert (written.communications, written.letters, written.fourteen_day_letters) == (2, 1, 1)

    book = load_workbook(written.path)
    assert book.sheetnames == [
        "Summary",
        "Claims",
        "Charges",
        "Communications",
        "14-day letter evidence",
        "Customer",
    ]
    summary = _summary(book["Summary"])
    assert summary["Customer number"] == "K-1"
    assert summary["Dunning status"] == "handed over"
    assert summary["Creditor"] == "Mijn administratie"
    assert summary["Open principal"] == pytest.approx(280.00)
    assert summary["Open collection costs"] == pytest.approx(42.00)
    assert summary["Open interest"] == 0  # the interest was waived
    assert summary["Total claimed"] == pytest.approx(322.00)
    assert _date(summary["Valid 14-day letter sent on"]) == date(2026, 4, 21)
    assert summary["Letters sent"] == 1
    assert any("letter archive" in str(row[0]) for row in _rows(book["Summary"]))

    claims = _table(book["Claims"])
    assert [c["Invoice"] for c in claims] == ["F1", "F2", "C1"]
    f1 = claims[0]
    assert (_date(f1["Invoice date"]), _date(f1["Due date"])) == (
        date(2026, 2, 15),
        date(2026, 3, 1),
    )
    assert (f1["Amount"], f1["Open"], f1["Days overdue"]) == (250, 200, 121)
    assert f1["Description"] == "Opvang februari"
    assert claims[2]["Open"] == -20
    assert book["Claims"]["E2"].number_format == "#,##0.00"

    charges = _table(book["Charges"])
    costs, interest = charges
    assert (costs["Kind"], costs["Amount"], costs["Status"]) == ("collection costs", 42, "open")
    assert costs["Announced by"] == "14-day letter (letter)"
    assert _date(costs["Letter sent on"]) == date(2026, 4, 21)
    assert (interest["Status"], interest["Reason waived"], interest["Invoice"]) == (
        "waived",
        "Sociaal incasseren",
        "F1",
    )

    sheet = book["Communications"]
    assert "letter archive" in str(sheet["A1"].value)
    steps = _table(sheet, header_row=2)
    assert [s["Step"] for s in steps] == ["Reminder", "14-day letter"]
    letter = steps[1]
    assert (letter["Channel"], letter["Instead of"], letter["Status"]) == (
        "letter",
        "e-mail",
        "dispatched",
    )
    assert (letter["Invoices"], letter["Payment reference"]) == ("F1, F2", "RF71DK1")
    assert _date(letter["Sent on"]) == date(2026, 4, 21)
    assert (letter["Costs announced"], letter["14-day letter"]) == (42, "yes")

    [evidence] = _table(book["14-day letter evidence"])
    assert evidence["Evidence"] == "Registered mail RR123456789NL"
    assert _date(evidence["Assumed receipt"]) == date(2026, 4, 24)
    assert _date(evidence["Costs from"]) == date(2026, 5, 9)
    assert (evidence["Void"], evidence["Channel"]) == ("no", "letter")

    customer = {row["Field"]: row["Value"] for row in _table(book["Customer"])}
    assert customer["Name"] == "Jan Jansen"
    assert customer["Customer type"] == "consumer"
    assert customer["E-mail"] == "jan@example.nl"
    assert customer["Postcode"] == "1234 AB"
    assert customer["Legal notices by e-mail"] == "yes"


def test_text_that_looks_like_a_formula_is_written_as_text(db: Database, tmp_path: Path) -> None:
    ids = _fill(db)
    [written] = export_handover_dossiers(db, [ids["evil"]], tmp_path, today=TODAY).files
    assert written.path.name == "handover-K_2.xlsx"  # '=' and '/' do not reach the file name
    book = load_workbook(written.path)
    cells = [
        book["Summary"]["B2"],  # creditor: harmless
        book["Summary"]["B3"],  # customer number "=K/2"
        book["Summary"]["B4"],  # the name with =HYPERLINK
        book["Claims"]["A2"],  # invoice "-F9"
        book["Claims"]["G2"],  # description "-10 korting"
    ]
    values = [cell.value for cell in cells]
    assert values == [
        "Mijn administratie",
        "=K/2",
        '=HYPERLINK("http://evil.example","Klik")',
        "-F9",
        "-10 korting",
    ]
    for cell in cells[1:]:
        assert cell.data_type == "s", cell.coordinate  # a string, not a formula ("f")
        assert cell.quotePrefix, cell.coordinate
    customer = {row[0].value: row for row in book["Customer"].iter_rows(min_row=2)}
    assert customer["City"][1].value == "+31 Amsterdam" and customer["City"][1].quotePrefix
    assert customer["E-mail"][1].value == "@mail@example.nl"
    assert customer["E-mail"][1].data_type == "s"
    # no formula anywhere in the workbook
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)


def test_dossiers_in_dutch_and_for_several_customers(db: Database, tmp_path: Path) -> None:
    ids = _fill(db)
    result = export_handover_dossiers(
        db, [ids["jan"], ids["evil"], ids["jan"]], tmp_path, today=TODAY, language="nl"
    )
    assert [f.customer_number for f in result.files] == ["K-1", "=K/2"]
    book = load_workbook(result.files[0].path)
    assert book.sheetnames[:2] == ["Overzicht", "Vorderingen"]
    assert _summary(book["Overzicht"])["Aanmaanstatus"] == "actief"
    charges = _table(book["Kosten en rente"])
    assert charges[0]["Soort"] == "incassokosten"


def test_an_empty_dossier_says_so(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        nobody = add_customer(session, "K-9", "Nobody")
    [written] = export_handover_dossiers(db, [nobody], tmp_path, today=TODAY).files
    book = load_workbook(written.path)
    assert _rows(book["Claims"])[1][0] == "No open invoices."
    assert _rows(book["Charges"])[1][0] == "Nothing recorded."
    assert written.claims == 0


def test_customer_numbers_are_looked_up_and_an_unknown_one_is_refused(db: Database) -> None:
    ids = _fill(db)
    assert customer_ids_for_numbers(db, 1, ["=K/2", " K-1 "]) == [ids["evil"], ids["jan"]]
    with pytest.raises(UserError) as refused:
        customer_ids_for_numbers(db, 1, ["K-1", "K-404"])
    assert refused.value.code == "handover.unknown_customer"
    assert refused.value.message.params["number"] == "K-404"
    with pytest.raises(UserError):
        customer_ids_for_numbers(db, 1, ["  "])


def test_a_folder_that_cannot_be_made_is_refused_with_words(db: Database, tmp_path: Path) -> None:
    ids = _fill(db)
    place = tmp_path / "exports"
    place.mkdir()
    blocker = place / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError) as refused:
        export_handover_dossiers(db, [ids["jan"]], blocker / "sub", today=TODAY)
    assert refused.value.code == "handover.folder_unusable"
    assert str(blocker / "sub") in str(refused.value.message.params["folder"])
    assert list(place.iterdir()) == [blocker]


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(["--db", _url(db), *args])
    captured = capsys.readouterr()
    out = json.loads(captured.out) if "--json" in args else captured.out
    return status, out, captured.err


def test_the_command_writes_the_dossiers_and_says_where(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _fill(db)
    hand_over(db, ids["jan"])
    target = tmp_path / "agency"
    status, data, err = _run(
        db, capsys, "handover-export", "K-1", "=K/2", "--to", str(target), "--json"
    )
    assert status == 0
    assert data["folder"] == str(target)
    jan, evil = data["files"]
    assert jan == {
        "customer": "K-1",
        "name": "Jan Jansen",
        "status": "handed_over",
        "path": str(target / "handover-K-1.xlsx"),
        "claims": 3,
        "open_principal": "280.00",
        "open_charges": "42.00",
        "communications": 2,
        "letters": 1,
        "fourteen_day_letters": 1,
        # a 14-day letter by post: no e-mailed letter PDF comes along
        "letter_pdfs": [],
        "letter_pdf_problems": [],
    }
    assert evil["status"] == "active"
    assert "=K/2 is not handed over yet" in err  # the note goes to stderr, the JSON stays clean
    assert load_workbook(target / "handover-K-1.xlsx")["Claims"]["A2"].value == "F1"

    status, text, _ = _run(
        db, capsys, "--lang", "nl", "handover-export", "K-1", "--to", str(target)
    )
    assert status == 0
    assert "K-1 (Jan Jansen): 3 vorderingen, 280,00 open" in text
    assert f"1 dossier geschreven naar {target}" in text
    assert "1 dossiers" not in text
    # a Dutch clerk's files have Dutch names
    assert f"naar {target / 'overdracht-K-1.xlsx'}" in text
    assert (target / "overdracht-K-1.xlsx").exists()


def test_the_command_refuses_an_unknown_customer_and_writes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(db)
    target = tmp_path / "agency"
    status, data, _ = _run(
        db, capsys, "handover-export", "K-1", "K-404", "--to", str(target), "--json"
    )
    assert status == 2
    assert data["error"]["code"] == "handover.unknown_customer"
    assert "K-404" in data["error"]["message"]
    assert not target.exists()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_file_gets_the_usual_permissions_and_no_temporary_file_stays(
    db: Database, tmp_path: Path
) -> None:
    ids = _fill(db)
    umask = os.umask(0o022)
    os.umask(umask)
    [written] = export_handover_dossiers(db, [ids["jan"]], tmp_path, today=TODAY).files
    assert written.path.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [
        p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite" and "sqlite" not in p.name
    ] == ["handover-K-1.xlsx"]
