"""Committing an import: one transaction writes the planned changes, the batch, the timeline and the audit."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from debtordesk.db.engine import Database
from debtordesk.db.models import (
    Customer,
    CustomerEvent,
    CustomerTag,
    ImportBatch,
    ImportChange,
    Invoice,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.enums import BatchStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.progress import NullProgress, Progress, check_cancel
from debtordesk.importing.bulk import gc_paused
from debtordesk.importing.model import ImportPreview
from debtordesk.services.audit import record_audit
from debtordesk.services.customer_checks import field_title
from debtordesk.services.database import user_id_for
from debtordesk.services.import_bulk import (
    bulk_insert,
    bulk_insert_columns,
    bulk_write_cache,
    indexes_built_after,
)
from debtordesk.services.import_customers import INSERT_COLUMNS as CUSTOMER_COLUMNS
from debtordesk.services.import_customers import STORED_COLUMNS as CUSTOMER_STORED
from debtordesk.services.import_customers import TAGS_KEY
from debtordesk.services.import_invoices import CLOSED, NEW, REOPENED, UPDATED
from debtordesk.services.import_new_invoices import STORED_COLUMNS as INVOICE_STORED
from debtordesk.services.import_new_invoices import invoice_columns
from debtordesk.services.import_plan import PreparedImport, prepare_import
from debtordesk.services.import_state import table_of
from debtordesk.services.import_types import CommitOptions, ImportSummary, stored_issues
from debtordesk.services.import_write import Steps, undo_record, update_rows

CUSTOMER = table_of(Customer)
INVOICE = table_of(Invoice)
CUSTOMER_TAG = table_of(CustomerTag)


def commit_import(
    db: Database,
    preview: ImportPreview,
    options: CommitOptions,
    progress: Progress | None = None,
) -> ImportSummary:
    """Write the preview in one transaction; UserError (nothing written) when refused, Cancelled
    (nothing written) when the progress asks to stop."""
    # a cycle collection over the hundreds of thousands of objects of a preview and its comparison
    # would stall the commit (and the wizard's window) for a fraction of a second each time; the
    # comparison is let go of before the collector runs again, so it never has to look at it
    with gc_paused():
        return _commit(db, preview, options, progress or NullProgress())


def _commit(
    db: Database, preview: ImportPreview, options: CommitOptions, progress: Progress
) -> ImportSummary:
    with db.write() as session:
        progress.set_status(Message("commit.progress.comparing"))
        check_cancel(progress)
        prepared = prepare_import(session, preview, options, lock=True)
        plan = prepared.plan
        for reason in (plan.refusal, plan.confirmation_needed):
            if reason is not None:
                raise UserError(reason.code, **dict(reason.params))
        user_id = user_id_for(session, options.user_login)
        now = utcnow()
        batch = _new_batch(session, preview, options, prepared=prepared, user_id=user_id, now=now)
        with bulk_write_cache(session):
            _BatchWriter(
                session,
                prepared,
                batch_id=batch.id,
                user_id=user_id,
                now=now,
                file_name=preview.file.name,
                progress=progress,
            ).write()
        batch.committed_at = utcnow()
        for taken in prepared.numbers_taken:
            record_audit(
                session,
                user_id=user_id,
                administration_id=prepared.administration_id,
                entity="customer",
                entity_id=taken.id,
                action="number_from_import",
                details={
                    "number": taken.number,
                    "was": taken.was,
                    "keyed_by_name": False,
                    "batch": batch.id,
                    "file": preview.file.name,
                },
            )
        record_audit(
            session,
            user_id=user_id,
            administration_id=prepared.administration_id,
            entity="import_batch",
            entity_id=batch.id,
            action="import",
            details={
                "file": preview.file.name,
                "sha256": preview.file.sha256,
                "kind": plan.kind.value,
                "mode": plan.mode.value,
                "source": plan.source,
                "export_date": plan.export_date.isoformat(),
                **plan.counts(),
            },
        )
    return ImportSummary(
        **plan.counts(),
        customers_unchanged=plan.customers_unchanged,
        batch_id=batch.id,
        kind=plan.kind,
        mode=plan.mode,
        source=plan.source,
        administration=plan.administration,
        export_date=plan.export_date,
        file_name=preview.file.name,
        rows_read=preview.rows_read,
        issues=prepared.issues,
    )


def _json_options(preview: ImportPreview, options: CommitOptions) -> dict[str, Any]:
    parse = {k: v.value if isinstance(v, Enum) else v for k, v in asdict(preview.options).items()}
    return {"parse": parse, "force": options.force, "strict": options.strict}


def _new_batch(
    session: Session,
    preview: ImportPreview,
    options: CommitOptions,
    *,
    prepared: PreparedImport,
    user_id: int,
    now: datetime,
) -> ImportBatch:
    plan = prepared.plan
    batch = ImportBatch(
        administration_id=prepared.administration_id,
        kind=plan.kind,
        source=plan.source,
        mode=plan.mode,
        file_name=preview.file.name[:255],
        file_path=str(preview.file.path),
        file_sha256=preview.file.sha256,
        file_size=preview.file.size,
        sheet=preview.sheet[:255] if preview.sheet else None,
        header_row=preview.header_row,
        mapping={f.value: header for f, header in preview.mapping.items()},
        options=_json_options(preview, options),
        export_date=plan.export_date,
        rows_read=preview.rows_read,
        **plan.counts(),
        warnings_count=plan.warnings,
        issues=stored_issues(prepared.issues),
        status=BatchStatus.COMMITTED,
        user_id=user_id,
        started_at=now,
    )
    session.add(batch)
    session.flush()
    return batch


class _BatchWriter:
    """Writes one prepared import: customers, tags, invoices, undo records, timeline events."""

    def __init__(
        self,
        session: Session,
        prepared: PreparedImport,
        *,
        batch_id: int,
        user_id: int,
        now: datetime,
        file_name: str,
        progress: Progress,
    ) -> None:
        self.session = session
        self.prepared = prepared
        self.file_name = file_name
        self.batch_id = batch_id
        self.user_id = user_id
        self.now = now
        customers, invoices = prepared.customers, prepared.invoices
        rows = (
            len(customers.inserts)
            + len(customers.updates)
            + len(invoices.inserts)
            + len(invoices.updates) * 2
            + len(invoices.events)
            + len(_stored_touched(prepared))
        )
        self.steps = Steps(progress, rows)
        self.customer_ids = {number: row.id for number, row in prepared.stored.customers.items()}

    def write(self) -> None:
        self._customers()
        self._invoices()
        self._changes()
        self._events()

    def _customers(self) -> None:
        changes = self.prepared.customers
        self.steps.status("commit.progress.customers")
        with indexes_built_after(self.session, CUSTOMER, len(changes.inserts)):
            bulk_insert(
                self.session,
                CUSTOMER,
                CUSTOMER_COLUMNS,
                changes.inserts,
                constants={
                    "administration_id": self.prepared.administration_id,
                    "created_batch_id": self.batch_id,
                    "version": 1,
                    "created_at": self.now,
                    "updated_at": self.now,
                },
                as_stored=CUSTOMER_STORED,
                on_chunk=self.steps.advance,
            )
        if changes.inserts:
            created = select(CUSTOMER.c.id, CUSTOMER.c.number).where(
                CUSTOMER.c.created_batch_id == self.batch_id
            )
            self.customer_ids.update(
                (number, cid) for cid, number in self.session.execute(created).all()
            )
        tag_rows = [
            (self.customer_ids[number], tag)
            for number, tags in changes.insert_tags.items()
            for tag in tags
        ]
        tag_rows += changes.tags_added
        bulk_insert(self.session, CUSTOMER_TAG, ("customer_id", "tag"), tag_rows)
        if changes.tags_removed:
            self.session.execute(
                delete(CUSTOMER_TAG).where(
                    CUSTOMER_TAG.c.customer_id == bindparam("p_customer"),
                    CUSTOMER_TAG.c.tag == bindparam("p_tag"),
                ),
                [{"p_customer": cid, "p_tag": tag} for cid, tag in changes.tags_removed],
            )
        updates = [
            (u.id, {k: v for k, v in u.after.items() if k != TAGS_KEY}) for u in changes.updates
        ]
        update_rows(
            self.session, CUSTOMER, [u for u in updates if u[1]], now=self.now, steps=self.steps
        )

    def _invoices(self) -> None:
        """New invoices column by column; changed ones by id (what each got is kept for undo)."""
        changes = self.prepared.invoices
        self.steps.status("commit.progress.invoices")
        ids = self.customer_ids
        plan = self.prepared.plan
        columns = invoice_columns(changes.inserts, kind=plan.kind, export_date=plan.export_date)
        columns["customer_id"] = [ids[number] for number in columns["customer_id"]]
        with indexes_built_after(self.session, INVOICE, len(changes.inserts)):
            bulk_insert_columns(
                self.session,
                INVOICE,
                columns,
                len(changes.inserts),
                constants={
                    "source": plan.source,
                    "export_date": plan.export_date,
                    "administration_id": self.prepared.administration_id,
                    "created_batch_id": self.batch_id,
                    "last_batch_id": self.batch_id,
                    "version": 1,
                    "created_at": self.now,
                    "updated_at": self.now,
                },
                as_stored=INVOICE_STORED,
                on_chunk=self.steps.advance,
            )
        for change in changes.updates:
            change.after["last_batch_id"] = self.batch_id
            if change.new_customer is not None:
                change.after["customer_id"] = ids[change.new_customer]
        updates = [(change.id, change.after) for change in changes.updates]
        update_rows(self.session, INVOICE, updates, now=self.now, steps=self.steps)

    def _changes(self) -> None:
        """The "before" values of every row this batch changed (inserted rows need none), and the
        values the batch wrote: an undo restores only what nobody changed since."""
        rows = [
            ("customer", u.id, u.action, undo_record(u.before, u.after))
            for u in self.prepared.customers.updates
        ]
        rows += [
            ("invoice", u.id, u.action, undo_record(u.before, u.after))
            for u in self.prepared.invoices.updates
        ]
        bulk_insert(
            self.session,
            table_of(ImportChange),
            ("entity", "entity_id", "action", "before"),
            rows,
            constants={"batch_id": self.batch_id},
            on_chunk=self.steps.advance,
        )

    def _events(self) -> None:
        """For each stored customer the batch touched: an entry naming the fields it changed, and
        one counting its invoices that changed; one per invoice it closed or reopened. A customer
        the batch creates gets no row: its timeline derives that entry from ``created_batch_id``
        (services.views.detail)."""
        self.steps.status("commit.progress.timeline")
        customers, invoices = self.prepared.customers, self.prepared.invoices
        rows: list[tuple[Any, ...]] = []
        for number in sorted(_stored_touched(self.prepared)):
            customer_id = self.customer_ids.get(number)
            if customer_id is None:
                continue
            fields = customers.updated.get(number)
            if fields:
                rows.append((customer_id, *_fields_event(self.file_name, fields), None))
            counts = invoices.touched.get(number)
            if counts:
                params = {
                    "file": self.file_name,
                    "new": counts[NEW],
                    "updated": counts[UPDATED],
                    "closed": counts[CLOSED],
                    "reopened": counts[REOPENED],
                }
                rows.append((customer_id, "event.import.invoices_changed", params, None))
        for taken in self.prepared.numbers_taken:
            params = {"number": taken.number, "was": taken.was, "file": self.file_name}
            rows.append((taken.id, "event.import.customer_number_taken", params, None))
        for event in invoices.events:
            customer_id = self.customer_ids.get(event.customer)
            if customer_id is not None:
                rows.append((customer_id, event.code, event.params, event.invoice_id))
        bulk_insert(
            self.session,
            table_of(CustomerEvent),
            ("customer_id", "code", "params", "invoice_id"),
            rows,
            constants={
                "kind": "import",
                "at": self.now,
                "batch_id": self.batch_id,
                "user_id": self.user_id,
            },
            on_chunk=self.steps.advance,
        )


def _stored_touched(prepared: PreparedImport) -> set[str]:
    """Numbers of the stored customers whose shown data or invoices the batch changes."""
    customers = prepared.customers
    return (set(customers.updated) | set(prepared.invoices.touched)) - customers.new_keys


def _fields_event(file_name: str, fields: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
    """The timeline entry of a customer whose fields an import changed: the fields by name (not
    their values), in both languages, as the clerk's own edits are written."""
    return "event.import.customer_updated", {
        "file": file_name,
        "fields_en": ", ".join(field_title(name, "en") for name in fields),
        "fields_nl": ", ".join(field_title(name, "nl") for name in fields),
    }
