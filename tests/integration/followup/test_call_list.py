"""The call list: its reasons (call tasks, follow-ups, returned letters, no mobile and no e-mail),
who is left off (called today, opted out, handed over, on hold), the priority order, the clerk
filter and the click-to-call link."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from debtordesk.db.models import Letter, LetterBatch
from debtordesk.domain.calls import CallReason
from debtordesk.domain.dunning.model import (
    ActionChannel,
    CommunicationStatus,
    DunningStatus,
    HoldReason,
)
from debtordesk.domain.enums import CustomerType
from debtordesk.domain.errors import UserError
from debtordesk.domain.letter_batches import LetterBatchStatus
from debtordesk.services.assignments import assign_customers
from debtordesk.services.database import Database
from debtordesk.services.followup import call_list, log_call, tel_uri
from debtordesk.services.holds import add_hold
from tests.integration.dunning.factory import add_communication
from tests.integration.views.factory import add_customer, add_invoice

DAY = date(2026, 12, 16)


def _fill(db: Database) -> dict[str, int]:
    ids: dict[str, int] = {}
    with db.write() as session:
        # a call task from the dunning run, big amount
        ids["task"] = add_customer(
            session, "A1", "Anna Taak", mobile="+31611111111", email="a@example.nl"
        )
        f = add_invoice(session, ids["task"], "FA", date(2026, 10, 1), "900.00")
        add_communication(
            session,
            ids["task"],
            [f],
            step_key="call",
            channel=ActionChannel.CALL,
            status=CommunicationStatus.PLANNED,
            planned_for=DAY,
            plan_key="t1",
        )
        # no mobile and no e-mail, a landline, older but smaller debt
        ids["quiet"] = add_customer(session, "B1", "Bert Stil", landline="020-1234567")
        add_invoice(session, ids["quiet"], "FB", date(2026, 6, 1), "120.00")
        # no mobile and no e-mail but everything on hold: not listed
        ids["held"] = add_customer(session, "C1", "Cor Pauze")
        add_invoice(session, ids["held"], "FC", date(2026, 6, 1), "500.00")
        # no mobile and no e-mail but only a few euros overdue: not listed
        ids["small"] = add_customer(session, "D1", "Dirk Klein")
        add_invoice(session, ids["small"], "FD", date(2026, 6, 1), "4.00")
        # a returned letter
        ids["returned"] = add_customer(
            session, "E1", "Eva Retour", mobile="+31622222222", email="e@example.nl"
        )
        add_invoice(session, ids["returned"], "FE", date(2026, 11, 1), "300.00")
        batch = LetterBatch(
            administration_id=1,
            number=1,
            letter_date=date(2026, 12, 1),
            pages=1,
            letter_count=1,
            sha256="0" * 64,
            size=1,
            file_name="b1.pdf",
            status=LetterBatchStatus.DISPATCHED,
        )
        session.add(batch)
        session.flush()
        session.add(
            Letter(
                batch_id=batch.id,
                customer_id=ids["returned"],
                customer_number="E1",
                customer_name="Eva Retour",
                position=0,
                first_page=1,
                pages=1,
                qr_kind="none",
                total=Decimal("300.00"),
                pay_by=date(2026, 12, 15),
                returned_at=datetime(2026, 12, 10, 9, tzinfo=UTC),
            )
        )
        # handed over, opted out: never listed even without mobile and e-mail
        ids["gone"] = add_customer(
            session, "F1", "Frits Weg", dunning_status=DunningStatus.HANDED_OVER
        )
        add_invoice(session, ids["gone"], "FF", date(2026, 6, 1), "700.00")
        ids["optout"] = add_customer(session, "G1", "Gijs Nee", opt_out_call=True)
        add_invoice(session, ids["optout"], "FG", date(2026, 6, 1), "700.00")
    add_hold(db, ids["held"], HoldReason.MANUAL, today=DAY)
    return ids


def test_reasons_order_and_who_is_left_off(db: Database) -> None:
    _fill(db)
    listed = call_list(db, 1, DAY)
    assert [(e.number, e.reasons) for e in listed.entries] == [
        ("A1", (CallReason.CALL_STEP,)),
        ("E1", (CallReason.RETURNED_MAIL,)),
        ("B1", (CallReason.NO_DIGITAL,)),
    ]
    first = listed.entries[0]
    assert (first.phone, first.tel_uri, first.overdue_amount) == (
        "+31611111111",
        "tel:+31611111111",
        Decimal("900.00"),
    )
    assert first.days_overdue == 76 and len(first.task_ids) == 1
    quiet = listed.entries[2]
    assert (quiet.phone, quiet.tel_uri, quiet.email) == ("020-1234567", "tel:0201234567", None)


def test_a_call_today_takes_the_customer_off_and_a_follow_up_brings_it_back(
    db: Database,
) -> None:
    ids = _fill(db)
    log_call(db, ids["task"], "reached", today=DAY, next_follow_up=date(2026, 12, 18))
    log_call(db, ids["returned"], "voicemail", today=DAY)
    log_call(db, ids["quiet"], "reached", today=DAY)
    assert call_list(db, 1, DAY).entries == ()
    # the returned letter is answered by the call; the follow-up comes on its date
    assert call_list(db, 1, date(2026, 12, 17)).entries == ()
    (entry,) = call_list(db, 1, date(2026, 12, 18)).entries
    assert (entry.number, entry.reasons, entry.follow_up_on) == (
        "A1",
        (CallReason.FOLLOW_UP,),
        date(2026, 12, 18),
    )
    # a later call without a follow-up date overtakes it
    log_call(db, ids["task"], "reached", today=date(2026, 12, 18))
    assert call_list(db, 1, date(2026, 12, 21)).entries == ()
    # no mobile and no e-mail: back on the list after the recall period (30 days)
    assert [e.number for e in call_list(db, 1, date(2027, 1, 15)).entries] == ["B1"]


def test_the_clerk_filter(db: Database) -> None:
    ids = _fill(db)
    assign_customers(db, [ids["quiet"]], "clerk2", user_login="lead")
    mine = call_list(db, 1, DAY, clerk_id=_user_id(db, "clerk2"))
    assert [(e.number, e.assigned_to) for e in mine.entries] == [("B1", "clerk2")]
    nobody = call_list(db, 1, DAY, unassigned=True)
    assert [e.number for e in nobody.entries] == ["A1", "E1"]


def _user_id(db: Database, login: str) -> int:
    from sqlalchemy import select

    from debtordesk.db.models import User

    with db.read() as session:
        found = session.scalar(select(User.id).where(User.login == login))
    assert found is not None
    return int(found)


def test_tel_uri() -> None:
    assert tel_uri("+31 6 1234 5678") == "tel:+31612345678"
    assert tel_uri("(020) 123-4567") == "tel:0201234567"
    assert tel_uri(None) is None and tel_uri("n/a") is None


def test_a_computed_queue_adds_its_call_steps(db: Database) -> None:
    from debtordesk.services.dunning_queue import compute_queue_for

    with db.write() as session:
        customer = add_customer(
            session,
            "H1",
            "Hans Bel",
            mobile="+31633333333",
            email="h@example.nl",
            address_line1="Laan 1",
            postcode="1234 AB",
            city="Utrecht",
            customer_type=CustomerType.BUSINESS,
        )
        add_invoice(session, customer, "FH", date(2026, 11, 25), "400.00")
    # the business policy calls at due date + 14; nothing is recorded yet
    assert call_list(db, 1, DAY).entries == ()
    queue = compute_queue_for(db, 1, DAY)
    (entry,) = call_list(db, 1, DAY, queue=queue).entries
    assert (entry.number, entry.reasons, entry.task_ids) == ("H1", (CallReason.CALL_STEP,), ())
    with pytest.raises(UserError) as other_day:
        call_list(db, 1, date(2026, 12, 17), queue=queue)
    assert other_day.value.code == "calls.queue_mismatch"
