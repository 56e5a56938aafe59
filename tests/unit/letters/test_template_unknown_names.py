"""'letters templates check' names an unknown name in any block of a letter template (not only in
the labels): the file, the block and the name, also where a sample letter would not go."""

from __future__ import annotations

from pathlib import Path

from debtordesk.i18n.catalogue import render_error
from debtordesk.letters.templates import _clear_caches, check_templates, copy_templates


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    _clear_caches()
    return path


def _edit(path: Path, old: str, new: str) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _found(folder: Path) -> list[tuple[str, str, str]]:
    return [
        (
            str(p.message.params["file"]),
            str(p.message.params["block"]),
            str(p.message.params["name"]),
        )
        for p in check_templates(folder)
        if p.code == "letters.template_unknown_name"
    ]


def test_an_unknown_name_in_a_text_block_is_named_with_file_and_block(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "nl/formal/reminder_1.txt",
        '{% extends "nl/formal/base.txt" %}\n{% block intro %}\nBeste {{ name }},\n'
        "{{ onbekend }}{% endblock %}\n",
    )
    problems = check_templates(tmp_path)
    assert [p.code for p in problems] == ["letters.template_unknown_name"]
    assert _found(tmp_path) == [(str(path), "intro", "onbekend")]
    assert problems[0].message.params["line"] == 4
    dutch = render_error(problems[0], "nl")
    assert str(path) in dutch and "blok intro" in dutch and "'onbekend'" in dutch
    assert "regel 4" in dutch and ".." not in dutch.replace(str(path), "")
    english = render_error(problems[0], "en")
    assert "block intro" in english and "'onbekend'" in english


def test_names_in_branches_in_the_base_and_in_labels_are_found_and_real_ones_pass(
    tmp_path: Path,
) -> None:
    copy_templates(tmp_path)
    assert check_templates(tmp_path) == []
    letter = _edit(
        tmp_path / "nl" / "formal" / "fourteen_day_letter.txt",
        "{% block next_steps %}",
        "{% block next_steps %}{% if not reminded_before %}{{ herinnerd_op|date }}{% endif %}"
        "{% for line in invoices %}{{ line.number }} {{ loop.index }}{% endfor %}"
        "{% set total = amount %}{{ total|money }}",
    )
    base = _edit(
        tmp_path / "nl" / "formal" / "base.txt",
        "{% block salutation %}",
        "{% block salutation %}{{ afzender }}",
    )
    _edit(
        base,
        "{% block label_pay_heading %}",
        '{% block label_pay_heading %}{% if tone == "x" %}{{ amount }}{% endif %}',
    )
    _clear_caches()
    found = _found(tmp_path)
    assert (str(letter), "next_steps", "herinnerd_op") in found
    assert (str(base), "label_pay_heading", "amount") in found  # labels see only language and tone
    assert (str(base), "salutation", "afzender") in found
    assert {name for _file, _block, name in found} == {"herinnerd_op", "amount", "afzender"}
