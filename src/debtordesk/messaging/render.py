"""An SMS or an e-mail from a :class:`~debtordesk.messaging.model.MessageContent`, and the template check
the editor shows (characters, SMS parts, GSM-7 or UCS-2).

**SMS.** The step's ``sms`` block, every run of white space made one space. One character outside GSM-7
(an ł or ë in a name, a typographic quote) turns the whole SMS into UCS-2: 70 characters a part instead
of 160. The customer's name can be transliterated to GSM-7 (ł -> l, ë -> e) before it goes in; the text
is analysed after rendering, so the caller can refuse a message of more parts than it allows.

**E-mail.** The step's blocks are rendered once, with every value HTML-escaped, in a small paragraph
mark-up (a blank line between paragraphs; ``<b>``, ``<i>`` and ``<br/>``). The HTML e-mail puts them in
``layout/email.html``; the plain-text e-mail takes the very same paragraphs without the tags into
``layout/email.txt``, so both say exactly the same.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from markupsafe import Markup

from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.sms_text import SmsEncoding, SmsTextInfo, analyse, transliterate_to_gsm
from debtordesk.messaging.model import MessageContent, MessageInvoice, MessageSender
from debtordesk.messaging.templates import (
    EMAIL_BLOCKS,
    HTML_LAYOUT,
    LABEL_BLOCKS,
    SMS_BLOCK,
    TEXT_LAYOUT,
    MessageTemplate,
    load_template,
    normalise,
    render_blocks,
    render_layout,
)
from debtordesk.templating import format_iban, format_money, format_short_date

#: parts an SMS may have unless the organisation says otherwise
DEFAULT_MAX_SEGMENTS = 2
_SPACE = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)\s*(/?)\s*>")
_ANY_TAG = re.compile(r"<[^>]*>")
_ALLOWED_TAGS = frozenset({"b", "strong", "i", "em", "br"})


# --------------------------------------------------------------------------- the values


def template_values(content: MessageContent, *, name: str | None = None) -> dict[str, Any]:
    """The values a template sees (see the README beside the shipped templates)."""
    language, tone = normalise(content.language, content.tone)
    sender = content.sender
    shown = content.name if name is None else name
    return {
        "language": language,
        "tone": tone,
        "consumer": content.customer_type != "business",
        "business": content.customer_type == "business",
        "many": len(content.invoices) > 1,
        "name": shown,
        "salutation_name": content.salutation_name or shown,
        "sender": sender,
        "invoices": content.invoices,
        "amount": content.amount,
        "pay_by": content.pay_by,
        "principal": content.principal,
        "costs": content.costs,
        "interest": content.interest,
        "fee": content.fee,
        "costs_announced": content.costs_announced,
        "fourteen_day_letter": content.fourteen_day_letter,
        "reminded_before": content.reminded_before,
        "link": content.link_url or "",
        "iban": format_iban(sender.iban) if sender.iban else "",
        "beneficiary": sender.account_holder or sender.name,
        "reference": content.reference,
        "customer_number": content.customer_number,
        "step_name": content.step_name,
        "extra": content.extra,
    }


# --------------------------------------------------------------------------- SMS


@dataclass(frozen=True)
class RenderedSms:
    text: str
    info: SmsTextInfo
    #: the customer's name was changed to fit GSM-7 (ł -> l)
    transliterated: bool

    @property
    def segments(self) -> int:
        return self.info.segments


def render_sms(
    content: MessageContent,
    *,
    transliterate_names: bool = True,
    override: Path | None = None,
    source: str | None = None,
) -> RenderedSms:
    """The SMS text of ``content`` (one line), with its encoding and parts."""
    template = load_template(
        content.template,
        content.language,
        content.tone,
        html=False,
        override=override,
        source=source,
    )
    name = transliterate_to_gsm(content.name) if transliterate_names else content.name
    return _render_sms(template, content, name)


def _render_sms(template: MessageTemplate, content: MessageContent, name: str) -> RenderedSms:
    raw = render_blocks(template, (SMS_BLOCK,), template_values(content, name=name))[SMS_BLOCK]
    text = _SPACE.sub(" ", raw.replace("\xa0", " ")).strip()
    if not text:
        raise UserError("messages.sms_empty", file=template.filename)
    return RenderedSms(text, analyse(text), name != content.name)


# --------------------------------------------------------------------------- e-mail


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


class _Markup(Exception):
    def __init__(self, tag: str) -> None:
        super().__init__(tag)
        self.tag = tag


def _paragraphs(block: str) -> list[str]:
    """A block's paragraphs in HTML (values already escaped); lines of a paragraph joined."""
    found = []
    for part in _PARAGRAPH_BREAK.split(block.strip()):
        lines = [line.strip() for line in part.splitlines() if line.strip()]
        if not lines:
            continue
        paragraph = " ".join(lines)
        for match in _TAG.finditer(paragraph):
            if match.group(2).lower() not in _ALLOWED_TAGS:
                raise _Markup(match.group(0))
        leftover = _TAG.sub("", paragraph)
        if "<" in leftover or ">" in leftover:
            raise _Markup(leftover[leftover.find("<") :][:20] or ">")
        found.append(_TAG.sub(_normal_tag, paragraph))
    return found


