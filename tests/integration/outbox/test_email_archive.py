"""The letter PDF an e-mail carried is kept as evidence (organisation option attach_letter_pdf), through a
real SMTP server on loopback, on SQLite and PostgreSQL: a sent (or uncertain) e-mail keeps exactly the
bytes the customer received, read back with its SHA-256; a refused one keeps nothing; a changed or
missing copy is reported in words; a copy that cannot be kept costs the send record nothing, and the
timeline and the audit log say so; a rolled-back recording leaves no file behind; the hand-over
dossier brings the PDF of the 14-day e-mail along; a restored backup reads the kept copy again."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import event, select

from debtordesk.db.models import (
    AuditLog,
    Communication,
    Customer,
    CustomerEvent,
    EmailAttachment,
    FourteenDayLetter,
)
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services import email_archive
from debtordesk.services.backup import backup_now, restore_backup
from debtordesk.services.database import Database
from debtordesk.services.email_archive import (
    email_attachment_bytes,
    email_attachment_pdf,
    email_pdfs_for_customer,
    keep_email_pdf,
)
from debtordesk.services.handover_export import export_handover_dossiers
from debtordesk.services.letters_archive import database_folder
from debtordesk.services.org_settings import save_org_setting
from debtordesk.services.outbox import send_batch
from debtordesk.services.outbox_types import SendSummary
from debtordesk.settings.paths import archive_dir
from tests.integration.outbox.factory import (
    TODAY,
    add_messages,
    clock,
    parse_email,
    set_sender,
    settings,
    smtp_mailer,
)
from tests.standins.smtp_server import Pki, RunningSmtp, SmtpHandler

_S = CommunicationStatus


@pytest.fixture
def outbox(db: Database) -> Database:
    set_sender(db)
    settings(db, **{"email.rate": "100"})
    with db.write() as session:
        save_org_setting(
            session, key="attach_letter_pdf", value=True, administration_id=None, user_id=None
        )
    return db


def _send(db: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler) -> SendSummary:
    return send_batch(db, 1, clock=clock, providers=smtp_mailer(smtp, pki, handler), concurrency=2)


def _delivered_pdfs(handler: SmtpHandler) -> dict[str, bytes]:
    found = {}
    for received in handler.received:
        (attachment,) = parse_email(received.content).iter_attachments()
        data = attachment.get_content()
        assert isinstance(data, bytes)
        found[received.rcpt_tos[0]] = data
    return found


def _rows(db: Database) -> list[EmailAttachment]:
    with db.read() as session:
        rows = list(
            session.scalars(select(EmailAttachment).order_by(EmailAttachment.communication_id))
        )
        session.expunge_all()
    return rows


def _recipient(db: Database, cid: int) -> str:
    with db.read() as session:
        customer_id = session.get_one(Communication, cid).customer_id
        return str(session.get_one(Customer, customer_id).email)


def test_a_sent_e_mail_keeps_exactly_the_pdf_the_customer_received(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    ids = add_messages(outbox, 2, channel=ActionChannel.EMAIL, names=("Anna Bakker", "Jan Smit"))
    summary = _send(outbox, smtp, pki, handler)
    assert (summary.sent, summary.failed) == (2, 0)
    delivered = _delivered_pdfs(handler)
    rows = _rows(outbox)
    assert [row.communication_id for row in rows] == ids
    for cid, row in zip(ids, rows, strict=True):
        sent = delivered[_recipient(outbox, cid)]
        assert row.attempt_number == 1
        assert row.sha256 == hashlib.sha256(sent).hexdigest() and row.size == len(sent)
        assert row.file_name.endswith(".pdf")
        assert email_attachment_bytes(outbox, cid) == sent
        assert email_attachment_pdf(outbox, row.id) == sent
        if outbox.is_sqlite:
            # a file in the database's archive folder, which the backup zips; not in the row
            assert row.stored_name is not None
            path = archive_dir() / row.stored_name
            assert path.parent == database_folder(outbox) / "email"
            assert path.read_bytes() == sent
        else:
            assert row.stored_name is None
            with outbox.read() as session:
                data = session.scalar(
                    select(EmailAttachment.data).where(EmailAttachment.id == row.id)
                )
            assert data == sent
    # the timeline entry of each e-mail names its kept copy (the panel opens it from there)
    with outbox.read() as session:
        params = [
            row.params
            for row in session.scalars(
                select(CustomerEvent).where(CustomerEvent.code == "event.outbox.sent_with_letter")
            )
        ]
        customer_id = session.get_one(Communication, ids[0]).customer_id
        listed = email_pdfs_for_customer(session, customer_id)
    assert sorted(p["email_attachment_id"] for p in params) == sorted(row.id for row in rows)
    assert [item.id for item in listed] == [rows[0].id]
    if outbox.is_sqlite:  # nothing half-written is left beside the copies
        assert not [p for p in (database_folder(outbox) / "email").iterdir() if p.name[0] == "."]


def test_a_14_day_e_mail_records_in_its_evidence_that_the_copy_is_kept(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    (cid,) = add_messages(
        outbox,
        1,
        channel=ActionChannel.EMAIL,
        step_key="fourteen_day_letter",
        fourteen_day_letter=True,
        customer={"email_consent": True},
    )
    assert _send(outbox, smtp, pki, handler).sent == 1
    (sent,) = _delivered_pdfs(handler).values()
    with outbox.read() as session:
        evidence = session.scalars(select(FourteenDayLetter.evidence)).one()
    assert hashlib.sha256(sent).hexdigest() in evidence
    assert "copy kept in the letter archive" in evidence
    assert email_attachment_bytes(outbox, cid) == sent


def test_a_refused_e_mail_keeps_nothing(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    (cid,) = add_messages(outbox, 1, channel=ActionChannel.EMAIL)
    handler.refused.add(_recipient(outbox, cid))
    summary = _send(outbox, smtp, pki, handler)
    assert (summary.sent, summary.failed) == (0, 1)
    assert _rows(outbox) == []
    with pytest.raises(UserError) as caught:
        email_attachment_bytes(outbox, cid)
    assert caught.value.code == "email_archive.none_kept"
    if outbox.is_sqlite:
        folder = database_folder(outbox) / "email"
        assert not folder.exists() or not any(folder.iterdir())


def test_an_uncertain_e_mail_keeps_what_it_may_have_carried(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    (cid,) = add_messages(outbox, 1, channel=ActionChannel.EMAIL)
    handler.on_data = "drop"
    summary = _send(outbox, smtp, pki, handler)
    assert summary.uncertain == 1
    (sent,) = _delivered_pdfs(handler).values()
    (row,) = _rows(outbox)
    assert row.communication_id == cid and row.sha256 == hashlib.sha256(sent).hexdigest()
    assert email_attachment_bytes(outbox, cid) == sent
    with outbox.read() as session:
        (params,) = session.scalars(
            select(CustomerEvent.params).where(CustomerEvent.code == "event.outbox.uncertain")
        ).all()
    assert params["email_attachment_id"] == row.id


def test_a_changed_or_missing_copy_is_reported_in_words(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    (cid,) = add_messages(outbox, 1, channel=ActionChannel.EMAIL)
    assert _send(outbox, smtp, pki, handler).sent == 1
    (row,) = _rows(outbox)
    if outbox.is_sqlite:
        assert row.stored_name is not None
        path = archive_dir() / row.stored_name
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
    else:
        with outbox.write() as session:
            stored = session.get_one(EmailAttachment, row.id)
            assert stored.data is not None
            stored.data = stored.data[:-10] + b"0123456789"
    with pytest.raises(EnvironmentProblem) as caught:
        email_attachment_bytes(outbox, cid)
    assert caught.value.code == "email_archive.changed"
    assert caught.value.message.params["file"] == row.file_name
    text = render(caught.value.message, "en")
    assert row.file_name in text and "no longer matches its recorded checksum" in text
    if outbox.is_sqlite:
        path.unlink()
    else:
        with outbox.write() as session:
            session.get_one(EmailAttachment, row.id).data = None
    with pytest.raises(EnvironmentProblem) as caught:
        email_attachment_pdf(outbox, row.id)
    assert caught.value.code == "email_archive.missing"
    assert "is missing from the letter archive" in render(caught.value.message, "en")


def _refuse_the_file(request: pytest.FixtureRequest) -> str:
    def disk_full(*_args: object, **_kwargs: object) -> str:
        raise EnvironmentProblem("disk_full", path="/archive/email")

    monkeypatch: pytest.MonkeyPatch = request.getfixturevalue("monkeypatch")
    monkeypatch.setattr(email_archive, "_write_file", disk_full)
    return "disk_full"


def _refuse_the_row(request: pytest.FixtureRequest) -> str:
    """The row's insert fails inside the recording transaction (after the file was placed)."""

    def refuse(*_args: object) -> None:
        raise RuntimeError("the insert failed")

    event.listen(EmailAttachment, "before_insert", refuse)
    request.addfinalizer(lambda: event.remove(EmailAttachment, "before_insert", refuse))
    return "email_archive.unexpected"


