"""The legal options: stored for every administration, checked, audited, refused when someone else
changed them; the organisation dialog's save leaves them alone; the dunning queue uses the VAT uplift."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from debtordesk.db.models import AuditLog
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import AllocationOrder, assumed_receipt
from debtordesk.i18n.catalogue import render
from debtordesk.services.administrations import load_organisation, save_organisation
from debtordesk.services.database import Database, administration_id_for
from debtordesk.services.dunning_queue import load_dunning_input
from debtordesk.services.legal_settings import (
    checked_vat_rate,
    load_legal_settings,
    save_legal_settings,
)
from debtordesk.settings.org import (
    LEGAL_OPTIONS,
    OrgSettings,
    allocation_order,
    costs_vat_fraction,
    declared_options,
    postal_rules,
    vat_percent,
)


def test_defaults() -> None:
    settings = OrgSettings()
    assert vat_percent(settings) is None and costs_vat_fraction(settings) is None
    assert allocation_order(settings) is AllocationOrder.LEGAL
    assert settings.waive_costs_when_principal_paid is False
    (rule,) = postal_rules(settings)
    assert (rule.transit_days, rule.margin_days) == (3, 1)
    assert {o.key for o in declared_options("legal")} == set(LEGAL_OPTIONS)
    assert not {o.key for o in declared_options("general")} & set(LEGAL_OPTIONS)


def test_the_options_as_the_rules_use_them() -> None:
    settings = replace(
        OrgSettings(),
        costs_vat_uplift=True,
        costs_vat_rate="9",
        payment_allocation="principal_first",
        postal_transit_days=2,
        postal_margin_days=0,
    )
    assert vat_percent(settings) == Decimal("9")
    assert costs_vat_fraction(settings) == Decimal("0.09")
    assert allocation_order(settings) is AllocationOrder.PRINCIPAL_FIRST
    # posted on Monday 2 March 2026: two delivery days (Tuesday to Saturday) -> Wednesday
    assert assumed_receipt(date(2026, 3, 2), postal_rules(settings)) == date(2026, 3, 4)
    # the default: three days plus one margin -> Friday
    assert assumed_receipt(date(2026, 3, 2), postal_rules(OrgSettings())) == date(2026, 3, 6)
    # a damaged stored value does not break the rules
    assert vat_percent(replace(settings, costs_vat_rate="abc")) == Decimal("21")
    assert allocation_order(replace(settings, payment_allocation="?")) is AllocationOrder.LEGAL


@pytest.mark.parametrize(
    ("typed", "stored"), [("21", "21"), ("9,5", "9.5"), ("20", "20"), ("0", "0"), ("21 %", "21")]
)
def test_vat_rate_forms(typed: str, stored: str) -> None:
    assert checked_vat_rate(typed) == stored


@pytest.mark.parametrize("typed", ["", "x", "-1", "100.5", "9.125", "NaN"])
def test_vat_rate_refused(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        checked_vat_rate(typed)
    assert caught.value.code == "legal_settings.bad_vat_rate"


def test_saved_options_are_stored_and_audited(db: Database) -> None:
    before = load_legal_settings(db)
    after = replace(
        before,
        costs_vat_uplift=True,
        costs_vat_rate="9,5",
        payment_allocation="principal_first",
        waive_costs_when_principal_paid=True,
        postal_transit_days=2,
    )
    stored = save_legal_settings(db, before, after, user_login="anna")
    assert stored == replace(after, costs_vat_rate="9.5")
    assert load_legal_settings(db) == stored
    with db.read() as session:
        audited = {
            row.details["key"]: (row.details["before"], row.details["after"])
            for row in session.scalars(select(AuditLog).where(AuditLog.entity == "org_setting"))
        }
    assert audited == {
        "costs_vat_uplift": (None, True),
        "costs_vat_rate": (None, "9.5"),
        "payment_allocation": (None, "principal_first"),
        "waive_costs_when_principal_paid": (None, True),
        "postal_transit_days": (None, 2),
    }


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"costs_vat_rate": "101"}, "legal_settings.bad_vat_rate"),
        ({"payment_allocation": "interest_first"}, "legal_settings.bad_allocation"),
        ({"postal_transit_days": 0}, "legal_settings.bad_days"),
        ({"postal_margin_days": 11}, "legal_settings.bad_days"),
        ({"recurring_cap_amount": "0"}, "legal_settings.bad_cap_amount"),
        ({"recurring_cap_threshold": "veel"}, "legal_settings.bad_cap_amount"),
        ({"recurring_cap_months": 0}, "legal_settings.bad_cap_months"),
        ({"recurring_cap_months": 25}, "legal_settings.bad_cap_months"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_stored(
    db: Database, change: dict[str, object], code: str
) -> None:
    before = load_legal_settings(db)
    after = replace(before, costs_vat_uplift=True, **change)  # type: ignore[arg-type]
    with pytest.raises(UserError) as caught:
        save_legal_settings(db, before, after)
    assert caught.value.code == code
    assert load_legal_settings(db) == before


def test_days_message_names_the_option(db: Database) -> None:
    before = load_legal_settings(db)
    with pytest.raises(UserError) as caught:
        save_legal_settings(db, before, replace(before, postal_margin_days=11))
    assert render(caught.value.message).startswith("Extra delivery days of margin")
    assert "from 0 to 10" in render(caught.value.message)


def test_a_save_someone_else_beat_is_refused(db: Database) -> None:
    mine = load_legal_settings(db)
    save_legal_settings(db, mine, replace(mine, costs_vat_rate="9"))
    with pytest.raises(UserError) as caught:
        save_legal_settings(db, mine, replace(mine, costs_vat_rate="21.5"))
    assert caught.value.code == "db.conflict"
    assert "the legal settings" in render(caught.value.message)
    assert load_legal_settings(db).costs_vat_rate == "9"
    # an option nobody else touched still saves from the old copy
    saved = save_legal_settings(db, mine, replace(mine, waive_costs_when_principal_paid=True))
    assert (saved.costs_vat_rate, saved.waive_costs_when_principal_paid) == ("9", True)


def test_the_organisation_save_leaves_the_legal_options_alone(db: Database) -> None:
    organisation = load_organisation(db)
    legal = load_legal_settings(db)
    save_legal_settings(db, legal, replace(legal, costs_vat_uplift=True))
    # the organisation dialog was loaded before the legal change and saves a general option
    save_organisation(
        db,
        organisation,
        replace(organisation, settings=replace(organisation.settings, payment_term_days=30)),
    )
    stored = load_legal_settings(db)
    assert (stored.payment_term_days, stored.costs_vat_uplift) == (30, True)


def test_the_queue_input_carries_the_vat_uplift(db: Database) -> None:
    with db.write() as session:
        administration_id = administration_id_for(session, None)
    today = date(2026, 3, 2)
    with db.read() as session:
        assert load_dunning_input(session, administration_id, today).costs_vat_rate is None
    before = load_legal_settings(db)
    save_legal_settings(db, before, replace(before, costs_vat_uplift=True, costs_vat_rate="21"))
    with db.read() as session:
        loaded = load_dunning_input(session, administration_id, today)
    assert loaded.costs_vat_rate == Decimal("0.21")


def test_cap_messages_name_the_option_and_what_to_type(db: Database) -> None:
    before = load_legal_settings(db)
    with pytest.raises(UserError) as caught:
        save_legal_settings(db, before, replace(before, recurring_cap_amount="-5"))
    assert render(caught.value.message) == (
        "Small recurring claim: collection costs at most (€): '-5' is not an amount above 0,00. "
        "Type an amount in euros, e.g. 140,00."
    )
    assert load_legal_settings(db) == before
