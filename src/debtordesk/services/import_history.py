"""The import history: every batch with its counts and problems, and undo of the newest batch."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session, aliased, defer

from debtordesk.db.engine import Database
from debtordesk.db.models import (
    Administration,
    Customer,
    CustomerEvent,
    CustomerTag,
    ImportBatch,
    ImportChange,
    Invoice,
    User,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.enums import BatchStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.importing.model import Issue
from debtordesk.services.audit import record_audit
from debtordesk.services.database import user_id_for
from debtordesk.services.import_bulk import bulk_insert
from debtordesk.services.import_customers import TAGS_KEY
from debtordesk.services.import_plan import administration_of
from debtordesk.services.import_state import table_of
from debtordesk.services.import_types import BatchInfo, UndoSummary, issue_from_json
from debtordesk.services.import_write import chunks, decode_values, update_rows

CUSTOMER = table_of(Customer)
INVOICE = table_of(Invoice)
CUSTOMER_TAG = table_of(CustomerTag)


def list_batches(
    db: Database, administration: str | None = None, limit: int = 200
) -> list[BatchInfo]:
    """The newest batches first; of one administration (by code) or, without a code, of all."""
    creator, undoer = aliased(User), aliased(User)
    batch = ImportBatch
    statement = (
        select(
            batch,
            Administration.code,
            creator.login,
            undoer.login,
            func.json_array_length(batch.issues),
        )
        .join(Administration, Administration.id == batch.administration_id)
        .outerjoin(creator, creator.id == batch.user_id)
        .outerjoin(undoer, undoer.id == batch.undone_by_id)
        .order_by(batch.id.desc())
        .limit(limit)
    )
    with db.read() as session:
        if administration is not None:
            administration_id, _ = administration_of(session, administration)
            statement = statement.where(batch.administration_id == administration_id)
        return [
            BatchInfo(
                new=row.new,
                updated=row.updated,
                unchanged=row.unchanged,
                closed=row.closed,
                reopened=row.reopened,
                rejected=row.rejected,
                customers_new=row.customers_new,
                customers_updated=row.customers_updated,
                id=row.id,
                administration=code,
                kind=row.kind,
                mode=row.mode,
                source=row.source,
                file_name=row.file_name,
                file_sha256=row.file_sha256,
                sheet=row.sheet,
                export_date=row.export_date,
                rows_read=row.rows_read,
                warnings_count=row.warnings_count,
                stored_issues=int(stored or 0),
                status=row.status,
                user=login,
                started_at=row.started_at,
                committed_at=row.committed_at,
                undone_at=row.undone_at,
                undone_by=undone_by,
            )
            for row, code, login, undone_by, stored in session.execute(
                statement.options(defer(ImportBatch.issues))
            )
        ]


def batch_issues(db: Database, batch_id: int) -> tuple[Issue, ...]:
    """The errors and warnings a batch kept (errors first, capped; its counts are exact)."""
    with db.read() as session:
        found = session.execute(
            select(ImportBatch.issues).where(ImportBatch.id == batch_id)
        ).first()
        if found is None:
            raise UserError("batch.unknown", batch=batch_id)
        issues = (issue_from_json(item) for item in found[0] or ())
        return tuple(issue for issue in issues if issue is not None)


def undo_last_batch(
    db: Database,
    *,
    administration: str | None = None,
    user_login: str | None = None,
    batch_id: int | None = None,
) -> UndoSummary:
    """Revert the newest committed batch of the administration: rows it created are deleted, rows
    it changed get their previous values back. Only imported data is reverted; anything done since
    (letters sent, calls, notes) stays. ``batch_id``, when given, must be that newest batch."""
    with db.write() as session:
        administration_id, _ = administration_of(session, administration)
        session.execute(
            select(Administration.id)
            .where(Administration.id == administration_id)
            .with_for_update()
        )
        batch = session.scalars(
            select(ImportBatch)
            .where(
                ImportBatch.administration_id == administration_id,
                ImportBatch.status == BatchStatus.COMMITTED,
            )
            .order_by(ImportBatch.id.desc())
            .limit(1)
        ).first()
        if batch is None:
            raise UserError("undo.nothing")
        if batch_id is not None and batch_id != batch.id:
            raise UserError("undo.not_last", batch=batch_id, last=batch.id, file=batch.file_name)
        user_id = user_id_for(session, user_login)
        counts = _revert(session, batch.id, batch.file_name, user_id)
        batch.status = BatchStatus.UNDONE
        batch.undone_at = utcnow()
        batch.undone_by_id = user_id
        record_audit(
            session,
            user_id=user_id,
            administration_id=administration_id,
            entity="import_batch",
            entity_id=batch.id,
            action="undo",
            details={"file": batch.file_name, **counts},
        )
        return UndoSummary(
            batch_id=batch.id,
            file_name=batch.file_name,
            export_date=batch.export_date,
            message=Message("undo.data_only", {"file": batch.file_name}),
            **counts,
        )


def _revert(session: Session, batch_id: int, file_name: str, user_id: int) -> dict[str, int]:
    now = utcnow()
    invoices: list[tuple[int, dict[str, Any]]] = []
    customers: list[tuple[int, dict[str, Any]]] = []
    tags: dict[int, list[str]] = {}
    for entity, entity_id, before in session.execute(
        select(ImportChange.entity, ImportChange.entity_id, ImportChange.before)
        .where(ImportChange.batch_id == batch_id)
        .order_by(ImportChange.id)
    ):
        if entity == "invoice":
            invoices.append((entity_id, decode_values(INVOICE, before)))
        elif entity == "customer":
            if TAGS_KEY in before:
                tags[entity_id] = list(before[TAGS_KEY])
            values = decode_values(CUSTOMER, before)
            if values:
                customers.append((entity_id, values))
    update_rows(session, CUSTOMER, customers, now=now)
    update_rows(session, INVOICE, invoices, now=now)
    for chunk in chunks(list(tags)):
        session.execute(delete(CUSTOMER_TAG).where(CUSTOMER_TAG.c.customer_id.in_(chunk)))
    bulk_insert(
        session,
        CUSTOMER_TAG,
        ("customer_id", "tag"),
        [(cid, tag) for cid, values in tags.items() for tag in values],
    )
    touched = set(
        session.scalars(
            select(CustomerEvent.customer_id).where(CustomerEvent.batch_id == batch_id).distinct()
        )
    )
    removed_invoices = session.scalar(
        select(func.count()).where(INVOICE.c.created_batch_id == batch_id)
    )
    session.execute(delete(INVOICE).where(INVOICE.c.created_batch_id == batch_id))
    orphan = (CUSTOMER.c.created_batch_id == batch_id) & ~exists().where(
        INVOICE.c.customer_id == CUSTOMER.c.id
    )
    removed_customers = set(session.scalars(select(CUSTOMER.c.id).where(orphan)))
    session.execute(delete(CUSTOMER).where(orphan))
    bulk_insert(
        session,
        table_of(CustomerEvent),
        ("customer_id",),
        [(customer_id,) for customer_id in sorted(touched - removed_customers)],
        constants={
            "at": now,
            "kind": "import_undo",
            "code": "event.import.undone",
            "params": {"file": file_name},
            "invoice_id": None,
            "batch_id": batch_id,
            "user_id": user_id,
        },
    )
    return {
        "invoices_removed": int(removed_invoices or 0),
        "invoices_restored": len(invoices),
        "customers_removed": len(removed_customers),
        "customers_restored": len(customers) + len(set(tags) - {c for c, _ in customers}),
    }