@pytest.mark.parametrize("refuse", [_refuse_the_file, _refuse_the_row])
def test_a_copy_that_cannot_be_kept_costs_the_send_record_nothing(
    outbox: Database,
    smtp: RunningSmtp,
    pki: Pki,
    handler: SmtpHandler,
    request: pytest.FixtureRequest,
    caplog: pytest.LogCaptureFixture,
    refuse: Callable[[pytest.FixtureRequest], str],
) -> None:
    (cid,) = add_messages(
        outbox,
        1,
        channel=ActionChannel.EMAIL,
        step_key="fourteen_day_letter",
        fourteen_day_letter=True,
        customer={"email_consent": True},
    )
    why = refuse(request)
    summary = _send(outbox, smtp, pki, handler)
    assert summary.sent == 1 and len(handler.received) == 1
    assert _rows(outbox) == []
    if outbox.is_sqlite:  # a file placed for the refused row is gone again
        folder = database_folder(outbox) / "email"
        assert not folder.exists() or not any(folder.iterdir())
    with outbox.read() as session:
        assert session.get_one(Communication, cid).status is _S.SENT
        (note,) = session.scalars(
            select(CustomerEvent).where(CustomerEvent.code == "event.outbox.letter_not_archived")
        ).all()
        (audit,) = session.scalars(
            select(AuditLog).where(AuditLog.action == "email_letter_not_archived")
        ).all()
        evidence = session.scalars(select(FourteenDayLetter.evidence)).one()
        sent_params = session.scalars(
            select(CustomerEvent.params).where(
                CustomerEvent.code == "event.outbox.sent_with_letter"
            )
        ).one()
        session.expunge_all()
    assert note.params["why"] == why and note.params["file"] == sent_params["file"]
    assert "email_attachment_id" not in sent_params
    text = render(Message(note.code, dict(note.params)), "en")
    assert "no copy of that PDF could be kept in the letter archive" in text
    assert audit.entity_id == cid and audit.details["problem"] == why
    assert "NO copy could be kept" in evidence
    assert f"could not be kept: {why}" in caplog.text
    assert _recipient(outbox, cid) not in caplog.text


