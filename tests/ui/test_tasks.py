"""The background task runner: answers and progress arrive on the GUI thread, errors are delivered,
cancellation reaches the worker, writes run one at a time, and thousands of tasks all answer."""

from __future__ import annotations

import threading
import time

from debtordesk.domain.messages import Message
from debtordesk.ui.tasks import TaskProgress, TaskRunner


def test_many_tasks_answer_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    gui = threading.get_ident()
    answers: list[int] = []
    threads: set[int] = set()

    def answered(value: int) -> None:
        threads.add(threading.get_ident())
        answers.append(value)

    total = 3000
    for n in range(total):
        runner.run(lambda _progress, n=n: n * 2, answered, lambda error: None, write=n % 5 == 0)
    qtbot.waitUntil(lambda: len(answers) == total, timeout=60_000)
    assert sorted(answers) == [n * 2 for n in range(total)]
    assert threads == {gui}


def test_errors_are_delivered_not_lost(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail(_progress: TaskProgress) -> int:
        raise ValueError("no")

    handle = runner.run(fail, lambda value: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    assert handle.finished


def test_progress_and_status_reach_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    seen: list[tuple[int, int]] = []
    statuses: list[str] = []

    def work(progress: TaskProgress) -> str:
        progress.set_status(Message("cancelled"))
        progress.set_progress(3, 10)
        release.wait(10)
        return "done"

    results: list[str] = []
    handle = runner.run(work, results.append, lambda error: None)
    handle.progress.progressed.connect(lambda done, total: seen.append((done, total)))
    handle.progress.status_changed.connect(statuses.append)
    qtbot.waitUntil(lambda: seen == [(3, 10)])
    assert statuses == ["Cancelled; nothing was changed."]
    release.set()
    qtbot.waitUntil(lambda: results == ["done"])


def test_cancel_is_seen_by_the_worker(qtbot) -> None:
    runner = TaskRunner()
    started = threading.Event()

    def work(progress: TaskProgress) -> bool:
        started.set()
        deadline = time.monotonic() + 10
        while not progress.cancel_requested() and time.monotonic() < deadline:
            time.sleep(0.005)
        return progress.cancel_requested()

    results: list[bool] = []
    handle = runner.run(work, results.append, lambda error: None)
    assert started.wait(10)
    handle.cancel()
    qtbot.waitUntil(lambda: results == [True])


def test_writes_run_one_at_a_time(qtbot) -> None:
    runner = TaskRunner()
    lock = threading.Lock()
    overlaps: list[bool] = []
    finished: list[int] = []

    def write(_progress: TaskProgress) -> int:
        acquired = lock.acquire(blocking=False)
        overlaps.append(not acquired)
        time.sleep(0.01)
        if acquired:
            lock.release()
        return 1

    for _ in range(8):
        runner.run(write, finished.append, lambda error: None, write=True)
    assert runner.wait_for_all()
    qtbot.waitUntil(lambda: len(finished) == 8)
    assert overlaps == [False] * 8


def test_an_answer_for_a_deleted_widget_is_dropped_and_others_still_arrive(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    runner = TaskRunner()
    label = QLabel()
    shown: list[str] = []
    release = threading.Event()
    runner.run(lambda _progress: release.wait(10) and "late", label.setText, lambda error: None)
    label.deleteLater()  # the page closes before its answer arrives
    qtbot.wait(50)
    release.set()
    runner.run(lambda _progress: "next", shown.append, lambda error: None)
    qtbot.waitUntil(lambda: shown == ["next"])
    assert runner.wait_for_all()


def test_other_runtime_errors_of_a_callback_are_not_hidden(qtbot) -> None:
    runner = TaskRunner()

    def broken(_value: object) -> None:
        raise RuntimeError("a real bug")

    runner.run(lambda _progress: 1, broken, lambda error: None)
    with qtbot.captureExceptions() as caught:
        qtbot.waitUntil(lambda: bool(caught), timeout=15_000)
    assert "a real bug" in str(caught[0][1])


def test_an_answer_emitting_a_signal_of_a_deleted_object_is_dropped(qtbot) -> None:
    from PySide6.QtCore import QObject, Signal

    class Busy(QObject):
        settled = Signal()

    runner = TaskRunner()
    busy = Busy()
    shown: list[str] = []
    release = threading.Event()
    runner.run(
        lambda _progress: release.wait(10), lambda _value: busy.settled.emit(), lambda error: None
    )
    busy.deleteLater()
    qtbot.wait(50)
    release.set()
    runner.run(lambda _progress: "next", shown.append, lambda error: None)
    qtbot.waitUntil(lambda: shown == ["next"])
