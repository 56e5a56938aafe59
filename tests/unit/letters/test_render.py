"""The letter layout and batches: text read back with pypdf, QR codes decoded from rendered pages."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from debtordesk.domain.epc import parse_epc_payload
from debtordesk.domain.errors import UserError
from debtordesk.domain.references import is_valid_iban, is_valid_rf_reference
from debtordesk.i18n.catalogue import render_error
from debtordesk.letters import render as render_module
from debtordesk.letters.model import LetterContent, QrKind, Recipient
from debtordesk.letters.render import (
    BatchOptions,
    CoverSheet,
    RenderCancelled,
    render_batch,
    render_letter,
)
from debtordesk.letters.templates import (
    GENERIC_TEMPLATE,
    STEP_TEMPLATES,
    load_template,
    render_labels,
)
from debtordesk.templating import format_money
from tests.unit.letters.sample_letters import HOLDER, IBAN, LINK, RF, letter, with_sender

DPI = 200


def _pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    return [page.extract_text().replace("\u00a0", " ") for page in reader.pages]


def _codes(pdf: bytes, page: int) -> list[str]:
    """The QR codes zxing-cpp reads on one page rendered at 200 dpi."""
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[page].render(scale=DPI / 72).to_pil().convert("L")
    finally:
        document.close()
    return [
        result.text
        for result in zxingcpp.read_barcodes(image)
        if result.format == zxingcpp.BarcodeFormat.QRCode
    ]


def _money(amount: Decimal, language: str = "nl") -> str:
    return format_money(amount, language).replace("\u00a0", " ")


def _batch(letters: list[LetterContent], **options: object) -> tuple[bytes, object]:
    out = io.BytesIO()
    result = render_batch(letters, out, options=BatchOptions(qr_workers=0, **options))  # type: ignore[arg-type]
    return out.getvalue(), result


# ------------------------------------------------------------------------------ text and numbers


@pytest.mark.parametrize("name", ["Łukasz Wójcik", "Zoë de Vries", "Ömer Çelik", "Ngọc Anh"])
def test_text_has_the_name_the_dutch_amounts_and_the_reference(name: str) -> None:
    content = letter(name=name, invoices=2, costs=True)
    pdf = render_letter(content)
    pages = _pages_text(pdf)
    assert len(pages) == 1
    text = pages[0]
    assert name in text
    assert "€ 1.234,56" in text
    assert _money(content.payment.amount) in text
    assert content.payment.amount == Decimal("1297.90")
    assert "€ 1.297,90" in text
    assert RF in text
    assert "NL91 ABNA 0417 1643 00" in text
    assert HOLDER in text
    assert "1234 AB  AMSTERDAM" in text or "1234 AB AMSTERDAM" in text
    for label, amount in (("Incassokosten", "€ 40,00"), ("Rente", "€ 12,34")):
        assert f"{label} {amount}" in text
    assert "Totaal te betalen € 1.297,90" in text


def test_english_amounts_and_dates() -> None:
    text = _pages_text(render_letter(letter(language="en", invoices=2)))[0]
    assert "€1,234.56" in text
    assert "6 December 2026" in text
    assert "Total to pay €1,245.56" in text


CASES = [
    (step, language, tone)
    for step in (*STEP_TEMPLATES, GENERIC_TEMPLATE)
    for language in ("nl", "en")
    for tone in ("formal", "informal")
]


@pytest.mark.parametrize(("step", "language", "tone"), CASES)
def test_every_template_renders_every_kind_of_letter(step: str, language: str, tone: str) -> None:
    """Consumer and business, one and many invoices, with and without costs, link or EPC code."""
    letters = [
        letter(
            template=step,
            language=language,
            tone=tone,
            customer_type=customer_type,
            invoices=count,
            costs=costs,
            link=link,
            key=f"{customer_type}-{count}-{costs}-{link}",
            customer_number=f"C{index:03d}",
        )
        for index, (customer_type, count, costs, link) in enumerate(
            (customer_type, count, costs, link)
            for customer_type in ("consumer", "business")
            for count in (1, 12)
            for costs in (False, True)
            for link in (False, True)
        )
    ]
    pdf, result = _batch(letters)
    pages = _pages_text(pdf)
    assert result.pages == len(pages)  # type: ignore[attr-defined]
    # "Totaal te betalen" / "Total to pay", or the step's own words (a term's request: the term)
    labels = render_labels(load_template(step, language, tone))
    total_word, pay_heading = labels["label_total"], labels["label_pay_heading"]
    assert total_word and pay_heading
    for content, placed in zip(letters, result.letters, strict=True):  # type: ignore[attr-defined]
        own = pages[placed.first_page - 1 : placed.first_page - 1 + placed.pages]
        text = "\n".join(own)
        assert content.customer_number in own[0]
        assert content.recipient.name in own[0]
        # the totals and the payment box share a page (the last one, or the one before when
        # only the FAQ, the debt help and the closing move on)
        total_line = f"{total_word} {_money(content.payment.amount, language)}"
        (paying,) = [page for page in own if total_line in page]
        assert RF in paying and pay_heading in paying
        for invoice in content.invoices:
            assert text.count(invoice.number) == 1, invoice.number
        if content.fee:
            assert _money(content.fee, language) in paying
        assert "{{" not in text and "{%" not in text
        consumer_help = "geldfit.nl" in text
        assert consumer_help == (content.customer_type == "consumer")
        if content.payment.link_url:
            assert (
                "Scan om online te betalen" if language == "nl" else "Scan to pay online"
            ) in text
        else:
            assert ("Scan met" if language == "nl" else "Scan with your banking app") in text


# ---------------------------------------------------------------------------------- pagination


def test_a_long_letter_paginates_with_totals_and_qr_on_the_last_page() -> None:
    content = letter(invoices=75, costs=True)
    pdf = render_letter(content)
    pages = _pages_text(pdf)
    assert len(pages) == 3
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van 3" in text
    assert "Totaal te betalen" not in pages[0] + pages[1]
    assert "Zo betaalt u" not in pages[0] + pages[1]
    assert "Totaal te betalen € " in pages[2]
    assert "Zo betaalt u" in pages[2]
    # the table header comes back on every continued page that has rows
    assert "Factuur (vervolg)" in pages[1]
    all_text = "\n".join(pages)
    for invoice in content.invoices:
        assert all_text.count(invoice.number) == 1
    assert _codes(pdf, 0) == []
    assert _codes(pdf, 1) == []
    assert _codes(pdf, 2) == [content.payment.qr_payload]


def _capped_fourteen_day_letter(language: str, invoices: int, *, costs: bool) -> LetterContent:
    """A 14-day letter with the small-recurring-claims cap sentence in its costs note."""
    return replace(
        letter(template="fourteen_day_letter", language=language, invoices=invoices, costs=costs),
        extra={"costs_announced_cap_requested": "185.18", "costs_announced_cap_allowed": "140.00"},
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_tail_of_a_two_page_letter_breaks_after_the_payment_box(language: str) -> None:
    """Six invoices, interest and the cap sentence do not fit on one sheet. The tail after the table
    was one group, so all of it (the last invoice, the totals, the payment box, the FAQ...) moved to
    page 2 and page 1 ended after the fifth invoice. The last invoice, the totals, the costs note
    and the payment box (QR code whole) stay together on page 1; only what follows moves, the
    closing and signature together with the paragraph before them."""
    content = _capped_fourteen_day_letter(language, 6, costs=True)
    pdf = render_letter(content)
    pages = _pages_text(pdf)
    assert len(pages) == 2
    total, pay, continued = (
        ("Totaal te betalen", "Zo betaalt u", "(vervolg)")
        if language == "nl"
        else ("Total to pay", "How to pay", "(continued)")
    )
    closing = "Met vriendelijke groet" if language == "nl" else "Yours sincerely"
    assert total in pages[0] and pay in pages[0]
    assert _codes(pdf, 0) == [content.payment.qr_payload] and _codes(pdf, 1) == []
    for invoice in content.invoices:
        assert invoice.number in pages[0] and invoice.number not in pages[1]
    assert continued not in pages[1]  # no table on page 2, so no repeated header
    assert closing in pages[1] and "geldfit.nl" in pages[1]  # with the paragraph before it
    assert (
        pages[1]
        .rstrip()
        .endswith(f"{HOLDER}\n{'pagina 2 van 2' if language == 'nl' else 'page 2 of 2'}")
    )


@pytest.mark.parametrize("invoices", [5, 6])
def test_a_capped_fourteen_day_letter_whose_content_fits_is_one_page(invoices: int) -> None:
    """Without interest the same Dutch letter fits on one sheet (spacing tightened)."""
    pdf = render_letter(_capped_fourteen_day_letter("nl", invoices, costs=False))
    pages = _pages_text(pdf)
    assert len(pages) == 1
    assert "wettelijke grens" in pages[0] and "Met vriendelijke groet" in pages[0]
    assert len(_codes(pdf, 0)) == 1


@pytest.mark.parametrize(
    ("language", "tone"),
    [("nl", "formal"), ("nl", "informal"), ("en", "formal"), ("en", "informal")],
)
def test_up_to_four_invoices_fit_on_one_page_without_page_numbers(language: str, tone: str) -> None:
    """The usual letter is one sheet: every template, consumers and businesses, costs and interest."""
    letters = [
        letter(
            template=step,
            language=language,
            tone=tone,
            customer_type=customer_type,
            invoices=4,
            costs=True,
            key=f"{step}-{customer_type}",
        )
        for step in (*STEP_TEMPLATES, GENERIC_TEMPLATE)
        for customer_type in ("consumer", "business")
    ]
    pdf, result = _batch(letters)
    assert [placed.pages for placed in result.letters] == [1] * len(letters)  # type: ignore[attr-defined]
    assert not any("pagina 1 van" in text or "page 1 of" in text for text in _pages_text(pdf))


# ------------------------------------------------------------------------------- the QR code


def test_the_epc_code_decodes_to_the_payload_with_valid_checks() -> None:
    content = letter(invoices=3, costs=True)
    pdf = render_letter(content)
    (decoded,) = _codes(pdf, 0)
    assert decoded == content.payment.qr_payload
    payment = parse_epc_payload(decoded)
    assert payment.iban == IBAN and is_valid_iban(payment.iban)
    assert payment.amount == content.payment.amount
    assert payment.structured_reference == RF and is_valid_rf_reference(RF)
    assert payment.beneficiary == HOLDER


def test_the_link_code_decodes_to_the_link() -> None:
    pdf = render_letter(letter(link=True))
    assert _codes(pdf, 0) == [LINK]


def test_the_code_is_at_least_25_mm_of_modules() -> None:
    """Measured on the rendered image: the finder patterns' outer corners span >= 25 mm."""
    pdf = render_letter(letter(link=True))
    document = pdfium.PdfDocument(pdf)
    image = document[0].render(scale=DPI / 72).to_pil().convert("L")
    document.close()
    (result,) = [r for r in zxingcpp.read_barcodes(image) if r.text == LINK]
    position = result.position
    width_px = abs(position.top_right.x - position.top_left.x)
    assert width_px / DPI * 25.4 >= 24.5  # corners sit on module centres of the outer ring


