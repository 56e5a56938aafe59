"""A ledger lags the payment providers: the open-items export after a link payment still lists the
invoice as open. Importing it must not lift or undo the "paid via link" hold, and the queue keeps
leaving the invoice alone."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from debtordesk.db.models import Hold
from debtordesk.domain.dunning.model import HoldReason
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.services.database import Database
from debtordesk.services.dunning_queue import compute_queue_for
from debtordesk.services.dunning_run import run_queue
from debtordesk.services.imports import CommitOptions, commit_import
from debtordesk.services.link_poll import poll_links
from debtordesk.services.provider_settings import close_provider, payment_link_provider_for
from tests.integration.importing.factory import customer, invoice, invoices_by_number, preview
from tests.integration.payments.setup import MOLLIE_KEY, RUN_DAY, configure_mollie
from tests.standins.mollie import MollieStandIn
from tests.standins.server import StandInServer

DUE = date(2026, 12, 1)
HELD_DAY = date(2026, 12, 29)  # the last day of the 7-business-day hold from 17 December


def _ledger(db: Database, exported: date) -> None:
    summary = commit_import(
        db,
        preview(
            [invoice("A1", "D1", amount="100.00", due=DUE), invoice("A2", "D1", amount="20.00")],
            [
                customer(
                    "D1",
                    name="Jan Jansen",
                    email="jan@example.nl",
                    mobile="+31612345678",
                    address_line1="Dorpsstraat 1",
                    postcode="1234 AB",
                    city="Ede",
                )
            ],
            modified=exported,
            name=f"openstaande_posten_{exported.isoformat()}.csv",
        ),
        CommitOptions(force=True),
    )
    assert summary.batch_id is not None


def _held(db: Database) -> list[tuple[int | None, HoldReason, date | None, datetime | None]]:
    with db.read() as session:
        return [
            (h.invoice_id, h.reason, h.until, h.lifted_at)
            for h in session.scalars(select(Hold).order_by(Hold.id))
        ]


def test_a_new_open_items_import_does_not_lift_the_paid_via_link_hold(db: Database) -> None:
    standin = MollieStandIn(api_keys=(MOLLIE_KEY,))
    _ledger(db, date(2026, 12, 15))
    with StandInServer(standin) as server:
        secrets = configure_mollie(db, server)
        provider = payment_link_provider_for(db, 1, secrets=secrets)
        try:
            assert run_queue(db, 1, RUN_DAY, link_provider=provider).links_created == 1
            (link_id,) = standin.links
            standin.pay(link_id)
            summary = poll_links(
                db, 1, provider=provider, clock=lambda: datetime(2026, 12, 17, 9, tzinfo=UTC)
            )
        finally:
            close_provider(provider)
    assert len(summary.payments) == 1 and summary.holds_added >= 1
    before = _held(db)
    assert before and all(reason is HoldReason.PAID_VIA_LINK for _, reason, _, _ in before)
    assert all(lifted is None for *_, lifted in before)

    _ledger(db, date(2026, 12, 18))  # the ledger has not seen the payment yet
    stored = invoices_by_number(db)
    assert stored["A1"].status is InvoiceStatus.OPEN  # still open in the books
    assert _held(db) == before  # the hold is untouched
    held = {invoice_id for invoice_id, *_ in before}
    actions = compute_queue_for(db, 1, HELD_DAY).actions
    listed = {number for a in actions for number in a.invoice_numbers}
    assert not {n for n, i in stored.items() if i.id in held} & listed
    # the day after the hold ends the same invoices are dunned again: the hold was what kept them out
    after = compute_queue_for(db, 1, date(2026, 12, 30)).actions
    again = {number for a in after for number in a.invoice_numbers}
    assert {n for n, i in stored.items() if i.id in held} <= again
