"""Every message code the legal rules, the references and the calculator use is in the catalogue, in
English and Dutch with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from debtordesk.i18n.catalogue import CATALOGUE
from debtordesk.i18n.messages_legal import MESSAGES

SOURCES = Path(__file__).resolve().parents[3] / "src" / "debtordesk"
MODULES = sorted(
    path
    for path in [
        *SOURCES.glob("domain/legal*.py"),
        SOURCES / "domain" / "references.py",
        SOURCES / "cli" / "calc.py",
        SOURCES / "services" / "calculator.py",
        SOURCES / "ui" / "dialogs" / "calculator.py",
    ]
    if path.exists()
)
_CODE = re.compile(r"(?:UserError|EnvironmentProblem|Message)\(\s*\"([a-z_.]+)\"")


def _used_codes() -> set[str]:
    codes: set[str] = set()
    for module in MODULES:
        codes.update(_CODE.findall(module.read_text(encoding="utf-8")))
    return codes


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_the_scan_sees_the_modules() -> None:
    assert {"interest.no_rate", "interest.table_outdated", "calc.bad_amount"} <= _used_codes()


@pytest.mark.parametrize("code", sorted(_used_codes()))
def test_code_is_in_the_catalogue(code: str) -> None:
    assert code in CATALOGUE


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_with_the_same_placeholders(code: str) -> None:
    english, dutch = MESSAGES[code]
    assert english.strip() and dutch.strip() and english != dutch
    assert _fields(english) == _fields(dutch)
