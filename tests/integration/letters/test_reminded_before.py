"""A 14-day letter says "we reminded you before" only when an earlier SMS, e-mail or letter about
its invoices went out: a 14-day letter that is the first step (a first import of old invoices) does
not."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from debtordesk.db.models import Communication, CommunicationInvoice, Customer
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.letters.model import LetterContent
from debtordesk.letters.templates import load_template, render_texts
from debtordesk.services.database import Database
from debtordesk.services.letters_content import (
    content_from_json,
    content_to_json,
    letter_sources,
    sender_of,
)
from tests.integration.letters.factory import NOW, TODAY, fill

SENTENCE = {
    ("nl", "formal"): "Wij hebben u daar al eerder aan herinnerd.",
    ("nl", "informal"): "We hebben je daar al eerder aan herinnerd.",
    ("en", "formal"): "We have reminded you before.",
    ("en", "informal"): "We have reminded you before.",
}


def _fourteen_day_letters(db: Database) -> dict[str, LetterContent]:
    with db.read() as session:
        ids = list(
            session.scalars(
                select(Communication.id).where(
                    Communication.channel == ActionChannel.LETTER,
                    Communication.fourteen_day_letter.is_(True),
                    Communication.status != CommunicationStatus.CANCELLED,
                )
            )
        )
        sources = letter_sources(
            session, 1, ids, letter_date=TODAY, now=NOW, sender=sender_of(session, 1)
        )
    return {source.customer_number: source.content for source in sources}


def _text(content: LetterContent, language: str = "nl", tone: str = "formal") -> str:
    template = load_template("fourteen_day_letter", language, tone)
    texts = render_texts(template, content)
    return " ".join(run.text for paragraph in texts.text("intro") for run in paragraph.runs)


def _earlier(
    db: Database, number: str, channel: ActionChannel, status: CommunicationStatus, days: int
) -> None:
    """An earlier step for the customer's 14-day letter's invoices that went out ``days`` ago."""
    with db.write() as session:
        letter = session.scalars(
            select(Communication)
            .join(Customer, Customer.id == Communication.customer_id)
            .where(Customer.number == number, Communication.fourteen_day_letter.is_(True))
        ).one()
        earlier = Communication(
            administration_id=letter.administration_id,
            customer_id=letter.customer_id,
            step_key="reminder_1",
            step_name="Herinnering",
            channel=channel,
            status=status,
            planned_for=TODAY - timedelta(days=days),
            planned_at=NOW - timedelta(days=days),
            status_changed_at=NOW - timedelta(days=days),
            went_out_on=TODAY - timedelta(days=days),
            open_amount=letter.open_amount,
            overdue_amount=letter.overdue_amount,
            costs=letter.costs,
            interest=letter.interest,
            fee=letter.fee,
            costs_announced=letter.costs_announced * 0,
            tone=letter.tone,
            reason={},
        )
        session.add(earlier)
        session.flush()
        for line in session.scalars(
            select(CommunicationInvoice).where(CommunicationInvoice.communication_id == letter.id)
        ):
            session.add(
                CommunicationInvoice(
                    communication_id=earlier.id,
                    invoice_id=line.invoice_id,
                    invoice_number=line.invoice_number,
                    due_date=line.due_date,
                    open_amount=line.open_amount,
                )
            )


def test_a_first_fourteen_day_letter_does_not_say_it_reminded_before(db: Database) -> None:
    fill(db)  # K-100, K-200 and K-400 are 30+ days overdue: the 14-day letter is their first step
    letters = _fourteen_day_letters(db)
    assert set(letters) == {"K-100", "K-200", "K-400"}
    for content in letters.values():
        assert content.reminded_before is False
        for (language, tone), sentence in SENTENCE.items():
            text = _text(content, language, tone)
            assert "14" in text or "veertien" in text or "fourteen" in text
            assert sentence not in text


def test_after_an_earlier_reminder_it_does(db: Database) -> None:
    fill(db)
    _earlier(db, "K-100", ActionChannel.SMS, CommunicationStatus.DELIVERED, days=20)
    _earlier(db, "K-200", ActionChannel.LETTER, CommunicationStatus.CANCELLED, days=20)
    _earlier(db, "K-400", ActionChannel.EMAIL, CommunicationStatus.SENT, days=-2)  # not yet
    letters = _fourteen_day_letters(db)
    assert letters["K-100"].reminded_before is True
    assert letters["K-200"].reminded_before is False  # cancelled: never went out
    assert letters["K-400"].reminded_before is False  # after the letter's date
    for (language, tone), sentence in SENTENCE.items():
        assert sentence in _text(letters["K-100"], language, tone)
        assert sentence not in _text(letters["K-200"], language, tone)
    # the archive's JSON keeps it; a letter archived before it was known said the sentence
    stored = content_to_json(letters["K-200"])
    assert content_from_json(stored).reminded_before is False
    del stored["reminded_before"]
    assert content_from_json(stored).reminded_before is True


BUSINESS_SENTENCE = {
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
        "Despite our earlier reminders, we haven't received your payment.",
        "We haven't received your payment.",
    ),
}


def test_the_business_formal_letter_speaks_of_earlier_reminders_only_after_one(
    db: Database,
) -> None:
    """The business policy's formal letter ('Ondanks onze eerdere herinneringen') can be the first
    step too (a first import of old invoices): then it does not speak of earlier reminders."""
    from dataclasses import replace

    fill(db)
    first = _fourteen_day_letters(db)["K-100"]
    for reminded in (False, True):
        content = replace(
            first,
            template="business_formal_letter",
            customer_type="business",
            fourteen_day_letter=False,
            reminded_before=reminded,
        )
        for (language, tone), (said_after, said_first) in BUSINESS_SENTENCE.items():
            template = load_template("business_formal_letter", language, tone)
            texts = render_texts(template, replace(content, language=language, tone=tone))
            intro = " ".join(run.text for p in texts.text("intro") for run in p.runs)
            assert ("eerdere" in intro or "earlier" in intro) is reminded, (language, tone)
            assert (said_after if reminded else said_first) in intro, (language, tone, intro)
