"""Rows without a customer number: the stored customer with that name gets them.

A file without customer numbers keys each customer by the search form of its name (``keyed_by_name``).
Before, such a file made a new customer known by name even when the administration already held the
customer under a number (customer D001 "Jansen B.V." from the bookkeeping's export, then a list
without numbers naming "Jansen B.V."), which split the customer's invoices over two customers.

Now each customer of the file known by name is looked up among the stored customers by the search
form of the name (case and accents do not matter, as in the ``name_search`` column), and by its key
as a number (a customer known by name that the clerk renamed since):

- exactly one stored customer: the file's rows go to that customer, as if the file had given its
  number; the comparison then treats it as any known customer (a field changes only when the source
  sends another value than last time, a hand edit wins, a field the file lacks is not touched);
  the name itself, which the match was made by, keeps the stored spelling;
- several: nothing is guessed; the rows go to a customer known by name as before, and a warning
  names the rows and the candidates, and asks for a customer-number column or a merge by hand.

The names are read once per import, in one query, and only when the file has rows without a number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import Customer
from debtordesk.domain.messages import Message
from debtordesk.importing.model import CustomerData, InvoiceData, Issue, Severity
from debtordesk.services.import_customers import name_search
from debtordesk.services.import_state import CUSTOMER_LENGTHS, StoredData, table_of

_CUSTOMER = table_of(Customer)
_SEARCH_LENGTH = CUSTOMER_LENGTHS["name_search"]
#: how many candidates and rows a warning names before it says "+N"
_NAMED_IN_WARNING = 5
_ROWS_IN_WARNING = 10
AMBIGUOUS = "import.customer_name_several_stored"


@dataclass(frozen=True)
class StoredName:
    number: str
    name: str


@dataclass(frozen=True)
class NameMatches:
    """The file's customers and invoices with the matched customers' numbers, and the warnings."""

    customers: Mapping[str, CustomerData]
    invoices: tuple[InvoiceData, ...]
    issues: tuple[Issue, ...]
    #: key by name in the file -> number of the stored customer that gets its rows
    matched: Mapping[str, str]


def has_rows_by_name(customers: Mapping[str, CustomerData]) -> bool:
    return any(data.keyed_by_name for data in customers.values())


def load_names(session: Session, administration_id: int) -> dict[str, list[StoredName]]:
    """The administration's customers by the search form of their names (one query)."""
    statement = select(_CUSTOMER.c.number, _CUSTOMER.c.name, _CUSTOMER.c.name_search).where(
        _CUSTOMER.c.administration_id == administration_id
    )
    by_name: dict[str, list[StoredName]] = {}
    for number, name, search in session.execute(statement):
        by_name.setdefault(search, []).append(StoredName(number, name))
    return by_name


def match_by_name(
    customers: Mapping[str, CustomerData],
    invoices: tuple[InvoiceData, ...],
    stored: StoredData,
    names: Mapping[str, Sequence[StoredName]],
    *,
    column: str | None,
) -> NameMatches:
    """Give the file's customers known by name the number of the one stored customer with that
    name; warn where several have it (``column``: the file's customer-name column)."""
    in_file: dict[str, set[str]] = {}  # numbered customers of the file, by search form of name
    for key, data in customers.items():
        name = data.values.get("name")
        if not data.keyed_by_name and isinstance(name, str) and name:
            in_file.setdefault(name_search(name), set()).add(key)
    by_number: dict[str, StoredName] = {}  # made when first needed (a renamed customer)
    targets: dict[str, str] = {}
    ambiguous: dict[str, list[StoredName]] = {}
    for key, data in customers.items():
        if not data.keyed_by_name:
            continue
        found = {c.number: c for c in names.get(key[:_SEARCH_LENGTH], ())}
        if key in stored.customers and key not in found:
            # the customer known by this name, renamed by the clerk since
            if not by_number:
                by_number = {c.number: c for group in names.values() for c in group}
            found[key] = by_number.get(key) or StoredName(key, key)
        for number in in_file.get(key[:_SEARCH_LENGTH], ()):
            found.setdefault(number, StoredName(number, str(customers[number].values["name"])))
        if len(found) > 1:
            ambiguous[key] = sorted(found.values(), key=lambda c: c.number)
        elif found and (number := next(iter(found))) != key:
            targets[key] = number
    matched = _settled(customers, targets)
    issues = _warnings(customers, invoices, ambiguous, column) if ambiguous else ()
    if not matched:
        return NameMatches(customers, invoices, issues, {})
    moved: dict[str, CustomerData] = {}
    for key, data in customers.items():
        target = matched.get(key)
        if target is None:
            moved.setdefault(key, data)
        elif target not in customers:
            # the stored spelling of the name stays: the match was made by it
            values = {n: v for n, v in data.values.items() if n != "name"}
            moved[target] = replace(data, key=target, keyed_by_name=False, values=values)
    return NameMatches(
        moved,
        tuple(
            replace(inv, customer_key=matched[inv.customer_key])
            if inv.customer_key in matched
            else inv
            for inv in invoices
        ),
        issues,
        matched,
    )


def _settled(customers: Mapping[str, CustomerData], targets: Mapping[str, str]) -> dict[str, str]:
    """The matches to make: not onto a customer the file knows by name itself, and not two keys
    of the file onto one customer (then each stays a customer known by name, as before). A
    numbered customer of the file takes the rows; its own values win."""
    claims: dict[str, int] = {}
    for number in targets.values():
        claims[number] = claims.get(number, 0) + 1
    return {
        key: number
        for key, number in targets.items()
        if claims[number] == 1 and not (number in customers and customers[number].keyed_by_name)
    }


def _warnings(
    customers: Mapping[str, CustomerData],
    invoices: Sequence[InvoiceData],
    ambiguous: Mapping[str, Sequence[StoredName]],
    column: str | None,
) -> tuple[Issue, ...]:
    rows: dict[str, list[int]] = {key: [] for key in ambiguous}
    for inv in invoices:
        found = rows.get(inv.customer_key)
        if found is not None:
            found.append(inv.row)
    issues = []
    for key, candidates in ambiguous.items():
        data = customers[key]
        lines = sorted(set(rows[key])) or [data.row]
        shown_rows = [str(r) for r in lines[:_ROWS_IN_WARNING]]
        if len(lines) > _ROWS_IN_WARNING:
            shown_rows.append(f"+{len(lines) - _ROWS_IN_WARNING}")
        shown = [f"'{c.name}' ({c.number})" for c in candidates[:_NAMED_IN_WARNING]]
        if len(candidates) > _NAMED_IN_WARNING:
            shown.append(f"+{len(candidates) - _NAMED_IN_WARNING}")
        name = str(data.values.get("name") or key)
        issues.append(
            Issue(
                severity=Severity.WARNING,
                message=Message(
                    AMBIGUOUS,
                    {
                        "name": name,
                        "rows": ", ".join(shown_rows),
                        "count": len(candidates),
                        "named": ", ".join(shown),
                    },
                ),
                row=lines[0],
                column=column,
                value=name,
            )
        )
    return tuple(issues)
