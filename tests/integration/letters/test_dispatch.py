"""A batch after it is made: printed, posted with the 14-day-letter evidence, a letter returned, a
reprint with the same references and QR codes, a batch cancelled."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from debtordesk.db.models import (
    AuditLog,
    Communication,
    CustomerEvent,
    FourteenDayLetter,
    Letter,
)
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import fourteen_day_dates
from debtordesk.domain.letter_batches import LetterBatchStatus
from debtordesk.i18n.catalogue import render
from debtordesk.services.database import Database
from debtordesk.services.dunning_status import hand_over
from debtordesk.services.letters import (
    cancel_batch,
    dispatch_batch,
    generate_batch,
    get_batch,
    letter_pdf,
    list_letters,
    mark_printed,
    record_returned,
    reprint,
)
from tests.integration.letters.factory import NOW, TODAY, FakeLinks, clock, fill, page_texts


def _batch(db: Database) -> int:
    return generate_batch(db, 1, letter_date=TODAY, clock=clock).id


def _statuses(db: Database) -> dict[int, CommunicationStatus]:
    with db.read() as session:
        return dict(
            session.execute(
                select(Communication.id, Communication.status).where(
                    Communication.channel == ActionChannel.LETTER
                )
            ).all()
        )


def test_posting_a_batch_records_the_date_and_the_14_day_evidence(db: Database) -> None:
    fill(db)
    batch_id = _batch(db)
    posted = date(2026, 12, 16)
    result = dispatch_batch(
        db, batch_id, dispatched_on=posted, evidence="bundle 7", clock=clock, user_login="clerk"
    )
    assert result.dispatched == 4 and result.skipped == ()
    assert result.batch.status is LetterBatchStatus.DISPATCHED
    assert result.batch.dispatched_on == posted
    assert set(_statuses(db).values()) == {CommunicationStatus.DISPATCHED}
    expected = fourteen_day_dates(posted, "letter")
    with db.read() as session:
        letters = session.scalars(select(Communication)).all()
        assert {row.went_out_on for row in letters if row.channel is ActionChannel.LETTER} == {
            posted
        }
        fourteen = [row for row in letters if row.fourteen_day_letter]
        evidence = session.scalars(select(FourteenDayLetter)).all()
        assert len(evidence) == len(fourteen) == result.fourteen_day_letters == 3
        for row in evidence:
            assert row.dispatched_on == posted and row.evidence == "bundle 7"
            assert (row.receipt_on, row.term_ends_on, row.costs_from) == expected
            assert not row.void
            communication = session.get_one(Communication, row.communication_id)
            assert row.costs_amount == communication.costs_announced > 0
        actions = session.scalars(select(AuditLog.action).where(AuditLog.entity == "letter_batch"))
        assert list(actions) == ["generated", "dispatched"]
        events = session.scalars(
            select(CustomerEvent).where(CustomerEvent.code == "event.dunning.dispatched")
        ).all()
        assert len(events) == 4
    # the printed term was counted from the letter date, which is the posting date: not too early
    assert result.printed_term_too_early == ()


def test_a_batch_is_posted_once_and_never_on_a_future_day(db: Database) -> None:
    fill(db)
    batch_id = _batch(db)
    with pytest.raises(UserError) as caught:
        dispatch_batch(db, batch_id, dispatched_on=date(2026, 12, 17), clock=clock)
    assert caught.value.code == "letters.dispatch_in_future"
    with pytest.raises(UserError) as caught:
        dispatch_batch(db, batch_id, dispatched_on=date(2026, 12, 15), clock=clock)
    assert caught.value.code == "letters.dispatch_before_letter_date"
    assert set(_statuses(db).values()) == {CommunicationStatus.GENERATED}
    dispatch_batch(db, batch_id, clock=clock)
    with pytest.raises(UserError) as caught:
        dispatch_batch(db, batch_id, clock=clock)
    assert caught.value.code == "letters.already_dispatched"
    assert caught.value.message.params["day"] == TODAY
    with db.read() as session:
        assert len(session.scalars(select(FourteenDayLetter)).all()) == 3


def test_posting_later_than_the_letter_date_is_reported_for_14_day_letters(db: Database) -> None:
    fill(db)
    batch_id = _batch(db)
    later = date(2026, 12, 21)

    def five_days_on() -> datetime:
        return NOW + timedelta(days=5)

    result = dispatch_batch(db, batch_id, dispatched_on=later, clock=five_days_on)
    assert len(result.printed_term_too_early) == 3
    with db.read() as session:
        rows = session.scalars(select(FourteenDayLetter)).all()
        assert {row.dispatched_on for row in rows} == {later}  # the evidence has the real date
        assert {row.term_ends_on for row in rows} == {fourteen_day_dates(later, "letter")[1]}


def test_printing_moves_the_letters_to_printed(db: Database) -> None:
    fill(db)
    batch_id = _batch(db)
    info = mark_printed(db, batch_id, clock=clock)
    assert info.status is LetterBatchStatus.PRINTED and info.printed_at is not None
    assert set(_statuses(db).values()) == {CommunicationStatus.PRINTED}
    mark_printed(db, batch_id, clock=clock)  # printed again after a paper jam
    result = dispatch_batch(db, batch_id, clock=clock)
    assert result.dispatched == 4


def test_returned_mail_voids_the_evidence_and_is_kept_on_the_letter(db: Database) -> None:
    filled = fill(db)
    batch_id = _batch(db)
    zoe = next(r for r in list_letters(db, batch_id) if r.customer_number == "K-100")
    with pytest.raises(UserError) as caught:
        record_returned(db, zoe.id, "address unknown", clock=clock)
    assert caught.value.code == "letters.not_dispatched"
    dispatch_batch(db, batch_id, clock=clock)
    record_returned(db, zoe.id, "address unknown", clock=clock, user_login="clerk")
    with db.read() as session:
        evidence = session.scalars(
            select(FourteenDayLetter).where(
                FourteenDayLetter.customer_id == filled.customers["K-100"]
            )
        ).one()
        assert evidence.void and evidence.void_reason == "address unknown"
        others = session.scalars(
            select(FourteenDayLetter).where(
                FourteenDayLetter.customer_id != filled.customers["K-100"]
            )
        ).all()
        assert others and not any(row.void for row in others)
        letter = session.get_one(Letter, zoe.id)
        assert letter.returned_at is not None and letter.returned_note == "address unknown"
    with pytest.raises(UserError) as caught:
        record_returned(db, zoe.id, clock=clock)
    assert caught.value.code == "letters.already_returned"
    # the day it came back, as the clerk writes dates (it showed 2026-12-16T08:30:00+00:00)
    returned_on = NOW.astimezone().date()
    assert render(caught.value.message, "en") == (
        f"Letter {zoe.id} was already recorded as returned ({returned_on.isoformat()})."
    )
    assert f"({returned_on:%d-%m-%Y})" in render(caught.value.message, "nl")
    with pytest.raises(UserError) as caught:
        record_returned(db, 999_999, clock=clock)
    assert caught.value.code == "letters.letter_missing"


def test_a_reprint_keeps_references_and_qr_codes(db: Database) -> None:
    links = FakeLinks()
    fill(db, links=links)
    first = _batch(db)
    originals = list_letters(db, first)
    chosen = [originals[0].id, originals[2].id]
    again = reprint(db, letter_ids=chosen, clock=clock, user_login="clerk")
    assert again.number == 2 and again.letter_count == 2 and again.reprint_of_id == first
    copies = list_letters(db, again.id)
    assert [c.reprint_of_id for c in copies] == chosen
    for copy in copies:
        original = next(o for o in originals if o.id == copy.reprint_of_id)
        assert (copy.payment_reference, copy.qr_kind, copy.qr_payload, copy.total) == (
            original.payment_reference,
            original.qr_kind,
            original.qr_payload,
            original.total,
        )
        assert copy.qr_payload in links.made
        assert original.customer_name in page_texts(letter_pdf(db, copy.id))[0]
    assert len(links.made) == 4  # no new link was asked for
    # the communications stay as the original batch left them
    assert set(_statuses(db).values()) == {CommunicationStatus.GENERATED}
    whole = reprint(db, batch_id=first, clock=clock)
    assert whole.letter_count == 4
    with db.read() as session:
        actions = list(
            session.scalars(
                select(AuditLog.action)
                .where(AuditLog.entity == "letter_batch")
                .order_by(AuditLog.id)
            )
        )
        assert actions == ["generated", "reprinted", "reprinted"]
        assert (
            len(
                session.scalars(
                    select(CustomerEvent).where(CustomerEvent.code == "event.letters.reprinted")
                ).all()
            )
            == 6
        )


def test_posting_a_reprint_of_posted_letters_changes_nothing_twice(db: Database) -> None:
    fill(db)
    first = _batch(db)
    dispatch_batch(db, first, clock=clock)
    copy = reprint(db, batch_id=first, clock=clock)
    result = dispatch_batch(db, copy.id, clock=clock)
    assert result.dispatched == 0 and len(result.skipped) == 4
    assert {reason.code for _, reason in result.skipped} == {"letters.skip.already_dispatched"}
    with db.read() as session:
        assert len(session.scalars(select(FourteenDayLetter)).all()) == 3


def test_a_handed_over_customer_is_not_posted_or_reprinted(db: Database) -> None:
    filled = fill(db)
    batch_id = _batch(db)
    hand_over(db, filled.customers["K-200"], note="agency")
    lukasz = next(r for r in list_letters(db, batch_id) if r.customer_number == "K-200")
    with pytest.raises(UserError) as caught:
        reprint(db, letter_ids=[lukasz.id], clock=clock)
    assert caught.value.code == "letters.reprint_cancelled"
    result = dispatch_batch(db, batch_id, clock=clock)
    assert result.dispatched == 3
    assert [(letter, reason.code) for letter, reason in result.skipped] == [
        (lukasz.id, "letters.skip.cancelled")
    ]


def test_a_cancelled_batch_cancels_its_letters_and_cannot_be_posted(db: Database) -> None:
    fill(db)
    batch_id = _batch(db)
    info = cancel_batch(db, batch_id, reason="wrong paper", clock=clock)
    assert info.status is LetterBatchStatus.CANCELLED and info.cancelled_at is not None
    assert set(_statuses(db).values()) == {CommunicationStatus.CANCELLED}
    with pytest.raises(UserError) as caught:
        dispatch_batch(db, batch_id, clock=clock)
    assert caught.value.code == "letters.batch_cancelled"
    assert get_batch(db, batch_id).status is LetterBatchStatus.CANCELLED
    with db.read() as session:  # the steps may be planned again by the next run
        assert all(
            row.plan_key is None
            for row in session.scalars(select(Communication))
            if row.channel is ActionChannel.LETTER
        )
