"""The organisation settings service: checks, saving with an audit trail, refusing stale saves."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from debtordesk.db.models import Administration, AuditLog
from debtordesk.domain.errors import UserError
from debtordesk.services.administrations import (
    AdministrationDetails,
    checked_administration,
    list_administrations,
    load_organisation,
    save_organisation,
)
from debtordesk.services.database import Database
from debtordesk.services.org_settings import load_org_settings


def test_loads_the_default_administration_and_settings(db: Database) -> None:
    organisation = load_organisation(db)
    assert organisation.administration.name == "Mijn administratie"
    assert organisation.administration.version == 1
    assert organisation.settings.payment_term_days == 14
    assert [a.code for a in list_administrations(db)] == ["MAIN"]


def test_saves_details_cleaned_and_audited(db: Database) -> None:
    before = load_organisation(db)
    wanted = replace(
        before.administration,
        name="  Kinderopvang   De Zonnebloem B.V. ",
        iban="nl91 abna 0417 1643 00",
        account_holder="Kinderopvang De Zonnebloem B.V.",
        bic="abnanl2a",
        postcode="1234ab",
        city="Utrecht",
        email="info@zonnebloem.example",
        phone="030 123 4567",
        coc_number="1234.5678",
        vat_number="nl 123456789 b01",
    )
    after = save_organisation(
        db, before, replace(before, administration=wanted), user_login="clerk1"
    )
    saved = after.administration
    assert saved.name == "Kinderopvang De Zonnebloem B.V."
    assert saved.iban == "NL91ABNA0417164300"
    assert saved.bic == "ABNANL2A"
    assert saved.postcode == "1234 AB"
    assert saved.coc_number == "12345678"
    assert saved.vat_number == "NL123456789B01"
    assert saved.version == 2
    with db.read() as session:
        row = session.scalars(select(Administration)).one()
        assert row.iban == "NL91ABNA0417164300"
        audit = session.scalars(select(AuditLog).where(AuditLog.entity == "administration")).one()
        assert audit.details["iban"] == {"before": None, "after": "NL91ABNA0417164300"}


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", "  ", "administration.name_required"),
        ("iban", "NL91ABNA0417164301", "administration.iban_invalid"),
        ("bic", "ABN", "administration.bic_invalid"),
        ("postcode", "12345", "administration.postcode_invalid"),
        ("email", "info@", "administration.email_invalid"),
        ("phone", "12", "administration.phone_invalid"),
        ("coc_number", "1234", "administration.coc_invalid"),
        ("vat_number", "NL12345B01", "administration.vat_invalid"),
        ("country", "Nederland", "administration.country_invalid"),
        ("city", "x" * 101, "administration.too_long"),
    ],
)
def test_bad_details_are_refused_and_nothing_changes(
    db: Database, field: str, value: str, code: str
) -> None:
    before = load_organisation(db)
    wanted = replace(before.administration, **{field: value})
    with pytest.raises(UserError) as raised:
        save_organisation(db, before, replace(before, administration=wanted))
    assert raised.value.code == code
    assert load_organisation(db) == before


def test_an_iban_needs_its_account_holder(db: Database) -> None:
    details = AdministrationDetails(id=1, code="MAIN", name="X", iban="NL91ABNA0417164300")
    with pytest.raises(UserError) as raised:
        checked_administration(details)
    assert raised.value.code == "administration.holder_required"


def test_a_stale_save_is_refused(db: Database) -> None:
    first = load_organisation(db)
    second = load_organisation(db)
    save_organisation(
        db, first, replace(first, administration=replace(first.administration, city="Delft"))
    )
    with pytest.raises(UserError) as raised:
        save_organisation(
            db, second, replace(second, administration=replace(second.administration, city="Ede"))
        )
    assert raised.value.code == "db.conflict"
    assert "administration details" in str(raised.value.message.params["what"])
    assert load_organisation(db).administration.city == "Delft"


def test_settings_are_saved_to_the_database(db: Database) -> None:
    before = load_organisation(db)
    wanted = replace(before.settings, payment_term_days=30, default_currency="usd")
    save_organisation(db, before, replace(before, settings=wanted), user_login="clerk1")
    with db.read() as session:
        stored = load_org_settings(session, None)
        assert stored.payment_term_days == 30
        assert stored.default_currency == "USD"
        keys = {row.details["key"] for row in session.scalars(select(AuditLog))}
        assert keys == {"payment_term_days", "default_currency"}


def test_a_stale_setting_is_refused(db: Database) -> None:
    first = load_organisation(db)
    second = load_organisation(db)
    save_organisation(
        db, first, replace(first, settings=replace(first.settings, payment_term_days=21))
    )
    with pytest.raises(UserError) as raised:
        save_organisation(
            db, second, replace(second, settings=replace(second.settings, payment_term_days=7))
        )
    assert raised.value.code == "db.conflict"
    assert load_organisation(db).settings.payment_term_days == 21
    # a setting nobody else touched still saves from the older form
    save_organisation(
        db, second, replace(second, settings=replace(second.settings, default_language="en"))
    )
    assert load_organisation(db).settings.default_language == "en"


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("payment_term_days", -1, "settings.out_of_range"),
        ("payment_term_days", 400, "settings.out_of_range"),
        ("snapshot_close_confirm_ratio", 0.0, "settings.out_of_range"),
        ("default_language", "de", "settings.not_a_choice"),
        ("unknown_customer_type", "alien", "settings.not_a_choice"),
        ("default_phone_region", "XX", "settings.not_a_choice"),
        ("default_currency", "EURO", "settings.not_a_choice"),
    ],
)
def test_bad_settings_are_refused(db: Database, field: str, value: object, code: str) -> None:
    before = load_organisation(db)
    with pytest.raises(UserError) as raised:
        save_organisation(
            db, before, replace(before, settings=replace(before.settings, **{field: value}))
        )
    assert raised.value.code == code
    assert load_organisation(db) == before


def test_untouched_odd_details_do_not_block_a_settings_change(db: Database) -> None:
    with db.write() as session:
        session.scalars(select(Administration)).one().postcode = "not a postcode"
    before = load_organisation(db)
    save_organisation(
        db, before, replace(before, settings=replace(before.settings, payment_term_days=10))
    )
    assert load_organisation(db).settings.payment_term_days == 10
