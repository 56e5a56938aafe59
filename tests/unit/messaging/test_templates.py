"""Message templates: every step renders in both languages and tones, an SMS stays short and GSM-7 with a
typical name and link, a name with ł switches it to UCS-2 unless transliterated, the e-mail's HTML and
plain text say the same, values are escaped in HTML, overrides win, broken templates are named."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from debtordesk.domain.errors import UserError
from debtordesk.domain.sms_text import SmsEncoding, analyse
from debtordesk.i18n.catalogue import render
from debtordesk.messaging.model import MessageContent, MessageInvoice, MessageSender
from debtordesk.messaging.render import (
    render_email,
    render_sms,
    sample_content,
    template_check,
)
from debtordesk.messaging.templates import (
    GENERIC_TEMPLATE,
    LANGUAGES,
    STEP_TEMPLATES,
    TONES,
    check_templates,
    clear_caches,
    copy_templates,
)

STEPS = (*STEP_TEMPLATES, GENERIC_TEMPLATE)
ALL = [(step, language, tone) for step in STEPS for language in LANGUAGES for tone in TONES]
#: a Mollie payment link is about this long; Tikkie's are a little longer
LINK = "https://paymentlink.mollie.com/payment/Ab12Cd34Ef56Gh/"
TIKKIE = "https://tikkie.me/pay/Zonnetje/k2Lx8Qa7ZnR4WmP3Yt"


def _content(step: str, language: str, tone: str, **changes: object) -> MessageContent:
    content = sample_content(step, language, tone)
    return replace(content, **changes)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _fresh_templates() -> None:
    clear_caches()


@pytest.mark.parametrize(("step", "language", "tone"), ALL)
def test_every_sms_is_gsm7_and_at_most_two_parts(step: str, language: str, tone: str) -> None:
    for link in (LINK, TIKKIE, None):
        sms = render_sms(_content(step, language, tone, link_url=link))
        assert sms.info.encoding is SmsEncoding.GSM7, (sms.text, sms.info.non_gsm)
        assert sms.segments <= 2, sms.text
        assert "\n" not in sms.text and "  " not in sms.text
        assert "ideal" not in sms.text.lower()
        if link:
            assert link in sms.text
            assert ("Betaal online" if language == "nl" else "Pay online") in sms.text
        else:
            assert "NL91 ABNA 0417 1643 00" in sms.text
            assert "RF18539007547034" in sms.text
        assert "Kinderopvang De Zonnebloem" in sms.text
        assert ("123,45" if language == "nl" else "123.45") in sms.text


@pytest.mark.parametrize(("step", "language", "tone"), ALL)
def test_every_email_renders_with_the_same_content_in_text_and_html(
    step: str, language: str, tone: str
) -> None:
    content = _content(
        step,
        language,
        tone,
        invoices=(
            MessageInvoice("F-1", date(2026, 9, 1), Decimal("100.00")),
            MessageInvoice("F-2", date(2026, 9, 15), Decimal("23.45")),
        ),
        costs=Decimal("40.00"),
        amount=Decimal("163.45"),
        costs_announced=Decimal("48.40") if step == "fourteen_day_letter" else Decimal("0.00"),
        fourteen_day_letter=step == "fourteen_day_letter",
    )
    mail = render_email(content)
    assert mail.subject and "\n" not in mail.subject
    assert mail.html.startswith("<!DOCTYPE html>")
    # every paragraph of the plain text is in the HTML (tags removed, entities read)
    visible = html.unescape(re.sub(r"<[^>]+>", " ", mail.html))
    visible = " ".join(visible.split())
    squeezed = "".join(visible.split())
    for paragraph in mail.text.split("\n\n"):
        for line in paragraph.splitlines():
            words = " ".join(line.split())
            if not words or set(words) <= {"-"} or ":" in words[:20]:
                continue  # the aligned table and the transfer lines are laid out differently
            if re.match(r"^F-\d|^(Factuur|Invoice|Incassokosten|Collection|Totaal|Total)", words):
                continue
            assert "".join(words.split()) in squeezed, words
    for text in (mail.text, visible):
        assert "F-1" in text and "F-2" in text
        assert ("163,45" if language == "nl" else "163.45") in text
        assert LINK in text
        assert "NL91 ABNA 0417 1643 00" in text and "RF18539007547034" in text
        assert "geldfit.nl" in text  # the debt-help line for consumers
        assert "033 123 45 67" in text  # who to call
        assert "ideal" not in text.lower()
    if step == "fourteen_day_letter":
        wording = (
            "binnen veertien dagen na de dag waarop"
            if language == "nl"
            else "within fourteen days after the day on which you received this e-mail"
        )
        assert wording in mail.text
        assert ("48,40" if language == "nl" else "48.40") in mail.text


def test_a_business_gets_no_debt_help_line() -> None:
    content = replace(sample_content("business_reminder", "nl", "formal"), customer_type="business")
    mail = render_email(content)
    assert "geldfit" not in mail.text and "geldfit" not in mail.html
    assert "Geachte heer, mevrouw" in mail.text


def test_a_name_with_l_stroke_switches_to_ucs2_unless_transliterated() -> None:
    content = _content("reminder_1", "nl", "formal", name="Łukasz Wójcik")
    plain = render_sms(content, transliterate_names=False)
    assert plain.info.encoding is SmsEncoding.UCS2
    assert set(plain.info.non_gsm) == {"Ł", "ó"}
    assert plain.segments == 3  # 169 characters do not fit two parts of 67
    assert not plain.transliterated
    kept = render_sms(content, transliterate_names=True)
    assert kept.info.encoding is SmsEncoding.GSM7
    assert "Lukasz Wojcik" in kept.text and kept.segments == 2
    assert kept.transliterated
    # a name GSM-7 can carry is left alone (Ö, ü are in GSM-7)
    same = render_sms(_content("reminder_1", "nl", "formal", name="Özgür Müller"))
    assert "Özgür Müller" in same.text and not same.transliterated


def test_the_euro_sign_costs_two_septets_and_no_hard_spaces_reach_the_sms() -> None:
    sms = render_sms(_content("reminder_1", "nl", "formal"))
    assert "\xa0" not in sms.text
    assert "€ 123,45" in sms.text
    assert sms.info.units == len(sms.text) + sms.text.count("€")


def test_template_check_reports_characters_parts_and_ucs2() -> None:
    check = template_check("reminder_1", "nl", "formal")
    assert check.with_link.encoding is SmsEncoding.GSM7
    assert check.with_link.segments <= 2 and check.without_link.segments <= 2
    assert check.with_link.characters == len(check.with_link.text)
    assert check.warnings == ()
    source = (
        '{% extends "nl/formal/base.txt" %}'
        "{% block sms_what %}Uw rekening van {{ amount|money }} staat nog open – "
        "graag betalen, we rekenen erop dat u dat zo snel mogelijk doet, "
        "liefst vandaag nog.{% endblock %}"
    )
    check = template_check("reminder_1", "nl", "formal", source=source)
    assert check.with_link.encoding is SmsEncoding.UCS2
    assert "–" in check.with_link.non_gsm
    codes = {warning.code for warning in check.warnings}
    assert "messages.check_ucs2.link" in codes
    assert "messages.check_segments.link" in codes and "messages.check_segments.no_link" in codes
    for warning in check.warnings:
        for language in ("en", "nl"):
            text = render(warning, language)
            assert "{" not in text and text != warning.code


def test_values_are_escaped_in_html_but_not_in_text() -> None:
    content = _content(
        "reminder_1",
        "nl",
        "formal",
        name="Jansen & Zn <b>BV</b>",
        sender=MessageSender(name="Kinderopvang <Zon>", iban="NL91ABNA0417164300"),
    )
    mail = render_email(content)
    assert "Jansen &amp; Zn &lt;b&gt;BV&lt;/b&gt;" in mail.html
    assert "<b>BV</b>" not in mail.html
    assert "Kinderopvang &lt;Zon&gt;" in mail.html
    assert "Geachte Jansen & Zn <b>BV</b>," in mail.text
    sms = render_sms(content)
    assert "Kinderopvang <Zon>" in sms.text


def test_an_override_wins_and_a_broken_one_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "messages"
    (folder / "nl" / "formal").mkdir(parents=True)
    (folder / "nl" / "formal" / "reminder_1.txt").write_text(
        '{% extends "nl/formal/base.txt" %}\n'
        "{% block subject %}Eigen onderwerp {{ amount|money }}{% endblock %}\n"
        "{% block sms_what %}Eigen tekst.{% endblock %}\n",
        encoding="utf-8",
    )
    content = _content("reminder_1", "nl", "formal")
    assert "Eigen tekst." in render_sms(content, override=folder).text
    assert render_email(content, override=folder).subject == "Eigen onderwerp € 123,45"
    # the other steps still come from the shipped templates
    assert "Eigen" not in render_sms(_content("reminder_2", "nl", "formal"), override=folder).text
    (folder / "nl" / "formal" / "reminder_2.txt").write_text(
        '{% extends "nl/formal/base.txt" %}\n{% block sms_what %}{{ amount|money }{% endblock %}\n',
        encoding="utf-8",
    )
    clear_caches()  # a new file is seen once the caches are cleared (each send batch does)
    with pytest.raises(UserError) as caught:
        render_sms(_content("reminder_2", "nl", "formal"), override=folder)
    assert caught.value.code == "messages.template_syntax"
    assert "reminder_2.txt" in render(caught.value.message, "nl")
    assert caught.value.message.params["line"] == 2
    problems = check_templates(folder)
    assert [problem.code for problem in problems] == ["messages.template_syntax"]


def test_an_unknown_value_and_a_foreign_tag_are_clear_errors(tmp_path: Path) -> None:
    folder = tmp_path / "messages"
    (folder / "en" / "formal").mkdir(parents=True)
    (folder / "en" / "formal" / "reminder_1.txt").write_text(
        '{% extends "en/formal/base.txt" %}\n{% block intro %}Hello {{ nickname }}{% endblock %}\n',
        encoding="utf-8",
    )
    with pytest.raises(UserError) as caught:
        render_email(_content("reminder_1", "en", "formal"), override=folder)
    assert caught.value.code == "messages.template_error"
    assert "nickname" in str(caught.value.message.params["detail"])
    (folder / "en" / "formal" / "reminder_1.txt").write_text(
        '{% extends "en/formal/base.txt" %}\n'
        '{% block intro %}<script>alert("x")</script>{% endblock %}\n',
        encoding="utf-8",
    )
    clear_caches()
    with pytest.raises(UserError) as caught:
        render_email(_content("reminder_1", "en", "formal"), override=folder)
    assert caught.value.code == "messages.template_markup"


def test_an_unknown_step_uses_the_generic_reminder() -> None:
    sms = render_sms(_content("our_own_step", "en", "informal"))
    generic = render_sms(_content("reminder", "en", "informal"))
    assert sms.text == generic.text


def test_the_shipped_templates_compile() -> None:
    assert check_templates() == []


def test_rendered_analysis_matches_the_text() -> None:
    sms = render_sms(_content("storno", "en", "formal"))
    assert sms.info == analyse(sms.text)


def test_copying_the_templates_keeps_an_organisations_edits(tmp_path: Path) -> None:
    folder = tmp_path / "messages" / "templates"
    written = copy_templates(folder)
    assert (folder / "nl" / "formal" / "reminder_1.txt") in written
    assert (folder / "layout" / "email.html").is_file() and (folder / "README.md").is_file()
    mine = folder / "nl" / "formal" / "storno.txt"
    mine.write_text(
        '{% extends "nl/formal/base.txt" %}{% block sms_what %}Eigen storno.{% endblock %}',
        encoding="utf-8",
    )
    assert mine not in copy_templates(folder)  # a second copy leaves it alone
    assert "Eigen storno." in render_sms(_content("storno", "nl", "formal"), override=folder).text
    assert check_templates(folder) == []
