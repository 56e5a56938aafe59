"""A 14-day e-mail is not sent when the letter it carries or its own text misstates the term or the
costs (art. 6:96 lid 6 BW): the outbox holds it with the reason, as with other template problems."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from debtordesk.db.models import Communication, CustomerEvent, OutboxItem
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.i18n.catalogue import render
from debtordesk.letters.templates import shipped_folder as letters_shipped
from debtordesk.messaging.templates import shipped_folder as messages_shipped
from debtordesk.services.database import Database
from debtordesk.services.org_settings import save_org_setting
from debtordesk.services.outbox import send_batch
from debtordesk.services.outbox_types import SendSummary
from debtordesk.settings.paths import data_dir
from tests.integration.outbox.factory import (
    add_messages,
    clock,
    set_sender,
    settings,
    smtp_mailer,
)
from tests.standins.smtp_server import Pki, RunningSmtp, SmtpHandler

_S = CommunicationStatus
LETTER_TERM = "binnen veertien dagen na de dag waarop u deze brief hebt ontvangen"
EMAIL_TERM = "binnen veertien dagen na de dag waarop u deze e-mail hebt ontvangen"


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


def _fourteen_day_email(db: Database, start: int = 0) -> int:
    (cid,) = add_messages(
        db,
        1,
        channel=ActionChannel.EMAIL,
        step_key="fourteen_day_letter",
        fourteen_day_letter=True,
        costs_announced=Decimal("40.00"),
        customer={"email_consent": True},
        start=start,
    )
    return cid


def _edit(shipped: Path, kind: str, old: str, new: str) -> Path:
    """The organisation's own copy of the nl formal 14-day template (``kind``: letters or
    messages), with ``old`` written as ``new``."""
    source = shipped / "nl" / "formal" / "fourteen_day_letter.txt"
    text = source.read_text(encoding="utf-8")
    assert old in text
    target = data_dir() / kind / "templates" / "nl" / "formal" / "fourteen_day_letter.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text.replace(old, new), encoding="utf-8")
    return target


def _send(db: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler) -> SendSummary:
    return send_batch(db, 1, clock=clock, providers=smtp_mailer(smtp, pki, handler), concurrency=2)


def _assert_held(db: Database, cid: int, code: str, handler: SmtpHandler) -> None:
    assert handler.received == []
    with db.read() as session:
        communication = session.get_one(Communication, cid)
        assert communication.status is _S.QUEUED
        item = session.get_one(OutboxItem, cid)
        assert item.last_error is not None and item.last_error["code"] == code
        assert item.next_attempt_at is not None and item.attempts == 0
        sent = session.scalars(
            select(CustomerEvent).where(CustomerEvent.code == "event.outbox.sent")
        ).all()
        assert sent == []


def test_a_letter_template_counting_from_the_letter_date_holds_the_14_day_e_mail(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    _attach(outbox, True)
    cid = _fourteen_day_email(outbox)
    path = _edit(
        letters_shipped(),
        "letters",
        LETTER_TERM,
        "binnen veertien dagen na de datum van deze brief",
    )
    summary = _send(outbox, smtp, pki, handler)
    assert (summary.sent, summary.failed) == (0, 0)
    (note,) = [n for n in summary.notes if n.code == "outbox.fourteen_day_letter_refused"]
    dutch = render(note, "nl")
    assert dutch.startswith("Niet verstuurd: deze veertiendagenmail")
    assert "'fourteen_day_letter'" in dutch and str(path) in dutch
    assert f"'{LETTER_TERM}'" in dutch  # what to write instead
    assert ".." not in dutch.replace(str(path), "")
    _assert_held(outbox, cid, "outbox.fourteen_day_letter_refused", handler)


def test_an_e_mail_text_counting_from_sending_is_held_also_with_a_good_letter(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    _attach(outbox, True)
    cid = _fourteen_day_email(outbox)
    path = _edit(
        messages_shipped(),
        "messages",
        EMAIL_TERM,
        "binnen veertien dagen na de datum van deze e-mail",
    )
    summary = _send(outbox, smtp, pki, handler)
    assert (summary.sent, summary.failed) == (0, 0)
    (note,) = [n for n in summary.notes if n.code == "outbox.fourteen_day_email_refused"]
    dutch = render(note, "nl")
    assert str(path) in dutch and f"'{EMAIL_TERM}'" in dutch
    assert "na de datum van deze e-mail" in dutch
    _assert_held(outbox, cid, "outbox.fourteen_day_email_refused", handler)


def test_an_e_mail_without_the_costs_and_without_a_letter_is_held(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    _attach(outbox, False)
    cid = _fourteen_day_email(outbox)
    _edit(messages_shipped(), "messages", "<b>{{ costs_announced|money }}</b>", "hoog")
    summary = _send(outbox, smtp, pki, handler)
    assert summary.sent == 0
    (note,) = [n for n in summary.notes if n.code == "outbox.fourteen_day_email_refused"]
    assert "costs_announced|money" in render(note, "nl")
    _assert_held(outbox, cid, "outbox.fourteen_day_email_refused", handler)


def test_a_short_e_mail_beside_a_good_letter_and_the_shipped_ones_are_sent(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    _attach(outbox, True)
    _fourteen_day_email(outbox)
    target = data_dir() / "messages" / "templates" / "nl" / "formal" / "fourteen_day_letter.txt"
    target.parent.mkdir(parents=True)
    target.write_text(
        '{% extends "nl/formal/base.txt" %}\n'
        "{% block subject %}Laatste herinnering{% endblock %}\n"
        "{% block intro %}In de bijlage vindt u onze brief.{% endblock %}\n",
        encoding="utf-8",
    )
    assert _send(outbox, smtp, pki, handler).sent == 1
    # without a letter the shipped e-mail text is the whole notice, and it passes
    target.unlink()
    _attach(outbox, False)
    _fourteen_day_email(outbox, start=1)
    assert _send(outbox, smtp, pki, handler).sent == 1
    assert len(handler.received) == 2
