"""Small builders for engine inputs: one consumer policy (id 1), one business policy (id 2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from debtordesk.domain.dunning.defaults import business_policy, consumer_policy
from debtordesk.domain.dunning.engine import compute_queue
from debtordesk.domain.dunning.model import (
    CustomerInput,
    CustomerQueueRow,
    DunningInput,
    InvoiceInput,
    PastStep,
    ProposedAction,
)
from debtordesk.domain.enums import CustomerType

CONSUMER = consumer_policy(1)
BUSINESS = business_policy(2)
DEFAULTS = {CustomerType.CONSUMER: 1, CustomerType.BUSINESS: 2}


def customer(customer_id: int = 1, **changes: Any) -> CustomerInput:
    base = CustomerInput(
        id=customer_id,
        number=f"C{customer_id}",
        customer_type=CustomerType.CONSUMER,
        has_mobile=True,
        has_email=True,
        has_address=True,
    )
    return replace(base, **changes)


def business(customer_id: int = 1, **changes: Any) -> CustomerInput:
    return customer(customer_id, customer_type=CustomerType.BUSINESS, **changes)


def invoice(
    invoice_id: int,
    due: date,
    amount: str = "100.00",
    *,
    customer_id: int = 1,
    **changes: Any,
) -> InvoiceInput:
    value = Decimal(amount)
    base = InvoiceInput(
        id=invoice_id,
        customer_id=customer_id,
        number=f"F{invoice_id}",
        due_date=due,
        amount=value,
        open_amount=value,
    )
    return replace(base, **changes)


def overdue(
    invoice_id: int, today: date, days: int, amount: str = "100.00", **changes: Any
) -> InvoiceInput:
    return invoice(invoice_id, today - timedelta(days=days), amount, **changes)


def data(today: date, customers: Any, invoices: Any, **changes: Any) -> DunningInput:
    base = DunningInput(
        today=today,
        policies=(CONSUMER, BUSINESS),
        segments=(),
        default_policy_ids=DEFAULTS,
        customers=tuple(customers),
        invoices=tuple(invoices),
    )
    return replace(base, **changes)


def rows(today: date, customers: Any, invoices: Any, **changes: Any) -> dict[int, CustomerQueueRow]:
    return {
        row.customer_id: row for row in compute_queue(data(today, customers, invoices, **changes))
    }


def one_row(today: date, customers: Any, invoices: Any, **changes: Any) -> CustomerQueueRow:
    found = rows(today, customers, invoices, **changes)
    assert len(found) == 1, found
    return next(iter(found.values()))


def action_of(today: date, customers: Any, invoices: Any, **changes: Any) -> ProposedAction:
    row = one_row(today, customers, invoices, **changes)
    assert row.action is not None, row.blocked
    return row.action


def taken(
    action: ProposedAction, *, went_out_on: date | None = None, planned_on: date | None = None
) -> tuple[PastStep, ...]:
    """The past steps a run of this action records (one per channel)."""
    return tuple(
        PastStep(
            customer_id=action.customer_id,
            policy_id=action.policy_id,
            step_key=action.step_key,
            invoice_ids=frozenset(action.invoice_ids),
            channel=decision.channel,
            planned_on=planned_on or action.due_on,
            went_out_on=went_out_on,
        )
        for decision in action.channels
        if decision.channel is not None
    )
