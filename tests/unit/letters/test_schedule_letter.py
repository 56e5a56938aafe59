"""An arrangement's confirmation letter: the schedule as its table with the total, the payment box and
the EPC code asking the first term only, every language and tone on one page, the figures checked, and
the letter archived as JSON and read back the same. A term's request asks the term."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader

from debtordesk.domain.epc import epc_payload, parse_epc_payload
from debtordesk.domain.errors import UserError
from debtordesk.letters.model import LetterContent, LetterTerm
from debtordesk.letters.render import check_letter, render_letter
from debtordesk.services.letters_content import content_from_json, content_to_json
from tests.unit.letters.sample_letters import HOLDER, IBAN, RF, letter

D = Decimal
TERMS = (
    LetterTerm(1, date(2027, 1, 11), D("333.34")),
    LetterTerm(2, date(2027, 2, 11), D("333.33")),
    LetterTerm(3, date(2027, 3, 11), D("333.33")),
)


def _confirmation(language: str = "nl", tone: str = "formal", **extra: str) -> LetterContent:
    base = letter(
        template="arrangement_confirmation",
        language=language,
        tone=tone,
        invoices=2,
        first_amount=D("989.00"),
    )
    first = TERMS[0].amount
    payment = replace(
        base.payment,
        amount=first,
        pay_by=TERMS[0].due_date,
        qr_payload=epc_payload(
            beneficiary=HOLDER, iban=IBAN, amount=first, reference=RF, reference_kind="rf"
        ),
    )
    return replace(
        base,
        payment=payment,
        schedule=TERMS,
        costs=D("0.00"),
        interest=D("0.00"),
        fee=D("0.00"),
        extra={"invoice_numbers": "2026-10000, 2026-10001", "grace_days": "7", **extra},
    )


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    return "\n".join(page.extract_text().replace("\u00a0", " ") for page in reader.pages)


def _codes(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=200 / 72).to_pil().convert("L")
    finally:
        document.close()
    return [r.text for r in zxingcpp.read_barcodes(image)]


def test_the_schedule_is_the_table_and_the_first_term_is_asked() -> None:
    pdf = render_letter(_confirmation(costs_choice="waived", costs_amount="150.00"))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = _text(pdf)
    assert "Termijn Vervaldatum Bedrag" in text
    assert "1 11 januari 2027 € 333,34" in text
    assert "3 11 maart 2027 € 333,33" in text
    assert "Totaal € 1.000,00" in text
    assert "Eerste termijn € 333,34" in text
    assert "uiterlijk 11 januari 2027" in text
    assert "De incassokosten van € 150,00 hoeft u niet te betalen" in text
    assert "binnen 7 dagen na de datum" in text
    # the invoices are named, their table is not printed
    assert "2026-10000, 2026-10001" in text and "Factuurdatum" not in text
    (code,) = _codes(pdf)
    assert parse_epc_payload(code).amount == D("333.34")


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("tone", ["formal", "informal"])
def test_every_language_and_tone_fits_one_page(language: str, tone: str) -> None:
    content = _confirmation(language, tone, costs_choice="included", costs_amount="40.00")
    pdf = render_letter(content)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = _text(pdf)
    assert ("€ 40,00" if language == "nl" else "€40.00") in text
    assert "{{" not in text


def test_a_schedule_letter_must_ask_its_first_term() -> None:
    content = _confirmation()
    check_letter(content)
    wrong = replace(content, payment=replace(content.payment, amount=D("1000.00")))
    with pytest.raises(UserError) as refused:
        check_letter(wrong)
    assert refused.value.code == "letters.total_mismatch"


def test_a_terms_request_asks_the_term() -> None:
    base = letter(template="instalment_request", invoices=2)
    term = replace(base, payment=replace(base.payment, amount=D("250.00")))
    with pytest.raises(UserError):
        check_letter(term)  # the listed amounts are not what it asks ...
    check_letter(replace(term, asks_term=True))  # ... unless it asks a term
    text = _text(render_letter(replace(term, asks_term=True)))
    assert "Deze termijn € 250,00" in text


def test_the_schedule_survives_the_archive() -> None:
    content = _confirmation()
    again = content_from_json(content_to_json(content), logo=None)
    assert again.schedule == TERMS
    assert replace(again, sender=content.sender) == content
    old = content_to_json(letter())
    del old["schedule"], old["asks_term"]  # a letter archived before schedules existed
    assert content_from_json(old).schedule == ()


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("tone", ["formal", "informal"])
def test_one_term_and_one_grace_day_are_singular(language: str, tone: str) -> None:
    """An arrangement of one term (a postponed payment) said 'in 1 termijnen' ('in 1 terms') to
    the customer, and a grace period of one day 'binnen 1 dagen' ('within 1 days')."""
    first = TERMS[0]
    content = replace(
        _confirmation(language, tone, grace_days="1"),
        schedule=(replace(first, amount=D("1000.00")),),
    )
    content = replace(content, payment=replace(content.payment, amount=D("1000.00")))
    text = " ".join(_text(render_letter(content)).split())
    if language == "nl":
        assert "in 1 termijn," in text and "1 termijnen" not in text
        assert "binnen 1 dag na de datum" in text and "1 dagen" not in text
    else:
        assert "in 1 term," in text and "1 terms" not in text
        assert "within 1 day of its date" in text and "1 days" not in text
    many = " ".join(_text(render_letter(_confirmation(language, tone))).split())
    assert ("in 3 termijnen," if language == "nl" else "in 3 terms,") in many
    assert ("binnen 7 dagen na" if language == "nl" else "within 7 days of") in many
