"""Every message the import reader can produce exists in English and Dutch, with the same values."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from debtordesk.i18n.catalogue import CATALOGUE
from debtordesk.i18n.messages_import import MESSAGES

SOURCE = Path(__file__).resolve().parents[3] / "src" / "debtordesk" / "importing"
_CODE = re.compile(r"\"((?:import|contact)\.[a-z_.]+)\"")
_MISSING = (
    "invoice_number",
    "amount",
    "amount_or_open",
    "customer",
    "customer_number",
    "due_date",
    "paid_date",
)


def _codes_in_source() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.glob("*.py"):
        found.update(_CODE.findall(path.read_text(encoding="utf-8")))
    found.discard("import.missing_column.")
    return found | {f"import.missing_column.{field}" for field in _MISSING}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(_codes_in_source()))
def test_every_code_the_reader_uses_is_in_the_catalogue(code: str) -> None:
    assert code in CATALOGUE, f"{code} has no text"


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_say_it_with_the_same_values(code: str) -> None:
    english, dutch = MESSAGES[code]
    assert english.strip() and dutch.strip()
    assert english != dutch
    assert _placeholders(english) == _placeholders(dutch)


def test_contact_problems_reuse_the_shared_contact_messages() -> None:
    for code in ("contact.phone_invalid", "contact.email_invalid", "contact.iban_invalid"):
        assert "{value}" in CATALOGUE[code][0]
