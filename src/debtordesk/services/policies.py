"""Dunning policies and segment rules of an administration: the shipped defaults seeded on first use
(and brought up to the newest shipped revision where the clerk did not change them:
:func:`upgrade_shipped_policies`), listing, finding one by name, saving (checked by the domain,
optimistic locking, audited), choosing the defaults, deleting a policy nothing uses, a customer's
own policy, and how payment references are made.

A policy is stored as columns (name, amounts, options the queries need) plus its steps as JSON written
by :func:`~debtordesk.domain.dunning.serialise.policy_to_dict`; whatever else that dict holds goes into
``options``, so a policy field added to the domain later survives a save without a migration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.db.models import Administration, AuditLog, Communication, Customer, DunningPolicy
from debtordesk.db.models import SegmentRule as SegmentRuleRow
from debtordesk.domain.dunning.defaults import (
    ADDED_IN_REVISION,
    BUSINESS_POLICY_NAME,
    CONSUMER_POLICY_NAME,
    SHIPPED_REVISION,
    business_policy,
    consumer_policy,
    named_in,
    shipped_at_revision,
    shipped_names_in,
)
from debtordesk.domain.dunning.model import Policy, SegmentRule
from debtordesk.domain.dunning.serialise import policy_from_dict, policy_to_dict
from debtordesk.domain.dunning.validate import policy_problems
from debtordesk.domain.enums import Channel, CustomerType
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import current_language, render
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for

#: policy fields kept in columns of their own; the rest of policy_to_dict goes into ``options``
_COLUMNS = frozenset({"name", "steps", "min_amount", "tolerance", "requires_fourteen_day_letter"})

#: how payment references are made (see Administration.payment_reference_kind)
REFERENCE_KINDS = ("rf", "invoice_number", "kenmerk")


class InvalidPolicy(UserError):
    """The policy was refused; ``problems`` lists everything wrong with it (the message is the first)."""

    def __init__(self, problems: Sequence[Message]) -> None:
        first = problems[0]
        super().__init__(first.code, **dict(first.params))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class PolicyRecord:
    """A stored policy: the domain policy (its ``id`` is the row id) and what the editor needs."""

    policy: Policy
    #: the policy of customers of this type that no segment rule or override places
    default_for: CustomerType | None
    version: int
    #: customers with this policy as their own
    customers: int = 0

    @property
    def id(self) -> int:
        return self.policy.id

    @property
    def name(self) -> str:
        return self.policy.name


@dataclass(frozen=True)
class SegmentRuleRecord:
    id: int
    rule: SegmentRule
    version: int


# --------------------------------------------------------------------------- rows <-> domain


def policy_of(row: DunningPolicy) -> Policy:
    """The domain policy a stored row describes."""
    return policy_from_dict(
        {
            **(row.options or {}),
            "name": row.name,
            "steps": row.steps,
            "min_amount": str(row.min_amount),
            "tolerance": str(row.tolerance),
            "requires_fourteen_day_letter": row.requires_fourteen_day_letter,
        },
        row.id,
    )


def policy_shown(row: DunningPolicy) -> Policy:
    """The policy as the clerk reads it: :func:`policy_of` with the steps that still carry a
    shipped name (seeded in English or in Dutch) named in the current language."""
    return shipped_names_in(policy_of(row), current_language())


def _write_policy(row: DunningPolicy, policy: Policy) -> None:
    data = policy_to_dict(policy)
    row.name = policy.name
    row.steps = list(data["steps"])
    row.min_amount = policy.min_amount
    row.tolerance = policy.tolerance
    row.requires_fourteen_day_letter = policy.requires_fourteen_day_letter
    row.options = {k: v for k, v in data.items() if k not in _COLUMNS}


def segment_rule_of(row: SegmentRuleRow) -> SegmentRule:
    return SegmentRule(
        name=row.name,
        policy_id=row.policy_id,
        priority=row.priority,
        customer_type=row.customer_type,
        tags=frozenset(str(tag) for tag in row.tags or ()),
        min_average_days_late=row.min_average_days_late,
        min_stornos_12_months=row.min_stornos_12_months,
        preferred_channel=row.preferred_channel,
    )


# --------------------------------------------------------------------------- the shipped defaults


def _shipped() -> dict[CustomerType, Policy]:
    """The shipped policies, their steps named in the language of the clerk who seeds them."""
    language = current_language()
    return {
        CustomerType.CONSUMER: named_in(consumer_policy(0), language),
        CustomerType.BUSINESS: named_in(business_policy(0), language),
    }


def has_default_policies(session: Session, administration_id: int) -> bool:
    count = session.scalar(
        select(func.count())
        .select_from(DunningPolicy)
        .where(
            DunningPolicy.administration_id == administration_id,
            DunningPolicy.is_default_for.is_not(None),
        )
    )
    return int(count or 0) >= len(CustomerType)


def ensure_default_policies(
    session: Session, administration_id: int, user_id: int | None = None, *, audit: bool = True
) -> bool:
    """Give the administration the shipped "Consumer (NL)" and "Business (NL)" policies as its
    defaults where it has no default for a customer type yet; True when anything was added.

    A stored policy that already carries the shipped name becomes the default instead of a copy.
    ``audit=False`` for a caller that audits the whole action itself (the demo).
    """
    defaults = set(
        session.scalars(
            select(DunningPolicy.is_default_for).where(
                DunningPolicy.administration_id == administration_id,
                DunningPolicy.is_default_for.is_not(None),
            )
        )
    )
    added = False
    for customer_type, shipped in _shipped().items():
        if customer_type in defaults:
            continue
        row = session.scalars(
            select(DunningPolicy).where(
                DunningPolicy.administration_id == administration_id,
                DunningPolicy.name == shipped.name,
            )
        ).first()
        if row is None:
            row = DunningPolicy(administration_id=administration_id, created_by_id=user_id)
            _write_policy(row, shipped)
            session.add(row)
        row.is_default_for = customer_type
        row.updated_by_id = user_id
        session.flush()
        added = True
        if not audit:
            continue
        record_audit(
            session,
            user_id=user_id,
            administration_id=administration_id,
            entity="dunning_policy",
            entity_id=row.id,
            action="seed",
            details={"name": row.name, "default_for": customer_type.value},
        )
    return added


def seed_default_policies(db: Database, administration_id: int) -> None:
    """The shipped policies for an administration that has none yet (first use); otherwise the
    stored shipped policies brought up to the newest revision where that is due (once, see
    :func:`upgrade_shipped_policies`); a no-op after that.

    Two workstations seeding at once: the loser's insert fails on the unique default and it finds the
    winner's policies instead; two upgrading at once: the loser's write meets the winner's version.
    """
    with db.read() as session:
        seeded = has_default_policies(session, administration_id)
        due = seeded and _upgrades_due(session, administration_id)
    if seeded:
        if due:
            try:
                with db.write() as session:
                    upgrade_shipped_policies(session, administration_id)
            except StaleDataError:  # another workstation upgraded the same policy meanwhile
                pass
        return
    try:
        with db.write() as session:
            ensure_default_policies(session, administration_id)
    except IntegrityError:
        with db.read() as session:
            if not has_default_policies(session, administration_id):
                raise


# --------------------------------------------------------------------------- upgrading the shipped


#: audit actions that record a shipped policy's upgrade (made, or left to the clerk): each is done once
UPGRADED = "shipped_upgrade"
KEPT = "shipped_kept"


@dataclass(frozen=True)
class ShippedUpgrade:
    """What :func:`upgrade_shipped_policies` did with one stored policy."""

    policy_id: int
    name: str
    #: True: the steps were added; False: the clerk had changed the policy, it stays as it is
    upgraded: bool
    steps: tuple[str, ...]
    message: Message


def _shipped_by_name() -> dict[str, Policy]:
    return {CONSUMER_POLICY_NAME: consumer_policy(0), BUSINESS_POLICY_NAME: business_policy(0)}


def _candidates(session: Session, administration_id: int) -> list[DunningPolicy]:
    """The stored policies that carry a shipped name, without the steps the newest revision added
    and without a recorded upgrade (made or left to the clerk)."""
    shipped = _shipped_by_name()
    rows = session.scalars(
        select(DunningPolicy)
        .where(
            DunningPolicy.administration_id == administration_id,
            DunningPolicy.name.in_(list(shipped)),
        )
        .order_by(DunningPolicy.id)
    ).all()
    wanted = ADDED_IN_REVISION[SHIPPED_REVISION]
    missing = [row for row in rows if not wanted <= {step.get("key") for step in row.steps or ()}]
    if not missing:
        return []
    done = set(
        session.scalars(
            select(AuditLog.entity_id).where(
                AuditLog.entity == "dunning_policy",
                AuditLog.entity_id.in_([row.id for row in missing]),
                AuditLog.action.in_((UPGRADED, KEPT)),
            )
        )
    )
    return [row for row in missing if row.id not in done]


def _upgrades_due(session: Session, administration_id: int) -> bool:
    return bool(_candidates(session, administration_id))


def upgrade_shipped_policies(
    session: Session, administration_id: int, user_id: int | None = None
) -> list[ShippedUpgrade]:
    """Give the shipped policies of a database seeded by an earlier revision the steps added since
    (:data:`~debtordesk.domain.dunning.defaults.ADDED_IN_REVISION`), where the clerk did not change
    them: a stored policy that is exactly what revision 1 shipped (in English or in Dutch step
    names) becomes the current shipped policy in the same language, keeping its id; any other policy
    with a shipped name is left as it is. Each decision is audited once (``shipped_upgrade`` with
    the policy before and after, or ``shipped_kept`` with the steps the clerk may add), so a policy
    the clerk later changes back is never upgraded behind their back."""
    done: list[ShippedUpgrade] = []
    shipped = _shipped_by_name()
    added = sorted(ADDED_IN_REVISION[SHIPPED_REVISION])
    for row in _candidates(session, administration_id):
        current = policy_to_dict(policy_of(row))
        policy = shipped[row.name]
        language = next(
            (
                language
                for language in ("en", "nl")
                if policy_to_dict(named_in(shipped_at_revision(policy, 1), language)) == current
            ),
            None,
        )
        if language is None:
            message = Message(
                "policies.shipped_kept", {"policy": row.name, "steps": ", ".join(added)}
            )
            record_audit(
                session,
                user_id=user_id,
                administration_id=administration_id,
                entity="dunning_policy",
                entity_id=row.id,
                action=KEPT,
                details={"revision": SHIPPED_REVISION, "steps": added, "message": message.code},
            )
            done.append(ShippedUpgrade(row.id, row.name, False, tuple(added), message))
            continue
        upgraded = replace(named_in(policy, language), id=row.id)
        _write_policy(row, upgraded)
        row.updated_by_id = user_id
        session.flush()
        message = Message(
            "policies.shipped_upgraded", {"policy": row.name, "steps": ", ".join(added)}
        )
        record_audit(
            session,
            user_id=user_id,
            administration_id=administration_id,
            entity="dunning_policy",
            entity_id=row.id,
            action=UPGRADED,
            details={
                "revision": SHIPPED_REVISION,
                "steps": added,
                "language": language,
                "before": current,
                "after": policy_to_dict(upgraded),
            },
        )
        done.append(ShippedUpgrade(row.id, row.name, True, tuple(added), message))
    return done


# --------------------------------------------------------------------------- policies


def _record(row: DunningPolicy, customers: int = 0) -> PolicyRecord:
    return PolicyRecord(
        policy=policy_shown(row),
        default_for=row.is_default_for,
        version=row.version,
        customers=customers,
    )


def _override_counts(session: Session, administration_id: int) -> dict[int, int]:
    return {
        int(policy_id or 0): int(count)
        for policy_id, count in session.execute(
            select(Customer.policy_override_id, func.count())
            .where(
                Customer.administration_id == administration_id,
                Customer.policy_override_id.is_not(None),
            )
            .group_by(Customer.policy_override_id)
        )
    }


def list_policies(db: Database, administration_id: int) -> list[PolicyRecord]:
    """The administration's policies by name (the shipped defaults are added on first use)."""
    seed_default_policies(db, administration_id)
    with db.read() as session:
        counts = _override_counts(session, administration_id)
        rows = session.scalars(
            select(DunningPolicy)
            .where(DunningPolicy.administration_id == administration_id)
            .order_by(DunningPolicy.name, DunningPolicy.id)
        ).all()
        return [_record(row, counts.get(row.id, 0)) for row in rows]


