"""The follow-up table models keep Qt's model contract (qtmodeltester), sort by their keys (money as
numbers, blanks after the values) and speak the clerk's language."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from debtordesk.domain.arrangements import (
    ArrangementStatus,
    CostsChoice,
    Interval,
    TermStatus,
)
from debtordesk.domain.calls import CallReason
from debtordesk.domain.disputes import DisputeStatus
from debtordesk.domain.promises import PromiseStatus
from debtordesk.services.followup import (
    ArrangementRecord,
    CallListEntry,
    CallRecord,
    DisputeRecord,
    NoteRecord,
    PromiseRecord,
    TermView,
)
from debtordesk.ui.models.roles import RAW_VALUE_ROLE
from debtordesk.ui.pages.calls.model import CallColumn, CallListModel
from debtordesk.ui.pages.disputes.model import DisputeColumn, DisputeModel
from debtordesk.ui.widgets.followup_models import (
    ArrangementColumn,
    ArrangementModel,
    ContactColumn,
    ContactModel,
    PromiseModel,
    TermModel,
    contact_rows,
)

D = Decimal
AT = datetime(2026, 12, 14, 9, 30, tzinfo=UTC)


def _entry(customer: int, name: str, overdue: str, phone: str | None) -> CallListEntry:
    return CallListEntry(
        customer_id=customer,
        number=f"K{customer}",
        name=name,
        phone=phone,
        tel_uri=f"tel:{phone}" if phone else None,
        email=None,
        reasons=(CallReason.BROKEN_PROMISE, CallReason.NO_DIGITAL),
        overdue_amount=D(overdue),
        open_amount=D(overdue),
        days_overdue=40,
        oldest_due=date(2026, 11, 1),
        assigned_user_id=None,
        assigned_to=None,
        last_called_on=None,
        follow_up_on=None,
        task_ids=(),
    )


def test_call_list_model(qtmodeltester: Any) -> None:
    model = CallListModel("nl")
    model.priority = {1: 1, 2: 2, 3: 3}
    model.set_rows(
        [
            _entry(1, "Ömer", "1200.50", "+31612345678"),
            _entry(2, "anna", "99.00", None),
            _entry(3, "Bert", "300.00", "+31201234567"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, CallColumn.OVERDUE).data() == "1.200,50"
    assert model.index(0, CallColumn.PHONE).data() == "06 12345678"
    assert model.index(0, CallColumn.PHONE).data(Qt.ItemDataRole.FontRole).underline()
    assert model.index(1, CallColumn.PHONE).data(Qt.ItemDataRole.FontRole) is None
    # no number at all: said so, with what to do, and nothing to click
    missing = model.index(1, CallColumn.PHONE)
    assert missing.data() == "no number known"
    assert "Look one up" in missing.data(Qt.ItemDataRole.ToolTipRole)
    assert missing.data(RAW_VALUE_ROLE) is None
    model.sort(CallColumn.OVERDUE, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).customer_id for r in range(3)] == [2, 3, 1]
    model.sort(CallColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).name for r in range(3)] == ["anna", "Bert", "Ömer"]
    model.sort(CallColumn.PRIORITY, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).customer_id for r in range(3)] == [1, 2, 3]


def test_dispute_model(qtmodeltester: Any) -> None:
    model = DisputeModel("en")
    model.set_rows(
        [
            DisputeRecord(
                id=n,
                customer_id=n,
                customer_number=f"K{n}",
                customer_name="Jan",
                invoice_id=n if n != 2 else None,
                invoice_number=f"F{n}",
                open_amount=D("10.00") * n if n != 2 else None,
                reason_code="amount_wrong",
                reason_text="twice",
                status=DisputeStatus.ACCEPTED,
                opened_on=date(2026, 12, n),
                opened_by="clerk",
                decided_at=AT,
                decision_note="credit note",
                resolved_at=None,
                resolution_note="",
                hold_id=None,
                version=1,
            )
            for n in (1, 2, 3)
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, DisputeColumn.STATUS).data() == "accepted"
    assert model.index(0, DisputeColumn.DECISION).data() == "credit note"
    model.sort(DisputeColumn.OPEN_AMOUNT, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).id for r in range(3)] == [2, 3, 1]
    # the invoice that is gone has no amount: after the amounts, smallest first
    model.sort(DisputeColumn.OPEN_AMOUNT, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).id for r in range(3)] == [1, 3, 2]


def test_contact_promise_arrangement_and_term_models(qtmodeltester: Any) -> None:
    calls = (
        CallRecord(1, AT, AT.date(), "reached", "Reached", "Bereikt", "a\nb", None, None, "c"),
    )
    notes = (NoteRecord(4, 9, 7, "F7", "=1+1", AT.replace(hour=11), "c"),)
    contacts = ContactModel("nl")
    contacts.set_rows(contact_rows(calls, notes, "nl"))
    qtmodeltester.check(contacts)
    assert contacts.index(0, ContactColumn.WHAT).data() == "Note (invoice F7)"
    assert contacts.index(1, ContactColumn.WHAT).data() == "Call: Bereikt"
    assert contacts.index(1, ContactColumn.TEXT).data() == "a ⏎ b"

    promises = PromiseModel("en")
    promises.set_rows(
        [
            PromiseRecord(
                1,
                9,
                date(2026, 12, 21),
                D("300.00"),
                PromiseStatus.BROKEN,
                AT.date(),
                ("F1", "F2"),
                None,
                date(2026, 12, 28),
                "7",
                D("0.00"),
            ),
        ]
    )
    qtmodeltester.check(promises)
    assert promises.index(0, 3).data() == "F1, F2"
    assert promises.index(0, 4).data() == "broken"

    terms = (
        TermView(1, date(2026, 12, 21), D("333.34"), D("333.34"), TermStatus.PAID),
        TermView(2, date(2027, 1, 21), D("333.33"), D("100.00"), TermStatus.PART_PAID),
        TermView(3, date(2027, 2, 21), D("333.33"), D("0.00"), TermStatus.OPEN),
    )
    arrangements = ArrangementModel("en")
    arrangements.set_rows(
        [
            ArrangementRecord(
                id=1,
                customer_id=9,
                status=ArrangementStatus.ACTIVE,
                total=D("1000.00"),
                principal=D("910.00"),
                costs_choice=CostsChoice.INCLUDED,
                costs_amount=D("90.00"),
                costs_reason="agreed",
                interval=Interval.DAYS,
                interval_days=14,
                grace_days=7,
                made_on=AT.date(),
                paid=D("433.34"),
                judged_on=None,
                invoice_numbers=("F1",),
                terms=terms,
                ended_on=None,
                broken_term=None,
                note="",
                version=1,
            )
        ]
    )
    qtmodeltester.check(arrangements)
    assert arrangements.index(0, ArrangementColumn.NEXT).data() == "2027-01-21"
    assert arrangements.index(0, ArrangementColumn.INTERVAL).data() == "every 14 days"
    assert arrangements.index(0, ArrangementColumn.COSTS).data() == "costs included (€ 90.00)"
    term_model = TermModel("en")
    term_model.set_rows(terms)
    qtmodeltester.check(term_model)
    assert [term_model.index(r, 4).data() for r in range(3)] == [
        "paid",
        "partly paid",
        "not due yet",
    ]
