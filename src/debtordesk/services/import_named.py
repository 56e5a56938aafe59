"""Customers known by name that a later file names with a number: which one takes the number.

A file without customer numbers stores each customer with its normalised name as the number
(``keyed_by_name``). When a later file brings a new number N whose customer's name matches exactly
one such customer (by that key, or by the search form of its current name), that customer takes N:
its invoices, holds and history stay with it. When more than one matches, when N is stored already,
or when several numbers of the file match the same customer, nothing is merged and the clerk is told
which customers are concerned.

The stored customers known by name are read apart (a few, usually none), so a file against a ledger
without them costs one small query and no work per row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import Customer
from debtordesk.domain.messages import Message
from debtordesk.importing.model import CustomerData, Issue, Severity
from debtordesk.services.import_customers import CustomerChanges, RowUpdate, name_search
from debtordesk.services.import_state import CUSTOMER_LENGTHS, StoredData, table_of

_CUSTOMER = table_of(Customer)
_NUMBER_LENGTH = CUSTOMER_LENGTHS["number"]
#: how many customers a warning names before it says "and N more"
_NAMED_IN_WARNING = 5


@dataclass(frozen=True)
class NamedCustomer:
    """A stored customer known by name: its number is its normalised name."""

    id: int
    number: str
    name: str
    name_search: str


@dataclass(frozen=True)
class NumberTaken:
    """A stored customer known by name that takes the file's number."""

    id: int
    #: the number the file gives
    number: str
    #: the number it had: its normalised name
    was: str
    name: str


def load_named(session: Session, administration_id: int) -> list[NamedCustomer]:
    """The administration's customers known by name (without a number from a file)."""
    statement = select(
        _CUSTOMER.c.id, _CUSTOMER.c.number, _CUSTOMER.c.name, _CUSTOMER.c.name_search
    ).where(
        _CUSTOMER.c.administration_id == administration_id,
        _CUSTOMER.c.keyed_by_name.is_(True),
    )
    return [NamedCustomer(*row) for row in session.execute(statement)]


def find_numbers_taken(
    customers: Mapping[str, CustomerData],
    stored: StoredData,
    named: Sequence[NamedCustomer],
    *,
    column: str | None,
) -> tuple[list[NumberTaken], list[Issue]]:
    """Which stored customers known by name take a number of the file, and warnings for those
    that match but cannot (``column``: the file's customer-number column, for the warnings)."""
    if not named:
        return [], []
    by_key: dict[str, list[NamedCustomer]] = {}
    for candidate in named:
        for key in {candidate.number, candidate.name_search}:
            by_key.setdefault(key, []).append(candidate)
    issues: list[Issue] = []
    claims: dict[int, tuple[NamedCustomer, list[CustomerData]]] = {}
    for number, data in customers.items():
        name = data.values.get("name") if not data.keyed_by_name else None
        found = by_key.get(name_search(name)) if isinstance(name, str) and name else None
        if not found:
            continue
        found = [c for c in found if c.number != number]
        if not found or len(number) > _NUMBER_LENGTH:
            continue  # a number too long is refused with its customer (import_customers)
        if number in stored.customers:
            issues.append(_warning("import.customer_number_stored", data, number, column, found))
        elif len(found) > 1:
            issues.append(_warning("import.customer_name_ambiguous", data, number, column, found))
        else:
            claims.setdefault(found[0].id, (found[0], []))[1].append(data)
    taken: list[NumberTaken] = []
    for target, claimants in claims.values():
        if len(claimants) == 1 and target.number not in customers:
            data = claimants[0]
            taken.append(NumberTaken(target.id, data.key, target.number, target.name))
            issues.append(
                _warning("import.customer_number_taken", data, data.key, column, [target])
            )
            continue
        # several numbers of the file (or the file's own rows known by that name) match it
        numbers = ", ".join(c.key for c in claimants)
        for data in claimants:
            issues.append(
                _warning(
                    "import.customer_name_claimed_twice",
                    data,
                    data.key,
                    column,
                    [target],
                    numbers=numbers,
                )
            )
    return taken, issues


def take_numbers(stored: StoredData, taken: Sequence[NumberTaken]) -> None:
    """Key the stored customers that take a number by that number, as if the file had found them
    so (the comparison and the commit then treat them as any stored customer)."""
    for item in taken:
        stored.customers[item.number] = stored.customers.pop(item.was)
        stored.customer_numbers[item.id] = item.number


def record_numbers_taken(changes: CustomerChanges, taken: Sequence[NumberTaken]) -> None:
    """The number (and no longer keyed by name) in the update of each customer that takes one,
    with the old values for undo; such a customer counts as updated."""
    updates = {update.id: update for update in changes.updates}
    for item in taken:
        update = updates.get(item.id)
        if update is None:
            update = RowUpdate(item.id, {}, {})
            changes.updates.append(update)
        update.after.update(number=item.number, keyed_by_name=False)
        update.before.update(number=item.was, keyed_by_name=True)
        if item.number not in changes.updated:
            changes.unchanged -= 1  # the comparison found nothing else to change
            changes.updated[item.number] = ()


def _warning(
    code: str,
    data: CustomerData,
    number: str,
    column: str | None,
    found: Sequence[NamedCustomer],
    **params: str,
) -> Issue:
    shown = [f"'{c.name}' ({c.number})" for c in found[:_NAMED_IN_WARNING]]
    if len(found) > _NAMED_IN_WARNING:
        shown.append(f"+{len(found) - _NAMED_IN_WARNING}")
    return Issue(
        severity=Severity.WARNING,
        message=Message(
            code,
            {
                "number": number,
                "name": str(data.values.get("name", "")),
                "named": ", ".join(shown),
                "count": len(found),
                **params,
            },
        ),
        row=data.row,
        column=column,
        value=number,
    )