def get_policy(db: Database, policy_id: int) -> PolicyRecord:
    with db.read() as session:
        row = _policy_row(session, policy_id)
        counts = _override_counts(session, row.administration_id)
        return _record(row, counts.get(row.id, 0))


def _policy_row(session: Session, policy_id: int) -> DunningPolicy:
    row = session.get(DunningPolicy, policy_id)
    if row is None:
        raise UserError("policies.missing", policy_id=policy_id)
    return row


def save_policy(
    db: Database,
    administration_id: int,
    policy: Policy,
    *,
    expected_version: int | None = None,
    user_login: str | None = None,
) -> PolicyRecord:
    """Add (``policy.id`` 0) or change a policy; checked with the domain's policy rules.

    Refused with :class:`InvalidPolicy` listing every problem, ``policies.name_taken`` when another
    policy of the administration has the name, and ``db.conflict`` when someone else saved the policy
    since it was loaded (``expected_version``). Audited with the policy before and after.
    """
    policy = replace(policy, name=policy.name.strip())
    problems = policy_problems(policy)
    if problems:
        raise InvalidPolicy(problems)
    try:
        with db.write() as session:
            user_id = user_id_for(session, user_login)
            _refuse_taken_name(session, administration_id, policy)
            if policy.id:
                row = _policy_row(session, policy.id)
                if row.administration_id != administration_id:
                    raise UserError("policies.missing", policy_id=policy.id)
                if expected_version is not None and row.version != expected_version:
                    raise _conflict()
                before = policy_to_dict(policy_of(row))
                _write_policy(row, policy)
                after = policy_to_dict(policy_of(row))
                if before == after:
                    return _record(row)
                row.updated_by_id = user_id
                action, details = "change", {"before": before, "after": after}
            else:
                row = DunningPolicy(
                    administration_id=administration_id,
                    created_by_id=user_id,
                    updated_by_id=user_id,
                )
                _write_policy(row, policy)
                session.add(row)
                action, details = "create", {"after": policy_to_dict(policy)}
            session.flush()
            record_audit(
                session,
                user_id=user_id,
                administration_id=administration_id,
                entity="dunning_policy",
                entity_id=row.id,
                action=action,
                details=details,
            )
            return _record(row)
    except StaleDataError as exc:
        raise _conflict() from exc
    except IntegrityError:  # the same name saved by someone else between our check and our write
        with db.read() as session:
            _refuse_taken_name(session, administration_id, policy)
        raise


