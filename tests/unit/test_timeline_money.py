"""The timeline writes every amount with its euro sign, as the payment-link entries always did:
'Belooft € 75,00 te betalen', not 'Belooft 75,00 te betalen' beside '€ 75,00 betaald via betaallink'."""

from __future__ import annotations

import re

import pytest

from debtordesk.i18n.catalogue import CATALOGUE

#: placeholders of timeline entries that hold an amount of money
_MONEY = re.compile(r"(.{0,2})\{(amount|total|paid|costs)\}")


@pytest.mark.parametrize("code", sorted(c for c in CATALOGUE if c.startswith("event.")))
def test_a_timeline_amount_has_its_euro_sign(code: str) -> None:
    for text in CATALOGUE[code]:
        for found in _MONEY.finditer(text):
            assert found.group(1) == "€ ", (code, text)
