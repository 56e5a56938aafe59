"""Collection costs and interest left open after the principal is paid: the queue keeps showing the
customer, and the clerk waives them with a reason (service and ``debtordesk charges``)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from debtordesk.cli import main
from debtordesk.db.models import Charge
from debtordesk.domain.dunning.model import ChargeKind, ChargeStatus
from debtordesk.domain.errors import UserError
from debtordesk.services.charges import list_charges, mark_charges_paid, waive_charges
from debtordesk.services.database import Database
from debtordesk.services.dunning_queue import compute_queue_for
from tests.integration.followup.helpers import (
    audit_actions,
    customer_id,
    event_codes,
    import_open_items,
    invoice_id,
)

TODAY = date(2026, 11, 20)


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _paid_with_costs_open(db: Database, tmp_path: Path) -> int:
    """K1's invoice F1 was charged 40.00 costs and 3.12 interest, then the principal was paid (the
    next full snapshot no longer lists F1); K2 still owes F2."""
    import_open_items(
        db,
        tmp_path,
        [
            ("F1", "K1", "Jan Jansen", date(2026, 8, 1), "300.00", "300.00"),
            ("F2", "K2", "Piet Pieters", date(2026, 8, 1), "100.00", "100.00"),
        ],
        export_date=date(2026, 10, 1),
    )
    customer = customer_id(db, "K1")
    with db.write() as session:
        session.add_all(
            [
                Charge(
                    customer_id=customer,
                    invoice_id=invoice_id(db, "F1"),
                    kind=ChargeKind.COSTS,
                    amount=Decimal("40.00"),
                    status=ChargeStatus.OPEN,
                ),
                Charge(
                    customer_id=customer,
                    invoice_id=None,
                    kind=ChargeKind.INTEREST,
                    amount=Decimal("3.12"),
                    status=ChargeStatus.OPEN,
                ),
            ]
        )
    import_open_items(
        db,
        tmp_path,
        [("F2", "K2", "Piet Pieters", date(2026, 8, 1), "100.00", "100.00")],
        export_date=date(2026, 11, 19),
    )
    return customer


def _entry(db: Database, customer: int) -> object | None:
    queue = compute_queue_for(db, 1, TODAY)
    return next((e for e in queue.entries if e.customer_id == customer), None)


def test_the_queue_keeps_a_customer_whose_costs_outlived_the_principal(
    db: Database, tmp_path: Path
) -> None:
    customer = _paid_with_costs_open(db, tmp_path)
    entry = _entry(db, customer)
    assert entry is not None
    row = entry.row  # type: ignore[attr-defined]
    assert row.action is None
    assert row.blocked.code == "dunning.blocked.charges_open"
    assert (row.open_amount, row.costs, row.interest) == (0, Decimal("40.00"), Decimal("3.12"))
    warnings = [
        w for w in compute_queue_for(db, 1, TODAY).warnings if w.code == "queue.charges_open"
    ]
    assert [w.params for w in warnings] == [{"customers": 1, "amount": Decimal("43.12")}]


def test_waiving_needs_a_reason_then_clears_the_queue_audits_and_notes_it(
    db: Database, tmp_path: Path
) -> None:
    customer = _paid_with_costs_open(db, tmp_path)
    with pytest.raises(UserError) as refused:
        waive_charges(db, customer, reason="   ")
    assert refused.value.code == "charges.reason_needed"
    assert len(list_charges(db, customer)) == 2
    with pytest.raises(UserError) as refused:
        waive_charges(db, customer, reason="goodwill", charge_ids=[999_999])
    assert refused.value.code == "charges.not_open"
    assert len(list_charges(db, customer)) == 2

    waived = waive_charges(db, customer, reason="social collection: debt help  started")
    assert waived.total == Decimal("43.12") and waived.customer_number == "K1"
    assert list_charges(db, customer) == ()
    closed = list_charges(db, customer, include_closed=True)
    assert {c.status for c in closed} == {ChargeStatus.WAIVED}
    assert {c.waived_reason for c in closed} == {"social collection: debt help started"}
    assert audit_actions(db, "charge").count("waived") == 2
    assert "event.followup.costs_waived" in event_codes(db, customer)
    assert _entry(db, customer) is None
    with pytest.raises(UserError) as refused:
        waive_charges(db, customer, reason="again")
    assert refused.value.code == "charges.nothing_open"


def test_the_cli_lists_and_waives_one_charge(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer = _paid_with_costs_open(db, tmp_path)
    capsys.readouterr()
    assert main(["--db", _url(db), "charges", "K1", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["amount"], c["invoice"]) for c in listed] == [
        ("costs", "40.00", "F1"),
        ("interest", "3.12", None),
    ]
    costs_id = listed[0]["id"]
    assert main(["--db", _url(db), "charges", "K1", "--waive", "--charge", str(costs_id)]) == 2
    assert "Say why" in capsys.readouterr().err  # refused: no reason, nothing waived
    assert (
        main(
            [
                "--db",
                _url(db),
                "--lang",
                "nl",
                "charges",
                "K1",
                "--waive",
                "--charge",
                str(costs_id),
            ]
        )
        == 2
    )
    assert "reden" in capsys.readouterr().err
    status = main(
        [
            "--db", _url(db), "charges", "K1", "--waive", "--charge", str(costs_id),
            "--reason", "goodwill", "--json",
        ]
    )  # fmt: skip
    assert status == 0
    out = json.loads(capsys.readouterr().out)
    assert out["total"] == "40.00" and [c["status"] for c in out["waived"]] == ["waived"]
    with db.read() as session:
        statuses = dict(session.execute(select(Charge.kind, Charge.status)).all())
    assert statuses == {
        ChargeKind.COSTS: ChargeStatus.WAIVED,
        ChargeKind.INTEREST: ChargeStatus.OPEN,
    }
    assert _entry(db, customer) is not None  # the interest is still open


def test_charges_that_came_in_with_the_invoices_are_marked_paid(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer = _paid_with_costs_open(db, tmp_path)
    settled = mark_charges_paid(db, customer, charge_ids=[list_charges(db, customer)[0].id])
    assert settled.total == Decimal("40.00")
    capsys.readouterr()
    status = main(
        ["--db", _url(db), "charges", "K1", "--paid", "--reason", "bank 12 March", "--json"]
    )
    assert status == 0
    out = json.loads(capsys.readouterr().out)
    assert out["total"] == "3.12" and [c["status"] for c in out["paid"]] == ["paid"]
    closed = list_charges(db, customer, include_closed=True)
    assert [(c.status, c.waived_reason) for c in closed] == [
        (ChargeStatus.PAID, None),
        (ChargeStatus.PAID, None),
    ]
    assert audit_actions(db, "charge").count("paid") == 2
    assert event_codes(db, customer).count("event.charges.marked_paid") == 2
    assert _entry(db, customer) is None
    # --paid and --waive together are refused by the command line
    with pytest.raises(SystemExit):
        main(["--db", _url(db), "charges", "K1", "--paid", "--waive", "--reason", "x"])


def test_the_cli_lists_charges_in_the_clerks_language(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The list printed the internal ids ('costs', 'interest', 'open', 'waived') and an ISO date, also
    in Dutch."""
    customer = _paid_with_costs_open(db, tmp_path)
    costs_id = next(c.id for c in list_charges(db, customer) if c.kind is ChargeKind.COSTS)
    waive_charges(db, customer, reason="coulance", charge_ids=[costs_id])
    created = {
        c.kind: c.created_at.astimezone().date()
        for c in list_charges(db, customer, include_closed=True)
    }
    capsys.readouterr()
    assert main(["--lang", "nl", "--db", _url(db), "charges", "K1", "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and lines[0].split()[:2] == ["Id", "Soort"]  # the column titles
    costs = next(line for line in lines if "incassokosten" in line)
    assert "40,00" in costs and "kwijtgescholden" in costs and costs.endswith("coulance")
    assert f"{created[ChargeKind.COSTS]:%d-%m-%Y}" in costs
    interest = next(line for line in lines if "rente" in line)
    assert "3,12" in interest and " open " in interest
    assert main(["--db", _url(db), "charges", "K1", "--all"]) == 0
    english = capsys.readouterr().out
    assert "collection costs" in english and "waived" in english and "interest" in english
