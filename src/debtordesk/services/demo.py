"""The demo database: a Dutch childcare organisation with a year of customers and invoices, in its own file.

The demo is written through the normal schema (created and upgraded by :func:`open_database`) with
bulk inserts in one transaction, as if one import had loaded it: one import batch, timeline events, an
audit entry. It is never written into a database that already holds customers or invoices.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from debtordesk.db.engine import Database
from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.progress import NullProgress, Progress, check_cancel
from debtordesk.services.database import open_database
from debtordesk.services.demo_data import generate_customers
from debtordesk.services.demo_files import CSV_NAME, XLSX_NAME, write_newer_csv, write_xlsx
from debtordesk.services.demo_invoices import generate_invoices
from debtordesk.services.demo_names import ORGANISATION
from debtordesk.services.demo_write import DemoData, write_demo
from debtordesk.settings.paths import data_dir, demo_database_path

DEMO_CUSTOMERS = 2000
#: seconds the read-only look into an existing file waits for a writer
_READ_TIMEOUT_SECONDS = 5


@dataclass(frozen=True)
class DemoInfo:
    """The demo database: where it is, whether this call created it, and what it holds."""

    path: Path
    created: bool
    customers: int
    invoices: int
    open_invoices: int
    #: open invoices past their due date on the demo's day
    overdue_invoices: int
    #: the sample files for the import wizard (those that exist)
    sample_files: tuple[Path, ...]
    #: where the sample files are (see :func:`sample_folder`)
    sample_folder: Path


def sample_folder(database: Path | None = None) -> Path:
    """Where the sample import files of the demo in ``database`` go: the data folder's ``demo``
    folder for the default demo file (or no file), else beside the chosen file, so a demo made
    with ``--db FILE`` keeps its files together and leaves the data folder alone."""
    if database is None:
        return data_dir() / "demo"
    target = database.expanduser().resolve()
    if target == demo_database_path().expanduser().resolve():
        return data_dir() / "demo"
    return target.parent


def create_demo_database(
    path: Path,
    *,
    seed: int = 7,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoInfo:
    """Create the demo in ``path``, or reopen it when ``path`` is the default demo file and filled.

    Any other database that already holds customers or invoices is refused.
    """
    target = path.expanduser().resolve()
    day = today or datetime.now(UTC).astimezone().date()
    tracker = progress or NullProgress()
    existing = _existing_counts(target)
    # the default demo file's folder (the data folder) is made on first start; a chosen file's must exist
    own_file = target == demo_database_path().expanduser().resolve()
    if existing is not None and any(existing):
        if not own_file:
            raise UserError("demo.not_empty", path=str(target), demo_path=str(demo_database_path()))
        db = Database.open(str(target))
        try:
            return _info(db, target, created=False, day=day)
        finally:
            db.dispose()
    db = open_database(str(target), make_folder=own_file)
    try:
        try:
            data = generate_demo(seed, day, tracker)
            write_demo(db, data, seed=seed, today=day, progress=tracker)
        except BaseException:
            if existing is None:
                db.dispose()
                _remove_database_files(target)
            raise
        _write_samples(data, day, seed, tracker, sample_folder(target))
        return _info(db, target, created=True, day=day)
    finally:
        db.dispose()


def _existing_counts(target: Path) -> tuple[int, int] | None:
    """(customers, invoices) of an existing DebtorDesk database, read without writing anything;
    None when there is no database yet. Any other file is refused untouched."""
    if not target.exists() or target.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(
            target.as_uri() + "?mode=ro", uri=True, timeout=_READ_TIMEOUT_SECONDS
        )
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if "customer" not in tables or "invoice" not in tables:
                if tables - {"alembic_version"}:
                    raise UserError("db.not_debtordesk", path=str(target))
                return 0, 0
            customers = connection.execute("SELECT count(*) FROM customer").fetchone()[0]
            invoices = connection.execute("SELECT count(*) FROM invoice").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        lowered = str(exc).lower()
        if "locked" in lowered or "busy" in lowered:
            raise EnvironmentProblem("db.locked", seconds=_READ_TIMEOUT_SECONDS) from exc
        if "unable to open" in lowered:
            raise EnvironmentProblem("permission_denied", path=str(target)) from exc
        raise UserError("db.not_debtordesk", path=str(target)) from exc
    except sqlite3.DatabaseError as exc:
        raise UserError("db.not_debtordesk", path=str(target)) from exc
    return int(customers), int(invoices)


def generate_demo(seed: int, today: date, progress: Progress | None = None) -> DemoData:
    """The demo's customers and invoices for a seed and a day, in memory."""
    tracker = progress or NullProgress()
    tracker.set_status(Message("demo.progress.generating"))
    rng = random.Random(seed)
    customers = generate_customers(rng, today, DEMO_CUSTOMERS)
    check_cancel(tracker)
    invoices = generate_invoices(rng, today, customers)
    check_cancel(tracker)
    return DemoData(tuple(customers), tuple(invoices))


def _write_samples(data: DemoData, day: date, seed: int, progress: Progress, folder: Path) -> None:
    progress.set_status(Message("demo.progress.files"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_xlsx(folder / XLSX_NAME, ORGANISATION["name"], data.customers, data.invoices, day)
        write_newer_csv(folder / CSV_NAME, data.customers, data.invoices, day, seed)
    except OSError as exc:
        raise EnvironmentProblem(
            "demo.samples_failed", folder=str(folder), detail=exc.strerror or str(exc)
        ) from exc


def _stored_counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        customers = session.scalar(select(func.count()).select_from(Customer)) or 0
        invoices = session.scalar(select(func.count()).select_from(Invoice)) or 0
    return customers, invoices


def _info(db: Database, target: Path, *, created: bool, day: date) -> DemoInfo:
    customers, invoices = _stored_counts(db)
    with db.read() as session:
        open_filter = Invoice.status == InvoiceStatus.OPEN
        open_count = session.scalar(select(func.count()).where(open_filter)) or 0
        overdue = (
            session.scalar(select(func.count()).where(open_filter, Invoice.due_date < day)) or 0
        )
    folder = sample_folder(target)
    samples = tuple(p for p in (folder / XLSX_NAME, folder / CSV_NAME) if p.exists())
    return DemoInfo(target, created, customers, invoices, open_count, overdue, samples, folder)


def _remove_database_files(target: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
