"""The follow-up workstation's use cases: calls and their outcomes, the call list, promises to pay,
disputes, payment arrangements and notes. Every function takes a Database, opens its own
transaction and returns plain frozen dataclasses (safe from a worker thread); "today" is always a
parameter. Every change is audited and on the customer's timeline."""

from __future__ import annotations

from debtordesk.services.followup.arrangement_check import arrangements_check, cancel_arrangement
from debtordesk.services.followup.arrangement_read import get_arrangement, list_arrangements
from debtordesk.services.followup.arrangements import preview_arrangement, save_arrangement
from debtordesk.services.followup.call_list import call_list, tel_uri
from debtordesk.services.followup.calls import list_calls, log_call
from debtordesk.services.followup.disputes import (
    accept_dispute,
    decline_dispute,
    get_dispute,
    list_disputes,
    open_dispute,
    resolve_dispute,
)
from debtordesk.services.followup.notes import add_note, list_notes
from debtordesk.services.followup.outcomes import list_outcomes, save_outcome, seed_call_outcomes
from debtordesk.services.followup.promise_check import promises_check
from debtordesk.services.followup.promises import cancel_promise, list_promises, record_promise
from debtordesk.services.followup.timeline import customer_timeline, timeline_kinds
from debtordesk.services.followup.types import (
    DEFAULT_SETTINGS,
    ArrangementCheckItem,
    ArrangementPreview,
    ArrangementRecord,
    CallList,
    CallListEntry,
    CallLogResult,
    CallRecord,
    CheckResult,
    DisputeRecord,
    FollowupSettings,
    NoteRecord,
    OutcomeInfo,
    PromiseCheckItem,
    PromiseRecord,
    TermView,
)

__all__ = [
    "DEFAULT_SETTINGS",
    "ArrangementCheckItem",
    "ArrangementPreview",
    "ArrangementRecord",
    "CallList",
    "CallListEntry",
    "CallLogResult",
    "CallRecord",
    "CheckResult",
    "DisputeRecord",
    "FollowupSettings",
    "NoteRecord",
    "OutcomeInfo",
    "PromiseCheckItem",
    "PromiseRecord",
    "TermView",
    "accept_dispute",
    "add_note",
    "arrangements_check",
    "call_list",
    "cancel_arrangement",
    "cancel_promise",
    "customer_timeline",
    "decline_dispute",
    "get_arrangement",
    "get_dispute",
    "list_arrangements",
    "list_calls",
    "list_disputes",
    "list_notes",
    "list_outcomes",
    "list_promises",
    "log_call",
    "open_dispute",
    "preview_arrangement",
    "promises_check",
    "record_promise",
    "resolve_dispute",
    "save_arrangement",
    "save_outcome",
    "seed_call_outcomes",
    "tel_uri",
    "timeline_kinds",
]
