"""Properties of the engine over generated inputs: one row per customer with anything open or held,
runs are idempotent (a step taken for an invoice is never proposed for it again), and nothing fires twice
over a stretch of daily runs."""

from __future__ import annotations

import gc
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtordesk.domain.dunning.engine import _collection_costs, compute_queue
from debtordesk.domain.dunning.model import (
    CustomerInput,
    DunningInput,
    HoldInput,
    HoldReason,
    InvoiceInput,
    PastStep,
)
from debtordesk.domain.enums import CustomerType, PaymentMethod
from debtordesk.domain.legal_costs import collection_costs

from .builders import customer, data, invoice, taken

T = date(2026, 3, 16)

customers_st = st.builds(
    CustomerInput,
    id=st.integers(1, 6),
    number=st.just("C"),
    customer_type=st.sampled_from(CustomerType),
    has_mobile=st.booleans(),
    has_email=st.booleans(),
    has_address=st.booleans(),
    email_consent=st.booleans(),
    opt_out_sms=st.booleans(),
    preferred_payment_day=st.none() | st.integers(1, 31),
    mandate_valid=st.booleans(),
)
invoices_st = st.builds(
    InvoiceInput,
    id=st.integers(1, 40),
    customer_id=st.integers(1, 6),
    number=st.just("F"),
    due_date=st.integers(-90, 10).map(lambda days: T + timedelta(days=days)),
    amount=st.just(Decimal("1")),
    open_amount=st.decimals(Decimal("-50"), Decimal("500"), places=2),
    payment_method=st.sampled_from(PaymentMethod),
    storno_date=st.none() | st.integers(-60, 0).map(lambda days: T + timedelta(days=days)),
)
holds_st = st.builds(
    HoldInput,
    id=st.integers(1, 100),
    customer_id=st.integers(1, 6),
    reason=st.sampled_from(HoldReason),
    invoice_id=st.none() | st.integers(1, 40),
    until=st.none() | st.integers(-5, 5).map(lambda days: T + timedelta(days=days)),
)


def _unique(items: list, key: str) -> tuple:  # type: ignore[type-arg]
    seen: dict[int, object] = {}
    for item in items:
        seen.setdefault(getattr(item, key), item)
    return tuple(seen.values())


inputs = st.builds(
    lambda customers, invoices, holds: data(
        T, _unique(customers, "id"), _unique(invoices, "id"), holds=tuple(holds)
    ),
    st.lists(customers_st, min_size=1, max_size=6),
    st.lists(invoices_st, max_size=25),
    st.lists(holds_st, max_size=3),
)


def _step_taken(past: tuple[PastStep, ...]) -> set[tuple[int, str]]:
    return {(invoice_id, step.step_key) for step in past for invoice_id in step.invoice_ids}


@settings(max_examples=150, deadline=None)
@given(inputs)
def test_rows_and_idempotent_runs(dunning: DunningInput) -> None:
    first = compute_queue(dunning)
    assert compute_queue(dunning) == first  # deterministic
    ids = [row.customer_id for row in first]
    assert ids == sorted(set(ids))
    known = {customer.id for customer in dunning.customers}
    expected = {
        invoice.customer_id
        for invoice in dunning.invoices
        if invoice.open_amount and invoice.customer_id in known
    } | {
        hold.customer_id
        for hold in dunning.holds
        if hold.customer_id in known and (hold.until is None or hold.until >= T)
    }
    assert set(ids) == expected
    past: tuple[PastStep, ...] = ()
    for row in first:
        assert (row.action is None) != (row.blocked is None)
        if row.action is not None:
            assert row.action.channels, "an action always has a channel"
            assert row.action.due_on <= T
            past += taken(row.action, planned_on=T)
    again = compute_queue(DunningInput(**{**dunning.__dict__, "past_steps": past}))
    done = _step_taken(past)
    for row in again:
        if row.action is not None:
            credit_notes = {i.id for i in dunning.invoices if i.open_amount < 0}
            for invoice_id in set(row.action.invoice_ids) - credit_notes:
                assert (invoice_id, row.action.step_key) not in done


@settings(max_examples=40, deadline=None)
@given(inputs)
def test_daily_runs_never_repeat_a_step_for_an_invoice(dunning: DunningInput) -> None:
    past: tuple[PastStep, ...] = ()
    seen: set[tuple[int, str]] = set()
    credit_notes = {i.id for i in dunning.invoices if i.open_amount < 0}
    for offset in range(0, 70, 3):
        day = T + timedelta(days=offset)
        queue = compute_queue(
            DunningInput(**{**dunning.__dict__, "today": day, "past_steps": past})
        )
        for row in queue:
            if row.action is None:
                continue
            for invoice_id in set(row.action.invoice_ids) - credit_notes:
                key = (invoice_id, row.action.step_key)
                assert key not in seen
                seen.add(key)
            past += taken(row.action, planned_on=day, went_out_on=day)


def test_the_cycle_collector_is_left_as_it_was() -> None:
    assert gc.isenabled()
    compute_queue(data(T, [], []))
    assert gc.isenabled()
    gc.disable()
    try:
        compute_queue(data(T, [], []))
        assert not gc.isenabled()
    finally:
        gc.enable()


@settings(max_examples=300, deadline=None)
@given(
    principal=st.decimals(Decimal("-10"), Decimal("2600"), places=3)
    | st.decimals(Decimal("-10"), Decimal("300000"), places=3),
    vat_rate=st.none() | st.decimals(Decimal("0"), Decimal("0.30"), places=2),
)
def test_the_engines_collection_costs_equal_the_scale(
    principal: Decimal, vat_rate: Decimal | None
) -> None:
    # the engine's own calculation (a shortcut within the first band, band by band above it) gives
    # the scale's answer
    assert _collection_costs(principal, vat_rate) == collection_costs(principal, vat_rate=vat_rate)


@pytest.mark.parametrize(
    "principal",
    [
        "266.66",
        "266.67",
        "2500.00",
        "2500.01",
        "2500.005",
        "5000.00",
        "5000.01",
        "10000.00",
        "10000.01",
        "200000.00",
        "200000.01",
        "999999.99",
        "1000000.00",
        "1000000.01",
        "2500000",
    ],
)
@pytest.mark.parametrize("vat_rate", [None, Decimal("0.21")])
def test_the_engines_collection_costs_at_the_band_edges(
    principal: str, vat_rate: Decimal | None
) -> None:
    amount = Decimal(principal)
    assert _collection_costs(amount, vat_rate) == collection_costs(amount, vat_rate=vat_rate)


def test_the_queue_rows_are_not_left_for_a_young_collection_to_walk() -> None:
    assert gc.isenabled()
    customers = [customer(1), customer(2)]
    invoices = [
        invoice(1, T - timedelta(days=30)),
        invoice(2, T - timedelta(days=3), customer_id=2),
    ]
    rows = compute_queue(data(T, customers, invoices))
    assert len(rows) == 2 and rows[0].action is not None
    young = gc.get_objects(generation=0)
    oldest = gc.get_objects(generation=2)
    for made in (rows[0], rows[0].action, rows[1]):
        assert not any(obj is made for obj in young)
        assert any(obj is made for obj in oldest)
    assert gc.get_freeze_count() == 0
