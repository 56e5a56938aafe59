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
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: how often (milliseconds) the GUI thread looks at the collector's counts
CHECK_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.collections = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect what the interpreter would have collected by now (youngest generation first)."""
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
