"""A database seeded with the first revision of the shipped policies gets the arrangement and
broken-promise steps where the clerk did not change the shipped policy, never where they did; each
decision is audited once (both engines)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from debtordesk.db.models import AuditLog, DunningPolicy
from debtordesk.domain.dunning.defaults import (
    ADDED_IN_REVISION,
    BUSINESS_POLICY_NAME,
    CONSUMER_POLICY_NAME,
    business_policy,
    consumer_policy,
    named_in,
    shipped_at_revision,
)
from debtordesk.domain.dunning.model import Policy
from debtordesk.domain.dunning.serialise import policy_to_dict
from debtordesk.domain.enums import CustomerType
from debtordesk.services.database import Database
from debtordesk.services.policies import KEPT, UPGRADED, list_policies, policy_of, save_policy

NEW_STEPS = ADDED_IN_REVISION[2]


def _store_revision_1(db: Database, *, language: str, consumer_change: bool = False) -> None:
    """The administration's policies as DebtorDesk seeded them before revision 2 (optionally with a
    clerk's change to the consumer policy)."""
    list_policies(db, 1)  # seeds the current revision
    old = {
        CONSUMER_POLICY_NAME: named_in(shipped_at_revision(consumer_policy(0), 1), language),
        BUSINESS_POLICY_NAME: named_in(shipped_at_revision(business_policy(0), 1), language),
    }
    if consumer_change:
        policy = old[CONSUMER_POLICY_NAME]
        old[CONSUMER_POLICY_NAME] = replace(
            policy,
            steps=tuple(
                replace(step, offset_days=8) if step.key == "reminder_1" else step
                for step in policy.steps
            ),
        )
    with db.write() as session:
        for row in session.scalars(select(DunningPolicy)):
            row.steps = policy_to_dict(old[row.name])["steps"]
        session.execute(AuditLog.__table__.delete())


def _policies(db: Database) -> dict[str, Policy]:
    """The policies as stored after the first use (which seeds and upgrades them): list_policies
    itself names the shipped steps in the clerk's language, whatever language stored them."""
    list_policies(db, 1)
    with db.read() as session:
        return {row.name: policy_of(row) for row in session.scalars(select(DunningPolicy))}


def _audits(db: Database) -> list[tuple[int | None, str, dict[str, object]]]:
    with db.read() as session:
        return [
            (row.entity_id, row.action, dict(row.details))
            for row in session.scalars(
                select(AuditLog).where(AuditLog.entity == "dunning_policy").order_by(AuditLog.id)
            )
        ]


def test_unchanged_shipped_policies_get_the_new_steps_in_their_language(db: Database) -> None:
    _store_revision_1(db, language="nl")
    policies = _policies(db)  # the first use after the upgrade
    consumer, business = policies[CONSUMER_POLICY_NAME], policies[BUSINESS_POLICY_NAME]
    assert replace(consumer, id=0) == named_in(consumer_policy(0), "nl")
    assert replace(business, id=0) == named_in(business_policy(0), "nl")
    names = {step.key: step.name for step in consumer.steps}
    assert names["instalment_request"] == "Betaalverzoek voor een termijn van een regeling"
    assert names["broken_promise"] == "Afspraak niet nagekomen"
    audits = _audits(db)
    assert sorted(action for _, action, _ in audits) == [UPGRADED, UPGRADED]
    _, _, details = audits[0]
    assert details["revision"] == 2 and details["language"] == "nl"
    assert set(details["steps"]) == NEW_STEPS  # type: ignore[arg-type]
    assert details["before"] != details["after"]
    # asking again changes nothing and audits nothing
    assert _policies(db) == policies
    assert len(_audits(db)) == 2


def test_a_policy_the_clerk_changed_is_kept_and_said_once(db: Database) -> None:
    _store_revision_1(db, language="en", consumer_change=True)
    policies = _policies(db)
    consumer = policies[CONSUMER_POLICY_NAME]
    assert not NEW_STEPS & {step.key for step in consumer.steps}
    assert {step.key: step.offset_days for step in consumer.steps}["reminder_1"] == 8
    # the business policy was not changed: it is upgraded
    assert {step.key for step in policies[BUSINESS_POLICY_NAME].steps} >= NEW_STEPS
    actions = {entity_id: action for entity_id, action, _ in _audits(db)}
    assert actions == {consumer.id: KEPT, policies[BUSINESS_POLICY_NAME].id: UPGRADED}
    _policies(db)
    assert len(_audits(db)) == 2


def test_steps_the_clerk_removes_after_the_upgrade_stay_removed(db: Database) -> None:
    _store_revision_1(db, language="en")
    records = {record.name: record for record in list_policies(db, 1)}
    consumer = records[CONSUMER_POLICY_NAME]
    back = replace(
        consumer.policy,
        steps=tuple(step for step in consumer.policy.steps if step.key not in NEW_STEPS),
    )
    save_policy(db, 1, back, expected_version=consumer.version)
    # exactly revision 1 again, but the upgrade was made once: it is not made again
    assert replace(_policies(db)[CONSUMER_POLICY_NAME], id=0) == shipped_at_revision(
        consumer_policy(0), 1
    )


def test_a_new_database_is_seeded_with_the_newest_revision_without_an_upgrade(
    db: Database,
) -> None:
    records = list_policies(db, 1)
    by_type = {record.default_for: record.policy for record in records}
    assert {step.key for step in by_type[CustomerType.CONSUMER].steps} >= NEW_STEPS
    assert {step.key for step in by_type[CustomerType.BUSINESS].steps} >= NEW_STEPS
    assert {action for _, action, _ in _audits(db)} == {"seed"}
