"""The payment-method vocabulary: the words Dutch and English exports use, in any case or punctuation."""

from __future__ import annotations

import pytest

from debtordesk.domain.enums import PaymentMethod
from debtordesk.importing import vocab

MANUAL = PaymentMethod.MANUAL
DIRECT_DEBIT = PaymentMethod.DIRECT_DEBIT

#: every word a clerk's export may use, as written in the brief of the trial
WORDS = {
    MANUAL: (
        "overboeking", "overmaking", "bankoverschrijving", "overschrijving", "acceptgiro",
        "factuur", "op rekening", "handmatig", "betaallink", "iDEAL", "Wero", "contant", "pin",
        "bank", "transfer", "manual", "invoice", "bank transfer",
    ),
    DIRECT_DEBIT: (
        "incasso", "automatische incasso", "automatische afschrijving", "SEPA", "SEPA incasso",
        "machtiging", "doorlopende machtiging", "eenmalige machtiging", "direct debit", "DD",
        "auto debit",
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "method"),
    [(word, method) for method, words in WORDS.items() for word in words],
)
def test_each_word_names_its_payment_method(text: str, method: PaymentMethod) -> None:
    assert vocab.payment_method(text) is method


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("Overboeking", MANUAL),
        ("OVERBOEKING", MANUAL),
        ("  Overboeking. ", MANUAL),
        ("Bank-overschrijving", MANUAL),
        ("Op-rekening", MANUAL),
        ("IDEAL", MANUAL),
        ("Bank_Transfer", MANUAL),
        ("SEPA-incasso", DIRECT_DEBIT),
        ("sepa incasso", DIRECT_DEBIT),
        ("Automatische Incasso", DIRECT_DEBIT),
        ("Doorlopende  machtiging", DIRECT_DEBIT),
        ("Direct-Debit", DIRECT_DEBIT),
        ("Auto-debit", DIRECT_DEBIT),
        ("dd", DIRECT_DEBIT),
    ],
)
def test_case_spacing_and_punctuation_do_not_matter(text: str, method: PaymentMethod) -> None:
    assert vocab.payment_method(text) is method


@pytest.mark.parametrize("text", ["krediet", "cheque", "natura", "", "incasso of overboeking"])
def test_other_words_are_unknown(text: str) -> None:
    assert vocab.payment_method(text) is None


def test_a_word_listed_under_two_values_is_refused() -> None:
    with pytest.raises(ValueError, match="two values"):
        vocab._table({"a": ("Bank",), "b": ("bank",)})
