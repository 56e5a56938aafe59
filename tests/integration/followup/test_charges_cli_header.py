"""'debtordesk charges CUSTOMER' lists the charges under a line of column titles, as the other list
commands do (it had none: a clerk saw bare numbers)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from debtordesk.cli import main
from debtordesk.db.models import Charge
from debtordesk.domain.dunning.model import ChargeKind, ChargeStatus
from debtordesk.services.database import Database
from tests.integration.views.factory import add_customer


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def test_the_charges_have_column_titles(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan Jansen")
        session.add_all(
            [
                Charge(
                    customer_id=customer,
                    kind=ChargeKind.COSTS,
                    amount=Decimal("40.00"),
                    status=ChargeStatus.OPEN,
                ),
                Charge(
                    customer_id=customer,
                    kind=ChargeKind.INTEREST,
                    amount=Decimal("3.12"),
                    status=ChargeStatus.WAIVED,
                    waived_reason="goodwill",
                ),
            ]
        )
    capsys.readouterr()
    assert main(["--db", _url(db), "--lang", "nl", "charges", "K1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    header = lines[0].split()
    assert header == ["Id", "Soort", "Bedrag", "Status", "Factuur", "Berekend", "op"]
    # the titles stand above their columns: the amount's title ends where the amounts end
    assert lines[0].index("Bedrag") + len("Bedrag") == lines[1].index("40,00") + len("40,00")
    assert main(["--db", _url(db), "charges", "K1", "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["Id", "Kind", "Amount"] and lines[0].endswith("Reason")
    assert len(lines) == 3 and lines[2].endswith("goodwill")
