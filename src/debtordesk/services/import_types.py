"""The public vocabulary of committing imports: options in; plan, summary, batch and undo records out."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from debtordesk.domain.enums import BatchStatus, ImportKind, SnapshotMode
from debtordesk.domain.messages import Message, MessageParam
from debtordesk.importing.model import Issue, Severity

#: the most issues a batch keeps for the history (errors first); its counts stay exact
MAX_STORED_ISSUES = 2000


#: the source of an import made without a preset (the source is otherwise the preset's name)
DEFAULT_SOURCE = "default"


@dataclass(frozen=True)
class CommitOptions:
    """How to commit a preview. "Source" is the administration plus ``source`` (the preset name)."""

    source: str = DEFAULT_SOURCE
    mode: SnapshotMode = SnapshotMode.FULL
    #: None: the file's modification date
    export_date: date | None = None
    #: administration code; None: the first administration
    administration: str | None = None
    #: allow an older export than the last one of the source, and a snapshot that closes very many
    force: bool = False
    #: refuse the whole file when any row is in error
    strict: bool = False
    #: None: the operating-system login
    user_login: str | None = None


@dataclass(frozen=True)
class ImportCounts:
    """What a batch does to invoices and customers; each invoice of the file is in exactly one of
    new, updated, unchanged, closed and reopened (closed also counts invoices absent from a snapshot)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    reopened: int = 0
    rejected: int = 0
    customers_new: int = 0
    customers_updated: int = 0

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(ImportCounts)}


@dataclass(frozen=True, kw_only=True)
class ImportPlan(ImportCounts):
    """What committing would do, computed by the same code as the commit, without writing."""

    kind: ImportKind
    mode: SnapshotMode
    source: str
    administration: str
    export_date: date
    customers_unchanged: int = 0
    #: open invoices of the source before this import
    open_before: int = 0
    #: the commit needs ``force=True`` (the clerk's confirmation) for this reason, e.g. a mass close
    confirmation_needed: Message | None = None
    #: the commit would be refused for this reason (with ``force`` considered)
    refusal: Message | None = None
    errors: int = 0
    warnings: int = 0
    #: every issue of the file and of the comparison (e.g. values too long to store)
    issues: tuple[Issue, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ImportSummary(ImportCounts):
    """What a committed batch did."""

    batch_id: int
    kind: ImportKind
    mode: SnapshotMode
    source: str
    administration: str
    export_date: date
    file_name: str
    rows_read: int = 0
    customers_unchanged: int = 0
    #: every issue of the file and of the commit (the batch stores at most MAX_STORED_ISSUES)
    issues: tuple[Issue, ...] = ()

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.WARNING)


@dataclass(frozen=True, kw_only=True)
class BatchInfo(ImportCounts):
    """One line of the import history."""

    id: int
    administration: str
    kind: ImportKind
    mode: SnapshotMode
    source: str
    file_name: str
    file_sha256: str
    sheet: str | None
    export_date: date
    rows_read: int
    warnings_count: int
    #: errors and warnings as stored (capped); see :func:`batch_issues` for the issues themselves
    stored_issues: int
    status: BatchStatus
    user: str | None
    started_at: datetime
    committed_at: datetime | None
    undone_at: datetime | None
    undone_by: str | None
    #: how text dates were read when one order was chosen for the import (--date-order or the
    #: preset's: "dmy", "mdy" or "ymd"); None when they were read automatically
    date_order: str | None = None


@dataclass(frozen=True)
class UndoSummary:
    """What undoing a batch reverted; ``message`` says that only imported data was reverted, and
    how much was kept because it changed since."""

    batch_id: int
    file_name: str
    export_date: date
    invoices_removed: int
    invoices_restored: int
    customers_removed: int
    customers_restored: int
    #: fields changed since the batch (by a clerk or anything else) that kept their current value,
    #: and the rows they are in; ``message`` says so when there are any
    fields_kept: int
    rows_kept: int
    message: Message


def json_param(value: MessageParam) -> Any:
    """A message value as JSON: dates in ISO form, amounts as text."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def param_from_json(value: Any) -> MessageParam:
    """A stored value back: ISO dates become dates again (for the clerk's date format)."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    if value is None or isinstance(value, int | str):
        return value
    return str(value)


def issue_to_json(issue: Issue) -> dict[str, Any]:
    return {
        "severity": issue.severity.value,
        "code": issue.message.code,
        "params": {k: json_param(v) for k, v in issue.message.params.items()},
        "row": issue.row,
        "column": issue.column,
        "value": issue.value,
    }


def issue_from_json(item: Any) -> Issue | None:
    """A stored issue back; None when the stored form is not one (never raises)."""
    if not isinstance(item, dict) or not isinstance(item.get("code"), str):
        return None
    params = item.get("params")
    row = item.get("row")
    try:
        severity = Severity(item.get("severity", Severity.ERROR.value))
    except ValueError:
        severity = Severity.ERROR
    return Issue(
        severity=severity,
        message=Message(
            item["code"],
            {str(k): param_from_json(v) for k, v in params.items()}
            if isinstance(params, dict)
            else {},
        ),
        row=row if isinstance(row, int) else None,
        column=str(item["column"]) if item.get("column") is not None else None,
        value=str(item["value"]) if item.get("value") is not None else None,
    )


def stored_issues(issues: tuple[Issue, ...] | list[Issue]) -> list[dict[str, Any]]:
    """The issues a batch keeps: errors first, then warnings, each in row order, capped."""
    ordered = sorted(
        issues,
        key=lambda i: (i.severity is not Severity.ERROR, i.row if i.row is not None else -1),
    )
    return [issue_to_json(i) for i in ordered[:MAX_STORED_ISSUES]]
