"""Page geometry and the flow of a letter's body: blocks that know their height, and pagination.

A letter's body is a list of :class:`Block` s (paragraphs, the invoice table's rows, the totals, the
payment box...). :func:`paginate` places them on pages before anything is drawn, so the page count is
known for "page 1 of 3"; a :class:`Group` (the last invoice with the totals, the costs note and the
payment box; the closing and signature with the paragraph before them) moves to the next page whole,
and the invoice table repeats its header on a continued page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color, HexColor  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]

from debtordesk.letters.textflow import Line, draw_lines

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MM: float = mm

#: body text starts where the address in the window starts (window 20 mm from the left, 5 mm margin)
LEFT = 25 * MM
RIGHT = PAGE_WIDTH - 20 * MM
WIDTH = RIGHT - LEFT
#: page 1: the body starts below the window, the reference line and the subject's space
FIRST_TOP = PAGE_HEIGHT - 95 * MM
NEXT_TOP = PAGE_HEIGHT - 28 * MM
BOTTOM = 15 * MM

BODY_SIZE = 9.5
BODY_LEADING = 12.8
SMALL_SIZE = 8.0
SMALL_LEADING = 10.4
PARAGRAPH_GAP = 4.0

INK = HexColor("#1d1d1b")
ACCENT = HexColor("#1f3a5f")
MUTED = HexColor("#5f6670")
RULE = HexColor("#c9d0d8")
TINT = HexColor("#eef2f6")
NOTE_TINT = HexColor("#fff4dc")
NOTE_RULE = HexColor("#e0b252")
WHITE = HexColor("#ffffff")

#: the canvas type: reportlab's Canvas has no type information
Canvas = Any


@dataclass
class Block:
    """A piece of the body; ``gap`` is the space above it (dropped at the top of a page)."""

    height: float = 0.0
    gap: float = 0.0
    #: starts with a row of the invoice table: a continued page repeats the table header above it
    table_row: bool = False

    def draw(self, canvas: Canvas, top: float) -> None:
        raise NotImplementedError

    def split(self, available: float) -> tuple[Block, Block] | None:
        """A head that fits in ``available`` points and the rest, or ``None`` when it cannot split."""
        return None


@dataclass
class Text(Block):
    """Wrapped lines of one paragraph (optionally a bullet item, or in a colour)."""

    lines: Sequence[Line] = ()
    size: float = BODY_SIZE
    leading: float = BODY_LEADING
    indent: float = 0.0
    bullet: bool = False
    color: Color = INK

    def __post_init__(self) -> None:
        self.height = len(self.lines) * self.leading

    def draw(self, canvas: Canvas, top: float) -> None:
        canvas.setFillColor(self.color)
        x = LEFT + self.indent
        if self.bullet:
            canvas.circle(x - 6.5, top - self.size * 0.62, 1.3, stroke=0, fill=1)
        draw_lines(canvas, self.lines, x=x, top=top, size=self.size, leading=self.leading)

    def split(self, available: float) -> tuple[Block, Block] | None:
        fit = int(available // self.leading)
        # no widow or orphan: at least two lines on either side
        if len(self.lines) < 4 or fit < 2:
            return None
        fit = min(fit, len(self.lines) - 2)
        head = Text(
            lines=self.lines[:fit],
            gap=self.gap,
            size=self.size,
            leading=self.leading,
            indent=self.indent,
            bullet=self.bullet,
            color=self.color,
        )
        rest = Text(
            lines=self.lines[fit:],
            size=self.size,
            leading=self.leading,
            indent=self.indent,
            color=self.color,
        )
        return head, rest


@dataclass
class Drawn(Block):
    """A block drawn by a function ``draw_at(canvas, top)`` (tables, boxes)."""

    draw_at: Callable[[Canvas, float], None] | None = None

    def draw(self, canvas: Canvas, top: float) -> None:
        if self.draw_at is not None:
            self.draw_at(canvas, top)


@dataclass
class Group(Block):
    """Blocks kept on one page (moved whole to the next page when they do not fit)."""

    blocks: list[Block] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.height = sum(block.height for block in self.blocks) + sum(
            block.gap for block in self.blocks[1:]
        )

    def draw(self, canvas: Canvas, top: float) -> None:
        for index, block in enumerate(self.blocks):
            if index:
                top -= block.gap
            block.draw(canvas, top)
            top -= block.height


@dataclass
class Placed:
    block: Block
    top: float


def paginate(
    blocks: Sequence[Block], *, table_header: Callable[[], Block] | None = None
) -> list[list[Placed]]:
    """Place the blocks on pages (page 1 starts lower than the following pages)."""
    pages: list[list[Placed]] = [[]]
    y = FIRST_TOP
    queue = list(blocks)

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = NEXT_TOP

    while queue:
        block = queue.pop(0)
        at_top = not pages[-1]
        gap = 0.0 if at_top else block.gap
        if y - gap - block.height >= BOTTOM:
            y -= gap
            pages[-1].append(Placed(block, y))
            y -= block.height
            continue
        parts = block.split(y - gap - BOTTOM)
        if parts is not None:
            head, rest = parts
            y -= gap
            pages[-1].append(Placed(head, y))
            new_page()
            queue.insert(0, rest)
            continue
        if at_top:
            if isinstance(block, Group):
                # taller than a whole page: let its parts flow
                queue[0:0] = block.blocks
                continue
            pages[-1].append(Placed(block, y))  # taller than a page: clipped, never lost
            y -= block.height
            continue
        new_page()
        if block.table_row and table_header is not None:
            header = table_header()
            pages[-1].append(Placed(header, y))
            y -= header.height
        queue.insert(0, block)
    return pages
