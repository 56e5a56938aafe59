"""``debtordesk letters``: the batch with --json exactly as documented (the QR code read back from the
page equals "qr"), --run from ``run --json``, dispatch, returned, list; refusals with exit codes; the
backup holds the archived batch."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from debtordesk.cli import main
from debtordesk.db.models import FourteenDayLetter, LetterBatch
from debtordesk.domain.epc import parse_epc_payload
from debtordesk.domain.references import is_valid_rf_reference
from debtordesk.services.backup import backup_now
from debtordesk.services.database import Database
from tests.integration.letters.factory import (
    CUSTOMERS,
    HOLDER,
    IBAN,
    add_customers,
    decode_qr_codes,
    page_texts,
)

KEYS = {"batch", "letter", "customer", "first_page", "pages", "reference", "qr", "total"}


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _cli(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(["--db", _url(db), *args])
    captured = capsys.readouterr()
    out = json.loads(captured.out) if "--json" in args and captured.out.strip() else captured.out
    return status, out, captured.err


def _today() -> Any:
    return datetime.now().astimezone().date()


def _run(db: Database, capsys: pytest.CaptureFixture[str]) -> int:
    add_customers(db, today=_today())
    status, out, _ = _cli(db, capsys, "run", "--json")
    assert status == 0, out
    assert isinstance(out["run_id"], int)
    return int(out["run_id"])


def test_letters_json_lists_each_letter_and_its_qr_code_reads_back(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run_id = _run(db, capsys)
    out_file = tmp_path / "batch.pdf"
    status, letters, err = _cli(
        db, capsys, "letters", "--run", str(run_id), "--out", str(out_file), "--json"
    )
    assert status == 0, err
    assert [set(letter) for letter in letters] == [KEYS] * len(CUSTOMERS)
    # sorted by postcode: 1011 AA, 1011 AB, 3511 LX, 9711 HM
    assert [letter["customer"] for letter in letters] == ["K-400", "K-200", "K-300", "K-100"]
    texts = page_texts(out_file)
    names = {number: name for number, name, *_ in CUSTOMERS}
    for letter in letters:
        first = letter["first_page"]
        assert first >= 2 and letter["pages"] >= 1  # page 1 is the cover sheet
        pages = texts[first - 1 : first - 1 + letter["pages"]]
        assert all(names[letter["customer"]] in text for text in pages)
        assert is_valid_rf_reference(letter["reference"])
        assert Decimal(letter["total"]) > 0
        decoded = [
            code
            for index in range(first - 1, first - 1 + letter["pages"])
            for code in decode_qr_codes(out_file, index)
        ]
        assert decoded == [letter["qr"]]  # one code per letter, exactly the stated payload
        epc = parse_epc_payload(letter["qr"])
        assert epc.iban == IBAN and epc.beneficiary == HOLDER
        assert epc.amount == Decimal(letter["total"])
        assert epc.structured_reference == letter["reference"]
    with db.read() as session:
        batch = session.scalars(select(LetterBatch)).one()
        assert batch.run_id == run_id and batch.number == 1
    assert out_file.read_bytes()[:5] == b"%PDF-"


def test_dispatch_returned_and_list(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _run(db, capsys)
    status, letters, _ = _cli(db, capsys, "letters", "--out", str(tmp_path / "b.pdf"), "--json")
    assert status == 0 and len(letters) == 4
    # the batch number and each letter's number, as dispatch and returned take them
    assert {letter["batch"] for letter in letters} == {1}
    assert len({letter["letter"] for letter in letters}) == 4
    batch = str(letters[0]["batch"])
    status, out, err = _cli(db, capsys, "letters", "dispatch", "--batch", batch, "--json")
    assert status == 0, err
    assert out["batch"] == 1 and out["dispatched_on"] == _today().isoformat()
    assert out["letters"] == 4 and out["fourteen_day_letters"] == 3 and out["skipped"] == []
    status, out, err = _cli(db, capsys, "letters", "dispatch", "--batch", "1", "--json")
    assert status == 2 and out["error"]["code"] == "letters.already_dispatched"
    status, listed, _ = _cli(db, capsys, "letters", "list", "--batch", "1", "--json")
    assert status == 0 and listed["status"] == "dispatched"
    zoe = next(letter for letter in listed["letters"] if letter["customer"] == "K-100")
    assert zoe["letter"] == next(x["letter"] for x in letters if x["customer"] == "K-100")
    status, out, _ = _cli(
        db, capsys, "letters", "returned", str(zoe["letter"]), "--note", "verhuisd", "--json"
    )
    assert status == 0 and out == {"letter": zoe["letter"], "returned": True, "note": "verhuisd"}
    with db.read() as session:
        void = [row.void for row in session.scalars(select(FourteenDayLetter))]
        assert sorted(void) == [False, False, True]
    status, batches, _ = _cli(db, capsys, "letters", "list", "--json")
    assert status == 0 and [b["batch"] for b in batches] == [1]
    status, text, _ = _cli(db, capsys, "--lang", "nl", "letters", "list")
    assert status == 0 and "gepost" in text
    status, text, _ = _cli(db, capsys, "--lang", "nl", "letters", "list", "--batch", "1")
    lines = text.splitlines()
    assert len(lines) == 4
    day = _today().strftime("%d-%m-%Y")
    assert [line for line in lines if "retour" in line] == [
        next(line for line in lines if line.startswith(f"Brief {zoe['letter']} "))
    ]
    assert any(line.endswith(f"retour op {day}") for line in lines)
    status, text, _ = _cli(db, capsys, "letters", "list", "--batch", "1")
    assert sum(1 for line in text.splitlines() if "returned on" in line) == 1


def test_refusals_and_nothing_to_print(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = _cli(db, capsys, "letters", "--out", str(tmp_path / "b.pdf"), "--json")
    assert status == 0 and out == [] and "no prepared letters" in err.lower()
    assert not (tmp_path / "b.pdf").exists()
    status, out, _ = _cli(
        db, capsys, "letters", "--out", str(tmp_path / "missing" / "b.pdf"), "--json"
    )
    assert status == 2 and out["error"]["code"] == "cli.letters.out_folder"
    status, out, _ = _cli(db, capsys, "letters", "--json")
    assert status == 2 and out["error"]["code"] == "cli.letters.out_required"
    status, out, _ = _cli(db, capsys, "letters", "dispatch", "--batch", "7", "--json")
    assert status == 2 and out["error"]["code"] == "letters.batch_number_missing"
    status, out, _ = _cli(
        db,
        capsys,
        "letters",
        "dispatch",
        "--batch",
        "1",
        "--date",
        (_today() + timedelta(days=30)).isoformat(),
        "--json",
    )
    assert status == 2 and out["error"]["code"] == "letters.dispatch_in_future"
    status, out, _ = _cli(db, capsys, "letters", "returned", "12345", "--json")
    assert status == 2 and out["error"]["code"] == "letters.letter_missing"


def test_out_naming_a_folder_is_refused_before_a_batch_is_made(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _run(db, capsys)
    status, out, _ = _cli(db, capsys, "letters", "--out", str(tmp_path), "--json")
    assert status == 2 and out["error"]["code"] == "cli.letters.out_is_folder"
    status, _, err = _cli(db, capsys, "--lang", "nl", "letters", "--out", str(tmp_path))
    assert status == 2 and f"{tmp_path} is een map" in err and "back-up" not in err
    with db.read() as session:
        assert session.scalars(select(LetterBatch)).all() == []  # nothing made, nothing archived
    status, letters, err = _cli(db, capsys, "letters", "--out", str(tmp_path / "b.pdf"), "--json")
    assert status == 0 and len(letters) == len(CUSTOMERS), err


def test_letters_without_a_payment_qr_code_are_named(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.integration.letters.factory import set_sender

    _run(db, capsys)
    # e.g. an administration added on the command line whose IBAN was never filled in
    set_sender(db, iban=None)
    status, letters, err = _cli(
        db, capsys, "--lang", "nl", "letters", "--out", str(tmp_path / "b.pdf"), "--json"
    )
    assert status == 0 and {letter["qr"] for letter in letters} == {""}
    assert f"{len(CUSTOMERS)} brieven hebben geen betaal-QR-code" in err
    assert "Controleer het IBAN" in err


def test_letters_with_a_payment_qr_code_say_nothing_about_it(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _run(db, capsys)
    status, _, err = _cli(db, capsys, "letters", "--out", str(tmp_path / "b.pdf"))
    assert status == 0 and "QR" not in err


def test_the_backup_holds_the_archived_batch(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _run(sqlite_db, capsys)
    status, _, err = _cli(sqlite_db, capsys, "letters", "--out", str(tmp_path / "b.pdf"))
    assert status == 0, err
    with sqlite_db.read() as session:
        batch = session.scalars(select(LetterBatch)).one()
        name, sha256 = batch.file_name, batch.sha256
    info = backup_now(sqlite_db, tmp_path / "backups")
    with zipfile.ZipFile(info.path) as archive:
        member = f"archive/{name}"
        assert member in archive.namelist()
        import hashlib

        assert hashlib.sha256(archive.read(member)).hexdigest() == sha256


def test_letters_list_says_so_when_there_are_no_batches(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    status, text, err = _cli(db, capsys, "letters", "list")
    assert status == 0 and err == ""
    assert text.strip() == "No letter batches yet. 'debtordesk letters --out FILE.pdf' makes one."
    status, text, _ = _cli(db, capsys, "--lang", "nl", "letters", "list")
    assert status == 0 and text.strip().startswith("Nog geen briefbatches.")
    status, out, _ = _cli(db, capsys, "letters", "list", "--json")
    assert status == 0 and out == []
