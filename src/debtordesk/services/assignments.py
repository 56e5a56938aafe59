"""Assigning customers to a clerk: the queue's "Assigned to" column, filter and "Assign to…" action.

A clerk is an app_user (the operating-system login, created on first sight). Assigning or unassigning
is audited and written on the customer's timeline; a customer already assigned to that clerk is left
alone (no audit entry, no timeline entry).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import Customer, User
from debtordesk.domain.errors import UserError
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, current_login, user_id_for


@dataclass(frozen=True)
class Clerk:
    """A user a customer can be assigned to."""

    id: int
    login: str
    display_name: str | None

    @property
    def label(self) -> str:
        """The name the clerk is shown by: the display name, else the login."""
        return self.display_name or self.login


def known_clerks(db: Database) -> tuple[Clerk, ...]:
    """Every known user (a login is known once it has done something), by name. Reads only."""
    with db.read() as session:
        rows = session.execute(select(User.id, User.login, User.display_name)).all()
    clerks = [Clerk(id=row[0], login=row[1], display_name=row[2]) for row in rows]
    clerks.sort(key=lambda clerk: (clerk.label.casefold(), clerk.login))
    return tuple(clerks)


def assign_customers(
    db: Database,
    customer_ids: Iterable[int],
    clerk: int | str | None,
    *,
    user_login: str | None = None,
) -> int:
    """Assign the customers to ``clerk``: an app_user id, a login (created on first sight, e.g. the
    clerk's own) or None (nobody). Returns how many customers changed. Refused when no customer is
    given, the clerk's id is unknown or a customer no longer exists; then nothing changes."""
    wanted = sorted(set(customer_ids))
    if not wanted:
        raise UserError("assignments.nobody_chosen")
    with db.write() as session:
        acting_id = user_id_for(session, user_login or current_login())
        user_id = user_id_for(session, clerk) if isinstance(clerk, str) else clerk
        names = _labels(session)
        if user_id is not None and user_id not in names:
            raise UserError("assignments.unknown_user", user_id=user_id)
        customers = session.scalars(
            select(Customer).where(Customer.id.in_(wanted)).order_by(Customer.id)
        ).all()
        if len(customers) != len(wanted):
            raise UserError("assignments.unknown_customers", count=len(wanted) - len(customers))
        changed = 0
        for customer in customers:
            before = customer.assigned_user_id
            if before == user_id:
                continue
            customer.assigned_user_id = user_id
            changed += 1
            record_audit(
                session,
                user_id=acting_id,
                administration_id=customer.administration_id,
                entity="customer",
                entity_id=customer.id,
                action="assign" if user_id is not None else "unassign",
                details={"from_user_id": before, "to_user_id": user_id},
            )
            if user_id is not None:
                code, user = "event.assignment.assigned", names[user_id]
            else:
                code, user = "event.assignment.unassigned", names.get(before or 0, "?")
            add_customer_event(
                session,
                customer_id=customer.id,
                kind="assignment",
                code=code,
                params={"user": user},
                user_id=acting_id,
            )
        return changed


def unassign_customers(
    db: Database, customer_ids: Iterable[int], *, user_login: str | None = None
) -> int:
    """Assign the customers to nobody. Returns how many customers changed."""
    return assign_customers(db, customer_ids, None, user_login=user_login)


def _labels(session: Session) -> dict[int, str]:
    return {
        user_id: display_name or login
        for user_id, login, display_name in session.execute(
            select(User.id, User.login, User.display_name)
        )
    }


__all__ = [
    "Clerk",
    "assign_customers",
    "known_clerks",
    "unassign_customers",
]
