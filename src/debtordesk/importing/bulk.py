"""Bulk work on hundreds of thousands of small objects, with the cyclic garbage collector paused.

Reading 100,000 rows creates millions of strings, lists, Decimals and dates. None of them form reference
cycles, yet each time enough objects pile up Python's cycle collector walks all of them again; that alone
costs a large part of an import. Reference counting still frees everything as usual while it is paused.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cycle collector for the duration of the block (it stays off if it was off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
