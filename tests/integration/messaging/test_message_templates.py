"""The organisation's own message templates, one file at a time (services/message_templates.py) and all at
once (``debtordesk messages templates copy|check``): customise copies the shipped file, save checks first
and writes the file the outbox then uses, revert removes it; the live check counts characters, GSM-7 or
UCS-2 and parts, for a typical customer and for one whose name has letters outside GSM-7 (with and
without transliteration); template errors name file and line and are never raised from the check."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from debtordesk.cli import main
from debtordesk.db.models import Administration
from debtordesk.domain.errors import UserError
from debtordesk.domain.sms_text import SmsEncoding
from debtordesk.messaging.render import render_email, render_sms, sample_content
from debtordesk.messaging.templates import shipped_folder
from debtordesk.services.database import Database
from debtordesk.services.message_templates import (
    MESSAGES,
    SAMPLE_NAME,
    Sample,
    customise_template,
    editor_defaults,
    file_name,
    preview_template,
    read_template,
    revert_template,
    save_template,
)
from debtordesk.services.outbox_settings import set_outbox_settings

STEP = ("reminder_1", "nl", "formal")
#: an SMS with letters outside GSM-7 (ł, ś, ą) that becomes four UCS-2 parts with a payment link
LONG_UCS2 = (
    "\n{% block sms_what %}Przypomnienie: {{ sender.name }} nie otrzymał jeszcze płatności "
    "{{ amount|money }} za fakturę. Prosimy o zapłatę jak najszybciej, aby uniknąć "
    "dodatkowych kosztów.{% endblock %}\n"
)


def _shipped(name: str) -> str:
    return (shipped_folder() / name).read_text(encoding="utf-8")


def test_read_customise_save_and_revert_one_file() -> None:
    name = file_name(*STEP)
    assert name == "nl/formal/reminder_1.txt"
    shipped = read_template(*STEP)
    assert not shipped.customised and shipped.text == _shipped(name)
    assert MESSAGES.override() is None

    own = customise_template(*STEP)
    assert own.customised and own.path == MESSAGES.folder() / name
    assert own.path.read_text(encoding="utf-8") == shipped.text
    assert MESSAGES.override() == MESSAGES.folder()
    # a second customise keeps the organisation's edits
    own.path.write_text(shipped.text + "{# ours #}\n", encoding="utf-8")
    assert "{# ours #}" in customise_template(*STEP).text

    saved = save_template(*STEP, shipped.text + LONG_UCS2)
    assert saved.customised and read_template(*STEP).text == shipped.text + LONG_UCS2
    # the outbox renders the saved file from the override folder
    sms = render_sms(sample_content(*STEP), transliterate_names=True, override=MESSAGES.override())
    assert sms.text.startswith("Geachte Jan de Vries, Przypomnienie:")
    assert sms.info.encoding is SmsEncoding.UCS2

    reverted = revert_template(*STEP)
    assert not reverted.customised and reverted.text == shipped.text
    assert not own.path.exists()
    sms = render_sms(sample_content(*STEP), transliterate_names=True, override=MESSAGES.override())
    assert "Przypomnienie" not in sms.text and sms.info.encoding is SmsEncoding.GSM7
    revert_template(*STEP)  # nothing to remove: no error


def test_the_check_counts_characters_encoding_and_parts() -> None:
    text = read_template(*STEP).text
    plain = preview_template(*STEP, text)
    assert plain.ok and plain.sms is not None and plain.email is not None
    assert plain.sms.with_link.encoding is SmsEncoding.GSM7
    assert plain.sms.with_link.characters == len(plain.sms.with_link.text)
    assert plain.sms.warnings == ()
    assert plain.email.subject == "Herinnering: nog € 123,45 te betalen"

    changed = preview_template(*STEP, text + LONG_UCS2)
    assert changed.sms is not None
    check = changed.sms.with_link
    assert check.encoding is SmsEncoding.UCS2 and set(check.non_gsm) >= {"ł", "ś", "ą"}
    assert check.characters == len(check.text) and check.segments == 4
    codes = [w.code for w in changed.sms.warnings]
    assert codes == [
        "messages.check_ucs2.link",
        "messages.check_segments.link",
        "messages.check_ucs2.no_link",
        "messages.check_segments.no_link",
    ]


def test_the_sample_customer_shows_what_transliteration_does() -> None:
    text = read_template(*STEP).text
    on = preview_template(*STEP, text, sample=Sample(transliterate_names=True))
    assert on.customer_sms is not None
    assert on.customer_sms.transliterated
    assert "Malgorzata Dogan-Wisniewska" in on.customer_sms.check.text
    assert on.customer_sms.check.encoding is SmsEncoding.GSM7
    assert on.customer_sms.warnings == ()
    written = on.customer_sms.as_written
    assert written is not None and SAMPLE_NAME in written.text
    assert written.encoding is SmsEncoding.UCS2 and written.segments == 3

    off = preview_template(*STEP, text, sample=Sample(transliterate_names=False))
    assert off.customer_sms is not None and not off.customer_sms.transliterated
    assert off.customer_sms.as_written is None
    assert off.customer_sms.check.encoding is SmsEncoding.UCS2
    assert [w.code for w in off.customer_sms.warnings] == [
        "messages.check_ucs2.customer",
        "messages.check_segments.customer",
    ]
    assert off.customer_sms.warnings[0].params["characters"] == "ł ğ ś"
    # the typical customer of the template check is not affected by the option
    assert off.sms is not None and off.sms.warnings == ()


def test_errors_name_file_and_line_and_a_broken_text_is_not_saved() -> None:
    own = customise_template(*STEP)
    before = own.path.read_text(encoding="utf-8")
    broken = before.replace("{% endblock %}", "{% endblok %}", 1)
    preview = preview_template(*STEP, broken)
    assert not preview.ok and preview.sms is None and preview.email is None
    (problem,) = preview.problems
    assert problem.code == "messages.template_syntax"
    assert problem.params["file"] == str(own.path) and problem.params["line"] == 3
    with pytest.raises(UserError) as refused:
        save_template(*STEP, broken)
    assert refused.value.code == "messages.template_syntax"
    assert own.path.read_text(encoding="utf-8") == before

    unknown = before + "\n{% block sms_what %}Hallo\n{{ sender.nickname }}{% endblock %}\n"
    (problem,) = preview_template(*STEP, unknown).problems
    assert problem.code == "messages.template_error"
    assert (
        problem.params["file"] == str(own.path)
        and problem.params["line"] == len(before.splitlines()) + 3
    )
    assert "nickname" in str(problem.params["detail"])

    markup = before.replace("Misschien", "<script>Misschien")
    preview = preview_template(*STEP, markup)
    assert preview.sms is not None and preview.email is None
    assert [p.code for p in preview.problems] == ["messages.template_markup"]


def test_unknown_steps_and_names_outside_the_folder_are_refused() -> None:
    with pytest.raises(UserError) as unknown:
        read_template("reminder_9", "nl", "formal")
    assert unknown.value.code == "messages.template_unknown"
    with pytest.raises(UserError):
        file_name("reminder_1", "de", "formal")
    for name in ("../secrets.txt", "/etc/passwd", ""):
        with pytest.raises(UserError) as outside:
            MESSAGES.write(name, "x")
        assert outside.value.code == "template_file.bad_name"
    assert not (MESSAGES.folder().parent / "secrets.txt").exists()


def test_editor_defaults_come_from_the_administration_and_its_outbox(db: Database) -> None:
    with db.write() as session:
        row = session.get_one(Administration, 1)
        row.name = "Kinderopvang Zonnetje"
        row.iban = "NL91ABNA0417164300"
        row.phone = "033 123 45 67"
        set_outbox_settings(
            session, 1, {"transliterate_names": "no", "max_sms_segments": "3"}, user_id=None
        )
    defaults = editor_defaults(db, 1)
    assert defaults.sender.name == "Kinderopvang Zonnetje"
    assert defaults.sender.iban == "NL91ABNA0417164300"
    assert (defaults.transliterate_names, defaults.max_segments) == (False, 3)
    sample = Sample(
        sender=defaults.sender,
        transliterate_names=defaults.transliterate_names,
        max_segments=defaults.max_segments,
    )
    preview = preview_template(*STEP, read_template(*STEP).text, sample=sample)
    assert preview.customer_sms is not None and preview.email is not None
    assert "Kinderopvang Zonnetje" in preview.customer_sms.check.text
    # three parts are allowed here: only the UCS-2 warning
    assert [w.code for w in preview.customer_sms.warnings] == ["messages.check_ucs2.customer"]
    assert "033 123 45 67" in preview.email.text
    content = sample_content(*STEP, sender=defaults.sender)
    assert preview.email.subject == render_email(content).subject
    assert content.amount == Decimal("123.45")


def test_cli_copies_and_checks_the_message_templates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["messages", "templates", "copy", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    folder = Path(answer["folder"])
    assert folder == MESSAGES.folder()
    assert (folder / "nl" / "formal" / "fourteen_day_letter.txt").is_file()
    assert (folder / "layout" / "email.html").is_file()
    edited = folder / "nl" / "formal" / "reminder_1.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "{# ours #}\n", encoding="utf-8")
    assert main(["messages", "templates", "copy", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["written"] == []
    assert "{# ours #}" in edited.read_text(encoding="utf-8")

    assert main(["messages", "templates", "check"]) == 0
    assert "in order" in capsys.readouterr().out
    edited.write_text("{% block sms %}unclosed", encoding="utf-8")
    assert main(["messages", "templates", "check", "--json"]) == 2
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert any(str(edited) in p["message"] and "line 1" in p["message"] for p in problems)


def test_cli_check_finds_an_error_in_the_e_mail_layout_and_names_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A name the layout does not know was only found when an e-mail was made, and then with an
    empty block ('block )'); the check fills the e-mails in and names the layout and its line."""
    assert main(["messages", "templates", "copy", "--json"]) == 0
    folder = Path(json.loads(capsys.readouterr().out)["folder"])
    layout = folder / "layout" / "email.html"
    lines = layout.read_text(encoding="utf-8").splitlines()
    lines.insert(5, "<p>{{ klantnaam }}</p>")
    layout.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--lang", "en", "messages", "templates", "check", "--json"]) == 2
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert [p["code"] for p in problems] == ["messages.layout_error"]
    (message,) = (p["message"] for p in problems)
    assert f"The e-mail layout {layout} cannot be filled in (line 6)" in message
    assert "'klantnaam' is undefined" in message and "block" not in message


