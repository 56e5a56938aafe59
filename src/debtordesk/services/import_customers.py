"""Customers of a file against the stored ones: which to create and which fields to change, in memory.

The rule for a field: a value the clerk edited by hand wins until the source sends a different value
than it sent last time. So each customer keeps what the source sent last time (``imported_values``:
the value per field, the tags, and the contact data that was not accepted); a field is set only when
the file's value differs from that, and a field the file does not mention is never touched. The same
holds for tags (only newly sent ones are added, only those the source stopped sending are removed)
and for contact problems (see :mod:`debtordesk.services.import_problems`).

A customer counts as updated only when a field the clerk sees changes; the bookkeeping that follows
(what was sent last time, the origin of the type, the contact problems) is written silently.
"""

from __future__ import annotations

import json
import json.encoder
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from typing import Any

from debtordesk.domain.enums import ClaimType, CustomerType, TypeOrigin
from debtordesk.domain.messages import Message
from debtordesk.importing.model import CUSTOMER_ATTRIBUTES, CustomerData, Issue, Severity
from debtordesk.importing.names import name_search_key
from debtordesk.services.import_problems import (
    PROBLEMS_KEY,
    merge_problems,
    not_accepted,
    problem_record,
    remember_not_accepted,
)
from debtordesk.services.import_state import CUSTOMER_LENGTHS, TAG_LENGTH, StoredData
from debtordesk.services.import_types import json_param

#: the key under which ``imported_values`` remembers the tags the source sent last time
TAGS_KEY = "tags"
#: what the clerk sees of a customer, in the order the timeline names them (``type_origin`` only
#: says where the type came from; the tags are kept under TAGS_KEY)
SHOWN_FIELDS = (*(name for name in CUSTOMER_ATTRIBUTES if name != "type_origin"), TAGS_KEY)
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
_NAME, _NUMBER, _KEYED_BY_NAME, _NAME_SEARCH, _IMPORTED, _PROBLEMS = (
    _AT[name]
    for name in (
        "name",
        "number",
        "keyed_by_name",
        "name_search",
        "imported_values",
        "contact_problems",
    )
)
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
    #: stored customers whose shown fields change, with those fields (SHOWN_FIELDS order); a customer
    #: whose update is bookkeeping only is counted as unchanged
    updated: dict[str, tuple[str, ...]] = field(default_factory=dict)
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
#: a sample of every kind of value json_text meets, to check a faster encoder against _ENCODER
_SAMPLE = {
    "name": 'Zoë "de" Vries\n',
    "n": 3,
    "x": 1.5,
    "yes": True,
    "none": None,
    "day": date(2026, 1, 2),
    "amount": Decimal("1.50"),
    "tags": ["a", "ß"],
    "problems": [{"field": "email", "value": "x@"}],
}


def _fast_encoder() -> Callable[[Any], str]:
    """_ENCODER.encode without making a new C encoder for every value, as ``encode`` does (three
    quarters of its time for a customer's few values): the same C encoder, made once with the same
    settings. Only used when it writes exactly what _ENCODER writes; else _ENCODER itself."""
    # the C encoder json.JSONEncoder uses itself (not in the typing stubs; None without C speedups)
    make: Any = getattr(json.encoder, "c_make_encoder", None)
    try:
        encoder = make(
            None,  # no check for circular values: a customer's values hold no cycles
            _json_default,
            json.encoder.encode_basestring_ascii,
            None,
            _ENCODER.key_separator,
            _ENCODER.item_separator,
            False,
            False,
            True,
        )

        def encode(value: Any) -> str:
            return "".join(encoder(value, 0))

        if encode(_SAMPLE) == _ENCODER.encode(_SAMPLE) and encode([]) == _ENCODER.encode([]):
            return encode
    except (TypeError, ValueError):  # pragma: no cover - another Python's json module
        pass
    return _ENCODER.encode  # pragma: no cover


_encode = _fast_encoder()


