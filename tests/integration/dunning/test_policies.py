"""Stored policies and segment rules: the shipped defaults, saving with checks and locking, audit."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from debtordesk.db.models import AuditLog, Customer, CustomerEvent, DunningPolicy
from debtordesk.domain.dunning.defaults import business_policy, consumer_policy, named_in
from debtordesk.domain.dunning.model import SegmentRule
from debtordesk.domain.enums import CustomerType
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import set_language
from debtordesk.services.administrations import create_administration
from debtordesk.services.database import Database
from debtordesk.services.policies import (
    InvalidPolicy,
    delete_segment_rule,
    get_policy,
    list_policies,
    list_segment_rules,
    make_default_policy,
    payment_reference_kind,
    save_policy,
    save_segment_rule,
    set_customer_policy,
    set_payment_reference_kind,
)
from tests.integration.views.factory import add_customer


def _audits(db: Database, entity: str) -> list[AuditLog]:
    with db.read() as session:
        found = list(
            session.scalars(select(AuditLog).where(AuditLog.entity == entity).order_by(AuditLog.id))
        )
        session.expunge_all()
        return found


def test_the_shipped_policies_are_the_defaults_on_first_use(db: Database) -> None:
    policies = list_policies(db, 1)
    by_type = {p.default_for: p for p in policies}
    assert set(by_type) == {CustomerType.CONSUMER, CustomerType.BUSINESS}
    consumer = by_type[CustomerType.CONSUMER]
    # what is stored is what the domain ships, step by step
    assert consumer.policy == replace(consumer_policy(consumer.id))
    business = by_type[CustomerType.BUSINESS]
    assert business.policy == business_policy(business.id)
    # asking again adds nothing
    assert [p.id for p in list_policies(db, 1)] == [p.id for p in policies]
    assert len(_audits(db, "dunning_policy")) == 2


def test_a_dutch_team_gets_the_shipped_steps_named_in_dutch(db: Database) -> None:
    set_language("nl")
    try:
        policies = {p.default_for: p.policy for p in list_policies(db, 1)}
    finally:
        set_language("en")
    consumer = policies[CustomerType.CONSUMER]
    assert consumer.name == "Consumer (NL)"
    names = {step.key: step.name for step in consumer.steps}
    assert names["fourteen_day_letter"] == "Veertiendagenbrief"
    assert names["reminder_2"] == "Tweede herinnering"
    # only the names differ from what the domain ships
    assert consumer == named_in(consumer_policy(consumer.id), "nl")
    assert [replace(s, name="") for s in consumer.steps] == [
        replace(s, name="") for s in consumer_policy(consumer.id).steps
    ]


def test_a_new_administration_gets_its_own_default_policies(db: Database) -> None:
    created = create_administration(db, code="NOORD", name="Noord BV", user_login="lead")
    with db.read() as session:
        rows = session.execute(
            select(DunningPolicy.name, DunningPolicy.is_default_for).where(
                DunningPolicy.administration_id == created.id
            )
        ).all()
    assert sorted((name, str(kind)) for name, kind in rows) == [
        ("Business (NL)", "business"),
        ("Consumer (NL)", "consumer"),
    ]
    assert not [p for p in list_policies(db, 1) if p.policy.name == "x"]


def test_saving_a_changed_policy_is_audited_and_bumps_the_version(db: Database) -> None:
    record = next(p for p in list_policies(db, 1) if p.default_for is CustomerType.CONSUMER)
    changed = replace(record.policy, min_amount=Decimal("10.00"), name="Consumenten")
    saved = save_policy(db, 1, changed, expected_version=record.version, user_login="lead")
    assert saved.version == record.version + 1
    assert get_policy(db, record.id).policy == changed
    change = _audits(db, "dunning_policy")[-1]
    assert change.action == "change"
    assert change.details["before"]["min_amount"] == "5.00"
    assert change.details["after"]["min_amount"] == "10.00"
    assert change.details["after"]["name"] == "Consumenten"


def test_a_stale_save_is_refused(db: Database) -> None:
    record = list_policies(db, 1)[0]
    save_policy(db, 1, replace(record.policy, tolerance=Decimal("2.00")), expected_version=1)
    with pytest.raises(UserError) as refused:
        save_policy(db, 1, replace(record.policy, tolerance=Decimal("3.00")), expected_version=1)
    assert refused.value.code == "db.conflict"
    assert get_policy(db, record.id).policy.tolerance == Decimal("2.00")


def test_a_policy_with_problems_is_refused_with_all_of_them(db: Database) -> None:
    consumer = consumer_policy(0)
    bad = replace(
        consumer,
        name="Bad",
        min_amount=Decimal("-1.00"),
        steps=(replace(consumer.steps[0], fee=Decimal("5.00")), *consumer.steps[1:]),
    )
    with pytest.raises(InvalidPolicy) as refused:
        save_policy(db, 1, bad)
    codes = {problem.code for problem in refused.value.problems}
    assert "dunning.policy.min_amount_negative" in codes
    assert len(codes) >= 2  # the consumer fee too
    assert "Bad" not in {p.name for p in list_policies(db, 1)}


def test_a_new_policy_with_a_taken_name_is_refused(db: Database) -> None:
    list_policies(db, 1)
    with pytest.raises(UserError) as refused:
        save_policy(db, 1, replace(business_policy(0), name="consumer (nl)"))
    assert refused.value.code == "policies.name_taken"
    copy = save_policy(db, 1, replace(business_policy(0), name="Business strict"))
    assert copy.default_for is None
    assert copy.id not in {p.id for p in list_policies(db, 1) if p.default_for}


def test_make_default_moves_the_default(db: Database) -> None:
    list_policies(db, 1)
    strict = save_policy(db, 1, replace(business_policy(0), name="Business strict"))
    make_default_policy(db, strict.id, CustomerType.BUSINESS, user_login="lead")
    defaults = {p.default_for: p.name for p in list_policies(db, 1) if p.default_for}
    assert defaults == {
        CustomerType.BUSINESS: "Business strict",
        CustomerType.CONSUMER: "Consumer (NL)",
    }


def test_a_customer_gets_and_loses_its_own_policy(db: Database) -> None:
    with db.write() as session:
        customer_id = add_customer(session, "K1", "Jan")
    strict = save_policy(db, 1, replace(business_policy(0), name="Strict"))
    set_customer_policy(db, customer_id, strict.id, user_login="lead")
    assert get_policy(db, strict.id).customers == 1
    set_customer_policy(db, customer_id, None, user_login="lead")
    with db.read() as session:
        assert session.get_one(Customer, customer_id).policy_override_id is None
        codes = list(
            session.scalars(
                select(CustomerEvent.code)
                .where(CustomerEvent.customer_id == customer_id)
                .order_by(CustomerEvent.id)
            )
        )
    assert codes == ["event.dunning.policy_set", "event.dunning.policy_cleared"]
    assert [a.details["after"] for a in _audits(db, "customer")] == [strict.id, None]


def test_a_policy_of_another_administration_is_refused_for_a_customer(db: Database) -> None:
    other = create_administration(db, code="NOORD", name="Noord BV")
    foreign = next(p for p in list_policies(db, other.id) if p.default_for)
    with db.write() as session:
        customer_id = add_customer(session, "K1", "Jan")
    with pytest.raises(UserError) as refused:
        set_customer_policy(db, customer_id, foreign.id)
    assert refused.value.code == "policies.other_administration"


def test_segment_rules_are_saved_listed_in_priority_order_and_deleted(db: Database) -> None:
    policies = list_policies(db, 1)
    business = next(p for p in policies if p.default_for is CustomerType.BUSINESS)
    late = save_segment_rule(
        db,
        1,
        SegmentRule(
            name="Always late",
            policy_id=business.id,
            priority=20,
            min_average_days_late=Decimal("12.5"),
            tags=frozenset({"risk", " vip "}),
        ),
        user_login="lead",
    )
    save_segment_rule(
        db,
        1,
        SegmentRule(
            name="Business", policy_id=business.id, priority=10, customer_type=CustomerType.BUSINESS
        ),
    )
    rules = list_segment_rules(db, 1)
    assert [r.rule.name for r in rules] == ["Business", "Always late"]
    assert rules[1].rule.tags == frozenset({"risk", "vip"})
    assert rules[1].rule.min_average_days_late == Decimal("12.50")
    with pytest.raises(UserError) as refused:
        save_segment_rule(db, 1, SegmentRule(name="always LATE", policy_id=business.id))
    assert refused.value.code == "segments.name_taken"
    changed = save_segment_rule(
        db,
        1,
        replace(late.rule, priority=5),
        rule_id=late.id,
        expected_version=late.version,
    )
    assert changed.version == late.version + 1
    assert [r.rule.name for r in list_segment_rules(db, 1)] == ["Always late", "Business"]
    delete_segment_rule(db, late.id)
    assert [r.rule.name for r in list_segment_rules(db, 1)] == ["Business"]
    assert [a.action for a in _audits(db, "segment_rule")] == [
        "create",
        "create",
        "change",
        "delete",
    ]


def test_the_payment_reference_kind_is_rf_until_changed(db: Database) -> None:
    assert payment_reference_kind(db, 1) == "rf"
    set_payment_reference_kind(db, 1, "kenmerk", user_login="lead")
    assert payment_reference_kind(db, 1) == "kenmerk"
    with pytest.raises(UserError) as refused:
        set_payment_reference_kind(db, 1, "iban")
    assert refused.value.code == "policies.reference_kind"
