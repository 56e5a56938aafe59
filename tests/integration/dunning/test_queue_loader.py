"""The queue's input, loaded from the database in set-based queries: what goes in, what stays out."""

from __future__ import annotations

import gc
from dataclasses import FrozenInstanceError, dataclass, fields, replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from debtordesk.db.models import (
    Charge,
    Communication,
    CustomerTag,
    DunningPolicy,
    FourteenDayLetter,
    Hold,
    ImportBatch,
    TriggerEventRow,
)
from debtordesk.db.models import (
    InterestRate as InterestRateRow,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChannelChoice,
    ChargeKind,
    ChargeStatus,
    CommunicationStatus,
    DunningStatus,
    HoldReason,
    InvoiceInput,
    OffsetBase,
    Step,
    Trigger,
)
from debtordesk.domain.enums import (
    BatchStatus,
    Channel,
    CustomerType,
    ImportKind,
    InvoiceStatus,
    PaymentMethod,
    SnapshotMode,
)
from debtordesk.domain.legal import DEFAULT_INTEREST_RATES
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services.administrations import create_administration
from debtordesk.services.database import Database
from debtordesk.services.dunning_queue import (
    QueueEntry,
    collector_paused,
    compute_queue_for,
    fast_constructor,
    first_customers,
    load_dunning_input,
    load_queue,
    prepare_administration,
    stale_import_warnings,
)
from debtordesk.services.policies import save_policy
from tests.integration.dunning.factory import add_communication
from tests.integration.views.factory import add_customer, add_invoice

TODAY = date(2026, 12, 16)  # a Wednesday


def _fill(db: Database) -> dict[str, int]:
    ids: dict[str, int] = {}
    with db.write() as session:
        ids["jan"] = add_customer(
            session,
            "K1",
            "Jan Jansen",
            mobile="+31612345678",
            email="jan@example.nl",
            address_line1="Dorpsstraat 1",
            postcode="1234 AB",
            city="Ede",
            preferred_channel=Channel.SMS,
            preferred_payment_day=25,
            mandate_reference="M-1",
            segment="vip",
            email_consent=True,
            opt_out_call=True,
        )
        session.add(CustomerTag(customer_id=ids["jan"], tag="risk"))
        ids["bv"] = add_customer(
            session,
            "K2",
            "Bakker BV",
            customer_type=CustomerType.BUSINESS,
            landline="+31201234567",
            dunning_status=DunningStatus.HANDED_OVER,
        )
        ids["paid_up"] = add_customer(session, "K3", "Piet Paid")
        ids["f1"] = add_invoice(
            session,
            ids["jan"],
            "F1",
            date(2026, 11, 1),
            "100.00",
            "60.50",
            invoice_date=date(2026, 10, 18),
            payment_method=PaymentMethod.DIRECT_DEBIT,
            storno_date=date(2026, 11, 5),
        )
        ids["credit"] = add_invoice(session, ids["jan"], "C1", date(2026, 11, 2), "-20.00")
        ids["f2"] = add_invoice(session, ids["bv"], "F2", date(2026, 12, 1), "999.99")
        # history for the payment score: paid 10 and 0 days late, a storno 3 months ago
        add_invoice(
            session,
            ids["jan"],
            "H1",
            date(2026, 6, 1),
            "50.00",
            "0.00",
            status=InvoiceStatus.PAID,
            paid_date=date(2026, 6, 11),
        )
        add_invoice(
            session,
            ids["jan"],
            "H2",
            date(2026, 7, 1),
            "50.00",
            "0.00",
            status=InvoiceStatus.PAID,
            paid_date=date(2026, 6, 20),
            storno_date=date(2026, 9, 14),
        )
        add_invoice(
            session,
            ids["paid_up"],
            "H3",
            date(2026, 7, 1),
            "50.00",
            "0.00",
            status=InvoiceStatus.PAID,
            paid_date=date(2026, 7, 1),
        )
        session.add_all(
            [
                Hold(customer_id=ids["jan"], invoice_id=ids["f1"], reason=HoldReason.DISPUTE),
                Hold(
                    customer_id=ids["jan"],
                    reason=HoldReason.PAID_VIA_LINK,
                    until=TODAY,
                    note="paid Saturday",
                ),
                # ended yesterday, and lifted: neither is loaded
                Hold(customer_id=ids["jan"], reason=HoldReason.MANUAL, until=date(2026, 12, 15)),
                Hold(
                    customer_id=ids["jan"],
                    reason=HoldReason.MANUAL,
                    lifted_at=utcnow(),
                ),
                TriggerEventRow(
                    customer_id=ids["jan"],
                    kind=Trigger.BROKEN_PROMISE,
                    occurred_on=date(2026, 12, 10),
                    invoice_ids=[ids["f1"]],
                    amount=Decimal("25.00"),
                    source="promise",
                ),
                TriggerEventRow(  # not yet happened on TODAY
                    customer_id=ids["jan"],
                    kind=Trigger.INSTALMENT_DUE,
                    occurred_on=date(2026, 12, 20),
                ),
                Charge(
                    customer_id=ids["bv"],
                    invoice_id=ids["f2"],
                    kind=ChargeKind.COSTS,
                    amount=Decimal("149.99"),
                    status=ChargeStatus.OPEN,
                ),
            ]
        )
        taken = add_communication(
            session,
            ids["jan"],
            [ids["f1"], ids["credit"]],
            step_key="reminder_1",
            channel=ActionChannel.LETTER,
            status=CommunicationStatus.DISPATCHED,
            planned_for=date(2026, 11, 8),
            went_out_on=date(2026, 11, 9),
            policy_id=None,
        )
        ids["taken"] = taken
        add_communication(
            session,
            ids["jan"],
            [ids["f1"]],
            step_key="reminder_2",
            status=CommunicationStatus.CANCELLED,
        )
        session.add(
            FourteenDayLetter(
                customer_id=ids["jan"],
                communication_id=taken,
                channel=ActionChannel.LETTER,
                dispatched_on=date(2026, 11, 9),
                receipt_on=date(2026, 11, 13),
                term_ends_on=date(2026, 11, 27),
                costs_from=date(2026, 11, 28),
                costs_amount=Decimal("40.00"),
            )
        )
    return ids


