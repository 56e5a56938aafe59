"""One letter on paper: the letterhead, the window address, the reference line, the body blocks
(text, invoice table, totals, payment box with the QR code, FAQ) and the page furniture.

:func:`compose` turns a letter and its texts into placed pages; :func:`draw` puts them on a canvas.
Geometry follows a Dutch window envelope: the address sits in a window 20 mm from the left and 50 mm
from the top (40 x 110 mm), with a return line above it; the sender's details stand beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

from debtordesk.letters.fonts import BOLD, REGULAR
from debtordesk.letters.layout import (
    ACCENT,
    BODY_LEADING,
    BODY_SIZE,
    INK,
    LEFT,
    MM,
    MUTED,
    NOTE_RULE,
    NOTE_TINT,
    PAGE_HEIGHT,
    PARAGRAPH_GAP,
    RIGHT,
    RULE,
    TINT,
    WIDTH,
    Block,
    Canvas,
    Drawn,
    Group,
    Placed,
    Text,
    paginate,
)
from debtordesk.letters.model import LetterContent, LetterInvoice, LetterTerm, QrKind
from debtordesk.letters.qr import QUIET_ZONE, QrMatrix, draw_qr
from debtordesk.letters.templates import LetterTexts, normalise
from debtordesk.letters.textflow import Paragraph, Run, wrap
from debtordesk.templating import format_iban, format_long_date, format_money, format_short_date

#: the QR code (quiet zone included) is at least this wide, and its modules at least 25 mm across
QR_MIN_WIDTH = 30 * MM
QR_MIN_SYMBOL = 25 * MM
TABLE_ROW = 5.4 * MM
TABLE_HEADER = 6.2 * MM
#: invoice table columns (x from LEFT); the amount is right-aligned at the right margin
COL_INVOICE_DATE = 70 * MM
COL_DUE_DATE = 100 * MM
TOTALS_LABEL = 100 * MM


@dataclass(frozen=True)
class Logo:
    """The sender's logo as a form drawn once per document (``name``) and its size on paper."""

    name: str
    width: float
    height: float


@dataclass
class ComposedLetter:
    letter: LetterContent
    texts: LetterTexts
    pages: list[list[Placed]]


# ------------------------------------------------------------------------------------- helpers


def _width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def fit(
    text: str, font: str, size: float, width: float, smallest: float = 6.0
) -> tuple[str, float]:
    """Shrink ``text`` to ``width`` down to ``smallest`` points, then cut it with an ellipsis."""
    while size > smallest and _width(text, font, size) > width:
        size -= 0.5
    if _width(text, font, size) <= width:
        return text, size
    while len(text) > 1 and _width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…", size


def _string(
    canvas: Canvas, x: float, y: float, text: str, *, size: float, bold: bool = False
) -> None:
    canvas.setFont(BOLD if bold else REGULAR, size)
    canvas.drawString(x, y, text)


def _right(
    canvas: Canvas, x: float, y: float, text: str, *, size: float, bold: bool = False
) -> None:
    canvas.setFont(BOLD if bold else REGULAR, size)
    canvas.drawRightString(x, y, text)


def _paragraphs(
    paragraphs: list[Paragraph],
    *,
    gap: float,
    size: float = BODY_SIZE,
    leading: float = BODY_LEADING,
    width: float = WIDTH,
    bold: bool = False,
    color: object = INK,
) -> list[Block]:
    blocks: list[Block] = []
    for index, paragraph in enumerate(paragraphs):
        runs = tuple(Run(run.text, True) for run in paragraph.runs) if bold else paragraph.runs
        indent = 4 * MM if paragraph.bullet else 0.0
        blocks.append(
            Text(
                lines=wrap(runs, width - indent, size),
                gap=gap if index == 0 else (2.0 if paragraph.bullet else PARAGRAPH_GAP),
                size=size,
                leading=leading,
                indent=indent,
                bullet=paragraph.bullet,
                color=color,
            )
        )
    return blocks


def _language(letter: LetterContent) -> str:
    """The letter's language as the templates chose it (Dutch for an unknown one)."""
    return normalise(letter.language, letter.tone)[0]


@lru_cache(maxsize=64)
def _country_name(code: str, language: str) -> str:
    locale = Locale.parse("nl" if language == "nl" else "en")
    return str(locale.territories.get(code.upper(), code)).upper()


