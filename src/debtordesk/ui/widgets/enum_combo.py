"""A combo box over the members of one enum (and optionally 'none'): Qt keeps item data as plain
strings, so the member is looked up again when read."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

E = TypeVar("E", bound=StrEnum)


class EnumCombo(QComboBox, Generic[E]):
    def __init__(
        self,
        kind: type[E],
        words: Callable[[E], str],
        *,
        none: str | None = None,
        members: tuple[E, ...] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        if none is not None:
            self.addItem(none, "")
        for member in members if members is not None else tuple(kind):
            self.addItem(words(member), member.value)

    def value(self) -> E | None:
        data = self.currentData()
        return self._kind(data) if data else None

    def set_value(self, value: E | None) -> None:
        position = self.findData(value.value if value is not None else "")
        self.setCurrentIndex(max(position, 0))
