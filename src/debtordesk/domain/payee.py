"""Verification of Payee: since October 2025 the payer's bank compares the beneficiary name of a transfer
with the account holder of the IBAN and warns the payer when they differ (LEGAL-NL.md). The name on
letters and in the EPC QR code must therefore be the account holder's.

Banks ignore case and extra spaces; anything else (a missing "B.V.", a trade name instead of the legal
name, an accent) may already give the payer a "close match" or "no match" warning, so only those two
differences count as the same name here.
"""

from __future__ import annotations


def _plain(name: str) -> str:
    return " ".join(name.split()).casefold()


def payee_name_differs(letter_name: str | None, account_holder: str | None) -> bool:
    """True when the payer's bank would see a different name than the letter shows; False when either
    name is still empty (there is nothing to compare yet)."""
    if not letter_name or not account_holder or not letter_name.strip():
        return False
    if not account_holder.strip():
        return False
    return _plain(letter_name) != _plain(account_holder)
