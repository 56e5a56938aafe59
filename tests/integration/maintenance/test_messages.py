"""Every message code that backup, restore and the demo use is in the catalogue, in both languages."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from debtordesk.i18n.catalogue import CATALOGUE
from debtordesk.i18n.messages_maintenance import MESSAGES

SOURCES = Path(__file__).resolve().parents[3] / "src" / "debtordesk"
MODULES = sorted(
    [
        *SOURCES.glob("services/backup*.py"),
        *SOURCES.glob("services/demo*.py"),
        SOURCES / "cli" / "maintenance.py",
    ]
)
#: UserError("code", …), EnvironmentProblem("code", …), Cancelled("code"), Message("code", …),
#: and timeline events stored with "code": "…"
_CODE = re.compile(
    r"(?:UserError|EnvironmentProblem|Cancelled|Message)\(\s*\"([a-z_.]+)\"|\"code\": \"([a-z_.]+)\""
)


def _used_codes() -> set[str]:
    codes: set[str] = set()
    for module in MODULES:
        for match in _CODE.finditer(module.read_text(encoding="utf-8")):
            codes.add(match.group(1) or match.group(2))
    return codes


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_the_scan_sees_the_modules() -> None:
    assert len(MODULES) >= 10
    assert {"backup.postgresql", "restore.checksum_mismatch", "demo.not_empty"} <= _used_codes()


@pytest.mark.parametrize("code", sorted(_used_codes()))
def test_code_is_in_the_catalogue(code: str) -> None:
    assert code in CATALOGUE


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_with_the_same_placeholders(code: str) -> None:
    english, dutch = MESSAGES[code]
    assert english.strip() and dutch.strip() and english != dutch
    assert _fields(english) == _fields(dutch)
