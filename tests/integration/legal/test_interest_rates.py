"""The stored statutory interest table: seeded once, added to, corrected, deleted; checked, audited,
refused when someone else changed the row; the table the rules use."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from debtordesk.db.models import AuditLog
from debtordesk.db.models import InterestRate as InterestRateRow
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import DEFAULT_INTEREST_RATES, statutory_interest
from debtordesk.i18n.catalogue import render
from debtordesk.services.database import Database
from debtordesk.services.interest_rates import (
    add_interest_rate,
    correct_interest_rate,
    current_interest_rates,
    delete_interest_rate,
    list_interest_rates,
)

TODAY = date(2026, 3, 2)


def _audit(db: Database) -> list[tuple[str, int | None, dict[str, object]]]:
    with db.read() as session:
        return [
            (row.action, row.entity_id, dict(row.details))
            for row in session.scalars(
                select(AuditLog).where(AuditLog.entity == "interest_rate").order_by(AuditLog.id)
            )
        ]


def _stored_count(db: Database) -> int:
    with db.read() as session:
        return len(session.scalars(select(InterestRateRow)).all())


def test_first_listing_stores_the_shipped_table_once(db: Database) -> None:
    assert _stored_count(db) == 0
    table = list_interest_rates(db, today=TODAY)
    assert table.rates == DEFAULT_INTEREST_RATES
    again = list_interest_rates(db, today=TODAY)
    assert again.rows == table.rows
    assert _stored_count(db) == len(DEFAULT_INTEREST_RATES)


def test_the_warning_follows_the_newest_row(db: Database) -> None:
    # the shipped table ends on 2025-07-01: more than six months before TODAY
    table = list_interest_rates(db, today=TODAY)
    assert table.warning is not None and table.warning.code == "interest.table_outdated"
    add_interest_rate(db, date(2026, 1, 1), "4", "10.15", confirmed=True)
    assert list_interest_rates(db, today=TODAY).warning is None


def test_current_rates_fall_back_to_the_shipped_table_without_writing(db: Database) -> None:
    assert current_interest_rates(db) == DEFAULT_INTEREST_RATES
    assert _stored_count(db) == 0  # reading does not seed


def test_added_row_is_stored_seeded_audited_and_used(db: Database) -> None:
    record = add_interest_rate(
        db, date(2026, 1, 1), "4,00", "10.15 %", confirmed=True, note="Staatscourant 2025, 12345"
    )
    assert (record.consumer, record.commercial) == (Decimal("4.00"), Decimal("10.15"))
    rates = current_interest_rates(db)
    # the shipped rows are stored first, so adding one row does not drop the older ones
    assert len(rates) == len(DEFAULT_INTEREST_RATES) + 1
    assert rates[-1].valid_from == date(2026, 1, 1) and rates[-1].confirmed
    assert rates[-1].note == "Staatscourant 2025, 12345"
    assert _audit(db) == [
        (
            "add",
            record.id,
            {
                "valid_from": "2026-01-01",
                "consumer": "4.00",
                "commercial": "10.15",
                "confirmed": True,
                "note": "Staatscourant 2025, 12345",
            },
        )
    ]
    # the rules use the stored row: a 2026 period at 10.15 % commercial
    result = statutory_interest(
        Decimal("1000"), date(2025, 12, 31), date(2026, 1, 31), rates, commercial=True
    )
    assert [period.rate for period in result.periods] == [Decimal("10.15")]


def test_a_second_row_on_the_same_date_is_refused(db: Database) -> None:
    list_interest_rates(db, today=TODAY)
    with pytest.raises(UserError) as caught:
        add_interest_rate(db, date(2025, 1, 1), "5", "11")
    assert caught.value.code == "rates.date_taken"
    assert "already has a rate from 2025-01-01 (6.00 % / 11.15 %)" in render(caught.value.message)
    assert _stored_count(db) == len(DEFAULT_INTEREST_RATES)


@pytest.mark.parametrize("value", ["-1", "100.01", "6.005", "zes", "", "NaN", "Infinity"])
def test_rates_out_of_range_or_too_precise_are_refused(db: Database, value: str) -> None:
    with pytest.raises(UserError) as caught:
        add_interest_rate(db, date(2026, 1, 1), "4", value)
    assert caught.value.code == "rates.bad_rate"
    assert caught.value.message.params["which"] == "Commercial"
    assert _stored_count(db) == 0  # checked before anything is stored


@pytest.mark.parametrize(("value", "stored"), [("0", "0.00"), ("100", "100.00"), ("8,5", "8.50")])
def test_rates_at_the_edges_are_accepted(db: Database, value: str, stored: str) -> None:
    record = add_interest_rate(db, date(2026, 1, 1), value, "12")
    with db.read() as session:
        row = session.get(InterestRateRow, record.id)
        assert row is not None and row.consumer == stored


def test_correction_changes_the_row_and_audits_what_changed(db: Database) -> None:
    table = list_interest_rates(db, today=TODAY)
    before = table.rows[-1]  # 2025-07-01, unconfirmed
    after = replace(before, consumer=Decimal("4.00"), confirmed=True, note="checked")
    stored = correct_interest_rate(db, before, after)
    assert stored == replace(after, id=before.id)
    assert _audit(db) == [
        (
            "change",
            before.id,
            {
                "confirmed": {"before": False, "after": True},
                "note": {"before": before.note, "after": "checked"},
            },
        )
    ]


def test_a_correction_someone_else_beat_is_refused(db: Database) -> None:
    mine = list_interest_rates(db, today=TODAY).rows[-1]
    theirs = correct_interest_rate(db, mine, replace(mine, commercial=Decimal("10.25")))
    with pytest.raises(UserError) as caught:
        correct_interest_rate(db, mine, replace(mine, confirmed=True))
    assert caught.value.code == "db.conflict"
    assert "the interest rate from 2025-07-01" in render(caught.value.message)
    assert current_interest_rates(db)[-1] == theirs.as_rate()


def test_moving_a_row_onto_another_date_is_refused(db: Database) -> None:
    rows = list_interest_rates(db, today=TODAY).rows
    with pytest.raises(UserError) as caught:
        correct_interest_rate(db, rows[-1], replace(rows[-1], valid_from=rows[-2].valid_from))
    assert caught.value.code == "rates.date_taken"
    moved = correct_interest_rate(db, rows[-1], replace(rows[-1], valid_from=date(2025, 7, 2)))
    assert moved.valid_from == date(2025, 7, 2)


def test_correcting_a_deleted_row_says_it_is_gone(db: Database) -> None:
    row = list_interest_rates(db, today=TODAY).rows[-1]
    delete_interest_rate(db, row.valid_from)
    with pytest.raises(UserError) as caught:
        correct_interest_rate(db, row, replace(row, confirmed=True))
    assert caught.value.code == "rates.missing"


def test_delete_removes_the_row_and_audits_it(db: Database) -> None:
    rows = list_interest_rates(db, today=TODAY).rows
    deleted = delete_interest_rate(db, date(2025, 7, 1), expected=rows[-1])
    assert deleted == rows[-1]
    assert [r.valid_from for r in current_interest_rates(db)] == [
        r.valid_from for r in DEFAULT_INTEREST_RATES[:-1]
    ]
    assert _audit(db)[-1][0:2] == ("delete", rows[-1].id)
    with pytest.raises(UserError) as caught:
        delete_interest_rate(db, date(2025, 7, 1))
    assert caught.value.code == "rates.missing"


def test_delete_of_a_changed_row_is_refused(db: Database) -> None:
    row = list_interest_rates(db, today=TODAY).rows[-1]
    correct_interest_rate(db, row, replace(row, note="changed"))
    with pytest.raises(UserError) as caught:
        delete_interest_rate(db, row.valid_from, expected=row)
    assert caught.value.code == "db.conflict"
    assert _stored_count(db) == len(DEFAULT_INTEREST_RATES)


def test_the_last_row_stays(db: Database) -> None:
    rows = list_interest_rates(db, today=TODAY).rows
    for row in rows[1:]:
        delete_interest_rate(db, row.valid_from)
    with pytest.raises(UserError) as caught:
        delete_interest_rate(db, rows[0].valid_from)
    assert caught.value.code == "rates.last_row"
    assert current_interest_rates(db) == (rows[0].as_rate(),)


def test_a_long_note_is_refused(db: Database) -> None:
    with pytest.raises(UserError) as caught:
        add_interest_rate(db, date(2026, 1, 1), "4", "10", note="x" * 501)
    assert caught.value.code == "rates.note_too_long"