# ---------------------------------------------------------------------------------- body blocks


def _table_header(texts: LetterTexts, continued: bool = False) -> Block:
    labels = (
        texts.label("label_invoice"),
        texts.label("label_invoice_date"),
        texts.label("label_due_date"),
        texts.label("label_open_amount"),
    )
    suffix = f" ({texts.label('label_continued')})" if continued else ""

    def draw_at(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(TINT)
        canvas.rect(LEFT, top - TABLE_HEADER, WIDTH, TABLE_HEADER, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        y = top - TABLE_HEADER + 2.0 * MM
        _string(canvas, LEFT + 2 * MM, y, labels[0] + suffix, size=7.5, bold=True)
        _string(canvas, LEFT + COL_INVOICE_DATE, y, labels[1], size=7.5, bold=True)
        _string(canvas, LEFT + COL_DUE_DATE, y, labels[2], size=7.5, bold=True)
        _right(canvas, RIGHT - 2 * MM, y, labels[3], size=7.5, bold=True)

    return Drawn(height=TABLE_HEADER, gap=8.0, draw_at=draw_at)


def _table_row(invoice: LetterInvoice, language: str) -> Drawn:
    number, number_size = fit(invoice.number, REGULAR, 9.0, COL_INVOICE_DATE - 6 * MM)
    invoice_date = (
        format_short_date(invoice.invoice_date, language) if invoice.invoice_date else "–"
    )
    due_date = format_short_date(invoice.due_date, language)
    amount = format_money(invoice.open_amount, language)

    def draw_at(canvas: Canvas, top: float) -> None:
        y = top - TABLE_ROW + 1.7 * MM
        canvas.setFillColor(INK)
        _string(canvas, LEFT + 2 * MM, y, number, size=number_size)
        _string(canvas, LEFT + COL_INVOICE_DATE, y, invoice_date, size=9.0)
        _string(canvas, LEFT + COL_DUE_DATE, y, due_date, size=9.0)
        _right(canvas, RIGHT - 2 * MM, y, amount, size=9.0)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, top - TABLE_ROW, RIGHT, top - TABLE_ROW)

    return Drawn(height=TABLE_ROW, draw_at=draw_at, table_row=True)


def _schedule_header(texts: LetterTexts, continued: bool = False) -> Block:
    labels = (
        texts.label("label_term"),
        texts.label("label_due_date"),
        texts.label("label_term_amount"),
    )
    suffix = f" ({texts.label('label_continued')})" if continued else ""

    def draw_at(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(TINT)
        canvas.rect(LEFT, top - TABLE_HEADER, WIDTH, TABLE_HEADER, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        y = top - TABLE_HEADER + 2.0 * MM
        _string(canvas, LEFT + 2 * MM, y, labels[0] + suffix, size=7.5, bold=True)
        _string(canvas, LEFT + COL_INVOICE_DATE, y, labels[1], size=7.5, bold=True)
        _right(canvas, RIGHT - 2 * MM, y, labels[2], size=7.5, bold=True)

    return Drawn(height=TABLE_HEADER, gap=8.0, draw_at=draw_at)


def _term_row(term: LetterTerm, language: str) -> Drawn:
    number = str(term.number)
    due_date = format_long_date(term.due_date, language)
    amount = format_money(term.amount, language)

    def draw_at(canvas: Canvas, top: float) -> None:
        y = top - TABLE_ROW + 1.7 * MM
        canvas.setFillColor(INK)
        _string(canvas, LEFT + 2 * MM, y, number, size=9.0)
        _string(canvas, LEFT + COL_INVOICE_DATE, y, due_date, size=9.0)
        _right(canvas, RIGHT - 2 * MM, y, amount, size=9.0)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, top - TABLE_ROW, RIGHT, top - TABLE_ROW)

    return Drawn(height=TABLE_ROW, draw_at=draw_at, table_row=True)


def _schedule_total(letter: LetterContent, texts: LetterTexts) -> Block:
    """The schedule's total under its table (the payment box asks the first term)."""
    language = _language(letter)
    label = texts.label("label_schedule_total")
    total = format_money(letter.schedule_total, language)
    height = 7.5 * MM + 1.5 * MM

    def draw_at(canvas: Canvas, top: float) -> None:
        y = top - 1.5 * MM
        canvas.setFillColor(TINT)
        canvas.rect(
            LEFT + TOTALS_LABEL - 2 * MM,
            y - 7.5 * MM,
            WIDTH - TOTALS_LABEL + 2 * MM,
            7.5 * MM,
            stroke=0,
            fill=1,
        )
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.9)
        canvas.line(LEFT + TOTALS_LABEL - 2 * MM, y, RIGHT, y)
        canvas.setFillColor(ACCENT)
        baseline = y - 7.5 * MM + 2.4 * MM
        _string(canvas, LEFT + TOTALS_LABEL, baseline, label, size=10.5, bold=True)
        _right(canvas, RIGHT - 2 * MM, baseline, total, size=10.5, bold=True)

    return Drawn(height=height, gap=0.0, draw_at=draw_at)


def _totals(letter: LetterContent, texts: LetterTexts) -> Block:
    language = _language(letter)
    rows: list[tuple[str, Decimal]] = []
    extras = [
        ("label_costs", letter.costs),
        ("label_interest", letter.interest),
        ("label_fee", letter.fee),
    ]
    if any(value for _label, value in extras):
        rows.append((texts.label("label_subtotal"), letter.principal))
        rows.extend((texts.label(label), value) for label, value in extras if value)
    total_label = texts.label("label_total")
    total = format_money(letter.payment.amount, language)
    row_height = 5.0 * MM
    total_height = 7.5 * MM
    height = len(rows) * row_height + total_height + 1.5 * MM

    def draw_at(canvas: Canvas, top: float) -> None:
        y = top
        canvas.setFillColor(INK)
        for label, value in rows:
            baseline = y - row_height + 1.6 * MM
            _string(canvas, LEFT + TOTALS_LABEL, baseline, label, size=9.0)
            _right(canvas, RIGHT - 2 * MM, baseline, format_money(value, language), size=9.0)
            y -= row_height
        y -= 1.5 * MM
        canvas.setFillColor(TINT)
        canvas.rect(
            LEFT + TOTALS_LABEL - 2 * MM,
            y - total_height,
            WIDTH - TOTALS_LABEL + 2 * MM,
            total_height,
            stroke=0,
            fill=1,
        )
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.9)
        canvas.line(LEFT + TOTALS_LABEL - 2 * MM, y, RIGHT, y)
        canvas.setFillColor(ACCENT)
        baseline = y - total_height + 2.4 * MM
        _string(canvas, LEFT + TOTALS_LABEL, baseline, total_label, size=10.5, bold=True)
        _right(canvas, RIGHT - 2 * MM, baseline, total, size=10.5, bold=True)

    return Drawn(height=height, gap=0.0, draw_at=draw_at)


