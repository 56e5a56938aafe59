"""The demo's dunning set-up: the shipped policies and a few holds (a dispute, a customer who says they
paid, a payment via a link), so the queue shows real work, and real pauses, on first start."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy.orm import Session

from debtordesk.db.models import Hold
from debtordesk.db.types import utcnow
from debtordesk.domain.calendar import add_business_days
from debtordesk.domain.dunning.model import HoldReason
from debtordesk.services.holds import PAID_HOLD_BUSINESS_DAYS
from debtordesk.services.policies import ensure_default_policies

#: (reason, on one invoice, note) of the demo's holds, given to the first customers with an invoice
#: more than a week overdue
_HOLDS = (
    (HoldReason.DISPUTE, True, "Klant betwist de factuur: de dienst is niet geleverd."),
    (HoldReason.REPORTED_PAID, False, "Klant belde: zaterdag betaald via de bank."),
    (HoldReason.PAID_VIA_LINK, False, "Betaald via de betaallink van de herinnering."),
)


def write_demo_dunning(
    session: Session,
    *,
    administration_id: int,
    user_id: int,
    overdue: Sequence[tuple[int, int, date]],
    today: date,
) -> int:
    """The policies and the holds; ``overdue``: (customer id, invoice id, due date) of open invoices.
    Not audited apart: the demo's own audit entry covers it. Returns the number of holds."""
    ensure_default_policies(session, administration_id, user_id, audit=False)
    late = today - timedelta(days=7)
    chosen: dict[int, int] = {}
    for customer_id, invoice_id, due_date in overdue:
        if due_date < late and customer_id not in chosen:
            chosen[customer_id] = invoice_id
        if len(chosen) == len(_HOLDS):
            break
    now = utcnow()
    holds = [
        Hold(
            customer_id=customer_id,
            invoice_id=invoice_id if on_invoice else None,
            reason=reason,
            until=(
                None
                if reason is HoldReason.DISPUTE
                else add_business_days(today, PAID_HOLD_BUSINESS_DAYS)
            ),
            note=note,
            created_at=now,
            created_by_id=user_id,
        )
        for (customer_id, invoice_id), (reason, on_invoice, note) in zip(
            chosen.items(), _HOLDS, strict=False
        )
    ]
    session.add_all(holds)
    return len(holds)
