"""An administration's IBAN stored with a typo (wrong check digits) is not given as the account to
pay to: the letters' and the messages' sender have no IBAN then, as when none was filled in."""

from __future__ import annotations

from debtordesk.services import letters_content, outbox_content
from debtordesk.services.database import Database
from tests.integration.letters.factory import IBAN, set_sender


def test_an_invalid_iban_counts_as_none_for_letters_and_messages(db: Database) -> None:
    set_sender(db, iban="NL91 ABNA 0417 1643 01")
    with db.read() as session:
        assert letters_content.sender_of(session, 1).iban == ""
        assert outbox_content.sender_of(session, 1).iban == ""
    set_sender(db, iban="nl91 abna 0417 1643 00")
    with db.read() as session:
        assert letters_content.sender_of(session, 1).iban == IBAN
        assert outbox_content.sender_of(session, 1).iban == IBAN
