"""A customer's charges (collection costs, interest, business fees): listed, and waived with a reason.

Charges live beside the ledger: the bookkeeping export only knows the principal. When a customer pays
the principal and not the costs or interest, the invoices leave the ledger but the charges stay open;
the queue keeps the customer with "the invoices are paid, but … is still open" (see
:func:`debtordesk.domain.dunning.engine._why_nothing`) so they are never lost without anyone deciding.
The clerk asks for them, hands them over, or waives them here: each waiver names its reason (social
collection needs the record), is audited, and goes on the customer's timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from debtordesk.db.models import Charge, Customer, Invoice
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import ChargeKind, ChargeStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.money import ZERO
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for

#: the longest waiver reason kept
MAX_REASON = 500


@dataclass(frozen=True)
class ChargeRecord:
    id: int
    kind: ChargeKind
    amount: Decimal
    status: ChargeStatus
    invoice_number: str | None
    created_at: datetime
    waived_reason: str | None


@dataclass(frozen=True)
class WaivedCharges:
    customer_number: str
    charges: tuple[ChargeRecord, ...]

    @property
    def total(self) -> Decimal:
        return sum((charge.amount for charge in self.charges), ZERO)


def list_charges(
    db: Database, customer_id: int, *, include_closed: bool = False
) -> tuple[ChargeRecord, ...]:
    """The customer's open charges (with ``include_closed`` also the paid and waived ones), oldest
    first."""
    with db.read() as session:
        query = (
            select(Charge, Invoice.number)
            .outerjoin(Invoice, Invoice.id == Charge.invoice_id)
            .where(Charge.customer_id == customer_id)
            .order_by(Charge.created_at, Charge.id)
        )
        if not include_closed:
            query = query.where(Charge.status == ChargeStatus.OPEN)
        return tuple(_record(charge, number) for charge, number in session.execute(query))


def waive_charges(
    db: Database,
    customer_id: int,
    *,
    reason: str,
    charge_ids: list[int] | None = None,
    user_login: str | None = None,
) -> WaivedCharges:
    """Waive the customer's open charges (all of them, or those of ``charge_ids``) with the reason.
    Refused when the reason is empty, when a charge named is not the customer's open charge, or when
    nothing is open; nothing is written then."""
    return _close_charges(
        db,
        customer_id,
        status=ChargeStatus.WAIVED,
        text=reason,
        charge_ids=charge_ids,
        user_login=user_login,
    )


def mark_charges_paid(
    db: Database,
    customer_id: int,
    *,
    note: str = "",
    charge_ids: list[int] | None = None,
    user_login: str | None = None,
) -> WaivedCharges:
    """Mark the customer's open charges (all, or those of ``charge_ids``) paid: they came in with the
    invoices (a bank transfer of the whole amount the letter asked), which the ledger does not show
    apart. The note (optional) goes on the timeline. Refused as :func:`waive_charges` is."""
    return _close_charges(
        db,
        customer_id,
        status=ChargeStatus.PAID,
        text=note,
        charge_ids=charge_ids,
        user_login=user_login,
    )


def _close_charges(
    db: Database,
    customer_id: int,
    *,
    status: ChargeStatus,
    text: str,
    charge_ids: list[int] | None,
    user_login: str | None,
) -> WaivedCharges:
    text = " ".join(text.split())
    waiving = status is ChargeStatus.WAIVED
    if waiving and not text:
        raise UserError("charges.reason_needed")
    if len(text) > MAX_REASON:
        raise UserError("charges.reason_too_long", limit=MAX_REASON)
    now = utcnow()
    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise UserError("charges.unknown_customer", customer=str(customer_id))
        query = (
            select(Charge, Invoice.number)
            .outerjoin(Invoice, Invoice.id == Charge.invoice_id)
            .where(Charge.customer_id == customer_id, Charge.status == ChargeStatus.OPEN)
            .order_by(Charge.created_at, Charge.id)
            .with_for_update(of=Charge)
        )
        found = session.execute(query).all()
        if charge_ids is not None:
            wanted = set(charge_ids)
            found = [row for row in found if row[0].id in wanted]
            missing = wanted - {row[0].id for row in found}
            if missing:
                raise UserError(
                    "charges.not_open",
                    count=len(missing),
                    charges=", ".join(str(charge_id) for charge_id in sorted(missing)),
                    customer=customer.number,
                )
        if not found:
            raise UserError("charges.nothing_open", customer=customer.number)
        user_id = user_id_for(session, user_login)
        total = ZERO
        for charge, _ in found:
            charge.status = status
            if waiving:
                charge.waived_reason = text
            total += charge.amount
            record_audit(
                session,
                user_id=user_id,
                administration_id=customer.administration_id,
                entity="charge",
                entity_id=charge.id,
                action="waived" if waiving else "paid",
                details={
                    "reason" if waiving else "note": text,
                    "amount": str(charge.amount),
                    "kind": charge.kind.value,
                    "invoice_id": charge.invoice_id,
                },
            )
        add_customer_event(
            session,
            customer_id=customer_id,
            kind="dunning",
            code="event.followup.costs_waived" if waiving else "event.charges.marked_paid",
            params={"costs": str(total), "reason": text},
            user_id=user_id,
            at=now,
        )
        session.flush()
        return WaivedCharges(
            customer_number=customer.number,
            charges=tuple(_record(charge, number) for charge, number in found),
        )


def _record(charge: Charge, invoice_number: str | None) -> ChargeRecord:
    return ChargeRecord(
        id=charge.id,
        kind=charge.kind,
        amount=charge.amount,
        status=charge.status,
        invoice_number=invoice_number,
        created_at=charge.created_at,
        waived_reason=charge.waived_reason,
    )
