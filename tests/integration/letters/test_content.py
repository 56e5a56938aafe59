"""The letter's data from the database: the payment block (link, EPC, none; kenmerk in the text line),
the beneficiary, the stored JSON that reprints use, a multi-page letter read back by its range, and
the template preview that creates nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from debtordesk.db.models import Communication, CustomerEvent, Letter, LetterBatch
from debtordesk.domain.dunning.model import ActionChannel
from debtordesk.domain.epc import parse_epc_payload
from debtordesk.domain.references import is_valid_betalingskenmerk
from debtordesk.letters.model import QrKind
from debtordesk.services.database import Database
from debtordesk.services.letters import generate_batch, letter_pdf, list_letters, preview_letter
from debtordesk.services.letters_content import (
    content_from_json,
    content_to_json,
    letter_sources,
    sender_of,
)
from debtordesk.services.policies import set_payment_reference_kind
from tests.integration.letters.factory import (
    HOLDER,
    IBAN,
    NOW,
    TODAY,
    FakeLinks,
    add_customers,
    clock,
    fill,
    page_texts,
    set_sender,
)


def _letter_ids(db: Database) -> list[int]:
    with db.read() as session:
        return list(
            session.scalars(
                select(Communication.id)
                .where(Communication.channel == ActionChannel.LETTER)
                .order_by(Communication.id)
            )
        )


def _sources(db: Database) -> list[object]:
    with db.read() as session:
        sender = sender_of(session, 1)
        return letter_sources(
            session, 1, _letter_ids(db), letter_date=TODAY, now=NOW, sender=sender
        )


def test_the_payment_block_is_the_account_holders_with_an_epc_code(db: Database) -> None:
    fill(db)
    for source in _sources(db):
        payment = source.content.payment
        assert payment.beneficiary == HOLDER and payment.iban == IBAN
        assert payment.qr_kind is QrKind.EPC
        epc = parse_epc_payload(payment.qr_payload)
        assert (epc.beneficiary, epc.iban, epc.amount) == (HOLDER, IBAN, payment.amount)
        assert epc.structured_reference == payment.reference
        content = source.content
        assert payment.amount == content.principal + content.costs + content.interest + content.fee


def test_without_an_account_holder_the_name_is_the_beneficiary(db: Database) -> None:
    fill(db)
    set_sender(db, name="Gemeente Ede", account_holder=None)
    payment = _sources(db)[0].content.payment
    assert payment.beneficiary == "Gemeente Ede"
    assert parse_epc_payload(payment.qr_payload).beneficiary == "Gemeente Ede"


def test_a_kenmerk_goes_in_the_text_line(db: Database) -> None:
    add_customers(db)
    set_payment_reference_kind(db, 1, "kenmerk", user_login="clerk")
    from debtordesk.providers.payment_links import NullPaymentLinkProvider
    from debtordesk.services.dunning_run import run_queue

    run_queue(db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock)
    for source in _sources(db):
        payment = source.content.payment
        assert payment.reference_kind == "kenmerk" and is_valid_betalingskenmerk(payment.reference)
        epc = parse_epc_payload(payment.qr_payload)
        assert epc.structured_reference == "" and epc.unstructured_text == payment.reference


def test_an_expired_payment_link_falls_back_to_epc(db: Database) -> None:
    fill(db, links=FakeLinks())
    first = _letter_ids(db)[0]
    with db.write() as session:
        row = session.get_one(Communication, first)
        row.payment_link_expires_at = datetime(2026, 12, 1, tzinfo=UTC)
    sources = {s.communication_id: s for s in _sources(db)}
    assert sources[first].content.payment.qr_kind is QrKind.EPC
    assert sources[first].content.extra["link_expired"] == "yes"
    others = [s for key, s in sources.items() if key != first]
    assert {s.content.payment.qr_kind for s in others} == {QrKind.LINK}


def test_the_stored_json_gives_back_the_same_letter(db: Database) -> None:
    fill(db)
    for source in _sources(db):
        content = source.content
        back = content_from_json(content_to_json(content), logo=content.sender.logo)
        assert back == content


def test_a_letter_with_many_invoices_spans_pages_and_reads_back(db: Database) -> None:
    customers = (("K-900", "Ngọc Anh Nguyễn", "1234 AB", 30, "12.34"),)
    fill(db, customers=customers, invoices_per_customer=60)
    batch = generate_batch(db, 1, letter_date=TODAY, clock=clock)
    (row,) = list_letters(db, batch.id)
    assert row.pages >= 2
    texts = page_texts(letter_pdf(db, row.id))
    assert len(texts) == row.pages
    assert "Nguyễn" in texts[0]
    assert row.total == Decimal("12.34") * 60
    with db.read() as session:
        stored = session.get_one(Letter, row.id)
        assert len(stored.content["invoices"]) == 60


def test_the_preview_renders_without_creating_anything(db: Database) -> None:
    filled = fill(db)
    counts_before = _counts(db)
    pdf = preview_letter(
        db,
        filled.customers["K-100"],
        "fourteen_day_letter",
        "nl",
        "formal",
        costs_announced=Decimal("40.00"),
        clock=clock,
    )
    assert pdf[:5] == b"%PDF-"
    text = "\n".join(page_texts(pdf))
    assert "Zoë de Vries" in text
    assert _counts(db) == counts_before
    english = "\n".join(
        page_texts(
            preview_letter(
                db, filled.customers["K-300"], "reminder_2", "en", "informal", clock=clock
            )
        )
    )
    assert "Ömer Çelik" in english


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (LetterBatch, Letter, CustomerEvent, Communication)
        )


def test_the_letter_date_decides_the_last_day_to_pay(db: Database) -> None:
    fill(db)
    for source in _sources(db):
        content = source.content
        if content.fourteen_day_letter:
            assert content.term_ends_on == content.payment.pay_by
            assert content.payment.pay_by >= TODAY + timedelta(days=15)
        else:
            assert content.payment.pay_by == TODAY + timedelta(days=14)
