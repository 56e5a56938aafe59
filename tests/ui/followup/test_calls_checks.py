"""The call list page shows the list before the promise and arrangement checks (SQLite and
PostgreSQL), runs the checks only when something changed since they last ran, and reads the list
again when they decided something (a broken promise comes on the list at once)."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from debtordesk.services.database import Database
from debtordesk.services.followup import log_call
from debtordesk.services.followup.call_page import ChecksRun, run_checks
from debtordesk.ui.context import UiContext
from debtordesk.ui.pages.calls import CallsPage
from tests.ui.followup.conftest import WAIT, Clock, Line, customer_id, import_open_items

DUE = date(2026, 11, 1)
DAY0 = date(2026, 12, 14)


class Checks:
    """run_checks, counted; held back until released when ``hold`` is set."""

    def __init__(self) -> None:
        self.runs = 0
        self.hold: threading.Event | None = None

    def __call__(self, db: Database, administration_id: int, day: date) -> ChecksRun:
        if self.hold is not None:
            assert self.hold.wait(WAIT / 1000)
        self.runs += 1
        return run_checks(db, administration_id, day)


def _ledger(ctx: UiContext, folder: Path, export: date) -> None:
    import_open_items(
        ctx.db,
        folder,
        [
            Line("F1", "K1", "Jan Jansen", DUE, "300.00", "300.00", "020-1234567"),
            Line("F2", "K2", "Grote Klant", DUE, "900.00", "900.00", "010-7654321"),
        ],
        export_date=export,
    )


def _numbers(page: CallsPage) -> list[str]:
    return [page.model.row_at(row).number for row in range(page.model.rowCount())]


def test_the_list_shows_first_and_checks_run_when_something_changed(
    qtbot: QtBot, ctx: UiContext, clock: Clock, tmp_path: Path
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    _ledger(ctx, folder, DAY0)
    ctx.administration.load(ctx.db)
    checks = Checks()
    checks.hold = threading.Event()
    page = CallsPage(ctx, open_url=lambda _url: True, checks=checks)
    qtbot.addWidget(page)
    page.show()
    # the list is on screen while the checks still wait
    qtbot.waitUntil(lambda: _numbers(page) == ["K2", "K1"], timeout=WAIT)
    assert checks.runs == 0 and not page.busy.isHidden()
    with qtbot.waitSignal(page.listed, timeout=WAIT):
        checks.hold.set()
    assert checks.runs == 1 and page.busy.isHidden()
    checks.hold = None

    # nothing changed: a refresh reads the list and does not check again
    with qtbot.waitSignal(page.listed, timeout=WAIT):
        page.refresh()
    assert checks.runs == 1
    # another day: checked again
    clock.day = date(2026, 12, 15)
    with qtbot.waitSignal(page.listed, timeout=WAIT):
        page.refresh()
    assert checks.runs == 2

    # a promise, then the export after its date + grace still shows F1 open: the check breaks it
    # and the list read again has Jan first
    log_call(
        ctx.db,
        customer_id(ctx.db, "K1"),
        "promise_to_pay",
        today=clock.day,
        promise_date=date(2026, 12, 16),
        promise_amount=Decimal("300.00"),
    )
    clock.day = date(2026, 12, 22)
    _ledger(ctx, folder, clock.day)
    with qtbot.waitSignal(page.listed, timeout=WAIT):
        page.refresh()
    assert checks.runs == 3
    assert _numbers(page) == ["K1", "K2"]
    assert "1 broken" in page.message.text()
    # the broken promise's own writes: checked once more (deciding nothing), then quiet
    with qtbot.waitSignal(page.listed, timeout=WAIT):
        page.refresh()
    with qtbot.waitSignal(page.listed, timeout=WAIT):
        page.refresh()
    assert checks.runs == 4
    assert _numbers(page) == ["K1", "K2"]


def test_the_checks_message_counts_one_promise_kept_in_the_singular(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    """It said '… 0 broken (on the list below), 1 promises kept.'"""
    from types import SimpleNamespace

    folder = tmp_path / "files"
    folder.mkdir()
    _ledger(ctx, folder, DAY0)
    ctx.administration.load(ctx.db)
    page = CallsPage(ctx, open_url=lambda _url: True, checks=Checks())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.listed, timeout=WAIT):
        page.show()
    page._say_checks(SimpleNamespace(broken=0, kept=1))  # type: ignore[arg-type]
    assert page.message.text().endswith("0 broken (on the list below), 1 promise kept.")
    page._say_checks(SimpleNamespace(broken=1, kept=3))  # type: ignore[arg-type]
    assert page.message.text().endswith("1 broken (on the list below), 3 promises kept.")
