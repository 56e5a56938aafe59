"""The Dutch interface: every text in the code is in debtordesk_nl.ts with a Dutch translation that keeps
its placeholders, and the compiled .qm turns the interface Dutch."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from debtordesk.ui import i18n_update
from debtordesk.ui.i18n import install_translators, translations_dir

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_text_has_a_dutch_translation() -> None:
    missing = i18n_update.untranslated()
    assert not missing, "translate these in resources/translations/debtordesk_nl.ts: " + "; ".join(
        f"[{context}] {source}" for context, source in missing
    )


def test_translations_keep_the_placeholders() -> None:
    wrong = []
    for context, source, translation in _messages(i18n_update.TS_FILE):
        # numerus forms each repeat the placeholders: compare which occur, not how often
        text = "" if translation is None else "".join(translation.itertext()).strip()
        if text and set(_PLACEHOLDER.findall(source)) != set(_PLACEHOLDER.findall(text)):
            wrong.append(f"[{context}] {source!r} -> {text!r}")
    assert not wrong, wrong


def test_the_ts_file_holds_every_text_of_the_code(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copyfile(i18n_update.TS_FILE, copy)
    subprocess.run(
        [i18n_update.tool("pyside6-lupdate"), *map(str, i18n_update.sources()), "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    known = {(c, s) for c, s, _t in _messages(i18n_update.TS_FILE)}
    current = {
        (c, s)
        for c, s, t in _messages(copy)
        if t is None or t.get("type") not in {"vanished", "obsolete"}
    }
    assert current <= known, (
        f"run python -m debtordesk.ui.i18n_update: new {sorted(current - known)}"
    )


def test_the_compiled_translation_speaks_dutch(qapp) -> None:
    translator = QTranslator()
    assert translator.load("debtordesk_nl", translations_dir())
    assert translator.translate("MainWindow", "&File") == "&Bestand"
    assert translator.translate("Labels", "Direct debit") == "Incasso"


def test_installing_dutch_translates_the_interface(qapp) -> None:
    installed = install_translators(qapp, "nl")
    try:
        assert (
            QCoreApplication.translate("CustomersPage", "Customers: {count}") == "Klanten: {count}"
        )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("CustomersPage", "Customers: {count}") == "Customers: {count}"
