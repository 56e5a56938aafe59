"""The legal essentials of a 14-day letter template (art. 6:96 lid 6 BW, LEGAL-NL.md), checked on
the text it prints: the payment term of 14 days counted from the day after the customer received the
letter, and the exact collection costs charged when the term passes.

A wrongly stated term costs the claim its collection costs (Hoge Raad 25 Nov 2016,
ECLI:NL:HR:2016:2704), so :func:`fourteen_day_problems` refuses a template that does not say it the
way the shipped templates do. The template is filled in for a sample customer and the printed words
are read, so any way of writing the same words (a block moved, a value written differently) passes.
"""

from __future__ import annotations

import html
import re
from datetime import date
from decimal import Decimal

from debtordesk.domain.errors import UserError
from debtordesk.letters.model import (
    LetterContent,
    LetterInvoice,
    Payment,
    Recipient,
    Sender,
)
from debtordesk.templating import format_money

#: the costs the sample letter announces: an amount no other value of the sample has
SAMPLE_COSTS = Decimal("187.43")

#: the term counted from receipt, as the law wants it (the shipped wording and its close variants)
_TERM = {
    "nl": re.compile(
        r"(veertien|14) dagen na (de dag waarop (u|je|jij) deze brief (hebt|heeft|heb) ontvangen"
        r"|ontvangst van deze brief)"
    ),
    # "after you received this letter" as well, as the e-mail's check reads "after you received
    # this e-mail": the same term in the same words
    "en": re.compile(
        r"(fourteen|14) days (after|from) ((the day (on which |that |when )?)?you (have )?"
        r"(received|receive) this letter|receiving this letter|receipt of this letter)"
    ),
}
#: a term counted from the letter's own date: the wording the Hoge Raad turned down
_FROM_LETTER_DATE = re.compile(
    r"(na|vanaf) (de )?(datum|dagtekening) van (deze|de) brief|na (de )?dagtekening|na de briefdatum"
    r"|(after|from) the date (of|on) this letter|of the date of this letter"
)
#: how the clerk is told to write it (the shipped sentences)
_SAY_TERM = {
    ("nl", "formal"): "binnen veertien dagen na de dag waarop u deze brief hebt ontvangen",
    ("nl", "informal"): "binnen veertien dagen na de dag waarop je deze brief hebt ontvangen",
    ("en", "formal"): "within fourteen days after the day on which you received this letter",
    ("en", "informal"): "within fourteen days after the day on which you received this letter",
}
_SAY_BOX = {
    "nl": "binnen veertien dagen na ontvangst van deze brief",
    "en": "within fourteen days after receiving this letter",
}


def sample_fourteen_day_letter(language: str, tone: str) -> LetterContent:
    """A 14-day letter for a sample consumer, announcing :data:`SAMPLE_COSTS`."""
    letter_date = date(2026, 3, 2)
    term_end = date(2026, 3, 19)
    sender = Sender(
        name="Voorbeeld B.V.",
        phone="030 123 45 67",
        email="debiteuren@voorbeeld.nl",
        iban="NL91ABNA0417164300",
        account_holder="Voorbeeld B.V.",
    )
    invoice = LetterInvoice(
        number="2026-0001",
        due_date=date(2026, 1, 15),
        open_amount=Decimal("250.00"),
        invoice_date=date(2025, 12, 15),
    )
    return LetterContent(
        key="check",
        template="fourteen_day_letter",
        language=language,
        tone=tone,
        customer_type="consumer",
        customer_number="K-0001",
        letter_date=letter_date,
        sender=sender,
        recipient=Recipient(name="J. de Vries", address_lines=("Dorpsstraat 1",)),
        invoices=(invoice,),
        payment=Payment(
            amount=invoice.open_amount,
            reference="RF18539007547034",
            reference_kind="rf",
            pay_by=term_end,
            iban=sender.iban,
            beneficiary=sender.account_holder,
        ),
        costs_announced=SAMPLE_COSTS,
        fourteen_day_letter=True,
        term_ends_on=term_end,
    )


def printed(text: str) -> str:
    """The words a block prints, for comparing: no markup, entities read, one space, lower case."""
    words = html.unescape(re.sub(r"<[^>]*>", " ", text)).replace("\u00a0", " ")
    return " ".join(words.split()).lower()


