"""A stored customer to edit, and what the edit left behind (audit entries, timeline events)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select

from debtordesk.db.models import AuditLog, Customer, CustomerEvent, CustomerTag
from debtordesk.services.customers import CustomerEdit, CustomerEditResult, editable_customer
from debtordesk.services.customers import update_customer as update
from debtordesk.services.database import Database
from tests.integration.views.factory import add_customer


def stored_customer(db: Database, **values: Any) -> int:
    """Customer K1 'Jan Jansen' in Amsterdam with an e-mail address and a mobile number."""
    defaults: dict[str, Any] = {
        "postcode": "1012 AB",
        "city": "Amsterdam",
        "email": "jan@example.nl",
        "mobile": "+31612345678",
    }
    defaults.update(values)
    tags = defaults.pop("tags", ())
    with db.write() as session:
        customer_id = add_customer(session, "K1", defaults.pop("name", "Jan Jansen"), **defaults)
        session.add_all(CustomerTag(customer_id=customer_id, tag=tag) for tag in tags)
    return customer_id


def edit(db: Database, customer_id: int, **changes: Any) -> CustomerEditResult:
    """Load the customer, change some fields, save from the version that was loaded."""
    current, version = editable_customer(db, customer_id)
    return update(
        db,
        customer_id,
        expected_version=version,
        changes=replace(current, **changes),
        user_login="clerk1",
    )


def with_changes(db: Database, customer_id: int, **changes: Any) -> tuple[CustomerEdit, int]:
    current, version = editable_customer(db, customer_id)
    return replace(current, **changes), version


def row(db: Database, customer_id: int) -> Customer:
    with db.read() as session:
        found = session.get(Customer, customer_id)
        assert found is not None
        session.expunge(found)
        return found


def audit_entries(db: Database) -> list[AuditLog]:
    with db.read() as session:
        found = list(session.scalars(select(AuditLog).where(AuditLog.entity == "customer")))
        session.expunge_all()
        return found


def edit_events(db: Database) -> list[CustomerEvent]:
    with db.read() as session:
        found = list(session.scalars(select(CustomerEvent).where(CustomerEvent.kind == "edit")))
        session.expunge_all()
        return found
