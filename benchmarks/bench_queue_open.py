"""Opening the queue page at real size: how soon the first rows are on screen, and the whole queue.

Target (issue 3): the queue page shows its first rows within 1 s of opening (40,000 customers, 100,000
open invoices). The database is filled as benchmarks.bench_queue fills it (in a child process); then the
page is opened ``--repeat`` times in this process, offscreen, with the application's GUI-thread cycle
collector running (ui.gc_guard), as in the window. Each opening is timed from making the page to the
first rows in its table (the longest-overdue customers first, when the administration is large) and to
the whole queue. Prints the times; never asserts them.

Run: python -m benchmarks.bench_queue_open [--customers N] [--invoices N] [--repeat N]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.bench_queue import TODAY, fill
from debtordesk.services.database import open_database
from debtordesk.services.dunning_queue import FIRST_STEP_FROM
from debtordesk.ui.context import UiContext
from debtordesk.ui.gc_guard import GuiThreadCollector
from debtordesk.ui.pages.queue.page import QueuePage
from debtordesk.ui.tasks import TaskRunner

#: the most seconds one opening may take before the benchmark gives up on it
GIVE_UP = 120.0


def open_once(app: QApplication, ctx: UiContext) -> tuple[float | None, float, int, int]:
    """(seconds to the first rows, or None when the whole queue came at once; seconds to the whole
    queue; rows shown first; rows of the whole queue)."""
    times: dict[str, float] = {}
    first_rows = 0
    start = time.perf_counter()
    page = QueuePage(ctx)

    def first() -> None:
        nonlocal first_rows
        times["first"] = time.perf_counter() - start
        first_rows = page.model.rowCount()

    page.first_rows_shown.connect(first)
    page.computed.connect(lambda: times.setdefault("whole", time.perf_counter() - start))
    page.resize(1400, 850)
    page.show()
    while "whole" not in times:
        if time.perf_counter() - start > GIVE_UP:
            sys.exit(f"the queue did not arrive within {GIVE_UP:.0f} s")
        app.processEvents()
        time.sleep(0.002)
    rows = page.model.rowCount()
    page.close()
    page.deleteLater()
    app.processEvents()
    ctx.tasks.wait_for_all()
    return times.get("first"), times["whole"], first_rows, rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=40_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    folder = tempfile.TemporaryDirectory(prefix="dd-bench-queue-open-")
    url = str(Path(folder.name) / "queue.sqlite")
    child = multiprocessing.get_context("spawn").Process(
        target=fill, args=(url, args.customers, args.invoices)
    )
    child.start()
    child.join()
    if child.exitcode != 0:
        sys.exit(f"filling the database failed (exit {child.exitcode})")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    collector = GuiThreadCollector(app)
    db = open_database(url)
    tasks = TaskRunner()
    prefs = QSettings(str(Path(folder.name) / "prefs.ini"), QSettings.Format.IniFormat)
    ctx = UiContext(db=db, tasks=tasks, prefs=prefs, language="en", today=lambda: TODAY)
    ctx.administration.load(db)
    try:
        firsts: list[float] = []
        for round_number in range(1, args.repeat + 1):
            first, whole, first_rows, rows = open_once(app, ctx)
            shown = first if first is not None else whole
            firsts.append(shown)
            detail = (
                f"first {first_rows} rows at {first * 1000:.0f} ms"
                if first is not None
                else f"the whole queue at once (not more than {FIRST_STEP_FROM:,} customers)"
            )
            print(
                f"opening {round_number}: {detail}; whole queue ({rows} rows) at "
                f"{whole * 1000:.0f} ms",
                flush=True,
            )
        slowest = max(firsts)
        verdict = "ok" if slowest < 1.0 else "ABOVE TARGET"
        print(
            f"first rows on screen, slowest of {args.repeat}: {slowest * 1000:.0f} ms "
            f"(target < 1000 ms) {verdict}"
        )
    finally:
        collector.stop()
        tasks.wait_for_all()
        db.dispose()
        folder.cleanup()


if __name__ == "__main__":
    main()
