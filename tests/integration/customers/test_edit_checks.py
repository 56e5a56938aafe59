"""A wrong value is refused with a message that names the field and says what to do, and nothing is
saved; every wrong field is listed at once."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from debtordesk.i18n.catalogue import render
from debtordesk.services.customers import InvalidCustomer, update_customer
from debtordesk.services.database import Database

from .factory import audit_entries, edit, row, stored_customer, with_changes

REFUSED: list[tuple[dict[str, Any], str, str, str]] = [
    ({"name": "   "}, "name", "customer.name_required", "Name: the customer needs a name"),
    (
        {"email": "jan@@example"},
        "email",
        "customer.email_invalid",
        "E-mail: 'jan@@example' is not a valid e-mail address",
    ),
    (
        {"mobile": "020 123 4567"},
        "mobile",
        "customer.mobile_wrong_kind",
        "is a fixed-line number, not a mobile one. Put it under Landline",
    ),
    (
        {"landline": "06 12345678"},
        "landline",
        "customer.landline_wrong_kind",
        "Landline: '06 12345678' is a mobile number. Put it under Mobile.",
    ),
    ({"mobile": "12"}, "mobile", "customer.mobile_invalid", "Type it as 06 12345678"),
    (
        {"iban": "NL91 ABNA 0417 1643 01"},
        "iban",
        "customer.iban_invalid",
        "IBAN: 'NL91 ABNA 0417 1643 01' is not a valid IBAN",
    ),
    (
        {"postcode": "123 AB"},
        "postcode",
        "customer.postcode_invalid",
        "Type 4 digits and 2 letters, e.g. 1234 AB",
    ),
    ({"country": "XX"}, "country", "customer.country_invalid", "'XX' is not a country code"),
    ({"language": "de"}, "language", "customer.language_invalid", "choose Dutch or English"),
    (
        {"preferred_payment_day": 32},
        "preferred_payment_day",
        "customer.payment_day_invalid",
        "choose 1 to 31",
    ),
    (
        {"mandate_reference": "MND-1"},
        "mandate_date",
        "customer.mandate_date_missing",
        "needs the date the customer signed the mandate",
    ),
    (
        {"mandate_date": date(2026, 1, 1)},
        "mandate_reference",
        "customer.mandate_reference_missing",
        "a signing date needs the mandate reference too",
    ),
    (
        {"mandate_reference": "MND-1", "mandate_date": date(2999, 1, 1)},
        "mandate_date",
        "customer.mandate_date_future",
        "2999-01-01 is in the future",
    ),
    (
        {"mandate_reference": "MND_1€", "mandate_date": date(2026, 1, 1)},
        "mandate_reference",
        "customer.mandate_reference_invalid",
        "cannot be sent to the bank",
    ),
    ({"coc_number": "1234567"}, "coc_number", "customer.coc_invalid", "a Dutch one has 8 digits"),
    (
        {"attention": "x" * 201},
        "attention",
        "customer.too_long",
        "Attention of: the text is too long; shorten it to at most 200 characters",
    ),
    ({"tags": ("t" * 65,)}, "tags", "customer.tag_too_long", "use at most 64 characters"),
]


@pytest.mark.parametrize(
    ("changes", "field", "code", "words"), REFUSED, ids=[case[2] for case in REFUSED]
)
def test_a_wrong_value_is_refused_and_nothing_is_saved(
    db: Database, changes: dict[str, Any], field: str, code: str, words: str
) -> None:
    customer_id = stored_customer(db)
    with pytest.raises(InvalidCustomer) as refused:
        edit(db, customer_id, city="Utrecht", **changes)
    [problem] = refused.value.problems
    assert (problem.field, problem.message.code, refused.value.code) == (field, code, code)
    assert words in render(refused.value.message)
    assert render(refused.value.message, "nl") != render(refused.value.message, "en")
    stored = row(db, customer_id)
    assert (stored.city, stored.version) == ("Amsterdam", 1)
    assert audit_entries(db) == []


def test_every_wrong_field_is_listed_at_once(db: Database) -> None:
    customer_id = stored_customer(db)
    changes, version = with_changes(
        db, customer_id, email="nope", iban="NL00 0000", postcode="99", name=""
    )
    with pytest.raises(InvalidCustomer) as refused:
        update_customer(db, customer_id, expected_version=version, changes=changes)
    assert [p.field for p in refused.value.problems] == ["name", "postcode", "email", "iban"]


def test_a_foreign_address_keeps_its_own_postcode_and_phone_plan(db: Database) -> None:
    customer_id = stored_customer(db)
    edit(db, customer_id, country="be", postcode="1000", mobile="0470 12 34 56", coc_number="BE 1")
    stored = row(db, customer_id)
    assert (stored.country, stored.postcode, stored.mobile) == ("BE", "1000", "+32470123456")
    assert stored.coc_number == "BE 1"


def test_choosing_another_country_checks_the_postcode_again(db: Database) -> None:
    customer_id = stored_customer(db, country="BE", postcode="1000")
    with pytest.raises(InvalidCustomer) as refused:
        edit(db, customer_id, country="NL")
    assert refused.value.problems[0].field == "postcode"


def test_fields_can_be_cleared(db: Database) -> None:
    customer_id = stored_customer(db, iban="NL91ABNA0417164300", country="NL")
    result = edit(db, customer_id, email=" ", mobile="", iban=None, postcode="", country="")
    stored = row(db, customer_id)
    assert (stored.email, stored.mobile, stored.iban, stored.postcode, stored.country) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert set(result.changed) == {"email", "mobile", "iban", "postcode", "country"}
