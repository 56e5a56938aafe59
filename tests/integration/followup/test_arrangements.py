"""Payment arrangements against the real import: saved with holds, instalment triggers and the costs
decision; payments from snapshots allocated to the terms in order (partial and early), completion,
breach after the grace days (trigger, holds lifted, dunning resumes, the later requests withdrawn),
cancellation and refusals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from debtordesk.db.models import Charge
from debtordesk.domain.arrangements import ArrangementStatus, CostsChoice, Term, TermStatus
from debtordesk.domain.calls import CallReason
from debtordesk.domain.dunning.model import ChargeKind, ChargeStatus, HoldReason
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.services.database import Database
from debtordesk.services.followup import (
    FollowupSettings,
    arrangements_check,
    call_list,
    cancel_arrangement,
    get_arrangement,
    list_arrangements,
    open_dispute,
    preview_arrangement,
    save_arrangement,
)
from tests.integration.followup.helpers import (
    active_holds,
    customer_id,
    event_codes,
    import_open_items,
    invoice_id,
    triggers,
)

D = Decimal
TODAY = date(2026, 12, 16)
START = date(2027, 1, 1)
DUE = date(2026, 10, 1)


def _ledger(db: Database, tmp_path: Path, f1: str, f2: str, export: date) -> None:
    rows = [("F9", "K9", "Ander", DUE, "80.00", "80.00")]
    if f1 != "0":
        rows.append(("F1", "K1", "Jan Jansen", DUE, "600.00", f1))
    if f2 != "0":
        rows.append(("F2", "K1", "Jan Jansen", date(2026, 10, 15), "400.00", f2))
    import_open_items(db, tmp_path, rows, export_date=export)


def _saved(db: Database, tmp_path: Path, **kwargs: object) -> tuple[int, int]:
    _ledger(db, tmp_path, "600.00", "400.00", date(2026, 12, 15))
    customer = customer_id(db, "K1")
    record = save_arrangement(
        db, customer, today=TODAY, start=START, terms=3, user_login="clerk1", **kwargs
    )  # type: ignore[arg-type]
    return customer, record.id


def test_preview_and_save(db: Database, tmp_path: Path) -> None:
    _ledger(db, tmp_path, "600.00", "400.00", date(2026, 12, 15))
    customer = customer_id(db, "K1")
    preview = preview_arrangement(db, customer, start=START, terms=3)
    assert [str(t.amount) for t in preview.terms] == ["333.34", "333.33", "333.33"]
    assert (preview.total, preview.invoice_numbers) == (D("1000.00"), ("F1", "F2"))
    record = save_arrangement(db, customer, today=TODAY, start=START, terms=3)
    assert record.status is ArrangementStatus.ACTIVE
    assert [(t.number, t.due, t.amount, t.status) for t in record.terms] == [
        (1, date(2027, 1, 1), D("333.34"), TermStatus.OPEN),
        (2, date(2027, 2, 1), D("333.33"), TermStatus.OPEN),
        (3, date(2027, 3, 1), D("333.33"), TermStatus.OPEN),
    ]
    holds = active_holds(db, customer)
    assert [(h.reason, h.until) for h in holds] == [(HoldReason.ARRANGEMENT, None)] * 2
    assert {h.invoice_id for h in holds} == {invoice_id(db, "F1"), invoice_id(db, "F2")}
    assert triggers(db, customer) == [
        ("instalment_due", date(2027, 1, 1), D("333.34"), "arrangement"),
        ("instalment_due", date(2027, 2, 1), D("333.33"), "arrangement"),
        ("instalment_due", date(2027, 3, 1), D("333.33"), "arrangement"),
    ]
    assert "event.followup.arrangement_made" in event_codes(db, customer)
    assert [a.id for a in list_arrangements(db, customer)] == [record.id]
    # the same invoices cannot go into a second arrangement
    with pytest.raises(UserError) as twice:
        save_arrangement(
            db, customer, today=TODAY, start=START, terms=2, invoice_ids=[invoice_id(db, "F1")]
        )
    assert twice.value.code == "arrangement.invoice_in_arrangement"
    # without naming invoices: not 'nothing to arrange, the total is 0.00', but why
    for attempt in (
        lambda: preview_arrangement(db, customer, start=START, terms=2),
        lambda: save_arrangement(db, customer, today=TODAY, start=START, terms=2),
    ):
        with pytest.raises(UserError) as again:
            attempt()
        assert again.value.code == "arrangement.all_invoices_busy"
        assert render(again.value.message, "en") == (
            "Every open invoice of this customer is already in a running payment arrangement or "
            "disputed (F1, F2): there is nothing left to arrange."
        )


def test_an_edited_schedule_must_add_up(db: Database, tmp_path: Path) -> None:
    _ledger(db, tmp_path, "600.00", "400.00", date(2026, 12, 15))
    customer = customer_id(db, "K1")
    edited = [Term(1, date(2027, 1, 10), D("500.00")), Term(2, date(2027, 2, 10), D("499.99"))]
    with pytest.raises(UserError) as differs:
        save_arrangement(db, customer, today=TODAY, start=START, schedule=edited)
    assert differs.value.code == "arrangement.sum_differs"
    assert list_arrangements(db, customer) == ()
    edited[1] = Term(2, date(2027, 2, 10), D("500.00"))
    record = save_arrangement(db, customer, today=TODAY, start=START, schedule=edited)
    assert [t.due for t in record.terms] == [date(2027, 1, 10), date(2027, 2, 10)]


def test_partial_and_early_payments_are_allocated_in_order(db: Database, tmp_path: Path) -> None:
    customer, arrangement = _saved(db, tmp_path)
    # 200 paid by 5 January: term 1 partly paid, within the grace period (7 days)
    _ledger(db, tmp_path, "400.00", "400.00", date(2027, 1, 5))
    (item,) = arrangements_check(db, 1, date(2027, 1, 5))
    assert (item.status, item.paid, item.judged_on) == (
        ArrangementStatus.ACTIVE,
        D("200.00"),
        date(2027, 1, 5),
    )
    record = get_arrangement(db, arrangement)
    assert [(t.paid, t.status) for t in record.terms] == [
        (D("200.00"), TermStatus.PART_PAID),
        (D("0.00"), TermStatus.OPEN),
        (D("0.00"), TermStatus.OPEN),
    ]
    # 700 paid by 8 January (early: the second term is covered and part of the third)
    _ledger(db, tmp_path, "0", "300.00", date(2027, 1, 8))
    arrangements_check(db, 1, date(2027, 1, 8))
    record = get_arrangement(db, arrangement)
    assert [(t.paid, t.status) for t in record.terms] == [
        (D("333.34"), TermStatus.PAID),
        (D("333.33"), TermStatus.PAID),
        (D("33.33"), TermStatus.PART_PAID),
    ]
    assert record.paid_split is not None and record.paid_split.principal == D("700.00")
    # the payment requests of the paid terms are withdrawn, the third stays
    assert triggers(db, customer) == [
        ("instalment_due", date(2027, 3, 1), D("333.33"), "arrangement")
    ]
    # everything paid: completed, holds lifted
    _ledger(db, tmp_path, "0", "0", date(2027, 2, 20))
    (done,) = arrangements_check(db, 1, date(2027, 2, 20))
    assert done.status is ArrangementStatus.COMPLETED
    assert active_holds(db, customer) == []
    assert triggers(db, customer) == []
    assert arrangements_check(db, 1, date(2027, 2, 21)) == ()


def test_a_missed_term_breaks_it_only_after_the_grace_period(db: Database, tmp_path: Path) -> None:
    customer, arrangement = _saved(db, tmp_path)
    _ledger(db, tmp_path, "266.66", "400.00", date(2027, 1, 5))  # term 1 paid
    arrangements_check(db, 1, date(2027, 1, 5))
    # term 2 (1 February) unpaid; the export of 8 February is within the 7 grace days
    _ledger(db, tmp_path, "266.66", "400.00", date(2027, 2, 7))
    (item,) = arrangements_check(db, 1, date(2027, 2, 9))
    assert item.status is ArrangementStatus.ACTIVE
    # the export of 8 February shows it still unpaid: broken
    _ledger(db, tmp_path, "266.66", "400.00", date(2027, 2, 8))
    (item,) = arrangements_check(db, 1, date(2027, 2, 9))
    assert (item.status, item.broken_term) == (ArrangementStatus.BROKEN, 2)
    record = get_arrangement(db, arrangement)
    assert [t.status for t in record.terms] == [TermStatus.PAID, TermStatus.MISSED, TermStatus.OPEN]
    assert active_holds(db, customer) == []  # dunning resumes
    assert triggers(db, customer) == [
        ("instalment_due", date(2027, 2, 1), D("333.33"), "arrangement"),
        ("broken_promise", date(2027, 2, 9), D("666.66"), "arrangement"),
    ]
    assert event_codes(db, customer)[-1] == "event.followup.arrangement_broken"
    entry = call_list(db, 1, date(2027, 2, 9)).entries[0]
    assert (entry.number, entry.reasons[0]) == ("K1", CallReason.MISSED_TERM)


def test_costs_are_waived_or_included_with_a_reason(db: Database, tmp_path: Path) -> None:
    _ledger(db, tmp_path, "600.00", "400.00", date(2026, 12, 15))
    customer = customer_id(db, "K1")
    with db.write() as session:
        session.add_all(
            [
                Charge(
                    customer_id=customer,
                    invoice_id=invoice_id(db, "F1"),
                    kind=ChargeKind.COSTS,
                    amount=D("150.00"),
                    status=ChargeStatus.OPEN,
                ),
                Charge(
                    customer_id=customer,
                    kind=ChargeKind.INTEREST,
                    amount=D("12.50"),
                    status=ChargeStatus.OPEN,
                ),
            ]
        )
    preview = preview_arrangement(
        db, customer, start=START, terms=2, costs_choice=CostsChoice.INCLUDED
    )
    assert (preview.open_costs, preview.total) == (D("162.50"), D("1162.50"))
    with pytest.raises(UserError) as undecided:
        save_arrangement(db, customer, today=TODAY, start=START, terms=2)
    assert undecided.value.code == "arrangement.costs_choice_needed"
    with pytest.raises(UserError) as no_reason:
        save_arrangement(
            db, customer, today=TODAY, start=START, terms=2, costs_choice=CostsChoice.WAIVED
        )
    assert no_reason.value.code == "arrangement.costs_reason_needed"
    record = save_arrangement(
        db,
        customer,
        today=TODAY,
        start=START,
        terms=2,
        costs_choice=CostsChoice.WAIVED,
        costs_reason="other debts; debt help involved",
    )
    assert (record.total, record.costs_amount, record.costs_choice) == (
        D("1000.00"),
        D("162.50"),
        CostsChoice.WAIVED,
    )
    with db.read() as session:
        charges = session.execute(select(Charge.status, Charge.waived_reason)).all()
    assert charges == [(ChargeStatus.WAIVED, "other debts; debt help involved")] * 2
    assert "event.followup.costs_waived" in event_codes(db, customer)


def test_included_costs_and_cancel(db: Database, tmp_path: Path) -> None:
    _ledger(db, tmp_path, "600.00", "400.00", date(2026, 12, 15))
    customer = customer_id(db, "K1")
    with db.write() as session:
        session.add(
            Charge(
                customer_id=customer,
                kind=ChargeKind.COSTS,
                amount=D("150.00"),
                status=ChargeStatus.OPEN,
            )
        )
    record = save_arrangement(
        db,
        customer,
        today=TODAY,
        start=START,
        term_amount=D("400.00"),
        costs_choice=CostsChoice.INCLUDED,
        costs_reason="customer agrees to pay the costs",
    )
    assert [t.amount for t in record.terms] == [D("400.00"), D("400.00"), D("350.00")]
    with pytest.raises(UserError) as no_reason:
        cancel_arrangement(db, record.id, today=TODAY, note=" ")
    assert no_reason.value.code == "arrangement.cancel_needs_reason"
    cancelled = cancel_arrangement(db, record.id, today=TODAY, note="customer moved abroad")
    assert cancelled.status is ArrangementStatus.CANCELLED
    assert active_holds(db, customer) == [] and triggers(db, customer) == []
    with pytest.raises(UserError) as again:
        cancel_arrangement(db, record.id, today=TODAY, note="again")
    assert again.value.code == "arrangement.not_active"


def test_refusals(db: Database, tmp_path: Path) -> None:
    _ledger(db, tmp_path, "600.00", "400.00", date(2026, 12, 15))
    customer = customer_id(db, "K1")
    open_dispute(db, customer, invoice_id(db, "F1"), reason_code="quality", today=TODAY)
    with pytest.raises(UserError) as disputed:
        save_arrangement(
            db, customer, today=TODAY, start=START, terms=2, invoice_ids=[invoice_id(db, "F1")]
        )
    assert disputed.value.code == "arrangement.invoice_disputed"
    # by default the disputed invoice is left out
    assert preview_arrangement(db, customer, start=START, terms=2).invoice_numbers == ("F2",)
    with pytest.raises(UserError) as past:
        save_arrangement(db, customer, today=TODAY, start=date(2026, 12, 1), terms=2)
    assert past.value.code == "arrangement.first_term_past"
    strict = FollowupSettings()
    with pytest.raises(UserError) as many:
        save_arrangement(db, customer, today=TODAY, start=START, terms=30, settings=strict)
    assert many.value.code == "arrangement.too_many_terms"
    assert list_arrangements(db, customer) == ()