def test_the_loader_reads_what_the_engine_needs(db: Database) -> None:
    prepare_administration(db, 1)
    ids = _fill(db)
    with db.write() as session:  # the past step needs a policy to count
        consumer = session.scalars(
            select(DunningPolicy.id).where(DunningPolicy.is_default_for == CustomerType.CONSUMER)
        ).one()
        session.get_one(Communication, ids["taken"]).policy_id = consumer
    with db.read() as session:
        data = load_dunning_input(session, 1, TODAY)
    assert data.today == TODAY
    assert {p.name for p in data.policies} == {"Consumer (NL)", "Business (NL)"}
    assert data.default_policy_ids[CustomerType.CONSUMER] == consumer
    # customers with something open; K3 has only paid invoices
    assert [c.number for c in data.customers] == ["K1", "K2"]
    jan, bv = data.customers
    assert (jan.has_mobile, jan.has_email, jan.has_address) == (True, True, True)
    assert (jan.email_consent, jan.opt_out_call, jan.mandate_valid) == (True, True, True)
    assert (jan.preferred_channel, jan.preferred_payment_day, jan.segment) == (
        Channel.SMS,
        25,
        "vip",
    )
    assert jan.tags == frozenset({"risk"})
    assert jan.score.invoices_paid == 2
    assert jan.score.average_days_late == Decimal("5.00")
    assert jan.score.stornos_12_months == 2  # H2's and F1's
    assert (bv.customer_type, bv.status, bv.has_mobile, bv.has_address) == (
        CustomerType.BUSINESS,
        DunningStatus.HANDED_OVER,
        False,
        False,
    )
    # open invoices only, money exact
    by_number = {invoice.number: invoice for invoice in data.invoices}
    assert set(by_number) == {"F1", "C1", "F2"}
    f1 = by_number["F1"]
    assert (f1.amount, f1.open_amount, f1.storno_date, f1.payment_method) == (
        Decimal("100.00"),
        Decimal("60.50"),
        date(2026, 11, 5),
        PaymentMethod.DIRECT_DEBIT,
    )
    assert str(by_number["C1"].open_amount) == "-20.00"
    # active holds only
    assert sorted((h.reason, h.invoice_id) for h in data.holds) == [
        (HoldReason.DISPUTE, ids["f1"]),
        (HoldReason.PAID_VIA_LINK, None),
    ]
    # the dispatched letter is a past step (cancelled ones are not), with its open invoices
    assert len(data.past_steps) == 1
    step = data.past_steps[0]
    assert (step.step_key, step.went_out_on, step.invoice_ids) == (
        "reminder_1",
        date(2026, 11, 9),
        frozenset({ids["f1"], ids["credit"]}),
    )
    assert [(t.trigger, t.on, t.amount) for t in data.triggers] == [
        (Trigger.BROKEN_PROMISE, date(2026, 12, 10), Decimal("25.00"))
    ]
    (letter,) = data.fourteen_day_letters
    assert (letter.costs_from, letter.costs_amount, letter.invoice_ids) == (
        date(2026, 11, 28),
        Decimal("40.00"),
        frozenset({ids["f1"], ids["credit"]}),
    )
    assert [(c.kind, c.amount, c.invoice_id) for c in data.charges] == [
        (ChargeKind.COSTS, Decimal("149.99"), ids["f2"])
    ]
    assert data.interest_rates[0].valid_from == DEFAULT_INTEREST_RATES[0].valid_from