def _boxed(
    paragraphs: list[Paragraph], *, fill: object, stroke: object | None, gap: float, size: float
) -> Block | None:
    """Paragraphs in a tinted box (the costs note, the debt-help line)."""
    if not paragraphs:
        return None
    pad = 1.9 * MM
    leading = size * 1.3
    inner = _paragraphs(paragraphs, gap=0.0, size=size, leading=leading, width=WIDTH - 2 * pad)
    content = sum(block.height for block in inner) + sum(block.gap for block in inner[1:])
    height = content + 2 * pad

    def draw_at(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(fill)
        if stroke is not None:
            canvas.setStrokeColor(stroke)
            canvas.setLineWidth(0.7)
        canvas.roundRect(
            LEFT, top - height, WIDTH, height, 1.5 * MM, stroke=1 if stroke else 0, fill=1
        )
        y = top - pad
        for index, block in enumerate(inner):
            if index:
                y -= block.gap
            assert isinstance(block, Text)
            canvas.saveState()
            canvas.translate(pad, 0)
            block.draw(canvas, y)
            canvas.restoreState()
            y -= block.height

    return Drawn(height=height, gap=gap, draw_at=draw_at)


def qr_width(matrix: QrMatrix) -> float:
    """The printed width of a code, quiet zone included: 25 mm of modules at the least."""
    return max(QR_MIN_WIDTH, QR_MIN_SYMBOL * (matrix.size + 2 * QUIET_ZONE) / matrix.size)


def _payment_box(letter: LetterContent, texts: LetterTexts, qr: QrMatrix | None) -> Block:
    payment = letter.payment
    language = _language(letter)
    pad = 3.5 * MM
    qr_size = qr_width(qr) if qr is not None else 0.0
    qr_area = qr_size + 4 * MM if qr is not None else 0.0
    text_width = WIDTH - 2 * pad - qr_area
    label_width = 30 * MM
    value_width = text_width - label_width

    heading = texts.label("label_pay_heading")
    intro: list[Paragraph] = []
    if qr is not None:
        intro += texts.text("pay_scan")
    elif payment.link_url:
        intro += texts.text("pay_online")
    intro += texts.text("pay_transfer")
    intro_blocks = _paragraphs(intro, gap=0.0, size=9.0, leading=11.2, width=text_width)

    reference_label = _reference_label(letter)
    pay_by = " ".join(
        "".join(run.text for run in paragraph.runs) for paragraph in texts.text("pay_by_value")
    ) or format_long_date(payment.pay_by, language)
    rows: list[tuple[str, str, bool]] = [
        (texts.label("label_amount"), format_money(payment.amount, language), True),
        (texts.label("label_iban"), format_iban(payment.iban), False),
        # no account to transfer to: the name of one would only puzzle the reader
        (texts.label("label_beneficiary"), payment.beneficiary if payment.iban else "", False),
        (texts.label(reference_label), payment.reference, True),
        (texts.label("label_pay_by"), pay_by, False),
    ]
    if payment.link_url and qr is None:
        rows.append((texts.label("label_link"), payment.link_url, False))
    row_lines = [
        (label, wrap((Run(value, bold),), value_width, 9.0), bold)
        for label, value, bold in rows
        if value.strip()
    ]
    row_leading = 10.9
    text_height = (
        12.5
        + sum(block.height + block.gap for block in intro_blocks)
        + len(intro_blocks) * 1.5
        + sum(len(lines) for _label, lines, _bold in row_lines) * row_leading
        + 2.0
    )
    caption = texts.label("label_qr_link" if payment.qr_kind is QrKind.LINK else "label_qr_epc")
    qr_height = qr_size + 4.2 * MM if qr is not None else 0.0
    height = max(text_height, qr_height) + 2 * pad

    def draw_at(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(TINT)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.0)
        canvas.roundRect(LEFT, top - height, WIDTH, height, 2 * MM, stroke=1, fill=1)
        x = LEFT + pad
        y = top - pad
        canvas.setFillColor(ACCENT)
        _string(canvas, x, y - 10.2, heading, size=10.8, bold=True)
        y -= 12.5 + 2.0
        canvas.saveState()
        canvas.translate(pad, 0)
        for block in intro_blocks:
            block.draw(canvas, y)
            y -= block.height + 1.5
        canvas.restoreState()
        y -= 2.0
        for label, lines, bold in row_lines:
            canvas.setFillColor(MUTED)
            _string(canvas, x, y - 9.0, label, size=8.0)
            canvas.setFillColor(INK)
            for line in lines:
                text = " ".join(segment.text for segment in line.segments)
                _string(canvas, x + label_width, y - 9.0, text, size=9.0, bold=bold)
                y -= row_leading
        if qr is not None:
            qr_x = RIGHT - pad - qr_size
            qr_top = top - pad
            draw_qr(canvas, qr, qr_x, qr_top - qr_size, qr_size)
            canvas.setFillColor(ACCENT)
            text, size = fit(caption, BOLD, 7.5, qr_size + 4 * MM)
            canvas.setFont(BOLD, size)
            canvas.drawCentredString(qr_x + qr_size / 2, qr_top - qr_size - 3.6 * MM, text)

    return Drawn(height=height, gap=7.0, draw_at=draw_at)


def _faq(texts: LetterTexts) -> Block | None:
    pairs = [
        (texts.text("faq_paid_q"), texts.text("faq_paid_a")),
        (texts.text("faq_instalments_q"), texts.text("faq_instalments_a")),
        (texts.text("faq_disagree_q"), texts.text("faq_disagree_a")),
    ]
    pairs = [(question, answer) for question, answer in pairs if question or answer]
    if not pairs:
        return None
    gutter = 5 * MM
    column = (WIDTH - gutter * (len(pairs) - 1)) / len(pairs)
    size, leading = 8.3, 10.6
    columns = []
    for question, answer in pairs:
        q_blocks = _paragraphs(
            question, gap=0.0, size=size, leading=leading, width=column, bold=True
        )
        a_blocks = _paragraphs(answer, gap=1.5, size=size, leading=leading, width=column)
        columns.append([*q_blocks, *a_blocks])
    heading = texts.label("label_faq_heading")
    heading_height = 12.0 if heading else 0.0
    body = max(sum(block.height + block.gap for block in blocks) for blocks in columns)
    height = heading_height + body

    def draw_at(canvas: Canvas, top: float) -> None:
        if heading:
            canvas.setFillColor(ACCENT)
            _string(canvas, LEFT, top - 9.5, heading, size=9.5, bold=True)
        for index, blocks in enumerate(columns):
            y = top - heading_height
            canvas.saveState()
            canvas.translate(index * (column + gutter), 0)
            if index:
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(0.5)
                canvas.line(LEFT - gutter / 2, y, LEFT - gutter / 2, y - body)
            for block in blocks:
                y -= block.gap
                block.draw(canvas, y)
                y -= block.height
            canvas.restoreState()

    return Drawn(height=height, gap=7.0, draw_at=draw_at)


def _body(letter: LetterContent, texts: LetterTexts, qr: QrMatrix | None) -> list[Block]:
    blocks: list[Block] = []
    blocks += _paragraphs(
        texts.text("subject"), gap=0.0, size=12.5, leading=15.5, bold=True, color=ACCENT
    )
    blocks += _paragraphs(texts.text("salutation"), gap=9.0)
    blocks += _paragraphs(texts.text("intro"), gap=6.0)

    schedule = bool(letter.schedule)
    rows: list[Drawn]
    if schedule:  # an arrangement's confirmation: its terms instead of the invoices
        rows = [_term_row(term, _language(letter)) for term in letter.schedule]
        header = _schedule_header(texts)
    else:
        rows = [_table_row(invoice, _language(letter)) for invoice in letter.invoices]
        header = _table_header(texts)
    # What to pay and how stay on one page: the last row (a table row, so a continued page
    # repeats the header above it), the totals (never alone on a page), the costs note that
    # speaks of them, and the payment box with the QR code.
    payment: list[Block] = [_schedule_total(letter, texts) if schedule else _totals(letter, texts)]
    note = _boxed(texts.text("costs_note"), fill=NOTE_TINT, stroke=NOTE_RULE, gap=5.0, size=8.5)
    if note is not None:
        payment.append(note)
    payment.append(_payment_box(letter, texts, qr))
    if len(rows) == 1:
        blocks.append(Group(blocks=[header, rows[0], *payment], gap=8.0))
    else:
        if rows:
            blocks.append(Group(blocks=[header, rows[0]], gap=8.0))
            blocks += rows[1:-1]
            payment.insert(0, rows[-1])
        blocks.append(Group(blocks=payment, gap=payment[0].gap, table_row=len(rows) > 1))
    # The rest flows (a page may break between its parts); only the closing and the signature
    # keep the paragraph before them company, so they never stand alone on a page.
    rest: list[Block] = []
    rest += _paragraphs(texts.text("next_steps"), gap=7.0)
    rest += _paragraphs(texts.text("contact"), gap=PARAGRAPH_GAP)
    faq = _faq(texts)
    if faq is not None:
        rest.append(faq)
    help_box = _boxed(texts.text("debt_help"), fill=TINT, stroke=None, gap=7.0, size=8.5)
    if help_box is not None:
        rest.append(help_box)
    ending = _paragraphs(texts.text("closing"), gap=9.0)
    ending += _paragraphs(texts.text("signature"), gap=2.0, bold=True)
    if rest and ending:
        last = rest.pop()
        ending = [Group(blocks=[last, *ending], gap=last.gap)]
    blocks += rest
    if ending:
        blocks.append(Group(blocks=ending, gap=ending[0].gap))
    return blocks


def _tighten(blocks: list[Block], factor: float) -> list[Block]:
    """The same blocks with less space between them."""
    tightened: list[Block] = []
    for block in blocks:
        if isinstance(block, Group):
            tightened.append(
                Group(
                    blocks=_tighten(block.blocks, factor),
                    gap=block.gap * factor,
                    table_row=block.table_row,
                )
            )
        else:
            tightened.append(replace(block, gap=block.gap * factor))
    return tightened


def compose(letter: LetterContent, texts: LetterTexts, qr: QrMatrix | None) -> ComposedLetter:
    """Lay the letter out on pages (nothing drawn yet).

    A letter that just misses one page is tried again with less space between its parts: a
    one-page letter folds and reads better than a second sheet with a few lines on it.
    """
    blocks = _body(letter, texts, qr)

    def header() -> Block:
        if letter.schedule:
            return _schedule_header(texts, continued=True)
        return _table_header(texts, continued=True)

    pages = paginate(blocks, table_header=header)
    for factor in (0.65, 0.4):
        if len(pages) != 2:
            break
        compact = paginate(_tighten(blocks, factor), table_header=header)
        if len(compact) == 1:
            pages = compact
    return ComposedLetter(letter=letter, texts=texts, pages=pages)


# ------------------------------------------------------------------------------ page furniture


def _letterhead(
    canvas: Canvas, letter: LetterContent, texts: LetterTexts, logo: Logo | None
) -> None:
    """Name, address, contact details and registrations top left; the logo top right."""
    sender = letter.sender
    top = PAGE_HEIGHT - 14 * MM
    width = WIDTH - (logo.width + 8 * MM if logo else 0.0)
    name, size = fit(sender.name, BOLD, 15.0, width, smallest=10.0)
    canvas.setFillColor(ACCENT)
    _string(canvas, LEFT, top - size, name, size=size, bold=True)
    place = f"{sender.postcode} {sender.city}".strip()
    contact = [
        f"{texts.label(label)} {value}" if label == "label_phone" else value
        for label, value in (
            ("label_phone", sender.phone),
            ("label_email", sender.email),
            ("label_website", sender.website),
        )
        if value
    ]
    registrations = [
        f"{texts.label(label)} {value}"
        for label, value in (("label_coc", sender.coc_number), ("label_vat", sender.vat_number))
        if value
    ]
    lines = [
        " · ".join(part for part in (sender.address_line, place) if part),
        "   ".join(contact),
        "   ".join(registrations),
    ]
    lines += _extra_letterhead(sender.letterhead, [sender.name, sender.address_line, place, *lines])
    y = top - size - 6.0
    canvas.setFillColor(MUTED)
    for line in (line for line in lines if line):
        text, small = fit(line, REGULAR, 8.0, width)
        _string(canvas, LEFT, y - 8.0, text, size=small)
        y -= 10.2
    if logo is not None:
        canvas.saveState()
        canvas.translate(RIGHT - logo.width, PAGE_HEIGHT - 12 * MM - logo.height)
        canvas.doForm(logo.name)
        canvas.restoreState()


def _extra_letterhead(letterhead: str, known: list[str]) -> list[str]:
    """The organisation's own letterhead lines that do not repeat what is printed already."""

    def key(text: str) -> str:
        return "".join(character for character in text.casefold() if character.isalnum())

    printed = {key(text) for text in known if key(text)}
    printed_text = " ".join(printed)
    extra = []
    for line in letterhead.splitlines():
        wanted = key(line)
        if wanted and wanted not in printed and wanted not in printed_text:
            extra.append(line.strip())
    return extra[:2]


def _window(canvas: Canvas, letter: LetterContent) -> None:
    """The return line and the address, inside the envelope window (20-130 mm, 50-90 mm)."""
    sender, recipient = letter.sender, letter.recipient
    x = 25 * MM
    width = 100 * MM
    return_parts = [sender.name, sender.address_line, f"{sender.postcode} {sender.city}".strip()]
    return_line = " · ".join(part for part in return_parts if part)
    canvas.setFillColor(MUTED)
    text, size = fit(return_line, REGULAR, 6.5, width, smallest=5.0)
    _string(canvas, x, PAGE_HEIGHT - 55 * MM, text, size=size)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.line(
        x,
        PAGE_HEIGHT - 56.2 * MM,
        x + min(width, _width(text, REGULAR, size)),
        PAGE_HEIGHT - 56.2 * MM,
    )

    raw = [recipient.name, recipient.attention, *recipient.address_lines]
    city = recipient.city.upper() if recipient.country.upper() == "NL" else recipient.city
    raw.append(f"{recipient.postcode}  {city}".strip())
    if recipient.country and recipient.country.upper() != (sender.country or "NL").upper():
        raw.append(_country_name(recipient.country, _language(letter)))
    raw = [line.strip() for line in raw if line and line.strip()]
    # a long name or attention line wraps (twice at most) rather than being cut in the window
    for size in (10.0, 9.0, 8.0):
        lines = _address_lines(raw, width, size)
        if len(lines) * size * 1.22 <= 27 * MM:
            break
    leading = size * 1.22
    y = PAGE_HEIGHT - 62 * MM
    canvas.setFillColor(INK)
    for line in lines:
        text, line_size = fit(line, REGULAR, size, width, smallest=6.0)
        _string(canvas, x, y, text, size=line_size)
        y -= leading


def _address_lines(raw: list[str], width: float, size: float) -> list[str]:
    lines: list[str] = []
    for line in raw:
        if _width(line, REGULAR, size) <= width:
            lines.append(line)
            continue
        wrapped = [
            " ".join(segment.text for segment in part.segments)
            for part in wrap((Run(line),), width, size)
        ]
        if len(wrapped) > 2:
            wrapped = [wrapped[0], " ".join(wrapped[1:])]  # the rest is fitted on one line
        lines += wrapped
    return lines


def _reference_label(letter: LetterContent) -> str:
    return {
        "kenmerk": "label_reference_kenmerk",
        "rf": "label_reference_rf",
    }.get(letter.payment.reference_kind, "label_reference_invoice")


def _reference_column(canvas: Canvas, letter: LetterContent, texts: LetterTexts) -> None:
    """Date, customer number and payment reference beside the window."""
    x = 135 * MM
    width = RIGHT - x
    rows = [
        (texts.label("label_date"), format_long_date(letter.letter_date, _language(letter))),
        (texts.label("label_customer_number"), letter.customer_number),
        (texts.label(_reference_label(letter)), letter.payment.reference),
    ]
    y = PAGE_HEIGHT - 55 * MM
    for label, value in rows:
        canvas.setFillColor(MUTED)
        _string(canvas, x, y, label, size=7.0)
        text, size = fit(value, REGULAR, 9.5, width)
        canvas.setFillColor(INK)
        _string(canvas, x, y - 11.0, text, size=size)
        y -= 9.5 * MM


def _fold_marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    for from_top in (99 * MM, 198 * MM):
        canvas.line(5 * MM, PAGE_HEIGHT - from_top, 9 * MM, PAGE_HEIGHT - from_top)


def _continuation_header(canvas: Canvas, letter: LetterContent, texts: LetterTexts) -> None:
    y = PAGE_HEIGHT - 16 * MM
    canvas.setFillColor(ACCENT)
    name, size = fit(letter.sender.name, BOLD, 9.5, WIDTH / 2)
    _string(canvas, LEFT, y, name, size=size, bold=True)
    right = (
        f"{texts.label('label_customer_number')} {letter.customer_number}   ·   "
        f"{texts.label(_reference_label(letter))} {letter.payment.reference}"
    )
    canvas.setFillColor(MUTED)
    text, small = fit(right, REGULAR, 7.5, WIDTH / 2)
    _right(canvas, RIGHT, y, text, size=small)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, y - 3 * MM, RIGHT, y - 3 * MM)


def _footer(canvas: Canvas, texts: LetterTexts, page: int, pages: int) -> None:
    label = texts.label("label_page") or "{page} / {pages}"
    try:
        text = label.format(page=page, pages=pages)
    except (KeyError, IndexError, ValueError):
        text = f"{page} / {pages}"
    canvas.setFillColor(MUTED)
    _right(canvas, RIGHT, 10 * MM, text, size=7.5)


def draw(canvas: Canvas, composed: ComposedLetter, logo: Logo | None) -> int:
    """Draw a composed letter, one ``showPage`` per page; returns its page count."""
    letter, texts = composed.letter, composed.texts
    count = len(composed.pages)
    for number, placed in enumerate(composed.pages, start=1):
        if number == 1:
            _letterhead(canvas, letter, texts, logo)
            _window(canvas, letter)
            _reference_column(canvas, letter, texts)
            _fold_marks(canvas)
        else:
            _continuation_header(canvas, letter, texts)
        for item in placed:
            item.block.draw(canvas, item.top)
        if count > 1:
            _footer(canvas, texts, number, count)
        canvas.showPage()
    return count
