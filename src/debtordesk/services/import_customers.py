"""Customers of a file against the stored ones: which to create and which fields to change, in memory.

The rule for a field: a value the clerk edited by hand wins until the source sends a different value
than it sent last time. So each customer keeps the last imported value per field (``imported_values``);
a field is set only when the file's value differs from that, and a field the file does not mention is
never touched.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from debtordesk.domain.enums import ClaimType, CustomerType, TypeOrigin
from debtordesk.domain.messages import Message
from debtordesk.importing.model import CUSTOMER_ATTRIBUTES, CustomerData, Issue, Severity
from debtordesk.importing.names import name_search_key
from debtordesk.services.import_state import CUSTOMER_LENGTHS, TAG_LENGTH, StoredData
from debtordesk.services.import_types import json_param

#: the key under which ``imported_values`` remembers the tags the source sent last time
TAGS_KEY = "tags"
#: a new customer as the diff delivers it
INSERT_COLUMNS = (
    "number",
    "keyed_by_name",
    *CUSTOMER_ATTRIBUTES,
    "name_search",
    "imported_values",
    "contact_problems",
)
#: columns of INSERT_COLUMNS whose values are already in the stored form (JSON text)
STORED_COLUMNS = ("imported_values", "contact_problems")
_NO_PROBLEMS = "[]"
#: the longest text each attribute holds (no limit for values that are not text)
_LIMITS = {name: CUSTOMER_LENGTHS.get(name, sys.maxsize) for name in CUSTOMER_ATTRIBUTES}
#: position of each column in a new customer's row
_AT = {name: index for index, name in enumerate(INSERT_COLUMNS)}
#: a new customer's values where the file is silent (type and language come from the settings)
_NEW_CUSTOMER = tuple(
    {
        "type_origin": TypeOrigin.DEFAULT,
        "claim_type": ClaimType.OTHER,
        "opt_out_sms": False,
        "opt_out_email": False,
        "opt_out_call": False,
    }.get(name)
    for name in INSERT_COLUMNS
)


@dataclass
class RowUpdate:
    """One stored row to change: the new values, and the old ones for undo."""

    id: int
    after: dict[str, Any]
    before: dict[str, Any]
    #: "update", "close" or "reopen"
    action: str = "update"
    #: an invoice moving to a customer this batch creates: its id is known only when written
    new_customer: str | None = None


@dataclass(frozen=True)
class CustomerDefaults:
    """What a new customer gets where the file is silent (from the organisation settings)."""

    customer_type: CustomerType = CustomerType.CONSUMER
    language: str = "nl"


@dataclass
class CustomerChanges:
    #: new customers, values in the order of INSERT_COLUMNS
    inserts: list[tuple[Any, ...]] = field(default_factory=list)
    #: tags of the new customers, by customer number
    insert_tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    updates: list[RowUpdate] = field(default_factory=list)
    tags_added: list[tuple[int, str]] = field(default_factory=list)
    tags_removed: list[tuple[int, str]] = field(default_factory=list)
    new_keys: set[str] = field(default_factory=set)
    updated_keys: set[str] = field(default_factory=set)
    #: customers that cannot be stored (their invoices are rejected too)
    rejected_keys: set[str] = field(default_factory=set)
    unchanged: int = 0
    issues: list[Issue] = field(default_factory=list)


def json_value(value: Any) -> Any:
    """A customer value as remembered in ``imported_values`` (JSON)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | Decimal):
        return json_param(value)
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, date | Decimal):
        return json_param(value)
    raise TypeError(f"{type(value).__name__} is not a customer value")


#: made once: json.dumps with a ``default`` would build an encoder for every customer
_ENCODER = json.JSONEncoder(default=_json_default)


def json_text(value: Any) -> str:
    """Customer values as stored JSON text, each value as :func:`json_value` remembers it (the
    enums are text enums, which JSON writes as their values)."""
    return _ENCODER.encode(value)


def problem_record(issue: Issue, field_name: str | None) -> dict[str, Any]:
    """A contact problem as stored on the customer (read by the customer detail view)."""
    return {
        "field": field_name,
        "code": issue.message.code,
        "params": {k: json_param(v) for k, v in issue.message.params.items()},
        "column": issue.column,
        "value": issue.value,
    }


@dataclass(frozen=True)
class _FileScope:
    """What the file covers: contact fields by column, whether it has tags."""

    field_of_column: Mapping[str, str]
    covered_fields: frozenset[str]
    tags: bool


