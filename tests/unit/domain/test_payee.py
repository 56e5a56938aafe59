"""Verification of Payee: the name on letters against the account holder of the IBAN."""

from __future__ import annotations

import pytest

from debtordesk.domain.payee import payee_name_differs


@pytest.mark.parametrize(
    ("letter", "holder"),
    [
        ("Kinderopvang De Zonnebloem B.V.", "Kinderopvang De Zonnebloem B.V."),
        ("kinderopvang de zonnebloem b.v.", "KINDEROPVANG  De Zonnebloem B.V. "),
        ("Stichting Özer", "stichting özer"),
    ],
)
def test_case_and_spaces_do_not_make_another_name(letter: str, holder: str) -> None:
    assert not payee_name_differs(letter, holder)


@pytest.mark.parametrize(
    ("letter", "holder"),
    [
        ("De Zonnebloem", "Kinderopvang De Zonnebloem B.V."),  # trade name vs legal name
        ("Kinderopvang De Zonnebloem", "Kinderopvang De Zonnebloem B.V."),  # legal form missing
        ("Stichting Ozer", "Stichting Özer"),  # the bank may not fold the accent
    ],
)
def test_another_name_is_a_mismatch(letter: str, holder: str) -> None:
    assert payee_name_differs(letter, holder)


@pytest.mark.parametrize(("letter", "holder"), [("Naam", None), ("Naam", "  "), (None, "Naam")])
def test_nothing_to_compare_is_no_warning(letter: str | None, holder: str | None) -> None:
    assert not payee_name_differs(letter, holder)
