"""``debtordesk poll``, ``link-payments``, ``paylink-export`` and the poll ``run`` does first, through
the command line with a test keyring and the Mollie and Tikkie stand-ins, with --json and exit
statuses."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from debtordesk.cli import main
from debtordesk.db.models import Hold
from debtordesk.services.database import Database
from tests.integration.payments.setup import customer_with_invoices
from tests.standins.keyrings import MEMORY_BACKEND, MemoryKeyring
from tests.standins.mollie import MollieStandIn
from tests.standins.server import StandInServer
from tests.standins.tikkie import TikkieStandIn

pytestmark = pytest.mark.usefixtures("runs_on_test_dates")

KEY = "test_cliPollKey0123456789abcdef"


@pytest.fixture(autouse=True)
def _test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", MEMORY_BACKEND)
    MemoryKeyring.store.clear()


@pytest.fixture
def mollie() -> Iterator[tuple[StandInServer, MollieStandIn]]:
    standin = MollieStandIn(api_keys=(KEY,))
    with StandInServer(standin) as server:
        yield server, standin


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


class _Cli:
    def __init__(
        self, db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.db, self.capsys, self.monkeypatch = db, capsys, monkeypatch

    def __call__(self, *args: str, stdin: str = "") -> tuple[int, Any, str]:
        self.capsys.readouterr()
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        status = main(["--db", _url(self.db), "--lang", "en", *args])
        captured = self.capsys.readouterr()
        out: Any = captured.out
        if "--json" in args and captured.out.strip():
            out = json.loads(captured.out)
        return status, out, captured.err


@pytest.fixture
def cli(db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> _Cli:
    return _Cli(db, capsys, monkeypatch)


def _mollie_in_use(cli: _Cli, server: StandInServer) -> None:
    assert cli("secrets", "set", "mollie", "api_key", stdin=KEY)[0] == 0
    assert cli("providers", "set", "mollie", f"base_url={server.base_url}/v2", "mode=test")[0] == 0
    assert cli("providers", "use", "paylink", "mollie")[0] == 0


def test_poll_without_a_provider_asks_nothing(db: Database, cli: _Cli) -> None:
    status, out, _ = cli("poll", "--json")
    assert status == 0
    assert out["links"] == 0 and out["payments"] == [] and out["problems"] == []
    assert "No payment provider is configured" in out["unavailable"]
    status, text, _ = cli("poll")
    assert status == 0 and "Payment status not polled" in text


def test_poll_with_a_chosen_provider_without_key_is_refused(db: Database, cli: _Cli) -> None:
    assert cli("providers", "use", "paylink", "tikkie")[0] == 0
    status, out, _ = cli("poll", "--json")
    assert status == 2
    assert "debtordesk secrets set tikkie api_key" in out["unavailable"]


def test_run_polls_first_and_poll_records_a_payment_once(
    db: Database, cli: _Cli, mollie: tuple[StandInServer, MollieStandIn], tmp_path: Path
) -> None:
    server, standin = mollie
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "100.00")])
    _mollie_in_use(cli, server)
    status, out, err = cli("run", "--date", "2026-12-16", "--json")
    assert status == 0, err
    assert out["links_created"] == 1
    assert out["poll"]["links"] == 0 and out["poll"]["provider"] == "mollie"
    (link_id,) = standin.links
    payment_id = standin.pay(link_id)

    status, out, err = cli("poll", "--json")
    assert status == 0, err
    assert (out["asked"], out["paid"], out["holds_added"], out["refund_flags"]) == (1, 1, 1, 0)
    (payment,) = out["payments"]
    assert payment == {
        "customer": "K-1",
        "link_id": link_id,
        "payment_id": payment_id,
        "amount": "100.00",
        "paid_at": payment["paid_at"],
        "invoices": ["F1"],
        "refund": False,
        "refund_reason": None,
    }
    with db.read() as session:
        assert len(session.scalars(select(Hold)).all()) == 1
    status, text, _ = cli("poll")
    assert status == 0 and "0 payments recorded" in text

    # the bookkeeper's export of that payment
    target = tmp_path / "linkbetalingen.xlsx"
    status, out, err = cli(
        "link-payments",
        "--since",
        "2026-01-01",
        "--until",
        "31-12-2027",
        "--out",
        str(target),
        "--json",
    )
    assert status == 0, err
    assert out["rows"] == 1 and out["new_rows"] == 1 and out["total"] == "100.00"
    assert out["path"] == str(target.resolve())
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][5] == payment_id and rows[1][6] == link_id
    status, text, _ = cli(
        "link-payments",
        "--since",
        "2026-01-01",
        "--until",
        "2027-12-31",
        "--out",
        str(tmp_path / "again.csv"),
    )
    assert status == 0 and "1 link payment from" in text and "0 not exported before" in text


def test_poll_with_a_wrong_key_exits_3_and_says_why_once(
    db: Database, cli: _Cli, mollie: tuple[StandInServer, MollieStandIn]
) -> None:
    server, _ = mollie
    for number in ("K-1", "K-2"):
        customer_with_invoices(db, number, [(f"F{number}", date(2026, 12, 1), "50.00")])
    _mollie_in_use(cli, server)
    assert cli("run", "--date", "2026-12-16", "--json")[1]["links_created"] == 2
    assert cli("secrets", "set", "mollie", "api_key", stdin="test_wrongwrongwrongwrong")[0] == 0
    status, out, _ = cli("poll", "--json")
    assert status == 3
    (problem,) = out["problems"]
    assert problem["code"] == "http.wrong_key" and problem["links"] == 2
    assert "test_wrongwrongwrongwrong" not in json.dumps(out)
    status, _, err = cli("poll")
    assert status == 3 and "2 payment links could not be asked" in err
    # run warns on stderr and goes on (its links fail for the same reason)
    status, out, err = cli("run", "--date", "2026-12-30", "--json")
    assert status == 0 and "could not be asked" in err
    assert out["poll"]["problems"][0]["links"] == 2


def test_paylink_export(db: Database, cli: _Cli, tmp_path: Path) -> None:
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "100.00")])
    assert cli("run", "--date", "2026-12-16", "--json")[0] == 0
    target = tmp_path / "tikkie.csv"
    status, out, err = cli("paylink-export", "--out", str(target), "--json")
    assert status == 0, err
    assert out == {
        "path": str(target.resolve()),
        "rows": 1,
        "total": "100.00",
        "with_link": 0,
        "unreachable": 0,
    }
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:6] == ["phone", "email", "name", "amount", "description", "reference"]
    assert rows[1][0] == "+31612345678" and rows[1][3] == "100.00"
    status, text, _ = cli("paylink-export", "--out", str(tmp_path / "b.csv"))
    assert status == 0 and "1 payment request, total" in text


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("link-payments", "--since", "gisteren", "--out", "x.xlsx"), "calc.bad_date"),
        (("link-payments", "--since", "2026-01-01", "--out", "x.pdf"), "payments.export.format"),
        (("paylink-export", "--out", "/nonexistent/dir/x.csv"), "payments.export.folder"),
    ],
)
def test_refusals_exit_2_with_a_stable_code(
    db: Database, cli: _Cli, tmp_path: Path, args: tuple[str, ...], code: str
) -> None:
    status, out, _ = cli(*args, "--json")
    assert status == 2 and out["error"]["code"] == code


def test_run_with_tikkie_polls_and_reports_payments(db: Database, cli: _Cli) -> None:
    standin = TikkieStandIn(api_keys=("tikkie-api-key",))
    token = standin.add_app_token("tikkie-api-key")
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "80.00")])
    with StandInServer(standin) as server:
        cli("secrets", "set", "tikkie", "api_key", stdin="tikkie-api-key")
        cli("secrets", "set", "tikkie", "app_token", stdin=token)
        cli("providers", "set", "tikkie", f"base_url={server.base_url}/v2/tikkie")
        cli("providers", "use", "paylink", "tikkie")
        assert cli("run", "--date", "2026-12-16", "--json")[1]["links_created"] == 1
        (request,) = standin.payment_requests
        standin.pay(request)
        status, text, err = cli("run", "--date", "2026-12-17")
    assert status == 0, err
    assert "Before the run: 1 link payment recorded, 1 invoice put on hold." in text
