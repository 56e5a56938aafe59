"""Polling payment links against the Mollie and Tikkie stand-ins: a paid link gives the "paid via
link" hold on its invoices, a timeline event and one payment row (however often it is polled); a second
payment is flagged for refund; an expired link is noted and settled; provider errors are reported once
per kind while the other links are still asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from debtordesk.db.models import (
    AuditLog,
    Communication,
    CustomerEvent,
    Hold,
    LinkPayment,
    PaymentLinkState,
)
from debtordesk.domain.calendar import add_business_days
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus, HoldReason
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.providers.http import Timeouts
from debtordesk.providers.mollie import MollieConfig, MollieProvider
from debtordesk.providers.payment_links import LinkCustomer, NullPaymentLinkProvider
from debtordesk.services.database import Database
from debtordesk.services.dunning_queue import compute_queue_for
from debtordesk.services.dunning_run import run_queue
from debtordesk.services.link_poll import PollSummary, poll_before_run, poll_links
from debtordesk.services.provider_settings import (
    UnavailableLinkProvider,
    close_provider,
    payment_link_provider_for,
)
from tests.integration.dunning.factory import add_communication
from tests.integration.payments.setup import (
    MOLLIE_KEY,
    RUN_DAY,
    configure_mollie,
    configure_tikkie,
    customer_with_invoices,
)
from tests.standins.keyrings import MemorySecrets
from tests.standins.mollie import MollieStandIn
from tests.standins.server import StandInServer, closed_port, respond
from tests.standins.tikkie import TikkieStandIn

POLL_AT = datetime(2026, 12, 17, 9, 0, tzinfo=UTC)
POLL_DAY = POLL_AT.astimezone().date()


def _clock() -> datetime:
    return POLL_AT


@pytest.fixture
def mollie() -> Iterator[tuple[StandInServer, MollieStandIn]]:
    standin = MollieStandIn(api_keys=(MOLLIE_KEY,))
    with StandInServer(standin) as server:
        yield server, standin


@pytest.fixture
def tikkie() -> Iterator[tuple[StandInServer, TikkieStandIn]]:
    standin = TikkieStandIn(api_keys=("tikkie-api-key",))
    with StandInServer(standin) as server:
        yield server, standin


def _run(db: Database, secrets: MemorySecrets) -> None:
    provider = payment_link_provider_for(db, 1, secrets=secrets)
    try:
        summary = run_queue(db, 1, RUN_DAY, link_provider=provider)
    finally:
        close_provider(provider)
    assert summary.links_created >= 1, summary.links_missing


def _poll(db: Database, secrets: MemorySecrets) -> PollSummary:
    provider = payment_link_provider_for(db, 1, secrets=secrets)
    try:
        return poll_links(db, 1, provider=provider, clock=_clock)
    finally:
        close_provider(provider)


def _link_ids(db: Database) -> list[str]:
    with db.read() as session:
        found = session.scalars(
            select(Communication.payment_link_id)
            .where(Communication.payment_link_id.is_not(None))
            .order_by(Communication.id)
        ).all()
    return list(dict.fromkeys(str(link) for link in found))


def _holds(db: Database) -> list[Hold]:
    with db.read() as session:
        rows = list(session.scalars(select(Hold).order_by(Hold.id)))
        session.expunge_all()
    return rows


def _payments(db: Database) -> list[LinkPayment]:
    with db.read() as session:
        rows = list(session.scalars(select(LinkPayment).order_by(LinkPayment.id)))
        session.expunge_all()
    return rows


def _event_codes(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(CustomerEvent.code).order_by(CustomerEvent.id)))


# --------------------------------------------------------------------------- paid


def test_a_paid_mollie_link_holds_its_invoices_once_and_records_one_payment(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, standin = mollie
    _, invoices = customer_with_invoices(
        db, "K-1", [("F1", date(2026, 12, 1), "100.00"), ("F2", date(2026, 12, 2), "50.00")]
    )
    secrets = configure_mollie(db, server)
    _run(db, secrets)
    (link_id,) = _link_ids(db)

    unpaid = _poll(db, secrets)
    assert (unpaid.asked, unpaid.open, unpaid.paid, unpaid.payments) == (1, 1, 0, ())
    assert _holds(db) == [] and _payments(db) == []

    payment_id = standin.pay(link_id)
    summary = _poll(db, secrets)
    assert (summary.provider, summary.asked, summary.paid) == ("mollie", 1, 1)
    (polled,) = summary.payments
    assert polled.payment_id == payment_id and polled.amount == Decimal("150.00")
    assert polled.customer_number == "K-1" and set(polled.invoice_numbers) == {"F1", "F2"}
    assert not polled.refund_flag and summary.holds_added == 2

    (row,) = _payments(db)
    assert (row.provider, row.link_id, row.provider_payment_id) == ("mollie", link_id, payment_id)
    assert row.amount == Decimal("150.00") and row.paid_at is not None
    assert {i["number"] for i in row.invoices} == {"F1", "F2"}
    assert {i["id"] for i in row.invoices} == set(invoices)
    assert row.payment_reference and not row.refund_flag and row.exported_at is None

    holds = _holds(db)
    assert sorted(h.invoice_id or 0 for h in holds) == sorted(invoices)
    for hold in holds:
        assert hold.reason is HoldReason.PAID_VIA_LINK and hold.lifted_at is None
        assert hold.until == add_business_days(POLL_DAY, 7)
        assert link_id in hold.note
    codes = _event_codes(db)
    assert codes.count("event.links.paid") == 1
    assert codes.count("event.hold.added_until") == 2
    with db.read() as session:
        event = session.execute(
            select(CustomerEvent.code, CustomerEvent.params).where(
                CustomerEvent.code == "event.links.paid"
            )
        ).one()
        audits = session.scalars(
            select(AuditLog.entity).where(AuditLog.action.in_(("recorded", "add")))
        ).all()
        state = session.scalars(select(PaymentLinkState)).one()
        session.expunge_all()
    text = render(Message(event.code, event.params), "en")
    assert "Paid € 150.00 via payment link" in text and "F1" in text
    assert sorted(audits) == ["hold", "hold", "link_payment"]
    assert state.state == "paid" and state.paid_amount == Decimal("150.00")
    assert state.settled_at is None  # still payable until its expiry: watched for a second payment

    again = _poll(db, secrets)  # polled twice: nothing new
    assert again.payments == () and again.holds_added == 0 and again.paid == 1
    assert len(_payments(db)) == 1 and len(_holds(db)) == 2
    assert _event_codes(db).count("event.links.paid") == 1


def test_mollie_paid_before_its_payment_is_listed_is_recorded_once(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    """Mollie sets paidAt before the payment list shows the payment: recorded under the link's id,
    then given the payment's id, never twice."""
    server, standin = mollie
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "100.00")])
    secrets = configure_mollie(db, server)
    _run(db, secrets)
    (link_id,) = _link_ids(db)
    payment_id = standin.pay(link_id)
    listed = standin.payments.pop(link_id)  # the list lags behind
    first = _poll(db, secrets)
    assert [p.payment_id for p in first.payments] == [link_id]
    standin.payments[link_id] = listed
    second = _poll(db, secrets)
    assert second.payments == ()
    (row,) = _payments(db)
    assert row.provider_payment_id == payment_id and row.amount == Decimal("100.00")
    assert _event_codes(db).count("event.links.paid") == 1