def _conflict() -> UserError:
    return UserError("db.conflict", what=render(Message("policies.what")))


def _refuse_taken_name(session: Session, administration_id: int, policy: Policy) -> None:
    taken = session.scalar(
        select(DunningPolicy.id).where(
            DunningPolicy.administration_id == administration_id,
            func.lower(DunningPolicy.name) == policy.name.lower(),
            DunningPolicy.id != policy.id,
        )
    )
    if taken is not None:
        raise UserError("policies.name_taken", name=policy.name)


class PolicyInUse(UserError):
    """The policy was not deleted because something uses it; ``uses`` says what, each with what to do
    first (the message lists them all)."""

    def __init__(self, name: str, uses: Sequence[Message]) -> None:
        super().__init__("policies.in_use", name=name, uses=" ".join(render(u) for u in uses))
        self.uses = tuple(uses)


def make_default_policy(
    db: Database,
    policy_id: int,
    customer_type: CustomerType,
    *,
    expected_version: int | None = None,
    user_login: str | None = None,
) -> None:
    """Make the policy the default for customers of the type (the previous default stops being it);
    audited with the previous default's name.

    Refused: a policy meant only for the other customer type (``Policy.customer_type``: the dunning
    run would block every customer it reaches), a policy that is the other type's default (a policy
    is the default of one type; the other type would be left without one), and ``db.conflict`` when
    someone else changed the policy since it was loaded (``expected_version``)."""
    try:
        with db.write() as session:
            user_id = user_id_for(session, user_login)
            row = _policy_row(session, policy_id)
            if expected_version is not None and row.version != expected_version:
                raise _conflict()
            if row.is_default_for == customer_type:
                return
            if row.is_default_for is not None:
                raise UserError(
                    f"policies.default_of_other.{row.is_default_for.value}", name=row.name
                )
            meant_for = policy_of(row).customer_type
            if meant_for is not None and meant_for is not customer_type:
                raise UserError(f"policies.default_for_other.{customer_type.value}", name=row.name)
            _make_default(session, row, customer_type, user_id)
    except StaleDataError as exc:
        raise _conflict() from exc


