"""The queue's rows as the page filters and sorts them: each computed entry with what its filters and
sort keys need worked out once (off the GUI thread), and the filter itself as plain Python.

Filtering and sorting 40,000 rows happen in memory on every change of a filter, so nothing here formats
text or touches Qt: display texts are made by the model for the rows on screen only.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Any

from debtordesk.domain.dunning.engine import CHARGES_OPEN
from debtordesk.domain.dunning.model import ActionChannel
from debtordesk.domain.money import ZERO, quantize, to_cents
from debtordesk.domain.text import search_key
from debtordesk.services.dunning_queue import QueueEntry


class QueueColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    STEP = 2
    CHANNELS = 3
    INVOICES = 4
    OPEN = 5
    OVERDUE = 6
    COSTS = 7
    INTEREST = 8
    DAYS = 9
    CURRENT_STEP = 10
    HOLDS = 11
    LAST_CONTACT = 12
    POLICY = 13
    ASSIGNED = 14


MONEY_COLUMNS = frozenset(
    {QueueColumn.OPEN, QueueColumn.OVERDUE, QueueColumn.COSTS, QueueColumn.INTEREST}
)
NUMBER_COLUMNS = MONEY_COLUMNS | {QueueColumn.INVOICES, QueueColumn.DAYS}


#: QueueFilter.assigned for the customers assigned to nobody (user ids start at 1)
UNASSIGNED = 0


class Show(StrEnum):
    """Which customers the queue lists."""

    DUE = "due"  # a step is due (the default: the clerk's work for the day)
    ALL = "all"
    HELD = "held"
    NOT_HELD = "not_held"
    #: invoices paid, collection costs or interest still open
    CHARGES = "charges"


def _cents(amount: Decimal) -> int:
    hundredfold = amount * 100
    cents = int(hundredfold)
    return cents if cents == hundredfold else to_cents(quantize(amount))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _phone_digits(phone: str) -> str:
    bare = phone.lstrip("+")
    return bare if bare.isdigit() else _digits(bare)


def _name_key(text: str) -> str:
    """The domain's search key, with a shortcut for plain ASCII names (the same result, faster)."""
    if text.isascii():
        return " ".join(text.lower().split())
    return search_key(text)


class QueueRow:
    """One customer of the queue, with what the filters and sort keys need."""

    __slots__ = (
        "actionable",
        "assigned",
        "blob",
        "blob_tight",
        "channels",
        "costs_cents",
        "current_step",
        "customer_id",
        "days",
        "entry",
        "holds",
        "invoices",
        "last_contact",
        "last_contact_key",
        "name_key",
        "number_key",
        "open_cents",
        "overdue_cents",
        "policy",
        "segment",
        "step",
    )

    def __init__(self, entry: QueueEntry, step_names: dict[tuple[int, str], str]) -> None:
        row, contact, action = entry.row, entry.contact, entry.row.action
        self.entry = entry
        self.customer_id = row.customer_id
        self.actionable = action is not None
        #: the app_user id of the assigned clerk; changed in place when the clerk assigns customers
        self.assigned: int | None = contact.assigned_user_id
        self.step = action.step_name if action is not None else ""
        self.channels: frozenset[ActionChannel] = frozenset(
            d.channel for d in (action.channels if action else ()) if d.channel is not None
        )
        self.invoices = len(action.invoice_ids) if action is not None else 0
        self.open_cents = _cents(row.open_amount)
        self.overdue_cents = _cents(row.overdue_amount)
        self.costs_cents = _cents(row.costs)
        self.days = row.days_overdue
        key = row.current_step
        self.current_step = (
            step_names.get((row.policy_id, key), key) if key and row.policy_id is not None else ""
        ) or ""
        self.holds = len(row.holds)
        self.last_contact = row.last_contact
        self.last_contact_key = (0, row.last_contact) if row.last_contact else (1, date.min)
        self.number_key = _number_key(contact.number)
        self.segment = contact.segment or ""
        self.policy = entry.policy_name or ""
        self.name_key = _name_key(contact.name)
        phone = _phone_digits(contact.phone or "")
        national = "0" + phone[2:] if phone.startswith("31") else ""
        postcode = (contact.postcode or "").casefold()
        self.blob = " ".join((self.name_key, contact.number.casefold(), postcode, phone, national))
        self.blob_tight = self.blob.replace(" ", "")

    @property
    def number(self) -> str:
        return self.entry.contact.number


def build_rows(
    entries: Iterable[QueueEntry], step_names: dict[tuple[int, str], str]
) -> list[QueueRow]:
    return [QueueRow(entry, step_names) for entry in entries]


@dataclass(frozen=True)
class QueueFilter:
    show: Show = Show.DUE
    search: str = ""
    step: str | None = None
    channel: ActionChannel | None = None
    segment: str | None = None
    policy: str | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    min_days: int | None = None
    #: None: everyone; UNASSIGNED: assigned to nobody; else the app_user id of the clerk
    assigned: int | None = None

    @property
    def narrowed(self) -> bool:
        """Anything beyond the default 'steps due' view."""
        return self != QueueFilter(show=self.show) or self.show is not Show.DUE