# --------------------------------------------------------------------------- refunds


def test_a_tikkie_request_paid_twice_flags_the_second_payment(
    db: Database, tikkie: tuple[StandInServer, TikkieStandIn]
) -> None:
    server, standin = tikkie
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "80.00")])
    secrets = configure_tikkie(db, server, standin)
    _run(db, secrets)
    (token,) = _link_ids(db)
    first_id = standin.pay(token)
    assert [p.refund_flag for p in _poll(db, secrets).payments] == [False]
    second_id = standin.pay(token, when=datetime.now(UTC))  # Tikkie took a second payment
    summary = _poll(db, secrets)
    (flagged,) = summary.payments
    assert flagged.payment_id == second_id and flagged.refund_flag
    assert flagged.refund_reason is not None
    assert flagged.refund_reason.code == "links.refund.same_link"
    rows = _payments(db)
    assert [(r.provider_payment_id, r.refund_flag) for r in rows] == [
        (first_id, False),
        (second_id, True),
    ]
    assert rows[1].refund_reason is not None
    assert rows[1].refund_reason["code"] == "links.refund.same_link"
    codes = _event_codes(db)
    assert codes.count("event.links.paid") == 2 and codes.count("event.links.refund_flag") == 1
    assert len(_holds(db)) == 1  # the invoice was held once
    with db.read() as session:
        params = session.scalars(
            select(CustomerEvent.params).where(CustomerEvent.code == "event.links.refund_flag")
        ).one()
    assert "refund" in params["reason_en"] and "terugbetaald" in params["reason_nl"]


