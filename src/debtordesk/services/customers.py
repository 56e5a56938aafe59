"""A clerk edits a customer: the current values with their version, and a save that is checked, refused
when someone else saved first (optimistic locking), audited and put on the customer's timeline.

The customer's ``imported_values`` are left alone: they remember what the import source sent last
time, so a value the clerk typed wins until the source sends a different one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from enum import Enum
from typing import Any

from babel import Locale
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.db.models import AuditLog, Customer, CustomerTag, DunningPolicy
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import DunningStatus
from debtordesk.domain.enums import Channel, ClaimType, CustomerType, TypeOrigin
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.customer_checks import (
    EDITABLE_FIELDS,
    FieldProblem,
    InvalidCustomer,
    check_edit,
    country_codes,
    field_title,
)
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.import_customers import name_search
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.policies import list_policies


@dataclass(frozen=True)
class CustomerEdit:
    """The fields a clerk may edit, all of them, as the edit form shows them."""

    name: str
    customer_type: CustomerType
    attention: str | None
    address_line1: str | None
    address_line2: str | None
    postcode: str | None
    city: str | None
    country: str | None
    email: str | None
    mobile: str | None
    landline: str | None
    iban: str | None
    language: str
    preferred_channel: Channel | None
    opt_out_sms: bool
    opt_out_email: bool
    opt_out_call: bool
    #: the customer agreed to receive legal notices (the 14-day letter) by e-mail
    email_consent: bool
    segment: str | None
    tags: tuple[str, ...]
    preferred_payment_day: int | None
    mandate_reference: str | None
    mandate_date: date | None
    claim_type: ClaimType
    coc_number: str | None
    #: the customer's own dunning policy; None: the one its segment (or its type's default) gives
    policy_override_id: int | None


@dataclass(frozen=True)
class PolicyChoice:
    """A dunning policy the clerk can give a customer as its own."""

    id: int
    name: str


@dataclass(frozen=True)
class CustomerDunning:
    """What the edit form shows of the customer's dunning beside the fields: the status (read-only:
    hand-over, write-off and reactivation have their own dialogs) with the reason given for it, and
    the administration's policies to choose an own policy from."""

    status: DunningStatus
    #: the note or reason recorded with the last change of status; None when none was recorded
    reason: str | None
    #: when the status was last changed (the clerk's local date); None when never changed
    since: date | None
    policies: tuple[PolicyChoice, ...]


@dataclass(frozen=True)
class CustomerEditResult:
    """What a save did: the fields it changed (none: nothing was written) and the values now stored."""

    customer_id: int
    #: the row's version now; the next edit starts from it
    version: int
    changed: tuple[str, ...]
    values: CustomerEdit


#: the import's fields (and the contact-problem fields) that feed each editable field; a problem of
#: a field the clerk corrected is gone
_PROBLEM_FIELDS: dict[str, frozenset[str]] = {
    "name": frozenset({"name", "customer_name"}),
    "address_line1": frozenset({"address_line1", "address", "house_number"}),
    "address_line2": frozenset({"address_line2", "address2"}),
    "mobile": frozenset({"mobile", "phone"}),
    "landline": frozenset({"landline", "phone"}),
}


def editable_customer(db: Database, customer_id: int) -> tuple[CustomerEdit, int]:
    """The customer's editable values as stored, and the version they belong to."""
    with db.read() as session:
        row = _customer(session, customer_id)
        return _values(row), row.version


def customer_dunning(db: Database, customer_id: int) -> CustomerDunning:
    """The customer's dunning status with its reason, and the policies it may be given."""
    with db.read() as session:
        row = _customer(session, customer_id)
        administration_id, status = row.administration_id, DunningStatus(row.dunning_status)
        last = session.execute(
            select(AuditLog.at, AuditLog.details)
            .where(
                AuditLog.entity == "customer",
                AuditLog.entity_id == customer_id,
                AuditLog.action == "dunning_status",
            )
            .order_by(AuditLog.at.desc(), AuditLog.id.desc())
            .limit(1)
        ).first()
    reason: str | None = None
    since: date | None = None
    if last is not None and (last.details or {}).get("after") == status.value:
        reason = str(last.details.get("note") or "").strip() or None
        since = last.at.astimezone().date()
    # the shipped policies are seeded on first use, as the policy editor and the queue do
    policies = tuple(
        PolicyChoice(record.id, record.name) for record in list_policies(db, administration_id)
    )
    return CustomerDunning(status, reason, since, policies)


def update_customer(
    db: Database,
    customer_id: int,
    *,
    expected_version: int,
    changes: CustomerEdit,
    user_login: str | None = None,
) -> CustomerEditResult:
    """Save the clerk's edit in one transaction: only the fields that really changed are written.

    Refused with ``db.conflict`` when the customer is no longer at ``expected_version`` (someone else,
    or an import, saved it in the meantime), and with :class:`InvalidCustomer` (a UserError naming the
    field and saying what to do) when a changed field is wrong; nothing is saved then.
    """
    with db.write() as session:
        row = _customer(session, customer_id)
        if row.version != expected_version:
            raise _conflict(row)
        before = _values(row)
        region = load_org_settings(session, row.administration_id).default_phone_region
        values, problems = check_edit(asdict(before), asdict(changes), default_region=region)
        policy_names = _policy_names(session, row, before.policy_override_id, values)
        chosen = values["policy_override_id"]
        if chosen != before.policy_override_id and chosen is not None and policy_names[1] is None:
            problem = Message(
                "customer.policy_unknown", {"field": "policy_override_id", "policy_id": chosen}
            )
            problems = (*problems, FieldProblem("policy_override_id", problem))
        if problems:
            raise InvalidCustomer(problems)
        changed = tuple(name for name in EDITABLE_FIELDS if values[name] != getattr(before, name))
        if changed:
            conflict = _conflict(row)
            try:
                _write(
                    session,
                    row,
                    before=before,
                    values=values,
                    changed=changed,
                    user_login=user_login,
                    policy_names=policy_names,
                )
            except StaleDataError as exc:  # another save between our read and our write
                raise conflict from exc
        return CustomerEditResult(row.id, row.version, changed, _values(row))


