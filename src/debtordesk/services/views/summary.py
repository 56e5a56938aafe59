"""The counts in the status bar: customers, invoices, open and overdue amounts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, case, func, select, type_coerce

from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.money import from_cents
from debtordesk.services.database import Database
from debtordesk.services.views.model import DatabaseCounts


def database_counts(db: Database, *, today: date) -> DatabaseCounts:
    """How much is in the database, for the status bar."""
    cents = type_coerce(Invoice.open_amount, BigInteger)
    overdue = Invoice.due_date < today
    with db.read() as session:
        customers = session.scalar(select(func.count()).select_from(Customer)) or 0
        invoices = session.scalar(select(func.count()).select_from(Invoice)) or 0
        totals = session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(cents), 0),
                func.coalesce(func.sum(case((overdue, 1), else_=0)), 0),
                func.coalesce(func.sum(case((overdue, cents), else_=0)), 0),
            ).where(Invoice.status == InvoiceStatus.OPEN)
        ).one()
    return DatabaseCounts(
        customers=int(customers),
        invoices=int(invoices),
        open_invoices=int(totals[0]),
        open_total=from_cents(int(totals[1])),
        overdue_invoices=int(totals[2]),
        overdue_total=from_cents(int(totals[3])),
    )
