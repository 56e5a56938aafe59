"""A customer's communications (planned, prepared, sent…) as plain rows, newest first, for the GUI's
detail panels and the tests that check what a run recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from debtordesk.db.models import Communication, CommunicationInvoice
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.services.database import Database


@dataclass(frozen=True)
class CommunicationInfo:
    id: int
    customer_id: int
    step_key: str
    step_name: str
    channel: ActionChannel
    #: the step's own channel when a fallback was used
    requested_channel: ActionChannel | None
    status: CommunicationStatus
    planned_for: date
    payment_reference: str | None
    open_amount: Decimal
    costs: Decimal
    invoice_numbers: tuple[str, ...]


def list_communications(db: Database, customer_id: int) -> list[CommunicationInfo]:
    """Every communication of the customer, newest first."""
    with db.read() as session:
        rows = session.execute(
            select(
                Communication.id,
                Communication.customer_id,
                Communication.step_key,
                Communication.step_name,
                Communication.channel,
                Communication.requested_channel,
                Communication.status,
                Communication.planned_for,
                Communication.payment_reference,
                Communication.open_amount,
                Communication.costs,
            )
            .where(Communication.customer_id == customer_id)
            .order_by(Communication.planned_at.desc(), Communication.id.desc())
        ).all()
        numbers: dict[int, list[str]] = {row.id: [] for row in rows}
        for communication_id, number in session.execute(
            select(CommunicationInvoice.communication_id, CommunicationInvoice.invoice_number)
            .where(CommunicationInvoice.communication_id.in_(list(numbers)))
            .order_by(CommunicationInvoice.id)
        ):
            numbers[communication_id].append(number)
    return [CommunicationInfo(*row, invoice_numbers=tuple(numbers[row.id])) for row in rows]
