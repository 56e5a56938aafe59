"""A broken letter template is explained in Dutch first, with Jinja's English words after it as the
technical note, and without a double period ('block'..)."""

from __future__ import annotations

from pathlib import Path

import pytest

from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render_error
from debtordesk.letters.templates import _clear_caches, load_template, render_labels


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    _clear_caches()
    return path


def test_a_syntax_error_is_explained_in_dutch_before_jinjas_words(tmp_path: Path) -> None:
    _write(tmp_path, "nl/formal/reminder_1.txt", "{% block intro %}unclosed")
    with pytest.raises(UserError) as caught:
        load_template("reminder_1", "nl", "formal", override=tmp_path)
    dutch = render_error(caught.value, "nl")
    english = render_error(caught.value, "en")
    for text in (dutch, english):
        assert ".." not in text
    explained = dutch.index("de sjabloontaal (Jinja) klopt daar niet")
    technical = dutch.index("Technische melding (Engels): Unexpected end of template.")
    assert explained < dutch.index("Verbeter het bestand") < technical
    assert dutch.endswith("needs to be closed is 'block'.")
    assert "closed is 'block'. Correct the file" in english


def test_a_value_that_cannot_be_filled_in_is_explained_in_dutch(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "nl/formal/reminder_1.txt",
        '{% extends "nl/formal/base.txt" %}{% block label_date %}{{ onbekend }}{% endblock %}',
    )
    template = load_template("reminder_1", "nl", "formal", override=tmp_path)
    with pytest.raises(UserError) as caught:
        render_labels(template)
    assert caught.value.code == "letters.template_error"
    dutch = render_error(caught.value, "nl")
    assert ".." not in dutch
    assert dutch.index("een naam of filter in die de brieven niet kennen") < dutch.index(
        "Technische melding (Engels): 'onbekend' is undefined."
    )