def test_two_links_of_one_claim_both_paid_flags_the_later_one(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, standin = mollie
    customer, invoices = customer_with_invoices(
        db, "K-1", [("F1", date(2026, 12, 1), "100.00"), ("F2", date(2026, 12, 2), "50.00")]
    )
    secrets = configure_mollie(db, server)
    _run(db, secrets)
    (first,) = _link_ids(db)
    # an older link of the same claim that was sent too (e.g. before a switch of channel)
    config = MollieConfig(api_key=MOLLIE_KEY, base_url=server.base_url + "/v2", mode="test")
    with MollieProvider(config, timeouts=Timeouts(connect=2, read=5)) as direct:
        other = direct.create_link(
            amount=Decimal("100.00"),
            description="Herinnering",
            reference="RF00OLD",
            customer=LinkCustomer(id=customer, number="K-1", name="Klant K-1"),
        )
    assert other is not None
    with db.write() as session:
        add_communication(
            session,
            customer,
            [invoices[0]],
            status=CommunicationStatus.SENT,
            channel=ActionChannel.SMS,
            payment_link_id=other.id,
            payment_link_url=other.url,
            payment_link_expires_at=other.expires_at,
            open_amount=Decimal("100.00"),
            planned_for=date(2026, 12, 17),
        )
    standin.pay(first)
    standin.pay(other.id)
    summary = _poll(db, secrets)
    assert summary.paid == 2
    by_link = {p.link_id: p for p in summary.payments}
    assert not by_link[first].refund_flag
    later = by_link[other.id]
    assert later.refund_flag and later.refund_reason is not None
    assert later.refund_reason.code == "links.refund.other_link"
    assert later.refund_reason.params["invoices"] == "F1"
    assert later.refund_reason.params["link"] == first
    # the invoices are held once each, not twice
    assert sorted(h.invoice_id or 0 for h in _holds(db)) == sorted(invoices)


# --------------------------------------------------------------------------- expired, closed


def test_an_expired_tikkie_request_is_noted_and_not_asked_again(
    db: Database, tikkie: tuple[StandInServer, TikkieStandIn]
) -> None:
    server, standin = tikkie
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "80.00")])
    secrets = configure_tikkie(db, server, standin)
    _run(db, secrets)
    (token,) = _link_ids(db)
    standin.expire(token)
    summary = _poll(db, secrets)
    assert (summary.expired, summary.paid, summary.payments) == (1, 0, ())
    with db.read() as session:
        state = session.scalars(select(PaymentLinkState)).one()
        session.expunge_all()
    assert state.state == "expired" and state.settled_at == POLL_AT
    assert _event_codes(db).count("event.links.expired") == 1
    assert _holds(db) == []
    asked = len(server.requests("GET"))
    later = _poll(db, secrets)
    assert later.links == 0 and len(server.requests("GET")) == asked


def test_a_settled_paid_link_past_its_expiry_is_not_asked_again(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, standin = mollie
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "100.00")])
    secrets = configure_mollie(db, server)
    _run(db, secrets)
    (link_id,) = _link_ids(db)
    standin.pay(link_id)
    standin.expire(link_id)  # paid, and past its expiry: nothing more can happen
    assert len(_poll(db, secrets).payments) == 1
    with db.read() as session:
        assert session.scalars(select(PaymentLinkState.settled_at)).one() is not None
    assert _poll(db, secrets).links == 0


# --------------------------------------------------------------------------- provider errors


def _three_customers(db: Database) -> None:
    for number in ("K-1", "K-2", "K-3"):
        customer_with_invoices(db, number, [(f"F{number}", date(2026, 12, 1), "40.00")])


