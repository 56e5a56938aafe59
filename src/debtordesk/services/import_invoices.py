"""Invoices of a file against the stored ones: new, updated, unchanged, closed and reopened, in memory.

An invoice is keyed by (number, due date) within its administration. Only what changes is written,
so the same file twice writes nothing. A full snapshot of open items speaks for every open invoice of
its source: one absent from the file was paid outside DebtorDesk and is closed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from operator import attrgetter, itemgetter
from typing import Any

from debtordesk.domain.enums import (
    CloseReason,
    ImportKind,
    InvoiceStatus,
    SnapshotMode,
)
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO, is_whole_cents, quantize
from debtordesk.importing.model import InvoiceData, Issue, Severity
from debtordesk.services.import_customers import RowUpdate
from debtordesk.services.import_state import (
    INVOICE_AT,
    INVOICE_LENGTHS,
    StoredData,
    cents,
    stored_value,
)

#: statuses the ledger may move an invoice out of; the others belong to the clerk
_REOPENABLE = frozenset(
    {CloseReason.ABSENT_FROM_SNAPSHOT, CloseReason.ZERO_OPEN, CloseReason.HISTORY}
)
#: columns that keep their stored value when the file leaves them empty
_KEEP_WHEN_EMPTY = ("invoice_date", "payment_method", "description", "reference", "storno_date")
NEW, UPDATED, CLOSED, REOPENED = range(4)


@dataclass(frozen=True)
class InvoiceContext:
    kind: ImportKind
    mode: SnapshotMode
    source: str
    export_date: date
    file_name: str
    #: ids of stored customers by number
    customer_ids: Mapping[str, int]
    #: customers the file names that can be stored (stored or new)
    known_keys: frozenset[str]
    #: customers of the file that cannot be stored
    rejected_keys: frozenset[str]
    #: invoice numbers of rejected rows: a full snapshot counts them as present
    rejected_numbers: frozenset[str]
    #: the file has no amounts, its open amounts stand in (ImportPreview.amount_from_open): a stored
    #: invoice keeps its amount while that still covers the open amount
    amount_from_open: bool = False

    @property
    def closes_absent(self) -> bool:
        return self.kind is ImportKind.OPEN_ITEMS and self.mode is SnapshotMode.FULL


@dataclass(frozen=True)
class InvoiceEvent:
    customer: str
    invoice_id: int
    code: str
    params: dict[str, Any]


@dataclass
class InvoiceChanges:
    #: new invoices (written column by column: see import_new_invoices)
    inserts: list[InvoiceData] = field(default_factory=list)
    updates: list[RowUpdate] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    reopened: int = 0
    rejected: list[Issue] = field(default_factory=list)
    #: per customer number: counts of new, updated, closed, reopened invoices
    touched: dict[str, list[int]] = field(default_factory=dict)
    events: list[InvoiceEvent] = field(default_factory=list)

    def touch(self, customer: str, what: int, count: int = 1) -> None:
        counts = self.touched.get(customer)
        if counts is None:
            counts = self.touched[customer] = [0, 0, 0, 0]
        counts[what] += count


def diff_invoices(
    invoices: tuple[InvoiceData, ...], stored: StoredData, ctx: InvoiceContext
) -> InvoiceChanges:
    changes = InvoiceChanges()
    # the keys of the new invoices and the ids of the stored ones the file lists: a key met again
    # is a repeat (the reading side drops those; never let one reach the unique index)
    new_keys: set[tuple[str, date]] = set()
    listed: set[int] = set()
    present_numbers = set(ctx.rejected_numbers)
    stored_invoices = stored.invoices
    inserts = changes.inserts
    unchanged = _unchanged_filter(ctx)
    storable = _all_storable(invoices, ctx)
    if storable and not stored_invoices and _distinct_keys(invoices):
        # nothing stored to compare with, nothing to refuse, no key twice: every invoice is new
        inserts.extend(invoices)
        invoices = ()
    moved = _MovedDueDates(invoices, stored)
    for inv in invoices:
        key = (inv.number, inv.due_date)
        current = stored_invoices.get(key)
        repeat = key in new_keys if current is None else current[_ID] in listed
        if repeat:
            continue
        if not storable and not _storable(inv, ctx):
            changes.rejected.append(_why_unstorable(inv, ctx))
            present_numbers.add(inv.number)
            continue
        if current is None:
            current = moved.stored_line(inv, listed)
            if current is None:
                new_keys.add(key)
                inserts.append(inv)
                continue
            listed.add(current[_ID])
            _compare(changes, inv, current, ctx, due_date_moved=True)
            continue
        listed.add(current[_ID])
        if unchanged(inv, current):
            changes.unchanged += 1
        else:
            _compare(changes, inv, current, ctx)
    changes.new = len(inserts)
    new_per_customer = Counter(map(_CUSTOMER_KEY, inserts))
    if changes.touched:
        for customer, count in new_per_customer.items():
            changes.touch(customer, NEW, count)
    else:  # no invoice changed (a first import): the new ones open every customer's counts
        changes.touched = {
            customer: [count, 0, 0, 0] for customer, count in new_per_customer.items()
        }
    if ctx.closes_absent:
        _close_absent(changes, stored, ctx, listed, present_numbers)
    return changes


class _MovedDueDates:
    """An invoice whose due date the source moved (a payment term extended): the file's one line of
    that number and the one stored line of it, whose own key the file no longer lists, are the same
    invoice. Keyed by (number, due date) alone it would be closed as paid and come back as new,
    leaving its reminders, costs and 14-day letter behind. Instalment lines (several of one
    number, in the file or stored) keep their keys. Built at the first invoice not found."""

    def __init__(self, invoices: tuple[InvoiceData, ...], stored: StoredData) -> None:
        self.invoices = invoices
        self.stored = stored
        self.file_lines: Counter[str] | None = None
        self.file_keys: set[tuple[str, date]] = set()
        self.stored_lines: dict[str, list[Any]] = {}

    def stored_line(self, inv: InvoiceData, listed: set[int]) -> Any:
        if not self.stored.invoices:
            return None
        if self.file_lines is None:
            self.file_lines = Counter(map(_NUMBER_OF, self.invoices))
            self.file_keys = set(map(_KEY_OF, self.invoices))
            for row_key, row in self.stored.invoices.items():
                self.stored_lines.setdefault(row_key[0], []).append(row)
        lines = self.stored_lines.get(inv.number)
        if self.file_lines[inv.number] != 1 or lines is None or len(lines) != 1:
            return None
        (row,) = lines
        if (row[_NUMBER], row[_DUE_DATE]) in self.file_keys or row[_ID] in listed:
            return None
        return row


_CUSTOMER_KEY = attrgetter("customer_key")
_NUMBER_OF = attrgetter("number")
_CURRENCY_OF = attrgetter("currency")
_KEY_OF = attrgetter("number", "due_date")
_NUMBER_LIMIT = INVOICE_LENGTHS["number"]
_CURRENCY_LIMIT = INVOICE_LENGTHS["currency"]


def _all_storable(invoices: tuple[InvoiceData, ...], ctx: InvoiceContext) -> bool:
    """True when :func:`_storable` holds for every invoice, found a column at a time."""
    return (
        ctx.known_keys.issuperset(map(_CUSTOMER_KEY, invoices))
        and max(map(len, map(_NUMBER_OF, invoices)), default=0) <= _NUMBER_LIMIT
        and max(map(len, map(_CURRENCY_OF, invoices)), default=0) <= _CURRENCY_LIMIT
    )


def _distinct_keys(invoices: tuple[InvoiceData, ...]) -> bool:
    return len(set(map(_KEY_OF, invoices))) == len(invoices)


def _storable(inv: InvoiceData, ctx: InvoiceContext) -> bool:
    return (
        inv.customer_key in ctx.known_keys
        and len(inv.number) <= _NUMBER_LIMIT
        and len(inv.currency) <= _CURRENCY_LIMIT
    )


def _why_unstorable(inv: InvoiceData, ctx: InvoiceContext) -> Issue:
    customer = {"customer": inv.customer_key[:60]}
    if inv.customer_key in ctx.rejected_keys:
        message = Message("commit.customer_rejected", customer)
    elif inv.customer_key not in ctx.known_keys:
        message = Message("commit.customer_unknown", customer)
    elif len(inv.number) > _NUMBER_LIMIT:
        message = Message(
            "commit.value_too_long", {"field": "invoice_number", "limit": _NUMBER_LIMIT}
        )
    else:
        message = Message("commit.value_too_long", {"field": "currency", "limit": _CURRENCY_LIMIT})
    return Issue(Severity.ERROR, message, row=inv.row, value=inv.number[:60])


_AT = INVOICE_AT
_ID, _CUSTOMER, _NUMBER, _SOURCE = _AT["id"], _AT["customer_id"], _AT["number"], _AT["source"]
_AMOUNT, _OPEN, _CURRENCY, _STATUS = (
    _AT["amount"],
    _AT["open_amount"],
    _AT["currency"],
    _AT["status"],
)
_LAST_BATCH, _DUE_DATE = _AT["last_batch_id"], _AT["due_date"]
#: invoice fields a file may leave empty (the stored value stays), with their position
_OPTIONAL = tuple((name, _AT[name]) for name in _KEEP_WHEN_EMPTY)
#: the same positions by name, for the filter that checks them one by one
_INVOICE_DATE, _PAYMENT_METHOD, _DESCRIPTION, _REFERENCE, _STORNO_DATE = (
    _AT[name]
    for name in ("invoice_date", "payment_method", "description", "reference", "storno_date")
)
if set(_KEEP_WHEN_EMPTY) != {
    "invoice_date",
    "payment_method",
    "description",
    "reference",
    "storno_date",
}:
    raise RuntimeError(
        "_unchanged_filter checks the fields of _KEEP_WHEN_EMPTY one by one: add the new one there"
    )


def _unchanged_filter(ctx: InvoiceContext) -> Callable[[InvoiceData, Any], bool]:
    """A fast filter for the common case of a re-import: True only when :func:`_compare` would find
    nothing to change; False means "compare in full". Stored rows are read by position."""
    if ctx.kind is not ImportKind.OPEN_ITEMS:
        return _never
    customer_ids = ctx.customer_ids
    # a full snapshot takes every invoice it lists into its source
    source = ctx.source if ctx.closes_absent else None
    from_open = ctx.amount_from_open

    open_status = str(InvoiceStatus.OPEN)

    def unchanged(inv: InvoiceData, current: Any) -> bool:
        if (
            current[_CUSTOMER] != customer_ids.get(inv.customer_key)
            or (
                not _covers(current[_AMOUNT], inv.open_amount)
                if from_open
                else current[_AMOUNT] != inv.amount.scaleb(2)  # cents(), without the call
            )
            or current[_CURRENCY] != inv.currency
            or (source is not None and current[_SOURCE] != source)
        ):
            return False
        # the fields a file may leave empty (_KEEP_WHEN_EMPTY), one by one without a loop:
        # a value the file gives must equal the stored one
        value: Any = inv.invoice_date
        if value is not None and value != current[_INVOICE_DATE]:
            return False
        value = inv.payment_method
        if value is not None and value != current[_PAYMENT_METHOD]:
            return False
        value = inv.description
        if value is not None and value != current[_DESCRIPTION]:
            return False
        value = inv.reference
        if value is not None and value != current[_REFERENCE]:
            return False
        value = inv.storno_date
        if value is not None and value != current[_STORNO_DATE]:
            return False
        status = current[_STATUS]  # the stored text: equal to its InvoiceStatus member
        if status == open_status:
            opened = inv.open_amount
            return bool(opened != 0 and current[_OPEN] == opened.scaleb(2))
        if status == InvoiceStatus.PAID:
            return bool(inv.open_amount == 0)
        return bool(current[_OPEN] == cents(inv.open_amount))

    return unchanged


def _never(inv: InvoiceData, current: Any) -> bool:
    return False


def _covers(stored_cents: Any, open_amount: Decimal) -> bool:
    """The stored amount (in cents) still holds an open amount that stands in for the amount: the
    same sign and at least as large (a partly paid invoice keeps its amount)."""
    open_cents = cents(open_amount)
    return bool(stored_cents >= open_cents >= 0 or stored_cents <= open_cents <= 0)


def _money(amount: Decimal) -> Decimal:
    return amount if is_whole_cents(amount) else quantize(amount)


def _text(value: str | None, name: str) -> str | None:
    limit = INVOICE_LENGTHS.get(name)
    return value[:limit] if value is not None and limit is not None else value


def _compare(
    changes: InvoiceChanges,
    inv: InvoiceData,
    current: Any,
    ctx: InvoiceContext,
    *,
    due_date_moved: bool = False,
) -> None:
    customer_id = ctx.customer_ids.get(inv.customer_key)
    kept = ctx.amount_from_open and _covers(current[_AMOUNT], inv.open_amount)
    want: dict[str, Any] = {
        # a customer this batch creates has no id yet: 0 differs from every stored id
        "customer_id": customer_id or 0,
        "amount": stored_value(current, "amount") if kept else _money(inv.amount),
        "currency": inv.currency,
        "invoice_date": inv.invoice_date,
        "payment_method": inv.payment_method,
        "description": inv.description,
        "reference": _text(inv.reference, "reference"),
        "storno_date": inv.storno_date,
    }
    for name in _KEEP_WHEN_EMPTY:
        if want[name] is None:
            want[name] = stored_value(current, name)
    if due_date_moved:
        want["due_date"] = inv.due_date
    action, what = _status_change(want, inv, current, ctx)
    if ctx.closes_absent:
        want["source"] = ctx.source  # a full snapshot speaks for every open invoice it lists
    after = {name: value for name, value in want.items() if stored_value(current, name) != value}
    if not after:
        changes.unchanged += 1
        return
    after["export_date"] = ctx.export_date
    before = {name: stored_value(current, name) for name in after}
    before["last_batch_id"] = current[_LAST_BATCH]
    new_customer = inv.customer_key if customer_id is None else None
    changes.updates.append(RowUpdate(current[_ID], after, before, action, new_customer))
    changes.touch(inv.customer_key, what)
    if due_date_moved:
        moved = {
            "number": inv.number,
            "before": current[_DUE_DATE].isoformat(),
            "after": inv.due_date.isoformat(),
            "export_date": ctx.export_date.isoformat(),
            "file": ctx.file_name,
        }
        changes.events.append(
            InvoiceEvent(inv.customer_key, current[_ID], "event.invoice_due_date_moved", moved)
        )
    if action == "update":
        changes.updated += 1
        return
    if action == "close":
        changes.closed += 1
        reason = want["close_reason"]
        code = (
            "event.invoice_closed_history"
            if reason is CloseReason.HISTORY
            else "event.invoice_closed_zero"
        )
    else:
        changes.reopened += 1
        code = "event.invoice_reopened"
    params = {
        "number": inv.number,
        "export_date": ctx.export_date.isoformat(),
        "file": ctx.file_name,
    }
    changes.events.append(InvoiceEvent(inv.customer_key, current[_ID], code, params))


def _status_change(
    want: dict[str, Any], inv: InvoiceData, current: Any, ctx: InvoiceContext
) -> tuple[str, int]:
    """Fill the status columns of ``want``; returns the action and what to count it as."""
    status = stored_value(current, "status")
    if ctx.kind is ImportKind.HISTORY:
        if status is InvoiceStatus.OPEN:
            want.update(
                status=InvoiceStatus.PAID,
                close_reason=CloseReason.HISTORY,
                paid_date=inv.paid_date or ctx.export_date,
                open_amount=ZERO,
            )
            return "close", CLOSED
        if status is InvoiceStatus.PAID and inv.paid_date is not None:
            want["paid_date"] = inv.paid_date
        return "update", UPDATED
    open_amount = _money(inv.open_amount)
    if status is InvoiceStatus.OPEN and open_amount == 0:
        want.update(
            status=InvoiceStatus.PAID,
            close_reason=CloseReason.ZERO_OPEN,
            paid_date=inv.paid_date or ctx.export_date,
            open_amount=ZERO,
        )
        return "close", CLOSED
    if status is InvoiceStatus.PAID:
        if open_amount != 0 and stored_value(current, "close_reason") in _REOPENABLE:
            want.update(
                status=InvoiceStatus.OPEN,
                close_reason=None,
                paid_date=None,
                open_amount=open_amount,
            )
            return "reopen", REOPENED
        return "update", UPDATED  # paid stays paid (a clerk's close wins): its open amount too
    want["open_amount"] = open_amount  # open, written off or handed over: the ledger's amount
    return "update", UPDATED


def _close_absent(
    changes: InvoiceChanges,
    stored: StoredData,
    ctx: InvoiceContext,
    listed: set[int],
    present_numbers: set[str],
) -> None:
    params_base = {"export_date": ctx.export_date.isoformat(), "file": ctx.file_name}
    absent = [row for row in stored.invoices.values() if row[_ID] not in listed]
    for current in sorted(absent, key=itemgetter(_ID)):
        if (
            current[_STATUS] != InvoiceStatus.OPEN
            or current[_SOURCE] != ctx.source
            or current[_NUMBER] in present_numbers
        ):
            continue
        after = {
            "status": InvoiceStatus.PAID,
            "close_reason": CloseReason.ABSENT_FROM_SNAPSHOT,
            "paid_date": ctx.export_date,
            "open_amount": ZERO,
            "export_date": ctx.export_date,
        }
        before = {name: stored_value(current, name) for name in after}
        before["last_batch_id"] = current[_LAST_BATCH]
        changes.updates.append(RowUpdate(current[_ID], after, before, "close"))
        changes.closed += 1
        customer = stored.customer_numbers.get(current[_CUSTOMER], "")
        changes.touch(customer, CLOSED)
        changes.events.append(
            InvoiceEvent(
                customer,
                current[_ID],
                "event.invoice_closed_absent",
                {"number": current[_NUMBER], **params_base},
            )
        )
