"""The run gives the payment-link provider the step's deadline (``pay_by``): the link stays payable
until after the date the letter or message asks payment by, plus the provider's grace days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from debtordesk.db.models import Communication
from debtordesk.providers.link_common import DEFAULT_GRACE_DAYS, DEFAULT_LINK_DAYS, parse_instant
from debtordesk.providers.payment_links import LinkCustomer, PaymentLink
from debtordesk.services.database import Database
from debtordesk.services.dunning_run import prepare_planned, run_queue, takes_pay_by
from debtordesk.services.letters_content import pay_by_dates
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.provider_settings import close_provider, payment_link_provider_for
from tests.integration.payments.setup import (
    RUN_DAY,
    configure_mollie,
    configure_tikkie,
    customer_with_invoices,
)
from tests.standins.mollie import MollieStandIn
from tests.standins.server import StandInServer
from tests.standins.tikkie import TikkieStandIn


@pytest.fixture
def mollie() -> Iterator[tuple[StandInServer, MollieStandIn]]:
    standin = MollieStandIn(api_keys=("test_paybykey1234567890abcdef",))
    with StandInServer(standin) as server:
        yield server, standin


def _deadline(db: Database) -> date:
    with db.read() as session:
        rows = session.execute(
            select(
                Communication.send_on,
                Communication.planned_for,
                Communication.fourteen_day_letter,
                Communication.channel,
            )
        ).all()
        settings = load_org_settings(session, 1)
    assert rows
    return max(
        pay_by_dates(r.send_on or r.planned_for, r.fourteen_day_letter, settings)[0] for r in rows
    )


def test_mollie_link_expires_after_the_step_deadline(
    db: Database, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, standin = mollie
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "100.00")])
    secrets = configure_mollie(db, server, "test_paybykey1234567890abcdef")
    provider = payment_link_provider_for(db, 1, secrets=secrets)
    try:
        summary = run_queue(db, 1, RUN_DAY, link_provider=provider)
    finally:
        close_provider(provider)
    assert summary.links_created == 1
    (link,) = standin.links.values()
    expires = parse_instant(link["expiresAt"])
    assert expires is not None
    deadline = _deadline(db)
    assert expires.astimezone().date() == deadline + timedelta(days=DEFAULT_GRACE_DAYS)
    # not the provider's default term (which a run without pay_by would give)
    assert expires.astimezone().date() != date.today() + timedelta(days=DEFAULT_LINK_DAYS)


def test_tikkie_request_expires_after_the_fourteen_day_term(db: Database) -> None:
    """A customer long overdue gets the 14-day letter: the deadline is the end of the term after
    the assumed receipt, later than the letter date plus 14 days."""
    standin = TikkieStandIn(api_keys=("tikkie-api-key",))
    customer_with_invoices(db, "K-2", [("F9", date(2026, 10, 1), "80.00")])
    with StandInServer(standin) as server:
        secrets = configure_tikkie(db, server, standin)
        provider = payment_link_provider_for(db, 1, secrets=secrets)
        try:
            run_queue(db, 1, RUN_DAY, link_provider=provider)
        finally:
            close_provider(provider)
    with db.read() as session:
        fourteen = session.scalars(select(Communication.fourteen_day_letter)).all()
    assert any(fourteen), "the policy should have planned the 14-day letter"
    (request,) = standin.payment_requests.values()
    deadline = _deadline(db)
    assert deadline > RUN_DAY + timedelta(days=14)
    assert date.fromisoformat(request["expiryDate"]) == deadline + timedelta(
        days=DEFAULT_GRACE_DAYS
    )


class _OldStyle:
    """A provider without ``pay_by`` (like older test fakes): still called, without it."""

    def __init__(self) -> None:
        self.calls = 0

    def create_link(
        self, *, amount: Decimal, description: str, reference: str, customer: LinkCustomer
    ) -> PaymentLink | None:
        self.calls += 1
        return PaymentLink(url="https://pay.example/x", id="x1")

    def no_link_reason(self) -> object:
        raise AssertionError("not asked")


class _Recording:
    def __init__(self) -> None:
        self.pay_by: list[date | None] = []

    def create_link(self, *, pay_by: date | None = None, **_: object) -> PaymentLink | None:
        self.pay_by.append(pay_by)
        return PaymentLink(url="https://pay.example/y", id="y1")

    def no_link_reason(self) -> object:
        raise AssertionError("not asked")


def test_providers_without_pay_by_are_still_asked(db: Database) -> None:
    old = _OldStyle()
    assert not takes_pay_by(old)  # type: ignore[arg-type]
    customer_with_invoices(db, "K-3", [("F3", date(2026, 12, 1), "10.00")])
    run_queue(db, 1, RUN_DAY, link_provider=old)  # type: ignore[arg-type]
    assert old.calls == 1


def test_the_deadline_is_passed_to_a_provider_that_takes_it(db: Database) -> None:
    recording = _Recording()
    assert takes_pay_by(recording)  # type: ignore[arg-type]
    customer_with_invoices(db, "K-4", [("F4", date(2026, 12, 1), "10.00")])
    run_queue(db, 1, RUN_DAY, link_provider=recording)  # type: ignore[arg-type]
    assert recording.pay_by == [_deadline(db)]
    assert prepare_planned(db, 1, link_provider=recording)[0] == 0  # type: ignore[arg-type]
