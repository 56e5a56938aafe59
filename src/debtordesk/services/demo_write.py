"""Writing the demo into a database: the organisation, one import batch, customers, invoices, timeline
and audit entry, as bulk inserts in one transaction (a cancel or an error leaves nothing behind)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from debtordesk.db.engine import Database
from debtordesk.db.models import (
    Administration,
    Customer,
    CustomerEvent,
    CustomerTag,
    ImportBatch,
    Invoice,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.enums import (
    BatchStatus,
    ClaimType,
    CloseReason,
    ImportKind,
    InvoiceStatus,
    SnapshotMode,
    TypeOrigin,
)
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.progress import Progress, check_cancel
from debtordesk.domain.text import search_key
from debtordesk.importing.model import CUSTOMER_ATTRIBUTES
from debtordesk.services.audit import record_audit
from debtordesk.services.database import administration_id_for, user_id_for
from debtordesk.services.demo_data import DemoCustomer
from debtordesk.services.demo_dunning import write_demo_dunning
from debtordesk.services.demo_invoices import DemoInvoice
from debtordesk.services.demo_names import ORGANISATION
from debtordesk.services.import_types import CommitOptions
from debtordesk.settings.paths import demo_database_path

#: the import source the demo's invoices belong to: the importer's default, so a sample file imported
#: as a full snapshot closes the demo invoices it no longer lists, as a real newer export would
DEMO_SOURCE = CommitOptions().source


@dataclass(frozen=True)
class DemoData:
    customers: tuple[DemoCustomer, ...]
    invoices: tuple[DemoInvoice, ...]


def demo_fingerprint(seed: int, today: date) -> str:
    """The demo batch's "file hash": the same seed and day give the same value."""
    return hashlib.sha256(f"debtordesk-demo:{seed}:{today.isoformat()}".encode()).hexdigest()


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


def write_demo(db: Database, data: DemoData, *, seed: int, today: date, progress: Progress) -> None:
    with db.write() as session:
        # checked again under the write lock: the demo never lands in a database with data
        for model in (Customer, Invoice):
            if session.scalar(select(func.count()).select_from(model)):
                raise UserError(
                    "demo.not_empty", path=db.describe(), demo_path=str(demo_database_path())
                )
        administration_id = administration_id_for(session)
        user_id = user_id_for(session)
        administration = session.get(Administration, administration_id)
        assert administration is not None
        for key, value in ORGANISATION.items():
            setattr(administration, key, value)
        batch = ImportBatch(
            administration_id=administration_id,
            kind=ImportKind.OPEN_ITEMS,
            source=DEMO_SOURCE,
            mode=SnapshotMode.FULL,
            file_name=f"Demo: {ORGANISATION['name']}",
            file_sha256=demo_fingerprint(seed, today),
            file_size=0,
            mapping={},
            options={"demo": {"seed": seed, "today": today.isoformat()}},
            export_date=today,
            rows_read=len(data.invoices),
            new=len(data.invoices),
            customers_new=len(data.customers),
            issues=[],
            status=BatchStatus.COMMITTED,
            user_id=user_id,
            started_at=utcnow(),
            committed_at=utcnow(),
        )
        session.add(batch)
        session.flush()
        progress.set_status(Message("demo.progress.customers"))
        progress.set_progress(1, 4)
        customer_ids = _insert_customers(session, data.customers, administration_id, batch.id)
        check_cancel(progress)
        progress.set_status(Message("demo.progress.invoices"))
        progress.set_progress(2, 4)
        invoice_ids = _insert_invoices(
            session,
            data,
            customer_ids,
            administration_id=administration_id,
            batch_id=batch.id,
            today=today,
        )
        check_cancel(progress)
        progress.set_progress(3, 4)
        _insert_events(session, data, customer_ids, invoice_ids, batch.id)
        write_demo_dunning(
            session,
            administration_id=administration_id,
            user_id=user_id,
            overdue=[
                (customer_ids[invoice.customer], invoice_id, invoice.due_date)
                for invoice, invoice_id in zip(data.invoices, invoice_ids, strict=True)
                if invoice.status is InvoiceStatus.OPEN and invoice.open_amount > 0
            ],
            today=today,
        )
        record_audit(
            session,
            user_id=user_id,
            administration_id=administration_id,
            entity="database",
            entity_id=None,
            action="demo_created",
            details={
                "seed": seed,
                "today": today.isoformat(),
                "customers": len(data.customers),
                "invoices": len(data.invoices),
            },
        )
        check_cancel(progress)
        progress.set_progress(4, 4)


