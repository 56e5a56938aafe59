"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation's threshold is crossed.
In this application that is often a worker thread (SQLAlchemy allocates a lot), and the garbage it finds
may hold Qt objects: a closed dialog or page kept in a reference cycle by a lambda connected to one of
its signals. Destroying those outside the GUI thread breaks Qt's threading rules and can crash the
process (seen in the test suite: "Garbage-collecting" on a worker thread in the middle of a query).

So, while the window is open, automatic collection is switched off and a timer on the GUI thread does
the same work: it looks at the collector's counts and collects the generations whose thresholds were
crossed, exactly as the interpreter would, but always on the GUI thread. Reference counting (which
frees almost everything) is untouched. The calibre e-book manager has used this scheme for years.

While heavy work on a worker thread holds the collections (:mod:`debtordesk.gc_hold`), the timer skips
its turns; when the hold ends, the objects made meanwhile go to the oldest generation without being
walked (``gc.freeze`` then ``gc.unfreeze``), where the next full collection still frees any cycle.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from debtordesk.gc_hold import collections_held

#: how often (milliseconds) the GUI thread looks at the collector's counts
CHECK_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.collections = 0
        self.held = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect what the interpreter would have collected by now (youngest generation first);
        nothing while work holds the collections."""
        if collections_held():
            self.held = True
            return
        if self.held:
            # what the held work made (and still keeps) goes to the oldest generation unwalked;
            # frozen objects someone froze on purpose stay frozen
            self.held = False
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
        count0, count1, count2 = gc.get_count()
        first, second, third = self.threshold
        if count0 > first:
            gc.collect(0)
            self.collections += 1
            if count1 > second:
                gc.collect(1)
                if count2 > third:
                    gc.collect(2)

    def stop(self) -> None:
        """Give collection back to the interpreter (when the window closes)."""
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
