"""Reverting one import batch: rows it created go, and what it changed gets its previous value back,
field by field, only where the value is still the one the batch wrote.

A value changed since the batch (a clerk's edit, or anything else) is newer than both the batch and
what came before it, so it stays; the undo counts what it kept. Tags are restored one by one: a tag
the batch added goes, a tag it removed comes back, the clerk's own tags stay. Undo records written
before the batch's values were kept (no WRITTEN_KEY) restore every value, as they always did. A
customer known by name that took a number from the batch gets its old number back, unless another
customer has that number by now.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, exists, func, select
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Base,
    Customer,
    CustomerEvent,
    CustomerTag,
    ImportChange,
    Invoice,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.errors import UserError
from debtordesk.services.import_bulk import bulk_insert
from debtordesk.services.import_customers import TAGS_KEY
from debtordesk.services.import_state import table_of
from debtordesk.services.import_write import WRITTEN_KEY, chunks, decode_values, update_rows

CUSTOMER = table_of(Customer)
INVOICE = table_of(Invoice)
CUSTOMER_TAG = table_of(CustomerTag)
#: columns that record where a value came from or follow another one: restored or kept like any
#: other, but not counted as a field the undo kept
_BOOKKEEPING = frozenset(
    {"name_search", "imported_values", "contact_problems", "type_origin", "last_batch_id"}
)


@dataclass
class UndoCounts:
    invoices_removed: int = 0
    invoices_restored: int = 0
    customers_removed: int = 0
    customers_restored: int = 0
    #: fields changed since the batch, which kept their current value, and the rows they are in
    fields_kept: int = 0
    rows_kept: int = 0


def revert_batch(session: Session, batch_id: int, file_name: str, user_id: int) -> UndoCounts:
    """Revert the batch's data and put an entry on the timeline of every customer it touched."""
    now = utcnow()
    counts = UndoCounts()
    records: dict[str, list[tuple[int, dict[str, Any]]]] = {"customer": [], "invoice": []}
    for entity, entity_id, record in session.execute(
        select(ImportChange.entity, ImportChange.entity_id, ImportChange.before)
        .where(ImportChange.batch_id == batch_id)
        .order_by(ImportChange.id)
    ):
        records.setdefault(entity, []).append((entity_id, record))
    customers = _restorations(session, CUSTOMER, records["customer"], counts)
    _keep_taken_numbers(session, customers, counts)
    invoices = _restorations(session, INVOICE, records["invoice"], counts)
    update_rows(session, CUSTOMER, customers, now=now)
    update_rows(session, INVOICE, invoices, now=now)
    retagged = _restore_tags(session, records["customer"])
    touched = set(
        session.scalars(
            select(CustomerEvent.customer_id).where(CustomerEvent.batch_id == batch_id).distinct()
        )
    )
    _refuse_if_evidence(session, batch_id)
    counts.invoices_removed = int(
        session.scalar(select(func.count()).where(INVOICE.c.created_batch_id == batch_id)) or 0
    )
    session.execute(delete(INVOICE).where(INVOICE.c.created_batch_id == batch_id))
    orphan = (CUSTOMER.c.created_batch_id == batch_id) & ~exists().where(
        INVOICE.c.customer_id == CUSTOMER.c.id
    )
    removed_customers = set(session.scalars(select(CUSTOMER.c.id).where(orphan)))
    session.execute(delete(CUSTOMER).where(orphan))
    counts.customers_removed = len(removed_customers)
    counts.invoices_restored = len(invoices)
    counts.customers_restored = len({row_id for row_id, _ in customers} | retagged)
    _events(
        session,
        sorted(touched - removed_customers),
        batch_id=batch_id,
        file_name=file_name,
        user_id=user_id,
        now=now,
    )
    return counts


def _restorations(
    session: Session,
    table: Table,
    records: Sequence[tuple[int, dict[str, Any]]],
    counts: UndoCounts,
) -> list[tuple[int, dict[str, Any]]]:
    """(id, values to restore) of every row with something to restore; counts what is kept."""
    current = _current(session, table, records)
    restore: list[tuple[int, dict[str, Any]]] = []
    for row_id, record in records:
        before = decode_values(table, record)
        written = record.get(WRITTEN_KEY)
        if not isinstance(written, dict):
            if before:
                restore.append((row_id, before))
            continue
        now = current.get(row_id)
        if now is None:
            continue  # the row is gone
        wrote = decode_values(table, written)
        values: dict[str, Any] = {}
        kept = 0
        for name, value in before.items():
            if name not in wrote or now[name] == wrote[name]:
                values[name] = value
            elif name not in _BOOKKEEPING:
                kept += 1
        if values:
            restore.append((row_id, values))
        if kept:
            counts.fields_kept += kept
            counts.rows_kept += 1
    return restore


def _keep_taken_numbers(
    session: Session, restore: list[tuple[int, dict[str, Any]]], counts: UndoCounts
) -> None:
    """A customer that took a number from the batch (it was known by name) gets its old number
    back, unless another customer has that number by now: then it keeps the new one."""
    other = CUSTOMER.alias("other")
    for row_id, values in restore:
        if "number" not in values:
            continue
        clash = session.scalar(
            select(other.c.id)
            .join(CUSTOMER, CUSTOMER.c.administration_id == other.c.administration_id)
            .where(
                CUSTOMER.c.id == row_id,
                other.c.id != row_id,
                other.c.number == values["number"],
            )
        )
        if clash is not None:
            del values["number"]
            values.pop("keyed_by_name", None)
            counts.fields_kept += 1
            counts.rows_kept += 1
    restore[:] = [(row_id, values) for row_id, values in restore if values]


