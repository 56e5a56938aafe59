"""Payment references: the Dutch betalingskenmerk, the ISO 11649 RF creditor reference, and IBAN checks.

- **Betalingskenmerk** (16 digits): a check digit followed by 15 data digits (zero-padded on the left). The
  weights, from the rightmost data digit leftwards, cycle 2, 4, 8, 5, 10, 9, 7, 3, 6, 1; the check digit is
  ``11 - (sum mod 11)``, where 10 becomes 1 and 11 becomes 0. Only the 16-digit form is made and checked.
  (Banks accept a generated kenmerk as a structured reference only when the receiving IBAN is registered for
  it; otherwise use the invoice number or an RF reference.)
- **RF creditor reference** (ISO 11649): ``RF`` + two check digits + 1 to 21 letters and digits. The check
  is ``98 - (number(base + "RF00") mod 97)`` with letters A=10 .. Z=35; valid when
  ``number(base + "RF" + check) mod 97 == 1``.
- **IBAN**: mod 97 after moving the first four characters to the end must be 1; the country formats are
  checked by schwifty (:func:`debtordesk.domain.contacts.normalise_iban`, shared with the import).

Input is forgiving about spaces and case ("rf18 5390 0754 7034"); output is compact and upper-case, with
``format_*`` helpers that group by four for printing beside a QR code.
"""

from __future__ import annotations

import re
from itertools import cycle

from debtordesk.domain.contacts import normalise_iban
from debtordesk.domain.errors import UserError

KENMERK_LENGTH = 16
_KENMERK_WEIGHTS = (2, 4, 8, 5, 10, 9, 7, 3, 6, 1)
RF_MAX_BASE = 21
_RF_BASE = re.compile(r"[0-9A-Z]{1,21}")
_RF_REFERENCE = re.compile(r"RF[0-9]{2}[0-9A-Z]{1,21}")
_SPACES = re.compile(r"[\s]+")


def _compact(text: str) -> str:
    return _SPACES.sub("", text).upper()


# -- betalingskenmerk -----------------------------------------------------------------------------


def kenmerk_check_digit(data: str) -> int:
    """The check digit for 15 data digits."""
    total = sum(
        int(digit) * weight for digit, weight in zip(reversed(data), cycle(_KENMERK_WEIGHTS))
    )
    check = 11 - total % 11
    return {10: 1, 11: 0}.get(check, check)


def make_betalingskenmerk(data: int | str) -> str:
    """The 16-digit betalingskenmerk for up to 15 data digits: ``1`` -> ``9000000000000001``."""
    text = _compact(str(data))
    if not text.isdigit() or not text.isascii():
        raise UserError("reference.kenmerk_not_digits", value=str(data))
    if len(text) > KENMERK_LENGTH - 1:
        raise UserError("reference.kenmerk_too_long", value=str(data), maximum=KENMERK_LENGTH - 1)
    padded = text.zfill(KENMERK_LENGTH - 1)
    return f"{kenmerk_check_digit(padded)}{padded}"


def is_valid_betalingskenmerk(text: str) -> bool:
    """True for 16 digits whose first digit is the check digit of the other 15 (spaces allowed)."""
    compact = _compact(text)
    if len(compact) != KENMERK_LENGTH or not compact.isdigit() or not compact.isascii():
        return False
    return int(compact[0]) == kenmerk_check_digit(compact[1:])


def format_betalingskenmerk(text: str) -> str:
    """Groups of four for printing: ``9000 0000 0000 0001``."""
    return _group(_compact(text))


# -- ISO 11649 RF creditor reference ------------------------------------------------------------------


def _as_number(text: str) -> int:
    """Letters become two digits (A=10 .. Z=35), digits stay."""
    return int("".join(str(int(char, 36)) for char in text))


def make_rf_reference(base: str) -> str:
    """``INV2026000123`` -> ``RF98INV2026000123`` (spaces removed, letters upper-cased)."""
    compact = _compact(base)
    if not _RF_BASE.fullmatch(compact):
        raise UserError("reference.rf_bad_base", value=base, maximum=RF_MAX_BASE)
    check = 98 - _as_number(compact + "RF00") % 97
    return f"RF{check:02d}{compact}"


def is_valid_rf_reference(text: str) -> bool:
    """True for ``RF`` + two check digits + 1 to 21 letters and digits with a correct check."""
    compact = _compact(text)
    if not _RF_REFERENCE.fullmatch(compact):
        return False
    return _as_number(compact[4:] + compact[:4]) % 97 == 1


def format_rf_reference(text: str) -> str:
    """Groups of four for printing: ``RF18 5390 0754 7034``."""
    return _group(_compact(text))


# -- IBAN -------------------------------------------------------------------------------------------


def is_valid_iban(text: str) -> bool:
    """True for an IBAN with a correct check (mod 97) and the country's length and format."""
    return normalise_iban(text).value is not None


def iban_mod97_ok(text: str) -> bool:
    """The bare mod-97 check (first four characters moved to the end), without the country format."""
    compact = _compact(text)
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[0-9A-Z]{1,30}", compact):
        return False
    return _as_number(compact[4:] + compact[:4]) % 97 == 1


def format_iban(text: str) -> str:
    """Groups of four for printing: ``NL91 ABNA 0417 1643 00``."""
    return _group(_compact(text))


def _group(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
