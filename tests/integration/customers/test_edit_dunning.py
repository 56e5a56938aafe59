"""A customer's dunning settings in the edit form: the consent to legal notices by e-mail and an own
policy are saved, checked and audited like the other fields; the dunning status is shown with the
reason recorded for it."""

from __future__ import annotations

from datetime import datetime

import pytest

from debtordesk.domain.dunning.model import DunningStatus
from debtordesk.i18n.catalogue import render
from debtordesk.services.administrations import create_administration
from debtordesk.services.customers import InvalidCustomer, customer_dunning, editable_customer
from debtordesk.services.customers import update_customer as update
from debtordesk.services.database import Database
from debtordesk.services.dunning_status import hand_over, reactivate, write_off
from debtordesk.services.policies import list_policies
from debtordesk.services.views import customer_detail
from tests.integration.views.factory import TODAY

from .factory import audit_entries, edit, edit_events, row, stored_customer, with_changes


def test_consent_to_legal_notices_by_email_is_saved_audited_and_on_the_timeline(
    db: Database,
) -> None:
    customer_id = stored_customer(db)
    assert editable_customer(db, customer_id)[0].email_consent is False
    result = edit(db, customer_id, email_consent=True)
    assert result.changed == ("email_consent",)
    assert row(db, customer_id).email_consent is True
    [audit] = audit_entries(db)
    assert audit.details == {"email_consent": {"before": False, "after": True}}
    [_event] = edit_events(db)
    timeline = customer_detail(db, customer_id, today=TODAY, language="en").timeline[0]
    assert timeline.text == "Changed by hand: Legal notices by e-mail."
    dutch = customer_detail(db, customer_id, today=TODAY, language="nl").timeline[0]
    assert dutch.text == "Met de hand gewijzigd: Juridische berichten per e-mail."


def test_an_own_policy_is_chosen_audited_with_its_name_and_cleared_again(db: Database) -> None:
    customer_id = stored_customer(db)
    policies = {record.name: record.id for record in customer_dunning(db, customer_id).policies}
    business = policies["Business (NL)"]
    result = edit(db, customer_id, policy_override_id=business)
    assert result.changed == ("policy_override_id",)
    assert row(db, customer_id).policy_override_id == business
    assert editable_customer(db, customer_id)[0].policy_override_id == business
    # the policy editor counts the customer among the policy's own customers
    counts = {record.id: record.customers for record in list_policies(db, 1)}
    assert counts[business] == 1

    edit(db, customer_id, policy_override_id=None)
    assert row(db, customer_id).policy_override_id is None
    first, second = audit_entries(db)
    assert first.details == {
        "policy_override_id": {
            "before": None,
            "after": business,
            "before_name": None,
            "after_name": "Business (NL)",
        }
    }
    assert second.details["policy_override_id"]["before_name"] == "Business (NL)"
    assert second.details["policy_override_id"]["after"] is None


def test_a_policy_of_another_administration_is_refused_and_nothing_is_saved(
    db: Database,
) -> None:
    customer_id = stored_customer(db)
    other = create_administration(db, code="NOORD", name="Noord BV")
    foreign = list_policies(db, other.id)[0].id
    changes, version = with_changes(
        db, customer_id, policy_override_id=foreign, email="nieuw@example.nl"
    )
    with pytest.raises(InvalidCustomer) as refused:
        update(db, customer_id, expected_version=version, changes=changes)
    assert [problem.field for problem in refused.value.problems] == ["policy_override_id"]
    assert str(foreign) in str(refused.value.problems[0].message.params["policy_id"])
    stored = row(db, customer_id)
    assert (stored.policy_override_id, stored.email, stored.version) == (
        None,
        "jan@example.nl",
        1,
    )
    assert audit_entries(db) == []