def test_a_rolled_back_recording_leaves_no_file(db: Database) -> None:
    (cid,) = add_messages(db, 1, channel=ActionChannel.EMAIL)
    data = b"%PDF-1.7 the letter"
    digest = hashlib.sha256(data).hexdigest()
    now = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)
    with pytest.raises(RuntimeError), db.write() as session:
        keep_email_pdf(
            db,
            session,
            communication_id=cid,
            attempt_number=1,
            file_name="RF18-2026-12-16.pdf",
            data=data,
            sha256=digest,
            now=now,
        )
        raise RuntimeError("the recording failed after the copy was placed")
    assert _rows(db) == []
    if db.is_sqlite:
        assert not any((database_folder(db) / "email").iterdir())
    # kept for real, once per attempt; a copy is never overwritten
    with db.write() as session:
        first = keep_email_pdf(
            db,
            session,
            communication_id=cid,
            attempt_number=1,
            file_name="RF18-2026-12-16.pdf",
            data=data,
            sha256=digest,
            now=now,
        )
        again = keep_email_pdf(
            db,
            session,
            communication_id=cid,
            attempt_number=1,
            file_name="RF18-2026-12-16.pdf",
            data=data,
            sha256=digest,
            now=now,
        )
        second = keep_email_pdf(
            db,
            session,
            communication_id=cid,
            attempt_number=2,
            file_name="RF18-2026-12-16.pdf",
            data=data + b" ",
            sha256=hashlib.sha256(data + b" ").hexdigest(),
            now=now,
        )
    assert first == again != second
    assert email_attachment_pdf(db, first) == data
    assert email_attachment_bytes(db, cid) == data + b" "  # the latest attempt
    if db.is_sqlite:
        names = sorted(p.name for p in (database_folder(db) / "email").iterdir())
        assert names == [f"{cid}-1-RF18-2026-12-16.pdf", f"{cid}-2-RF18-2026-12-16.pdf"]