def test_another_administrations_rows_stay_out(db: Database) -> None:
    _fill(db)
    other = create_administration(db, code="NOORD", name="Noord")
    prepare_administration(db, other.id)
    with db.read() as session:
        data = load_dunning_input(session, other.id, TODAY)
    for rows in (data.customers, data.invoices, data.holds, data.charges, data.triggers):
        assert rows == ()
    assert data.past_steps == ()
    assert data.fourteen_day_letters == ()
    assert len(data.policies) == 2


def test_the_number_of_queries_does_not_grow_with_the_customers(db: Database) -> None:
    prepare_administration(db, 1)
    counts = []
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    for size in (2, 40):
        with db.write() as session:
            for n in range(size):
                customer = add_customer(session, f"X{size}-{n}", f"Klant {n}")
                add_invoice(session, customer, f"X{size}-{n}", date(2026, 11, 1), "10.00")
                session.add(Hold(customer_id=customer, reason=HoldReason.MANUAL))
        statements.clear()
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            with db.read() as session:
                loaded = load_queue(session, 1, TODAY)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        counts.append(len(statements))
        assert len(loaded.contacts) >= size
    assert counts[0] == counts[1]
    assert counts[0] <= 15


def test_an_import_older_than_one_business_day_is_warned_about(db: Database) -> None:
    def batch(source: str, export_date: date, status: BatchStatus = BatchStatus.COMMITTED) -> None:
        with db.write() as session:
            session.add(
                ImportBatch(
                    administration_id=1,
                    kind=ImportKind.OPEN_ITEMS,
                    source=source,
                    mode=SnapshotMode.FULL,
                    file_name="x.csv",
                    file_sha256="0" * 64,
                    file_size=1,
                    export_date=export_date,
                    status=status,
                )
            )

    monday = date(2026, 12, 14)
    batch("Exact", date(2026, 12, 10))  # Thursday
    batch("Exact", date(2026, 12, 11))  # Friday: the newest of Exact
    batch("AFAS", date(2026, 12, 9))  # Wednesday
    batch("Twinfield", date(2026, 12, 14), BatchStatus.UNDONE)
    with db.read() as session:
        assert stale_import_warnings(session, 1, monday) == (
            # Friday is one business day before Monday: fine; Wednesday is three
            Message(
                "queue.stale_import",
                {"source": "AFAS", "export_date": date(2026, 12, 9), "days": 3},
            ),
        )
        later = stale_import_warnings(session, 1, date(2026, 12, 15))
    assert [w.params["source"] for w in later] == ["AFAS", "Exact"]


