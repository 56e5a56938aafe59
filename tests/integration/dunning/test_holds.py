"""Holds, disputes, hand-over and write-off: stored, audited, on the timeline, and left alone by imports."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from debtordesk.db.models import AuditLog, Customer, CustomerEvent, Hold
from debtordesk.domain.dunning.model import DunningStatus, HoldReason
from debtordesk.domain.errors import UserError
from debtordesk.services.database import Database
from debtordesk.services.dunning_status import hand_over, reactivate, write_off
from debtordesk.services.holds import add_dispute, add_hold, lift_hold, list_holds
from tests.integration.views.factory import add_customer, add_invoice

FRIDAY = date(2026, 12, 18)


def _customer_with_invoice(db: Database) -> tuple[int, int]:
    with db.write() as session:
        customer_id = add_customer(session, "K1", "Jan Jansen")
        invoice_id = add_invoice(session, customer_id, "F1", date(2026, 11, 1), "120.00")
    return customer_id, invoice_id


def _events(db: Database, customer_id: int) -> list[tuple[str, dict[str, object]]]:
    with db.read() as session:
        return [
            (code, dict(params))
            for code, params in session.execute(
                select(CustomerEvent.code, CustomerEvent.params)
                .where(CustomerEvent.customer_id == customer_id)
                .order_by(CustomerEvent.id)
            )
        ]


@pytest.mark.parametrize("reason", [HoldReason.PAID_VIA_LINK, HoldReason.REPORTED_PAID])
def test_a_reported_payment_holds_for_seven_business_days(db: Database, reason: HoldReason) -> None:
    customer_id, invoice_id = _customer_with_invoice(db)
    hold = add_hold(db, customer_id, reason, today=FRIDAY, invoice_id=invoice_id, user_login="c1")
    # Friday 18 December + 7 business days: 21-24, (Christmas Day on Friday 25 skipped), 28-30
    assert hold.until == date(2026, 12, 30)
    assert hold.invoice_number == "F1"
    assert hold.created_by == "c1"
    assert hold.active_on(date(2026, 12, 30))
    assert not hold.active_on(date(2026, 12, 31))


def test_a_manual_hold_runs_until_lifted_and_lifting_is_recorded(db: Database) -> None:
    customer_id, _ = _customer_with_invoice(db)
    hold = add_hold(db, customer_id, HoldReason.MANUAL, today=FRIDAY, note=" on holiday ")
    assert hold.until is None
    assert hold.note == "on holiday"
    assert [h.id for h in list_holds(db, customer_id)] == [hold.id]
    lifted = lift_hold(db, hold.id, note="back", user_login="c2")
    assert lifted.lifted_by == "c2"
    assert lifted.lifted_at is not None
    assert list_holds(db, customer_id) == []
    assert [h.id for h in list_holds(db, customer_id, include_lifted=True)] == [hold.id]
    with pytest.raises(UserError) as refused:
        lift_hold(db, hold.id)
    assert refused.value.code == "holds.already_lifted"
    events = _events(db, customer_id)
    assert [code for code, _ in events] == ["event.hold.added", "event.hold.lifted"]
    assert events[0][1]["reason_nl"] == "pauze"
    with db.read() as session:
        actions = list(session.scalars(select(AuditLog.action).where(AuditLog.entity == "hold")))
    assert sorted(actions) == ["add", "lift"]


def test_an_end_date_in_the_past_and_a_foreign_invoice_are_refused(db: Database) -> None:
    customer_id, _ = _customer_with_invoice(db)
    with db.write() as session:
        other = add_customer(session, "K2", "Piet")
        foreign = add_invoice(session, other, "F9", date(2026, 11, 1), "10.00")
    with pytest.raises(UserError) as past:
        add_hold(db, customer_id, HoldReason.MANUAL, today=FRIDAY, until=date(2026, 12, 17))
    assert past.value.code == "holds.until_past"
    with pytest.raises(UserError) as foreign_invoice:
        add_hold(db, customer_id, HoldReason.MANUAL, today=FRIDAY, invoice_id=foreign)
    assert foreign_invoice.value.code == "holds.invoice_not_of_customer"
    with db.read() as session:
        assert session.scalars(select(Hold)).all() == []


def test_a_dispute_is_a_hold_without_end_and_needs_a_note(db: Database) -> None:
    customer_id, invoice_id = _customer_with_invoice(db)
    with pytest.raises(UserError) as refused:
        add_dispute(db, customer_id, today=FRIDAY, invoice_id=invoice_id, note="  ")
    assert refused.value.code == "holds.dispute_needs_note"
    dispute = add_dispute(
        db, customer_id, today=FRIDAY, invoice_id=invoice_id, note="never received"
    )
    assert (dispute.reason, dispute.until, dispute.invoice_id) == (
        HoldReason.DISPUTE,
        None,
        invoice_id,
    )


def test_hand_over_write_off_and_back(db: Database) -> None:
    customer_id, _ = _customer_with_invoice(db)
    hand_over(db, customer_id, note="to the agency", user_login="lead")
    with pytest.raises(UserError) as twice:
        hand_over(db, customer_id)
    assert twice.value.code == "status.unchanged"
    with pytest.raises(UserError) as no_reason:
        write_off(db, customer_id, reason=" ")
    assert no_reason.value.code == "status.write_off_needs_reason"
    write_off(db, customer_id, reason="debt relief (WSNP)")
    with db.read() as session:
        assert session.get_one(Customer, customer_id).dunning_status is DunningStatus.WRITTEN_OFF
    reactivate(db, customer_id)
    with db.read() as session:
        assert session.get_one(Customer, customer_id).dunning_status is DunningStatus.ACTIVE
    codes = [code for code, _ in _events(db, customer_id)]
    assert codes == ["event.status.handed_over", "event.status.written_off", "event.status.active"]
    assert _events(db, customer_id)[1][1] == {"note": "debt relief (WSNP)"}


def test_imports_never_touch_the_hold_table() -> None:
    """A new open-items snapshot must not lift a 'paid via link' hold: no import module may
    mention the hold table (they write customers, invoices and the timeline only)."""
    from pathlib import Path

    services = Path(__file__).resolve().parents[3] / "src" / "debtordesk" / "services"
    modules = [*services.glob("import*.py")]
    assert modules
    for module in modules:
        text = module.read_text(encoding="utf-8")
        assert "Hold" not in text and '"hold"' not in text, module.name