def test_bytes_that_do_not_match_the_recorded_checksum_are_not_kept(db: Database) -> None:
    (cid,) = add_messages(db, 1, channel=ActionChannel.EMAIL)
    with pytest.raises(EnvironmentProblem) as caught, db.write() as session:
        keep_email_pdf(
            db,
            session,
            communication_id=cid,
            attempt_number=1,
            file_name="a.pdf",
            data=b"%PDF other",
            sha256="0" * 64,
            now=datetime(2026, 12, 16, 9, 0, tzinfo=UTC),
        )
    assert caught.value.code == "email_archive.not_what_was_sent"
    assert _rows(db) == []


# --------------------------------------------------------------------------- the hand-over dossier


def _fourteen_day_e_mail(db: Database) -> int:
    (cid,) = add_messages(
        db,
        1,
        channel=ActionChannel.EMAIL,
        step_key="fourteen_day_letter",
        fourteen_day_letter=True,
        customer={"email_consent": True},
    )
    return cid


def _evidence_rows(path: Path) -> list[dict[str, object]]:
    rows = list(load_workbook(path)["14-day letter evidence"].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:] if any(row)]


def test_the_dossier_brings_the_pdf_the_14_day_e_mail_carried(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler, tmp_path: Path
) -> None:
    cid = _fourteen_day_e_mail(outbox)
    assert _send(outbox, smtp, pki, handler).sent == 1
    (sent,) = _delivered_pdfs(handler).values()
    with outbox.read() as session:
        customer_id = session.get_one(Communication, cid).customer_id
    (row,) = _rows(outbox)
    result = export_handover_dossiers(outbox, [customer_id], tmp_path / "out", today=TODAY)
    (dossier,) = result.files
    (pdf,) = dossier.pdfs
    assert pdf.parent == dossier.path.parent and pdf.read_bytes() == sent
    assert pdf.name == f"handover-K00000-{Path(row.file_name).stem}.pdf"
    assert dossier.pdf_problems == ()
    (evidence,) = [r for r in _evidence_rows(dossier.path) if r["Channel"] is not None]
    assert evidence["Letter PDF"] == pdf.name
    assert "copy kept in the letter archive" in str(evidence["Evidence"])
    assert not [p for p in pdf.parent.iterdir() if p.name.startswith(".")]

    # a copy changed since it was sent is named in words; the dossier is written all the same
    if outbox.is_sqlite:
        assert row.stored_name is not None
        (archive_dir() / row.stored_name).write_bytes(b"%PDF-1.7 not what was sent")
    else:
        with outbox.write() as session:
            session.get_one(EmailAttachment, row.id).data = b"%PDF-1.7 not what was sent"
    again = export_handover_dossiers(outbox, [customer_id], tmp_path / "again", today=TODAY)
    (dossier,) = again.files
    assert dossier.pdfs == () and [m.code for m in dossier.pdf_problems] == [
        "email_archive.changed"
    ]
    assert dossier.path.is_file()
    assert list((tmp_path / "again").glob("*.pdf")) == []
    (evidence,) = [r for r in _evidence_rows(dossier.path) if r["Channel"] is not None]
    assert "no longer matches its recorded checksum" in str(evidence["Letter PDF"])


# --------------------------------------------------------------------------- backup and restore


def test_a_restored_backup_still_reads_the_kept_pdf(
    sqlite_db: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler, tmp_path: Path
) -> None:
    set_sender(sqlite_db)
    settings(sqlite_db, **{"email.rate": "100"})
    with sqlite_db.write() as session:
        save_org_setting(
            session, key="attach_letter_pdf", value=True, administration_id=None, user_id=None
        )
    cid = _fourteen_day_e_mail(sqlite_db)
    assert _send(sqlite_db, smtp, pki, handler).sent == 1
    (sent,) = _delivered_pdfs(handler).values()
    (row,) = _rows(sqlite_db)
    assert row.stored_name is not None
    info = backup_now(sqlite_db, tmp_path / "backups")
    with zipfile.ZipFile(info.path) as backup:
        assert backup.read(f"archive/{row.stored_name}") == sent
    # the copy is lost after the backup: the restore brings it back, readable and checked
    (archive_dir() / row.stored_name).unlink()
    with pytest.raises(EnvironmentProblem):
        email_attachment_bytes(sqlite_db, cid)
    path = sqlite_db.sqlite_path
    assert path is not None
    sqlite_db.dispose()
    restore_backup(str(path), info.path)
    restored = Database.open(str(path))
    try:
        assert email_attachment_bytes(restored, cid) == sent
    finally:
        restored.dispose()
