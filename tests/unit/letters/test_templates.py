"""Letter templates: lookup and fallback, filters, escaping, wording, overrides and their errors."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import CATALOGUE, render_error
from debtordesk.letters.fonts import missing_glyphs, register_fonts
from debtordesk.letters.templates import (
    GENERIC_TEMPLATE,
    LANGUAGES,
    LETTER_BLOCKS,
    STEP_TEMPLATES,
    TONES,
    check_templates,
    copy_templates,
    load_template,
    render_labels,
    render_texts,
    shipped_folder,
)
from debtordesk.letters.textflow import MarkupError, Run, parse_block, parse_inline, wrap
from debtordesk.templating import format_iban, format_long_date, format_money, format_short_date
from tests.unit.letters.sample_letters import letter


def _text(texts: object, block: str) -> str:
    paragraphs = texts.text(block)  # type: ignore[attr-defined]
    return "\n".join("".join(run.text for run in paragraph.runs) for paragraph in paragraphs)


def _all_text(content: object, **kwargs: object) -> str:
    template = load_template(content.template, content.language, content.tone, **kwargs)  # type: ignore[attr-defined]
    texts = render_texts(template, content)  # type: ignore[arg-type]
    return "\n".join(_text(texts, block) for block in LETTER_BLOCKS).replace("\u00a0", " ")


# ------------------------------------------------------------------------------------ filters


@pytest.mark.parametrize(
    ("amount", "language", "expected"),
    [
        (Decimal("1234.56"), "nl", "€ 1.234,56"),
        (Decimal("0.5"), "nl", "€ 0,50"),
        (Decimal("1234567.89"), "nl", "€ 1.234.567,89"),
        (Decimal("-12.30"), "nl", "€ -12,30"),
        (Decimal("1234.56"), "en", "€1,234.56"),
        (Decimal("7"), "en", "€7.00"),
    ],
)
def test_money_the_readers_way(amount: Decimal, language: str, expected: str) -> None:
    assert format_money(amount, language).replace("\u00a0", " ") == expected


def test_dates_in_words_and_in_tables() -> None:
    day = date(2026, 11, 22)
    assert format_long_date(day, "nl") == "22 november 2026"
    assert format_long_date(day, "en") == "22 November 2026"
    assert format_short_date(day, "nl") == "22-11-2026"
    assert format_short_date(day, "en") == "22 Nov 2026"
    assert format_iban("nl91abna0417164300") == "NL91 ABNA 0417 1643 00"


def test_the_font_draws_every_name() -> None:
    register_fonts()
    names = "Łukasz Wójcik Zoë de Vries Ömer Çelik Ngọc Anh Nguyễn Åsa Ødegård Şükrü Ğ İ ı €"
    assert missing_glyphs(names) == ""


# ------------------------------------------------------------------------------------ lookup


def test_every_shipped_template_compiles_and_has_its_labels() -> None:
    assert check_templates() == []
    for language in LANGUAGES:
        for tone in TONES:
            for step in (*STEP_TEMPLATES, GENERIC_TEMPLATE):
                template = load_template(step, language, tone)
                assert template.name == f"{language}/{tone}/{step}.txt"
                labels = render_labels(template)
                empty = [name for name, text in labels.items() if not text]
                assert empty == [], (template.name, empty)


def test_an_organisations_own_step_uses_the_generic_reminder() -> None:
    assert load_template("bel_eerst", "nl", "formal").name == "nl/formal/reminder.txt"
    # a name that is not a plain identifier never reaches the file system
    assert load_template("../../etc/passwd", "en", "informal").name == "en/informal/reminder.txt"


def test_unknown_language_and_tone_fall_back_to_dutch_formal() -> None:
    assert load_template("reminder_1", "de", "friendly").name == "nl/formal/reminder_1.txt"


# ------------------------------------------------------------------------------------ wording


def test_values_are_escaped_but_template_markup_works() -> None:
    content = letter(name="Jansen & <b>Zn</b>")
    template = load_template("reminder_1", "nl", "formal")
    texts = render_texts(template, content)
    salutation = texts.text("salutation")[0].runs
    assert "".join(run.text for run in salutation) == "Geachte Jansen & <b>Zn</b>,"
    assert not any(run.bold for run in salutation)
    intro = [run for paragraph in texts.text("intro") for run in paragraph.runs]
    assert any(run.bold and "1.234,56" in run.text for run in intro)


@pytest.mark.parametrize(
    ("tone", "you", "not_you"), [("formal", " u ", " je "), ("informal", " je ", " u ")]
)
def test_dutch_tone_uses_u_or_je(tone: str, you: str, not_you: str) -> None:
    for step in (*STEP_TEMPLATES, GENERIC_TEMPLATE):
        text = f" {_all_text(letter(template=step, tone=tone))} "
        assert you in text, step
        assert not_you not in text, step


def test_salutations() -> None:
    assert "Geachte Łukasz Wójcik," in _all_text(letter())
    assert "Beste Łukasz," in _all_text(letter(tone="informal"))
    assert "Geachte heer, mevrouw," in _all_text(letter(customer_type="business"))
    assert "Dear Łukasz Wójcik," in _all_text(letter(language="en"))


@pytest.mark.parametrize(
    ("language", "tone", "wording"),
    [
        ("nl", "formal", "binnen veertien dagen na de dag waarop u deze brief hebt ontvangen"),
        ("nl", "informal", "binnen veertien dagen na de dag waarop je deze brief hebt ontvangen"),
        ("en", "formal", "within fourteen days after the day on which you received this letter"),
        ("en", "informal", "within fourteen days after the day on which you received this letter"),
    ],
)
def test_fourteen_day_letter_wording_and_exact_costs(
    language: str, tone: str, wording: str
) -> None:
    content = letter(
        template="fourteen_day_letter", language=language, tone=tone, invoices=2, costs=True
    )
    text = _all_text(content)
    assert wording in text
    costs = format_money(content.costs_announced, language).replace("\u00a0", " ")
    assert costs in ("€ 185,18", "€185.18")
    assert costs in text


def test_debt_help_for_consumers_only() -> None:
    for language, words in (("nl", "geldzorgen"), ("en", "Worried about money")):
        for tone in TONES:
            assert words in _all_text(letter(language=language, tone=tone))
            business = letter(language=language, tone=tone, customer_type="business")
            assert words not in _all_text(business)
            assert "geldfit.nl" not in _all_text(business)


def test_every_letter_has_the_faq_and_a_way_to_call() -> None:
    for language in LANGUAGES:
        for tone in TONES:
            for step in (*STEP_TEMPLATES, GENERIC_TEMPLATE):
                template = load_template(step, language, tone)
                texts = render_texts(template, letter(template=step, language=language, tone=tone))
                for block in ("subject", "salutation", "intro", "next_steps", "contact"):
                    assert _text(texts, block), (template.name, block)
                for block in ("faq_paid_q", "faq_instalments_q", "faq_disagree_q"):
                    assert _text(texts, block).endswith("?"), (template.name, block)
                assert "030 123 45 67" in _text(texts, "contact")
                assert "iDEAL" not in "".join(_text(texts, block) for block in LETTER_BLOCKS)


def test_a_link_letter_says_pay_online_and_an_epc_letter_says_bank_app() -> None:
    template = load_template("reminder_1", "nl", "formal")
    link = render_texts(template, letter(link=True))
    epc = render_texts(template, letter())
    assert "online" in _text(link, "pay_scan")
    assert "app van uw bank" in _text(epc, "pay_scan")
    without_qr = render_texts(template, letter(), qr=False)
    assert "Maak het bedrag over" in _text(without_qr, "pay_transfer")


# ------------------------------------------------------------------------------------ markup


def test_markup_runs_bold_breaks_entities_and_bullets() -> None:
    runs = parse_inline("Betaal <b>€&nbsp;5</b> &amp; bel<br/>ons &#233;  nu")
    assert runs == (
        Run("Betaal "),
        Run("€", True),
        Run("\u00a0", True),
        Run("5", True),
        Run(" "),
        Run("&"),
        Run(" bel"),
        Run("\n"),
        Run("ons "),
        Run("é"),
        Run(" nu"),
    )
    paragraphs = parse_block("Eerste\nregel.\n\n- een\n- twee\n\nLaatste")
    assert [paragraph.bullet for paragraph in paragraphs] == [False, True, True, False]
    assert paragraphs[0].runs == (Run("Eerste regel."),)
    with pytest.raises(MarkupError):
        parse_inline("<i>schuin</i>")


def test_wrap_keeps_lines_within_the_width() -> None:
    register_fonts()
    runs = parse_inline(
        "Misschien bent u het vergeten: wij hebben uw betaling nog niet ontvangen. Wilt u "
        "<b>€ 1.234,56</b> betalen? https://paymentlink.mollie.com/payment/al7x0a5ZVWq9Lr3Xkq0aB1cD2eF"
    )
    lines = wrap(runs, 120.0, 9.5)
    assert len(lines) > 3
    assert all(line.width <= 120.0 + 0.01 for line in lines)
    text = " ".join(" ".join(segment.text for segment in line.segments) for line in lines)
    assert "€ 1.234,56" in text.replace("\u00a0", " ")


# --------------------------------------------------------------------------------- overrides


def test_copy_templates_copies_everything_once(tmp_path: Path) -> None:
    written = copy_templates(tmp_path)
    shipped = sorted(path.relative_to(shipped_folder()) for path in shipped_folder().rglob("*.txt"))
    assert (
        sorted(path.relative_to(tmp_path) for path in written if path.suffix == ".txt") == shipped
    )
    own = tmp_path / "nl" / "formal" / "reminder_1.txt"
    own.write_text("mine", encoding="utf-8")
    assert copy_templates(tmp_path) == []
    assert own.read_text(encoding="utf-8") == "mine"
    assert own in copy_templates(tmp_path, overwrite=True)


def test_an_override_wins_over_the_shipped_template(tmp_path: Path) -> None:
    folder = tmp_path / "nl" / "formal"
    folder.mkdir(parents=True)
    (folder / "reminder_1.txt").write_text(
        '{% extends "nl/formal/base.txt" %}\n'
        "{% block subject %}Onze eigen herinnering voor {{ name }}{% endblock %}\n"
        "{% block intro %}Betaal {{ amount|money }}.{% endblock %}\n",
        encoding="utf-8",
    )
    (folder / "bel_eerst.txt").write_text(
        '{% extends "nl/formal/reminder.txt" %}{% block subject %}Eigen stap{% endblock %}',
        encoding="utf-8",
    )
    text = _all_text(letter(), override=tmp_path)
    assert "Onze eigen herinnering voor Łukasz Wójcik" in text
    assert "Betaal € 1.234,56." in text
    # the shipped base still gives the FAQ
    assert "Heeft u al betaald?" in text
    assert "Eigen stap" in _all_text(letter(template="bel_eerst"), override=tmp_path)
    # other languages and steps still come from the shipped folder
    assert "Reminder" in _all_text(letter(language="en"), override=tmp_path)


def _write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "nl/formal/reminder_1.txt",
        '{% extends "nl/formal/base.txt" %}\n\n{% block subject %}Herinnering {{ amount|money }\n',
    )
    with pytest.raises(UserError) as caught:
        load_template("reminder_1", "nl", "formal", override=tmp_path)
    error = caught.value
    assert error.code == "letters.template_syntax"
    assert error.message.params["file"] == str(path)
    assert error.message.params["line"] == 3
    dutch = render_error(error, "nl")
    assert str(path) in dutch
    assert "regel 3" in dutch
    assert "verwijder het" in dutch
    assert [problem.code for problem in check_templates(tmp_path)] == ["letters.template_syntax"]


def test_an_unknown_name_in_an_override_names_the_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "nl/formal/reminder_2.txt",
        '{% extends "nl/formal/base.txt" %}\n'
        "{% block subject %}Herinnering{% endblock %}\n"
        "{% block intro %}\nBeste {{ klant.naam }},\n{% endblock %}\n",
    )
    with pytest.raises(UserError) as caught:
        _all_text(letter(template="reminder_2"), override=tmp_path)
    error = caught.value
    assert error.code == "letters.template_error"
    assert error.message.params["file"] == str(path)
    assert error.message.params["line"] == 4
    assert error.message.params["block"] == "intro"
    assert "klant" in render_error(error, "en")


def test_a_tag_letters_cannot_print_is_refused(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "en/formal/reminder_1.txt",
        '{% extends "en/formal/base.txt" %}{% block intro %}<i>Please</i> pay.{% endblock %}',
    )
    with pytest.raises(UserError) as caught:
        _all_text(letter(language="en"), override=tmp_path)
    assert caught.value.code == "letters.template_markup"
    assert "<i>" in render_error(caught.value, "en")


def test_extending_a_template_that_does_not_exist(tmp_path: Path) -> None:
    _write(tmp_path, "nl/formal/storno.txt", '{% extends "nl/formal/basis.txt" %}')
    with pytest.raises(UserError) as caught:
        load_template("storno", "nl", "formal", override=tmp_path)
    assert caught.value.code == "letters.template_missing"
    assert caught.value.message.params["name"] == "nl/formal/basis.txt"


def test_every_letters_message_code_has_both_languages() -> None:
    for code in (
        "letters.template_syntax",
        "letters.template_error",
        "letters.template_missing",
        "letters.template_loop",
        "letters.template_markup",
        "letters.template_copy_failed",
        "letters.total_mismatch",
        "letters.logo_unreadable",
        "letters.no_invoices",
    ):
        english, dutch = CATALOGUE[code]
        assert english and dutch and english != dutch


def test_a_capped_costs_amount_is_explained() -> None:
    """The run records the small-recurring-claims cap in ``extra``; the letter says so."""
    capped = replace(
        letter(costs=True),
        extra={"costs_cap_requested": "150.00", "costs_cap_allowed": "140.00"},
    )
    for language, words in (("nl", "wettelijke grens"), ("en", "legal limit")):
        for tone in TONES:
            assert words in _all_text(replace(capped, language=language, tone=tone))
            assert words not in _all_text(letter(costs=True, language=language, tone=tone))