def json_text(value: Any) -> str:
    """Customer values as stored JSON text, each value as :func:`json_value` remembers it (the
    enums are text enums, which JSON writes as their values)."""
    return _encode(value)


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
    issues = changes.issues
    longest = CUSTOMER_LENGTHS["number"]
    known = stored.customers
    new = _NewRows(changes, defaults, scope)
    for key, data in customers.items():
        if len(key) > longest:
            changes.rejected_keys.add(key)
            issues.append(_too_long(data, "customer_number", Severity.ERROR))
            continue
        values, origin = _storable_values(data, issues)
        sent = _Sent(
            values,
            origin,
            _storable_tags(data, issues) if scope.tags else (),
            [problem_record(p, _field_of(p, scope)) for p in data.problems]
            if data.problems
            else [],
        )
        current = known.get(key)
        if current is None:
            new.add(key, data, sent)
        else:
            found = _pending(changes, key, current, sent, stored=stored, scope=scope)
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


def _storable_values(data: CustomerData, issues: list[Issue]) -> tuple[dict[str, Any], Any]:
    """The values the source sends that can be stored, and the origin of the type apart: that is
    where the reading side found the type (a column or the name), not something the source sent."""
    given = data.values
    if _LIMITS.keys() >= given.keys() and None not in given.values():
        values = dict(given)  # as the reading side delivers them: nothing to leave out
    else:
        values = {n: v for n, v in given.items() if v is not None and n in _LIMITS}
    for name in [n for n, v in values.items() if type(v) is str and len(v) > _LIMITS[n]]:
        issues.append(_too_long(data, name, Severity.WARNING))
        del values[name]
    return values, values.pop("type_origin", None)


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


class _Sent:
    """What the file sends for one customer, ready to store (a plain class with slots: one is made
    for every customer of a file, and a frozen dataclass takes three times as long to make)."""

    __slots__ = ("origin", "problems", "tags", "values")

    def __init__(
        self,
        values: dict[str, Any],
        origin: Any,
        tags: tuple[str, ...],
        problems: list[dict[str, Any]],
    ) -> None:
        self.values = values
        #: where the reading side found the type (None: the file gives no type)
        self.origin = origin
        self.tags = tags
        self.problems = problems

    def remembered(self, scope: _FileScope) -> dict[str, Any]:
        """What ``imported_values`` keeps of this file: the values, the tags when the file has
        them, and the contact data that was not accepted (the same order of keys every time, so
        that the stored JSON text can be compared as text)."""
        bad = not_accepted(self.problems) if self.problems else None
        if not scope.tags and not bad:
            return self.values
        remembered = dict(self.values)
        if scope.tags:
            remembered[TAGS_KEY] = list(self.tags)
        if bad:
            remembered[PROBLEMS_KEY] = bad
        return remembered


class _NewRows:
    """The rows of the customers a file adds, in the order of INSERT_COLUMNS."""

    def __init__(
        self, changes: CustomerChanges, defaults: CustomerDefaults, scope: _FileScope
    ) -> None:
        self.changes = changes
        self.scope = scope
        template: list[Any] = list(_NEW_CUSTOMER)
        template[_AT["customer_type"]] = defaults.customer_type
        template[_AT["language"]] = defaults.language
        self.template = template

    def add(self, key: str, data: CustomerData, sent: _Sent) -> None:
        values = sent.values
        row = self.template.copy()
        at = _AT
        if "customer_type" in values:
            row[at["type_origin"]] = sent.origin or TypeOrigin.FILE
        for attribute, value in values.items():
            row[at[attribute]] = value
        name: str = row[_NAME] or key
        if self.scope.tags:
            self.changes.insert_tags[key] = sent.tags
        row[_NAME] = name
        row[_NUMBER] = key
        row[_KEYED_BY_NAME] = data.keyed_by_name
        row[_NAME_SEARCH] = name_search(name)
        row[_IMPORTED] = json_text(sent.remembered(self.scope))
        row[_PROBLEMS] = json_text(sent.problems) if sent.problems else _NO_PROBLEMS
        self.changes.inserts.append(tuple(row))
        self.changes.new_keys.add(key)


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
    problems: list[Any] | None
    #: the customer's tags before and after, when they change
    tags: tuple[list[str], list[str]] | None


