"""Cycles are collected on the GUI thread, never by a worker thread that happens to allocate."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from debtordesk.ui.gc_guard import GuiThreadCollector


class Cyclic:
    """Garbage only the cycle collector can free; records the thread that freed it."""

    freed_in: list[str] = []  # noqa: RUF012

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cyclic.freed_in.append(threading.current_thread().name)


def test_worker_garbage_is_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    # the autouse fixture already runs one collector (as the application does)
    assert not gc.isenabled()
    Cyclic.freed_in.clear()

    kept: list[list[int]] = []

    def worker() -> None:
        for _ in range(50):
            Cyclic()
        # plenty of allocations: with automatic collection on, this thread would collect here
        kept.extend([index] for index in range(20_000))

    thread = threading.Thread(target=worker, name="worker-thread")
    thread.start()
    thread.join()
    assert Cyclic.freed_in == []  # nothing was collected on the worker
    qtbot.waitUntil(lambda: len(Cyclic.freed_in) == 50, timeout=15_000)
    assert set(Cyclic.freed_in) == {threading.main_thread().name}
    kept.clear()


def test_stopping_gives_collection_back(qtbot: QtBot) -> None:
    was = gc.isenabled()
    gc.enable()
    collector = GuiThreadCollector()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    if not was:
        gc.disable()


def test_held_work_is_left_alone_and_then_moved_to_the_oldest_generation() -> None:
    from debtordesk.gc_hold import collections_held, holding_collections

    assert not gc.isenabled()  # the autouse fixture's collector runs, as in the application
    collector = GuiThreadCollector()
    try:
        Cyclic.freed_in.clear()
        with holding_collections():
            assert collections_held()
            made = [Cyclic() for _ in range(50)]
            kept = [[index] for index in range(20_000)]  # far past the youngest threshold
            del made
            assert gc.get_count()[0] > collector.threshold[0]
            collector.check()  # a turn while the work holds: nothing collected
            assert collector.collections == 0 and Cyclic.freed_in == []
        assert not collections_held()
        collector.check()  # the first turn after: moved to the oldest generation, not walked
        assert collector.collections == 0 and Cyclic.freed_in == []
        assert gc.get_count()[0] < collector.threshold[0]
        # a full collection still frees the cycles
        gc.collect()
        assert len(Cyclic.freed_in) == 50
        kept.clear()
    finally:
        collector.timer.stop()


def test_holds_nest_and_end_when_the_work_fails() -> None:
    from debtordesk.gc_hold import collections_held, holding_collections

    with holding_collections():
        with holding_collections():
            assert collections_held()
        assert collections_held()
    assert not collections_held()
    try:
        with holding_collections():
            raise ValueError("the work failed")
    except ValueError:
        pass
    assert not collections_held()
