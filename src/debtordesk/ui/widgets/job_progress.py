"""A progress bar with a cancel button for one long background job of a page (a letter batch, sending
the outbox): hidden while nothing runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from debtordesk.ui.tasks import TaskHandle, TaskProgress, TaskRunner


class JobProgress(QWidget):
    def __init__(self, cancel_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: TaskHandle | None = None
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(
        self,
        tasks: TaskRunner,
        work: Callable[[TaskProgress], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        *,
        text: str,
        write: bool,
    ) -> TaskHandle:
        """Run ``work`` in the background; ``done`` or ``failed`` is called after the bar is hidden."""
        self.bar.setRange(0, 0)
        self.bar.setFormat(text + " %v/%m")
        self.cancel_button.setEnabled(True)
        self.show()

        def finished(answer: Any) -> None:
            self._stop()
            done(answer)

        def went_wrong(error: BaseException) -> None:
            self._stop()
            failed(error)

        handle = tasks.run(work, finished, went_wrong, write=write)
        handle.progress.progressed.connect(self._progressed)
        self.task = handle
        return handle

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _stop(self) -> None:
        self.task = None
        self.hide()
