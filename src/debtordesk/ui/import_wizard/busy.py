"""Background work of the wizard: one task slot per page, a progress panel, and a way to close safely.

A slot runs at most one task; starting another cancels the first and drops its result, so a late answer
(for a file or sheet the clerk has left already) never overwrites a newer one. The wizard only closes when
no slot has a task left, because the callbacks belong to its widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from debtordesk.ui.tasks import TaskHandle, TaskProgress, TaskRunner

T = TypeVar("T")


class TaskSlot(QObject):
    """Runs one background task at a time for a page; ``settled`` fires when a task has ended."""

    settled = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._handle: TaskHandle | None = None
        self._generation = 0
        self._pending = 0

    @property
    def busy(self) -> bool:
        """A task this slot still waits for (the newest one)."""
        return self._handle is not None

    @property
    def pending(self) -> int:
        """Tasks started here that have not ended yet, dropped ones included."""
        return self._pending

    def start(
        self,
        fn: Callable[[TaskProgress], T],
        on_success: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        *,
        write: bool = False,
    ) -> TaskHandle:
        self.cancel()
        self._generation += 1
        generation = self._generation

        def ended() -> bool:
            self._pending -= 1
            current = generation == self._generation
            if current:
                self._handle = None
            self.settled.emit()
            return current

        def succeeded(result: T) -> None:
            if ended():
                on_success(result)

        def failed(error: BaseException) -> None:
            if ended():
                on_error(error)

        self._pending += 1
        self._handle = self._runner.run(fn, succeeded, failed, write=write)
        return self._handle

    def cancel(self) -> None:
        """Ask the running task to stop and forget its result."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
            self._generation += 1


class ProgressPanel(QWidget):
    """A progress bar with a status line and, for work that may be stopped, a Stop button."""

    def __init__(self, parent: QWidget | None = None, *, stoppable: bool = False) -> None:
        super().__init__(parent)
        self._handle: TaskHandle | None = None
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setVisible(stoppable)
        self.stop_button.clicked.connect(self.stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.stop_button)
        self.hide()

    def track(self, handle: TaskHandle, text: str) -> None:
        """Show the progress of ``handle`` until :meth:`finish`."""
        self._release()
        self._handle = handle
        self.bar.setRange(0, 0)
        self.status.setText(text)
        self.stop_button.setEnabled(True)
        # queued: the signals are emitted on the worker thread, the widgets live on this one
        handle.progress.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        handle.progress.status_changed.connect(self._status, Qt.ConnectionType.QueuedConnection)
        self.show()

    def finish(self) -> None:
        self._release()
        self.hide()

    def _release(self) -> None:
        if self._handle is not None:
            self._handle.progress.progressed.disconnect(self._progressed)
            self._handle.progress.status_changed.disconnect(self._status)
            self._handle = None

    @Slot()
    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._handle is None or total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))

    @Slot(str)
    def _status(self, text: str) -> None:
        if self._handle is not None and self.stop_button.isEnabled():
            self.status.setText(text)


def run_tracked(
    slot: TaskSlot,
    panel: ProgressPanel,
    text: str,
    fn: Callable[[TaskProgress], T],
    on_success: Callable[[T], None],
    *,
    on_error: Callable[[BaseException], None],
    write: bool = False,
) -> TaskHandle:
    """Start ``fn`` in ``slot`` with its progress shown on ``panel``; the panel hides when it ends."""

    def succeeded(result: T) -> None:
        panel.finish()
        on_success(result)

    def failed(error: BaseException) -> None:
        panel.finish()
        on_error(error)

    handle = slot.start(fn, succeeded, failed, write=write)
    panel.track(handle, text)
    return handle
