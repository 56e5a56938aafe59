"""Fixtures and helpers of the follow-up GUI tests: a UI context over the ``db`` fixture (SQLite and
PostgreSQL) whose today can be moved, and customers and invoices through the real open-items import
(a CSV written in tmp_path, committed as a full snapshot with an export date)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.services.database import Database
from debtordesk.services.import_file import FileRequest, load_file
from debtordesk.services.imports import CommitOptions, ImportSummary, commit_import
from debtordesk.ui.context import UiContext
from debtordesk.ui.tasks import TaskRunner

WAIT = 15_000
HEADER = "Factuurnummer;Debiteurnummer;Naam;Vervaldatum;Bedrag;Openstaand;Vast nummer"


@dataclass(frozen=True)
class Line:
    """One open item: invoice, customer, name, due date, amount, open amount, landline."""

    invoice: str
    customer: str
    name: str
    due: date
    amount: str
    open_amount: str
    landline: str = ""


class Clock:
    """The day the UI context calls today; a test moves it."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2026, 12, 14))


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path, clock: Clock) -> Iterator[UiContext]:
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    tasks = TaskRunner()
    context = UiContext(db=db, tasks=tasks, prefs=prefs, language="en", today=clock)
    yield context
    tasks.wait_for_all()


def _dutch(amount: str) -> str:
    return amount.replace(".", ",")


def import_open_items(
    db: Database, folder: Path, lines: Sequence[Line], *, export_date: date
) -> ImportSummary:
    """The open-items file as the clerk imports it: read, mapped, committed as a full snapshot."""
    path = folder / f"openstaand_{export_date.isoformat()}_{len(list(folder.iterdir()))}.csv"
    rows = [HEADER]
    for line in lines:
        rows.append(
            f"{line.invoice};{line.customer};{line.name};{line.due.strftime('%d-%m-%Y')};"
            f"{_dutch(line.amount)};{_dutch(line.open_amount)};{line.landline}"
        )
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    loaded = load_file(db, FileRequest(path=path, kind=ImportKind.OPEN_ITEMS))
    return commit_import(
        db,
        loaded.preview,
        CommitOptions(mode=SnapshotMode.FULL, export_date=export_date, force=True),
    )


def customer_id(db: Database, number: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Customer.id).where(Customer.number == number))
    assert found is not None, number
    return int(found)


def invoice_id(db: Database, number: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Invoice.id).where(Invoice.number == number))
    assert found is not None, number
    return int(found)