def test_a_wrong_key_is_reported_once_for_all_links(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, _ = mollie
    _three_customers(db)
    secrets = configure_mollie(db, server)
    _run(db, secrets)
    assert len(_link_ids(db)) == 3
    secrets.set("MAIN", "mollie", "api_key", "test_wrongwrongwrongwrong")
    summary = _poll(db, secrets)
    ((message, count),) = summary.problems
    assert message.code == "http.wrong_key" and count == 3
    assert summary.asked == 0 and summary.payments == ()
    assert "test_wrongwrongwrongwrong" not in render(message)
    with db.read() as session:
        assert session.scalars(select(PaymentLinkState)).all() == []


def test_one_failing_link_does_not_stop_the_others(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, standin = mollie
    _three_customers(db)
    secrets = configure_mollie(db, server)
    _run(db, secrets)
    links = _link_ids(db)
    for link_id in links:
        standin.pay(link_id)
    # the first link's status call fails three times (every retry): a provider fault
    server.inject(respond(500, {"status": 500, "title": "Internal Server Error"}), times=3)
    summary = _poll(db, secrets)
    ((message, count),) = summary.problems
    assert message.code == "http.fault" and count == 1
    assert summary.asked == 2 and len(summary.payments) == 2
    later = _poll(db, secrets)  # the failed one is asked again and recorded now
    assert later.problems == () and len(later.payments) == 1
    assert len(_payments(db)) == 3


def test_no_network_is_reported_once(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, _ = mollie
    _three_customers(db)
    secrets = configure_mollie(db, server)
    _run(db, secrets)
    from debtordesk.services.provider_settings import set_provider_settings

    with db.write() as session:
        set_provider_settings(
            session,
            1,
            "mollie",
            {"base_url": f"http://127.0.0.1:{closed_port()}/v2"},
            user_id=None,
        )
    summary = _poll(db, secrets)
    ((message, count),) = summary.problems
    assert message.code == "http.not_sent.connect" and count == 3


def test_links_of_another_provider_are_skipped(
    db: Database,
    mollie: tuple[StandInServer, MollieStandIn],
    tikkie: tuple[StandInServer, TikkieStandIn],
) -> None:
    server, _ = mollie
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "100.00")])
    _run(db, configure_mollie(db, server))
    tikkie_server, tikkie_standin = tikkie
    secrets = configure_tikkie(db, tikkie_server, tikkie_standin)  # the administration switched
    summary = _poll(db, secrets)
    assert (summary.provider, summary.not_ours, summary.asked, summary.problems) == (
        "tikkie",
        1,
        0,
        (),
    )


def test_without_a_usable_provider_nothing_is_asked_and_the_reason_is_given(
    db: Database,
) -> None:
    summary = poll_links(db, 1, provider=NullPaymentLinkProvider(), clock=_clock)
    assert summary.unavailable is not None and summary.unavailable.code == "links.no_provider"
    assert summary.links == 0
    reason = Message("providers.secret_missing", {"provider": "tikkie", "field": "api_key"})
    summary = poll_links(db, 1, provider=UnavailableLinkProvider(reason), clock=_clock)
    assert summary.unavailable == reason


def test_progress_and_cancel(db: Database, mollie: tuple[StandInServer, MollieStandIn]) -> None:
    server, _ = mollie
    _three_customers(db)
    secrets = configure_mollie(db, server)
    _run(db, secrets)
    seen: list[tuple[int, int]] = []
    provider = payment_link_provider_for(db, 1, secrets=secrets)
    try:
        summary = poll_links(
            db,
            1,
            provider=provider,
            clock=_clock,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,
        )
    finally:
        close_provider(provider)
    assert summary.cancelled and summary.asked == 2 and summary.links == 3
    assert seen == [(0, 3), (1, 3)]


def test_poll_before_run_holds_a_payer_so_the_run_does_not_dun_them(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, standin = mollie
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "100.00")])
    secrets = configure_mollie(db, server)
    _run(db, secrets)
    (link_id,) = _link_ids(db)
    standin.pay(link_id)
    day = date(2026, 12, 29)  # the next step is due then, the last day of the 7-day hold
    assert [r.contact.number for r in compute_queue_for(db, 1, day).actions] == ["K-1"]
    provider = payment_link_provider_for(db, 1, secrets=secrets)
    try:
        polled = poll_before_run(db, 1, provider, clock=_clock)
        later = run_queue(db, 1, day, link_provider=provider)
    finally:
        close_provider(provider)
    assert len(polled.payments) == 1 and polled.holds_added == 1
    assert later.items == ()  # F1 is held: no reminder for a customer who paid


# --------------------------------------------------------------------------- which links


