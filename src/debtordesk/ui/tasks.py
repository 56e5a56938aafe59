"""The one background helper: run service calls off the GUI thread, results back on the GUI thread.

Reads run on a small thread pool; writes run one at a time on their own single-thread pool, so SQLite
never sees two writers from this app. A task receives a :class:`TaskProgress` (the domain's Progress
protocol) to report progress and to check for cancellation. Workers never touch widgets.

Workers touch no Qt object at all: they put their answer (and their latest progress) into plain Python
structures, and a timer on the GUI thread hands them to the callbacks and emits the progress signals
there. So no QObject is ever created, signalled from or destroyed on a worker thread (a per-task
signal object released by an auto-deleted QRunnable on its pool thread breaks Qt's threading rules).
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render

log = logging.getLogger("debtordesk.ui")

T = TypeVar("T")

#: how often (milliseconds) the GUI thread collects answers and progress while tasks run
_POLL_MS = 15


class TaskProgress(QObject):
    """Thread-safe progress and cancellation for one task; its signals are emitted on the GUI thread
    (at most once per poll, with the latest values)."""

    progressed = Signal(int, int)
    status_changed = Signal(str)
    #: a first part of the answer, ahead of the whole (set_partial); emitted before the answer
    partial = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[int, int] | None = None
        self._status: str | None = None
        self._partial: tuple[object] | None = None

    # -- called by the worker
    def set_progress(self, done: int, total: int) -> None:
        with self._lock:
            self._progress = (done, total)

    def set_status(self, message: Message) -> None:
        text = render(message)
        with self._lock:
            self._status = text

    def set_partial(self, value: object) -> None:
        """Hand the GUI a first part of the answer (the latest one set is delivered, before the
        task's own answer)."""
        with self._lock:
            self._partial = (value,)

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    # -- called on the GUI thread
    def request_cancel(self) -> None:
        self._cancel.set()

    def flush(self) -> None:
        """Emit what the worker reported since the last flush."""
        with self._lock:
            progress, status, partial = self._progress, self._status, self._partial
            self._progress = self._status = self._partial = None
        if status is not None:
            self.status_changed.emit(status)
        if progress is not None:
            self.progressed.emit(*progress)
        if partial is not None:
            self.partial.emit(partial[0])


class TaskHandle:
    """What the caller keeps of a running task: its progress object, to show and to cancel."""

    def __init__(self, progress: TaskProgress) -> None:
        self.progress = progress
        self.finished = False

    def cancel(self) -> None:
        self.progress.request_cancel()


@dataclass
class _Pending:
    handle: TaskHandle
    on_success: Callable[[Any], None]
    on_error: Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs callables in the background and calls back on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="debtordesk-read")
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="debtordesk-write")
        self._answers: queue.SimpleQueue[tuple[int, bool, Any]] = queue.SimpleQueue()
        self._pending: dict[int, _Pending] = {}
        self._futures: set[Future[None]] = set()
        self._keys = itertools.count(1)
        self._timer = QTimer(self)
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._deliver)

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
        key = next(self._keys)
        self._pending[key] = _Pending(handle, on_success, on_error)
        answers = self._answers

        def job() -> None:
            try:
                result: Any = fn(progress)
            except BaseException as exc:  # delivered to the GUI's error handler, never lost
                answers.put((key, False, exc))
            else:
                answers.put((key, True, result))

        # finished futures are forgotten here, on the GUI thread (never from a worker)
        self._futures = {f for f in self._futures if not f.done()}
        self._futures.add((self._writer if write else self._readers).submit(job))
        if not self._timer.isActive():
            self._timer.start()
        return handle

    def _deliver(self) -> None:
        for running in list(self._pending.values()):
            running.handle.progress.flush()
        while True:
            try:
                key, ok, payload = self._answers.get_nowait()
            except queue.Empty:
                break
            pending = self._pending.pop(key, None)
            if pending is None:
                continue
            pending.handle.finished = True
            try:
                if ok:
                    pending.on_success(payload)
                else:
                    pending.on_error(payload)
            except RuntimeError as exc:
                if not _widget_gone(exc):
                    raise
                # the answer came for a page or dialog Qt has deleted meanwhile (a closed window):
                # there is nothing left to show it in
                log.info("answer for a deleted widget dropped: %s", exc)
        if not self._pending:
            self._timer.stop()

    def idle(self) -> bool:
        """No task running and no answer waiting to be delivered (tests wait for this)."""
        return not self._pending

    def wait_for_all(self, msecs: int = 30000) -> bool:
        """Block until running tasks are done (for shutdown and tests); their callbacks still come
        through the event loop afterwards."""
        _done, not_done = wait_for_futures(set(self._futures), timeout=msecs / 1000)
        return not not_done


def _widget_gone(error: RuntimeError) -> bool:
    """Shiboken's errors for a call on (or a signal of) a Qt object whose C++ side was deleted."""
    text = str(error)
    return ("Internal C++ object" in text and "already deleted" in text) or (
        "Signal source has been deleted" in text
    )
