"""The import history: every batch with its counts and problems, and undo of the newest batch."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import func, select
from sqlalchemy.orm import aliased, defer

from debtordesk.db.engine import Database
from debtordesk.db.models import Administration, ImportBatch, User
from debtordesk.db.types import utcnow
from debtordesk.domain.enums import BatchStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.importing.model import Issue
from debtordesk.services.audit import record_audit
from debtordesk.services.database import user_id_for
from debtordesk.services.import_plan import administration_of
from debtordesk.services.import_types import BatchInfo, UndoSummary, issue_from_json
from debtordesk.services.import_undo import revert_batch


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
                date_order=chosen_date_order(row.options),
            )
            for row, code, login, undone_by, stored in session.execute(
                statement.options(defer(ImportBatch.issues))
            )
        ]


def chosen_date_order(options: object) -> str | None:
    """The date order a batch's text dates were read in, from its stored options
    (``{"parse": {"date_order": ...}}``), when one was chosen; None for "auto" or none kept."""
    parse = options.get("parse") if isinstance(options, dict) else None
    order = parse.get("date_order") if isinstance(parse, dict) else None
    return order if order in ("dmy", "mdy", "ymd") else None


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
    it changed get their previous values back where nobody changed them since (see
    :mod:`debtordesk.services.import_undo`). Only imported data is reverted; anything done since
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
        counts = asdict(revert_batch(session, batch.id, batch.file_name, user_id))
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
            message=_undo_message(batch.file_name, counts),
            **counts,
        )


def _undo_message(file_name: str, counts: dict[str, int]) -> Message:
    """What the clerk is told: only data was reverted, and what was kept because it changed since."""
    if counts["fields_kept"]:
        return Message(
            "undo.data_only_kept",
            {"file": file_name, "fields": counts["fields_kept"], "rows": counts["rows_kept"]},
        )
    return Message("undo.data_only", {"file": file_name})
