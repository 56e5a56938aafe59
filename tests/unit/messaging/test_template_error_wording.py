"""A broken message template is explained in Dutch first, with Jinja's English words after it as the
technical note, and without a double period ('block'..), as the letter templates' messages are."""

from __future__ import annotations

from pathlib import Path

import pytest

from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render_error
from debtordesk.messaging.render import render_email, sample_content
from debtordesk.messaging.templates import clear_caches, load_template


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
