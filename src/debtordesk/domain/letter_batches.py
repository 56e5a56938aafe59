"""Letter batches in plain terms: the batch status, the print order, and page ranges in a batch PDF.

A batch is the PDF of every letter generated together (one run, or everything pending), sorted for the
post room by postcode and then name, each letter a range of pages (counted from 1 in the batch PDF).
"""

from __future__ import annotations

import re
from enum import StrEnum

from debtordesk.domain.text import search_key

_SPACES = re.compile(r"\s+")


class LetterBatchStatus(StrEnum):
    """A batch is generated, then printed, then dispatched (posted); or cancelled before posting."""

    GENERATED = "generated"
    PRINTED = "printed"
    DISPATCHED = "dispatched"
    CANCELLED = "cancelled"


def print_order_key(postcode: str | None, name: str, key: str = "") -> tuple[int, str, str, str]:
    """Sort key of a letter in its batch: by postcode (spaces and case ignored; letters without a
    postcode last), then by name (accents ignored), then by ``key`` so the order is stable."""
    compact = _SPACES.sub("", (postcode or "").upper())
    return (0 if compact else 1, compact, search_key(name), key)


def page_range(first_page: int, pages: int) -> range:
    """The 0-based page indexes of a letter that starts on ``first_page`` (counted from 1)."""
    if first_page < 1 or pages < 1:
        raise ValueError(f"a letter has at least one page from page 1: {first_page}, {pages}")
    return range(first_page - 1, first_page - 1 + pages)