def diff_customers(
    customers: Mapping[str, CustomerData],
    stored: StoredData,
    *,
    defaults: CustomerDefaults,
    field_of_column: Mapping[str, str],
    tags_covered: bool,
    details: Callable[[list[int]], Mapping[int, Any]],
) -> CustomerChanges:
    """Compare the file's customers with the stored ones (keyed by customer number).

    ``stored`` holds each customer's imported values and contact problems; ``details`` reads the
    full rows of the few customers that change (a re-import reads none).
    """
    scope = _FileScope(field_of_column, frozenset(field_of_column.values()), tags_covered)
    changes = CustomerChanges()
    pending: list[_Pending] = []
    for key, data in customers.items():
        if len(key) > CUSTOMER_LENGTHS["number"]:
            changes.rejected_keys.add(key)
            changes.issues.append(_too_long(data, "customer_number", Severity.ERROR))
            continue
        values = _storable_values(data, changes.issues)
        tags = _storable_tags(data, changes.issues) if scope.tags else ()
        problems = [problem_record(p, _field_of(p, scope)) for p in data.problems]
        current = stored.customers.get(key)
        if current is None:
            _insert(
                changes,
                key,
                data,
                values=values,
                tags=tags,
                problems=problems,
                defaults=defaults,
                scope=scope,
            )
        else:
            found = _pending(
                changes,
                current,
                values=values,
                tags=tags,
                problems=problems,
                stored=stored,
                scope=scope,
            )
            if found is not None:
                pending.append(found)
    rows = details([p.id for p in pending]) if pending else {}
    for found in pending:
        _finish(changes, found, rows[found.id])
    return changes


def _field_of(issue: Issue, scope: _FileScope) -> str | None:
    return scope.field_of_column.get(issue.column) if issue.column else None


def _too_long(data: CustomerData, name: str, severity: Severity) -> Issue:
    limit = CUSTOMER_LENGTHS.get(name, CUSTOMER_LENGTHS["number"])
    return Issue(
        severity=severity,
        message=Message("commit.value_too_long", {"field": name, "limit": limit}),
        row=data.row,
        value=str(data.values.get(name, data.key))[:60],
    )


def _storable_values(data: CustomerData, issues: list[Issue]) -> dict[str, Any]:
    values = {n: v for n, v in data.values.items() if v is not None and n in _LIMITS}
    for name in [n for n, v in values.items() if type(v) is str and len(v) > _LIMITS[n]]:
        issues.append(_too_long(data, name, Severity.WARNING))
        del values[name]
    return values


def _storable_tags(data: CustomerData, issues: list[Issue]) -> tuple[str, ...]:
    tags: set[str] = set()
    for tag in data.tags:
        text = tag.strip()
        if len(text) > TAG_LENGTH:
            issues.append(
                Issue(
                    severity=Severity.WARNING,
                    message=Message(
                        "commit.value_too_long", {"field": "tags", "limit": TAG_LENGTH}
                    ),
                    row=data.row,
                    value=text[:60],
                )
            )
        elif text:
            tags.add(text)
    return tuple(sorted(tags))


def _insert(
    changes: CustomerChanges,
    key: str,
    data: CustomerData,
    *,
    values: dict[str, Any],
    tags: tuple[str, ...],
    problems: list[dict[str, Any]],
    defaults: CustomerDefaults,
    scope: _FileScope,
) -> None:
    row: list[Any] = list(_NEW_CUSTOMER)
    row[_AT["customer_type"]] = defaults.customer_type
    row[_AT["language"]] = defaults.language
    if "customer_type" in values and "type_origin" not in values:
        row[_AT["type_origin"]] = TypeOrigin.FILE
    for name, value in values.items():
        row[_AT[name]] = value
    name = row[_AT["name"]] or key
    if scope.tags:
        values[TAGS_KEY] = list(tags)
        changes.insert_tags[key] = tags
    row[_AT["name"]] = name
    row[_AT["number"]] = key
    row[_AT["keyed_by_name"]] = data.keyed_by_name
    row[_AT["name_search"]] = name_search(name)
    # what the source sent, remembered (``values`` is this customer's own dict, made for it)
    row[_AT["imported_values"]] = json_text(values)
    row[_AT["contact_problems"]] = json_text(problems) if problems else _NO_PROBLEMS
    changes.inserts.append(tuple(row))
    changes.new_keys.add(key)


