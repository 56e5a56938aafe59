"""Bank statements offered as open items: refused with words that are true for DebtorDesk today."""

from __future__ import annotations

import pytest

from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render

BANK_REFUSALS = ("import.bank_statement", "import.file_mt940", "import.file_xml")


@pytest.mark.parametrize("code", BANK_REFUSALS)
def test_a_bank_statement_refusal_sends_the_clerk_to_the_open_items_export(code: str) -> None:
    message = Message(code, {"file": "afschrift.csv", "headers": "'Af Bij', 'Tegenrekening'"})
    english, dutch = render(message, "en"), render(message, "nl")
    # there is no Bank page or command (bank reconciliation is a later capability)
    assert "under Bank" not in english and "bij Bank" not in dutch
    assert "does not read bank statements" in english
    assert "leest geen bankafschriften" in dutch
    # payments reach DebtorDesk through the bookkeeping package's next open-items export
    assert "next export of open items" in english and "bookkeeping package" in english
    assert "volgende export van openstaande posten" in dutch and "boekhoudpakket" in dutch
    assert "(Excel or CSV)" in english and "(Excel of CSV)" in dutch
