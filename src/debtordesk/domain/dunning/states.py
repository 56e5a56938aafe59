"""The one state machine of a communication (letter, SMS, e-mail, call task, hand-over), in one place.

planned -> prepared (payment reference and payment link assigned) -> queued (a message waits in the
outbox) or generated (a letter's PDF exists) -> sending -> sent (message) or printed (letter) ->
delivered (message) or dispatched (letter). Before it is final a communication may be cancelled; a
message may fail or end uncertain (the provider did not say whether it went out); a message whose
attempt certainly did not reach the provider (no connection, 429, the batch stopped before the call)
goes back from sending to queued. A failed or uncertain
message may be queued again (a retry); an uncertain one may still be settled as sent or failed once the
provider answers. Delivered, dispatched and cancelled are final. A dispatched letter that comes back
(returned mail) stays dispatched: the returned mail voids its 14-day-letter evidence instead.

Calls and hand-overs are prepared and then done (``sent``) by the clerk; a call that could not be made
is cancelled.
"""

from __future__ import annotations

from debtordesk.domain.dunning.model import CommunicationStatus

_S = CommunicationStatus

#: the moves each status allows
TRANSITIONS: dict[CommunicationStatus, frozenset[CommunicationStatus]] = {
    _S.PLANNED: frozenset({_S.PREPARED, _S.CANCELLED}),
    _S.PREPARED: frozenset({_S.QUEUED, _S.GENERATED, _S.SENT, _S.CANCELLED, _S.FAILED}),
    _S.QUEUED: frozenset({_S.SENDING, _S.CANCELLED, _S.FAILED}),
    _S.GENERATED: frozenset({_S.PRINTED, _S.GENERATED, _S.CANCELLED}),
    _S.SENDING: frozenset({_S.SENT, _S.FAILED, _S.UNCERTAIN, _S.QUEUED}),
    _S.SENT: frozenset({_S.DELIVERED, _S.FAILED}),
    _S.PRINTED: frozenset({_S.DISPATCHED, _S.GENERATED, _S.CANCELLED}),
    _S.DELIVERED: frozenset(),
    _S.DISPATCHED: frozenset(),
    _S.FAILED: frozenset({_S.QUEUED, _S.CANCELLED}),
    _S.CANCELLED: frozenset(),
    _S.UNCERTAIN: frozenset({_S.SENT, _S.FAILED, _S.QUEUED, _S.CANCELLED}),
}

#: communications that did not reach the customer and never will: they are not past steps
NOT_TAKEN: frozenset[CommunicationStatus] = frozenset({_S.CANCELLED, _S.FAILED})

#: communications that cannot change any more
FINAL: frozenset[CommunicationStatus] = frozenset(
    status for status, moves in TRANSITIONS.items() if not moves
)


def can_move(current: CommunicationStatus, target: CommunicationStatus) -> bool:
    """True when a communication in ``current`` may move to ``target``."""
    return target in TRANSITIONS[current]


def counts_as_taken(status: CommunicationStatus) -> bool:
    """A communication in this status is a step taken (the engine will not propose it again)."""
    return status not in NOT_TAKEN
