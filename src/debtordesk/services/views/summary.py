"""The counts in the status bar: customers, invoices, open and overdue amounts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, case, func, select, type_coerce

from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.money import from_cents
from debtordesk.services.database import Database
from debtordesk.services.views.model import DatabaseCounts
from debtordesk.services.views.planner import unindexed


def database_counts(
    db: Database, *, today: date, administration_id: int | None = None
) -> DatabaseCounts:
    """How much is in the database (or in one administration of it), for the status bar."""
    cents = type_coerce(Invoice.open_amount, BigInteger)
    overdue = Invoice.due_date < today
    customers_of = select(func.count()).select_from(Customer)
    invoices_of = select(func.count()).select_from(Invoice)
    open_of = select(
        func.count(),
        func.coalesce(func.sum(cents), 0),
        func.coalesce(func.sum(case((overdue, 1), else_=0)), 0),
        func.coalesce(func.sum(case((overdue, cents), else_=0)), 0),
    ).where(Invoice.status == InvoiceStatus.OPEN)
    if administration_id is not None:
        customers_of = customers_of.where(Customer.administration_id == administration_id)
        invoices_of = invoices_of.where(Invoice.administration_id == administration_id)
        # most invoices are open: scanning them beats looking each up through the status index
        open_of = open_of.where(unindexed(Invoice.administration_id) == administration_id)
    with db.read() as session:
        customers = session.scalar(customers_of) or 0
        invoices = session.scalar(invoices_of) or 0
        totals = session.execute(open_of).one()
    return DatabaseCounts(
        customers=int(customers),
        invoices=int(invoices),
        open_invoices=int(totals[0]),
        open_total=from_cents(int(totals[1])),
        overdue_invoices=int(totals[2]),
        overdue_total=from_cents(int(totals[3])),
    )
