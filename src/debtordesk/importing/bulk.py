"""Bulk work on hundreds of thousands of small objects, with the cyclic garbage collector paused.

Reading 100,000 rows creates millions of strings, lists, Decimals and dates. None of them form reference
cycles, yet each time enough objects pile up Python's cycle collector walks all of them again; that alone
costs a large part of an import. Reference counting still frees everything as usual while it is paused.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from debtordesk.gc_hold import holding_collections


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cycle collector for the duration of the block (it stays off if it was off); in the
    window, where the GUI thread collects (ui.gc_guard), that collector waits too
    (:mod:`debtordesk.gc_hold`)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with holding_collections():
            yield
    finally:
        if was_enabled:
            gc.enable()