def _normal_tag(match: re.Match[str]) -> str:
    name = match.group(2).lower()
    if name == "br":
        return "<br/>"
    return f"<{match.group(1)}{name}>"


def _plain(paragraph: str) -> str:
    """A paragraph of the mark-up as plain text."""
    text = paragraph.replace("<br/>", "\n")
    return html_lib.unescape(_ANY_TAG.sub("", text))


def render_email(
    content: MessageContent,
    *,
    override: Path | None = None,
    source: str | None = None,
) -> RenderedEmail:
    """The subject, plain text and HTML of ``content``'s e-mail."""
    template = load_template(
        content.template,
        content.language,
        content.tone,
        html=True,
        override=override,
        source=source,
    )
    blocks = render_blocks(template, EMAIL_BLOCKS + LABEL_BLOCKS, template_values(content))
    try:
        html_parts = {name: _paragraphs(blocks[name]) for name in EMAIL_BLOCKS + LABEL_BLOCKS}
    except _Markup as error:
        raise UserError(
            "messages.template_markup", file=template.filename, tag=error.tag
        ) from error
    text_parts = {name: [_plain(p) for p in parts] for name, parts in html_parts.items()}
    subject = " ".join(" ".join(text_parts["subject"]).split())
    if not subject:
        raise UserError("messages.subject_empty", file=template.filename)
    labels_text = {name.removeprefix("label_"): " ".join(text_parts[name]) for name in LABEL_BLOCKS}
    # the blocks were rendered with every value escaped; only the template's own <b>, <i>, <br/> remain
    safe = _safe
    labels_html = {
        name.removeprefix("label_"): safe(" ".join(html_parts[name])) for name in LABEL_BLOCKS
    }
    language = template.language
    rows = [
        (
            line.number,
            format_short_date(line.due_date, language),
            _money(line.open_amount, language),
        )
        for line in content.invoices
    ]
    charges = [
        (labels_text[label], _money(amount, language))
        for label, amount in (
            ("costs", content.costs),
            ("interest", content.interest),
            ("fee", content.fee),
        )
        if amount
    ]
    total = _money(content.amount, language)
    faq_names = (
        ("faq_paid_q", "faq_paid_a"),
        ("faq_instalments_q", "faq_instalments_a"),
        ("faq_disagree_q", "faq_disagree_a"),
    )
    sender = content.sender
    common = {
        "language": language,
        "subject": subject,
        "link": content.link_url or "",
        "iban": format_iban(sender.iban) if sender.iban else "",
        "beneficiary": sender.account_holder or sender.name,
        "reference": content.reference,
        "customer_number": content.customer_number,
    }
    html_values = {
        **common,
        "p": {name: [safe(p) for p in parts] for name, parts in html_parts.items()},
        "label": labels_html,
        "faq": [
            (safe(" ".join(html_parts[q])), [safe(p) for p in html_parts[a]])
            for q, a in faq_names
            if html_parts[q]
        ],
        "table": {
            "rows": [{"number": n, "due_date": d, "amount": a} for n, d, a in rows],
            "charges": [{"label": label, "amount": a} for label, a in charges],
            "total": total,
        },
    }
    pay_by_text = " ".join(text_parts["pay_by_value"])
    text_values = {
        **common,
        "p": text_parts,
        "label": labels_text,
        "faq": [(" ".join(text_parts[q]), text_parts[a]) for q, a in faq_names if text_parts[q]],
        "table": {"rows": rows, "lines": _table_lines(rows, charges, labels_text, total)},
        "transfer_lines": _aligned(
            [
                (labels_text["amount"], total),
                (labels_text["iban"], common["iban"]),
                (labels_text["beneficiary"], common["beneficiary"]),
                *([(labels_text["reference"], content.reference)] if content.reference else []),
                (labels_text["pay_by"], pay_by_text),
            ]
        ),
    }
    html = render_layout(HTML_LAYOUT, html_values, override=override)
    text = render_layout(TEXT_LAYOUT, text_values, override=override)
    return RenderedEmail(subject, _tidy_text(text), html)


def _safe(paragraph: str) -> Markup:
    """A paragraph from :func:`_paragraphs`: rendered by the escaping environment and checked to hold
    no tags but <b>, <strong>, <i>, <em> and <br/>, so it is safe to put into the HTML as it is."""
    return Markup(paragraph)  # noqa: S704 - see the docstring


def _money(amount: Decimal, language: str) -> str:
    return format_money(amount, language)


