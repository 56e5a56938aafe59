"""The one background helper: run service calls off the GUI thread, results back on the GUI thread.

Reads run on a small thread pool; writes run one at a time on their own single-thread pool, so SQLite
never sees two writers from this app. A task receives a :class:`TaskProgress` (the domain's Progress
protocol) to report progress and to check for cancellation. Workers never touch widgets: success and
failure are delivered through queued signals to callbacks that run on the GUI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render

T = TypeVar("T")

#: at most this many progress signals per second reach the GUI
_PROGRESS_INTERVAL = 0.05


class TaskProgress(QObject):
    """Thread-safe progress and cancellation for one task; signals arrive on the GUI thread."""

    progressed = Signal(int, int)
    status_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._last_emit = 0.0

    def set_progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_emit >= _PROGRESS_INTERVAL:
            self._last_emit = now
            self.progressed.emit(done, total)

    def set_status(self, message: Message) -> None:
        self.status_changed.emit(render(message))

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def request_cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable, Generic[T]):
    def __init__(self, fn: Callable[[TaskProgress], T], progress: TaskProgress) -> None:
        super().__init__()
        self.fn = fn
        self.progress = progress
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # delivered to the GUI's error handler, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class TaskHandle:
    """What the caller keeps of a running task: its progress object, to show and to cancel."""

    def __init__(self, progress: TaskProgress) -> None:
        self.progress = progress
        self.finished = False

    def cancel(self) -> None:
        self.progress.request_cancel()


class _Relay(QObject):
    """Lives on the GUI thread; queued connections make its slots run there."""

    def __init__(
        self,
        handle: TaskHandle,
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        done: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._handle = handle
        self._on_success = on_success
        self._on_error = on_error
        self._done = done

    @Slot(object)
    def succeeded(self, result: Any) -> None:
        self._handle.finished = True
        self._done(self)
        self._on_success(result)

    @Slot(object)
    def failed(self, error: Any) -> None:
        self._handle.finished = True
        self._done(self)
        self._on_error(error)


class TaskRunner(QObject):
    """Runs callables in the background and calls back on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read_pool = QThreadPool(self)
        self._read_pool.setMaxThreadCount(2)
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)
        self._alive: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[TaskProgress], T],
        on_success: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        *,
        write: bool = False,
    ) -> TaskHandle:
        """Start ``fn(progress)``; ``on_success(result)`` or ``on_error(exc)`` runs on the GUI thread."""
        progress = TaskProgress()
        handle = TaskHandle(progress)
        job: _Job[T] = _Job(fn, progress)
        relay = _Relay(handle, on_success, on_error, self._alive.discard)
        self._alive.add(relay)
        job.signals.succeeded.connect(relay.succeeded, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(relay.failed, Qt.ConnectionType.QueuedConnection)
        (self._write_pool if write else self._read_pool).start(job)
        return handle

    def wait_for_all(self, msecs: int = 30000) -> bool:
        """Block until running tasks are done (for shutdown and tests)."""
        return self._read_pool.waitForDone(msecs) and self._write_pool.waitForDone(msecs)