def test_the_queue_for_a_date_names_customers_invoices_and_policies(db: Database) -> None:
    with db.write() as session:
        jan = add_customer(
            session,
            "K1",
            "Jan Jansen",
            email="jan@example.nl",
            mobile="+31612345678",
            address_line1="Dorpsstraat 1",
            postcode="1234 AB",
            city="Ede",
        )
        add_invoice(session, jan, "F1", date(2026, 12, 1), "100.00")  # 15 days overdue
        add_invoice(session, jan, "F2", date(2026, 12, 5), "50.00")  # 11 days overdue
        held = add_customer(session, "K2", "Held", email="held@example.nl")
        add_invoice(session, held, "F3", date(2026, 12, 1), "80.00")
        session.add(Hold(customer_id=held, reason=HoldReason.MANUAL))
    result = compute_queue_for(db, 1, TODAY)
    assert result.today == TODAY
    assert [entry.contact.number for entry in result.entries] == ["K1", "K2"]
    (entry,) = result.actions
    assert entry.contact.name == "Jan Jansen"
    assert entry.contact.city == "Ede"
    assert entry.policy_name == "Consumer (NL)"
    assert entry.row.action is not None
    assert sorted(entry.invoice_numbers) == ["F1", "F2"]
    assert entry.row.action.open_amount == Decimal("150.00")
    # the numbers are looked up when first read; the entry is the one built with them
    assert entry == QueueEntry(entry.row, entry.contact, entry.policy_name, entry.invoice_numbers)
    blocked = result.entries[1]
    assert blocked.row.action is None and blocked.row.blocked is not None
    assert blocked.invoice_numbers == ()
    assert result.totals.actions == 1
    assert result.totals.customers == 2
    assert result.totals.open_amount == Decimal("230.00")
    # the shipped business policy shows statutory interest, and the shipped table ends in 2025
    assert [w.code for w in result.warnings] == ["interest.table_outdated"]


def test_instalments_due_soon_are_loaded_when_a_step_asks_ahead(db: Database) -> None:
    prepare_administration(db, 1)
    ids = _fill(db)  # an instalment of K1 falls due on 20 December, four days after TODAY
    with db.write() as session:
        session.add_all(
            [
                TriggerEventRow(  # too far ahead for any step
                    customer_id=ids["jan"],
                    kind=Trigger.INSTALMENT_DUE,
                    occurred_on=date(2026, 12, 22),
                    source="arrangement",
                ),
                TriggerEventRow(  # a broken promise is only known once it happened
                    customer_id=ids["jan"],
                    kind=Trigger.BROKEN_PROMISE,
                    occurred_on=date(2026, 12, 17),
                    source="promise",
                ),
            ]
        )
    with db.read() as session:
        data = load_dunning_input(session, 1, TODAY)
    # the shipped policies have no instalment step: nothing ahead is read
    assert [t.on for t in data.triggers] == [date(2026, 12, 10)]
    consumer = next(p for p in data.policies if p.name == "Consumer (NL)")
    ahead = Step(
        key="instalment",
        name="Instalment request",
        offset_days=-5,
        offset_from=OffsetBase.TRIGGER,
        trigger=Trigger.INSTALMENT_DUE,
        channels=(ChannelChoice(ActionChannel.SMS, (ActionChannel.EMAIL,)),),
    )
    save_policy(db, 1, replace(consumer, steps=(*consumer.steps, ahead)))
    with db.read() as session:
        data = load_dunning_input(session, 1, TODAY)
    # five days ahead: the instalment of 20 December, not the one of 22 December
    assert sorted((t.on, t.trigger) for t in data.triggers) == [
        (date(2026, 12, 10), Trigger.BROKEN_PROMISE),
        (date(2026, 12, 20), Trigger.INSTALMENT_DUE),
    ]