def _make_default(
    session: Session, row: DunningPolicy, customer_type: CustomerType, user_id: int
) -> None:
    previous = session.scalars(
        select(DunningPolicy).where(
            DunningPolicy.administration_id == row.administration_id,
            DunningPolicy.is_default_for == customer_type,
        )
    ).first()
    if previous is not None:
        previous.is_default_for = None
        previous.updated_by_id = user_id
        session.flush()
    row.is_default_for = customer_type
    row.updated_by_id = user_id
    session.flush()
    record_audit(
        session,
        user_id=user_id,
        administration_id=row.administration_id,
        entity="dunning_policy",
        entity_id=row.id,
        action="make_default",
        details={
            "customer_type": customer_type.value,
            "previous": previous.name if previous is not None else None,
            "previous_id": previous.id if previous is not None else None,
        },
    )


def find_policy(db: Database, administration_id: int, name: str) -> PolicyRecord:
    """The administration's policy with this name: the exact name, else the one name that differs
    only in capitals; ``policies.unknown_name`` (with the names there are) or
    ``policies.ambiguous_name`` otherwise."""
    wanted = name.strip()
    records = list_policies(db, administration_id)
    exact = [record for record in records if record.name == wanted]
    if exact:
        return exact[0]
    folded = [record for record in records if record.name.casefold() == wanted.casefold()]
    if len(folded) == 1:
        return folded[0]
    if folded:
        raise UserError(
            "policies.ambiguous_name",
            name=wanted,
            names=", ".join(record.name for record in folded),
        )
    raise UserError(
        "policies.unknown_name", name=wanted, names=", ".join(record.name for record in records)
    )


