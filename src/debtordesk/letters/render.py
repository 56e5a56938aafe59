"""Letters to PDF: one letter for a preview, or a whole batch streamed to a file.

:func:`render_batch` renders letters in parts of a few hundred (one reportlab document each) and
streams every part into the output as soon as it is done (:mod:`debtordesk.letters.pdfjoin`), so
memory stays flat however many letters a batch holds. QR codes come from
:mod:`debtordesk.letters.qr` (a process pool encodes them while this process draws). Templates are
compiled and fonts registered once per batch, not per letter. Sorting (by postcode) is the caller's.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

from debtordesk.domain.errors import Cancelled, UserError
from debtordesk.letters.fonts import BOLD, REGULAR, register_fonts
from debtordesk.letters.layout import (
    ACCENT,
    INK,
    LEFT,
    MM,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    RULE,
)
from debtordesk.letters.letterpage import Logo, compose, draw, fit
from debtordesk.letters.model import LetterContent, QrKind, RenderedLetter
from debtordesk.letters.pdfcanvas import LetterCanvas
from debtordesk.letters.pdfjoin import PdfJoiner
from debtordesk.letters.qr import iter_qr_matrices
from debtordesk.letters.templates import (
    LetterTemplate,
    load_template,
    normalise,
    render_labels,
    render_texts,
)
from debtordesk.templating import format_long_date

#: letters per reportlab document (each embeds its own font subsets; memory grows within a part)
PART_SIZE = 250
#: letters read ahead from the caller's iterable, so the QR pool sees enough codes to be worth it
WINDOW_SIZE = 1000
LOGO_BOX = (55 * MM, 20 * MM)


class RenderCancelled(Cancelled):
    """The batch was cancelled; what was written to ``out`` so far is not a usable PDF."""

    def __init__(self) -> None:
        super().__init__("cancelled")


@dataclass(frozen=True)
class CoverSheet:
    """A first page for the print room: title, batch number, date, number of letters and pages."""

    batch_number: str
    created_on: date
    title: str = ""
    #: the language of the cover's labels
    language: str = "nl"


@dataclass(frozen=True)
class BatchOptions:
    #: pad every letter (and the cover) to an even page count, so each starts on a new sheet
    duplex: bool = False
    cover: CoverSheet | None = None
    #: False renders without the QR code (the benchmark's floor)
    qr: bool = True
    #: the organisation's own templates (``<data folder>/letters/templates``); None = shipped only
    template_dir: Path | None = None
    #: processes that encode QR codes (None = every core; 0 or 1 = in this process)
    qr_workers: int | None = None


@dataclass(frozen=True)
class BatchResult:
    letters: list[RenderedLetter]
    #: pages in the PDF, cover and duplex padding included
    pages: int


def check_letter(letter: LetterContent) -> None:
    """Refuse a letter whose figures do not add up (raises :class:`UserError`): the amount to pay is
    the listed amounts plus the charges; for an arrangement's confirmation, its first term; for a
    term's request, an amount above zero."""
    if not letter.invoices:
        raise UserError("letters.no_invoices", customer=letter.customer_number)
    lines = letter.principal + letter.costs + letter.interest + letter.fee
    if letter.schedule:
        lines = letter.schedule[0].amount
    elif letter.asks_term and letter.payment.amount > 0:
        lines = letter.payment.amount
    if lines != letter.payment.amount:
        raise UserError(
            "letters.total_mismatch",
            customer=letter.customer_number,
            amount=letter.payment.amount,
            lines=lines,
        )


def _wants_qr(letter: LetterContent, options: BatchOptions) -> bool:
    payment = letter.payment
    return options.qr and payment.qr_kind is not QrKind.NONE and bool(payment.qr_payload)


class _Templates:
    """Compiled templates and their labels, once per batch."""

    def __init__(self, override: Path | None) -> None:
        self._override = override
        self._cache: dict[tuple[str, str, str], tuple[LetterTemplate, dict[str, str]]] = {}

    def get(self, name: str, language: str, tone: str) -> tuple[LetterTemplate, dict[str, str]]:
        key = (name, *normalise(language, tone))
        found = self._cache.get(key)
        if found is None:
            template = load_template(name, key[1], key[2], override=self._override)
            found = self._cache[key] = (template, render_labels(template))
        return found