def _json(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def _customer_row(customer: DemoCustomer, administration_id: int, batch_id: int) -> dict[str, Any]:
    since = _at(customer.since, 9)
    values: dict[str, Any] = {
        "name": customer.name,
        "customer_type": customer.customer_type,
        "type_origin": TypeOrigin.FILE,
        "attention": customer.attention,
        "address_line1": customer.address_line1,
        "address_line2": None,
        "postcode": customer.postcode,
        "city": customer.city,
        "country": "NL",
        "email": customer.email,
        "mobile": customer.mobile,
        "landline": customer.landline,
        "iban": customer.iban,
        "language": customer.language,
        "segment": customer.segment,
        "preferred_channel": customer.preferred_channel,
        "preferred_payment_day": customer.preferred_payment_day,
        "mandate_reference": customer.mandate_reference,
        "mandate_date": customer.mandate_date,
        "claim_type": ClaimType.OTHER,
        "coc_number": customer.coc_number,
        "opt_out_sms": customer.opt_out_sms,
        "opt_out_email": customer.opt_out_email,
        "opt_out_call": customer.opt_out_call,
    }
    # what an import would remember as "last sent by the source" (JSON: enums and dates as text):
    # the values it sent, not the empty ones, and not where the type was found (the import's own
    # bookkeeping, see services.import_customers)
    imported = {
        key: _json(value)
        for key in CUSTOMER_ATTRIBUTES
        if key != "type_origin" and (value := values.get(key)) is not None
    }
    return {
        **values,
        "administration_id": administration_id,
        "number": customer.number,
        "keyed_by_name": False,
        "name_search": search_key(customer.name),
        "imported_values": imported,
        "contact_problems": [],
        "created_batch_id": batch_id,
        "created_at": since,
        "updated_at": since,
    }


def _insert_customers(
    session: Session, customers: Sequence[DemoCustomer], administration_id: int, batch_id: int
) -> list[int]:
    rows = [_customer_row(c, administration_id, batch_id) for c in customers]
    statement = insert(Customer).returning(Customer.id, sort_by_parameter_order=True)
    ids = list(session.scalars(statement, rows))
    tags = [
        {"customer_id": ids[index], "tag": tag}
        for index, customer in enumerate(customers)
        for tag in customer.tags
    ]
    if tags:
        session.execute(insert(CustomerTag), tags)
    return ids


def _insert_invoices(
    session: Session,
    data: DemoData,
    customer_ids: Sequence[int],
    *,
    administration_id: int,
    batch_id: int,
    today: date,
) -> list[int]:
    rows = []
    for invoice in data.invoices:
        created = _at(invoice.invoice_date, 6)
        rows.append(
            {
                "administration_id": administration_id,
                "customer_id": customer_ids[invoice.customer],
                "number": invoice.number,
                "invoice_date": invoice.invoice_date,
                "due_date": invoice.due_date,
                "amount": invoice.amount,
                "open_amount": invoice.open_amount,
                "currency": "EUR",
                "payment_method": invoice.payment_method,
                "status": invoice.status,
                "close_reason": (
                    CloseReason.HISTORY if invoice.status is InvoiceStatus.PAID else None
                ),
                "storno_date": invoice.storno_date,
                "paid_date": invoice.paid_date,
                "description": invoice.description,
                "source": DEMO_SOURCE,
                "export_date": today,
                "created_batch_id": batch_id,
                "last_batch_id": batch_id,
                "created_at": created,
                "updated_at": _at(invoice.paid_date, 12) if invoice.paid_date else created,
            }
        )
    statement = insert(Invoice).returning(Invoice.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def _insert_events(
    session: Session,
    data: DemoData,
    customer_ids: Sequence[int],
    invoice_ids: Sequence[int],
    batch_id: int,
) -> None:
    """Every customer's start; payments on the timelines of some customers; every storno."""
    rows: list[dict[str, Any]] = [
        {
            "customer_id": customer_ids[index],
            "at": _at(customer.since, 9),
            "kind": "created",
            "code": "demo.event.customer_created",
            "params": {"segment": customer.segment},
            "invoice_id": None,
            "batch_id": batch_id,
        }
        for index, customer in enumerate(data.customers)
    ]
    for invoice, invoice_id in zip(data.invoices, invoice_ids, strict=True):
        customer = data.customers[invoice.customer]
        base = {
            "customer_id": customer_ids[invoice.customer],
            "invoice_id": invoice_id,
            "batch_id": batch_id,
        }
        if invoice.storno_date:
            rows.append(
                {
                    **base,
                    "at": _at(invoice.storno_date, 8),
                    "kind": "storno",
                    "code": "demo.event.storno",
                    "params": {"number": invoice.number},
                }
            )
        if invoice.paid_date and customer.payment_events:
            rows.append(
                {
                    **base,
                    "at": _at(invoice.paid_date, 12),
                    "kind": "closed",
                    "code": "demo.event.invoice_paid",
                    "params": {"number": invoice.number, "date": invoice.paid_date.isoformat()},
                }
            )
    session.execute(insert(CustomerEvent), rows)
