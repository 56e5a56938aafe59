"""A customer's tags, added and removed one at a time (the customer panel's tag chips, ``debtordesk
tag``), and the tags in use in an administration (the panel's completion). Segment rules choose a
policy by tag (:class:`~debtordesk.domain.dunning.model.SegmentRule`), so a tag takes effect in the
next queue.

A tag is tidied as the customer form tidies it (white space collapsed); one that differs from a
customer's tag only in capitals is the same tag (it is not added twice, and removing it removes the
customer's spelling). Every change is audited and on the customer's timeline; the customer's version
goes up, so a clerk's open edit form of the same customer is refused rather than undoing the change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.db.models import Customer, CustomerTag
from debtordesk.db.types import utcnow
from debtordesk.domain.errors import UserError
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.import_state import TAG_LENGTH


@dataclass(frozen=True)
class TagChange:
    customer_id: int
    customer_number: str
    #: the customer's tags after the change, sorted as the panel shows them
    tags: tuple[str, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]


def tidy_tag(text: str) -> str:
    """A tag as stored: white space collapsed; refused when empty, too long or with a comma (the
    import and the form read commas as separators)."""
    tag = " ".join(text.split())
    if not tag or len(tag) > TAG_LENGTH or "," in tag or ";" in tag:
        raise UserError("tags.bad_tag", tag=text.strip(), limit=TAG_LENGTH)
    return tag


def sorted_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags in the order the clerk reads them: case does not matter ("debt help" before "VIP")."""
    return tuple(sorted(tags, key=lambda t: (t.casefold(), t)))


def known_tags(db: Database, administration_id: int | None) -> tuple[str, ...]:
    """The tags the administration's customers carry (every administration's with None)."""
    statement = select(CustomerTag.tag).distinct()
    if administration_id is not None:
        statement = statement.join(Customer, Customer.id == CustomerTag.customer_id).where(
            Customer.administration_id == administration_id
        )
    with db.read() as session:
        return sorted_tags(set(session.scalars(statement)))


def change_tags(
    db: Database,
    customer_id: int,
    *,
    add: Iterable[str] = (),
    remove: Iterable[str] = (),
    user_login: str | None = None,
) -> TagChange:
    """Add and remove tags of one customer (a tag both added and removed is removed); refused with
    ``tags.nothing`` when neither is given. A change that changes nothing writes nothing."""
    wanted = [tidy_tag(tag) for tag in add]
    unwanted = {tidy_tag(tag).casefold() for tag in remove}
    if not wanted and not unwanted:
        raise UserError("tags.nothing")
    try:
        with db.write() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise UserError("views.customer_missing", customer_id=customer_id)
            have = {row.tag.casefold(): row for row in customer.tags}
            removed = [row.tag for key, row in have.items() if key in unwanted]
            for row in list(customer.tags):
                if row.tag.casefold() in unwanted:
                    customer.tags.remove(row)
            added: list[str] = []
            for tag in wanted:
                key = tag.casefold()
                if key in unwanted or key in have or key in {t.casefold() for t in added}:
                    continue
                customer.tags.append(CustomerTag(tag=tag))
                added.append(tag)
            after = sorted_tags(row.tag for row in customer.tags)
            if added or removed:
                customer.updated_at = utcnow()  # the UPDATE checks and bumps the version
                session.flush()
                user_id = user_id_for(session, user_login)
                record_audit(
                    session,
                    user_id=user_id,
                    administration_id=customer.administration_id,
                    entity="customer",
                    entity_id=customer.id,
                    action="tags",
                    details={"added": sorted_tags(added), "removed": sorted_tags(removed)},
                )
                add_customer_event(
                    session,
                    customer_id=customer.id,
                    kind="edit",
                    code="event.tags.changed",
                    params={
                        "added_text": " ".join(f"+{tag}" for tag in sorted_tags(added)),
                        "removed_text": (" " if added and removed else "")
                        + " ".join(f"−{tag}" for tag in sorted_tags(removed)),
                    },
                    user_id=user_id,
                )
            return TagChange(
                customer_id=customer.id,
                customer_number=customer.number,
                tags=after,
                added=sorted_tags(added),
                removed=sorted_tags(removed),
            )
    except StaleDataError as exc:
        raise UserError("followup.changed_elsewhere") from exc


__all__ = ["TagChange", "change_tags", "known_tags", "tidy_tag"]