def test_an_unknown_policy_number_is_refused_with_words(db: Database) -> None:
    customer_id = stored_customer(db)
    changes, version = with_changes(db, customer_id, policy_override_id=987654)
    with pytest.raises(InvalidCustomer) as refused:
        update(db, customer_id, expected_version=version, changes=changes)
    assert refused.value.problems[0].field == "policy_override_id"
    text = render(refused.value.problems[0].message, "en")
    assert "no longer exists" in text and "987" in text


def test_the_dunning_status_comes_with_the_reason_given_for_it(db: Database) -> None:
    customer_id = stored_customer(db)
    active = customer_dunning(db, customer_id)
    assert (active.status, active.reason, active.since) == (DunningStatus.ACTIVE, None, None)
    assert {choice.name for choice in active.policies} == {"Consumer (NL)", "Business (NL)"}

    hand_over(db, customer_id, note="  Dossier 2026-17 at Incasso BV  ", user_login="clerk1")
    handed = customer_dunning(db, customer_id)
    assert handed.status is DunningStatus.HANDED_OVER
    assert handed.reason == "Dossier 2026-17 at Incasso BV"
    assert handed.since == datetime.now().astimezone().date()

    reactivate(db, customer_id)  # without a note: no reason to show
    again = customer_dunning(db, customer_id)
    assert (again.status, again.reason) == (DunningStatus.ACTIVE, None)

    write_off(db, customer_id, reason="Debt relief (WSNP) granted")
    written = customer_dunning(db, customer_id)
    assert (written.status, written.reason) == (
        DunningStatus.WRITTEN_OFF,
        "Debt relief (WSNP) granted",
    )


def test_a_status_set_without_a_record_shows_no_reason(db: Database) -> None:
    # e.g. restored from a backup without its audit log: the status stands, nothing is made up
    customer_id = stored_customer(db, dunning_status=DunningStatus.HANDED_OVER)
    dunning = customer_dunning(db, customer_id)
    assert (dunning.status, dunning.reason, dunning.since) == (
        DunningStatus.HANDED_OVER,
        None,
        None,
    )


def test_saving_other_fields_leaves_the_dunning_status_alone(db: Database) -> None:
    customer_id = stored_customer(db)
    hand_over(db, customer_id, note="agency")
    edit(db, customer_id, city="Utrecht", email_consent=True)
    stored = row(db, customer_id)
    assert stored.dunning_status is DunningStatus.HANDED_OVER
    assert (stored.city, stored.email_consent) == ("Utrecht", True)


def test_a_hand_over_cancels_what_has_not_gone_out(db: Database) -> None:
    """A letter batch or the outbox must never send a reminder after the claim went to the agency."""
    from datetime import date

    from sqlalchemy import select

    from debtordesk.db.models import Communication, CustomerEvent
    from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
    from tests.integration.dunning.factory import add_communication
    from tests.integration.views.factory import add_invoice

    customer_id = stored_customer(db)
    statuses = (
        CommunicationStatus.PREPARED,
        CommunicationStatus.GENERATED,
        CommunicationStatus.PRINTED,
        CommunicationStatus.DISPATCHED,
    )
    with db.write() as session:
        invoice = add_invoice(session, customer_id, "F1", date(2026, 9, 1), "250.00")
        ids = {
            status: add_communication(
                session,
                customer_id,
                [invoice],
                channel=ActionChannel.LETTER,
                status=status,
                plan_key=f"k-{status.value}",
            )
            for status in statuses
        }
    hand_over(db, customer_id, note="Incasso BV")
    with db.read() as session:
        after = {
            row.id: (row.status, row.plan_key)
            for row in session.scalars(select(Communication)).all()
        }
        events = session.scalars(
            select(CustomerEvent.params).where(
                CustomerEvent.code == "event.status.pending_cancelled"
            )
        ).all()
    for status in statuses[:3]:
        assert after[ids[status]] == (CommunicationStatus.CANCELLED, None)
    # what went out stays as it was: it is evidence
    assert after[ids[CommunicationStatus.DISPATCHED]][0] is CommunicationStatus.DISPATCHED
    assert events == [{"count": 3}]
