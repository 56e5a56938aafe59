"""Two administrations with customers and invoices that share numbers, written straight into a database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.text import search_key
from debtordesk.services.administrations import create_administration, list_administrations
from debtordesk.services.database import Database

TODAY = date(2026, 11, 20)


def customer(session: Session, administration_id: int, number: str, name: str) -> int:
    row = Customer(
        administration_id=administration_id,
        number=number,
        name=name,
        name_search=search_key(name),
    )
    session.add(row)
    session.flush()
    return row.id


def invoice(
    session: Session,
    administration_id: int,
    customer_id: int,
    number: str,
    due: date,
    amount: str,
    status: InvoiceStatus = InvoiceStatus.OPEN,
) -> int:
    row = Invoice(
        administration_id=administration_id,
        customer_id=customer_id,
        number=number,
        due_date=due,
        amount=Decimal(amount),
        open_amount=Decimal(amount) if status is InvoiceStatus.OPEN else Decimal("0.00"),
        status=status,
    )
    session.add(row)
    session.flush()
    return row.id


def two_administrations(db: Database) -> tuple[int, int]:
    """MAIN: three customers, four invoices (one paid); NOORD: two customers, two open invoices.

    Customer D001 and invoice F001 exist in both: numbers are unique per administration only.
    """
    create_administration(db, code="NOORD", name="Kinderopvang Noord B.V.")
    main, north = (item.id for item in list_administrations(db))
    with db.write() as session:
        ozer = customer(session, main, "D001", "Mehmet Özer")
        zoe = customer(session, main, "D002", "Zoë de Vries")
        bakker = customer(session, main, "D003", "Bakker")
        invoice(session, main, ozer, "F001", date(2026, 10, 1), "100.00")
        invoice(session, main, ozer, "F002", date(2026, 12, 1), "50.00")
        invoice(session, main, zoe, "F003", date(2026, 9, 1), "25.00")
        invoice(session, main, bakker, "F004", date(2026, 8, 1), "10.00", InvoiceStatus.PAID)
        other = customer(session, north, "D001", "Özlem Noord")
        second = customer(session, north, "N002", "Jansen Noord")
        invoice(session, north, other, "F001", date(2026, 10, 1), "700.00")
        invoice(session, north, second, "N-77", date(2026, 12, 24), "300.00")
    return main, north