def test_no_code_without_qr_and_when_there_is_none() -> None:
    pdf, _result = _batch([letter()], qr=False)
    assert _codes(pdf, 0) == []
    text = _pages_text(pdf)[0]
    assert "Maak het bedrag over" in text
    assert RF in text
    none = render_letter(letter(qr_kind=QrKind.NONE))
    assert _codes(none, 0) == []
    link_without_code, _ = _batch([letter(link=True)], qr=False)
    assert LINK in _pages_text(link_without_code)[0]


def test_fourteen_day_letter_states_the_costs_apart_from_the_total() -> None:
    content = letter(template="fourteen_day_letter", invoices=2, costs=True)
    assert content.costs == Decimal("0.00")
    pdf = render_letter(content)
    pages = _pages_text(pdf)
    text = " ".join(" ".join(pages).split())
    assert "binnen veertien dagen na de dag waarop u deze brief hebt ontvangen" in text
    assert "€ 185,18" in text
    total = content.payment.amount
    assert total == content.principal + content.interest
    assert f"Totaal te betalen {_money(total)}" in text
    assert _money(total + content.costs_announced) not in text
    (decoded,) = _codes(pdf, len(pages) - 1)
    assert parse_epc_payload(decoded).amount == total


# ------------------------------------------------------------------------------------ batches


