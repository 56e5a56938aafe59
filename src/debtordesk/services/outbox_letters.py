"""The step's letter as a PDF attachment of an e-mail payment request or reminder (the organisation
option ``attach_letter_pdf``, Settings > Organisation > Options).

The PDF is the letter the step would print (:mod:`debtordesk.services.letters_content`, rendered by
:func:`debtordesk.letters.render.render_letter` with the organisation's own letter templates): the
same invoice table, amounts, reference and one QR code (the payment link, else an EPC code). Its letter
date is the day the e-mail goes out, and its last day to pay is the e-mail's (a pre-reminder's due date;
for the 14-day letter the end of the term counted from the day the e-mail is received, which is the day
it is sent), so the e-mail and its attachment never state different dates.

Why an organisation option and not a choice per policy step: the attachment follows from how the
organisation writes to its customers (some want every e-mail to look like the paper letter, some keep
e-mails light), not from the step; a per-step flag would have to be set on every e-mail step of every
policy, and forgetting one gives customers different e-mails for the same kind of message.

The file is called ``<payment reference or first invoice number>-<date>.pdf``. A letter larger than
:data:`MAX_PDF_BYTES` (only with a very large logo) is left out, and the timeline says why: the e-mail
still goes (mail servers commonly refuse messages over 10 MB, and base64 makes an attachment a third
larger on the wire).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from debtordesk.domain.messages import Message
from debtordesk.letters.model import LetterContent, Sender
from debtordesk.letters.render import render_letter
from debtordesk.messaging.model import MessageContent
from debtordesk.providers.smtp import Attachment
from debtordesk.services.letters_batch import template_override_dir
from debtordesk.services.letters_content import letter_sources, sender_of
from debtordesk.services.outbox_types import LetterPdf

#: the largest letter PDF attached to an e-mail (about 6.7 MB on the wire with base64)
MAX_PDF_BYTES = 5 * 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def attachment_name(content: MessageContent, day: date) -> str:
    """``<payment reference or first invoice number>-<YYYY-MM-DD>.pdf``, safe in any mail program."""
    for stem in (
        content.reference,
        content.invoices[0].number if content.invoices else "",
        content.customer_number,
    ):
        safe = _UNSAFE.sub("-", stem).strip("-.")[:60]
        if safe:
            return f"{safe}-{day.isoformat()}.pdf"
    return f"letter-{day.isoformat()}.pdf"


def letter_contents(
    session: Session,
    administration_id: int,
    messages: Mapping[int, MessageContent],
    *,
    today: date,
    now: datetime,
    sender: Sender | None = None,
) -> dict[int, LetterContent]:
    """The letters of these e-mail communications (by communication id), dated ``today`` and with the
    last day to pay each e-mail states. ``sender``: the administration as the letterhead shows it,
    when the caller has it already."""
    if not messages:
        return {}
    sender = sender or sender_of(session, administration_id)
    sources = letter_sources(
        session, administration_id, sorted(messages), letter_date=today, now=now, sender=sender
    )
    found: dict[int, LetterContent] = {}
    for source in sources:
        message = messages[source.communication_id]
        letter = source.content
        found[source.communication_id] = replace(
            letter,
            payment=replace(letter.payment, pay_by=message.pay_by),
            term_ends_on=message.pay_by if letter.fourteen_day_letter else None,
        )
    return found


def letter_pdf(
    letter: LetterContent,
    message: MessageContent,
    *,
    day: date,
    template_dir: Path | None = None,
    max_bytes: int | None = None,
) -> tuple[Attachment | None, LetterPdf]:
    """The letter rendered as a PDF with the organisation's letter templates (``template_dir``: other
    ones); a template problem is a :class:`UserError` naming file and line. Returns the attachment
    (None when it is larger than ``max_bytes``, by default :data:`MAX_PDF_BYTES`) and what the
    timeline records of it."""
    folder = template_dir if template_dir is not None else template_override_dir()
    pdf = render_letter(letter, template_dir=folder)
    name = attachment_name(message, day)
    digest = hashlib.sha256(pdf).hexdigest()
    limit = MAX_PDF_BYTES if max_bytes is None else max_bytes
    if len(pdf) > limit:
        why = Message(
            "event.outbox.sent_without_letter",
            {"size": -(-len(pdf) // 1024), "limit": limit // 1024},
        )
        return None, LetterPdf(name, len(pdf), digest, left_out=why)
    return Attachment(name, pdf, "application/pdf"), LetterPdf(name, len(pdf), digest)
