"""Follow-up test helpers: customers and invoices through the real open-items import (a CSV file with
an export date), call tasks, and the rows a test reads back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from debtordesk.db.models import AuditLog, Customer, CustomerEvent, Hold, Invoice, TriggerEventRow
from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.services.database import Database
from debtordesk.services.import_file import FileRequest, load_file
from debtordesk.services.imports import CommitOptions, ImportSummary, commit_import

HEADER = "Factuurnummer;Debiteurnummer;Naam;Vervaldatum;Bedrag;Openstaand"


def clock(day: date, hour: int = 10) -> Any:
    """A clock standing at ``hour`` o'clock UTC on ``day``."""
    moment = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    return lambda: moment


def _dutch(amount: str) -> str:
    return amount.replace(".", ",")


def import_open_items(
    db: Database,
    tmp_path: Path,
    rows: Sequence[tuple[str, str, str, date, str, str]],
    *,
    export_date: date,
    mode: SnapshotMode = SnapshotMode.FULL,
) -> ImportSummary:
    """An open-items file (invoice, customer, name, due date, amount, open amount) imported as the
    clerk would: read, mapped, committed as a full snapshot with the given export date."""
    path = tmp_path / f"openstaand_{export_date.isoformat()}_{len(list(tmp_path.iterdir()))}.csv"
    lines = [HEADER]
    for number, customer, name, due, amount, open_amount in rows:
        lines.append(
            f"{number};{customer};{name};{due.strftime('%d-%m-%Y')};{_dutch(amount)};"
            f"{_dutch(open_amount)}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_file(db, FileRequest(path=path, kind=ImportKind.OPEN_ITEMS))
    return commit_import(
        db, loaded.preview, CommitOptions(mode=mode, export_date=export_date, force=True)
    )


def customer_id(db: Database, number: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Customer.id).where(Customer.number == number))
    assert found is not None, number
    return int(found)


def invoice_id(db: Database, number: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Invoice.id).where(Invoice.number == number))
    assert found is not None, number
    return int(found)


def set_contact(db: Database, number: str, **values: Any) -> None:
    with db.write() as session:
        customer = session.scalars(select(Customer).where(Customer.number == number)).one()
        for name, value in values.items():
            setattr(customer, name, value)


def event_codes(db: Database, customer: int) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                select(CustomerEvent.code)
                .where(CustomerEvent.customer_id == customer)
                .order_by(CustomerEvent.id)
            )
        )


def active_holds(db: Database, customer: int) -> list[Hold]:
    with db.read() as session:
        found = list(
            session.scalars(
                select(Hold)
                .where(Hold.customer_id == customer, Hold.lifted_at.is_(None))
                .order_by(Hold.id)
            )
        )
        session.expunge_all()
    return found


def triggers(db: Database, customer: int) -> list[tuple[str, date, Decimal | None, str]]:
    with db.read() as session:
        return [
            (kind.value, on, amount, source)
            for kind, on, amount, source in session.execute(
                select(
                    TriggerEventRow.kind,
                    TriggerEventRow.occurred_on,
                    TriggerEventRow.amount,
                    TriggerEventRow.source,
                )
                .where(TriggerEventRow.customer_id == customer)
                .order_by(TriggerEventRow.occurred_on, TriggerEventRow.id)
            )
        ]


def audit_actions(db: Database, entity: str) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditLog.action).where(AuditLog.entity == entity).order_by(AuditLog.id)
            )
        )
