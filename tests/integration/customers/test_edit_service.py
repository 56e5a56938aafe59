"""Saving a clerk's edit: normalised values, only the changed fields, name search and type origin,
contact problems, tags, the audit log and the timeline; imported values stay as the source sent them."""

from __future__ import annotations

from datetime import date

from debtordesk.domain.enums import Channel, ClaimType, CustomerType, TypeOrigin
from debtordesk.services.customer_checks import EDITABLE_FIELDS
from debtordesk.services.customers import editable_customer
from debtordesk.services.database import Database
from debtordesk.services.policies import list_policies
from debtordesk.services.views import customer_detail
from tests.integration.views.factory import TODAY

from .factory import audit_entries, edit, edit_events, row, stored_customer


def test_the_form_gets_the_stored_values_and_their_version(db: Database) -> None:
    customer_id = stored_customer(db, tags=("vip", "Noord"), preferred_payment_day=25)
    values, version = editable_customer(db, customer_id)
    assert version == 1
    assert (values.name, values.email, values.mobile) == (
        "Jan Jansen",
        "jan@example.nl",
        "+31612345678",
    )
    assert values.customer_type is CustomerType.CONSUMER
    assert values.tags == ("Noord", "vip")
    assert values.preferred_payment_day == 25


def test_changed_contact_data_is_normalised_and_saved(db: Database) -> None:
    customer_id = stored_customer(db)
    result = edit(
        db,
        customer_id,
        email="  Jan.Jansen@Example.COM ",
        mobile="06-87 65 43 21",
        landline="020 123 4567",
        iban="nl91 abna 0417 1643 00",
        postcode="1234ab",
        country="nl",
    )
    stored = row(db, customer_id)
    assert stored.email == "Jan.Jansen@example.com"
    assert stored.mobile == "+31687654321"
    assert stored.landline == "+31201234567"
    assert stored.iban == "NL91ABNA0417164300"
    assert (stored.postcode, stored.country) == ("1234 AB", "NL")
    assert result.version == stored.version == 2
    assert set(result.changed) == {"email", "mobile", "landline", "iban", "postcode", "country"}
    assert result.values.mobile == "+31687654321"


def test_only_fields_that_really_changed_are_written(db: Database) -> None:
    # an odd stored postcode (from an old import) does not block a change of the e-mail address
    customer_id = stored_customer(db, postcode="1012ab")
    result = edit(db, customer_id, email="nieuw@example.nl", mobile="06 12345678")
    assert result.changed == ("email",)  # the mobile number is the same, typed differently
    stored = row(db, customer_id)
    assert (stored.postcode, stored.mobile) == ("1012ab", "+31612345678")
    [audit] = audit_entries(db)
    assert audit.details == {"email": {"before": "jan@example.nl", "after": "nieuw@example.nl"}}


def test_saving_without_changes_writes_nothing(db: Database) -> None:
    customer_id = stored_customer(db)
    result = edit(db, customer_id, city=" Amsterdam ")
    assert result.changed == ()
    assert row(db, customer_id).version == 1
    assert audit_entries(db) == [] and edit_events(db) == []


def test_every_field_can_be_edited(db: Database) -> None:
    customer_id = stored_customer(db)
    own_policy = list_policies(db, 1)[0].id
    result = edit(
        db,
        customer_id,
        name="Jansen Installatietechniek B.V.",
        customer_type=CustomerType.BUSINESS,
        attention="t.a.v. de administratie",
        address_line1="Keizersgracht 1",
        address_line2="3e verdieping",
        city="Den Haag",
        language="en",
        preferred_channel=Channel.LETTER,
        opt_out_sms=True,
        opt_out_email=True,
        opt_out_call=True,
        segment="Zakelijk",
        tags=("vip",),
        preferred_payment_day=28,
        mandate_reference="MND-2026/001",
        mandate_date=date(2026, 1, 15),
        claim_type=ClaimType.CONSUMER_SALE,
        coc_number="1234 5678",
        email_consent=True,
        policy_override_id=own_policy,
    )
    untouched = {"postcode", "country", "email", "mobile", "landline", "iban"}
    assert set(result.changed) == set(EDITABLE_FIELDS) - untouched
    stored = row(db, customer_id)
    assert stored.name == "Jansen Installatietechniek B.V."
    assert stored.name_search == "jansen installatietechniek b.v."
    assert (stored.customer_type, stored.type_origin) == (CustomerType.BUSINESS, TypeOrigin.MANUAL)
    assert stored.preferred_channel is Channel.LETTER
    assert (stored.opt_out_sms, stored.opt_out_email, stored.opt_out_call) == (True, True, True)
    assert (stored.mandate_reference, stored.mandate_date) == ("MND-2026/001", date(2026, 1, 15))
    assert stored.claim_type is ClaimType.CONSUMER_SALE
    assert stored.coc_number == "12345678"
    assert [tag.tag for tag in stored.tags] == ["vip"]
    assert (stored.email_consent, stored.policy_override_id) == (True, own_policy)


