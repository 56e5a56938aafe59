"""Claims nearing prescription, with fixed dates: the claim type decides 2 or 5 years, a letter that went
out interrupts, an e-mail, a cancelled letter or a void 14-day letter does not; soonest first;
``debtordesk prescription`` as text and JSON."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from debtordesk.cli import main
from debtordesk.db.models import FourteenDayLetter
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.enums import ClaimType, InvoiceStatus
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.services.database import Database
from debtordesk.services.prescription import prescription_warnings
from tests.integration.views.factory import add_customer, add_invoice

from .factory import add_communication

TODAY = date(2026, 6, 30)


def _fill(db: Database) -> None:
    with db.write() as session:
        energy = add_customer(session, "E-1", "Energie klant", claim_type=ClaimType.CONSUMER_SALE)
        care = add_customer(session, "Z-1", "Zorg klant", claim_type=ClaimType.OTHER)
        # 2 years from the due date: prescribes on 2026-08-02
        add_invoice(session, energy, "A", date(2024, 8, 1), "100.00")
        # the same, but a letter went out in January 2025: a new period of 2 years from then
        b = add_invoice(session, energy, "B", date(2024, 8, 1), "50.00")
        add_communication(
            session,
            energy,
            [b],
            channel=ActionChannel.LETTER,
            status=CommunicationStatus.DISPATCHED,
            went_out_on=date(2025, 1, 10),
        )
        # an e-mail interrupts nothing: prescribes on 2026-09-02
        e = add_invoice(session, energy, "E", date(2024, 9, 1), "30.00")
        add_communication(
            session,
            energy,
            [e],
            step_key="mail",
            channel=ActionChannel.EMAIL,
            status=CommunicationStatus.SENT,
            went_out_on=date(2025, 2, 1),
        )
        # a 14-day letter that came back (void evidence) interrupts nothing: 2026-09-21
        f = add_invoice(session, energy, "F", date(2024, 9, 20), "40.00")
        returned = add_communication(
            session,
            energy,
            [f],
            step_key="fourteen_day",
            channel=ActionChannel.LETTER,
            status=CommunicationStatus.DISPATCHED,
            went_out_on=date(2025, 3, 1),
            fourteen_day_letter=True,
        )
        session.add(
            FourteenDayLetter(
                customer_id=energy,
                communication_id=returned,
                channel=ActionChannel.LETTER,
                dispatched_on=date(2025, 3, 1),
                receipt_on=date(2025, 3, 4),
                term_ends_on=date(2025, 3, 18),
                costs_from=date(2025, 3, 19),
                costs_amount=Decimal("40.00"),
                void=True,
                void_reason="returned mail",
            )
        )
        # a cancelled letter never went out, whatever its date says
        g = add_invoice(session, energy, "G", date(2024, 9, 25), "45.00")
        add_communication(
            session,
            energy,
            [g],
            step_key="letter_2",
            channel=ActionChannel.LETTER,
            status=CommunicationStatus.CANCELLED,
            went_out_on=date(2025, 4, 1),
        )
        # 5 years for other claims: 2026-07-16, and one already prescribed on 2026-05-02
        add_invoice(session, care, "C", date(2021, 7, 15), "200.00")
        add_invoice(session, care, "D", date(2021, 5, 1), "75.00")
        # not claims: paid, a credit note, and one far from prescription
        add_invoice(
            session, care, "P", date(2021, 1, 1), "60.00", "0.00", status=InvoiceStatus.PAID
        )
        add_invoice(session, care, "CN", date(2021, 1, 1), "-10.00")
        add_invoice(session, care, "N", date(2024, 1, 1), "10.00")


def test_claims_nearing_prescription_soonest_first(db: Database) -> None:
    _fill(db)
    found = prescription_warnings(db, 1, today=TODAY)
    assert [(w.invoice_number, w.prescribes_on, w.days_left) for w in found] == [
        ("D", date(2026, 5, 2), -59),
        ("C", date(2026, 7, 16), 16),
        ("A", date(2026, 8, 2), 33),
        ("E", date(2026, 9, 2), 64),
        ("F", date(2026, 9, 21), 83),
        ("G", date(2026, 9, 26), 88),
    ]
    by_number = {w.invoice_number: w for w in found}
    assert by_number["D"].message.code == "prescription.prescribed"
    assert by_number["A"].message.code == "prescription.near"
    assert (by_number["A"].customer_number, by_number["A"].open_amount) == (
        "E-1",
        Decimal("100.00"),
    )
    assert by_number["C"].claim_type is ClaimType.OTHER
    assert all(w.last_letter is None for w in found)
    assert "2026-08-02" in render(by_number["A"].message, "en")


def test_the_window_and_the_last_letter(db: Database) -> None:
    _fill(db)
    assert [
        w.invoice_number for w in prescription_warnings(db, 1, today=TODAY, within_days=10)
    ] == ["D"]
    # two years later, B (interrupted in January 2025) comes near, with its letter named
    later = prescription_warnings(db, 1, today=date(2026, 12, 1), within_days=60)
    [b] = [w for w in later if w.invoice_number == "B"]
    assert (b.prescribes_on, b.last_letter) == (date(2027, 1, 11), date(2025, 1, 10))
    assert b.message.code == "prescription.near_after_letter"
    assert "2025-01-10" in render(b.message, "en")


def test_a_window_out_of_range_is_refused(db: Database) -> None:
    with pytest.raises(UserError) as refused:
        prescription_warnings(db, 1, today=TODAY, within_days=-1)
    assert refused.value.code == "prescription.within_invalid"


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(["--db", _url(db), *args])
    captured = capsys.readouterr()
    out = json.loads(captured.out) if "--json" in args and status == 0 else captured.out
    return status, out, captured.err


def test_the_command_lists_them_as_json_and_as_text(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(db)
    status, data, _ = _run(db, capsys, "prescription", "--date", "2026-06-30", "--json")
    assert status == 0
    assert [item["invoice"] for item in data] == ["D", "C", "A", "E", "F", "G"]
    first = data[0]
    assert first == {
        "customer": "Z-1",
        "name": "Zorg klant",
        "invoice": "D",
        "due_date": "2021-05-01",
        "open": "75.00",
        "claim_type": "other",
        "last_letter": None,
        "prescribes_on": "2026-05-02",
        "days_left": -59,
        "prescribed": True,
        "warning": render(prescription_warnings(db, 1, today=TODAY)[0].message, "en"),
    }
    status, data, _ = _run(
        db, capsys, "prescription", "--date", "30-06-2026", "--within", "20", "--json"
    )
    assert [item["invoice"] for item in data] == ["D", "C"]

    status, text, _ = _run(db, capsys, "--lang", "nl", "prescription", "--date", "2026-06-30")
    assert status == 0
    assert "factuur A" in text and "verjaart op 02-08-2026" in text
    assert "6 vorderingen verjaren binnen 90 dagen" in text

    status, text, _ = _run(db, capsys, "prescription", "--date", "2020-01-01")
    assert status == 0 and "No open claim prescribes within 90 days" in text


def test_the_command_refuses_a_bad_window(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    status, data, _ = _run(db, capsys, "prescription", "--within", "lots", "--json")
    assert status == 2
    assert json.loads(data)["error"]["code"] == "prescription.within_invalid"
