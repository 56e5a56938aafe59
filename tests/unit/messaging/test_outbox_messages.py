"""Every message the outbox and the message templates can show exists in English and Dutch with the same
placeholders, and every code the code uses is in the catalogue."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from debtordesk.i18n.catalogue import CATALOGUE
from debtordesk.i18n.messages_outbox import MESSAGES

SOURCE = Path(__file__).resolve().parents[3] / "src" / "debtordesk"
FILES = [
    *sorted((SOURCE / "services").glob("outbox*.py")),
    *sorted((SOURCE / "messaging").glob("*.py")),
    SOURCE / "domain" / "outbox.py",
    SOURCE / "cli" / "outbox.py",
]
CODE = re.compile(
    r"""["'](outbox\.[a-z_.]+|messages\.[a-z_.]+|event\.outbox\.[a-z_]+|cli\.(?:send|outbox)\.[a-z_]+)["']"""
)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_with_the_same_placeholders(code: str) -> None:
    english, dutch = MESSAGES[code]
    assert (english.strip() and dutch.strip() and english != dutch) or code == "cli.outbox.setting"
    assert _fields(english) == _fields(dutch), code


def test_every_code_used_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in FILES:
        used.update(CODE.findall(path.read_text(encoding="utf-8")))
    # codes made with a variant suffix in f-strings
    used.update(f"messages.check_{kind}.{variant}" for kind in ("ucs2", "segments")
                for variant in ("link", "no_link"))  # fmt: skip
    used = {code for code in used if not code.endswith(".")}
    assert used, "no codes found: the pattern is wrong"
    missing = sorted(code for code in used if code not in CATALOGUE)
    assert missing == []
