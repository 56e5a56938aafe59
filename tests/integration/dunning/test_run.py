"""The dunning run: communications planned and prepared, references, links, charges, idempotency, and
the hooks for letters going out and coming back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from debtordesk.db.models import (
    AuditLog,
    Charge,
    Communication,
    CommunicationInvoice,
    CustomerEvent,
    FourteenDayLetter,
    PaymentReference,
    PaymentReferenceInvoice,
)
from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChargeKind,
    CommunicationStatus,
)
from debtordesk.domain.enums import CustomerType
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import collection_costs, fourteen_day_dates
from debtordesk.domain.messages import Message
from debtordesk.domain.references import is_valid_betalingskenmerk, is_valid_rf_reference
from debtordesk.providers.payment_links import (
    LinkCustomer,
    NullPaymentLinkProvider,
    PaymentLink,
    PaymentLinkError,
)
from debtordesk.services.database import Database
from debtordesk.services.dunning_run import (
    mark_dispatched,
    prepare_planned,
    record_returned_mail,
    run_queue,
)
from debtordesk.services.legal_settings import save_legal_settings
from debtordesk.services.policies import set_payment_reference_kind
from debtordesk.settings.org import OrgSettings, postal_rules
from tests.integration.dunning.factory import add_communication
from tests.integration.views.factory import add_customer, add_invoice

TODAY = date(2026, 12, 16)  # Wednesday
NOW = datetime(2026, 12, 16, 8, 30, tzinfo=UTC)


def clock() -> datetime:
    return NOW


class FakeLinks:
    """Makes a link per request and remembers what it was asked."""

    def __init__(self, fail: bool = False) -> None:
        self.requests: list[tuple[Decimal, str, LinkCustomer]] = []
        self.fail = fail

    def create_link(
        self, *, amount: Decimal, description: str, reference: str, customer: LinkCustomer
    ) -> PaymentLink | None:
        self.requests.append((amount, reference, customer))
        if self.fail:
            raise PaymentLinkError(Message("links.test_failure", {"status": 503}))
        return PaymentLink(
            url=f"https://pay.example/{len(self.requests)}", id=f"L{len(self.requests)}"
        )

    def no_link_reason(self) -> Message:
        return Message("links.no_provider")


def _jan(db: Database, **values: object) -> tuple[int, int, int]:
    with db.write() as session:
        jan = add_customer(
            session,
            "K-1",
            "Jan Jansen",
            email="jan@example.nl",
            mobile="+31612345678",
            address_line1="Dorpsstraat 1",
            postcode="1234 AB",
            city="Ede",
            **values,
        )
        f1 = add_invoice(session, jan, "F1", date(2026, 12, 8), "100.00")  # 8 days overdue
        f2 = add_invoice(session, jan, "F2", date(2026, 12, 9), "50.00", reference="KM-F2")
    return jan, f1, f2


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_run_plans_and_prepares_one_communication_per_channel(db: Database) -> None:
    jan, f1, f2 = _jan(db)
    summary = run_queue(
        db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock, user_login="clerk"
    )
    (item,) = summary.items
    assert item.customer_number == "K-1"
    assert item.step_key == "reminder_1"
    assert set(item.channels) == {ActionChannel.EMAIL, ActionChannel.SMS}
    assert sorted(item.invoice_numbers) == ["F1", "F2"]
    assert summary.communications == 2 and summary.prepared == 2
    assert summary.links_created == 0
    assert summary.links_missing == ((Message("links.no_provider"), 1),)
    with db.read() as session:
        rows = session.scalars(select(Communication).order_by(Communication.id)).all()
        assert {row.status for row in rows} == {CommunicationStatus.PREPARED}
        assert {row.planned_for for row in rows} == {TODAY}
        assert {row.planned_at for row in rows} == {NOW}
        assert {row.prepared_at for row in rows} == {NOW}
        assert [row.link_failure for row in rows] == [
            {"code": "links.no_provider", "params": {}}
        ] * 2
        # one dossier reference for both, a valid RF made from the customer number
        (reference,) = {row.payment_reference for row in rows}
        assert reference is not None and is_valid_rf_reference(reference)
        assert reference[4:] == "DK1"
        assert {row.open_amount for row in rows} == {Decimal("150.00")}
        listed = session.execute(
            select(CommunicationInvoice.invoice_number, CommunicationInvoice.open_amount).where(
                CommunicationInvoice.communication_id == rows[0].id
            )
        ).all()
        assert sorted(listed) == [("F1", Decimal("100.00")), ("F2", Decimal("50.00"))]
        mapped = set(session.scalars(select(PaymentReferenceInvoice.invoice_id)))
        assert mapped == {f1, f2}
        events = session.scalars(
            select(CustomerEvent.code).where(CustomerEvent.customer_id == jan)
        ).all()
        assert events == ["event.dunning.planned"]
        audit = session.scalars(select(AuditLog).where(AuditLog.entity == "dunning_run")).one()
        assert audit.details["communications"] == 2


def test_running_twice_on_one_date_creates_nothing_new(db: Database) -> None:
    _jan(db)
    run_queue(db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock)
    before = (_count(db, Communication), _count(db, CustomerEvent), _count(db, PaymentReference))
    again = run_queue(db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock)
    assert again.items == () and again.prepared == 0
    # and the next day too: the reminder was taken; the next step is not due yet
    later = run_queue(
        db, 1, date(2026, 12, 17), link_provider=NullPaymentLinkProvider(), clock=clock
    )
    assert later.items == ()
    after = (_count(db, Communication), _count(db, CustomerEvent), _count(db, PaymentReference))
    assert after == before
    assert _count(db, AuditLog) == 1 + 2  # the run, and the two seeded policies


def test_running_twice_sends_no_pre_reminder_behind_a_reminder(db: Database) -> None:
    """A customer with overdue invoices and one falling due in two days: the first run sends the
    reminder; a second run that day (or the next) must not add an SMS about the next invoice."""
    jan, _f1, _f2 = _jan(db)
    with db.write() as session:
        add_invoice(session, jan, "F3", date(2026, 12, 18), "75.00")
    first = run_queue(db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock)
    (item,) = first.items
    assert item.step_key == "reminder_1" and "F3" not in item.invoice_numbers
    before = _count(db, Communication)
    for day in (TODAY, date(2026, 12, 17)):
        again = run_queue(db, 1, day, link_provider=NullPaymentLinkProvider(), clock=clock)
        assert again.items == (), day
    assert _count(db, Communication) == before


def test_one_link_per_action_shared_by_its_channels(db: Database) -> None:
    _jan(db)
    links = FakeLinks()
    summary = run_queue(db, 1, TODAY, link_provider=links, clock=clock)
    assert summary.links_created == 1 and summary.links_missing == ()
    ((amount, reference, customer),) = links.requests
    assert amount == Decimal("150.00")
    assert customer.number == "K-1" and customer.mobile == "+31612345678"
    with db.read() as session:
        rows = session.scalars(select(Communication)).all()
        assert {(r.payment_link_url, r.payment_link_id) for r in rows} == {
            ("https://pay.example/1", "L1")
        }
        assert {r.payment_reference for r in rows} == {reference}
        assert {r.link_failure for r in rows} == {None}


def test_a_provider_failure_is_recorded_and_the_run_goes_on(db: Database) -> None:
    _jan(db)
    summary = run_queue(db, 1, TODAY, link_provider=FakeLinks(fail=True), clock=clock)
    assert summary.prepared == 2
    assert summary.links_missing == ((Message("links.test_failure", {"status": 503}), 1),)
    with db.read() as session:
        failures = [r.link_failure for r in session.scalars(select(Communication))]
    assert failures == [{"code": "links.test_failure", "params": {"status": 503}}] * 2


def test_only_the_selected_customers_are_run(db: Database) -> None:
    jan, _, _ = _jan(db)
    with db.write() as session:
        piet = add_customer(session, "K-2", "Piet", email="piet@example.nl")
        add_invoice(session, piet, "P1", date(2026, 12, 8), "70.00")
    summary = run_queue(
        db, 1, TODAY, link_provider=NullPaymentLinkProvider(), customer_ids=[piet], clock=clock
    )
    assert [item.customer_number for item in summary.items] == ["K-2"]
    rest = run_queue(db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock)
    assert [item.customer_id for item in rest.items] == [jan]


def test_a_run_that_stopped_after_planning_is_finished_by_the_next(db: Database) -> None:
    with db.write() as session:
        jan = add_customer(session, "K-9", "Jan")
        invoice = add_invoice(session, jan, "F9", date(2026, 12, 1), "10.00")
        planned = add_communication(
            session,
            jan,
            [invoice],
            channel=ActionChannel.LETTER,
            payment_reference="RF18539007547034",
            open_amount=Decimal("10.00"),
        )
    prepared, created, _ = prepare_planned(db, 1, link_provider=FakeLinks(), clock=clock)
    assert (prepared, created) == (1, 1)
    with db.read() as session:
        row = session.get_one(Communication, planned)
        assert row.status is CommunicationStatus.PREPARED
        assert row.payment_link_url == "https://pay.example/1"


@pytest.mark.parametrize(
    ("kind", "check"),
    [
        ("kenmerk", is_valid_betalingskenmerk),
        ("rf", is_valid_rf_reference),
    ],
)
def test_references_follow_the_administration_setting(
    db: Database, kind: str, check: object
) -> None:
    set_payment_reference_kind(db, 1, kind)
    _jan(db)
    (item,) = run_queue(db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock).items
    assert item.payment_reference is not None
    assert callable(check) and check(item.payment_reference)
    with db.read() as session:
        stored = session.execute(select(PaymentReference.kind, PaymentReference.reference)).one()
    assert tuple(stored) == (kind, item.payment_reference)


def test_invoice_numbers_as_references_for_a_single_invoice(db: Database) -> None:
    set_payment_reference_kind(db, 1, "invoice_number")
    with db.write() as session:
        one = add_customer(session, "K-3", "Eén", email="een@example.nl")
        add_invoice(session, one, "F30", date(2026, 12, 8), "30.00", reference="KM-30")
        two = add_customer(session, "K-4", "Twee", email="twee@example.nl")
        add_invoice(session, two, "F40", date(2026, 12, 8), "40.00")
        add_invoice(session, two, "F41", date(2026, 12, 8), "41.00")
    items = run_queue(db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock).items
    references = {item.customer_number: item.payment_reference for item in items}
    # the ledger's own reference of the one invoice; several invoices: the customer's RF reference
    assert references["K-3"] == "KM-30"
    assert references["K-4"] is not None and is_valid_rf_reference(references["K-4"])


def test_a_business_letter_with_costs_records_the_charge(db: Database) -> None:
    with db.write() as session:
        bv = add_customer(
            session,
            "B-1",
            "Bakker BV",
            customer_type=CustomerType.BUSINESS,
            email="info@bakker.nl",
            address_line1="Markt 1",
            postcode="1234 AB",
            city="Ede",
        )
        add_invoice(session, bv, "B1", date(2026, 11, 15), "1000.00")  # 31 days overdue
    (item,) = run_queue(db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock).items
    assert item.step_key == "formal_letter"
    assert item.costs == collection_costs(Decimal("1000.00"))
    with db.read() as session:
        charges = session.execute(select(Charge.kind, Charge.amount, Charge.communication_id)).all()
        first = min(item.communication_ids)
    assert (ChargeKind.COSTS, item.costs, first) in charges
    # nothing twice: the same run again charges nothing more
    run_queue(db, 1, TODAY, link_provider=NullPaymentLinkProvider(), clock=clock)
    assert _count(db, Charge) == len(charges)


def _letter(
    db: Database,
    *,
    fourteen_day_letter: bool = True,
    status: CommunicationStatus = CommunicationStatus.PRINTED,
) -> int:
    with db.write() as session:
        jan = add_customer(session, "K-5", "Jan", address_line1="Dorp 1", postcode="1234 AB")
        invoice = add_invoice(session, jan, "F5", date(2026, 11, 1), "400.00")
        return add_communication(
            session,
            jan,
            [invoice],
            step_key="fourteen_day_letter",
            channel=ActionChannel.LETTER,
            status=status,
            fourteen_day_letter=fourteen_day_letter,
            costs_announced=Decimal("60.00"),
        )


def test_a_dispatched_14_day_letter_records_its_evidence(db: Database) -> None:
    letter = _letter(db)
    mark_dispatched(db, letter, evidence="RR123456789NL", clock=clock)
    with db.read() as session:
        row = session.get_one(Communication, letter)
        assert (row.status, row.went_out_on) == (CommunicationStatus.DISPATCHED, TODAY)
        evidence = session.scalars(select(FourteenDayLetter)).one()
        expected = fourteen_day_dates(TODAY, "letter")
        assert (evidence.receipt_on, evidence.term_ends_on, evidence.costs_from) == tuple(expected)
        assert evidence.costs_from > TODAY
        assert (evidence.evidence, evidence.costs_amount, evidence.void) == (
            "RR123456789NL",
            Decimal("60.00"),
            False,
        )
    record_returned_mail(db, letter, note="address unknown", clock=clock)
    with db.read() as session:
        voided = session.execute(
            select(FourteenDayLetter.void, FourteenDayLetter.void_reason)
        ).one()
        codes = session.scalars(select(CustomerEvent.code).order_by(CustomerEvent.id)).all()
    assert tuple(voided) == (True, "address unknown")
    assert codes == ["event.dunning.dispatched", "event.dunning.returned"]


def test_the_organisations_postal_days_decide_the_evidence_dates(db: Database) -> None:
    before = OrgSettings()
    slower = replace(before, postal_transit_days=5, postal_margin_days=2)
    save_legal_settings(db, before, slower)
    letter = _letter(db)
    mark_dispatched(db, letter, clock=clock)
    with db.read() as session:
        stored = session.execute(
            select(
                FourteenDayLetter.receipt_on,
                FourteenDayLetter.term_ends_on,
                FourteenDayLetter.costs_from,
            )
        ).one()
    expected = fourteen_day_dates(TODAY, "letter", postal_rules(slower))
    assert tuple(stored) == tuple(expected)
    assert stored[0] > fourteen_day_dates(TODAY, "letter").receipt_on


def test_dispatch_is_refused_for_a_future_date_or_an_unprinted_letter(db: Database) -> None:
    letter = _letter(db, status=CommunicationStatus.PREPARED)
    with pytest.raises(UserError) as future:
        mark_dispatched(db, letter, dispatched_on=date(2026, 12, 17), clock=clock)
    assert future.value.code == "run.dispatch_in_future"
    with pytest.raises(UserError) as unprinted:
        mark_dispatched(db, letter, clock=clock)
    assert unprinted.value.code == "run.bad_move"
    assert _count(db, FourteenDayLetter) == 0


def test_a_generated_ordinary_letter_can_be_marked_dispatched_on_an_earlier_day(
    db: Database,
) -> None:
    letter = _letter(db, fourteen_day_letter=False, status=CommunicationStatus.GENERATED)
    mark_dispatched(db, letter, dispatched_on=date(2026, 12, 15), clock=clock)
    with db.read() as session:
        row = session.get_one(Communication, letter)
        assert (row.status, row.went_out_on) == (CommunicationStatus.DISPATCHED, date(2026, 12, 15))
    assert _count(db, FourteenDayLetter) == 0
