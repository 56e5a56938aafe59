"""Every message code the letter services and the letters command use is in the catalogue, in both
languages with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from debtordesk.i18n.catalogue import CATALOGUE

SOURCES = Path(__file__).resolve().parents[3] / "src" / "debtordesk"
MODULES = sorted([*SOURCES.glob("services/letters*.py"), SOURCES / "cli" / "letters.py"])
_CODE = re.compile(
    r"(?:UserError|EnvironmentProblem|Cancelled|Message)\(\s*\"([a-z_.]+)\""
    r"|\"code\": \"([a-z_.]+)\"|code=\"([a-z_.]+)\""
)


def _used_codes() -> set[str]:
    codes: set[str] = set()
    for module in MODULES:
        for match in _CODE.finditer(module.read_text(encoding="utf-8")):
            codes.add(next(group for group in match.groups() if group))
    return codes


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_the_scan_sees_the_modules() -> None:
    assert len(MODULES) >= 7
    assert {"letters.archive_changed", "letters.nothing_to_print", "cli.letters.made"} <= (
        _used_codes()
    )


@pytest.mark.parametrize("code", sorted(_used_codes()))
def test_code_is_in_the_catalogue_in_both_languages(code: str) -> None:
    english, dutch = CATALOGUE[code]
    assert english.strip() and dutch.strip() and english != dutch
    assert _fields(english) == _fields(dutch)
