"""The EPC QR payload (EPC069-12): exact lines, every limit, the check digits of IBAN, RF and kenmerk."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.epc import EpcPayment, epc_payload, parse_epc_payload
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import CATALOGUE, tr

IBAN = "NL91ABNA0417164300"


def _payload(**changes: object) -> str:
    values: dict[str, object] = {
        "beneficiary": "Kinderopvang De Regenboog",
        "iban": IBAN,
        "amount": Decimal("1234.56"),
        "reference": "RF18539007547034",
        "reference_kind": "rf",
    }
    values.update(changes)
    return epc_payload(**values)  # type: ignore[arg-type]


def _code(**changes: object) -> str:
    with pytest.raises(UserError) as caught:
        _payload(**changes)
    return caught.value.code


# -- exact payloads ------------------------------------------------------------------------------------


def test_rf_reference_goes_in_the_structured_line_and_nothing_follows_it() -> None:
    payload = _payload(
        iban="nl91 abna 0417 1643 00", reference="rf18 5390 0754 7034", bic="abnanl2a"
    )
    assert payload == (
        "BCD\n002\n1\nSCT\nABNANL2A\nKinderopvang De Regenboog\nNL91ABNA0417164300\nEUR1234.56\n\n"
        "RF18539007547034"
    )
    assert not payload.endswith("\n")


def test_kenmerk_goes_in_the_unstructured_line() -> None:
    payload = _payload(
        amount=Decimal("12.3"), reference="3201 9000 0123 4567", reference_kind="kenmerk"
    )
    assert payload.split("\n") == [
        "BCD", "002", "1", "SCT", "", "Kinderopvang De Regenboog", IBAN, "EUR12.30", "", "",
        "3201900001234567",
    ]  # fmt: skip


def test_invoice_number_and_note_fill_the_last_two_lines() -> None:
    payload = _payload(reference="F-2026/000123", reference_kind="invoice_number", note="Dank u!")
    lines = payload.split("\n")
    assert len(lines) == 12
    assert lines[9:] == ["", "F-2026/000123", "Dank u!"]


def test_no_amount_leaves_the_amount_line_empty() -> None:
    payload = _payload(amount=None)
    assert payload.split("\n")[7:] == ["", "", "RF18539007547034"]
    assert parse_epc_payload(payload).amount is None


def test_names_with_diacritics_are_utf8_and_normalised() -> None:
    # "Zoë" typed with a combining diaeresis (macOS) becomes the single character, NFC
    payload = _payload(beneficiary="  Zoe\u0308 de\nVries  ")
    assert payload.split("\n")[5] == "Zoë de Vries"
    assert parse_epc_payload(_payload(beneficiary="Łukasz Wójcik")).beneficiary == "Łukasz Wójcik"


@pytest.mark.parametrize(
    "kenmerk", ["5010002167010010", "3010002167042021", "0001041146910100", "1849613076103400"]
)
def test_legal_nl_kenmerken_are_accepted(kenmerk: str) -> None:
    assert _payload(reference=kenmerk, reference_kind="kenmerk").endswith("\n" + kenmerk)


@pytest.mark.parametrize("reference", ["RF18539007547034", "RF98INV2026000123"])
def test_legal_nl_rf_references_are_accepted(reference: str) -> None:
    assert _payload(reference=reference).endswith("\n" + reference)


# -- check digits --------------------------------------------------------------------------------------


def test_wrong_rf_check_digits_are_refused() -> None:
    assert _code(reference="RF17539007547034") == "letters.epc_rf_invalid"
    assert _code(reference="RF18 5390 0754 7035") == "letters.epc_rf_invalid"
    assert _code(reference="3201900001234567", reference_kind="rf") == "letters.epc_rf_invalid"


def test_wrong_kenmerk_check_digit_is_refused() -> None:
    assert _code(reference="9000000000000002", reference_kind="kenmerk") == (
        "letters.epc_kenmerk_invalid"
    )
    # 15 digits: the check digit is missing
    assert _code(reference="000000000000001", reference_kind="kenmerk") == (
        "letters.epc_kenmerk_invalid"
    )


def test_iban_is_checked() -> None:
    assert _code(iban="NL91ABNA0417164301") == "letters.epc_iban_invalid"
    assert _code(iban="NL91ABNA041716430") == "letters.epc_iban_invalid"
    assert _code(iban="  ") == "letters.epc_iban_missing"
    assert _payload(iban="BE68 5390 0754 7034").split("\n")[6] == "BE68539007547034"


def test_bic_is_optional_but_checked() -> None:
    assert _payload(bic="RABONL2UXXX").split("\n")[4] == "RABONL2UXXX"
    assert _code(bic="RABO NL") == "letters.epc_bic_invalid"
    assert _code(bic="RABONL2UX") == "letters.epc_bic_invalid"


# -- limits --------------------------------------------------------------------------------------------


def test_beneficiary_at_most_70_characters() -> None:
    assert _payload(beneficiary="Ł" * 70).split("\n")[5] == "Ł" * 70
    assert _code(beneficiary="a" * 71) == "letters.epc_beneficiary_too_long"
    assert _code(beneficiary=" \n ") == "letters.epc_beneficiary_missing"


@pytest.mark.parametrize(
    ("amount", "line"),
    [
        (Decimal("0.01"), "EUR0.01"),
        (Decimal("999999999.99"), "EUR999999999.99"),
        (Decimal("5"), "EUR5.00"),
        (Decimal("1E+2"), "EUR100.00"),
    ],
)
def test_amount_limits_accepted(amount: Decimal, line: str) -> None:
    assert _payload(amount=amount).split("\n")[7] == line


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        (Decimal("0.00"), "letters.epc_amount_range"),
        (Decimal("-1.00"), "letters.epc_amount_range"),
        (Decimal("1000000000.00"), "letters.epc_amount_range"),
        (Decimal("NaN"), "letters.epc_amount_range"),
        (Decimal("Infinity"), "letters.epc_amount_range"),
        (Decimal("12.345"), "letters.epc_amount_cents"),
    ],
)
def test_amount_limits_refused(amount: Decimal, code: str) -> None:
    assert _code(amount=amount) == code


def test_unstructured_text_at_most_140_characters() -> None:
    payload = _payload(reference="A" * 140, reference_kind="invoice_number")
    assert payload.split("\n")[10] == "A" * 140
    assert _code(reference="A" * 141, reference_kind="invoice_number") == (
        "letters.epc_reference_too_long"
    )


def test_note_at_most_70_characters() -> None:
    assert _payload(note="n" * 70).split("\n")[11] == "n" * 70
    assert _code(note="n" * 71) == "letters.epc_note_too_long"


def test_at_most_331_bytes() -> None:
    # 70 two-byte letters (140 bytes) + 140 characters of text: fits in characters, not in bytes
    assert _code(beneficiary="Ł" * 70, reference="é" * 140, reference_kind="invoice_number") == (
        "letters.epc_too_long"
    )
    # 319 bytes without the note: a 12-character note makes exactly 331, one more is refused
    values: dict[str, object] = {
        "beneficiary": "Ł" * 70,
        "reference": "A" * 140,
        "reference_kind": "invoice_number",
        "amount": None,
    }
    assert len(_payload(**values, note="n" * 12).encode("utf-8")) == 331
    assert _code(**values, note="n" * 13) == "letters.epc_too_long"


def test_reference_required_and_kind_known() -> None:
    assert _code(reference=" ") == "letters.epc_reference_missing"
    assert _code(reference="123", reference_kind="ogm") == "letters.epc_reference_kind"


def test_control_characters_are_refused_line_breaks_collapsed() -> None:
    assert _code(beneficiary="Regen\x00boog") == "letters.epc_bad_character"
    assert _code(note="\ud800") == "letters.epc_bad_character"
    payload = _payload(reference="F 1\r\n2", reference_kind="invoice_number")
    assert payload.split("\n")[10] == "F 1 2"


def test_never_both_reference_lines() -> None:
    for reference, kind in (
        ("RF18539007547034", "rf"),
        ("3201900001234567", "kenmerk"),
        ("F-1", "invoice_number"),
    ):
        lines = _payload(reference=reference, reference_kind=kind, note="x").split("\n")
        assert (lines[9] == "") != (lines[10] == "")


# -- reading a payload back ------------------------------------------------------------------------------


def test_parse_round_trip() -> None:
    payload = _payload(
        beneficiary="Ngọc Anh Nguyễn", bic="ABNANL2A", note="Zoë", amount=Decimal("0.5")
    )
    assert parse_epc_payload(payload) == EpcPayment(
        beneficiary="Ngọc Anh Nguyễn",
        iban=IBAN,
        amount=Decimal("0.50"),
        bic="ABNANL2A",
        structured_reference="RF18539007547034",
        note="Zoë",
    )
    parsed = parse_epc_payload(payload.replace("\n", "\r\n"))
    assert parsed.reference == "RF18539007547034"
    assert parsed.reference_kind == "rf"


def test_parse_tells_the_kind_of_reference() -> None:
    kenmerk = parse_epc_payload(_payload(reference="3201900001234567", reference_kind="kenmerk"))
    assert (kenmerk.reference_kind, kenmerk.reference) == ("kenmerk", "3201900001234567")
    invoice = parse_epc_payload(_payload(reference="F-1", reference_kind="invoice_number"))
    assert (invoice.reference_kind, invoice.unstructured_text) == ("invoice_number", "F-1")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("BCX\n002\n1\nSCT\n\nA\nNL91ABNA0417164300", 1),
        ("BCD\n001\n1\nSCT\n\nA\nNL91ABNA0417164300", 2),
        ("BCD\n002\n2\nSCT\n\nA\nNL91ABNA0417164300", 3),
        ("BCD\n002\n1\nINST\n\nA\nNL91ABNA0417164300", 4),
        ("BCD\n002\n1\nSCT\nXX\nA\nNL91ABNA0417164300", 5),
        ("BCD\n002\n1\nSCT\n\n\nNL91ABNA0417164300", 6),
        ("BCD\n002\n1\nSCT\n\nA\nNL91ABNA0417164301", 7),
        ("BCD\n002\n1\nSCT\n\nA\nNL91ABNA0417164300\nEUR1,00", 8),
        ("BCD\n002\n1\nSCT\n\nA\nNL91ABNA0417164300\nEUR0.00", 8),
        ("BCD\n002\n1\nSCT\n\nA\nNL91ABNA0417164300\n\n\nRF18539007547034\nF-1", 10),
        ("BCD\n002\n1\nSCT\n\nA\nNL91ABNA0417164300\n\n\nRF17539007547034", 10),
    ],
)
def test_parse_refuses_bad_lines(text: str, line: int) -> None:
    with pytest.raises(UserError) as caught:
        parse_epc_payload(text)
    assert caught.value.code == "letters.epc_unreadable"
    assert caught.value.message.params["line"] == line


def test_parse_refuses_wrong_line_counts() -> None:
    with pytest.raises(UserError) as caught:
        parse_epc_payload("https://example.org/pay")
    assert caught.value.code == "letters.epc_not_epc"
    with pytest.raises(UserError):
        parse_epc_payload(_payload(note="x") + "\nextra")


@given(
    name=st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Zs", "Zl", "Zp")),
        min_size=1,
        max_size=70,
    ),
    cents=st.integers(min_value=1, max_value=99_999_999_999),
    base=st.from_regex(r"[0-9A-Z]{1,21}", fullmatch=True),
)
def test_round_trip_property(name: str, cents: int, base: str) -> None:
    from debtordesk.domain.references import make_rf_reference

    amount = Decimal(cents) / 100
    try:
        payload = epc_payload(
            beneficiary=name,
            iban=IBAN,
            amount=amount,
            reference=make_rf_reference(base),
            reference_kind="rf",
        )
    except UserError as error:
        # only a name whose NFC form changes length, or too many bytes, may be refused
        assert error.code in {"letters.epc_too_long", "letters.epc_beneficiary_too_long"}
        return
    parsed = parse_epc_payload(payload)
    assert parsed.amount == amount
    assert parsed.structured_reference == make_rf_reference(base)
    assert len(payload.encode("utf-8")) <= 331


def test_every_code_has_english_and_dutch_text() -> None:
    codes = [c for c in CATALOGUE if c.startswith(("letters.epc_", "letters.qr_"))]
    assert len(codes) >= 18
    for code in codes:
        english, dutch = CATALOGUE[code]
        assert english and dutch and english != dutch
    assert "Organisatie" in tr("letters.epc_iban_invalid", "nl", iban="NL00")
    assert "€ 0,00" in tr("letters.epc_amount_range", "nl", amount=Decimal("0"))
