"""'letters --out' names the menu where the IBAN is filled in with the words of the app's own menu
(Settings > Organisation…, the main window's menu and its Dutch translation), not another one."""

from __future__ import annotations

import re
from pathlib import Path

from debtordesk.i18n.catalogue import tr

TS = Path(__file__).parents[3] / "resources" / "translations" / "debtordesk_nl.ts"
MAIN_WINDOW = Path(__file__).parents[3] / "src" / "debtordesk" / "ui" / "main_window.py"


def _dutch(source: str) -> str:
    text = TS.read_text(encoding="utf-8")
    escaped = re.escape(source.replace("&", "&amp;"))
    found = re.search(rf"<source>{escaped}</source>\s*<translation>([^<]*)</translation>", text)
    assert found, source
    return found.group(1).replace("&amp;", "")


def test_the_no_qr_warning_names_the_organisation_dialog_as_the_menu_does() -> None:
    code = MAIN_WINDOW.read_text(encoding="utf-8")
    # the IBAN is edited in the Organisation dialog, under the Settings menu
    assert 'self.tr("&Organisation…"), self.administrations.edit_organisation' in code
    assert 'bar.addMenu(self.tr("&Settings"))' in code
    english = tr("cli.letters.no_qr", "en", count=2)
    dutch = tr("cli.letters.no_qr", "nl", count=2)
    assert "(Settings > Organisation… in the app)" in english
    path = f"{_dutch('&Settings')} > {_dutch('&Organisation…')}"
    assert path == "Instellingen > Organisatie…"
    assert f"({path} in de app)" in dutch
