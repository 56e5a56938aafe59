"""Disputes, pure: the reasons a customer gives, and the workflow of a disputed invoice.

open -> accepted (the organisation agrees: a credit note is expected; the invoice stays held)
     -> declined (with the reason; the hold is lifted and dunning resumes)
     -> resolved (settled: a credit note arrived, or the customer withdrew; the hold is lifted).
accepted -> resolved. Declined and resolved are final; a new complaint is a new dispute.
"""

from __future__ import annotations

from enum import StrEnum


class DisputeStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    RESOLVED = "resolved"


#: the reasons on the list (the clerk adds words in the text); "other" needs the text
DISPUTE_REASONS: tuple[str, ...] = (
    "not_received",
    "not_delivered",
    "amount_wrong",
    "quality",
    "already_paid",
    "cancelled",
    "other",
)

TRANSITIONS: dict[DisputeStatus, frozenset[DisputeStatus]] = {
    DisputeStatus.OPEN: frozenset(
        {DisputeStatus.ACCEPTED, DisputeStatus.DECLINED, DisputeStatus.RESOLVED}
    ),
    DisputeStatus.ACCEPTED: frozenset({DisputeStatus.RESOLVED}),
    DisputeStatus.DECLINED: frozenset(),
    DisputeStatus.RESOLVED: frozenset(),
}

#: statuses in which the invoice stays on hold
HOLDING: frozenset[DisputeStatus] = frozenset({DisputeStatus.OPEN, DisputeStatus.ACCEPTED})


def can_move(current: DisputeStatus, target: DisputeStatus) -> bool:
    return target in TRANSITIONS[current]
