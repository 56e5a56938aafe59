"""The wizard reports progress through many signals; the Qt binding must survive that.

PySide6 6.12.0 returns a borrowed reference to True from ``Signal.emit()``: every emit takes one
reference from True, and on Python 3.11 the process aborts ("bool_dealloc") once it reaches zero, after
a few thousand emits: within one large import. pyproject.toml excludes that release.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(int, int)


def test_emitting_signals_leaves_true_alone(qapp) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.happened.connect(lambda done, total: received.append(done))
    before = sys.getrefcount(True)
    for done in range(1000):
        emitter.happened.emit(done, 1000)
    # on 3.12+ True is immortal and its count does not move either way
    assert sys.getrefcount(True) >= before
    assert len(received) == 1000
