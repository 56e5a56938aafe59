"""Answers of background work for a dialog the clerk may have closed already: once Qt has deleted the
dialog, its widgets are gone, and the answer is dropped instead of touching them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

T = TypeVar("T")


def while_alive(owner: QObject, callback: Callable[[T], None]) -> Callable[[T], None]:
    """``callback``, called only while ``owner`` still exists."""

    def call(value: T) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call
