"""The dunning run and collection costs: the small-recurring-claim cap on a new costs charge, and
waiving open costs once the principal is paid (organisation setting)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import AuditLog, Charge, Communication, CustomerEvent
from debtordesk.domain.dunning.model import ChargeKind, ChargeStatus
from debtordesk.domain.enums import CustomerType, InvoiceStatus
from debtordesk.domain.legal import collection_costs
from debtordesk.providers.payment_links import NullPaymentLinkProvider
from debtordesk.services.database import Database
from debtordesk.services.dunning_run import (
    RunSummary,
    monthly_claim,
    recurring_costs_cap,
    run_queue,
)
from debtordesk.services.legal_settings import save_legal_settings
from debtordesk.settings.org import OrgSettings
from tests.integration.views.factory import add_customer, add_invoice

TODAY = date(2026, 12, 16)
NOW = datetime(2026, 12, 16, 8, 30, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def _business(session: Session, number: str) -> int:
    return add_customer(
        session,
        number,
        f"Bedrijf {number}",
        customer_type=CustomerType.BUSINESS,
        email=f"{number.lower()}@example.nl",
        address_line1="Markt 1",
        postcode="1234 AB",
        city="Ede",
    )


def _monthly(db: Database, number: str = "B-1", months: int = 10) -> int:
    """A business billed EUR 100 on the first of every month, Feb-Nov 2026, all open and overdue:
    EUR 1,000 overdue, whose scale costs (EUR 150) exceed the cap."""
    with db.write() as session:
        customer = _business(session, number)
        for month in range(2, 2 + months):
            day = date(2026, month, 1)
            add_invoice(
                session,
                customer,
                f"{number}-{month}",
                day + timedelta(days=14),
                "100.00",
                invoice_date=day,
            )
    return customer


def _run(db: Database) -> RunSummary:
    return run_queue(db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock)


def test_a_monthly_customer_gets_costs_capped_at_140(db: Database) -> None:
    customer = _monthly(db)
    (item,) = _run(db).items
    assert collection_costs(Decimal("1000.00")) == Decimal("150.00")
    assert item.costs == Decimal("140.00")
    with db.read() as session:
        charges = session.execute(
            select(Charge.kind, Charge.amount).where(Charge.customer_id == customer)
        ).all()
        assert (ChargeKind.COSTS, Decimal("140.00")) in charges
        communications = session.scalars(select(Communication)).all()
        assert {row.costs for row in communications} == {Decimal("140.00")}
        assert {row.reason["costs_cap"]["requested"] for row in communications} == {"150.00"}
        assert {row.reason["costs_cap"]["allowed"] for row in communications} == {"140.00"}
        events = session.execute(
            select(CustomerEvent.code, CustomerEvent.params).where(
                CustomerEvent.customer_id == customer,
                CustomerEvent.code == "event.dunning.costs_capped_limit",
            )
        ).all()
        assert [params["allowed"] for _, params in events] == ["140.00"]
        assert [(params["limit"], params["months"]) for _, params in events] == [("140.00", 6)]


def test_a_non_recurring_customer_is_not_capped(db: Database) -> None:
    with db.write() as session:
        customer = _business(session, "B-2")
        # the same EUR 1,000 in irregular invoices: not billed monthly
        for number, day, amount in (
            ("X1", date(2026, 3, 1), "400.00"),
            ("X2", date(2026, 7, 20), "100.00"),
            ("X3", date(2026, 9, 2), "500.00"),
        ):
            add_invoice(
                session, customer, number, day + timedelta(days=14), amount, invoice_date=day
            )
    (item,) = _run(db).items
    assert item.costs == Decimal("150.00")
    with db.read() as session:
        assert session.scalar(select(Charge.amount).where(Charge.kind == ChargeKind.COSTS)) == (
            Decimal("150.00")
        )
        (row, *_) = session.scalars(select(Communication)).all()
        assert "costs_cap" not in row.reason


def test_a_second_charge_in_the_window_gets_only_what_is_left(db: Database) -> None:
    customer = _monthly(db, months=4)
    with db.write() as session:
        for created, amount, status in (
            (datetime(2026, 9, 1, 10, tzinfo=UTC), "100.00", ChargeStatus.PAID),
            (datetime(2026, 10, 1, 10, tzinfo=UTC), "30.00", ChargeStatus.WAIVED),  # not counted
            (datetime(2026, 6, 1, 10, tzinfo=UTC), "90.00", ChargeStatus.PAID),  # outside
        ):
            session.add(
                Charge(
                    customer_id=customer,
                    kind=ChargeKind.COSTS,
                    amount=Decimal(amount),
                    status=status,
                    created_at=created,
                )
            )
    with db.read() as session:
        capped = recurring_costs_cap(session, customer, Decimal("60.00"), TODAY)
        assert (capped.allowed, capped.capped) == (Decimal("40.00"), True)
        assert capped.charged_in_window == Decimal("100.00")
        assert capped.window_start == date(2026, 6, 17)
        # within what is left: nothing cut
        assert recurring_costs_cap(session, customer, Decimal("25.00"), TODAY).allowed == (
            Decimal("25.00")
        )
        # after the window has passed the earlier charge, the whole cap is free again
        later = recurring_costs_cap(session, customer, Decimal("150.00"), date(2027, 3, 2))
        assert later.allowed == Decimal("140.00")


def test_monthly_claim_rule() -> None:
    def monthly(*days: date, amount: str = "100.00") -> Decimal | None:
        return monthly_claim([(day, Decimal(amount)) for day in days])

    first = date(2026, 1, 1)
    assert monthly(first, date(2026, 2, 1), date(2026, 3, 1)) == Decimal("100.00")
    assert monthly(first, date(2026, 2, 1)) is None  # two are not a run
    assert monthly(first, date(2026, 2, 1), date(2026, 4, 1)) is None  # a gap of 59 days
    assert monthly(first, date(2026, 1, 15), date(2026, 2, 1)) is None  # 14 days apart
    amounts = [Decimal("90"), Decimal("100"), Decimal("300"), Decimal("-20")]
    days = [first, date(2026, 1, 30), date(2026, 3, 3), date(2026, 3, 3)]
    # the credit note is left out; the median of 90, 100 and 300
    assert monthly_claim(zip(days, amounts, strict=True)) == Decimal("100.00")


def _paid_costs(db: Database) -> tuple[int, int, int]:
    """A customer whose invoice with a costs charge is paid, and one whose invoice is still open."""
    with db.write() as session:
        paid = _business(session, "P-1")
        invoice = add_invoice(
            session,
            paid,
            "P1",
            date(2026, 10, 1),
            "500.00",
            "0.00",
            status=InvoiceStatus.PAID,
            paid_date=date(2026, 12, 10),
        )
        unpaid = _business(session, "P-2")
        add_invoice(session, unpaid, "P2a", date(2026, 10, 1), "500.00", "0.00")
        add_invoice(session, unpaid, "P2b", date(2026, 12, 20), "80.00")  # not yet due
        for customer, invoice_id in ((paid, invoice), (unpaid, None)):
            session.add(
                Charge(
                    customer_id=customer,
                    invoice_id=invoice_id,
                    kind=ChargeKind.COSTS,
                    amount=Decimal("75.00"),
                    status=ChargeStatus.OPEN,
                    created_at=datetime(2026, 11, 1, tzinfo=UTC),
                )
            )
    return paid, unpaid, invoice


def _statuses(db: Database) -> dict[int, tuple[ChargeStatus, str | None]]:
    with db.read() as session:
        rows = session.execute(
            select(Charge.customer_id, Charge.status, Charge.waived_reason).where(
                Charge.kind == ChargeKind.COSTS
            )
        ).all()
    return {customer: (status, reason) for customer, status, reason in rows}


def test_costs_are_waived_once_the_principal_is_paid_when_the_setting_is_on(db: Database) -> None:
    paid, unpaid, _ = _paid_costs(db)
    before = OrgSettings()
    save_legal_settings(db, before, OrgSettings(waive_costs_when_principal_paid=True))
    summary = _run(db)
    assert summary.costs_waived == 1
    assert _statuses(db) == {
        paid: (ChargeStatus.WAIVED, "principal paid"),
        unpaid: (ChargeStatus.OPEN, None),  # a customer-level charge while an invoice is open
    }
    with db.read() as session:
        audits = session.execute(
            select(AuditLog.entity, AuditLog.action).where(AuditLog.entity == "charge")
        ).all()
        assert audits == [("charge", "waived")]
        events = session.scalars(
            select(CustomerEvent.code).where(CustomerEvent.customer_id == paid)
        ).all()
        assert "event.dunning.costs_waived" in events
    # the run again: nothing more to waive
    assert _run(db).costs_waived == 0


def test_costs_stay_open_when_the_setting_is_off(db: Database) -> None:
    paid, unpaid, _ = _paid_costs(db)
    summary = _run(db)
    assert summary.costs_waived == 0
    assert _statuses(db) == {
        paid: (ChargeStatus.OPEN, None),
        unpaid: (ChargeStatus.OPEN, None),
    }


def test_the_14_day_letter_announces_the_capped_costs(db: Database) -> None:
    """A consumer billed EUR 100 a month: the letter may only announce what can be charged later
    (EUR 140 within six months, not the scale's EUR 150), and the evidence takes that amount."""
    with db.write() as session:
        customer = add_customer(
            session,
            "C-1",
            "Zoë de Vries",
            email="zoe@example.nl",
            address_line1="Dorpsstraat 1",
            postcode="1234 AB",
            city="Ede",
        )
        for month in range(2, 12):
            day = date(2026, month, 1)
            add_invoice(
                session,
                customer,
                f"C-{month}",
                day + timedelta(days=14),
                "100.00",
                invoice_date=day,
            )
    summary = _run(db)
    (item,) = summary.items
    assert item.step_key == "fourteen_day_letter", item
    with db.read() as session:
        rows = session.scalars(select(Communication)).all()
        assert {row.costs_announced for row in rows} == {Decimal("140.00")}
        assert {row.reason["costs_announced_cap"]["requested"] for row in rows} == {"150.00"}
        assert all(row.costs == Decimal("0.00") for row in rows)
        codes = session.scalars(
            select(CustomerEvent.code).where(CustomerEvent.customer_id == customer)
        ).all()
        assert "event.dunning.costs_announced_capped_limit" in codes


def test_an_uncapped_14_day_letter_announces_the_scale(db: Database) -> None:
    with db.write() as session:
        customer = add_customer(
            session,
            "C-2",
            "Ömer Çelik",
            email="o@example.nl",
            address_line1="Kerkstraat 2",
            postcode="5678 CD",
            city="Zeist",
        )
        add_invoice(
            session, customer, "C2-1", date(2026, 10, 1), "1000.00", invoice_date=date(2026, 9, 1)
        )
    (item,) = _run(db).items
    assert item.step_key == "fourteen_day_letter", item
    with db.read() as session:
        (row, *_) = session.scalars(select(Communication)).all()
        assert row.costs_announced == Decimal("150.00")
        assert "costs_announced_cap" not in row.reason


def test_the_organisations_own_cap_figures_apply(db: Database) -> None:
    """Settings > Legal and interest: a cap of 100.00 per 12 months below 300.00 a month."""
    from debtordesk.i18n.catalogue import render
    from debtordesk.services.legal_settings import load_legal_settings, save_legal_settings

    before = load_legal_settings(db)
    save_legal_settings(
        db,
        before,
        replace(
            before,
            recurring_cap_threshold="300,00",
            recurring_cap_amount="€ 100",
            recurring_cap_months=12,
        ),
    )
    stored = load_legal_settings(db)
    assert (stored.recurring_cap_threshold, stored.recurring_cap_amount) == ("300.00", "100.00")
    customer = _monthly(db)
    (item,) = _run(db).items
    assert item.costs == Decimal("100.00")
    with db.read() as session:
        code, params = session.execute(
            select(CustomerEvent.code, CustomerEvent.params).where(
                CustomerEvent.customer_id == customer,
                CustomerEvent.code == "event.dunning.costs_capped_limit",
            )
        ).one()
    from debtordesk.domain.messages import Message

    text = render(Message(code, params), "en")
    assert "instead of 150.00 (at most 100.00 per 12 months;" in text
