"""The EPC QR payload (EPC069-12, version 002): a SEPA credit transfer a banking app fills in from a scan.

Twelve lines, separated by a line feed: ``BCD`` / ``002`` / ``1`` (UTF-8) / ``SCT`` / BIC (may be
empty) / beneficiary name (at most 70 characters) / IBAN / amount (``EUR12.34``, 0.01 to 999999999.99,
or empty) / purpose (empty here) / structured reference (an ISO 11649 RF reference) / unstructured text
(at most 140 characters) / note to the payer (at most 70). A reference goes in the structured line OR
the text line, never both: an RF reference is structured; a Dutch betalingskenmerk and a ledger invoice
number go in the text line (LEGAL-NL). Empty elements at the end are left out, and nothing follows the
last one. The whole payload is at most 331 bytes of UTF-8 (QR version 13, level M).

Values are checked here, in the domain, so a wrong IBAN or reference is refused with a message the clerk
can act on before any letter is printed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from debtordesk.domain.contacts import normalise_iban
from debtordesk.domain.errors import UserError
from debtordesk.domain.references import is_valid_betalingskenmerk, is_valid_rf_reference

SERVICE_TAG = "BCD"
VERSION = "002"
#: character set 1 = UTF-8
CHARACTER_SET = "1"
IDENTIFICATION = "SCT"
MAX_BYTES = 331
MAX_NAME = 70
MAX_STRUCTURED = 35
MAX_TEXT = 140
MAX_NOTE = 70
MIN_AMOUNT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999.99")
REFERENCE_KINDS = ("rf", "kenmerk", "invoice_number")

_BIC = re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
_AMOUNT = re.compile(r"EUR([0-9]{1,9})(?:\.([0-9]{1,2}))?")
_SPACES = re.compile(r"\s+")
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class EpcPayment:
    """What an EPC code asks the payer to transfer."""

    beneficiary: str
    iban: str
    #: None when the code leaves the amount to the payer
    amount: Decimal | None
    bic: str = ""
    purpose: str = ""
    #: the structured creditor reference (RF), or ""
    structured_reference: str = ""
    #: the unstructured remittance text (a betalingskenmerk, an invoice number), or ""
    unstructured_text: str = ""
    note: str = ""

    @property
    def reference(self) -> str:
        """The payment reference, from whichever line holds it."""
        return self.structured_reference or self.unstructured_text

    @property
    def reference_kind(self) -> str:
        """ "rf", "kenmerk" (a valid 16-digit betalingskenmerk), "invoice_number" (other text) or ""."""
        if self.structured_reference:
            return "rf"
        if is_valid_betalingskenmerk(self.unstructured_text):
            return "kenmerk"
        return "invoice_number" if self.unstructured_text else ""


def _clean(text: str, field: str) -> str:
    """NFC, whitespace (line breaks included) collapsed to single spaces; control, surrogate and
    private-use characters refused (a bank app cannot show them; a surrogate is not even UTF-8)."""
    collapsed = unicodedata.normalize("NFC", _SPACES.sub(" ", text).strip())
    if any(unicodedata.category(char) in {"Cc", "Cs", "Co"} for char in collapsed):
        raise UserError("letters.epc_bad_character", field=field, value=collapsed)
    return collapsed


def _compact(text: str) -> str:
    return _SPACES.sub("", text).upper()


def _iban(iban: str) -> str:
    if not iban.strip():
        raise UserError("letters.epc_iban_missing")
    checked = normalise_iban(iban)
    if checked.value is None:
        raise UserError("letters.epc_iban_invalid", iban=iban.strip())
    return checked.value


def _bic(bic: str) -> str:
    compact = _compact(bic)
    if compact and not _BIC.fullmatch(compact):
        raise UserError("letters.epc_bic_invalid", bic=bic.strip())
    return compact


def _beneficiary(name: str) -> str:
    cleaned = _clean(name, "name")
    if not cleaned:
        raise UserError("letters.epc_beneficiary_missing")
    if len(cleaned) > MAX_NAME:
        raise UserError(
            "letters.epc_beneficiary_too_long", name=cleaned, length=len(cleaned), maximum=MAX_NAME
        )
    return cleaned


def _amount(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    if not amount.is_finite():
        raise UserError("letters.epc_amount_range", amount=str(amount))
    if not MIN_AMOUNT <= amount <= MAX_AMOUNT:
        raise UserError("letters.epc_amount_range", amount=amount)
    if amount != amount.quantize(_CENT):
        raise UserError("letters.epc_amount_cents", amount=str(amount))
    return f"EUR{amount.quantize(_CENT):f}"


def _reference(reference: str, kind: str) -> tuple[str, str]:
    """(structured reference, unstructured text) for the reference and its kind."""
    if kind not in REFERENCE_KINDS:
        raise UserError("letters.epc_reference_kind", kind=kind)
    if not reference.strip():
        raise UserError("letters.epc_reference_missing")
    if kind == "rf":
        compact = _compact(reference)
        if not is_valid_rf_reference(compact):
            raise UserError("letters.epc_rf_invalid", reference=reference.strip())
        return compact, ""
    if kind == "kenmerk":
        compact = _compact(reference)
        if not is_valid_betalingskenmerk(compact):
            raise UserError("letters.epc_kenmerk_invalid", reference=reference.strip())
        return "", compact
    text = _clean(reference, "reference")
    if len(text) > MAX_TEXT:
        raise UserError(
            "letters.epc_reference_too_long", reference=text, length=len(text), maximum=MAX_TEXT
        )
    return "", text


def epc_payload(
    *,
    beneficiary: str,
    iban: str,
    amount: Decimal | None,
    reference: str,
    reference_kind: str,
    bic: str = "",
    note: str = "",
) -> str:
    """The exact text of the EPC code; every value is checked and a wrong one raises :class:`UserError`.

    ``reference_kind`` is "rf" (structured line), "kenmerk" or "invoice_number" (the text line).
    """
    structured, text = _reference(reference, reference_kind)
    note_text = _clean(note, "note")
    if len(note_text) > MAX_NOTE:
        raise UserError("letters.epc_note_too_long", length=len(note_text), maximum=MAX_NOTE)
    lines = [
        SERVICE_TAG,
        VERSION,
        CHARACTER_SET,
        IDENTIFICATION,
        _bic(bic),
        _beneficiary(beneficiary),
        _iban(iban),
        _amount(amount),
        "",
        structured,
        text,
        note_text,
    ]
    while not lines[-1]:
        lines.pop()
    payload = "\n".join(lines)
    size = len(payload.encode("utf-8"))
    if size > MAX_BYTES:
        raise UserError("letters.epc_too_long", length=size, maximum=MAX_BYTES)
    return payload


def parse_epc_payload(text: str) -> EpcPayment:
    """Read an EPC code's text back (what the archive shows, what the tests check).

    Accepts LF or CR LF line ends and omitted empty elements at the end; checks the header, the IBAN,
    the BIC, the amount and the RF reference, and that at most one reference line is filled.
    """
    lines = text.split("\n")
    lines = [line.removesuffix("\r") for line in lines]
    if len(lines) < 7 or len(lines) > 12:
        raise UserError("letters.epc_not_epc", count=len(lines))
    lines += [""] * (12 - len(lines))
    expected = (
        (SERVICE_TAG, "service tag"),
        (VERSION, "version"),
        (CHARACTER_SET, "character set"),
    )
    for number, (value, field) in enumerate(expected, start=1):
        if lines[number - 1] != value:
            raise UserError("letters.epc_unreadable", line=number, field=field)
    if lines[3] != IDENTIFICATION:
        raise UserError("letters.epc_unreadable", line=4, field="identification")
    bic = lines[4]
    if bic and not _BIC.fullmatch(bic):
        raise UserError("letters.epc_unreadable", line=5, field="BIC")
    beneficiary = lines[5]
    if not beneficiary or len(beneficiary) > MAX_NAME:
        raise UserError("letters.epc_unreadable", line=6, field="name")
    iban = lines[6]
    if normalise_iban(iban).value != iban:
        raise UserError("letters.epc_unreadable", line=7, field="IBAN")
    amount = _parse_amount(lines[7])
    purpose = lines[8]
    if len(purpose) > 4:
        raise UserError("letters.epc_unreadable", line=9, field="purpose")
    structured, unstructured, note = lines[9], lines[10], lines[11]
    if structured and (
        unstructured or len(structured) > MAX_STRUCTURED or not is_valid_rf_reference(structured)
    ):
        raise UserError("letters.epc_unreadable", line=10, field="reference")
    if len(unstructured) > MAX_TEXT:
        raise UserError("letters.epc_unreadable", line=11, field="text")
    if len(note) > MAX_NOTE:
        raise UserError("letters.epc_unreadable", line=12, field="note")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise UserError("letters.epc_unreadable", line=12, field="length")
    return EpcPayment(
        beneficiary=beneficiary,
        iban=iban,
        amount=amount,
        bic=bic,
        purpose=purpose,
        structured_reference=structured,
        unstructured_text=unstructured,
        note=note,
    )


def _parse_amount(line: str) -> Decimal | None:
    if not line:
        return None
    match = _AMOUNT.fullmatch(line)
    if match is None:
        raise UserError("letters.epc_unreadable", line=8, field="amount")
    try:
        amount = Decimal(f"{match.group(1)}.{match.group(2) or '0'}").quantize(_CENT)
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise UserError("letters.epc_unreadable", line=8, field="amount") from None
    if not MIN_AMOUNT <= amount <= MAX_AMOUNT:
        raise UserError("letters.epc_unreadable", line=8, field="amount")
    return amount
