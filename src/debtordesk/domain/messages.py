"""Message codes with values: what the domain and the services say, before it is put into words.

The words live in :mod:`debtordesk.i18n.catalogue`, in Dutch and English, shared by the GUI and the CLI.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any

MessageParam = str | int | Decimal | date | None


@dataclass(frozen=True)
class Message:
    """A message code (a stable identifier such as ``"import.missing_column"``) and its values."""

    code: str
    params: Mapping[str, MessageParam] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params.items(), key=lambda kv: kv[0]))))

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Message)
            and self.code == other.code
            and dict(self.params) == dict(other.params)
        )


class LazyMessage(Message):
    """A :class:`Message` worked out when its code or values are first read: ``make(*args)`` gives
    the message it then stands for. For explanations that only the rows someone looks at need (the
    dunning queue's reasons: tens of thousands of rows, a handful read). Equal to, hashed like and
    pickled as the plain message; ``make`` must be a pure function of ``args``.

    Made by :func:`lazy_message`, not by calling the class."""

    def __getattr__(self, name: str) -> Any:
        # only called for an attribute not set yet: ``code`` and ``params`` before the first read
        if name not in ("code", "params"):
            raise AttributeError(name)
        values = self.__dict__
        if name not in values:
            # two threads may both work it out: the same result, the last one stays
            message = values["_make"](*values["_args"])
            values["params"] = message.params
            values["code"] = message.code
        return values[name]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.code, dict(self.params)))


def lazy_message(make: Callable[..., Message], args: tuple[Any, ...]) -> Message:
    """A message that is ``make(*args)``, worked out on first use (see :class:`LazyMessage`)."""
    message = object.__new__(LazyMessage)
    values = message.__dict__
    values["_make"] = make
    values["_args"] = args
    return message