def policy_uses(session: Session, row: DunningPolicy) -> list[Message]:
    """What keeps the policy from being deleted, each with what to do first; empty: nothing.

    Every table with a reference to ``dunning_policy`` is asked: the default of a customer type
    (the ``is_default_for`` flag), customers with it as their own policy (no ON DELETE action), segment
    rules (RESTRICT) and communications planned under it (SET NULL would silently cut the history's
    link, so they refuse too, and come first: renaming is then the way out)."""
    uses: list[Message] = []
    communications = int(
        session.scalar(
            select(func.count()).select_from(Communication).where(Communication.policy_id == row.id)
        )
        or 0
    )
    if communications:
        uses.append(Message("policies.use.history", {"count": communications, "name": row.name}))
    if row.is_default_for is not None:
        uses.append(Message(f"policies.use.default.{row.is_default_for.value}"))
    customers = int(
        session.scalar(
            select(func.count()).select_from(Customer).where(Customer.policy_override_id == row.id)
        )
        or 0
    )
    if customers:
        uses.append(Message("policies.use.customers", {"count": customers}))
    rules = list(
        session.scalars(
            select(SegmentRuleRow.name)
            .where(SegmentRuleRow.policy_id == row.id)
            .order_by(SegmentRuleRow.priority, SegmentRuleRow.name)
        )
    )
    if rules:
        uses.append(
            Message(
                "policies.use.rules",
                {"count": len(rules), "rules": ", ".join(f"'{rule}'" for rule in rules)},
            )
        )
    return uses


