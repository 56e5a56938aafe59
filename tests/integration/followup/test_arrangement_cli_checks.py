"""``debtordesk arrangement`` without ``--save`` (the preview) refuses what ``--save`` refuses: a first
term before today, and open collection costs without ``--costs waive|include`` and a reason (the
preview showed a schedule ``--save`` would then refuse). The follow-up dates take the forms the
app's day fields take: ``+3`` is three days from today and '24-12' the next 24 December; a date that
cannot be read is refused with examples from today, not from 2025."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from debtordesk.cli import main
from debtordesk.db.models import Arrangement, CallLog, Charge
from debtordesk.domain.dunning.model import ChargeKind, ChargeStatus
from debtordesk.services.database import Database
from tests.integration.views.factory import add_customer, add_invoice


def _main(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    path = db.sqlite_path
    url = str(path) if path else db.engine.url.render_as_string(hide_password=False)
    capsys.readouterr()
    status = main(["--db", url, *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err.strip()


def _customer(db: Database, *, costs: bool) -> None:
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan Jansen", mobile="+31612345678")
        add_invoice(session, customer, "F1", date(2026, 11, 1), "600.00")
        if costs:
            session.add(
                Charge(
                    customer_id=customer,
                    kind=ChargeKind.COSTS,
                    amount=Decimal("90.00"),
                    status=ChargeStatus.OPEN,
                )
            )


def _code(out: str) -> str:
    return str(json.loads(out)["error"]["code"])


def test_the_preview_refuses_a_first_term_before_today(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _customer(db, costs=False)
    args = ("arrangement", "K1", "--terms", "3", "--start", "2026-12-01", "--date", "2026-12-16")
    for save in ((), ("--save",)):
        status, out, _ = _main(db, capsys, *args, *save, "--json")
        assert (status, _code(out)) == (2, "arrangement.first_term_past"), out


def test_the_preview_refuses_open_costs_without_a_choice(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _customer(db, costs=True)
    args = ("arrangement", "K1", "--terms", "3", "--start", "2027-01-01", "--date", "2026-12-16")
    for save in ((), ("--save",)):
        status, out, _ = _main(db, capsys, *args, *save, "--json")
        assert (status, _code(out)) == (2, "arrangement.costs_choice_needed"), out
        status, out, _ = _main(db, capsys, *args, *save, "--costs", "waive", "--json")
        assert (status, _code(out)) == (2, "arrangement.costs_reason_needed"), out
    status, out, _ = _main(
        db, capsys, *args, "--costs", "include", "--costs-reason", "agreed", "--json"
    )
    assert status == 0 and json.loads(out)["total"] == "690.00", out
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Arrangement)) == 0


def test_days_from_today_as_in_the_app(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _customer(db, costs=False)
    status, out, err = _main(
        db, capsys, "arrangement", "K1", "--terms", "2", "--start", "+3", "--json"
    )
    assert status == 0, err
    today = date.today()
    assert json.loads(out)["terms"][0]["due"] == date.fromordinal(today.toordinal() + 3).isoformat()
    status, out, err = _main(
        db,
        capsys,
        "log-call",
        "K1",
        "--outcome",
        "reached",
        "--next",
        "+3",
        "--json",
    )
    assert status == 0, err
    with db.read() as session:
        (follow_up,) = session.scalars(select(CallLog.next_follow_up))
    assert follow_up == date.fromordinal(today.toordinal() + 3)


@pytest.mark.usefixtures("runs_on_test_dates")  # log-call on a fixed later day
def test_an_unreadable_day_is_refused_with_examples_from_today(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _customer(db, costs=False)
    args = ("arrangement", "K1", "--terms", "2", "--start", "soon", "--date", "2026-12-16")
    status, out, _ = _main(db, capsys, *args, "--json")
    assert (status, _code(out)) == (2, "followup.bad_day"), out
    status, _, nl = _main(db, capsys, "--lang", "nl", *args)
    assert status == 2 and "'soon'" in nl and "--start" in nl and "2025" not in nl, nl
    assert "23-12-2026" in nl and "+7" in nl, nl  # a week from the command's day
    status, _, en = _main(
        db,
        capsys,
        "--lang",
        "en",
        "log-call",
        "K1",
        "--outcome",
        "reached",
        "--next",
        "later",
        "--date",
        "2026-12-16",
    )
    assert status == 2 and "--next" in en and "2026-12-23" in en and "2025" not in en, en