@dataclass(frozen=True)
class _Plain:
    """A plain frozen dataclass with an invoice's fields: what fast_constructor is for (the loader's
    InvoiceInput has slots now and is built by domain.construct.slotted_constructor)."""

    id: int
    customer_id: int
    number: str
    due_date: date
    amount: Decimal
    open_amount: Decimal
    invoice_date: date | None = None
    payment_method: PaymentMethod = PaymentMethod.MANUAL
    storno_date: date | None = None


def test_the_loaders_fast_constructor_builds_what_the_class_builds() -> None:
    values: tuple[object, ...] = (7, 3, "F7", date(2026, 12, 1), Decimal("10.00"), Decimal("2.50"))
    values += (None, PaymentMethod.DIRECT_DEBIT, date(2026, 12, 4))
    built = fast_constructor(_Plain)(*values)
    assert built == _Plain(*values) and type(built) is _Plain  # type: ignore[arg-type]
    assert hash(built) == hash(_Plain(*values))  # type: ignore[arg-type]
    with pytest.raises(FrozenInstanceError):
        built.open_amount = Decimal(0)  # type: ignore[misc]
    with pytest.raises(TypeError, match="storno_date"):  # every field must be given
        fast_constructor(_Plain)(*values[:-1])
    with pytest.raises(TypeError):  # and no more than the fields
        fast_constructor(_Plain)(*values, None)
    named = dict(zip([f.name for f in fields(_Plain)], values, strict=True))
    assert fast_constructor(_Plain)(**named) == built
    # the instance's attributes are exactly the class's fields, in field order
    assert list(vars(built)) == [f.name for f in fields(_Plain)]
    with pytest.raises(TypeError):  # a __post_init__ would be skipped
        fast_constructor(Message)
    with pytest.raises(TypeError):  # slots: no dict to fill (see domain.construct)
        fast_constructor(InvoiceInput)


def test_the_collector_is_paused_while_loading_and_resumes_as_it_was() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested (the loader inside compute_queue_for)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left off when it was off
    finally:
        gc.enable()


class _Node:
    """A plain object that can hold a reference to another (for a reference cycle)."""

    other: object = None


def _in_generation(obj: object, generation: int) -> bool:
    return any(candidate is obj for candidate in gc.get_objects(generation=generation))


def test_objects_made_while_paused_skip_the_young_collection_and_cycles_are_still_freed() -> None:
    import weakref

    with collector_paused():
        kept = _Node()
        first, second = _Node(), _Node()
        first.other, second.other = second, first  # a cycle only the collector can free
        gone = weakref.ref(first)
        del first, second
    # not left among the young objects the next allocation's collection would walk
    assert not _in_generation(kept, 0) and _in_generation(kept, 2)
    assert gc.get_freeze_count() == 0
    assert gone() is not None
    gc.collect()
    assert gone() is None


def test_objects_someone_froze_stay_frozen_after_the_pause() -> None:
    gc.collect()
    frozen = _Node()
    gc.freeze()
    try:
        count = gc.get_freeze_count()
        with collector_paused():
            made = _Node()
        assert gc.isenabled() and gc.get_freeze_count() == count
        assert _in_generation(made, 0)  # the plain way: a young object
        assert not _in_generation(frozen, 2)
    finally:
        gc.unfreeze()


