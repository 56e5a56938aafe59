"""Disputes: open holds the invoice, accepted keeps it held, declined (with the reason) and resolved
lift the hold so dunning resumes; wrong moves are refused; the disputes page lists them."""

from __future__ import annotations

from datetime import date

import pytest

from debtordesk.domain.disputes import DisputeStatus
from debtordesk.domain.dunning.model import HoldReason
from debtordesk.domain.errors import UserError
from debtordesk.services.database import Database
from debtordesk.services.dunning_queue import compute_queue_for
from debtordesk.services.followup import (
    accept_dispute,
    decline_dispute,
    list_disputes,
    open_dispute,
    resolve_dispute,
)
from tests.integration.followup.helpers import active_holds, audit_actions, event_codes
from tests.integration.views.factory import add_customer, add_invoice

DAY = date(2026, 12, 16)


def _setup(db: Database) -> tuple[int, int, int]:
    with db.write() as session:
        customer = add_customer(
            session,
            "K1",
            "Jan Jansen",
            email="jan@example.nl",
            mobile="+31612345678",
            address_line1="Dorpsstraat 1",
            postcode="1234 AB",
        )
        disputed = add_invoice(session, customer, "F1", date(2026, 11, 1), "100.00")
        other = add_invoice(session, customer, "F2", date(2026, 11, 3), "50.00")
    return customer, disputed, other


def _queued_invoices(db: Database, customer: int, day: date) -> list[str]:
    queue = compute_queue_for(db, 1, day)
    entry = next(e for e in queue.entries if e.customer_id == customer)
    return sorted(entry.invoice_numbers)


def test_an_open_dispute_holds_the_invoice_and_a_decline_resumes_dunning(db: Database) -> None:
    customer, disputed, _ = _setup(db)
    assert _queued_invoices(db, customer, DAY) == ["F1", "F2"]
    dispute = open_dispute(
        db,
        customer,
        disputed,
        reason_code="amount_wrong",
        reason_text="charged twice",
        today=DAY,
        user_login="clerk1",
    )
    assert (dispute.status, dispute.invoice_number, dispute.opened_by) == (
        DisputeStatus.OPEN,
        "F1",
        "clerk1",
    )
    (hold,) = active_holds(db, customer)
    assert (hold.reason, hold.invoice_id) == (HoldReason.DISPUTE, disputed)
    assert _queued_invoices(db, customer, DAY) == ["F2"]  # the disputed invoice is left out
    assert [d.id for d in list_disputes(db, 1)] == [dispute.id]
    with pytest.raises(UserError) as no_reason:
        decline_dispute(db, dispute.id, reason="  ")
    assert no_reason.value.code == "dispute.decline_needs_reason"
    declined = decline_dispute(db, dispute.id, reason="delivery signed for on 2 November")
    assert declined.status is DisputeStatus.DECLINED
    assert declined.decision_note == "delivery signed for on 2 November"
    assert active_holds(db, customer) == []
    assert _queued_invoices(db, customer, DAY) == ["F1", "F2"]
    assert list_disputes(db, 1) == ()  # the page lists open and accepted ones
    assert [d.status for d in list_disputes(db, 1, statuses=None)] == [DisputeStatus.DECLINED]
    codes = event_codes(db, customer)
    assert codes[0] == "event.hold.added" and "event.followup.dispute_opened" in codes
    assert codes[-2:] == ["event.hold.lifted", "event.followup.dispute_declined"]
    assert audit_actions(db, "dispute") == ["open", "declined"]


def test_accepted_stays_held_until_resolved(db: Database) -> None:
    customer, disputed, _ = _setup(db)
    dispute = open_dispute(db, customer, disputed, reason_code="not_received", today=DAY)
    accepted = accept_dispute(db, dispute.id, note="credit note follows", version=dispute.version)
    assert accepted.status is DisputeStatus.ACCEPTED
    assert len(active_holds(db, customer)) == 1
    with pytest.raises(UserError) as stale:
        resolve_dispute(db, dispute.id, version=dispute.version)
    assert stale.value.code == "followup.changed_elsewhere"
    resolved = resolve_dispute(db, dispute.id, note="credit note C7", version=accepted.version)
    assert resolved.status is DisputeStatus.RESOLVED and resolved.resolved_at is not None
    assert active_holds(db, customer) == []
    with pytest.raises(UserError) as final:
        decline_dispute(db, dispute.id, reason="too late")
    assert final.value.code == "dispute.bad_move"
    assert final.value.message.params["current"] == "resolved"


def test_refusals(db: Database) -> None:
    customer, disputed, _ = _setup(db)
    with pytest.raises(UserError) as other:
        open_dispute(db, customer, disputed, reason_code="other", today=DAY)
    assert other.value.code == "dispute.other_needs_text"
    with pytest.raises(UserError) as unknown:
        open_dispute(db, customer, disputed, reason_code="weather", today=DAY)
    assert unknown.value.code == "dispute.unknown_reason"
    open_dispute(db, customer, disputed, reason_code="quality", today=DAY)
    with pytest.raises(UserError) as twice:
        open_dispute(db, customer, disputed, reason_code="quality", today=DAY)
    assert twice.value.code == "dispute.already_open"
    with db.write() as session:
        stranger = add_customer(session, "K2", "Piet")
        foreign = add_invoice(session, stranger, "F9", date(2026, 11, 1), "10.00")
    with pytest.raises(UserError) as not_theirs:
        open_dispute(db, customer, foreign, reason_code="quality", today=DAY)
    assert not_theirs.value.code == "holds.invoice_not_of_customer"
    assert len(active_holds(db, customer)) == 1
