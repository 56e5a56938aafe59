"""The tables of the customer panel's follow-up tabs: calls and notes together, promises, arrangements
and the terms of one arrangement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from debtordesk.domain.arrangements import CostsChoice, TermStatus
from debtordesk.services.followup import (
    ArrangementRecord,
    CallRecord,
    NoteRecord,
    PromiseRecord,
    TermView,
)
from debtordesk.ui.followup_labels import (
    arrangement_status_text,
    costs_text,
    interval_text,
    promise_status_text,
    term_status_text,
)
from debtordesk.ui.formatting import date_text, datetime_text, money_text, phone_text
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.models.roles import SORT_KEY_ROLE
from debtordesk.ui.models.table import StaticTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CONTEXT = "FollowupColumns"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class ContactRow:
    """A call or a note, for one list."""

    id: int
    at: datetime
    #: the outcome of a call in the clerk's language; "" for a note
    outcome: str
    text: str
    invoice_number: str | None
    follow_up: date | None
    phone: str | None
    by: str | None

    @property
    def is_note(self) -> bool:
        return not self.outcome


def contact_rows(
    calls: tuple[CallRecord, ...], notes: tuple[NoteRecord, ...], language: str
) -> list[ContactRow]:
    """Calls and notes together, newest first (ids kept apart: notes negative)."""
    rows = [
        ContactRow(
            id=call.id,
            at=call.at,
            outcome=call.outcome_nl if language == "nl" else call.outcome_en,
            text=call.note,
            invoice_number=None,
            follow_up=call.next_follow_up,
            phone=call.phone,
            by=call.clerk,
        )
        for call in calls
    ]
    rows += [
        ContactRow(
            id=-note.id,
            at=note.at,
            outcome="",
            text=note.text,
            invoice_number=note.invoice_number,
            follow_up=None,
            phone=None,
            by=note.clerk,
        )
        for note in notes
    ]
    rows.sort(key=lambda row: (row.at, row.id), reverse=True)
    return rows


class ContactColumn(IntEnum):
    AT = 0
    WHAT = 1
    TEXT = 2
    FOLLOW_UP = 3
    PHONE = 4
    BY = 5


_CONTACT_HEADERS = {
    ContactColumn.AT: QT_TRANSLATE_NOOP("FollowupColumns", "When"),
    ContactColumn.WHAT: QT_TRANSLATE_NOOP("FollowupColumns", "Call or note"),
    ContactColumn.TEXT: QT_TRANSLATE_NOOP("FollowupColumns", "Note"),
    ContactColumn.FOLLOW_UP: QT_TRANSLATE_NOOP("FollowupColumns", "Follow-up"),
    ContactColumn.PHONE: QT_TRANSLATE_NOOP("FollowupColumns", "Number"),
    ContactColumn.BY: QT_TRANSLATE_NOOP("FollowupColumns", "By"),
}


class ContactModel(StaticTableModel[ContactRow, ContactColumn]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(list(ContactColumn), parent)
        self.language = language

    def header(self, column: ContactColumn) -> str:
        return _tr(_CONTACT_HEADERS[column])

    def cell(self, row: ContactRow, column: ContactColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column is ContactColumn.TEXT:
            return row.text
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_KEY_ROLE):
            return None
        sort = role == SORT_KEY_ROLE
        match column:
            case ContactColumn.AT:
                return row.at.isoformat() if sort else datetime_text(row.at, self.language)
            case ContactColumn.WHAT:
                if row.is_note:
                    note = QCoreApplication.translate("FollowupColumns", "Note")
                    if row.invoice_number:
                        note += " " + QCoreApplication.translate(
                            "FollowupColumns", "(invoice {invoice})"
                        ).format(invoice=row.invoice_number)
                    return note
                return QCoreApplication.translate("FollowupColumns", "Call: {outcome}").format(
                    outcome=row.outcome
                )
            case ContactColumn.TEXT:
                return row.text.replace("\n", " ⏎ ")
            case ContactColumn.FOLLOW_UP:
                return row.follow_up if sort else date_text(row.follow_up, self.language)
            case ContactColumn.PHONE:
                return (row.phone or "") if sort else phone_text(row.phone)
            case ContactColumn.BY:
                return row.by or ""
        return None


class PromiseColumn(IntEnum):
    MADE = 0
    DATE = 1
    AMOUNT = 2
    INVOICES = 3
    STATUS = 4
    DECIDED = 5
    PAID = 6
    HOLD = 7


_PROMISE_HEADERS = {
    PromiseColumn.MADE: QT_TRANSLATE_NOOP("FollowupColumns", "Made on"),
    PromiseColumn.DATE: QT_TRANSLATE_NOOP("FollowupColumns", "Promised for"),
    PromiseColumn.AMOUNT: QT_TRANSLATE_NOOP("FollowupColumns", "Amount"),
    PromiseColumn.INVOICES: QT_TRANSLATE_NOOP("FollowupColumns", "Invoices"),
    PromiseColumn.STATUS: QT_TRANSLATE_NOOP("FollowupColumns", "Status"),
    PromiseColumn.DECIDED: QT_TRANSLATE_NOOP("FollowupColumns", "Decided on"),
    PromiseColumn.PAID: QT_TRANSLATE_NOOP("FollowupColumns", "Paid"),
    PromiseColumn.HOLD: QT_TRANSLATE_NOOP("FollowupColumns", "Dunning paused until"),
}


class PromiseModel(StaticTableModel[PromiseRecord, PromiseColumn]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(list(PromiseColumn), parent)
        self.language = language

    def header(self, column: PromiseColumn) -> str:
        return _tr(_PROMISE_HEADERS[column])

    def cell_alignment(self, column: PromiseColumn) -> Any:
        return _RIGHT if column in (PromiseColumn.AMOUNT, PromiseColumn.PAID) else None

    def cell(self, row: PromiseRecord, column: PromiseColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(column)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_KEY_ROLE):
            return None
        sort, language = role == SORT_KEY_ROLE, self.language
        match column:
            case PromiseColumn.MADE:
                return row.made_on if sort else date_text(row.made_on, language)
            case PromiseColumn.DATE:
                return row.promised_on if sort else date_text(row.promised_on, language)
            case PromiseColumn.AMOUNT:
                return row.amount if sort else money_text(row.amount, language)
            case PromiseColumn.INVOICES:
                return ", ".join(row.invoice_numbers)
            case PromiseColumn.STATUS:
                return promise_status_text(row.status)
            case PromiseColumn.DECIDED:
                return row.decided_on if sort else date_text(row.decided_on, language)
            case PromiseColumn.PAID:
                return row.paid if sort else money_text(row.paid, language)
            case PromiseColumn.HOLD:
                return row.hold_until if sort else date_text(row.hold_until, language)
        return None


class ArrangementColumn(IntEnum):
    MADE = 0
    STATUS = 1
    TOTAL = 2
    PAID = 3
    TERMS = 4
    NEXT = 5
    INTERVAL = 6
    COSTS = 7
    INVOICES = 8


_ARRANGEMENT_HEADERS = {
    ArrangementColumn.MADE: QT_TRANSLATE_NOOP("FollowupColumns", "Made on"),
    ArrangementColumn.STATUS: QT_TRANSLATE_NOOP("FollowupColumns", "Status"),
    ArrangementColumn.TOTAL: QT_TRANSLATE_NOOP("FollowupColumns", "Total"),
    ArrangementColumn.PAID: QT_TRANSLATE_NOOP("FollowupColumns", "Paid"),
    ArrangementColumn.TERMS: QT_TRANSLATE_NOOP("FollowupColumns", "Terms"),
    ArrangementColumn.NEXT: QT_TRANSLATE_NOOP("FollowupColumns", "Next term due"),
    ArrangementColumn.INTERVAL: QT_TRANSLATE_NOOP("FollowupColumns", "Interval"),
    ArrangementColumn.COSTS: QT_TRANSLATE_NOOP("FollowupColumns", "Costs"),
    ArrangementColumn.INVOICES: QT_TRANSLATE_NOOP("FollowupColumns", "Invoices"),
}


def next_term(row: ArrangementRecord) -> TermView | None:
    return next((t for t in row.terms if t.status is not TermStatus.PAID), None)


class ArrangementModel(StaticTableModel[ArrangementRecord, ArrangementColumn]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(list(ArrangementColumn), parent)
        self.language = language

    def header(self, column: ArrangementColumn) -> str:
        return _tr(_ARRANGEMENT_HEADERS[column])

    def cell_alignment(self, column: ArrangementColumn) -> Any:
        if column in (ArrangementColumn.TOTAL, ArrangementColumn.PAID, ArrangementColumn.TERMS):
            return _RIGHT
        return None

    def cell(self, row: ArrangementRecord, column: ArrangementColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column is ArrangementColumn.COSTS:
            return row.costs_reason or None
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_KEY_ROLE):
            return None
        sort, language = role == SORT_KEY_ROLE, self.language
        match column:
            case ArrangementColumn.MADE:
                return row.made_on if sort else date_text(row.made_on, language)
            case ArrangementColumn.STATUS:
                return arrangement_status_text(row.status)
            case ArrangementColumn.TOTAL:
                return row.total if sort else money_text(row.total, language)
            case ArrangementColumn.PAID:
                return row.paid if sort else money_text(row.paid, language)
            case ArrangementColumn.TERMS:
                return len(row.terms) if sort else str(len(row.terms))
            case ArrangementColumn.NEXT:
                term = next_term(row)
                due = term.due if term is not None and row.ended_on is None else None
                return due if sort else date_text(due, language)
            case ArrangementColumn.INTERVAL:
                return interval_text(row.interval, row.interval_days)
            case ArrangementColumn.COSTS:
                text = costs_text(row.costs_choice)
                if row.costs_choice is not CostsChoice.NONE:
                    text += f" (€ {money_text(row.costs_amount, language)})"
                return text
            case ArrangementColumn.INVOICES:
                return ", ".join(row.invoice_numbers)
        return None


class TermColumn(IntEnum):
    NUMBER = 0
    DUE = 1
    AMOUNT = 2
    PAID = 3
    STATUS = 4


_TERM_HEADERS = {
    TermColumn.NUMBER: QT_TRANSLATE_NOOP("FollowupColumns", "Term"),
    TermColumn.DUE: QT_TRANSLATE_NOOP("FollowupColumns", "Due"),
    TermColumn.AMOUNT: QT_TRANSLATE_NOOP("FollowupColumns", "Amount"),
    TermColumn.PAID: QT_TRANSLATE_NOOP("FollowupColumns", "Paid"),
    TermColumn.STATUS: QT_TRANSLATE_NOOP("FollowupColumns", "Status"),
}


class TermModel(StaticTableModel[TermView, TermColumn]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(list(TermColumn), parent)
        self.language = language

    def row_id(self, row: TermView) -> int:
        return row.number

    def header(self, column: TermColumn) -> str:
        return _tr(_TERM_HEADERS[column])

    def cell_alignment(self, column: TermColumn) -> Any:
        return _RIGHT if column is not TermColumn.STATUS else None

    def cell(self, row: TermView, column: TermColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(column)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_KEY_ROLE):
            return None
        sort, language = role == SORT_KEY_ROLE, self.language
        match column:
            case TermColumn.NUMBER:
                return row.number if sort else str(row.number)
            case TermColumn.DUE:
                return row.due if sort else date_text(row.due, language)
            case TermColumn.AMOUNT:
                return row.amount if sort else money_text(row.amount, language)
            case TermColumn.PAID:
                return row.paid if sort else money_text(row.paid, language)
            case TermColumn.STATUS:
                return term_status_text(row.status)
        return None
