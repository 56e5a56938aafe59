"""The outbox sends e-mail through a real SMTP server on loopback (aiosmtpd, TLS with a test CA), on
SQLite and PostgreSQL: the delivered message parses into the same text and HTML the templates made,
with the Message-ID recorded before sending; a 14-day e-mail leaves its evidence (with consent only);
a connection dropped after the message went out is uncertain and never sent again; a temporary
refusal is tried later, a refused recipient fails with the reason, a wrong password stops the channel."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from debtordesk.db.models import Communication, FourteenDayLetter, OutboxAttempt, OutboxItem
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.messaging.render import render_email
from debtordesk.services.database import Database
from debtordesk.services.outbox import send_batch
from debtordesk.services.outbox_content import message_sources
from debtordesk.services.outbox_providers import OutboxProviders
from debtordesk.services.outbox_types import SendSummary
from tests.integration.outbox.factory import (
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


_mailer = smtp_mailer


def _send(db: Database, providers: OutboxProviders) -> SendSummary:
    return send_batch(db, 1, clock=clock, providers=providers, concurrency=2)


def _statuses(db: Database, ids: list[int]) -> list[CommunicationStatus]:
    with db.read() as session:
        found = dict(
            session.execute(
                select(Communication.id, Communication.status).where(Communication.id.in_(ids))
            ).all()
        )
    return [found[cid] for cid in ids]


_parse = parse_email


def test_e_mails_are_delivered_with_the_templates_text_and_html(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    ids = add_messages(outbox, 2, channel=ActionChannel.EMAIL, names=("Jansen & Zn", "Zoë Łuczak"))
    summary = _send(outbox, _mailer(smtp, pki, handler))
    assert (summary.sent, summary.failed, summary.uncertain) == (2, 0, 0)
    assert _statuses(outbox, ids) == [_S.SENT, _S.SENT]
    assert len(handler.received) == 2
    by_recipient = {r.rcpt_tos[0]: _parse(r.content) for r in handler.received}
    with outbox.read() as session:
        sources = message_sources(session, 1, ids, today=TODAY, now=NOW)
        attempts = {
            row.communication_id: row
            for row in session.execute(
                select(
                    OutboxAttempt.communication_id,
                    OutboxAttempt.idempotency_key,
                    OutboxAttempt.outcome,
                    OutboxAttempt.provider_message_id,
                    OutboxAttempt.body,
                )
            )
        }
    for cid in ids:
        source = sources[cid]
        expected = render_email(source.content)
        message = by_recipient[source.recipient]
        assert message["Message-ID"] == attempts[cid].idempotency_key
        assert attempts[cid].outcome == "sent"
        assert attempts[cid].provider_message_id == attempts[cid].idempotency_key
        assert message["Subject"] == expected.subject == attempts[cid].body
        assert message["To"].addresses[0].display_name == source.content.name
        assert message.get_content_type() == "multipart/alternative"
        plain, html = message.iter_parts()
        assert plain.get_content().replace("\r\n", "\n") == expected.text
        assert html.get_content().replace("\r\n", "\n").rstrip("\n") == expected.html.rstrip("\n")
    first = by_recipient[sources[ids[0]].recipient]
    plain, html = first.iter_parts()
    assert "Jansen &amp; Zn" in html.get_content() and "Jansen & Zn" in plain.get_content()


def test_a_14_day_e_mail_needs_consent_and_leaves_evidence(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    values = {
        "step_key": "fourteen_day_letter",
        "fourteen_day_letter": True,
        "costs_announced": Decimal("40.00"),
        "channel": ActionChannel.EMAIL,
    }
    agreed = add_messages(outbox, 1, customer={"email_consent": True}, **values)  # type: ignore[arg-type]
    not_agreed = add_messages(outbox, 1, start=1, **values)  # type: ignore[arg-type]
    summary = _send(outbox, _mailer(smtp, pki, handler))
    assert (summary.sent, summary.failed) == (1, 1)
    assert _statuses(outbox, agreed + not_agreed) == [_S.SENT, _S.FAILED]
    with outbox.read() as session:
        evidence = session.scalars(select(FourteenDayLetter)).all()
        assert len(evidence) == 1
        assert evidence[0].communication_id == agreed[0]
        assert evidence[0].channel is ActionChannel.EMAIL
        assert evidence[0].dispatched_on == TODAY == evidence[0].receipt_on
        assert evidence[0].costs_amount == Decimal("40.00")
        assert "@" in evidence[0].evidence
        item = session.get_one(OutboxItem, not_agreed[0])
        assert item.last_error is not None
        assert item.last_error["code"] == "fourteen_day.email_without_consent"
    (message,) = handler.received
    text = _parse(message.content).iter_parts().__next__().get_content()
    assert "binnen veertien dagen na de dag waarop u deze e-mail hebt ontvangen" in text


def test_a_connection_dropped_after_the_message_is_uncertain_and_never_resent(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    (cid,) = add_messages(outbox, 1, channel=ActionChannel.EMAIL)
    handler.on_data = "drop"
    summary = _send(outbox, _mailer(smtp, pki, handler))
    assert summary.uncertain == 1 and summary.sent == 0
    assert len(handler.received) == 1
    handler.on_data = "accept"
    again = _send(outbox, _mailer(smtp, pki, handler))
    assert again.sent == 0 and len(handler.received) == 1
    assert _statuses(outbox, [cid]) == [_S.UNCERTAIN]
    with outbox.read() as session:
        item = session.get_one(OutboxItem, cid)
        assert item.last_error is not None and item.last_error["code"].startswith("smtp.unknown.")


def test_temporary_refusal_later_refused_recipient_fails_wrong_password_stops(
    outbox: Database, smtp: RunningSmtp, pki: Pki, handler: SmtpHandler
) -> None:
    deferred = add_messages(outbox, 1, channel=ActionChannel.EMAIL)
    handler.on_data = "defer"
    assert _send(outbox, _mailer(smtp, pki, handler)).retry_later == 1
    assert _statuses(outbox, deferred) == [_S.QUEUED]
    handler.on_data = "accept"
    refused = add_messages(outbox, 1, start=1, channel=ActionChannel.EMAIL)
    handler.refused.add("klant1@example.nl")
    summary = _send(outbox, _mailer(smtp, pki, handler))
    assert summary.failed == 1
    with outbox.read() as session:
        item = session.get_one(OutboxItem, refused[0])
        assert item.last_error is not None
        assert item.last_error["code"] == "smtp.rejected.recipient_refused"
    waiting = add_messages(outbox, 3, start=2, channel=ActionChannel.EMAIL)
    summary = _send(outbox, _mailer(smtp, pki, handler, password="wrong"))
    assert summary.sent == 0 and summary.failed == 0
    assert "smtp.rejected.wrong_password" in {n.code for n in summary.notes}
    assert set(_statuses(outbox, waiting)) == {_S.QUEUED}
