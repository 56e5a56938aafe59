"""Logging calls: every outcome's side effect, the call task done or cancelled, refusals that leave
nothing written, outcome codes, notes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from debtordesk.db.models import AuditLog, CallLog, Communication, Customer, Dispute, Hold
from debtordesk.domain.calls import CallEffect
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus, HoldReason
from debtordesk.domain.errors import UserError
from debtordesk.services.database import Database
from debtordesk.services.followup import (
    add_note,
    list_calls,
    list_notes,
    list_outcomes,
    log_call,
    save_outcome,
)
from debtordesk.services.views import customer_detail
from tests.integration.dunning.factory import add_communication
from tests.integration.followup.helpers import active_holds, clock, event_codes
from tests.integration.views.factory import add_customer, add_invoice

DAY = date(2026, 12, 16)  # a Wednesday


def _customer(db: Database, *, invoices: int = 1, **contact: object) -> tuple[int, list[int]]:
    values = {"mobile": "+31612345678", "landline": "+31201234567", "email": "jan@example.nl"}
    values.update(contact)
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan Jansen", **values)
        ids = [
            add_invoice(session, customer, f"F{n}", date(2026, 11, n), "100.00")
            for n in range(1, invoices + 1)
        ]
    return customer, ids


def _calls(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(CallLog)) or 0)


def _task(db: Database, customer: int, invoice_ids: list[int]) -> int:
    with db.write() as session:
        return add_communication(
            session,
            customer,
            invoice_ids,
            step_key="call",
            channel=ActionChannel.CALL,
            status=CommunicationStatus.PREPARED,
            planned_for=date(2026, 12, 15),
            plan_key=f"call-{customer}",
        )


def test_outcomes_are_seeded_once_with_labels_and_effects(db: Database) -> None:
    outcomes = list_outcomes(db)
    assert [o.code for o in outcomes] == [
        "reached",
        "voicemail",
        "unreachable",
        "wrong_number",
        "invoice_not_received",
        "dispute",
        "already_paid",
        "promise_to_pay",
        "arrangement_made",
        "referred_to_debt_help",
    ]
    by_code = {o.code: o for o in outcomes}
    assert by_code["already_paid"].effect is CallEffect.REPORTED_PAID
    assert by_code["voicemail"].label("nl") == "Voicemail ingesproken"
    assert not by_code["unreachable"].reached
    assert len(list_outcomes(db)) == 10  # not seeded twice
    added = save_outcome(
        db, "callback_requested", label_en="Call back", label_nl="Terugbellen", reached=True
    )
    assert list_outcomes(db)[-1] == added
    save_outcome(
        db, "voicemail", label_en="Voicemail", label_nl="Voicemail", reached=False, active=False
    )
    assert "voicemail" not in {o.code for o in list_outcomes(db)}
    assert "voicemail" in {o.code for o in list_outcomes(db, include_retired=True)}
    with pytest.raises(UserError) as bad:
        save_outcome(db, "Bad Code", label_en="x", label_nl="y", reached=True)
    assert bad.value.code == "followup.bad_outcome_code"


def test_reached_completes_the_call_task_and_writes_the_timeline(db: Database) -> None:
    customer, invoices = _customer(db)
    task = _task(db, customer, invoices)
    result = log_call(
        db,
        customer,
        "reached",
        today=DAY,
        note="will pay Friday",
        next_follow_up=date(2026, 12, 18),
        clock=clock(DAY),
        user_login="clerk1",
    )
    assert result.tasks_done == (task,) and result.tasks_cancelled == ()
    with db.read() as session:
        row = session.get_one(Communication, task)
        assert (row.status, row.went_out_on) == (CommunicationStatus.SENT, DAY)
        call = session.get_one(CallLog, result.call_id)
        assert (call.phone, call.communication_id) == ("+31612345678", task)
    (record,) = list_calls(db, customer)
    assert (record.outcome, record.note, record.next_follow_up, record.clerk) == (
        "reached",
        "will pay Friday",
        date(2026, 12, 18),
        "clerk1",
    )
    detail = customer_detail(db, customer, today=DAY)
    assert detail.timeline[0].text == (
        "Call (Reached) +31612345678, follow up on 2026-12-18. will pay Friday"
    )
    detail_nl = customer_detail(db, customer, today=DAY, language="nl")
    assert detail_nl.timeline[0].text.startswith("Gebeld (Bereikt) +31612345678")


def test_unreachable_cancels_the_task_so_the_step_can_be_planned_again(db: Database) -> None:
    customer, invoices = _customer(db)
    task = _task(db, customer, invoices)
    result = log_call(db, customer, "unreachable", today=DAY)
    assert result.tasks_cancelled == (task,)
    with db.read() as session:
        row = session.get_one(Communication, task)
        assert (row.status, row.plan_key) == (CommunicationStatus.CANCELLED, None)


def test_already_paid_sets_the_reported_paid_hold(db: Database) -> None:
    customer, invoices = _customer(db, invoices=2)
    result = log_call(db, customer, "already_paid", today=DAY, note="paid on the 14th")
    (hold,) = active_holds(db, customer)
    assert result.hold_ids == (hold.id,)
    assert (hold.reason, hold.invoice_id) == (HoldReason.REPORTED_PAID, None)
    assert hold.until == date(2026, 12, 28)  # 7 business days (Christmas skipped)
    one = log_call(db, customer, "already_paid", today=DAY, invoice_ids=[invoices[1]])
    assert [h.invoice_id for h in active_holds(db, customer) if h.id in one.hold_ids] == [
        invoices[1]
    ]


def test_wrong_number_clears_the_number_and_keeps_the_old_value(db: Database) -> None:
    customer, _ = _customer(db)
    result = log_call(db, customer, "wrong_number", today=DAY, phone="06-12345678")
    assert result.cleared == ("mobile",)
    with db.read() as session:
        row = session.get_one(Customer, customer)
        assert (row.mobile, row.landline) == (None, "+31201234567")
        assert row.contact_problems[-1] == {
            "code": "followup.contact.wrong_number",
            "field": "mobile",
            "value": "+31612345678",
        }
        details = session.scalars(
            select(AuditLog.details).where(AuditLog.action == "wrong_number")
        ).one()
    assert details == {"cleared": {"mobile": "+31612345678"}}
    assert "event.followup.number_cleared" in event_codes(db, customer)
    # the landline next (the default number dialled now)
    again = log_call(db, customer, "wrong_number", today=DAY)
    assert again.cleared == ("landline",)
    # a number that is not on file clears nothing
    assert log_call(db, customer, "wrong_number", today=DAY, phone="+31699999999").cleared == ()


def test_promise_to_pay_makes_a_promise_with_holds(db: Database) -> None:
    customer, invoices = _customer(db, invoices=2)
    result = log_call(
        db,
        customer,
        "promise_to_pay",
        today=DAY,
        promise_date=date(2026, 12, 23),
        promise_amount=Decimal("150.00"),
    )
    assert result.promise is not None
    assert result.promise.invoice_numbers == ("F1", "F2")
    holds = active_holds(db, customer)
    assert [(h.reason, h.invoice_id, h.until) for h in holds] == [
        (HoldReason.PROMISE, invoices[0], date(2026, 12, 28)),
        (HoldReason.PROMISE, invoices[1], date(2026, 12, 28)),
    ]


def test_dispute_opens_a_dispute_per_invoice(db: Database) -> None:
    customer, invoices = _customer(db, invoices=2)
    with pytest.raises(UserError) as which:
        log_call(db, customer, "dispute", today=DAY, note="never delivered")
    assert which.value.code == "followup.dispute_which_invoice"
    assert _calls(db) == 0  # nothing half-written
    result = log_call(
        db,
        customer,
        "dispute",
        today=DAY,
        note="never delivered",
        invoice_ids=[invoices[0]],
        dispute_reason="not_delivered",
    )
    (dispute,) = result.disputes
    assert (dispute.invoice_number, dispute.reason_code, dispute.reason_text) == (
        "F1",
        "not_delivered",
        "never delivered",
    )
    (hold,) = active_holds(db, customer)
    assert (hold.reason, hold.invoice_id, hold.until) == (HoldReason.DISPUTE, invoices[0], None)


def test_debt_help_and_plain_outcomes(db: Database) -> None:
    customer, _ = _customer(db)
    log_call(db, customer, "referred_to_debt_help", today=DAY, note="gemeente Utrecht")
    log_call(db, customer, "invoice_not_received", today=DAY)
    codes = event_codes(db, customer)
    assert codes == ["event.followup.call", "event.followup.debt_help", "event.followup.call"]
    assert active_holds(db, customer) == []


@pytest.mark.parametrize(
    ("outcome", "kwargs", "code"),
    [
        ("nonsense", {}, "followup.unknown_outcome"),
        ("reached", {"promise_date": date(2026, 12, 20)}, "followup.promise_only_with_outcome"),
        ("promise_to_pay", {"promise_amount": Decimal(10)}, "followup.promise_needs_date_amount"),
        ("reached", {"next_follow_up": date(2026, 12, 15)}, "followup.follow_up_past"),
        (
            "promise_to_pay",
            {"promise_date": date(2026, 12, 20), "promise_amount": Decimal("500.00")},
            "followup.promise_above_open",
        ),
    ],
)
def test_refusals_leave_nothing_written(
    db: Database, outcome: str, kwargs: dict[str, object], code: str
) -> None:
    customer, invoices = _customer(db)
    task = _task(db, customer, invoices)
    with pytest.raises(UserError) as refused:
        log_call(db, customer, outcome, today=DAY, **kwargs)  # type: ignore[arg-type]
    assert refused.value.code == code
    assert _calls(db) == 0
    with db.read() as session:
        assert session.get_one(Communication, task).status is CommunicationStatus.PREPARED
        assert session.scalar(select(func.count()).select_from(Hold)) == 0
        assert session.scalar(select(func.count()).select_from(Dispute)) == 0


def test_notes_on_the_customer_and_an_invoice(db: Database) -> None:
    customer, invoices = _customer(db)
    add_note(db, customer, "Prefers calls after 17:00", user_login="clerk1")
    note = add_note(db, customer, "Copy sent by post", invoice_id=invoices[0])
    assert note.invoice_number == "F1"
    assert [n.text for n in list_notes(db, customer)] == [
        "Copy sent by post",
        "Prefers calls after 17:00",
    ]
    with pytest.raises(UserError) as empty:
        add_note(db, customer, "   ")
    assert empty.value.code == "note.empty"
    with pytest.raises(UserError) as long:
        add_note(db, customer, "x" * 4001)
    assert long.value.code == "note.too_long"
    assert event_codes(db, customer) == ["event.followup.note", "event.followup.note"]
