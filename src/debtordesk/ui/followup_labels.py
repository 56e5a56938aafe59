"""Words for the follow-up vocabularies in the interface language: why a customer is on the call list,
the states of promises, disputes, arrangements and their terms, and the kinds of timeline events.

Words the services also use (call reasons, dispute reasons and states, arrangement states) come from
the catalogue, so the CLI and the GUI say the same; the rest are Qt translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtordesk.domain.arrangements import ArrangementStatus, CostsChoice, Interval, TermStatus
from debtordesk.domain.calls import CallReason
from debtordesk.domain.disputes import DisputeStatus
from debtordesk.domain.messages import Message
from debtordesk.domain.promises import PromiseStatus
from debtordesk.i18n.catalogue import render
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "FollowupLabels"

_PROMISE = {
    PromiseStatus.PENDING: QT_TRANSLATE_NOOP("FollowupLabels", "waiting"),
    PromiseStatus.KEPT: QT_TRANSLATE_NOOP("FollowupLabels", "kept"),
    PromiseStatus.BROKEN: QT_TRANSLATE_NOOP("FollowupLabels", "broken"),
    PromiseStatus.CANCELLED: QT_TRANSLATE_NOOP("FollowupLabels", "withdrawn"),
}

_TERM = {
    TermStatus.PAID: QT_TRANSLATE_NOOP("FollowupLabels", "paid"),
    TermStatus.PART_PAID: QT_TRANSLATE_NOOP("FollowupLabels", "partly paid"),
    TermStatus.OPEN: QT_TRANSLATE_NOOP("FollowupLabels", "not due yet"),
    TermStatus.DUE: QT_TRANSLATE_NOOP("FollowupLabels", "due"),
    TermStatus.MISSED: QT_TRANSLATE_NOOP("FollowupLabels", "missed"),
}

_COSTS = {
    CostsChoice.NONE: QT_TRANSLATE_NOOP("FollowupLabels", "no costs open"),
    CostsChoice.WAIVED: QT_TRANSLATE_NOOP("FollowupLabels", "costs waived"),
    CostsChoice.INCLUDED: QT_TRANSLATE_NOOP("FollowupLabels", "costs included"),
}

_INTERVAL = {
    Interval.MONTH: QT_TRANSLATE_NOOP("FollowupLabels", "monthly"),
    Interval.WEEK: QT_TRANSLATE_NOOP("FollowupLabels", "weekly"),
    Interval.DAYS: QT_TRANSLATE_NOOP("FollowupLabels", "every few days"),
}

#: the kinds of timeline events the services write
KINDS = {
    "import": QT_TRANSLATE_NOOP("FollowupLabels", "Imports"),
    "import_undo": QT_TRANSLATE_NOOP("FollowupLabels", "Undone imports"),
    "edit": QT_TRANSLATE_NOOP("FollowupLabels", "Edits"),
    "dunning": QT_TRANSLATE_NOOP("FollowupLabels", "Dunning steps"),
    "letter": QT_TRANSLATE_NOOP("FollowupLabels", "Letters"),
    "outbox": QT_TRANSLATE_NOOP("FollowupLabels", "Messages"),
    "payment": QT_TRANSLATE_NOOP("FollowupLabels", "Payment links and payments"),
    "call": QT_TRANSLATE_NOOP("FollowupLabels", "Calls"),
    "note": QT_TRANSLATE_NOOP("FollowupLabels", "Notes"),
    "promise": QT_TRANSLATE_NOOP("FollowupLabels", "Promises"),
    "dispute": QT_TRANSLATE_NOOP("FollowupLabels", "Disputes"),
    "arrangement": QT_TRANSLATE_NOOP("FollowupLabels", "Arrangements"),
    "hold": QT_TRANSLATE_NOOP("FollowupLabels", "Holds"),
    "assignment": QT_TRANSLATE_NOOP("FollowupLabels", "Assignments"),
    "created": QT_TRANSLATE_NOOP("FollowupLabels", "Created"),
    "storno": QT_TRANSLATE_NOOP("FollowupLabels", "Reversals"),
    "closed": QT_TRANSLATE_NOOP("FollowupLabels", "Closed invoices"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def reason_text(reason: CallReason) -> str:
    return render(Message(f"calls.reason.{reason.value}"))


def reasons_text(reasons: tuple[CallReason, ...]) -> str:
    return ", ".join(reason_text(reason) for reason in reasons)


def dispute_status_text(status: DisputeStatus) -> str:
    return render(Message(f"dispute.status.{status.value}"))


def dispute_reason_text(code: str) -> str:
    return render(Message(f"dispute.reason.{code}"))


def arrangement_status_text(status: ArrangementStatus) -> str:
    return render(Message(f"arrangement.status.{status.value}"))


def promise_status_text(status: PromiseStatus) -> str:
    return _tr(_PROMISE[status])


def term_status_text(status: TermStatus) -> str:
    return _tr(_TERM[status])


def costs_text(choice: CostsChoice) -> str:
    return _tr(_COSTS[choice])


def interval_text(interval: Interval, days: int | None = None) -> str:
    if interval is Interval.DAYS and days:
        return QCoreApplication.translate("FollowupLabels", "every {days} days").format(days=days)
    return _tr(_INTERVAL[interval])


def kind_text(kind: str) -> str:
    """The word for a kind of timeline event (the stored word when it is not known)."""
    text = KINDS.get(kind)
    return _tr(text) if text is not None else kind
