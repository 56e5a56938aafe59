"""A customer's timeline for the customer's file: every event (not only the newest the panel shows),
optionally only some kinds, oldest first, as a CSV or a PDF.

The words of the headings and the kinds come from the caller (:class:`TimelineLabels`; the GUI passes
its translated texts), the event texts from the catalogue in the chosen language, as the panel shows
them. CSV: ``;``-separated, UTF-8 with a byte-order mark (Excel reads the accents), every text cell
guarded against formula injection (a leading apostrophe before ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return; :func:`~debtordesk.services.link_exports.guard_text`). PDF: A4, reportlab with the
letters' embedded font (:mod:`debtordesk.letters.fonts`), the customer and the export moment on
top, page numbers below. The file is written to a temporary name and moved into place, so a failed
export leaves no half-written file.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from debtordesk.db.models import Customer
from debtordesk.db.types import utcnow
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import current_language, format_value, render
from debtordesk.services.database import Database
from debtordesk.services.link_exports import guard_text
from debtordesk.services.views.detail import read_timeline
from debtordesk.services.views.model import TimelineEntry

FORMATS = ("csv", "pdf")


@dataclass(frozen=True)
class TimelineLabels:
    """The words around the entries, in the clerk's language."""

    #: "Timeline of {number} {name}" style heading; {number} and {name} are filled in
    title: str
    #: "Exported on {moment}: {count} entries" style line; {moment} and {count} are filled in
    subtitle: str
    #: shown under the subtitle when only some kinds are exported; {kinds} is filled in
    kinds_line: str
    when: str
    kind: str
    what: str
    invoice: str
    by: str
    #: "page {page}" in the footer
    page: str
    #: the words for each kind of event (a kind not here is written as it is stored)
    kind_names: Mapping[str, str] = field(default_factory=dict)

    def kind_name(self, kind: str) -> str:
        return self.kind_names.get(kind, kind)


@dataclass(frozen=True)
class TimelineExport:
    path: Path
    format: str
    rows: int


def timeline_entries(
    db: Database,
    customer_id: int,
    *,
    kinds: Collection[str] | None = None,
    language: str | None = None,
) -> tuple[tuple[str, str], tuple[TimelineEntry, ...]]:
    """The customer's (number, name) and its whole timeline, oldest first; ``kinds`` keeps those."""
    with db.read() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise UserError("views.customer_missing", customer_id=customer_id)
        entries = read_timeline(
            session, customer, kinds=kinds, language=language, limit=None, newest_first=False
        )
        return (customer.number, customer.name), tuple(entries)


def catalogue_labels(language: str | None = None) -> TimelineLabels:
    """The words around the entries from the message catalogue (for the CLI and tests; the GUI
    passes its own translated texts)."""

    def words(code: str, *kept: str) -> str:
        # the placeholders the export fills in later come back as they are
        return render(Message(code, {name: f"{{{name}}}" for name in kept}), language)

    return TimelineLabels(
        title=words("timeline.export.title", "number", "name"),
        subtitle=words("timeline.export.subtitle", "moment", "count"),
        kinds_line=words("timeline.export.kinds", "kinds"),
        when=words("timeline.col.at"),
        kind=words("timeline.col.kind"),
        what=words("timeline.col.text"),
        invoice=words("timeline.col.invoice"),
        by=words("timeline.col.clerk"),
        page=words("timeline.export.page", "page"),
    )


def export_timeline(
    db: Database,
    customer_id: int,
    target: Path,
    labels: TimelineLabels,
    *,
    kinds: Collection[str] | None = None,
    language: str | None = None,
    fmt: str | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> TimelineExport:
    """Write the customer's timeline (the ``kinds`` only, when given) to ``target`` as CSV or PDF
    (``fmt``, else the file's suffix). Refused for another format or a folder that does not exist."""
    path = Path(target).expanduser()
    kind = (fmt or path.suffix.lstrip(".")).lower()
    if kind not in FORMATS:
        raise UserError(
            "payments.export.format", path=str(path), formats=", ".join(f".{f}" for f in FORMATS)
        )
    if not path.parent.is_dir():
        raise UserError("payments.export.folder", folder=str(path.parent))
    lang = language or current_language()
    (number, name), entries = timeline_entries(db, customer_id, kinds=kinds, language=lang)
    moment = clock()
    if kind == "csv":
        data = _csv(entries, labels, lang)
    else:
        data = _pdf((number, name), entries, labels, language=lang, moment=moment, kinds=kinds)
    _write(path, data)
    return TimelineExport(path=path, format=kind, rows=len(entries))


def _moment(value: datetime, language: str) -> str:
    local = value.astimezone()
    return f"{format_value(local.date(), language)} {local:%H:%M}"


def _csv(entries: tuple[TimelineEntry, ...], labels: TimelineLabels, language: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    header = [labels.when, labels.kind, labels.what, labels.invoice, labels.by]
    writer.writerow([guard_text(text) for text in header])
    for entry in entries:
        writer.writerow(
            [
                guard_text(text)
                for text in (
                    _moment(entry.at, language),
                    labels.kind_name(entry.kind),
                    entry.text,
                    entry.invoice_number or "",
                    entry.user_login or "",
                )
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")


def _pdf(
    heading: tuple[str, str],
    entries: tuple[TimelineEntry, ...],
    labels: TimelineLabels,
    *,
    language: str,
    moment: datetime,
    kinds: Collection[str] | None,
) -> bytes:
    number, name = heading
    from reportlab.lib import colors  # type: ignore[import-untyped]
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
    from reportlab.lib.units import mm  # type: ignore[import-untyped]
    from reportlab.platypus import (  # type: ignore[import-untyped]
        LongTable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        TableStyle,
    )

    from debtordesk.letters.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    title_style = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18)
    line_style = ParagraphStyle("line", fontName=REGULAR, fontSize=9, leading=12)
    cell_style = ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10)
    head_style = ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10)

    def cell(text: str, style: ParagraphStyle = cell_style) -> Any:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story: list[Any] = [
        Paragraph(escape(labels.title.format(number=number, name=name)), title_style),
        Spacer(1, 2 * mm),
        Paragraph(
            escape(
                labels.subtitle.format(
                    moment=_moment(moment, language), count=format_value(len(entries), language)
                )
            ),
            line_style,
        ),
    ]
    if kinds is not None:
        chosen = ", ".join(sorted(labels.kind_name(kind) for kind in kinds))
        story.append(Paragraph(escape(labels.kinds_line.format(kinds=chosen)), line_style))
    story.append(Spacer(1, 4 * mm))
    rows: list[list[Any]] = [
        [
            cell(text, head_style)
            for text in (labels.when, labels.kind, labels.what, labels.invoice, labels.by)
        ]
    ]
    for entry in entries:
        rows.append(
            [
                cell(_moment(entry.at, language)),
                cell(labels.kind_name(entry.kind)),
                cell(entry.text),
                cell(entry.invoice_number or ""),
                cell(entry.user_login or ""),
            ]
        )
    widths = [27 * mm, 22 * mm, 90 * mm, 22 * mm, 19 * mm]
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story.append(table)

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, labels.page.format(page=document.page))
        canvas.drawString(15 * mm, 10 * mm, f"{number} {name}")
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=labels.title.format(number=number, name=name),
        author="DebtorDesk",
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _write(path: Path, data: bytes) -> None:
    """Through a temporary file in the same folder, then moved into place."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        try:
            temporary.write_bytes(data)
            temporary.replace(path)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as exc:
        raise UserError(
            "payments.export.write_failed", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