def country_choices(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every country, by name in ``language``; the Netherlands and its neighbours
    first, since most customers live there."""
    names = Locale.parse(language).territories
    first = ("NL", "BE", "DE")
    rest = sorted(
        (code for code in country_codes() if code not in first),
        key=lambda code: str(names.get(code, code)).casefold(),
    )
    return tuple((code, str(names.get(code, code))) for code in (*first, *rest))


def _customer(session: Session, customer_id: int) -> Customer:
    row = session.get(Customer, customer_id)
    if row is None:
        raise UserError("views.customer_missing", customer_id=customer_id)
    return row


def _policy_names(
    session: Session, row: Customer, before: int | None, values: dict[str, Any]
) -> tuple[str | None, str | None]:
    """The names of the own policy before and after the edit (for the audit log); the new one is
    None when it does not exist or belongs to another administration."""
    after = values["policy_override_id"]
    names: dict[int, str] = {}
    wanted = [policy_id for policy_id in (before, after) if policy_id is not None]
    if wanted:
        found = session.execute(
            select(DunningPolicy.id, DunningPolicy.name).where(
                DunningPolicy.id.in_(wanted),
                DunningPolicy.administration_id == row.administration_id,
            )
        )
        names = {int(policy_id): str(name) for policy_id, name in found}
    return (
        names.get(before) if before is not None else None,
        names.get(after) if after is not None else None,
    )


def _conflict(row: Customer) -> UserError:
    what = render(Message("customer.what", {"number": row.number, "name": row.name}))
    return UserError("db.conflict", what=what)


def _values(row: Customer) -> CustomerEdit:
    values: dict[str, Any] = {
        name: getattr(row, name) for name in EDITABLE_FIELDS if name != "tags"
    }
    values["tags"] = tuple(sorted((tag.tag for tag in row.tags), key=lambda t: (t.casefold(), t)))
    values["customer_type"] = CustomerType(row.customer_type)
    values["claim_type"] = ClaimType(row.claim_type)
    if row.preferred_channel is not None:
        values["preferred_channel"] = Channel(row.preferred_channel)
    return CustomerEdit(**values)


def _write(
    session: Session,
    row: Customer,
    *,
    before: CustomerEdit,
    values: dict[str, Any],
    changed: tuple[str, ...],
    user_login: str | None,
    policy_names: tuple[str | None, str | None] = (None, None),
) -> None:
    """Apply the changed fields; the UPDATE checks and bumps the version (the mapper's
    ``version_id_col``), also when only the tags changed."""
    for name in changed:
        if name == "tags":
            _set_tags(row, values["tags"])
        else:
            setattr(row, name, values[name])
    if "name" in changed:
        row.name_search = name_search(row.name)
    if "customer_type" in changed:
        row.type_origin = TypeOrigin.MANUAL
    corrected: set[str] = set()
    for name in changed:
        corrected |= _PROBLEM_FIELDS.get(name, frozenset({name}))
    problems = list(row.contact_problems or ())
    kept = [p for p in problems if not (isinstance(p, dict) and p.get("field") in corrected)]
    if kept != problems:
        row.contact_problems = kept
    row.updated_at = utcnow()
    session.flush()
    user_id = user_id_for(session, user_login)
    details: dict[str, Any] = {
        name: {"before": _json(getattr(before, name)), "after": _json(values[name])}
        for name in changed
    }
    if "policy_override_id" in details:  # ids alone say little in the log a year later
        details["policy_override_id"].update(
            before_name=policy_names[0], after_name=policy_names[1]
        )
    record_audit(
        session,
        user_id=user_id,
        administration_id=row.administration_id,
        entity="customer",
        entity_id=row.id,
        action="edit",
        details=details,
    )
    add_customer_event(
        session,
        customer_id=row.id,
        kind="edit",
        code="customer.edited",
        params={
            "fields_en": ", ".join(field_title(name, "en") for name in changed),
            "fields_nl": ", ".join(field_title(name, "nl") for name in changed),
        },
        user_id=user_id,
    )
    session.flush()


def _set_tags(row: Customer, tags: tuple[str, ...]) -> None:
    wanted = set(tags)
    for tag in [t for t in row.tags if t.tag not in wanted]:
        row.tags.remove(tag)
    have = {t.tag for t in row.tags}
    row.tags.extend(CustomerTag(tag=tag) for tag in tags if tag not in have)


def _json(value: Any) -> Any:
    """A value as the audit log keeps it (JSON)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


__all__ = [
    "CustomerDunning",
    "CustomerEdit",
    "CustomerEditResult",
    "FieldProblem",
    "InvalidCustomer",
    "PolicyChoice",
    "country_choices",
    "customer_dunning",
    "editable_customer",
    "update_customer",
]
