"""The small task-state object long operations receive: progress, status text, and cancellation."""

from __future__ import annotations

from typing import Protocol

from debtordesk.domain.errors import Cancelled
from debtordesk.domain.messages import Message


class Progress(Protocol):
    """Reported to by long work (import, letter batches, sending); implemented by the GUI and the CLI."""

    def set_progress(self, done: int, total: int) -> None: ...

    def set_status(self, message: Message) -> None: ...

    def cancel_requested(self) -> bool: ...


class NullProgress:
    """Progress that goes nowhere and never cancels."""

    def set_progress(self, done: int, total: int) -> None:
        return None

    def set_status(self, message: Message) -> None:
        return None

    def cancel_requested(self) -> bool:
        return False


def check_cancel(progress: Progress) -> None:
    """Raise :class:`Cancelled` when the user asked to stop."""
    if progress.cancel_requested():
        raise Cancelled()
