"""Deleting a dunning policy nothing uses (audited), refused with every use and what to do first;
making a policy the default moves the flag, is audited, and refuses what would leave a customer type
without a usable default; finding a policy by name."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from debtordesk.db.models import AuditLog, DunningPolicy
from debtordesk.domain.dunning.defaults import (
    BUSINESS_POLICY_NAME,
    CONSUMER_POLICY_NAME,
    business_policy,
    consumer_policy,
)
from debtordesk.domain.dunning.model import SegmentRule
from debtordesk.domain.enums import CustomerType
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render, set_language
from debtordesk.services.database import Database
from debtordesk.services.policies import (
    PolicyInUse,
    PolicyRecord,
    delete_policy,
    delete_segment_rule,
    find_policy,
    get_policy,
    list_policies,
    make_default_policy,
    save_policy,
    save_segment_rule,
    set_customer_policy,
)
from tests.integration.dunning.factory import add_communication
from tests.integration.views.factory import add_customer


def _audits(db: Database, action: str) -> list[AuditLog]:
    with db.read() as session:
        found = list(
            session.scalars(
                select(AuditLog)
                .where(AuditLog.entity == "dunning_policy", AuditLog.action == action)
                .order_by(AuditLog.id)
            )
        )
        session.expunge_all()
        return found


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(DunningPolicy)) or 0)


def _strict(db: Database, name: str = "Strict") -> PolicyRecord:
    list_policies(db, 1)
    return save_policy(db, 1, replace(business_policy(0), name=name))


def _refusal(db: Database, policy_id: int) -> PolicyInUse:
    with pytest.raises(PolicyInUse) as refused:
        delete_policy(db, policy_id, user_login="lead")
    return refused.value


def test_a_policy_nothing_uses_is_deleted_and_audited(db: Database) -> None:
    strict = _strict(db)
    before = _count(db)
    deleted = delete_policy(db, strict.id, expected_version=strict.version, user_login="lead")
    assert deleted.name == "Strict"
    assert _count(db) == before - 1
    assert "Strict" not in {p.name for p in list_policies(db, 1)}
    (audit,) = _audits(db, "delete")
    assert audit.entity_id == strict.id
    assert audit.details["before"]["name"] == "Strict"
    assert audit.details["before"]["steps"]
    # gone: asking again says so
    with pytest.raises(UserError) as missing:
        delete_policy(db, strict.id)
    assert missing.value.code == "policies.missing"


def test_a_default_policy_is_not_deleted(db: Database) -> None:
    consumer = next(p for p in list_policies(db, 1) if p.default_for is CustomerType.CONSUMER)
    refused = _refusal(db, consumer.id)
    assert refused.code == "policies.in_use"
    assert [use.code for use in refused.uses] == ["policies.use.default.consumer"]
    text = render(refused.message)
    assert f"'{CONSUMER_POLICY_NAME}' was not deleted" in text
    assert "make another policy the default for consumers first" in text
    assert get_policy(db, consumer.id).default_for is CustomerType.CONSUMER
    assert _audits(db, "delete") == []


def test_a_policy_customers_have_as_their_own_is_not_deleted(db: Database) -> None:
    strict = _strict(db)
    with db.write() as session:
        customers = [add_customer(session, f"K{i}", f"Klant {i}") for i in range(2)]
    for customer in customers:
        set_customer_policy(db, customer, strict.id)
    refused = _refusal(db, strict.id)
    assert [(u.code, u.params["count"]) for u in refused.uses] == [("policies.use.customers", 2)]
    assert "2 customers have it as their own policy" in render(refused.message)
    # cleared: then it goes
    for customer in customers:
        set_customer_policy(db, customer, None)
    delete_policy(db, strict.id)
    assert "Strict" not in {p.name for p in list_policies(db, 1)}


def test_a_policy_a_segment_rule_chooses_is_not_deleted(db: Database) -> None:
    strict = _strict(db)
    rule = save_segment_rule(db, 1, SegmentRule(name="Late payers", policy_id=strict.id))
    refused = _refusal(db, strict.id)
    assert [u.code for u in refused.uses] == ["policies.use.rules"]
    assert "'Late payers'" in render(refused.message)
    delete_segment_rule(db, rule.id)
    delete_policy(db, strict.id)


def test_a_policy_with_communications_is_kept_for_the_history(db: Database) -> None:
    strict = _strict(db)
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan")
        add_communication(session, customer, [], policy_id=strict.id)
    refused = _refusal(db, strict.id)
    assert [u.code for u in refused.uses] == ["policies.use.history"]
    text = render(refused.message)
    assert "1 communication was planned" in text and "'Strict (old)'" in text
    set_language("nl")  # the uses are worded in the language of the clerk who asked
    try:
        assert "'Strict (oud)'" in render(_refusal(db, strict.id).message)
    finally:
        set_language("en")
    assert get_policy(db, strict.id).name == "Strict"


def test_every_use_is_named_at_once_history_first(db: Database) -> None:
    strict = _strict(db)
    make_default_policy(db, strict.id, CustomerType.BUSINESS)
    save_segment_rule(db, 1, SegmentRule(name="Big", policy_id=strict.id))
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan", customer_type=CustomerType.BUSINESS)
        add_communication(session, customer, [], policy_id=strict.id)
    set_customer_policy(db, customer, strict.id)
    refused = _refusal(db, strict.id)
    assert [u.code for u in refused.uses] == [
        "policies.use.history",
        "policies.use.default.business",
        "policies.use.customers",
        "policies.use.rules",
    ]


def test_a_stale_delete_is_refused(db: Database) -> None:
    strict = _strict(db)
    save_policy(db, 1, replace(strict.policy, name="Strict 2"), expected_version=strict.version)
    with pytest.raises(UserError) as refused:
        delete_policy(db, strict.id, expected_version=strict.version)
    assert refused.value.code == "db.conflict"
    assert get_policy(db, strict.id).name == "Strict 2"


def test_make_default_moves_the_flag_and_is_audited(db: Database) -> None:
    strict = _strict(db)
    business = next(p for p in list_policies(db, 1) if p.default_for is CustomerType.BUSINESS)
    make_default_policy(
        db, strict.id, CustomerType.BUSINESS, expected_version=strict.version, user_login="lead"
    )
    defaults = {p.default_for: p.name for p in list_policies(db, 1) if p.default_for}
    assert defaults == {
        CustomerType.BUSINESS: "Strict",
        CustomerType.CONSUMER: CONSUMER_POLICY_NAME,
    }
    (audit,) = _audits(db, "make_default")
    assert audit.entity_id == strict.id
    assert audit.details == {
        "customer_type": "business",
        "previous": BUSINESS_POLICY_NAME,
        "previous_id": business.id,
    }
    # the previous default can go now; asking again changes nothing
    delete_policy(db, business.id)
    make_default_policy(db, strict.id, CustomerType.BUSINESS)
    assert len(_audits(db, "make_default")) == 1


def test_make_default_refuses_what_would_leave_a_type_without_a_usable_default(
    db: Database,
) -> None:
    policies = list_policies(db, 1)
    consumer = next(p for p in policies if p.default_for is CustomerType.CONSUMER)
    with pytest.raises(UserError) as refused:
        make_default_policy(db, consumer.id, CustomerType.BUSINESS)
    assert refused.value.code == "policies.default_of_other.consumer"
    only_consumers = save_policy(
        db,
        1,
        replace(consumer_policy(0), name="Consumers only", customer_type=CustomerType.CONSUMER),
    )
    with pytest.raises(UserError) as refused:
        make_default_policy(db, only_consumers.id, CustomerType.BUSINESS)
    assert refused.value.code == "policies.default_for_other.business"
    assert "every business would be blocked" in render(refused.value.message)
    with pytest.raises(UserError) as stale:
        make_default_policy(db, only_consumers.id, CustomerType.CONSUMER, expected_version=99)
    assert stale.value.code == "db.conflict"
    defaults = {p.default_for: p.id for p in list_policies(db, 1) if p.default_for}
    assert defaults[CustomerType.CONSUMER] == consumer.id
    assert _audits(db, "make_default") == []


def test_a_policy_is_found_by_its_exact_name_or_by_a_unique_capitalisation(db: Database) -> None:
    strict = _strict(db)
    assert find_policy(db, 1, "Strict").id == strict.id
    assert find_policy(db, 1, " strict ").id == strict.id
    with pytest.raises(UserError) as unknown:
        find_policy(db, 1, "Lenient")
    assert unknown.value.code == "policies.unknown_name"
    assert "Strict" in str(unknown.value.message.params["names"])
