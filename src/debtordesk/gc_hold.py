"""Heavy work on a worker thread asks the GUI thread's cycle collector to wait until it is done.

While the window is open, cycles are collected on the GUI thread only (:mod:`debtordesk.ui.gc_guard`),
by a timer that collects whatever generation crossed its threshold. Computing the queue or reading an
import on a worker thread makes hundreds of thousands of objects without reference cycles; every
collection the timer runs meanwhile walks all of them again and holds the interpreter while it does,
which made a 40,000-customer queue take twice as long in the window as on the command line. Such work
holds the collections (:func:`holding_collections`); the GUI thread's collector skips its turns while
any hold is on and, once the last one ends, moves what was made meanwhile to the oldest generation
without walking it (as ``services.dunning_queue.resume_collector`` does on the main thread).

Only a counter is shared: the collector itself is never switched from a worker thread (that led to
crashes of the GUI thread during a collection). Reference counting frees everything as usual.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holds = 0


@contextmanager
def holding_collections() -> Iterator[None]:
    """The GUI thread's collector waits while the block runs (nestable, from any thread)."""
    global _holds  # noqa: PLW0603 - one counter for the whole process, behind a lock
    with _lock:
        _holds += 1
    try:
        yield
    finally:
        with _lock:
            _holds -= 1


def collections_held() -> bool:
    """True while some work holds the collections."""
    return _holds > 0
