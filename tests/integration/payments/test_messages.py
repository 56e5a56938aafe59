"""Every message code the polling, the exports and the payment commands use is in the catalogue, in
English and Dutch with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from debtordesk.i18n.catalogue import CATALOGUE
from debtordesk.services.link_exports import PAYMENT_COLUMNS

SOURCES = Path(__file__).resolve().parents[3] / "src" / "debtordesk"
MODULES = [
    SOURCES / "services" / "link_poll.py",
    SOURCES / "services" / "link_exports.py",
    SOURCES / "cli" / "payments.py",
    SOURCES / "cli" / "dunning.py",
]
_CODE = re.compile(
    r"(?:UserError|EnvironmentProblem|Message)\(\s*\"([a-z_.]+)\"|code=\"([a-z_.]+)\""
)


def _used_codes() -> set[str]:
    codes: set[str] = set()
    for module in MODULES:
        for match in _CODE.finditer(module.read_text(encoding="utf-8")):
            codes.add(next(group for group in match.groups() if group))
    codes |= {f"payments.col.{column}" for column in PAYMENT_COLUMNS}
    return codes


def _fields(template: str) -> set[str]:
    """The placeholders; ``reason_en``/``reason_nl`` are one value in each reader's language."""
    names = {name for _, name, _, _ in Formatter().parse(template) if name}
    return {re.sub(r"_(en|nl)$", "_*", name) for name in names}


def test_the_scan_sees_the_modules() -> None:
    assert {
        "event.links.paid",
        "event.links.refund_flag",
        "event.links.expired",
        "links.refund.same_link",
        "links.refund.other_link",
        "payments.export.write_failed",
        "cli.poll.done",
        "cli.run.poll_problem",
    } <= _used_codes()


@pytest.mark.parametrize("code", sorted(_used_codes()))
def test_code_is_in_the_catalogue_in_both_languages(code: str) -> None:
    english, dutch = CATALOGUE[code]
    assert english.strip() and dutch.strip()
    assert _fields(english) == _fields(dutch)