def _pending(
    changes: CustomerChanges,
    key: str,
    current: Any,
    sent: _Sent,
    *,
    stored: StoredData,
    scope: _FileScope,
) -> _Pending | None:
    """What the file would change on a stored customer, judged by what the source sent last time
    (``imported_values``, read as its JSON text); None when nothing. ``key``: the customer's number
    in the file (a customer known by name that takes the file's number is stored under another)."""
    if _as_last_time(current, sent, scope=scope):
        changes.unchanged += 1
        return None
    old_imported: dict[str, Any] = _parsed(current.imported_values) or {}
    imported = dict(old_imported)
    taken: dict[str, Any] = {}
    for name, value in sent.values.items():
        remembered = value if type(value) is str else json_value(value)
        if name in imported and imported[name] == remembered:
            continue  # the source says what it said last time: a hand edit (if any) wins
        imported[name] = remembered
        taken[name] = value
    # the type now comes from the file: a hand-set origin no longer describes it
    origin = (sent.origin or TypeOrigin.FILE) if "customer_type" in taken else None
    remember_not_accepted(
        imported,
        old_imported,
        not_accepted(sent.problems),
        values=sent.values,
        covered=scope.covered_fields,
    )
    have_problems = list(_parsed(current.contact_problems) or ())
    problems = merge_problems(
        have_problems, sent.problems, old_imported, covered=scope.covered_fields
    )
    tags: tuple[list[str], list[str]] | None = None
    if scope.tags:
        have = stored.tags.get(current.id, set())
        sent_tags, last_tags = set(sent.tags), set(old_imported.get(TAGS_KEY) or ())
        # a tag the source sent last time too and the customer lacks was removed by the clerk
        added = sorted(sent_tags - last_tags - have)
        removed = sorted((last_tags - sent_tags) & have)
        imported[TAGS_KEY] = list(sent.tags)
        if added or removed:
            tags = (sorted(have), sorted((have - set(removed)) | set(added)))
            changes.tags_added.extend((current.id, t) for t in added)
            changes.tags_removed.extend((current.id, t) for t in removed)
    if imported == old_imported and problems == have_problems and tags is None:
        changes.unchanged += 1
        return None
    return _Pending(
        id=current.id,
        number=key,
        taken=taken,
        origin=origin,
        imported=imported if imported != old_imported else None,
        problems=problems if problems != have_problems else None,
        tags=tags,
    )


def _as_last_time(current: Any, sent: _Sent, *, scope: _FileScope) -> bool:
    """True when the stored JSON texts are exactly what this file would store: the source sends
    what it sent last time, so nothing changes (a hand edit since, of a value or a tag, wins).

    The common re-import is settled this way without parsing any stored JSON; any difference, even
    in the order of the keys, leaves the judgement to :func:`_pending`.
    """
    if current.imported_values != json_text(sent.remembered(scope)):
        return False
    return bool(
        current.contact_problems == (json_text(sent.problems) if sent.problems else _NO_PROBLEMS)
    )


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
    if pending.tags is not None:
        before[TAGS_KEY], after[TAGS_KEY] = pending.tags
    changes.updates.append(RowUpdate(pending.id, after, before))
    shown = tuple(name for name in SHOWN_FIELDS if name in after)
    if shown:
        changes.updated[pending.number] = shown
    else:
        changes.unchanged += 1  # bookkeeping only: nothing the clerk sees changed


@lru_cache(maxsize=65536)
def name_search(name: str) -> str:
    """The stored search form of a name (:func:`debtordesk.domain.text.search_key`, cut to fit);
    kept for names met again (thousands of customers share a few thousand names)."""
    return name_search_key(name)[: CUSTOMER_LENGTHS["name_search"]]