class _Part:
    """One reportlab document being filled; its logo forms are defined once in it."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.canvas = LetterCanvas(
            self.buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1
        )
        self.logos: dict[bytes, Logo] = {}
        self.letters = 0

    def logo(self, data: bytes | None) -> Logo | None:
        if not data:
            return None
        found = self.logos.get(data)
        if found is None:
            found = self.logos[data] = _define_logo(self.canvas, data, f"logo{len(self.logos)}")
        return found

    def finish(self) -> bytes:
        self.canvas.save()
        return self.buffer.getvalue()


def _define_logo(canvas: Any, data: bytes, name: str) -> Logo:
    try:
        reader = ImageReader(io.BytesIO(data))
        pixels_wide, pixels_high = reader.getSize()
    except Exception as error:  # PIL raises many kinds for a damaged or foreign file
        raise UserError("letters.logo_unreadable", detail=str(error)[:120]) from error
    if pixels_wide <= 0 or pixels_high <= 0:
        raise UserError("letters.logo_unreadable", detail=f"{pixels_wide} x {pixels_high}")
    box_width, box_height = LOGO_BOX
    scale = min(box_width / pixels_wide, box_height / pixels_high)
    width, height = pixels_wide * scale, pixels_high * scale
    canvas.beginForm(name, lowerx=0, lowery=0, upperx=width, uppery=height)
    canvas.drawImage(reader, 0, 0, width, height, mask="auto", preserveAspectRatio=True)
    canvas.endForm()
    return Logo(name=name, width=width, height=height)


def _windows(letters: Iterable[LetterContent]) -> Iterator[list[LetterContent]]:
    iterator = iter(letters)
    while window := list(islice(iterator, WINDOW_SIZE)):
        yield window


def render_batch(
    letters: Iterable[LetterContent],
    out: BinaryIO,
    *,
    options: BatchOptions,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """Render ``letters`` (in the order given) into one PDF written to ``out``.

    Each letter starts on a new sheet: with ``options.duplex`` a blank page follows a letter with an
    odd page count. ``progress`` receives the number of letters done; when ``cancelled`` answers True
    the rendering stops with :class:`RenderCancelled` (``out`` then holds an unfinished file). A
    broken template or a letter whose figures do not add up raises :class:`UserError`.
    """
    register_fonts()
    templates = _Templates(options.template_dir)
    title = options.cover.title if options.cover and options.cover.title else "DebtorDesk"
    joiner = PdfJoiner(out, title=title)
    cover_pages = (2 if options.duplex else 1) if options.cover else 0
    rendered: list[RenderedLetter] = []
    page = cover_pages + 1
    done = 0
    part = _Part()

    for window in _windows(letters):
        for letter in window:
            check_letter(letter)
        payloads = [letter.payment.qr_payload for letter in window if _wants_qr(letter, options)]
        matrices = iter_qr_matrices(payloads, workers=options.qr_workers)
        try:
            for letter in window:
                if cancelled is not None and cancelled():
                    raise RenderCancelled
                template, labels = templates.get(letter.template, letter.language, letter.tone)
                with_qr = _wants_qr(letter, options)
                texts = render_texts(template, letter, qr=with_qr, labels=labels)
                composed = compose(letter, texts, next(matrices) if with_qr else None)
                pages = draw(part.canvas, composed, part.logo(letter.sender.logo))
                padding = 1 if options.duplex and pages % 2 else 0
                if padding:
                    part.canvas.showPage()
                rendered.append(RenderedLetter(letter.key, page, pages, padding))
                page += pages + padding
                part.letters += 1
                done += 1
                if progress is not None:
                    progress(done)
                if part.letters >= PART_SIZE:
                    joiner.append(part.finish())
                    part = _Part()
        finally:
            # stop the QR pool at once when a letter fails or the batch is cancelled
            close = getattr(matrices, "close", None)
            if close is not None:
                close()
    if part.letters:
        joiner.append(part.finish())
    if options.cover is not None:
        joiner.append(_cover(options.cover, len(rendered), page - 1, options), front=True)
    joiner.close()
    return BatchResult(letters=rendered, pages=joiner.page_count)


def render_letter(letter: LetterContent, *, template_dir: Path | None = None) -> bytes:
    """One letter as a PDF (for a preview)."""
    buffer = io.BytesIO()
    render_batch([letter], buffer, options=BatchOptions(template_dir=template_dir, qr_workers=0))
    return buffer.getvalue()


def _cover(cover: CoverSheet, letters: int, pages: int, options: BatchOptions) -> bytes:
    """The cover sheet (padded to two pages for duplex printing)."""
    template = load_template("reminder", cover.language, "formal", override=options.template_dir)
    labels = render_labels(template)
    buffer = io.BytesIO()
    canvas = LetterCanvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    top = PAGE_HEIGHT - 40 * MM
    canvas.setFillColor(ACCENT)
    title, size = fit(cover.title or labels.get("label_cover_title", ""), BOLD, 24, RIGHT - LEFT)
    canvas.setFont(BOLD, size)
    canvas.drawString(LEFT, top, title)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(1)
    canvas.line(LEFT, top - 6 * MM, RIGHT, top - 6 * MM)
    rows = [
        (labels.get("label_cover_batch", ""), cover.batch_number),
        (labels.get("label_cover_date", ""), format_long_date(cover.created_on, cover.language)),
        (labels.get("label_cover_letters", ""), str(letters)),
        (labels.get("label_cover_pages", ""), str(pages)),
    ]
    if options.duplex:
        rows.append((labels.get("label_cover_duplex", ""), "✓"))
    y = top - 20 * MM
    for label, value in rows:
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 11)
        canvas.drawString(LEFT, y, label)
        canvas.setFillColor(INK)
        value, size = fit(value, BOLD, 16, RIGHT - LEFT - 60 * MM)
        canvas.setFont(BOLD, size)
        canvas.drawString(LEFT + 60 * MM, y, value)
        y -= 12 * MM
    canvas.showPage()
    if options.duplex:
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