def test_a_batch_across_parts_with_cover_and_duplex(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_module, "PART_SIZE", 3)
    letters = [
        letter(key=f"L{index}", customer_number=f"C{index:04d}", invoices=40 if index == 4 else 1)
        for index in range(8)
    ]
    done: list[int] = []
    out = io.BytesIO()
    result = render_batch(
        letters,
        out,
        options=BatchOptions(
            duplex=True,
            cover=CoverSheet("2026-0042", date(2026, 11, 22), "Herinneringen"),
            qr_workers=0,
        ),
        progress=done.append,
    )
    pages = _pages_text(out.getvalue())
    assert done == list(range(1, 9))
    assert result.pages == len(pages)
    assert "2026-0042" in pages[0] and "Aantal brieven 8" in pages[0]
    assert f"Aantal pagina's {len(pages)}" in pages[0]
    assert pages[1].strip() == ""  # the cover's back
    expected_first = 3
    for index, placed in enumerate(result.letters):
        assert placed.key == f"L{index}"
        assert placed.first_page == expected_first
        assert (placed.pages + placed.padding) % 2 == 0
        assert f"C{index:04d}" in pages[placed.first_page - 1]
        expected_first += placed.pages + placed.padding
    assert result.letters[4].pages == 2
    assert result.letters[4].padding == 0
    assert result.letters[0].padding == 1
    # every letter's code sits on its own last page
    for placed in result.letters[:3]:
        assert _codes(out.getvalue(), placed.first_page + placed.pages - 2) == [
            letters[int(placed.key[1:])].payment.qr_payload
        ]