def test_cli_check_refuses_a_14_day_e_mail_that_counts_from_its_date_or_leaves_out_the_costs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The outbox holds a 14-day e-mail whose text misstates the term or the costs; 'messages
    templates check' (like 'letters templates check' for the letter) said the templates were in
    order. It now runs the same check on the 14-day step's e-mail text, in every language and tone."""
    assert main(["messages", "templates", "copy", "--json"]) == 0
    folder = Path(json.loads(capsys.readouterr().out)["folder"])
    assert main(["--lang", "nl", "messages", "templates", "check"]) == 0
    capsys.readouterr()
    dutch = folder / "nl" / "formal" / "fourteen_day_letter.txt"
    text = dutch.read_text(encoding="utf-8")
    dutch.write_text(
        text.replace(
            "na de dag waarop u deze e-mail hebt ontvangen", "na de datum van deze e-mail"
        ),
        encoding="utf-8",
    )
    english = folder / "en" / "informal" / "fourteen_day_letter.txt"
    text = english.read_text(encoding="utf-8")
    assert "{{ costs_announced|money }}" in text
    english.write_text(text.replace("{{ costs_announced|money }}", "a fee"), encoding="utf-8")
    assert main(["--lang", "nl", "messages", "templates", "check"]) == 2
    captured = capsys.readouterr()
    assert "in orde" not in captured.out
    assert f"Het sjabloon van de veertiendagenmail {dutch} telt de termijn" in captured.err
    assert "na de dag waarop u deze e-mail hebt ontvangen" in captured.err
    assert f"Het sjabloon van de veertiendagenmail {english} noemt niet het bedrag" in captured.err
    assert main(["messages", "templates", "check", "--json"]) == 2
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert {p["code"] for p in problems} == {
        "messages.fourteen_day.term_from_letter_date",
        "messages.fourteen_day.costs_missing",
    }
