"""Payment arrangements read back: one, a customer's, and the record with how the paid amount
divides over the included costs and the principal (art. 6:44 BW or principal first)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Arrangement,
    Communication,
)
from debtordesk.domain.arrangements import (
    CostsChoice,
)
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal_claims import allocate_payment
from debtordesk.domain.money import ZERO
from debtordesk.services.database import Database
from debtordesk.services.followup.types import (
    ArrangementRecord,
    TermView,
)
from debtordesk.services.letters_content import CONFIRMATION_STEP
from debtordesk.services.org_settings import load_org_settings
from debtordesk.settings.org import allocation_order


def get_arrangement(db: Database, arrangement_id: int) -> ArrangementRecord:
    with db.read() as session:
        arrangement = session.get(Arrangement, arrangement_id)
        if arrangement is None:
            raise UserError("arrangement.missing", arrangement=arrangement_id)
        return arrangement_record(session, arrangement)


def list_arrangements(db: Database, customer_id: int) -> tuple[ArrangementRecord, ...]:
    """The customer's arrangements, newest first."""
    with db.read() as session:
        rows = session.scalars(
            select(Arrangement)
            .where(Arrangement.customer_id == customer_id)
            .order_by(Arrangement.created_at.desc(), Arrangement.id.desc())
        ).all()
        return tuple(arrangement_record(session, row) for row in rows)


def arrangement_record(session: Session, arrangement: Arrangement) -> ArrangementRecord:
    order = allocation_order(load_org_settings(session, arrangement.administration_id))
    included = (
        arrangement.costs_amount if arrangement.costs_choice is CostsChoice.INCLUDED else ZERO
    )
    split = allocate_payment(
        min(arrangement.paid, arrangement.total), included, ZERO, arrangement.principal, order
    )
    return ArrangementRecord(
        id=arrangement.id,
        customer_id=arrangement.customer_id,
        status=arrangement.status,
        total=arrangement.total,
        principal=arrangement.principal,
        costs_choice=arrangement.costs_choice,
        costs_amount=arrangement.costs_amount,
        costs_reason=arrangement.costs_reason,
        interval=arrangement.interval,
        interval_days=arrangement.interval_days,
        grace_days=arrangement.grace_days,
        made_on=arrangement.made_on,
        paid=arrangement.paid,
        judged_on=arrangement.judged_on,
        invoice_numbers=tuple(item.invoice_number for item in arrangement.invoices),
        terms=tuple(
            TermView(t.number, t.due_on, t.amount, t.paid, t.status)
            for t in sorted(arrangement.terms, key=lambda t: t.number)
        ),
        ended_on=arrangement.ended_on,
        broken_term=arrangement.broken_term,
        note=arrangement.note,
        version=arrangement.version,
        paid_split=split,
        confirmation_id=session.scalar(
            select(Communication.id)
            .where(
                Communication.arrangement_id == arrangement.id,
                Communication.step_key == CONFIRMATION_STEP,
            )
            .order_by(Communication.id)
            .limit(1)
        ),
    )