def test_the_queue_of_some_customers_has_their_rows_as_the_whole_queue_has_them(
    db: Database,
) -> None:
    prepare_administration(db, 1)
    ids = _fill(db)
    with db.write() as session:
        consumer = session.scalars(
            select(DunningPolicy.id).where(DunningPolicy.is_default_for == CustomerType.CONSUMER)
        ).one()
        session.get_one(Communication, ids["taken"]).policy_id = consumer
        # more customers around them, each with an overdue invoice
        for n in range(4, 10):
            customer = add_customer(session, f"K{n}", f"Klant {n}", mobile=f"+3161234560{n}")
            add_invoice(session, customer, f"F{n}", date(2026, 11, n), f"{n}0.00")
    whole = compute_queue_for(db, 1, TODAY)
    wanted = [ids["jan"], ids["bv"]]
    with db.read() as session:
        some = load_queue(session, 1, TODAY, only=wanted)
    # everything of these customers, nothing of the others
    assert [c.id for c in some.data.customers] == wanted
    assert {i.customer_id for i in some.data.invoices} == set(wanted)
    assert len(some.data.holds) == 2 and len(some.data.past_steps) == 1
    assert len(some.data.triggers) == 1 and len(some.data.charges) == 1
    assert len(some.data.fourteen_day_letters) == 1
    part = compute_queue_for(db, 1, TODAY, only=wanted)
    by_customer = {entry.customer_id: entry for entry in whole.entries}
    assert [entry.customer_id for entry in part.entries] == wanted
    for entry in part.entries:
        assert entry == by_customer[entry.customer_id]
        assert entry.invoice_numbers == by_customer[entry.customer_id].invoice_numbers
    assert part.totals.customers == 2 < whole.totals.customers
    # no customers: an empty queue, not the whole one
    assert compute_queue_for(db, 1, TODAY, only=[]).entries == ()


def test_a_large_queue_starts_with_the_customers_longest_overdue(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepare_administration(db, 1)
    with db.write() as session:
        customers = {
            n: add_customer(session, f"K{n}", f"Klant {n}", mobile=f"+3161234560{n}")
            for n in range(1, 8)
        }
        # K3's oldest overdue invoice is the oldest of all, then K5, K1; K2 is not overdue yet;
        # K4 has two invoices (listed once); K6 owes nothing overdue; K7 only a paid one
        add_invoice(session, customers[3], "F3", date(2026, 9, 1), "10.00")
        add_invoice(session, customers[5], "F5", date(2026, 9, 15), "10.00")
        add_invoice(session, customers[1], "F1", date(2026, 10, 1), "10.00")
        add_invoice(session, customers[4], "F4a", date(2026, 10, 20), "10.00")
        add_invoice(session, customers[4], "F4b", date(2026, 10, 21), "10.00")
        add_invoice(session, customers[2], "F2", date(2026, 12, 30), "10.00")
        add_invoice(
            session,
            customers[7],
            "F7",
            date(2026, 8, 1),
            "10.00",
            "0.00",
            status=InvoiceStatus.PAID,
            paid_date=date(2026, 8, 1),
        )
    # a small administration: the whole queue comes at once
    assert first_customers(db, 1, TODAY) is None
    monkeypatch.setattr("debtordesk.services.dunning_queue.FIRST_STEP_FROM", 3)
    assert first_customers(db, 1, TODAY, count=3) == [customers[3], customers[5], customers[1]]
    assert first_customers(db, 1, TODAY, count=6) == [
        customers[3],
        customers[5],
        customers[1],
        customers[4],
    ]


def test_the_queue_says_when_todays_interest_rate_is_not_confirmed(db: Database) -> None:
    """In the second half of 2025 the shipped table is current, but its row from 2025-07-01 is not
    confirmed: the interest in the queue rests on it, so the clerk is told (once the row is marked
    confirmed, nothing is said)."""
    with db.write() as session:
        jan = add_customer(session, "K1", "Jan Jansen", email="jan@example.nl")
        add_invoice(session, jan, "F1", date(2025, 11, 1), "100.00")
    result = compute_queue_for(db, 1, date(2025, 12, 1))
    (warning,) = [w for w in result.warnings if w.code.startswith("interest.")]
    assert warning.code == "interest.rate_unconfirmed"
    assert warning.params["valid_from"] == date(2025, 7, 1)
    assert "niet bevestigd" in render(warning, "nl") and "Juridisch en rente" in render(
        warning, "nl"
    )
    with db.write() as session:
        row = session.scalars(
            select(InterestRateRow).where(InterestRateRow.valid_from == date(2025, 7, 1))
        ).one()
        row.confirmed = True
    result = compute_queue_for(db, 1, date(2025, 12, 1))
    assert not [w for w in result.warnings if w.code.startswith("interest.")]