def test_a_batch_without_cover_or_duplex_runs_on() -> None:
    letters = [letter(key=str(index), customer_number=f"N{index}") for index in range(3)]
    pdf, result = _batch(letters)
    assert [placed.first_page for placed in result.letters] == [1, 2, 3]  # type: ignore[attr-defined]
    assert len(_pages_text(pdf)) == 3


def test_cancel_stops_the_batch() -> None:
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    with pytest.raises(RenderCancelled):
        render_batch(
            (letter(key=str(index)) for index in range(10)),
            io.BytesIO(),
            options=BatchOptions(qr_workers=0),
            cancelled=cancelled,
        )


def test_a_letter_that_does_not_add_up_is_refused() -> None:
    content = letter(costs=True)
    wrong = replace(content, payment=replace(content.payment, amount=Decimal("1.00")))
    with pytest.raises(UserError) as caught:
        render_letter(wrong)
    assert caught.value.code == "letters.total_mismatch"
    assert "K-004711" in render_error(caught.value, "nl")
    with pytest.raises(UserError) as empty:
        render_letter(replace(content, invoices=()))
    assert empty.value.code == "letters.no_invoices"


# ---------------------------------------------------------------------- logo, address, override


def _png() -> bytes:
    image = Image.new("RGB", (300, 100), (31, 58, 95))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_logo_is_drawn_and_a_broken_one_is_explained() -> None:
    content = with_sender(letter(), logo=_png())
    pdf = render_letter(content)
    document = pdfium.PdfDocument(pdf)
    image = document[0].render(scale=1).to_pil().convert("RGB")
    document.close()
    # the logo's colour top right (the box ends at the right margin, 12 mm from the top)
    width, _height = image.size
    assert image.getpixel((int(width * 0.85), int(20 / 297 * image.size[1]))) == (31, 58, 95)
    with pytest.raises(UserError) as caught:
        render_letter(with_sender(letter(), logo=b"not an image"))
    assert caught.value.code == "letters.logo_unreadable"


def test_a_foreign_address_gets_its_country_line() -> None:
    content = replace(
        letter(),
        recipient=Recipient(
            name="Zoë de Vries",
            address_lines=("Meir 1",),
            postcode="2000",
            city="Antwerpen",
            country="BE",
        ),
    )
    text = _pages_text(render_letter(content))[0]
    assert "2000  Antwerpen" in text or "2000 Antwerpen" in text
    assert "BELGIË" in text


