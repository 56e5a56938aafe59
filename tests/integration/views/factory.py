"""Customers, invoices and timeline events written straight into a test database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.enums import CustomerType, InvoiceStatus, PaymentMethod
from debtordesk.domain.text import search_key
from debtordesk.services.audit import add_customer_event
from debtordesk.services.database import Database, ensure_default_administration

TODAY = date(2026, 11, 20)


def add_customer(session: Session, number: str, name: str, **values: Any) -> int:
    administration = ensure_default_administration(session).id
    customer = Customer(
        administration_id=administration,
        number=number,
        name=name,
        name_search=search_key(name),
        customer_type=values.pop("customer_type", CustomerType.CONSUMER),
        **values,
    )
    session.add(customer)
    session.flush()
    return customer.id


def add_invoice(
    session: Session,
    customer_id: int,
    number: str,
    due: date,
    amount: str,
    open_amount: str | None = None,
    **values: Any,
) -> int:
    administration = ensure_default_administration(session).id
    invoice = Invoice(
        administration_id=administration,
        customer_id=customer_id,
        number=number,
        due_date=due,
        amount=Decimal(amount),
        open_amount=Decimal(open_amount if open_amount is not None else amount),
        status=values.pop("status", InvoiceStatus.OPEN),
        payment_method=values.pop("payment_method", PaymentMethod.MANUAL),
        **values,
    )
    session.add(invoice)
    session.flush()
    return invoice.id


def fill_small(db: Database) -> dict[str, int]:
    """Five customers and ten invoices with credit notes, partial payments and closed ones."""
    ids: dict[str, int] = {}
    with db.write() as session:
        ids["ozer"] = add_customer(
            session,
            "D001",
            "Mehmet Özer",
            postcode="1234 AB",
            city="Amsterdam",
            email="m.ozer@example.nl",
            mobile="+31612345678",
            contact_problems=[
                {"code": "contact.phone_invalid", "field": "landline", "value": "020-12"}
            ],
        )
        ids["zoe"] = add_customer(
            session,
            "D002",
            "Zoë de Vries",
            postcode="3511 LX",
            city="Utrecht",
            email="zoe@vries.nl",
        )
        ids["bv"] = add_customer(
            session,
            "D003",
            "Bakkerij Çelik B.V.",
            customer_type=CustomerType.BUSINESS,
            postcode="9711 HM",
            city="Groningen",
        )
        ids["lukasz"] = add_customer(session, "D004", "Łukasz Wójcik", city="Zwolle")
        ids["none"] = add_customer(session, "D005", "Anna Janssen 50%", email=None)
        inv = {
            "F001": add_invoice(
                session,
                ids["ozer"],
                "F001",
                date(2026, 10, 1),
                "0.10",
                invoice_date=date(2026, 9, 17),
            ),
            "F002": add_invoice(
                session,
                ids["ozer"],
                "F002",
                date(2026, 12, 1),
                "0.20",
                invoice_date=date(2026, 11, 17),
            ),
            "F003": add_invoice(
                session,
                ids["ozer"],
                "F003",
                date(2026, 9, 1),
                "100.00",
                "40.00",
                invoice_date=date(2026, 8, 18),
            ),
            "C004": add_invoice(
                session,
                ids["ozer"],
                "C004",
                date(2026, 9, 15),
                "-25.50",
                invoice_date=date(2026, 9, 1),
            ),
            "F005": add_invoice(
                session,
                ids["zoe"],
                "F005",
                date(2026, 11, 1),
                "1234.56",
                payment_method=PaymentMethod.DIRECT_DEBIT,
                storno_date=date(2026, 11, 3),
            ),
            "F006": add_invoice(
                session,
                ids["zoe"],
                "F006",
                date(2026, 6, 1),
                "80.00",
                "0.00",
                status=InvoiceStatus.PAID,
                paid_date=date(2026, 6, 10),
                invoice_date=date(2026, 5, 18),
            ),
            "F007": add_invoice(
                session,
                ids["bv"],
                "F007",
                date(2026, 11, 30),
                "5000.00",
                invoice_date=date(2026, 10, 31),
            ),
            "F008": add_invoice(
                session,
                ids["bv"],
                "F008",
                date(2026, 8, 1),
                "300.00",
                "0.00",
                status=InvoiceStatus.PAID,
                invoice_date=date(2026, 7, 2),
            ),
            "F009": add_invoice(
                session,
                ids["lukasz"],
                "F009",
                date(2026, 11, 19),
                "19.99",
                invoice_date=date(2026, 11, 5),
            ),
            "F010": add_invoice(
                session, ids["lukasz"], "F010", date(2026, 11, 20), "45.00", "15.00"
            ),
        }
        ids.update({f"invoice:{k}": v for k, v in inv.items()})
        add_customer_event(
            session,
            customer_id=ids["ozer"],
            kind="import",
            code="contact.phone_invalid",
            params={"value": "020-12"},
            at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
        )
        add_customer_event(
            session,
            customer_id=ids["ozer"],
            kind="closed",
            code="views.customer_missing",
            invoice_id=inv["F001"],
            at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        )
    return ids