def test_the_search_name_follows_the_name(db: Database) -> None:
    customer_id = stored_customer(db)
    edit(db, customer_id, name="  Çelik   Özer ")
    stored = row(db, customer_id)
    assert (stored.name, stored.name_search) == ("Çelik Özer", "celik ozer")


def test_imported_values_are_left_as_the_source_sent_them(db: Database) -> None:
    imported = {"email": "jan@example.nl", "name": "Jan Jansen"}
    customer_id = stored_customer(db, imported_values=imported)
    edit(db, customer_id, email="j.jansen@example.nl", name="J. Jansen")
    assert row(db, customer_id).imported_values == imported


def test_a_corrected_field_loses_its_contact_problem(db: Database) -> None:
    problems = [
        {"field": "phone", "code": "contact.phone_invalid", "value": "06-123"},
        {"field": "email", "code": "contact.email_invalid", "value": "jan@@example"},
        {"field": "iban", "code": "contact.iban_invalid", "value": "NL00"},
    ]
    customer_id = stored_customer(db, mobile=None, contact_problems=problems)
    edit(db, customer_id, mobile="0612345678", email="jan@example.com")
    assert row(db, customer_id).contact_problems == [problems[2]]


def test_tags_are_replaced_and_a_tag_change_alone_bumps_the_version(db: Database) -> None:
    customer_id = stored_customer(db, tags=("vip", "Noord"))
    result = edit(db, customer_id, tags=("Noord", " betalingsregeling ", "noord", ""))
    assert result.changed == ("tags",)
    stored = row(db, customer_id)
    assert sorted(tag.tag for tag in stored.tags) == ["Noord", "betalingsregeling"]
    assert stored.version == 2
    [audit] = audit_entries(db)
    assert audit.details == {
        "tags": {"before": ["Noord", "vip"], "after": ["betalingsregeling", "Noord"]}
    }


def test_the_audit_log_keeps_before_and_after_with_the_clerk(db: Database) -> None:
    customer_id = stored_customer(db)
    edit(db, customer_id, mobile="06 87654321", customer_type=CustomerType.BUSINESS)
    [audit] = audit_entries(db)
    assert (audit.entity_id, audit.action) == (customer_id, "edit")
    assert audit.details == {
        "customer_type": {"before": "consumer", "after": "business"},
        "mobile": {"before": "+31612345678", "after": "+31687654321"},
    }
    detail = customer_detail(db, customer_id, today=TODAY)
    assert detail.timeline[0].user_login == "clerk1"


def test_the_timeline_names_the_changed_fields_in_the_readers_language(db: Database) -> None:
    customer_id = stored_customer(db)
    edit(db, customer_id, email="nieuw@example.nl", landline="020 123 4567", opt_out_call=True)
    [event] = edit_events(db)
    assert "nieuw@example.nl" not in str(event.params)  # names of fields, not the values
    english = customer_detail(db, customer_id, today=TODAY, language="en").timeline[0]
    dutch = customer_detail(db, customer_id, today=TODAY, language="nl").timeline[0]
    assert english.text == "Changed by hand: E-mail, Landline, No phone calls."
    assert dutch.text == "Met de hand gewijzigd: E-mail, Vaste telefoon, Niet bellen."