def test_links_too_old_are_not_asked(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    """Expired more than 30 days ago, or without expiry and planned more than 180 days ago: not
    asked; expired 10 days ago: asked (a payment just before the expiry still counts)."""
    server, _ = mollie
    customer, invoices = customer_with_invoices(db, "K-1", [("F1", date(2026, 10, 1), "10.00")])
    secrets = configure_mollie(db, server)
    config = MollieConfig(api_key=MOLLIE_KEY, base_url=server.base_url + "/v2", mode="test")
    made = []
    with MollieProvider(config, timeouts=Timeouts(connect=2, read=5)) as direct:
        for _ in range(3):
            link = direct.create_link(
                amount=Decimal("10.00"),
                description="Herinnering",
                reference="RF00X",
                customer=LinkCustomer(id=customer, number="K-1", name="Klant K-1"),
            )
            assert link is not None
            made.append(link)
    expiries = [POLL_AT - timedelta(days=40), POLL_AT - timedelta(days=10), None]
    with db.write() as session:
        for link, expires in zip(made, expiries, strict=True):
            communication = add_communication(
                session,
                customer,
                invoices,
                status=CommunicationStatus.SENT,
                payment_link_id=link.id,
                payment_link_url=link.url,
                payment_link_expires_at=expires,
                open_amount=Decimal("10.00"),
            )
            if expires is None:
                session.get_one(Communication, communication).planned_at = POLL_AT - timedelta(
                    days=200
                )
    summary = _poll(db, secrets)
    assert summary.links == 1 and summary.asked == 1
    with db.read() as session:
        assert session.scalars(select(PaymentLinkState.link_id)).all() == [made[1].id]


def test_a_link_recorded_by_another_poll_meanwhile_is_not_recorded_twice(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    """Two pollers at once (the GUI and a scheduled ``debtordesk poll``): the second finds the
    payment recorded and adds nothing."""
    server, standin = mollie
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "100.00")])
    secrets = configure_mollie(db, server)
    _run(db, secrets)
    (link_id,) = _link_ids(db)
    standin.pay(link_id)
    inner = payment_link_provider_for(db, 1, secrets=secrets)

    class _Racing:
        provider_id = "mollie"

        def get_status(self, link: str) -> object:
            status = inner.inner.get_status(link)  # type: ignore[attr-defined]
            first = poll_links(db, 1, provider=inner, clock=_clock)  # the other poller wins
            assert len(first.payments) == 1
            return status

        def no_link_reason(self) -> Message:
            return Message("links.no_provider")

    try:
        second = poll_links(db, 1, provider=_Racing(), clock=_clock)  # type: ignore[arg-type]
    finally:
        close_provider(inner)
    assert second.payments == () and second.holds_added == 0
    assert len(_payments(db)) == 1 and len(_holds(db)) == 1
    assert _event_codes(db).count("event.links.paid") == 1


def test_a_paid_link_that_asked_for_costs_marks_those_charges_paid(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    """The link's amount included 40.00 costs and 2.50 interest: paying it pays those charges (the
    bookkeeping closes the invoices; the costs must not stay behind as still open). A costs charge
    made after the link was not asked for and stays open."""
    from debtordesk.db.models import Charge
    from debtordesk.domain.dunning.model import ChargeKind, ChargeStatus

    server, standin = mollie
    customer, _ = customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "100.00")])
    secrets = configure_mollie(db, server)
    _run(db, secrets)
    (link_id,) = _link_ids(db)
    with db.write() as session:
        for row in session.scalars(select(Communication)):
            row.costs, row.interest = Decimal("40.00"), Decimal("2.50")
        session.add_all(
            [
                Charge(
                    customer_id=customer,
                    kind=kind,
                    amount=Decimal(amount),
                    status=ChargeStatus.OPEN,
                    created_at=datetime(2026, 12, day, 9, tzinfo=UTC),
                )
                for kind, amount, day in (
                    (ChargeKind.COSTS, "40.00", 10),
                    (ChargeKind.INTEREST, "2.50", 10),
                    (ChargeKind.COSTS, "25.00", 16),  # after the link: not asked for
                )
            ]
        )
    standin.pay(link_id)
    _poll(db, secrets)
    with db.read() as session:
        charges = session.execute(
            select(Charge.kind, Charge.amount, Charge.status).order_by(Charge.id)
        ).all()
        event = session.execute(
            select(CustomerEvent.code, CustomerEvent.params).where(
                CustomerEvent.code == "event.links.charges_paid"
            )
        ).one()
        audited = session.scalars(select(AuditLog.action).where(AuditLog.entity == "charge")).all()
    assert [tuple(row) for row in charges] == [
        (ChargeKind.COSTS, Decimal("40.00"), ChargeStatus.PAID),
        (ChargeKind.INTEREST, Decimal("2.50"), ChargeStatus.PAID),
        (ChargeKind.COSTS, Decimal("25.00"), ChargeStatus.OPEN),
    ]
    assert event.params["amount"] == "42.50"
    assert list(audited) == ["paid", "paid"]
    _poll(db, secrets)  # polled again: nothing more
    with db.read() as session:
        assert (
            session.scalar(
                select(CustomerEvent.id)
                .where(CustomerEvent.code == "event.links.charges_paid")
                .offset(1)
            )
            is None
        )
