"""An e-mail speaks of earlier reminders ("Ondanks onze eerdere herinneringen") only when an earlier
SMS, e-mail or letter about its invoices went out, as the letters do (reminded_before)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from debtordesk.db.models import CommunicationInvoice
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.enums import CustomerType
from debtordesk.messaging.model import MessageContent
from debtordesk.messaging.render import render_email
from debtordesk.services.database import Database
from debtordesk.services.outbox_content import message_sources
from tests.integration.dunning.factory import add_communication
from tests.integration.outbox.factory import NOW, TODAY, add_messages, set_sender

_S = CommunicationStatus
#: (after a reminder, as a first step) per language and tone
BUSINESS = {
    ("nl", "formal"): (
        "Ondanks onze eerdere herinneringen hebben wij uw betaling nog niet ontvangen.",
        "Wij hebben uw betaling nog niet ontvangen.",
    ),
    ("nl", "informal"): (
        "Ondanks onze eerdere herinneringen hebben we je betaling nog niet ontvangen.",
        "We hebben je betaling nog niet ontvangen.",
    ),
    ("en", "formal"): (
        "Despite our earlier reminders, we have not received your payment.",
        "We have not received your payment.",
    ),
    ("en", "informal"): (
        "Despite our earlier reminders, we have not received your payment.",
        "We have not received your payment.",
    ),
}
FOURTEEN_DAY = {
    ("nl", "formal"): "Wij hebben u daar al eerder aan herinnerd.",
    ("nl", "informal"): "We hebben je daar al eerder aan herinnerd.",
    ("en", "formal"): "We have reminded you before.",
    ("en", "informal"): "We have reminded you before.",
}


def _earlier(db: Database, cid: int, channel: ActionChannel, status: _S, days: int) -> None:
    """An earlier step about the invoices of message ``cid`` that went out ``days`` ago."""
    with db.write() as session:
        line = session.scalars(
            select(CommunicationInvoice).where(CommunicationInvoice.communication_id == cid)
        ).one()
        customer_id = line.communication.customer_id
        add_communication(
            session,
            customer_id,
            [line.invoice_id],
            channel=channel,
            status=status,
            planned_for=TODAY - timedelta(days=days),
            went_out_on=TODAY - timedelta(days=days),
            plan_key=f"earlier-{cid}-{channel.value}",
        )


def _contents(db: Database, ids: list[int]) -> dict[int, MessageContent]:
    with db.read() as session:
        sources = message_sources(session, 1, ids, today=TODAY, now=NOW)
    return {cid: source.content for cid, source in sources.items()}


def _intro(content: MessageContent, language: str, tone: str) -> str:
    return render_email(replace(content, language=language, tone=tone)).text


@pytest.mark.parametrize(
    ("step", "said"),
    [
        ("business_formal_letter", {key: pair[0] for key, pair in BUSINESS.items()}),
        ("fourteen_day_letter", FOURTEEN_DAY),
    ],
)
def test_an_e_mail_speaks_of_earlier_reminders_only_after_one(
    db: Database, step: str, said: dict[tuple[str, str], str]
) -> None:
    set_sender(db)
    first, after, cancelled, later = add_messages(
        db,
        4,
        channel=ActionChannel.EMAIL,
        step_key=step,
        customer={"customer_type": CustomerType.BUSINESS} if step.startswith("business") else None,
        fourteen_day_letter=step == "fourteen_day_letter",
    )
    _earlier(db, after, ActionChannel.SMS, _S.DELIVERED, days=20)
    _earlier(db, cancelled, ActionChannel.LETTER, _S.CANCELLED, days=20)  # never went out
    _earlier(db, later, ActionChannel.EMAIL, _S.SENT, days=-2)  # not yet
    contents = _contents(db, [first, after, cancelled, later])
    assert {cid: c.reminded_before for cid, c in contents.items()} == {
        first: False,
        after: True,
        cancelled: False,
        later: False,
    }
    for (language, tone), sentence in said.items():
        assert sentence in _intro(contents[after], language, tone)
        for cid in (first, cancelled, later):
            text = _intro(contents[cid], language, tone)
            assert sentence not in text, (language, tone)
            assert "eerdere" not in text and "earlier" not in text
            if step.startswith("business"):
                assert BUSINESS[language, tone][1] in text, (language, tone, text)
