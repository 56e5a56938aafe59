"""What the follow-up services share: looking up a customer and its invoices, holds and trigger events
written inside the caller's transaction (audited, on the timeline), the newest full snapshots, and the
"someone else changed it" answer to an optimistic-locking conflict."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.db.models import (
    Customer,
    Hold,
    ImportBatch,
    Invoice,
    LinkPayment,
    TriggerEventRow,
)
from debtordesk.domain.dunning.model import HoldReason, Trigger
from debtordesk.domain.enums import BatchStatus, ImportKind, InvoiceStatus, SnapshotMode
from debtordesk.domain.errors import UserError
from debtordesk.domain.money import ZERO
from debtordesk.domain.promises import Snapshot
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.holds import reason_words


@contextmanager
def changed_elsewhere() -> Iterator[None]:
    """Turn an optimistic-locking conflict into the clerk's message (nothing was saved)."""
    try:
        yield
    except StaleDataError as exc:
        raise UserError("followup.changed_elsewhere") from exc


def customer_row(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise UserError("views.customer_missing", customer_id=customer_id)
    return customer


@dataclass(frozen=True)
class InvoiceFacts:
    id: int
    number: str
    due_date: date
    open_amount: Decimal
    status: InvoiceStatus
    source: str


def open_invoices(session: Session, customer_id: int) -> list[InvoiceFacts]:
    """The customer's open invoices with something open (credit notes too), oldest due first."""
    rows = session.execute(
        select(
            Invoice.id,
            Invoice.number,
            Invoice.due_date,
            Invoice.open_amount,
            Invoice.status,
            Invoice.source,
        )
        .where(
            Invoice.customer_id == customer_id,
            Invoice.status == InvoiceStatus.OPEN,
            Invoice.open_amount != ZERO,
        )
        .order_by(Invoice.due_date, Invoice.number, Invoice.id)
    ).all()
    return [InvoiceFacts(*row) for row in rows]


def chosen_invoices(
    session: Session, customer_id: int, invoice_ids: Iterable[int] | None
) -> list[InvoiceFacts]:
    """The invoices a clerk chose, checked: the customer's own and open (refused otherwise); None:
    every open invoice of the customer."""
    available = open_invoices(session, customer_id)
    if invoice_ids is None:
        return available
    wanted = list(dict.fromkeys(invoice_ids))
    by_id = {item.id: item for item in available}
    for invoice_id in wanted:
        if invoice_id not in by_id:
            row = session.execute(
                select(Invoice.customer_id, Invoice.number).where(Invoice.id == invoice_id)
            ).first()
            if row is None or row.customer_id != customer_id:
                raise UserError("holds.invoice_not_of_customer", invoice_id=invoice_id)
            raise UserError("followup.invoice_not_open", invoice=row.number)
    return [by_id[invoice_id] for invoice_id in wanted]


def invoice_ids_for_numbers(
    session: Session, customer_id: int, numbers: Sequence[str]
) -> list[int]:
    """The customer's invoices by number (an instalment number names every line of it)."""
    found: list[int] = []
    for number in numbers:
        ids = list(
            session.scalars(
                select(Invoice.id)
                .where(Invoice.customer_id == customer_id, Invoice.number == number.strip())
                .order_by(Invoice.due_date, Invoice.id)
            )
        )
        if not ids:
            raise UserError("followup.unknown_invoice", invoice=number)
        found.extend(ids)
    return found


def invoice_states(
    session: Session, invoice_ids: Iterable[int]
) -> dict[int, tuple[Decimal, bool, str]]:
    """Per invoice: its open amount now (0 when closed as paid), whether it is closed as paid, and
    its import source. Invoices closed otherwise (written off, handed over) keep their amount."""
    states: dict[int, tuple[Decimal, bool, str]] = {}
    ids = sorted(set(invoice_ids))
    for start in range(0, len(ids), 500):
        for invoice_id, open_amount, status, source in session.execute(
            select(Invoice.id, Invoice.open_amount, Invoice.status, Invoice.source).where(
                Invoice.id.in_(ids[start : start + 500])
            )
        ):
            paid = status is InvoiceStatus.PAID
            states[invoice_id] = (ZERO if paid else open_amount, paid, source)
    return states


def add_hold_here(
    session: Session,
    *,
    customer: Customer,
    reason: HoldReason,
    user_id: int | None,
    at: datetime,
    invoice_id: int | None = None,
    invoice_number: str | None = None,
    until: date | None = None,
    note: str = "",
) -> Hold:
    """A hold written in the caller's transaction, audited and on the timeline like
    :func:`debtordesk.services.holds.add_hold`."""
    hold = Hold(
        customer_id=customer.id,
        invoice_id=invoice_id,
        reason=reason,
        until=until,
        note=note.strip(),
        created_at=at,
        created_by_id=user_id,
    )
    session.add(hold)
    session.flush()
    record_audit(
        session,
        user_id=user_id,
        administration_id=customer.administration_id,
        entity="hold",
        entity_id=hold.id,
        action="add",
        details={
            "customer_id": customer.id,
            "reason": reason.value,
            "invoice": invoice_number,
            "until": until.isoformat() if until else None,
            "note": hold.note,
        },
    )
    add_customer_event(
        session,
        customer_id=customer.id,
        kind="hold",
        code="event.hold.added_until" if until else "event.hold.added",
        params={
            **reason_words(reason),
            "until": until.isoformat() if until else None,
            "note": hold.note,
        },
        invoice_id=invoice_id,
        user_id=user_id,
        at=at,
    )
    return hold


def lift_hold_here(
    session: Session,
    hold_id: int | None,
    *,
    user_id: int | None,
    at: datetime,
    note: str = "",
) -> bool:
    """Lift the hold in the caller's transaction (audited, on the timeline); False when it is gone
    or lifted already."""
    if hold_id is None:
        return False
    hold = session.get(Hold, hold_id)
    if hold is None or hold.lifted_at is not None:
        return False
    hold.lifted_at = at
    hold.lifted_by_id = user_id
    administration_id = session.scalar(
        select(Customer.administration_id).where(Customer.id == hold.customer_id)
    )
    record_audit(
        session,
        user_id=user_id,
        administration_id=administration_id,
        entity="hold",
        entity_id=hold.id,
        action="lift",
        details={"reason": hold.reason.value, "invoice_id": hold.invoice_id, "note": note},
    )
    add_customer_event(
        session,
        customer_id=hold.customer_id,
        kind="hold",
        code="event.hold.lifted",
        params={**reason_words(hold.reason), "note": note},
        invoice_id=hold.invoice_id,
        user_id=user_id,
        at=at,
    )
    return True


def add_trigger(
    session: Session,
    *,
    customer_id: int,
    kind: Trigger,
    on: date,
    invoice_ids: Iterable[int],
    amount: Decimal | None,
    source: str,
    at: datetime,
) -> TriggerEventRow:
    """An event for the dunning engine's inbox."""
    row = TriggerEventRow(
        customer_id=customer_id,
        kind=kind,
        occurred_on=on,
        invoice_ids=sorted(set(invoice_ids)),
        amount=amount,
        source=source,
        created_at=at,
    )
    session.add(row)
    session.flush()
    return row


def newest_full_snapshots(session: Session, administration_id: int) -> dict[str, Snapshot]:
    """Per import source, the newest committed full open-items snapshot (the latest export date; the
    newest batch of that date)."""
    newest = (
        select(ImportBatch.source, func.max(ImportBatch.export_date).label("export_date"))
        .where(
            ImportBatch.administration_id == administration_id,
            ImportBatch.kind == ImportKind.OPEN_ITEMS,
            ImportBatch.mode == SnapshotMode.FULL,
            ImportBatch.status == BatchStatus.COMMITTED,
        )
        .group_by(ImportBatch.source)
        .subquery()
    )
    rows = session.execute(
        select(ImportBatch.source, func.max(ImportBatch.id), newest.c.export_date)
        .join(
            newest,
            and_(
                newest.c.source == ImportBatch.source,
                newest.c.export_date == ImportBatch.export_date,
            ),
        )
        .where(
            ImportBatch.administration_id == administration_id,
            ImportBatch.kind == ImportKind.OPEN_ITEMS,
            ImportBatch.mode == SnapshotMode.FULL,
            ImportBatch.status == BatchStatus.COMMITTED,
        )
        .group_by(ImportBatch.source, newest.c.export_date)
    ).all()
    return {source: Snapshot(batch_id, export_date) for source, batch_id, export_date in rows}


def snapshot_for(sources: Iterable[str], snapshots: dict[str, Snapshot]) -> Snapshot | None:
    """The snapshot that speaks for invoices of all these sources: the least recent of their newest
    ones (None when a source has none)."""
    chosen: Snapshot | None = None
    seen = False
    for source in set(sources):
        seen = True
        snapshot = snapshots.get(source)
        if snapshot is None:
            return None
        if chosen is None or snapshot.export_date < chosen.export_date:
            chosen = snapshot
    return chosen if seen else None


def link_paid_since(
    session: Session, customer_ids: Iterable[int]
) -> dict[int, list[tuple[datetime | None, frozenset[int], Decimal]]]:
    """The link payments of the customers (not flagged for refund): when, for which invoice ids,
    how much."""
    found: dict[int, list[tuple[datetime | None, frozenset[int], Decimal]]] = {}
    ids = sorted(set(customer_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for customer_id, paid_at, invoices, amount in session.execute(
            select(
                LinkPayment.customer_id,
                LinkPayment.paid_at,
                LinkPayment.invoices,
                LinkPayment.amount,
            ).where(LinkPayment.customer_id.in_(chunk), LinkPayment.refund_flag.is_(False))
        ):
            found.setdefault(customer_id, []).append((paid_at, _invoice_ids(invoices), amount))
    return found


def _invoice_ids(invoices: Any) -> frozenset[int]:
    ids: set[int] = set()
    for item in invoices or ():
        value = item.get("id") if isinstance(item, dict) else None
        if isinstance(value, int):
            ids.add(value)
    return frozenset(ids)


def link_paid_for(
    payments: Iterable[tuple[datetime | None, frozenset[int], Decimal]],
    invoice_ids: Iterable[int],
    since: datetime,
) -> Decimal:
    """What link payments since ``since`` paid towards these invoices."""
    wanted = set(invoice_ids)
    return sum(
        (
            amount
            for paid_at, ids, amount in payments
            if paid_at is not None and paid_at >= since and ids & wanted
        ),
        ZERO,
    )
