"""Payment references: the LEGAL-NL vectors for betalingskenmerk, RF reference and IBAN."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.errors import UserError
from debtordesk.domain.references import (
    format_betalingskenmerk,
    format_iban,
    format_rf_reference,
    iban_mod97_ok,
    is_valid_betalingskenmerk,
    is_valid_iban,
    is_valid_rf_reference,
    make_betalingskenmerk,
    make_rf_reference,
)


@pytest.mark.parametrize(
    ("data", "kenmerk"),
    [
        ("000000000000001", "9000000000000001"),
        ("1", "9000000000000001"),
        (1, "9000000000000001"),
        ("201900001234567", "3201900001234567"),
        ("2019 0000 1234 567", "3201900001234567"),
    ],
)
def test_make_betalingskenmerk(data: str | int, kenmerk: str) -> None:
    assert make_betalingskenmerk(data) == kenmerk
    assert is_valid_betalingskenmerk(kenmerk)


@pytest.mark.parametrize(
    "kenmerk",
    ["5010002167010010", "3010002167042021", "0001041146910100", "1849613076103400"],
)
def test_valid_kenmerken(kenmerk: str) -> None:
    assert is_valid_betalingskenmerk(kenmerk)
    assert make_betalingskenmerk(kenmerk[1:]) == kenmerk
    assert is_valid_betalingskenmerk(format_betalingskenmerk(kenmerk))


@pytest.mark.parametrize(
    "text",
    [
        "6010002167010010",  # wrong check digit
        "5010002167010011",  # a data digit changed
        "501000216701001",  # 15 digits
        "50100021670100100",  # 17 digits
        "501000216701001A",
        "",
        "５010002167010010",  # a full-width digit
    ],
)
def test_invalid_kenmerken(text: str) -> None:
    assert not is_valid_betalingskenmerk(text)


def test_make_betalingskenmerk_refuses_bad_data() -> None:
    with pytest.raises(UserError, match=r"reference\.kenmerk_too_long"):
        make_betalingskenmerk("1234567890123456")
    with pytest.raises(UserError, match=r"reference\.kenmerk_not_digits"):
        make_betalingskenmerk("12A4")
    with pytest.raises(UserError, match=r"reference\.kenmerk_not_digits"):
        make_betalingskenmerk("")


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_every_made_kenmerk_is_valid_and_only_with_its_own_check_digit(data: int) -> None:
    kenmerk = make_betalingskenmerk(data)
    assert len(kenmerk) == 16 and is_valid_betalingskenmerk(kenmerk)
    assert kenmerk[1:] == str(data).zfill(15)
    others = [f"{digit}{kenmerk[1:]}" for digit in "0123456789" if digit != kenmerk[0]]
    assert not any(is_valid_betalingskenmerk(other) for other in others)


def test_the_check_maps_10_to_1_so_not_every_changed_digit_is_caught() -> None:
    # 000000000030044 and 000000000030045 weigh 10 and 1 (mod 11): both get check digit 1, as the
    # algorithm of the banks prescribes; the reference is a convenience, not a guarantee.
    assert make_betalingskenmerk("30044") == "1000000000030044"
    assert make_betalingskenmerk("30045") == "1000000000030045"


def test_rf_vectors() -> None:
    assert is_valid_rf_reference("RF18539007547034")
    assert not is_valid_rf_reference("RF17539007547034")
    assert make_rf_reference("INV2026000123") == "RF98INV2026000123"
    assert make_rf_reference("539007547034") == "RF18539007547034"
    assert is_valid_rf_reference("rf98 inv2026 000123")
    assert format_rf_reference("RF18539007547034") == "RF18 5390 0754 7034"


@pytest.mark.parametrize(
    "text", ["RF18", "XX18539007547034", "RF1853900754703#", "RF98" + "A" * 22, "RFAB539007547034"]
)
def test_rf_malformed(text: str) -> None:
    assert not is_valid_rf_reference(text)


def test_rf_refuses_bad_base() -> None:
    for base in ("", "INV-2026", "A" * 22):
        with pytest.raises(UserError, match=r"reference\.rf_bad_base"):
            make_rf_reference(base)


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=21))
def test_every_made_rf_reference_is_valid(base: str) -> None:
    reference = make_rf_reference(base)
    assert reference.endswith(base) and is_valid_rf_reference(reference)
    wrong = f"RF{(int(reference[2:4]) + 1) % 100:02d}{base}"
    assert not is_valid_rf_reference(wrong)


def test_iban_vectors() -> None:
    assert is_valid_iban("NL91ABNA0417164300")
    assert not is_valid_iban("NL91ABNA0417164301")
    assert iban_mod97_ok("NL91ABNA0417164300")
    assert not iban_mod97_ok("NL91ABNA0417164301")
    assert is_valid_iban("nl91 abna 0417 1643 00")
    assert not is_valid_iban("")
    assert format_iban("NL91ABNA0417164300") == "NL91 ABNA 0417 1643 00"
    assert iban_mod97_ok("DE89370400440532013000") and is_valid_iban("DE89370400440532013000")