def test_an_override_template_is_used(tmp_path: Path) -> None:
    folder = tmp_path / "nl" / "formal"
    folder.mkdir(parents=True)
    (folder / "reminder_1.txt").write_text(
        '{% extends "nl/formal/base.txt" %}'
        "{% block subject %}Onze eigen brief aan {{ name }}{% endblock %}"
        "{% block intro %}Betaal <b>{{ amount|money }}</b>, graag.{% endblock %}",
        encoding="utf-8",
    )
    text = _pages_text(render_letter(letter(), template_dir=tmp_path))[0]
    assert "Onze eigen brief aan Łukasz Wójcik" in text
    assert "Betaal € 1.234,56, graag." in text
    shipped = _pages_text(render_letter(letter()))[0]
    assert "Onze eigen brief" not in shipped


def test_a_broken_override_gives_the_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "nl" / "formal"
    folder.mkdir(parents=True)
    broken = folder / "reminder_1.txt"
    broken.write_text(
        '{% extends "nl/formal/base.txt" %}\n{% block subject %}{{ oops(}}\n', "utf-8"
    )
    with pytest.raises(UserError) as caught:
        render_letter(letter(), template_dir=tmp_path)
    assert caught.value.code == "letters.template_syntax"
    message = render_error(caught.value, "nl")
    assert str(broken) in message and "regel 2" in message


def test_sparse_and_extreme_data_still_make_a_letter() -> None:
    """No address, phone or IBAN; a very long name, invoice number and address; no code."""
    sparse = replace(
        letter(qr_kind=QrKind.NONE),
        sender=replace(
            letter().sender,
            address_line="",
            postcode="",
            city="",
            phone="",
            email="",
            website="",
            coc_number="",
            vat_number="",
        ),
        recipient=Recipient(name="Ngọc Anh"),
        payment=replace(
            letter().payment, iban="", beneficiary="", qr_kind=QrKind.NONE, qr_payload=""
        ),
    )
    text = _pages_text(render_letter(sparse))[0]
    assert "Ngọc Anh" in text and "Neem contact met ons op" in text
    long_name = "Stichting Kinderopvang en Buitenschoolse Opvang De Regenboog Noord-Holland " * 2
    extreme = replace(
        letter(invoices=2),
        recipient=Recipient(
            name=long_name.strip(),
            attention="t.a.v. de crediteurenadministratie, afdeling financiën en control",
            address_lines=("Burgemeester van Roijensingel 123 bis, 4e verdieping", "Gebouw C"),
            postcode="3581 AB",
            city="Utrecht",
        ),
    )
    extreme = replace(
        extreme,
        invoices=(
            replace(extreme.invoices[0], number="FACTUUR-2026-000000000123456789-ABCDEFGHIJ"),
            extreme.invoices[1],
        ),
    )
    pdf = render_letter(extreme)
    assert len(_pages_text(pdf)) == 1
    assert _codes(pdf, 0) == [extreme.payment.qr_payload]


def test_the_logo_is_on_every_letter_across_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_module, "PART_SIZE", 2)
    logo = _png()
    letters = [with_sender(letter(key=str(index)), logo=logo) for index in range(5)]
    pdf, result = _batch(letters)
    document = pdfium.PdfDocument(pdf)
    try:
        for placed in result.letters:  # type: ignore[attr-defined]
            image = document[placed.first_page - 1].render(scale=1).to_pil().convert("RGB")
            width, height = image.size
            assert image.getpixel((int(width * 0.85), int(20 / 297 * height))) == (31, 58, 95)
    finally:
        document.close()
    assert PdfReader(io.BytesIO(pdf), strict=True).metadata.title == "DebtorDesk"  # type: ignore[union-attr]


def test_the_organisations_letterhead_lines_are_not_printed_twice() -> None:
    content = with_sender(
        letter(),
        letterhead=f"{HOLDER}\nPostbus 1234\n3500 AB  Utrecht\nLid van de Brancheorganisatie",
    )
    text = _pages_text(render_letter(content))[0]
    assert text.count("Lid van de Brancheorganisatie") == 1
    plain = _pages_text(render_letter(letter()))[0]
    assert text.count("Postbus 1234") == plain.count("Postbus 1234")