def _table_lines(
    rows: list[tuple[str, str, str]],
    charges: list[tuple[str, str]],
    labels: Mapping[str, str],
    total: str,
) -> list[str]:
    """The invoice table as lines of text with the columns lined up."""
    head = (labels["invoice"], labels["due_date"], labels["open_amount"])
    first = max(len(head[0]), *(len(r[0]) for r in rows))
    second = max(len(head[1]), *(len(r[1]) for r in rows))
    third = max(len(head[2]), *(len(r[2]) for r in rows), len(total), *(len(c[1]) for c in charges))
    width = first + 2 + second + 2 + third
    lines = [f"{head[0]:<{first}}  {head[1]:<{second}}  {head[2]:>{third}}"]
    lines += [f"{n:<{first}}  {d:<{second}}  {a:>{third}}" for n, d, a in rows]
    lines += [f"{label:<{width - third - 2}}  {a:>{third}}" for label, a in charges]
    lines.append("-" * width)
    lines.append(f"{labels['total']:<{width - third - 2}}  {total:>{third}}")
    return lines


def _aligned(pairs: list[tuple[str, str]]) -> list[str]:
    width = max(len(label) for label, _ in pairs) + 1
    return [f"{label + ':':<{width}} {value}" for label, value in pairs]


def _tidy_text(text: str) -> str:
    """No trailing spaces, at most one empty line in a row, one newline at the end."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    tidy: list[str] = []
    for line in lines:
        if not line and tidy and not tidy[-1]:
            continue
        tidy.append(line)
    return "\n".join(tidy) + "\n"


# --------------------------------------------------------------------------- the editor's check

#: a sample message for checking a template: a typical name, amount and payment link
SAMPLE_LINK = "https://paymentlink.mollie.com/payment/Ab12Cd34Ef56Gh/"


def sample_content(
    template: str,
    language: str,
    tone: str,
    *,
    sender: MessageSender | None = None,
    name: str = "Jan de Vries",
    business: bool = False,
) -> MessageContent:
    """What a template is checked with: a typical customer, amount and link."""
    return MessageContent(
        key="sample",
        template=template,
        language=language,
        tone=tone,
        customer_type="business" if business else "consumer",
        customer_number="K-10045",
        name=name,
        sender=sender
        or MessageSender(
            name="Kinderopvang De Zonnebloem",
            phone="033 123 45 67",
            email="debiteuren@zonnebloem.example",
            iban="NL91ABNA0417164300",
        ),
        invoices=(MessageInvoice("F-2026-0412", date(2026, 10, 1), Decimal("123.45")),),
        amount=Decimal("123.45"),
        pay_by=date(2026, 10, 15),
        reference="RF18539007547034",
        link_url=SAMPLE_LINK,
    )


@dataclass(frozen=True)
class SmsCheck:
    """One sample rendering of a template's SMS."""

    text: str
    characters: int
    segments: int
    encoding: SmsEncoding
    #: the characters that force UCS-2 (empty for GSM-7)
    non_gsm: tuple[str, ...]


@dataclass(frozen=True)
class TemplateCheck:
    """What the editor shows under an SMS template: with a payment link and without one."""

    with_link: SmsCheck
    without_link: SmsCheck
    #: UCS-2 and too-many-parts warnings, as messages
    warnings: tuple[Message, ...]


def template_check(
    template: str,
    language: str,
    tone: str,
    *,
    source: str | None = None,
    override: Path | None = None,
    sample: MessageContent | None = None,
    max_segments: int = DEFAULT_MAX_SEGMENTS,
    transliterate_names: bool = True,
) -> TemplateCheck:
    """Render a step's SMS with a sample (``source``: the editor's unsaved text) and say what it
    costs: characters, parts, GSM-7 or UCS-2, and a warning for UCS-2 or more than ``max_segments``."""
    content = sample or sample_content(template, language, tone)
    content = replace(content, template=template, language=language, tone=tone)
    loaded = load_template(template, language, tone, html=False, override=override, source=source)
    name = transliterate_to_gsm(content.name) if transliterate_names else content.name
    checks = []
    warnings: list[Message] = []
    for variant, link in (("link", content.link_url or SAMPLE_LINK), ("no_link", None)):
        rendered = _render_sms(loaded, replace(content, link_url=link), name)
        info = rendered.info
        checks.append(
            SmsCheck(rendered.text, info.characters, info.segments, info.encoding, info.non_gsm)
        )
        if info.encoding is SmsEncoding.UCS2:
            warnings.append(
                Message(
                    f"messages.check_ucs2.{variant}",
                    {"characters": " ".join(info.non_gsm), "segments": info.segments},
                )
            )
        if info.segments > max_segments:
            warnings.append(
                Message(
                    f"messages.check_segments.{variant}",
                    {"segments": info.segments, "limit": max_segments},
                )
            )
    return TemplateCheck(checks[0], checks[1], tuple(dict.fromkeys(warnings)))
