"""A broken message template is explained in Dutch first, with Jinja's English words after it as the
technical note, and without a double period ('block'..), as the letter templates' messages are."""

from __future__ import annotations

from pathlib import Path

import pytest

from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render_error
from debtordesk.messaging.render import render_email, sample_content
from debtordesk.messaging.templates import clear_caches, load_template, shipped_folder


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    clear_caches()
    return path


def test_a_syntax_error_is_explained_in_dutch_before_jinjas_words(tmp_path: Path) -> None:
    _write(tmp_path, "nl/formal/reminder_1.txt", "{% block intro %}unclosed")
    with pytest.raises(UserError) as caught:
        load_template("reminder_1", "nl", "formal", html=True, override=tmp_path)
    assert caught.value.code == "messages.template_syntax"
    dutch = render_error(caught.value, "nl")
    english = render_error(caught.value, "en")
    for text in (dutch, english):
        assert ".." not in text
    explained = dutch.index("de sjabloontaal (Jinja) klopt daar niet")
    technical = dutch.index("Technische melding (Engels): Unexpected end of template.")
    assert explained < dutch.index("Verbeter het sjabloon") < technical
    assert dutch.endswith("needs to be closed is 'block'.")
    assert "closed is 'block'. Correct the template" in english


def test_a_value_that_cannot_be_filled_in_is_explained_in_dutch(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "nl/formal/reminder_1.txt",
        '{% extends "nl/formal/base.txt" %}{% block intro %}{{ onbekend }}{% endblock %}',
    )
    content = sample_content("reminder_1", "nl", "formal")
    with pytest.raises(UserError) as caught:
        render_email(content, override=tmp_path)
    assert caught.value.code == "messages.template_error"
    dutch = render_error(caught.value, "nl")
    english = render_error(caught.value, "en")
    for text in (dutch, english):
        assert ".." not in text
    assert dutch.index("een naam of filter in die de berichten niet kennen") < dutch.index(
        "Technische melding (Engels): 'onbekend' is undefined."
    )
    assert "'onbekend' is undefined. Check the names" in english


def test_an_error_in_the_e_mail_layout_names_the_layout_and_its_line_not_an_empty_block(
    tmp_path: Path,
) -> None:
    """The layout has no step blocks: the error said 'block )' / 'blok )'; it names the layout."""
    shipped = (shipped_folder() / "layout" / "email.txt").read_text(encoding="utf-8")
    lines = shipped.splitlines()
    lines.insert(3, "{{ onbekend }}")
    _write(tmp_path, "layout/email.txt", "\n".join(lines) + "\n")
    with pytest.raises(UserError) as caught:
        render_email(sample_content("reminder_1", "nl", "formal"), override=tmp_path)
    assert caught.value.code == "messages.layout_error"
    assert caught.value.message.params["file"] == str(tmp_path / "layout" / "email.txt")
    assert caught.value.message.params["line"] == 4
    dutch = render_error(caught.value, "nl")
    english = render_error(caught.value, "en")
    for text in (dutch, english):
        assert "layout/email.txt" in text and "blok )" not in text and "block )" not in text
        assert ".." not in text and "block" not in text and "blok" not in text
    assert "De opmaak van de e-mail" in dutch and "(regel 4)" in dutch
    assert "The e-mail layout" in english and "(line 4)" in english
    assert dutch.endswith("Technische melding (Engels): 'onbekend' is undefined.")
