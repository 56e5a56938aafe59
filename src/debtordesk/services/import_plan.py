"""Planning an import: read what is stored, compare in memory, decide refusals; shared by plan and commit.

The preview's counts and the commit's effects come from this one computation, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.engine import Database
from debtordesk.db.models import Administration, ImportBatch
from debtordesk.domain.enums import CustomerType, ImportKind, SnapshotMode
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.importing.bulk import gc_paused
from debtordesk.importing.model import Field, ImportPreview, Issue, Severity
from debtordesk.services.database import administration_id_for
from debtordesk.services.import_by_name import has_rows_by_name, load_names, match_by_name
from debtordesk.services.import_customers import CustomerChanges, CustomerDefaults, diff_customers
from debtordesk.services.import_invoices import InvoiceChanges, InvoiceContext, diff_invoices
from debtordesk.services.import_named import (
    NumberTaken,
    find_numbers_taken,
    load_named,
    record_numbers_taken,
    take_numbers,
)
from debtordesk.services.import_state import (
    StoredData,
    load_customer_details,
    load_stored,
    open_of_source,
    string_lengths,
    table_of,
)
from debtordesk.services.import_types import CommitOptions, ImportPlan
from debtordesk.services.org_settings import load_org_settings
from debtordesk.settings.org import OrgSettings

_SOURCE_LENGTH = string_lengths(table_of(ImportBatch))["source"]


@dataclass
class PreparedImport:
    """The plan, and the changes behind it, ready to be written."""

    administration_id: int
    plan: ImportPlan
    customers: CustomerChanges
    invoices: InvoiceChanges
    stored: StoredData
    #: the file's issues followed by the commit's own
    issues: tuple[Issue, ...]
    #: stored customers known by name that take a number of the file
    numbers_taken: tuple[NumberTaken, ...] = ()


def plan_import(db: Database, preview: ImportPreview, options: CommitOptions) -> ImportPlan:
    """What committing ``preview`` would do (exact counts, confirmation, refusal); writes nothing."""
    with gc_paused(), db.read() as session:
        return prepare_import(session, preview, options).plan


def administration_of(session: Session, code: str | None) -> tuple[int, str]:
    """(id, code) of the administration with this code, or of the first one."""
    administration_id = administration_id_for(session, code)
    found = session.scalar(
        select(Administration.code).where(Administration.id == administration_id)
    )
    return administration_id, found or ""


def default_customer_type(settings: OrgSettings) -> CustomerType:
    """The type of a customer the file does not type (the stricter consumer regime if unset)."""
    try:
        return CustomerType(settings.unknown_customer_type)
    except ValueError:
        return CustomerType.CONSUMER


def check_source(source: str) -> str:
    name = source.strip()
    if not name or len(name) > _SOURCE_LENGTH:
        raise UserError("commit.bad_source", source=name[:60], limit=_SOURCE_LENGTH)
    return name


def prepare_import(
    session: Session, preview: ImportPreview, options: CommitOptions, *, lock: bool = False
) -> PreparedImport:
    source = check_source(options.source)
    administration_id, administration_code = administration_of(session, options.administration)
    if lock:
        # imports of one administration take turns (PostgreSQL; SQLite's write lock does this already)
        session.execute(
            select(Administration.id)
            .where(Administration.id == administration_id)
            .with_for_update()
        )
    settings = load_org_settings(session, administration_id)
    kind = preview.kind
    mode = options.mode if kind is ImportKind.OPEN_ITEMS else SnapshotMode.DELTA
    closes_absent = kind is ImportKind.OPEN_ITEMS and mode is SnapshotMode.FULL
    export_date = options.export_date or preview.file.modified
    invoices = preview.invoices if kind is not ImportKind.CUSTOMERS else ()
    file_customers = preview.customers
    tags_covered = Field.TAGS in preview.mapping
    stored = load_stored(
        session,
        administration_id,
        kind=kind,
        source=source,
        customer_details=bool(file_customers),
        invoices=bool(invoices) or closes_absent,
        tags=tags_covered,
    )
    named_issues: list[Issue] = []
    if has_rows_by_name(file_customers):
        # rows without a number go to the one stored customer with that name, if just one
        matches = match_by_name(
            file_customers,
            invoices,
            stored,
            load_names(session, administration_id),
            column=preview.mapping.get(Field.CUSTOMER_NAME),
        )
        file_customers, invoices = matches.customers, matches.invoices
        named_issues.extend(matches.issues)
    taken: list[NumberTaken] = []
    if file_customers:
        taken, number_issues = find_numbers_taken(
            file_customers,
            stored,
            load_named(session, administration_id),
            column=preview.mapping.get(Field.CUSTOMER_NUMBER),
        )
        named_issues.extend(number_issues)
        take_numbers(stored, taken)
    customers = diff_customers(
        file_customers,
        stored,
        defaults=CustomerDefaults(default_customer_type(settings), settings.default_language),
        field_of_column={header: f.value for f, header in preview.mapping.items()},
        tags_covered=tags_covered,
        details=lambda ids: load_customer_details(session, ids),
    )
    record_numbers_taken(customers, taken)
    ctx = InvoiceContext(
        kind=kind,
        mode=mode,
        source=source,
        export_date=export_date,
        file_name=preview.file.name,
        customer_ids={number: row.id for number, row in stored.customers.items()},
        known_keys=frozenset(stored.customers) | frozenset(customers.new_keys),
        rejected_keys=frozenset(customers.rejected_keys),
        rejected_numbers=preview.rejected_numbers,
        amount_from_open=preview.amount_from_open,
    )
    changes = diff_invoices(invoices, stored, ctx)
    issues = (*preview.issues, *named_issues, *customers.issues, *changes.rejected)
    errors = sum(1 for i in issues if i.severity is Severity.ERROR)
    rejected = len(preview.rejected_rows) + len(changes.rejected)
    if kind is ImportKind.CUSTOMERS:
        rejected += len(customers.rejected_keys)
    open_before = open_of_source(stored, source) if closes_absent else 0
    absent = sum(1 for e in changes.events if e.code == "event.invoice_closed_absent")

    refusal = _refusal(
        preview,
        options,
        errors=errors,
        closes_absent=closes_absent,
        has_invoices=bool(invoices),
        newest=stored.newest_export,
        export_date=export_date,
        source=source,
    )
    confirmation: Message | None = None
    if (
        not options.force
        and open_before
        and absent > settings.snapshot_close_confirm_ratio * open_before
    ):
        # a truncated export must not wipe the ledger: closing this many needs the clerk's word
        confirmation = Message(
            "commit.confirm_mass_close", {"closing": absent, "open": open_before, "source": source}
        )
    plan = ImportPlan(
        new=changes.new,
        updated=changes.updated,
        unchanged=changes.unchanged,
        closed=changes.closed,
        reopened=changes.reopened,
        rejected=rejected,
        customers_new=len(customers.new_keys),
        customers_updated=len(customers.updated),
        customers_unchanged=customers.unchanged,
        kind=kind,
        mode=mode,
        source=source,
        administration=administration_code,
        export_date=export_date,
        open_before=open_before,
        confirmation_needed=confirmation,
        refusal=refusal,
        errors=errors,
        warnings=len(issues) - errors,
        issues=issues,
    )
    return PreparedImport(administration_id, plan, customers, changes, stored, issues, tuple(taken))


def _refusal(
    preview: ImportPreview,
    options: CommitOptions,
    *,
    errors: int,
    closes_absent: bool,
    has_invoices: bool,
    newest: date | None,
    export_date: date,
    source: str,
) -> Message | None:
    """Why the commit must not happen (``force`` only overrides the export-date check)."""
    file = preview.file.name
    if options.strict and errors:
        return Message("commit.strict_refused", {"errors": errors, "file": file})
    if closes_absent and not has_invoices and not preview.rejected_rows:
        return Message("commit.empty_snapshot", {"file": file})
    if not has_invoices and not preview.customers and not preview.rejected_rows:
        return Message("commit.nothing_to_import", {"file": file})
    if not options.force and newest is not None and export_date < newest:
        return Message(
            "commit.older_export", {"export_date": export_date, "newest": newest, "source": source}
        )
    return None
