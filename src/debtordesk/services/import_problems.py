"""Contact problems of imported customers: what the file brings, what stays, and what the source sent last
time that was not accepted.

A problem (an invalid e-mail address, phone number or IBAN in the file) is a warning kept on the
customer until the clerk corrects the field. The same bad value in the next file must not bring it
back, so ``imported_values`` remembers, per field, the raw values the source sent that were not
accepted (:data:`PROBLEMS_KEY`); a field's problem comes back only when the source sends a different
bad value than last time.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from debtordesk.importing.model import Issue
from debtordesk.services.import_types import json_param

#: the key under which ``imported_values`` remembers the values the source sent that were not
#: accepted: field -> the raw values (as shown in the problem), sorted
PROBLEMS_KEY = "problems"
#: a problem's field -> the customer attribute a valid value would have filled; a phone number of
#: unknown kind could have been either
_FILLS = {"email": "email", "iban": "iban", "mobile": "mobile", "landline": "landline"}


def problem_record(issue: Issue, field_name: str | None) -> dict[str, Any]:
    """A contact problem as stored on the customer (read by the customer detail view)."""
    return {
        "field": field_name,
        "code": issue.message.code,
        "params": {k: json_param(v) for k, v in issue.message.params.items()},
        "column": issue.column,
        "value": issue.value,
    }


def not_accepted(problems: Collection[Mapping[str, Any]]) -> dict[str, list[str]]:
    """Field -> the values the file sent for it that were not accepted, as remembered."""
    found: dict[str, set[str]] = {}
    for problem in problems:
        field, value = problem.get("field"), problem.get("value")
        if isinstance(field, str) and isinstance(value, str):
            found.setdefault(field, set()).add(value)
    return {field: sorted(values) for field, values in sorted(found.items())}


def remember_not_accepted(
    imported: dict[str, Any],
    old_imported: Mapping[str, Any],
    bad: Mapping[str, list[str]],
    *,
    values: Mapping[str, Any],
    covered: Collection[str],
) -> None:
    """Update the remembered values of ``imported`` (a copy of ``old_imported``) for a file that
    covers the fields ``covered``, sent ``values`` and the not accepted values ``bad``.

    A field the source now sends a bad value for no longer remembers the valid value it sent before:
    when the source sends that value again, it has changed its value since last time.
    """
    last = _last_not_accepted(old_imported)
    remembered = {field: v for field, v in last.items() if field not in covered}
    remembered.update(bad)
    for field in bad:
        attribute = _FILLS.get(field)
        if attribute is not None and attribute not in values:
            imported.pop(attribute, None)
    if remembered:
        imported[PROBLEMS_KEY] = remembered
    else:
        imported.pop(PROBLEMS_KEY, None)


def merge_problems(
    have: list[Any],
    problems: list[dict[str, Any]],
    old_imported: Mapping[str, Any],
    *,
    covered: Collection[str],
) -> list[Any]:
    """The customer's problems after a file: those of fields the file does not cover stay; of the
    covered fields, a problem the source sent last time too stays only if the customer still has it
    (the clerk may have corrected the field), and a problem about a new bad value is added."""
    last = _last_not_accepted(old_imported)

    def repeated(problem: Mapping[str, Any]) -> bool:
        return problem.get("value") in last.get(str(problem.get("field")), ())

    sent = {(p["field"], p["value"]) for p in problems}
    kept = [
        p
        for p in have
        if isinstance(p, dict)
        and (
            (p.get("field") not in covered and p not in problems)
            or ((p.get("field"), p.get("value")) in sent and repeated(p))
        )
    ]
    return kept + [p for p in problems if not repeated(p) and p not in kept]


def _last_not_accepted(imported: Mapping[str, Any]) -> dict[str, list[str]]:
    last = imported.get(PROBLEMS_KEY)
    return last if isinstance(last, dict) else {}