def delete_policy(
    db: Database,
    policy_id: int,
    *,
    expected_version: int | None = None,
    user_login: str | None = None,
) -> PolicyRecord:
    """Delete a policy nothing uses; audited with the policy as it was, which is returned.

    Refused with :class:`PolicyInUse` listing every use (:func:`policy_uses`: the default of a
    customer type, customers' own policy, segment rules, communications planned under it: history
    that stays, so such a policy is renamed rather than deleted), ``policies.missing`` when it is
    gone, and ``db.conflict`` when someone else changed it since it was loaded (``expected_version``).
    """
    try:
        with db.write() as session:
            user_id = user_id_for(session, user_login)
            # locked (PostgreSQL): a customer or communication cannot start using it meanwhile
            row = session.scalars(
                select(DunningPolicy).where(DunningPolicy.id == policy_id).with_for_update()
            ).first()
            if row is None:
                raise UserError("policies.missing", policy_id=policy_id)
            if expected_version is not None and row.version != expected_version:
                raise _conflict()
            uses = policy_uses(session, row)
            if uses:
                raise PolicyInUse(row.name, uses)
            record = _record(row)
            record_audit(
                session,
                user_id=user_id,
                administration_id=row.administration_id,
                entity="dunning_policy",
                entity_id=row.id,
                action="delete",
                details={"before": policy_to_dict(record.policy)},
            )
            session.delete(row)
            session.flush()
            return record
    except StaleDataError as exc:
        raise _conflict() from exc
    except IntegrityError:  # something started using it between our check and our delete
        with db.read() as session:
            row = session.get(DunningPolicy, policy_id)
            uses = policy_uses(session, row) if row is not None else []
            if row is not None and uses:
                raise PolicyInUse(row.name, uses) from None
        raise


def set_customer_policy(
    db: Database, customer_id: int, policy_id: int | None, *, user_login: str | None = None
) -> None:
    """Give the customer its own policy (``None``: back to the policy its segment gives); audited
    and put on the customer's timeline."""
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise UserError("views.customer_missing")
        name = None
        if policy_id is not None:
            row = _policy_row(session, policy_id)
            if row.administration_id != customer.administration_id:
                raise UserError("policies.other_administration", name=row.name)
            name = row.name
        if customer.policy_override_id == policy_id:
            return
        before = customer.policy_override_id
        customer.policy_override_id = policy_id
        session.flush()
        record_audit(
            session,
            user_id=user_id,
            administration_id=customer.administration_id,
            entity="customer",
            entity_id=customer_id,
            action="policy_override",
            details={"before": before, "after": policy_id},
        )
        add_customer_event(
            session,
            customer_id=customer_id,
            kind="dunning",
            code="event.dunning.policy_set" if name else "event.dunning.policy_cleared",
            params={"policy": name} if name else {},
            user_id=user_id,
        )


# --------------------------------------------------------------------------- segment rules


def list_segment_rules(db: Database, administration_id: int) -> list[SegmentRuleRecord]:
    """The rules in the order they are tried (priority, then name)."""
    with db.read() as session:
        rows = session.scalars(
            select(SegmentRuleRow)
            .where(SegmentRuleRow.administration_id == administration_id)
            .order_by(SegmentRuleRow.priority, SegmentRuleRow.name)
        ).all()
        return [SegmentRuleRecord(row.id, segment_rule_of(row), row.version) for row in rows]


def save_segment_rule(
    db: Database,
    administration_id: int,
    rule: SegmentRule,
    *,
    rule_id: int = 0,
    expected_version: int | None = None,
    user_login: str | None = None,
) -> SegmentRuleRecord:
    """Add (``rule_id`` 0) or change a segment rule; audited."""
    rule = replace(rule, name=rule.name.strip(), tags=frozenset(t.strip() for t in rule.tags))
    _check_rule(rule)
    try:
        with db.write() as session:
            user_id = user_id_for(session, user_login)
            policy = session.get(DunningPolicy, rule.policy_id)
            if policy is None or policy.administration_id != administration_id:
                raise UserError("policies.missing", policy_id=rule.policy_id)
            taken = session.scalar(
                select(SegmentRuleRow.id).where(
                    SegmentRuleRow.administration_id == administration_id,
                    func.lower(SegmentRuleRow.name) == rule.name.lower(),
                    SegmentRuleRow.id != rule_id,
                )
            )
            if taken is not None:
                raise UserError("segments.name_taken", name=rule.name)
            if rule_id:
                row = session.get(SegmentRuleRow, rule_id)
                if row is None or row.administration_id != administration_id:
                    raise UserError("segments.missing", rule_id=rule_id)
                if expected_version is not None and row.version != expected_version:
                    raise UserError("db.conflict", what=render(Message("segments.what")))
                before: dict[str, Any] | None = _rule_json(segment_rule_of(row))
            else:
                row = SegmentRuleRow(administration_id=administration_id)
                session.add(row)
                before = None
            _write_rule(row, rule)
            session.flush()
            record_audit(
                session,
                user_id=user_id,
                administration_id=administration_id,
                entity="segment_rule",
                entity_id=row.id,
                action="change" if before is not None else "create",
                details={"before": before, "after": _rule_json(rule)},
            )
            return SegmentRuleRecord(row.id, segment_rule_of(row), row.version)
    except StaleDataError as exc:
        raise UserError("db.conflict", what=render(Message("segments.what"))) from exc


