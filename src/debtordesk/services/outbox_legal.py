"""The legal check of a 14-day e-mail just before the outbox sends it (art. 6:96 lid 6 BW, LEGAL-NL).

A 14-day e-mail is the 14-day letter sent by e-mail (to customers who agreed to legal notices by
e-mail). Like a letter batch (:func:`debtordesk.services.letters_batch.check_fourteen_day_templates`),
the outbox must not send one whose wording costs the claim its collection costs:

- the letter it carries as a PDF (organisation option ``attach_letter_pdf``) is checked with the
  letters' own check (:func:`debtordesk.letters.templates.fourteen_day_template_problems`);
- the e-mail's own text (its message template) is checked the same way
  (:func:`debtordesk.letters.legal_check.fourteen_day_problems` for an e-mail: the term from the day
  after the e-mail was received, the same in the payment details, the exact costs) when it speaks
  of the term, and always when no letter goes with it (then the text is the whole notice).

A problem is a :class:`UserError`; the outbox holds the e-mail with it (nothing is sent, the clerk
sees why) as it does with any other template problem. Each template is checked once per send batch
(``checked``: the caller's cache).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.letters.legal_check import SAMPLE_COSTS, fourteen_day_problems, states_term
from debtordesk.letters.model import LetterContent
from debtordesk.letters.templates import fourteen_day_template_problems
from debtordesk.letters.templates import load_template as load_letter_template
from debtordesk.letters.templates import normalise as normalise_letter
from debtordesk.messaging.model import MessageContent, MessageInvoice
from debtordesk.messaging.render import sample_content, template_values
from debtordesk.messaging.templates import EMAIL_BLOCKS, load_template, render_blocks

#: (kind, template, language, tone, override folder) -> the problems found (empty: none)
Checked = dict[tuple[str, str, str, str, Path | None], tuple[UserError, ...]]


def check_fourteen_day_email(
    content: MessageContent,
    letter: LetterContent | None,
    *,
    message_override: Path | None,
    letter_override: Path | None,
    checked: Checked | None = None,
) -> None:
    """Refuse (:class:`UserError`) the 14-day e-mail ``content`` when the letter it carries
    (``letter``, None: none) or its own text does not state the term and the costs as the law
    requires. Anything that is not a 14-day e-mail passes."""
    if not content.fourteen_day_letter:
        return
    cache: Checked = checked if checked is not None else {}
    if letter is not None:
        key = ("letter", letter.template, letter.language, letter.tone, letter_override)
        if key not in cache:
            cache[key] = tuple(_letter_problems(letter, letter_override))
        if cache[key]:
            raise UserError(
                "outbox.fourteen_day_letter_refused",
                template=letter.template,
                problems=" ".join(render(problem.message) for problem in cache[key]),
            )
    key = ("email", content.template, content.language, content.tone, message_override)
    if key not in cache:
        cache[key] = tuple(
            fourteen_day_email_problems(content, message_override, whole=letter is None)
        )
    if cache[key]:
        raise UserError(
            "outbox.fourteen_day_email_refused",
            template=content.template,
            problems=" ".join(render(problem.message) for problem in cache[key]),
        )


def _letter_problems(letter: LetterContent, override: Path | None) -> list[UserError]:
    language, tone = normalise_letter(letter.language, letter.tone)
    template = load_letter_template(letter.template, language, tone, override=override)
    return fourteen_day_template_problems(template)


def fourteen_day_email_problems(
    content: MessageContent, override: Path | None, *, whole: bool
) -> list[UserError]:
    """What the 14-day e-mail text of ``content``'s template (its language and tone) leaves out of
    what the law requires, read from its text filled in for a sample consumer announcing
    :data:`~debtordesk.letters.legal_check.SAMPLE_COSTS`; ``whole``: it goes without a letter, so
    it must state the term and costs even when it does not speak of a term. Also used by
    ``messages templates check``."""
    template = load_template(
        content.template, content.language, content.tone, html=True, override=override
    )
    sample = sample_content(content.template, template.language, template.tone)
    invoice = MessageInvoice("2026-0001", date(2026, 1, 15), Decimal("250.00"))
    values = template_values(
        MessageContent(
            key="check",
            template=content.template,
            language=template.language,
            tone=template.tone,
            customer_type="consumer",
            customer_number=sample.customer_number,
            name=sample.name,
            sender=sample.sender,
            invoices=(invoice,),
            amount=invoice.open_amount,
            pay_by=date(2026, 3, 19),
            reference=sample.reference,
            link_url=sample.link_url,
            costs_announced=SAMPLE_COSTS,
            fourteen_day_letter=True,
            step_name=content.step_name,
        )
    )
    blocks = render_blocks(template, EMAIL_BLOCKS, values)
    if not whole and not states_term(blocks):
        return []
    return fourteen_day_problems(
        template.filename, template.language, template.tone, blocks, email=True
    )
