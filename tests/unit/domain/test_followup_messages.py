"""Every message code of the follow-up domain, services and command is in the catalogue, in both
languages with the same placeholders (also the codes the services build from enum values)."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from debtordesk.domain.arrangements import ArrangementStatus, CostsChoice
from debtordesk.domain.calls import CallReason
from debtordesk.domain.disputes import DISPUTE_REASONS, DisputeStatus
from debtordesk.i18n.catalogue import CATALOGUE
from debtordesk.i18n.messages_followup2 import MESSAGES

SOURCES = Path(__file__).resolve().parents[3] / "src" / "debtordesk"
MODULES = sorted(
    [
        *SOURCES.glob("services/followup/*.py"),
        SOURCES / "cli" / "followup.py",
        SOURCES / "domain" / "arrangements.py",
        SOURCES / "domain" / "promises.py",
    ]
)
_CODE = re.compile(
    r"(?:UserError|Message)\(\s*\"([a-z_.]+)\"|code=\"([a-z_.]+)\"|\"((?:promise|event)\.[a-z_.]+)\""
    r"|\"code\": \"([a-z_.]+)\""
)


def _used_codes() -> set[str]:
    codes: set[str] = set()
    for module in MODULES:
        for match in _CODE.finditer(module.read_text(encoding="utf-8")):
            codes.add(next(group for group in match.groups() if group))
    codes.update(f"dispute.reason.{code}" for code in DISPUTE_REASONS)
    codes.update(f"dispute.status.{status.value}" for status in DisputeStatus)
    codes.update(f"calls.reason.{reason.value}" for reason in CallReason)
    codes.update(f"arrangement.status.{status.value}" for status in ArrangementStatus)
    codes.update(
        f"event.followup.arrangement_{status.value}"
        for status in ArrangementStatus
        if status is not ArrangementStatus.ACTIVE
    )
    codes.update(
        f"event.followup.dispute_{status.value}"
        for status in DisputeStatus
        if status is not DisputeStatus.OPEN
    )
    codes.update(
        f"event.followup.costs_{choice.value}"
        for choice in CostsChoice
        if choice is not CostsChoice.NONE
    )
    return codes


def _fields(template: str) -> set[str]:
    """The placeholders; a word given in both languages ({reason_en} / {reason_nl}) counts once."""
    return {re.sub(r"_(en|nl)$", "", name) for _, name, _, _ in Formatter().parse(template) if name}


def test_the_scan_sees_the_modules() -> None:
    assert len(MODULES) >= 10
    assert {"followup.unknown_outcome", "event.followup.call", "promise.broken"} <= _used_codes()


@pytest.mark.parametrize("code", sorted(_used_codes()))
def test_code_is_in_the_catalogue_in_both_languages(code: str) -> None:
    english, dutch = CATALOGUE[code]
    assert english.strip() and dutch.strip()
    assert _fields(english) == _fields(dutch)


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_followup_message_has_the_same_placeholders(code: str) -> None:
    english, dutch = MESSAGES[code]
    assert _fields(english) == _fields(dutch)