def _current(
    session: Session, table: Table, records: Sequence[tuple[int, dict[str, Any]]]
) -> dict[int, Any]:
    """The current values of the rows' recorded columns, by id (only of records that hold the
    values the batch wrote)."""
    names = sorted(
        {
            name
            for _, record in records
            if isinstance(record.get(WRITTEN_KEY), dict)
            for name in record
            if name in table.c and name != "id"
        }
    )
    ids = [row_id for row_id, record in records if isinstance(record.get(WRITTEN_KEY), dict)]
    found: dict[int, Any] = {}
    if not names:
        return found
    for chunk in chunks(ids):
        statement = select(table.c.id, *(table.c[name] for name in names)).where(
            table.c.id.in_(chunk)
        )
        found.update((row.id, row._mapping) for row in session.execute(statement))
    return found


def _restore_tags(session: Session, records: Iterable[tuple[int, dict[str, Any]]]) -> set[int]:
    """Undo the batch's tag changes; returns the customers whose tags changed back."""
    whole: dict[int, list[str]] = {}
    add: set[tuple[int, str]] = set()
    drop: set[tuple[int, str]] = set()
    for customer_id, record in records:
        if TAGS_KEY not in record:
            continue
        before = set(record[TAGS_KEY])
        written = record.get(WRITTEN_KEY)
        if not isinstance(written, dict) or TAGS_KEY not in written:
            whole[customer_id] = sorted(before)
            continue
        wrote = set(written[TAGS_KEY])
        drop.update((customer_id, tag) for tag in wrote - before)
        add.update((customer_id, tag) for tag in before - wrote)
    present = _tags_of(session, {customer_id for customer_id, _ in add | drop})
    add -= present
    drop &= present
    for chunk in chunks(list(whole)):
        session.execute(delete(CUSTOMER_TAG).where(CUSTOMER_TAG.c.customer_id.in_(chunk)))
    if drop:
        session.execute(
            delete(CUSTOMER_TAG).where(
                CUSTOMER_TAG.c.customer_id == bindparam("p_customer"),
                CUSTOMER_TAG.c.tag == bindparam("p_tag"),
            ),
            [{"p_customer": customer_id, "p_tag": tag} for customer_id, tag in sorted(drop)],
        )
    rows = sorted(add) + [(cid, tag) for cid, tags in whole.items() for tag in tags]
    bulk_insert(session, CUSTOMER_TAG, ("customer_id", "tag"), rows)
    return set(whole) | {customer_id for customer_id, _ in add | drop}


def _tags_of(session: Session, customer_ids: set[int]) -> set[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    for chunk in chunks(sorted(customer_ids)):
        found.update(
            (customer_id, tag)
            for customer_id, tag in session.execute(
                select(CUSTOMER_TAG.c.customer_id, CUSTOMER_TAG.c.tag).where(
                    CUSTOMER_TAG.c.customer_id.in_(chunk)
                )
            )
        )
    return found


def _events(
    session: Session,
    customer_ids: Sequence[int],
    *,
    batch_id: int,
    file_name: str,
    user_id: int,
    now: datetime,
) -> None:
    """The undo on the timeline of each customer the batch touched (and that is still there)."""
    bulk_insert(
        session,
        table_of(CustomerEvent),
        ("customer_id",),
        [(customer_id,) for customer_id in customer_ids],
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


#: tables whose rows about a customer or invoice the batch created go with it: its own data (the
#: invoices that make a customer stay are handled apart), and the timeline entries of imports
_BATCH_DATA = frozenset({"invoice", "customer_tag", "import_change"})


def _refuse_if_evidence(session: Session, batch_id: int) -> None:
    """Refuse (UserError, the transaction rolled back) when anything has been recorded about a
    customer or invoice the batch created: letters, messages, 14-day letters, charges, calls,
    notes, arrangements... Deleting those rows would delete that record with them (the foreign keys
    cascade), and it is evidence that must stay. Only the batch's own data may go."""
    created_customers = select(CUSTOMER.c.id).where(CUSTOMER.c.created_batch_id == batch_id)
    created_invoices = select(INVOICE.c.id).where(INVOICE.c.created_batch_id == batch_id)
    targets = {"customer": created_customers, "invoice": created_invoices}
    for table in Base.metadata.sorted_tables:
        if table.name in _BATCH_DATA:
            continue
        for key in table.foreign_keys:
            target = key.column.table.name
            if target not in targets or key.column.name != "id" or table.name == target:
                continue
            column = key.parent
            condition: Any = column.in_(targets[target])
            if table.name == "customer_event":
                condition &= table.c.kind.not_in(("import", "import_undo"))
            found = session.execute(
                select(CUSTOMER.c.number)
                .select_from(table)
                .join(
                    CUSTOMER,
                    CUSTOMER.c.id
                    == (
                        column
                        if target == "customer"
                        else select(INVOICE.c.customer_id)
                        .where(INVOICE.c.id == column)
                        .scalar_subquery()
                    ),
                )
                .where(condition)
                .limit(1)
            ).first()
            if found is not None:
                raise UserError("undo.evidence", customer=found[0])
