"""Dunning rows written straight into a test database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from debtordesk.db.models import Communication, CommunicationInvoice, Invoice
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus, Tone

ZERO = Decimal("0.00")


def add_communication(
    session: Session,
    customer_id: int,
    invoice_ids: Sequence[int],
    *,
    step_key: str = "reminder_1",
    channel: ActionChannel = ActionChannel.EMAIL,
    status: CommunicationStatus = CommunicationStatus.PLANNED,
    planned_for: date = date(2026, 1, 10),
    **values: Any,
) -> int:
    now = utcnow()
    amounts = ("open_amount", "overdue_amount", "costs", "interest", "fee", "costs_announced")
    row = Communication(
        administration_id=1,
        customer_id=customer_id,
        step_key=step_key,
        step_name=values.pop("step_name", step_key),
        channel=channel,
        status=status,
        planned_for=planned_for,
        planned_at=now,
        status_changed_at=now,
        tone=Tone.FORMAL,
        **{name: values.pop(name, ZERO) for name in amounts},
        **values,
    )
    for invoice_id in invoice_ids:
        invoice = session.get_one(Invoice, invoice_id)
        row.invoices.append(
            CommunicationInvoice(
                invoice_id=invoice_id,
                invoice_number=invoice.number,
                due_date=invoice.due_date,
                open_amount=invoice.open_amount,
            )
        )
    session.add(row)
    session.flush()
    return row.id
