"""The step's letter as a PDF attachment of e-mails (organisation option attach_letter_pdf), through a real
SMTP server on loopback (aiosmtpd, TLS with a test CA), on SQLite and PostgreSQL: the delivered message
parses into plain text, HTML and a PDF that opens and holds the customer's name and amount; the timeline
says which file went (with its SHA-256); a 14-day e-mail carries exactly the 14-day letter, whose hash is
in the evidence; with the option off there is no attachment; a letter too large goes without, and the
timeline says why."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from decimal import Decimal
from email.message import EmailMessage
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from debtordesk.db.models import CustomerEvent, FourteenDayLetter, OutboxItem
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.letters.model import QrKind
from debtordesk.letters.render import render_letter
from debtordesk.services import outbox_letters
from debtordesk.services.database import Database
from debtordesk.services.org_settings import save_org_setting
from debtordesk.services.outbox import send_batch
from debtordesk.services.outbox_content import message_sources
from debtordesk.services.outbox_letters import letter_contents
from debtordesk.services.outbox_types import SendSummary
from debtordesk.settings.paths import data_dir
from tests.integration.outbox.factory import (
    LINK,
    NOW,
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
    return db


def _attach(db: Database, on: bool) -> None:
    with db.write() as session:
        save_org_setting(
            session, key="attach_letter_pdf", value=on, administration_id=None, user_id=None
        )


def _send(db: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler) -> SendSummary:
    return send_batch(db, 1, clock=clock, providers=smtp_mailer(smtp, pki, handler), concurrency=2)


def _delivered(handler: SmtpHandler) -> dict[str, EmailMessage]:
    return {r.rcpt_tos[0]: parse_email(r.content) for r in handler.received}


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@dataclass(frozen=True)
class _Event:
    customer_id: int
    params: dict[str, Any]


def _events(db: Database, code: str) -> list[_Event]:
    with db.read() as session:
        return [
            _Event(row.customer_id, dict(row.params))
            for row in session.execute(
                select(CustomerEvent.customer_id, CustomerEvent.params).where(
                    CustomerEvent.code == code
                )
            )
        ]


def test_the_letter_goes_as_a_pdf_beside_the_text_and_html(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    _attach(outbox, True)
    names = ("Łukasz Wójcik-Dağdelen", "Jansen & Zn")
    ids = add_messages(outbox, 2, channel=ActionChannel.EMAIL, names=names)
    summary = _send(outbox, smtp, pki, handler)
    assert (summary.sent, summary.failed, summary.uncertain) == (2, 0, 0)
    with outbox.read() as session:
        sources = message_sources(session, 1, ids, today=TODAY, now=NOW)
    delivered = _delivered(handler)
    hashes = {}
    for cid, name in zip(ids, names, strict=True):
        source = sources[cid]
        message = delivered[source.recipient]
        assert message.get_content_type() == "multipart/mixed"
        body, pdf_part = message.iter_parts()
        assert body.get_content_type() == "multipart/alternative"
        plain, html = body.iter_parts()
        assert plain.get_content_type() == "text/plain" and "123,45" in plain.get_content()
        assert html.get_content_type() == "text/html"
        assert pdf_part.get_content_type() == "application/pdf"
        assert pdf_part.get_content_disposition() == "attachment"
        file_name = f"{source.content.reference}-{TODAY.isoformat()}.pdf"
        assert pdf_part.get_filename() == file_name
        data = pdf_part.get_content()
        assert isinstance(data, bytes) and data.startswith(b"%PDF")
        text = _pdf_text(data)
        assert name in text
        assert "€ 123,45" in text and source.content.reference[:4] in text
        hashes[source.customer_id] = (file_name, hashlib.sha256(data).hexdigest(), len(data))
    sent = _events(outbox, "event.outbox.sent_with_letter")
    assert {e.customer_id: (e.params["file"], e.params["letter_sha256"]) for e in sent} == {
        customer: (file_name, digest) for customer, (file_name, digest, _) in hashes.items()
    }
    assert all(e.params["letter_attached"] is True for e in sent)
    assert {e.params["letter_bytes"] for e in sent} == {size for _, _, size in hashes.values()}
    assert _events(outbox, "event.outbox.sent") == []


def test_without_the_option_there_is_no_attachment(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    ids = add_messages(outbox, 1, channel=ActionChannel.EMAIL)
    _attach(outbox, True)
    _attach(outbox, False)
    summary = _send(outbox, smtp, pki, handler)
    assert summary.sent == 1
    (message,) = _delivered(handler).values()
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == [
        "text/plain",
        "text/html",
    ]
    assert not list(message.iter_attachments())
    (event,) = _events(outbox, "event.outbox.sent")
    assert "file" not in event.params and event.customer_id
    assert ids


def test_a_14_day_e_mail_carries_exactly_the_14_day_letter(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    _attach(outbox, True)
    (cid,) = add_messages(
        outbox,
        1,
        channel=ActionChannel.EMAIL,
        step_key="fourteen_day_letter",
        fourteen_day_letter=True,
        costs_announced=Decimal("40.00"),
        customer={"email_consent": True},
        names=("Grzegorz Brzęczyszczykiewicz",),
    )
    summary = _send(outbox, smtp, pki, handler)
    assert summary.sent == 1
    (message,) = _delivered(handler).values()
    (attachment,) = message.iter_attachments()
    data = attachment.get_content()
    text = _pdf_text(data)
    assert "Grzegorz Brzęczyszczykiewicz" in text
    assert "€ 123,45" in text and "€ 40,00" in text
    assert "binnen veertien dagen na de dag waarop u deze brief hebt ontvangen" in text
    with outbox.read() as session:
        evidence, term_ends_on = session.execute(
            select(FourteenDayLetter.evidence, FourteenDayLetter.term_ends_on)
        ).one()
        sources = message_sources(session, 1, [cid], today=TODAY, now=NOW)
        letter = letter_contents(session, 1, {cid: sources[cid].content}, today=TODAY, now=NOW)[cid]
    assert hashlib.sha256(data).hexdigest() in evidence
    assert attachment.get_filename() in evidence
    # the letter the outbox attached is the 14-day letter of that day, with the e-mail's term
    assert letter.template == "fourteen_day_letter" and letter.fourteen_day_letter
    assert letter.letter_date == TODAY
    assert letter.term_ends_on == term_ends_on == letter.payment.pay_by
    assert letter.costs_announced == Decimal("40.00")
    assert letter.payment.qr_kind is QrKind.LINK and letter.payment.link_url == LINK
    assert _pdf_text(render_letter(letter)) == text


def test_a_letter_too_large_goes_without_and_the_timeline_says_why(
    outbox: Database,
    smtp: RunningSmtp,
    pki: Pki,
    handler: SmtpHandler,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _attach(outbox, True)
    add_messages(outbox, 1, channel=ActionChannel.EMAIL)
    monkeypatch.setattr(outbox_letters, "MAX_PDF_BYTES", 10 * 1024)  # a letter is ~30 kB
    summary = _send(outbox, smtp, pki, handler)
    assert summary.sent == 1
    (message,) = _delivered(handler).values()
    assert not list(message.iter_attachments())
    (event,) = _events(outbox, "event.outbox.sent_without_letter")
    assert event.params["letter_attached"] is False
    assert event.params["limit"] == 10 and event.params["size"] > 10
    with outbox.read() as session:
        assert session.scalars(select(OutboxItem)).one().last_error is None


def test_a_broken_letter_template_holds_the_e_mail_and_names_file_and_line(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    _attach(outbox, True)
    (cid,) = add_messages(outbox, 1, channel=ActionChannel.EMAIL)
    broken = data_dir() / "letters" / "templates" / "nl" / "formal" / "reminder_1.txt"
    broken.parent.mkdir(parents=True)
    broken.write_text('{% extends "nl/formal/base.txt" %}\n{% block intro %}{{ amount|money \n')
    summary = _send(outbox, smtp, pki, handler)
    assert (summary.sent, summary.failed) == (0, 0) and handler.received == []
    (note,) = [n for n in summary.notes if n.code == "letters.template_syntax"]
    assert note.params["file"] == str(broken) and note.params["line"] == 2
    with outbox.read() as session:
        item = session.get_one(OutboxItem, cid)
        assert item.last_error is not None
        assert item.last_error["code"] == "letters.template_syntax"
        assert item.next_attempt_at is not None
    assert _events(outbox, "event.outbox.sent") == []
