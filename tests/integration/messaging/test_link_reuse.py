"""One payable link per claim: the open link of the same invoices and amount is reused, superseded
links are archived at Mollie, paid links are left alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from debtordesk.domain.dunning.model import CommunicationStatus
from debtordesk.providers.http import Timeouts
from debtordesk.providers.mollie import MollieConfig, MollieProvider
from debtordesk.providers.payment_links import LinkCustomer, PaymentLink
from debtordesk.services.database import Database
from debtordesk.services.link_reuse import ReusingLinkProvider
from tests.integration.dunning.factory import add_communication
from tests.integration.views.factory import add_customer, add_invoice
from tests.standins.mollie import MollieStandIn
from tests.standins.server import StandInServer

KEY = "test_reusekey1234567890abcdef"
NOW = datetime.now(UTC)
REFERENCE = "RF18DK1"


@pytest.fixture
def mollie() -> Iterator[tuple[StandInServer, MollieStandIn]]:
    standin = MollieStandIn(api_keys=(KEY,))
    with StandInServer(standin) as server:
        yield server, standin


def _inner(server: StandInServer) -> MollieProvider:
    config = MollieConfig(api_key=KEY, base_url=server.base_url + "/v2", mode="test")
    return MollieProvider(config, timeouts=Timeouts(connect=2, read=5), sleep=lambda s: None)


def _setup(db: Database) -> tuple[int, int, int]:
    with db.write() as session:
        jan = add_customer(session, "K-1", "Jan Jansen", email="jan@example.nl")
        f1 = add_invoice(session, jan, "F1", date(2026, 12, 8), "100.00")
        f2 = add_invoice(session, jan, "F2", date(2026, 12, 9), "50.00")
    return jan, f1, f2


def _earlier(
    db: Database, customer: int, invoices: list[int], link: PaymentLink, amount: str
) -> None:
    with db.write() as session:
        add_communication(
            session,
            customer,
            invoices,
            status=CommunicationStatus.SENT,
            payment_reference=REFERENCE,
            payment_link_id=link.id,
            payment_link_url=link.url,
            payment_link_expires_at=link.expires_at,
            open_amount=Decimal(amount),
            planned_for=date(2026, 12, 1),
        )


def _planned(db: Database, customer: int, invoices: list[int], amount: str) -> None:
    with db.write() as session:
        add_communication(
            session,
            customer,
            invoices,
            status=CommunicationStatus.PLANNED,
            payment_reference=REFERENCE,
            open_amount=Decimal(amount),
            planned_for=date(2026, 12, 16),
            step_key="reminder_2",
        )


def _ask(provider: ReusingLinkProvider, customer: int, amount: str) -> PaymentLink | None:
    return provider.create_link(
        amount=Decimal(amount),
        description="Tweede herinnering",
        reference=REFERENCE,
        customer=LinkCustomer(id=customer, number="K-1", name="Jan Jansen"),
    )


def test_the_open_link_of_the_same_invoices_and_amount_is_reused(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, standin = mollie
    jan, f1, f2 = _setup(db)
    with _inner(server) as inner:
        provider = ReusingLinkProvider(db, 1, inner)
        first = _ask(provider, jan, "150.00")  # nothing planned: a plain new link
        assert first is not None
        _earlier(db, jan, [f1, f2], first, "150.00")
        _planned(db, jan, [f1, f2], "150.00")
        again = _ask(provider, jan, "150.00")
    assert again is not None and again.id == first.id and again.url == first.url
    assert provider.reused == [first.id]
    assert len(server.requests("POST")) == 1 and len(standin.links) == 1


def test_a_changed_amount_makes_a_new_link_and_archives_the_old(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, standin = mollie
    jan, f1, f2 = _setup(db)
    with _inner(server) as inner:
        provider = ReusingLinkProvider(db, 1, inner)
        first = _ask(provider, jan, "150.00")
        assert first is not None
        _earlier(db, jan, [f1, f2], first, "150.00")
        _planned(db, jan, [f1, f2], "190.00")  # collection costs added
        second = _ask(provider, jan, "190.00")
    assert second is not None and second.id != first.id
    assert provider.archived == [first.id]
    assert standin.links[first.id]["archived"] is True
    assert standin.links[second.id]["archived"] is False


def test_a_paid_link_is_neither_reused_nor_archived(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, standin = mollie
    jan, f1, f2 = _setup(db)
    with _inner(server) as inner:
        provider = ReusingLinkProvider(db, 1, inner)
        first = _ask(provider, jan, "150.00")
        assert first is not None
        standin.pay(first.id)
        _earlier(db, jan, [f1, f2], first, "150.00")
        _planned(db, jan, [f1, f2], "150.00")
        second = _ask(provider, jan, "150.00")
    assert second is not None and second.id != first.id
    assert provider.reused == [] and provider.archived == []
    assert standin.links[first.id]["archived"] is False


def test_a_link_about_to_expire_is_replaced(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, _ = mollie
    jan, f1, f2 = _setup(db)
    with _inner(server) as inner:
        provider = ReusingLinkProvider(db, 1, inner)
        first = _ask(provider, jan, "150.00")
        assert first is not None
        soon = PaymentLink(first.url, first.id, NOW + timedelta(days=2))
        _earlier(db, jan, [f1, f2], soon, "150.00")
        _planned(db, jan, [f1, f2], "150.00")
        second = _ask(provider, jan, "150.00")
    assert second is not None and second.id != first.id
    assert provider.archived == [first.id]  # still open: archived, so only one is payable


def test_links_of_other_invoices_are_left_alone(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, standin = mollie
    jan, f1, f2 = _setup(db)
    with _inner(server) as inner:
        provider = ReusingLinkProvider(db, 1, inner)
        first = _ask(provider, jan, "100.00")
        assert first is not None
        _earlier(db, jan, [f1], first, "100.00")
        _planned(db, jan, [f2], "50.00")
        second = _ask(provider, jan, "50.00")
    assert second is not None and second.id != first.id
    assert provider.archived == [] and standin.links[first.id]["archived"] is False
