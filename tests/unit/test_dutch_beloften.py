"""Dutch text says 'beloften', the plural of 'belofte' (also 'betaalbeloften'): the calls page said
'Beloftes' and 'Beloftes (3)' while the command line said 'beloften'."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from debtordesk.i18n import messages_cli
from debtordesk.i18n.catalogue import CATALOGUE

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "debtordesk_nl.ts"
WRONG = re.compile(r"beloftes\b", re.IGNORECASE)


def test_the_catalogue_and_the_help_say_beloften() -> None:
    texts = [dutch for _english, dutch in CATALOGUE.values()] + list(messages_cli.HELP.values())
    assert [text for text in texts if WRONG.search(text)] == []


def test_the_interface_translations_say_beloften() -> None:
    translations = [node.text or "" for node in ET.parse(TS).iter("translation")]
    wrong = [text for text in translations if WRONG.search(text)]
    assert wrong == []
