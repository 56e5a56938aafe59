"""Message codes with values: what the domain and the services say, before it is put into words.

The words live in :mod:`debtordesk.i18n.catalogue`, in Dutch and English, shared by the GUI and the CLI.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from types import MappingProxyType

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