#: the same for the 14-day e-mail (art. 6:96 lid 6 BW by e-mail): the term from the day after the
#: customer received the e-mail; a term from the day it was sent is the one turned down
_TERM_EMAIL = {
    "nl": re.compile(
        r"(veertien|14) dagen na (de dag waarop (u|je|jij) deze e-?mail (hebt|heeft|heb) ontvangen"
        r"|ontvangst van deze e-?mail)"
    ),
    # "after you received this e-mail" is how the shipped English e-mail states the term in its
    # payment details (and what a problem tells the clerk to write there)
    "en": re.compile(
        r"(fourteen|14) days (after|from) ((the day (on which |that |when )?)?you (have )?"
        r"(received|receive) this e-?mail|receiving this e-?mail|receipt of this e-?mail)"
    ),
}
_FROM_SENDING = re.compile(
    r"(na|vanaf) (de )?(datum|dagtekening|verzenddatum|verzending) van (deze|de) e-?mail"
    r"|na (de )?verzending|(after|from) the (date|sending) (of|on) this e-?mail"
    r"|after this e-?mail was sent"
)
_SAY_TERM_EMAIL = {
    ("nl", "formal"): "binnen veertien dagen na de dag waarop u deze e-mail hebt ontvangen",
    ("nl", "informal"): "binnen veertien dagen na de dag waarop je deze e-mail hebt ontvangen",
    ("en", "formal"): "within fourteen days after the day on which you received this e-mail",
    ("en", "informal"): "within fourteen days after the day on which you received this e-mail",
}
_SAY_BOX_EMAIL = {
    "nl": "binnen veertien dagen na ontvangst van deze e-mail",
    "en": "within fourteen days after you received this e-mail",
}
#: any mention of a term of fourteen days: an e-mail that says it must say it right
_STATES_TERM = re.compile(r"\b(veertien|14|fourteen) (dagen|days)\b")


def states_term(blocks: dict[str, str]) -> bool:
    """Whether the filled-in ``blocks`` speak of a term of fourteen days (or count one from the
    letter's or e-mail's own date)."""
    text = printed(" ".join(blocks.values()))
    return bool(
        _STATES_TERM.search(text) or _FROM_LETTER_DATE.search(text) or _FROM_SENDING.search(text)
    )


def fourteen_day_problems(
    filename: str, language: str, tone: str, blocks: dict[str, str], *, email: bool = False
) -> list[UserError]:
    """What the 14-day letter ``filename`` (its ``blocks`` filled in for
    :func:`sample_fourteen_day_letter`) leaves out of what the law requires. ``email``: the blocks
    are the text of a 14-day e-mail (a message template, filled in with the same sample costs),
    whose term runs from the day after the customer received the e-mail."""
    body = printed(" ".join(text for name, text in blocks.items() if name != "pay_by_value"))
    box = printed(blocks.get("pay_by_value", ""))
    prefix = "messages" if email else "letters"
    says = _SAY_TERM_EMAIL if email else _SAY_TERM
    say = says.get((language, tone), says[("nl", "formal")])
    terms = _TERM_EMAIL if email else _TERM
    term = terms.get(language, terms["nl"])
    boxes = _SAY_BOX_EMAIL if email else _SAY_BOX
    problems: list[UserError] = []
    wrong = _FROM_LETTER_DATE.search(body) or _FROM_LETTER_DATE.search(box)
    if email:
        wrong = wrong or _FROM_SENDING.search(body) or _FROM_SENDING.search(box)
    if wrong:
        problems.append(
            UserError(
                f"{prefix}.fourteen_day.term_from_letter_date",
                file=filename,
                found=wrong.group(0),
                say=say,
            )
        )
    elif not term.search(body):
        problems.append(UserError(f"{prefix}.fourteen_day.term_missing", file=filename, say=say))
    elif not term.search(box):
        problems.append(
            UserError(
                f"{prefix}.fourteen_day.box_term",
                file=filename,
                found=box,
                say=boxes.get(language, boxes["nl"]),
            )
        )
    amounts = {
        printed(format_money(SAMPLE_COSTS, language)),
        printed(format_money(SAMPLE_COSTS, language)).replace("€ ", "€"),
        str(SAMPLE_COSTS),
        str(SAMPLE_COSTS).replace(".", ","),
    }
    if not any(amount in body for amount in amounts):
        problems.append(UserError(f"{prefix}.fourteen_day.costs_missing", file=filename))
    return problems
