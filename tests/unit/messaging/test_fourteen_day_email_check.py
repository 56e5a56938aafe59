"""The legal check of the 14-day e-mail's own text (services/outbox_legal.py, which the outbox runs
before sending): the shipped templates pass in both languages and tones, also as the whole notice."""

from __future__ import annotations

from dataclasses import replace

import pytest

from debtordesk.i18n.catalogue import render
from debtordesk.letters.legal_check import fourteen_day_problems
from debtordesk.messaging.render import sample_content
from debtordesk.messaging.templates import LANGUAGES, TONES
from debtordesk.services.outbox_legal import check_fourteen_day_email


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_14_day_e_mail_passes_its_own_legal_check(language: str, tone: str) -> None:
    """The English one says 'within fourteen days after you received this e-mail' in its payment
    details, which the check refused (it told the clerk to write exactly that), so the outbox held
    every English 14-day e-mail."""
    content = replace(
        sample_content("fourteen_day_letter", language, tone), fourteen_day_letter=True
    )
    check_fourteen_day_email(content, None, message_override=None, letter_override=None)


def test_the_advised_payment_details_wording_is_accepted_and_a_term_from_sending_is_not() -> None:
    body = "Pay € 187.43 within fourteen days after the day on which you received this e-mail."
    for box, accepted in (
        ("within fourteen days after you received this e-mail", True),
        ("within fourteen days after you have received this email", True),
        ("within fourteen days after receiving this e-mail", True),
        ("within fourteen days of the date of this e-mail", False),
        ("within fourteen days", False),
    ):
        problems = fourteen_day_problems(
            "en.txt", "en", "formal", {"intro": body, "pay_by_value": box}, email=True
        )
        assert (problems == []) is accepted, [render(p.message, "en") for p in problems]
