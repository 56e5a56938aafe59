"""The communication state machine: the moves the letters, the outbox and the clerk rely on."""

from __future__ import annotations

import pytest

from debtordesk.domain.dunning.model import CommunicationStatus as S
from debtordesk.domain.dunning.states import FINAL, NOT_TAKEN, TRANSITIONS, can_move


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.PLANNED, S.PREPARED),
        (S.PREPARED, S.GENERATED),  # a letter in a batch
        (S.GENERATED, S.PRINTED),
        (S.PRINTED, S.DISPATCHED),  # posted: the 14-day evidence
        (S.PREPARED, S.QUEUED),  # a message in the outbox
        (S.QUEUED, S.SENDING),
        (S.SENDING, S.SENT),
        (S.SENDING, S.UNCERTAIN),  # no answer: never resent blindly
        (S.SENDING, S.QUEUED),  # certainly not at the provider (no connection, 429)
        (S.UNCERTAIN, S.SENT),  # settled by a look-up or the clerk
        (S.FAILED, S.QUEUED),  # a retry
        (S.SENT, S.DELIVERED),
    ],
)
def test_allowed_moves(current: S, target: S) -> None:
    assert can_move(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.DISPATCHED, S.GENERATED),  # a posted letter is evidence: reprints make new letters
        (S.SENT, S.QUEUED),  # a sent message is never queued again
        (S.DELIVERED, S.FAILED),
        (S.CANCELLED, S.PREPARED),
        (S.PLANNED, S.SENT),
    ],
)
def test_refused_moves(current: S, target: S) -> None:
    assert not can_move(current, target)


def test_final_and_not_taken() -> None:
    assert {S.DELIVERED, S.DISPATCHED, S.CANCELLED} == FINAL
    assert {S.CANCELLED, S.FAILED} == NOT_TAKEN
    assert set(TRANSITIONS) == set(S)