def _charges_only(row: QueueRow) -> bool:
    blocked = row.entry.row.blocked
    return blocked is not None and blocked.code == CHARGES_OPEN


def filter_rows(rows: Sequence[QueueRow], wanted: QueueFilter) -> list[QueueRow]:
    """The rows that pass every set part of the filter, in the order given. The amount range is on
    the overdue amount (what the clerk asks the customer to pay)."""
    tests: list[Callable[[QueueRow], bool]] = []
    show = wanted.show
    if show is Show.DUE:
        tests.append(operator.attrgetter("actionable"))
    elif show is Show.HELD:
        tests.append(lambda r: r.holds > 0)
    elif show is Show.NOT_HELD:
        tests.append(lambda r: r.holds == 0)
    elif show is Show.CHARGES:
        tests.append(_charges_only)
    if wanted.step is not None:
        step = wanted.step
        tests.append(lambda r: r.step == step)
    if wanted.channel is not None:
        channel = wanted.channel
        tests.append(lambda r: channel in r.channels)
    if wanted.segment is not None:
        segment = wanted.segment
        tests.append(lambda r: r.segment == segment)
    if wanted.policy is not None:
        policy = wanted.policy
        tests.append(lambda r: r.policy == policy)
    if wanted.min_amount is not None:
        low = _cents(wanted.min_amount)
        tests.append(lambda r: r.overdue_cents >= low)
    if wanted.max_amount is not None:
        high = _cents(wanted.max_amount)
        tests.append(lambda r: r.overdue_cents <= high)
    if wanted.min_days is not None:
        days = wanted.min_days
        tests.append(lambda r: r.days >= days)
    if wanted.assigned is not None:
        clerk = wanted.assigned or None
        tests.append(lambda r: r.assigned == clerk)
    query = search_key(wanted.search)
    if query:
        tight = query.replace(" ", "")
        digits = _digits(query)
        phone = digits if len(digits) >= 4 and len(digits) == len(tight) else ""
        tests.append(
            lambda r: query in r.blob or tight in r.blob_tight or (bool(phone) and phone in r.blob)
        )
    if not tests:
        return list(rows)
    if len(tests) == 1:
        return [row for row in rows if tests[0](row)]
    return [row for row in rows if all(test(row) for test in tests)]


def _blank_last(value: Any) -> tuple[int, Any]:
    return (1, 0) if value is None or value == "" else (0, value)


def sort_key(
    column: QueueColumn, clerk_names: Mapping[int, str] | None = None
) -> Callable[[QueueRow], Any]:
    """The key a column sorts by: numbers as numbers, names without case and accents; blanks last.
    The assigned clerk sorts by the name in ``clerk_names`` (the user id when it is not there)."""
    match column:
        case QueueColumn.NUMBER:
            return operator.attrgetter("number_key")
        case QueueColumn.NAME:
            return operator.attrgetter("name_key")
        case QueueColumn.STEP:
            return lambda r: _blank_last(r.step.casefold())
        case QueueColumn.CHANNELS:
            return lambda r: _blank_last(",".join(sorted(c.value for c in r.channels)))
        case QueueColumn.INVOICES:
            return operator.attrgetter("invoices")
        case QueueColumn.OPEN:
            return operator.attrgetter("open_cents")
        case QueueColumn.OVERDUE:
            return operator.attrgetter("overdue_cents")
        case QueueColumn.COSTS:
            return operator.attrgetter("costs_cents")
        case QueueColumn.INTEREST:
            return lambda r: r.entry.row.interest
        case QueueColumn.DAYS:
            return operator.attrgetter("days")
        case QueueColumn.CURRENT_STEP:
            return lambda r: _blank_last(r.current_step.casefold())
        case QueueColumn.HOLDS:
            return operator.attrgetter("holds")
        case QueueColumn.LAST_CONTACT:
            return operator.attrgetter("last_contact_key")
        case QueueColumn.POLICY:
            return lambda r: _blank_last((r.segment or r.policy).casefold())
        case QueueColumn.ASSIGNED:
            names = clerk_names or {}
            return lambda r: _blank_last(
                None if r.assigned is None else names.get(r.assigned, str(r.assigned)).casefold()
            )


def _number_key(number: str) -> tuple[int, str]:
    """Customer numbers sort as numbers when they are digits ('9' before '10'), else as text."""
    stripped = number.strip()
    if stripped.isdigit():
        return (0, stripped.zfill(20))
    return (1, stripped.casefold())


@dataclass(frozen=True)
class Totals:
    customers: int
    actions: int
    open_amount: Decimal
    overdue_amount: Decimal
    costs: Decimal


def totals_of(rows: Sequence[QueueRow]) -> Totals:
    open_cents = overdue_cents = costs_cents = actions = 0
    for row in rows:
        open_cents += row.open_cents
        overdue_cents += row.overdue_cents
        costs_cents += row.costs_cents
        actions += row.actionable
    cent = Decimal("0.01")
    return Totals(
        customers=len(rows),
        actions=actions,
        open_amount=(Decimal(open_cents) * cent) if rows else ZERO,
        overdue_amount=(Decimal(overdue_cents) * cent) if rows else ZERO,
        costs=(Decimal(costs_cents) * cent) if rows else ZERO,
    )