def delete_segment_rule(db: Database, rule_id: int, *, user_login: str | None = None) -> None:
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        row = session.get(SegmentRuleRow, rule_id)
        if row is None:
            raise UserError("segments.missing", rule_id=rule_id)
        record_audit(
            session,
            user_id=user_id,
            administration_id=row.administration_id,
            entity="segment_rule",
            entity_id=row.id,
            action="delete",
            details={"before": _rule_json(segment_rule_of(row))},
        )
        session.delete(row)


def _check_rule(rule: SegmentRule) -> None:
    if not rule.name:
        raise UserError("segments.name_required")
    if rule.min_average_days_late is not None and rule.min_average_days_late < 0:
        raise UserError("segments.negative", field=render(Message("segments.field.days_late")))
    if rule.min_stornos_12_months is not None and rule.min_stornos_12_months < 0:
        raise UserError("segments.negative", field=render(Message("segments.field.stornos")))


def _write_rule(row: SegmentRuleRow, rule: SegmentRule) -> None:
    row.name = rule.name
    row.priority = rule.priority
    row.policy_id = rule.policy_id
    row.customer_type = rule.customer_type
    row.tags = sorted(rule.tags)
    row.min_average_days_late = (
        None if rule.min_average_days_late is None else Decimal(rule.min_average_days_late)
    )
    row.min_stornos_12_months = rule.min_stornos_12_months
    row.preferred_channel = Channel(rule.preferred_channel) if rule.preferred_channel else None


def _rule_json(rule: SegmentRule) -> dict[str, Any]:
    return {
        "name": rule.name,
        "priority": rule.priority,
        "policy_id": rule.policy_id,
        "customer_type": rule.customer_type.value if rule.customer_type else None,
        "tags": sorted(rule.tags),
        "min_average_days_late": (
            None if rule.min_average_days_late is None else str(rule.min_average_days_late)
        ),
        "min_stornos_12_months": rule.min_stornos_12_months,
        "preferred_channel": rule.preferred_channel.value if rule.preferred_channel else None,
    }


# --------------------------------------------------------------------------- payment references


def payment_reference_kind(db: Database, administration_id: int) -> str:
    with db.read() as session:
        kind = session.scalar(
            select(Administration.payment_reference_kind).where(
                Administration.id == administration_id
            )
        )
    if kind is None:
        raise UserError("administration.missing", administration_id=administration_id)
    return kind


def set_payment_reference_kind(
    db: Database, administration_id: int, kind: str, *, user_login: str | None = None
) -> None:
    """How the dunning run makes payment references for this administration; audited."""
    if kind not in REFERENCE_KINDS:
        raise UserError("policies.reference_kind", value=kind, choices=", ".join(REFERENCE_KINDS))
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        row = session.get(Administration, administration_id)
        if row is None:
            raise UserError("administration.missing", administration_id=administration_id)
        if row.payment_reference_kind == kind:
            return
        before = row.payment_reference_kind
        row.payment_reference_kind = kind
        session.flush()
        record_audit(
            session,
            user_id=user_id,
            administration_id=administration_id,
            entity="administration",
            entity_id=administration_id,
            action="change",
            details={"payment_reference_kind": {"before": before, "after": kind}},
        )