@dataclass
class _Pending:
    """A stored customer the file changes, before its current values are read."""

    id: int
    number: str
    #: fields whose value the source changed since last time, with the new value
    taken: dict[str, Any]
    #: the type origin to set when the type is taken from the file
    origin: Any
    imported: dict[str, Any] | None
    problems: list[dict[str, Any]] | None
    tags_before: list[str] | None


def _pending(
    changes: CustomerChanges,
    current: Any,
    *,
    values: dict[str, Any],
    tags: tuple[str, ...],
    problems: list[dict[str, Any]],
    stored: StoredData,
    scope: _FileScope,
) -> _Pending | None:
    """What the file would change on a stored customer, judged by what the source sent last time
    (``imported_values``, read as its JSON text); None when nothing."""
    if _as_last_time(
        current, values=values, tags=tags, problems=problems, stored=stored, scope=scope
    ):
        changes.unchanged += 1
        return None
    old_imported: dict[str, Any] = _parsed(current.imported_values) or {}
    imported = dict(old_imported)
    taken: dict[str, Any] = {}
    for name, value in values.items():
        remembered = value if type(value) is str else json_value(value)
        if name in imported and imported[name] == remembered:
            continue  # the source says what it said last time: a hand edit (if any) wins
        imported[name] = remembered
        taken[name] = value
    origin = None
    if "customer_type" in taken and "type_origin" not in taken:
        # the type now comes from the file: a hand-set origin no longer describes it
        origin = values.get("type_origin", TypeOrigin.FILE)
    # problems of fields this file covers are replaced by this file's; others stay
    have_problems = list(_parsed(current.contact_problems) or ())
    kept = [
        p
        for p in have_problems
        if isinstance(p, dict) and p.get("field") not in scope.covered_fields and p not in problems
    ]
    tags_before: list[str] | None = None
    if scope.tags:
        have = stored.tags.get(current.id, set())
        sent = set(tags)
        added = sorted(sent - have)
        removed = sorted((set(old_imported.get(TAGS_KEY) or ()) - sent) & have)
        imported[TAGS_KEY] = list(tags)
        if added or removed:
            tags_before = sorted(have)
            changes.tags_added.extend((current.id, t) for t in added)
            changes.tags_removed.extend((current.id, t) for t in removed)
    new_problems = kept + problems
    if imported == old_imported and new_problems == have_problems and tags_before is None:
        changes.unchanged += 1
        return None
    return _Pending(
        id=current.id,
        number=current.number,
        taken=taken,
        origin=origin,
        imported=imported if imported != old_imported else None,
        problems=new_problems if new_problems != have_problems else None,
        tags_before=tags_before,
    )


def _as_last_time(
    current: Any,
    *,
    values: dict[str, Any],
    tags: tuple[str, ...],
    problems: list[dict[str, Any]],
    stored: StoredData,
    scope: _FileScope,
) -> bool:
    """True when the stored JSON texts are exactly what this file would store (the source sends
    what it sent last time) and the customer still has every tag the source sends: nothing changes.

    The common re-import is settled this way without parsing any stored JSON; any difference, even
    in the order of the keys, leaves the judgement to :func:`_pending`.
    """
    imported = {**values, TAGS_KEY: list(tags)} if scope.tags else values
    if current.imported_values != json_text(imported):
        return False
    if current.contact_problems != (json_text(problems) if problems else _NO_PROBLEMS):
        return False
    return not scope.tags or set(tags) <= stored.tags.get(current.id, set())


def _parsed(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _finish(changes: CustomerChanges, pending: _Pending, current: Any) -> None:
    """The update of a changed customer, now that its current values are known."""
    after = {name: v for name, v in pending.taken.items() if getattr(current, name) != v}
    if pending.origin is not None and current.type_origin != pending.origin:
        after["type_origin"] = pending.origin
    if "name" in after:
        after["name_search"] = name_search(after["name"])
    if pending.problems is not None:
        after["contact_problems"] = pending.problems
    if pending.imported is not None:
        after["imported_values"] = pending.imported
    before = {name: getattr(current, name) for name in after}
    if pending.tags_before is not None:
        before[TAGS_KEY] = pending.tags_before
    changes.updates.append(RowUpdate(pending.id, after, before))
    changes.updated_keys.add(pending.number)


def name_search(name: str) -> str:
    """The stored search form of a name (:func:`debtordesk.domain.text.search_key`, cut to fit)."""
    return name_search_key(name)[: CUSTOMER_LENGTHS["name_search"]]
