"""A planned letter or message is checked again just before it goes out: whatever changed since the
run (a payment, a hold, a hand-over) stops it, and it is cancelled so the next run plans afresh."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from debtordesk.db.models import Communication, CustomerEvent, Hold, Invoice
from debtordesk.domain.dunning.model import (
    ActionChannel,
    CommunicationStatus,
    DunningStatus,
    HoldReason,
)
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.i18n.catalogue import render
from debtordesk.services.database import Database
from debtordesk.services.still_due import cancel_stale, stale_communications
from tests.integration.dunning.factory import add_communication
from tests.integration.views.factory import add_customer, add_invoice

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _letter(db: Database, number: str = "K1") -> tuple[int, list[int], int]:
    with db.write() as session:
        customer = add_customer(session, number, f"Klant {number}", postcode="1234 AB")
        invoices = [
            add_invoice(session, customer, f"{number}-1", date(2026, 9, 1), "100.00"),
            add_invoice(session, customer, f"{number}-2", date(2026, 9, 15), "50.00"),
        ]
        communication = add_communication(
            session,
            customer,
            invoices,
            channel=ActionChannel.LETTER,
            status=CommunicationStatus.PREPARED,
            plan_key=f"plan-{number}",
        )
    return customer, invoices, communication


def _stale(db: Database, communication: int, day: date = TODAY) -> str | None:
    with db.read() as session:
        found = stale_communications(session, [communication], day)
    return found[communication].code if communication in found else None


def test_nothing_changed_means_still_due(db: Database) -> None:
    _customer, _invoices, communication = _letter(db)
    assert _stale(db, communication) is None


def test_a_partial_payment_since_the_run_makes_it_stale(db: Database) -> None:
    _customer, invoices, communication = _letter(db)
    with db.write() as session:
        session.execute(
            update(Invoice).where(Invoice.id == invoices[0]).values(open_amount=Decimal("40.00"))
        )
    with db.read() as session:
        (message,) = stale_communications(session, [communication], TODAY).values()
    assert message.code == "stale.amount_changed"
    text = render(message, "nl")
    assert "K1-1" in text and "40,00" in text


def test_everything_paid_makes_it_stale(db: Database) -> None:
    _customer, invoices, communication = _letter(db)
    with db.write() as session:
        session.execute(
            update(Invoice)
            .where(Invoice.id.in_(invoices))
            .values(status=InvoiceStatus.PAID, open_amount=Decimal("0.00"))
        )
    assert _stale(db, communication) == "stale.nothing_due"


def test_one_invoice_paid_in_full_leaves_the_other_to_ask_for(db: Database) -> None:
    # the letter lists both; one is closed now (its open amount was not asked partially): the other
    # still stands as planned, so the letter is still due
    _customer, invoices, communication = _letter(db)
    with db.write() as session:
        session.execute(
            update(Invoice).where(Invoice.id == invoices[1]).values(status=InvoiceStatus.PAID)
        )
    assert _stale(db, communication) is None


@pytest.mark.parametrize(
    ("until", "lifted", "expected"),
    [
        (None, False, "stale.hold.paid_via_link"),
        (date(2026, 11, 20), False, "stale.hold.paid_via_link"),  # the last day still counts
        (date(2026, 11, 19), False, None),  # over
        (None, True, None),  # lifted
    ],
)
def test_a_customer_hold_today_stops_it(
    db: Database, until: date | None, lifted: bool, expected: str | None
) -> None:
    customer, _invoices, communication = _letter(db)
    with db.write() as session:
        session.add(
            Hold(
                customer_id=customer,
                reason=HoldReason.PAID_VIA_LINK,
                until=until,
                lifted_at=NOW if lifted else None,
            )
        )
    assert _stale(db, communication) == expected


def test_holds_on_every_listed_invoice_stop_it(db: Database) -> None:
    customer, invoices, communication = _letter(db)
    with db.write() as session:
        session.add(Hold(customer_id=customer, invoice_id=invoices[0], reason=HoldReason.DISPUTE))
    assert _stale(db, communication) is None
    with db.write() as session:
        session.add(Hold(customer_id=customer, invoice_id=invoices[1], reason=HoldReason.DISPUTE))
    assert _stale(db, communication) == "stale.nothing_due"


def test_cancel_stale_cancels_and_notes_why(db: Database) -> None:
    customer, _invoices, communication = _letter(db)
    with db.write() as session:
        session.execute(
            update(Communication)
            .where(Communication.customer_id == customer)
            .values(status=CommunicationStatus.PREPARED)
        )
        from debtordesk.db.models import Customer

        session.get_one(Customer, customer).dunning_status = DunningStatus.HANDED_OVER
    with db.write() as session:
        stale = stale_communications(session, [communication], TODAY)
        assert cancel_stale(session, stale, now=NOW, user_id=None) == 1
    with db.read() as session:
        row = session.get_one(Communication, communication)
        assert row.status is CommunicationStatus.CANCELLED
        assert row.plan_key is None
        assert row.reason["cancelled"]["code"] == "stale.handed_over"
        events = session.scalars(
            select(CustomerEvent.code).where(CustomerEvent.customer_id == customer)
        ).all()
        assert "event.dunning.stale_cancelled" in events
