"""A lazy message is worked out on first read and otherwise behaves as the plain message."""

from __future__ import annotations

import copy
import pickle
from datetime import date
from decimal import Decimal

from debtordesk.domain.messages import Message, MessageParam, lazy_message


def test_a_lazy_message_is_worked_out_once_when_first_read() -> None:
    calls: list[tuple[str, int]] = []

    def make(step: str, days: int) -> Message:
        calls.append((step, days))
        return Message("dunning.reason.overdue", {"step": step, "days": days})

    message = lazy_message(make, ("Reminder", 12))
    assert calls == []  # nothing worked out before it is read
    assert isinstance(message, Message)
    assert message.code == "dunning.reason.overdue"
    assert dict(message.params) == {"step": "Reminder", "days": 12}
    assert message.params["days"] == 12
    assert calls == [("Reminder", 12)]  # once


def test_a_lazy_message_equals_hashes_and_copies_as_the_plain_message() -> None:
    params: dict[str, MessageParam] = {"on": date(2026, 11, 20), "amount": Decimal("12.50")}
    plain = Message("dunning.reason.storno.one", params)
    lazy = lazy_message(Message, ("dunning.reason.storno.one", params))
    assert lazy == plain and plain == lazy
    assert hash(lazy) == hash(plain)
    assert lazy != Message("dunning.reason.storno", params)
    assert repr(lazy).endswith(repr(plain)[len("Message") :])
    restored = pickle.loads(pickle.dumps(lazy))
    assert type(restored) is Message and restored == plain
    assert copy.deepcopy(lazy) == plain
