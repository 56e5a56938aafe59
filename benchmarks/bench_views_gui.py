"""The list views at real size through the real window: time to the first rows of the invoices and
customers pages, and to the answer of a header click and of a search.

Run: python -m benchmarks.bench_views_gui [--db FILE]. Without --db a SQLite file with 40,000 customers
and 100,000 invoices is made first (as benchmarks.bench_views does). Offscreen; no display needed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.bench_views import TODAY, fill
from debtordesk.services.database import open_database
from debtordesk.ui.context import UiContext
from debtordesk.ui.main_window import MainWindow
from debtordesk.ui.models.invoices import InvoiceColumn
from debtordesk.ui.models.table import PagedTableModel
from debtordesk.ui.tasks import TaskRunner


def until_loaded(model: PagedTableModel, start: float, timeout: float = 30.0) -> float:  # type: ignore[type-arg]
    """Milliseconds from ``start`` until the model has its page (the event loop keeps running)."""
    loop = QEventLoop()
    model.page_loaded.connect(loop.quit)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    if model.loading or not model.loaded_once:
        loop.exec()
    model.page_loaded.disconnect(loop.quit)
    return (time.perf_counter() - start) * 1000


def run(location: str) -> None:
    app = QApplication.instance() or QApplication([])
    db = open_database(location)
    with tempfile.TemporaryDirectory() as folder:
        prefs = QSettings(str(Path(folder) / "prefs.ini"), QSettings.Format.IniFormat)
        ctx = UiContext(db, TaskRunner(app), prefs, "nl", today=lambda: TODAY)
        started = time.perf_counter()
        window = MainWindow(ctx, import_hook=lambda *_: False)
        window.show()
        invoices = window.pages["invoices"].model  # type: ignore[attr-defined]
        customers = window.pages["customers"].model  # type: ignore[attr-defined]
        print(f"{'window built':<44} {(time.perf_counter() - started) * 1000:8.1f} ms")
        print(f"{'customers: first rows on screen':<44} {until_loaded(customers, started):8.1f} ms")
        print(f"{'invoices: first rows on screen':<44} {until_loaded(invoices, started):8.1f} ms")
        page = window.pages["invoices"]
        for column, order in (
            (InvoiceColumn.AMOUNT, Qt.SortOrder.DescendingOrder),
            (InvoiceColumn.CUSTOMER_NAME, Qt.SortOrder.AscendingOrder),
            (InvoiceColumn.DUE_DATE, Qt.SortOrder.AscendingOrder),
        ):
            started = time.perf_counter()
            page.table.sortByColumn(invoices.column_of(column), order)  # type: ignore[attr-defined]
            label = f"invoices: click header {column.name.lower()}"
            print(f"{label:<44} {until_loaded(invoices, started):8.1f} ms")
        for text in ("ozer", "F2026000123"):
            started = time.perf_counter()
            page.search.setText(text)  # type: ignore[attr-defined]
            page.search.returnPressed.emit()  # type: ignore[attr-defined]
            print(
                f"{'invoices: search ' + repr(text):<44} {until_loaded(invoices, started):8.1f} ms"
            )
        window.close()
        ctx.tasks.wait_for_all()
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="a filled database (default: made now in a temporary folder)")
    parser.add_argument("--customers", type=int, default=40_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    args = parser.parse_args()
    if args.db:
        run(args.db)
        return
    with tempfile.TemporaryDirectory() as folder:
        location = str(Path(folder) / "bench.sqlite")
        db = open_database(location)
        fill(db, args.customers, args.invoices)
        db.dispose()
        run(location)


if __name__ == "__main__":
    main()
