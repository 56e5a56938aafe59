"""A message that sends the clerk to a place in the Settings menu ('Instellingen › Providers') names
an item that is there, in the clerk's language: one named 'Instellingen › Betalingskenmerken', which
does not exist (payment references are set under Organisation)."""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path

import pytest

from debtordesk.i18n.catalogue import CATALOGUE

TS = Path(__file__).parents[2] / "resources" / "translations" / "debtordesk_nl.ts"
#: the items of the Settings menu, as main_window.py names them
SETTINGS_ITEMS = (
    "&Organisation…",
    "&Administrations…",
    "&Dunning policies…",
    "&Legal and interest…",
    "&Follow-up…",
    "&Providers (payment links, SMS, e-mail)…",
    "&Sending (SMS and e-mail)…",
)
_PATH = {
    "en": re.compile(r"Settings\s*[>›]\s*(.{1,40})"),
    "nl": re.compile(r"Instellingen\s*[>›]\s*(.{1,40})"),
}


@functools.cache
def _menu_words() -> dict[str, set[str]]:
    text = html.unescape(TS.read_text(encoding="utf-8"))
    pairs = dict(
        re.findall(r"<source>(.*?)</source>\s*<translation[^>]*>(.*?)</translation>", text, re.S)
    )
    words: dict[str, set[str]] = {"en": set(), "nl": set()}
    for item in SETTINGS_ITEMS:
        assert item in pairs, item
        for language, label in (("en", item), ("nl", pairs[item])):
            plain = label.replace("&", "").rstrip("…")
            words[language].add(plain)
            words[language].add(plain.split(" (")[0])
    return words


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_a_settings_path_names_a_menu_item(code: str) -> None:
    words = _menu_words()
    for language, text in zip(("en", "nl"), CATALOGUE[code], strict=True):
        for found in _PATH[language].finditer(text):
            named = found.group(1)
            assert any(named.startswith(word) for word in words[language]), (code, language, named)


def test_the_windows_texts_name_menu_items_too() -> None:
    """The same for the texts of the windows (the .ts catalogue), in both languages."""
    words = _menu_words()
    text = html.unescape(TS.read_text(encoding="utf-8"))
    pairs = re.findall(
        r"<source>(.*?)</source>\s*<translation[^>]*>(.*?)</translation>", text, re.S
    )
    for source, translation in pairs:
        for language, shown in (("en", source), ("nl", translation)):
            for found in _PATH[language].finditer(shown):
                named = found.group(1)
                assert any(named.startswith(word) for word in words[language]), (shown, named)
