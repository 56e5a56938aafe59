"""The import's fast checks of e-mail addresses and Dutch IBANs agree with email-validator and schwifty."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.contacts import normalise_email, normalise_iban, normalise_phone
from debtordesk.importing.contacts import check_email, check_iban, check_phone
from debtordesk.importing.customer_values import convert_columns
from debtordesk.importing.issues import Bad
from debtordesk.importing.model import Field


def _slow_email(raw: str) -> object:
    return normalise_email.__wrapped__(raw)  # type: ignore[attr-defined]


def _slow_iban(raw: str) -> object:
    return normalise_iban.__wrapped__(raw)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "raw",
    [
        "jan@example.nl",
        "Jan.Jansen@Example.NL",
        "jan@EXAMPLE.nl",
        "jan@example.TEST",
        "a@b.xn--p1ai",
        "a@XN--bcher-kva.example",
        "0@00--0.AA",
        "a@ab--c.nl",
        "a@a--bc.nl",
        "  a+b@sub.domain.co.uk ",
        "mailto:jan@example.nl",
        "a..b@example.nl",
        "a@-x.nl",
        "a@x-.nl",
        "a@x.n1",
        "x@localhost.test",
        "a@x.local",
        "a@example",
        "ö@example.nl",
        "a@xn--bcher-kva.example",
        "a" * 65 + "@example.nl",
        "jan@example.nl@",
        "",
        "geen",
    ],
)
def test_email_checks_agree(raw: str) -> None:
    assert check_email(raw) == _slow_email(raw)


@given(st.from_regex(r"[A-Za-z0-9._+-]{1,20}@[A-Za-z0-9.-]{1,20}\.[A-Za-z]{2,6}", fullmatch=True))
def test_email_checks_agree_on_generated_addresses(raw: str) -> None:
    assert check_email(raw) == _slow_email(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "NL91ABNA0417164300",
        "nl91 abna 0417 1643 00",
        "NL91-ABNA-0417-1643-00",
        "NL91ABNA0417164301",
        "NL91ABNA041716430",
        "DE89370400440532013000",
        "NL91 ABNA 0417 1643 00",
        "NL91.ABNA.0417.1643.00",
        "NL91ABNA04171643OO",
        "NL91ÀBNA0417164300",
        "BE68539007547034",
        "NL00XXXX0000000000",
        "",
        "geen",
    ],
)
def test_iban_checks_agree(raw: str) -> None:
    assert check_iban(raw) == _slow_iban(raw)


@given(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=4, max_size=4),
    st.integers(0, 10**10 - 1),
)
def test_iban_checks_agree_on_generated_dutch_ibans(bank: str, account: int) -> None:
    bban = f"{bank}{account:010d}"
    check = 98 - int("".join(str(int(c, 36)) for c in bban + "NL00")) % 97
    valid = f"NL{check:02d}{bban}"
    wrong = f"NL{(check + 1) % 100:02d}{bban}"
    for raw in (valid, wrong):
        assert check_iban(raw) == _slow_iban(raw)


def _slow_phone(raw: str, region: str) -> object:
    phone = normalise_phone.__wrapped__(raw, region)  # type: ignore[attr-defined]
    return phone.problem or (phone.e164, phone.kind)


@pytest.mark.parametrize(
    "raw",
    ["06-12 34 56 78", "0612345678", "+31 6 1234 5678", "0031612345678", "06 1234567", "020 123 4567",
     "+32 470 12 34 56", "612345678", "", "geen", "06-12345678-9"],
)  # fmt: skip
@pytest.mark.parametrize("region", ["NL", "BE"])
def test_phone_checks_agree(raw: str, region: str) -> None:
    assert check_phone(raw, region) == _slow_phone(raw, region)


@given(st.from_regex(r"(\+31|0031|0|\+32)?[ -]?6?[0-9 -]{6,11}", fullmatch=True))
def test_phone_checks_agree_on_generated_numbers(raw: str) -> None:
    assert check_phone(raw, "NL") == _slow_phone(raw, "NL")


_MIXED_CONTACTS: dict[Field, list[str | None]] = {
    Field.EMAIL: ["jan@example.nl", " Jan@Example.NL ", "a@x.local", "geen", "", "a..b@x.nl", None],
    Field.IBAN: ["NL91ABNA0417164300", "nl91 abna 0417 1643 00", "NL91ABNA0417164301", "BE68539007547034"],
    Field.PHONE: ["0612345678", "06-12 34 56 78", "+31612345678", "020 123 4567", "geen", "  "],
}  # fmt: skip


def _read_one_by_one(field: Field, cell: str | None) -> object:
    text = cell.strip() if cell else None
    if not text:
        return None
    if field is Field.PHONE:
        checked = check_phone(text, "NL")
        return ("bad", checked) if isinstance(checked, str) else checked
    value = check_email(text) if field is Field.EMAIL else check_iban(text)
    return ("bad", value.problem) if value.problem else value.value


@pytest.mark.parametrize("field", list(_MIXED_CONTACTS))
def test_columns_read_as_each_value_checked_alone(field: Field) -> None:
    cells = _MIXED_CONTACTS[field]
    _, column = convert_columns({field: list(cells)}, "NL", "dmy", False)[field.value]
    read = [("bad", v.code) if isinstance(v, Bad) else v for v in column]
    assert read == [_read_one_by_one(field, cell) for cell in cells]
