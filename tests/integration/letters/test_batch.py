"""Letter batches from a real dunning run: the rows, the page ranges, the print order, duplex, the
SHA-256 and the archive, cancelling, letters no longer due, and reading a letter back."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from debtordesk.db.models import (
    ArchiveBlob,
    AuditLog,
    Communication,
    CustomerEvent,
    Hold,
    Letter,
    LetterBatch,
)
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus, HoldReason
from debtordesk.domain.errors import Cancelled, EnvironmentProblem, UserError
from debtordesk.domain.letter_batches import LetterBatchStatus
from debtordesk.domain.messages import Message
from debtordesk.domain.references import is_valid_rf_reference
from debtordesk.i18n.catalogue import render
from debtordesk.services.database import Database
from debtordesk.services.letters import (
    batch_pdf_file,
    export_batch_pdf,
    generate_batch,
    letter_pdf,
    letters_for_customer,
    list_batches,
    list_letters,
    open_batch_pdf,
)
from debtordesk.services.letters_archive import database_folder
from debtordesk.settings.paths import archive_dir
from tests.integration.letters.factory import (
    CUSTOMERS,
    IBAN,
    TODAY,
    FakeLinks,
    clock,
    fill,
    page_count,
    page_texts,
)


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _letter_communications(db: Database) -> list[Any]:
    """(id, customer_id, status, run_id) of the letter communications."""
    with db.read() as session:
        return list(
            session.execute(
                select(
                    Communication.id,
                    Communication.customer_id,
                    Communication.status,
                    Communication.run_id,
                )
                .where(Communication.channel == ActionChannel.LETTER)
                .order_by(Communication.id)
            ).all()
        )


def _generate(db: Database, **options: object) -> object:
    return generate_batch(db, 1, letter_date=TODAY, clock=clock, user_login="clerk", **options)


def test_a_run_becomes_one_batch_sorted_by_postcode(db: Database) -> None:
    filled = fill(db)
    assert filled.run.run_id is not None
    letters = _letter_communications(db)
    assert len(letters) == len(CUSTOMERS)
    assert {c.run_id for c in letters} == {filled.run.run_id}
    batch = _generate(db, run_id=filled.run.run_id)
    assert batch.number == 1 and batch.letter_count == 4 and batch.run_id == filled.run.run_id
    assert batch.status is LetterBatchStatus.GENERATED
    rows = list_letters(db, batch.id)
    # 1011 AA, 1011 AB, 3511 LX, 9711 HM
    assert [r.customer_number for r in rows] == ["K-400", "K-200", "K-300", "K-100"]
    pdf = open_batch_pdf(db, batch.id)
    assert hashlib.sha256(pdf).hexdigest() == batch.sha256 and len(pdf) == batch.size
    texts = page_texts(pdf)
    assert len(texts) == batch.pages
    expected_first = 2  # after the cover sheet
    names = {number: name for number, name, *_ in CUSTOMERS}
    for row in rows:
        assert row.first_page == expected_first
        expected_first += row.pages + row.padding
        for index in range(row.first_page - 1, row.first_page - 1 + row.pages):
            assert names[row.customer_number] in texts[index]
        assert is_valid_rf_reference(row.payment_reference)
        assert row.qr_kind == "epc" and IBAN in row.qr_payload
        assert f"EUR{row.total}" in row.qr_payload
        assert row.pay_by > TODAY
    assert expected_first - 1 == batch.pages
    assert {c.status for c in _letter_communications(db)} == {CommunicationStatus.GENERATED}
    with db.read() as session:
        events = session.scalars(
            select(CustomerEvent).where(CustomerEvent.code == "event.letters.generated")
        ).all()
        assert len(events) == 4
        audit = session.scalars(select(AuditLog).where(AuditLog.entity == "letter_batch")).one()
        assert audit.action == "generated" and audit.details["sha256"] == batch.sha256


def test_the_amount_to_pay_leaves_the_announced_costs_out(db: Database) -> None:
    fill(db)
    batch = _generate(db)
    with db.read() as session:
        for letter in session.scalars(select(Letter)):
            row = session.get_one(Communication, letter.communication_id)
            listed = sum((line.open_amount for line in row.invoices), Decimal("0.00"))
            assert letter.total == listed + row.costs + row.interest + row.fee
            if row.fourteen_day_letter:
                assert row.costs_announced > 0
                assert letter.content["costs_announced"] == str(row.costs_announced)
                assert letter.content["term_ends_on"] == letter.pay_by.isoformat()
    assert batch.letter_count == 4


def test_the_archive_file_lives_in_a_folder_of_its_database(db: Database) -> None:
    fill(db)
    batch = _generate(db)
    if db.is_sqlite:
        path = archive_dir() / batch.file_name
        assert path.parent == database_folder(db)
        assert path.parent.name == "debtordesk"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == batch.sha256
        assert not list(path.parent.glob("*.partial"))
        assert _count(db, ArchiveBlob) == 0
    else:
        assert _count(db, ArchiveBlob) == 1
        assert not archive_dir().exists() or not any(archive_dir().rglob("*.pdf"))


def test_duplex_pads_every_letter_to_an_even_page_count(db: Database) -> None:
    fill(db, invoices_per_customer=1)
    batch = _generate(db, duplex=True)
    rows = list_letters(db, batch.id)
    for row in rows:
        assert (row.pages + row.padding) % 2 == 0
        assert row.first_page % 2 == 1  # every letter starts on the front of a sheet
    assert batch.pages % 2 == 0 and batch.duplex
    assert page_count(open_batch_pdf(db, batch.id)) == batch.pages


def test_a_letter_reopens_from_the_archive_with_its_own_pages(db: Database) -> None:
    filled = fill(db)
    batch = _generate(db)
    rows = {r.customer_number: r for r in list_letters(db, batch.id)}
    zoe = rows["K-100"]
    pdf = letter_pdf(db, zoe.id)
    texts = page_texts(pdf)
    assert len(texts) == zoe.pages
    assert all("Zoë de Vries" in text for text in texts)
    assert not any("Wójcik" in text for text in texts)
    timeline = letters_for_customer(db, filled.customers["K-100"])
    assert [letter.id for letter in timeline] == [zoe.id]
    assert timeline[0].batch_number == batch.number and timeline[0].fourteen_day_letter


def test_the_batch_file_to_show_or_print_is_checked(db: Database, tmp_path: Path) -> None:
    fill(db)
    batch = _generate(db)
    path = batch_pdf_file(db, batch.id)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == batch.sha256
    if db.is_sqlite:
        assert path == archive_dir() / batch.file_name
    copy = export_batch_pdf(db, batch.id, tmp_path / "out" / "copy.pdf")
    assert copy.read_bytes() == path.read_bytes()


def test_a_batch_copy_that_cannot_be_written_says_letters_not_backup(
    db: Database, tmp_path: Path
) -> None:
    fill(db)
    batch = _generate(db)
    (tmp_path / "taken").write_text("a file where the folder should be")
    with pytest.raises(EnvironmentProblem) as caught:
        export_batch_pdf(db, batch.id, tmp_path / "taken" / "copy.pdf")
    assert caught.value.code == "letters.write_failed"
    words = render(caught.value.message, "nl")
    assert "brieven konden niet worden geschreven" in words and "back-up" not in words


def test_batch_numbers_count_per_administration(db: Database) -> None:
    filled = fill(db)
    letters = [c.id for c in _letter_communications(db)]
    first = _generate(db, communication_ids=letters[:2])
    second = _generate(db, run_id=filled.run.run_id)
    assert (first.number, second.number) == (1, 2)
    assert (first.letter_count, second.letter_count) == (2, 2)
    assert [b.number for b in list_batches(db, 1)] == [2, 1]
    with pytest.raises(UserError) as caught:
        _generate(db)
    assert caught.value.code == "letters.nothing_to_print"


def test_a_cancelled_batch_records_nothing_and_leaves_no_file(db: Database) -> None:
    fill(db)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    with pytest.raises(Cancelled):
        _generate(db, progress=progress, cancelled=lambda: len(seen) >= 2)
    assert _count(db, LetterBatch) == 0 and _count(db, Letter) == 0
    assert {c.status for c in _letter_communications(db)} == {CommunicationStatus.PREPARED}
    folder = archive_dir()
    assert not folder.exists() or not [p for p in folder.rglob("*") if p.is_file()]
    batch = _generate(db)  # nothing was lost: the same letters make batch 1 afterwards
    assert batch.number == 1 and batch.letter_count == 4


def test_a_failing_renderer_records_nothing(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from debtordesk.letters import render

    fill(db)

    def broken(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(render, "render_batch", broken)
    with pytest.raises(EnvironmentProblem) as caught:
        _generate(db)
    assert caught.value.code == "disk_full"
    assert _count(db, LetterBatch) == 0
    assert {c.status for c in _letter_communications(db)} == {CommunicationStatus.PREPARED}
    folder = archive_dir()
    assert not folder.exists() or not [p for p in folder.rglob("*") if p.is_file()]


def test_letters_no_longer_due_are_left_out_and_cancelled(db: Database) -> None:
    filled = fill(db)
    with db.write() as session:
        session.add(
            Hold(
                customer_id=filled.customers["K-200"],
                reason=HoldReason.REPORTED_PAID,
                until=date(2026, 12, 30),
            )
        )
    batch = _generate(db)
    assert batch.letter_count == 3
    assert [s.customer_number for s in batch.skipped] == ["K-200"]
    assert batch.skipped[0].reason.code == "stale.hold.reported_paid"
    statuses = {c.customer_id: c.status for c in _letter_communications(db)}
    assert statuses[filled.customers["K-200"]] is CommunicationStatus.CANCELLED


def test_letters_that_may_not_go_out_yet_wait(db: Database) -> None:
    fill(db)
    first = _letter_communications(db)[0]
    with db.write() as session:
        session.get_one(Communication, first.id).send_on = date(2026, 12, 20)
    batch = _generate(db)
    assert batch.letter_count == 3 and batch.waiting == 1
    with db.read() as session:
        assert session.get_one(Communication, first.id).status is CommunicationStatus.PREPARED


def test_a_payment_link_is_the_qr_code(db: Database) -> None:
    links = FakeLinks()
    fill(db, links=links)
    batch = _generate(db)
    rows = list_letters(db, batch.id)
    assert {r.qr_kind for r in rows} == {"link"}
    assert sorted(r.qr_payload for r in rows) == sorted(links.made)


def test_an_invalid_iban_is_not_printed_as_the_account_to_pay_to(db: Database) -> None:
    """An IBAN stored with a typo (saving refuses one now; an older one may remain) counts as no
    IBAN: no QR code, and the letter asks to contact instead of naming an account that does not
    exist (the Letters page warns as for no IBAN)."""
    from tests.integration.letters.factory import set_sender

    fill(db)
    set_sender(db, iban="NL91ABNA0417164301")  # check digits wrong
    batch = _generate(db)
    rows = list_letters(db, batch.id)
    assert {(r.qr_kind, r.qr_payload, r.has_iban) for r in rows} == {("none", "", False)}
    text = " ".join(page_texts(letter_pdf(db, rows[0].id)))
    assert "NL91 ABNA 0417 1643 01" not in text and "NL91ABNA0417164301" not in text
    assert "Maak het bedrag over" not in text
    assert "Neem contact met ons op om te horen hoe u kunt betalen." in text


def test_without_an_iban_the_letter_asks_to_contact_instead_of_a_bare_transfer_line(
    db: Database,
) -> None:
    """An administration added without an IBAN: no link, no code and no account number, so the
    payment box must not say 'Maak het bedrag over:' with nothing after it."""
    from tests.integration.letters.factory import set_sender

    fill(db)
    set_sender(db, iban=None)
    batch = _generate(db)
    rows = list_letters(db, batch.id)
    assert {(r.qr_kind, r.has_iban) for r in rows} == {("none", False)}
    text = " ".join(" ".join(page_texts(letter_pdf(db, row.id))) for row in rows)
    assert "Maak het bedrag over" not in text and "zelf over" not in text
    assert "Ten name van" not in text
    assert text.count("Neem contact met ons op om te horen hoe u kunt betalen.") == len(rows)


def test_a_tampered_or_missing_archive_file_is_reported(db: Database) -> None:
    fill(db)
    batch = _generate(db)
    letter = list_letters(db, batch.id)[0]
    if db.is_sqlite:
        path = archive_dir() / batch.file_name
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
    else:
        with db.write() as session:
            blob = session.get_one(ArchiveBlob, batch.id)
            blob.data = blob.data[:-10] + b"0123456789"
    with pytest.raises(EnvironmentProblem) as caught:
        open_batch_pdf(db, batch.id)
    assert caught.value.code == "letters.archive_changed"
    assert caught.value.message.params["batch"] == batch.number
    with pytest.raises(EnvironmentProblem) as caught:
        letter_pdf(db, letter.id)
    assert caught.value.code == "letters.archive_changed"
    if db.is_sqlite:
        path.unlink()
    else:
        with db.write() as session:
            session.delete(session.get_one(ArchiveBlob, batch.id))
    with pytest.raises(EnvironmentProblem) as caught:
        open_batch_pdf(db, batch.id)
    assert caught.value.code == "letters.archive_missing"


def test_nothing_to_print_mentions_waiting_letters_only_when_there_are_some(db: Database) -> None:
    with pytest.raises(UserError) as caught:
        _generate(db)
    assert caught.value.code == "letters.nothing_to_print"
    assert render(caught.value.message, "en") == (
        "There are no prepared letters to print. Run the queue first ('Run all due' or 'Run "
        "selected steps' in the Queue, or debtordesk run)."
    )
    # the buttons it names are the queue's buttons, as the Dutch clerk sees them
    dutch = render(caught.value.message, "nl")
    assert "'Alles uitvoeren' of 'Gekozen stappen uitvoeren' in de Werklijst" in dutch
    translations = (
        Path(__file__).parents[3] / "resources" / "translations" / "debtordesk_nl.ts"
    ).read_text(encoding="utf-8")
    for button in ("Alles uitvoeren…", "Gekozen stappen uitvoeren…", ">Werklijst<"):
        assert button in translations
    fill(db)
    with db.write() as session:
        for letter in _letter_communications(db):
            session.get_one(Communication, letter.id).send_on = date(2026, 12, 20)
    with pytest.raises(UserError) as caught:
        _generate(db)
    assert caught.value.code == "letters.nothing_to_print_waiting"
    assert "(4 may go out only on a later day)" in render(caught.value.message, "en")
    assert "(4 mogen pas op een latere dag weg)" in render(caught.value.message, "nl")
    one = Message("letters.nothing_to_print_waiting", {"waiting": 1})
    assert "(1 mag pas op een latere dag weg)" in render(one, "nl")
