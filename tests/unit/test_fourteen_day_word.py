"""Dutch calls the legal 14-day letter 'veertiendagenbrief' everywhere a clerk reads it (messages,
command-line help, the hand-over export, the app's translations, the Dutch templates), never
'14-dagenbrief' beside it."""

from __future__ import annotations

import re
from pathlib import Path

from debtordesk.i18n import messages_cli
from debtordesk.i18n.catalogue import CATALOGUE

ROOT = Path(__file__).parents[2]
_OTHER_WORD = re.compile(r"14[- ]?dagen(brie|mail)", re.IGNORECASE)


def test_dutch_says_veertiendagenbrief_throughout() -> None:
    found = [code for code, (_en, nl) in CATALOGUE.items() if _OTHER_WORD.search(nl)]
    found += [text for text in messages_cli.HELP.values() if _OTHER_WORD.search(text)]
    translations = (ROOT / "resources" / "translations" / "debtordesk_nl.ts").read_text("utf-8")
    found += re.findall(
        r"<translation>[^<]*14[- ]?dagen(?:brie|mail)[^<]*</translation>", translations
    )
    for folder in ("letters", "messages"):
        for path in (ROOT / "resources" / folder / "templates" / "nl").rglob("*.txt"):
            if _OTHER_WORD.search(path.read_text(encoding="utf-8")):
                found.append(str(path))
    assert found == []
    assert "veertiendagenbrief" in CATALOGUE["handover.col.fourteen_day"][1].lower()
