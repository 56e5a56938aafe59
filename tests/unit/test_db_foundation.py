"""The data layer's promises: exact money, accent-free search, optimistic locking, schema = migrations."""

from __future__ import annotations

import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, func, select, text
from sqlalchemy.orm.exc import StaleDataError

from debtordesk.db.engine import Database, network_filesystem_of, resolve_url
from debtordesk.db.migrate import check_compatible, current_revision, head_revision
from debtordesk.db.models import Administration, Base, Customer, Invoice
from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.domain.text import search_key
from debtordesk.services.database import administration_id_for, open_database


def _customer(session, name: str, number: str = "C1") -> Customer:
    customer = Customer(
        administration_id=administration_id_for(session),
        number=number,
        name=name,
        name_search=search_key(name),
    )
    session.add(customer)
    session.flush()
    return customer


def test_money_sums_exactly_in_sql(db: Database) -> None:
    with db.write() as session:
        customer = _customer(session, "Jan")
        for i, amount in enumerate(["0.10", "0.20", "-0.30", "1234567.89"]):
            session.add(
                Invoice(
                    administration_id=customer.administration_id,
                    customer_id=customer.id,
                    number=f"F{i}",
                    due_date=date(2026, 1, 1),
                    amount=Decimal(amount),
                    open_amount=Decimal(amount),
                )
            )
    with db.read() as session:
        total = session.scalar(select(func.sum(Invoice.open_amount)))
        small = session.scalar(
            select(func.sum(Invoice.amount)).where(Invoice.number.in_(["F0", "F1"]))
        )
        stored = session.scalar(select(Invoice.amount).where(Invoice.number == "F3"))
    assert total == Decimal("1234567.89")
    assert small == Decimal("0.30")
    assert stored == Decimal("1234567.89")
    assert isinstance(stored, Decimal)


def test_money_refuses_floats_and_fractions_of_cents(db: Database) -> None:
    with pytest.raises(Exception, match=r"Decimal|cent"), db.write() as session:
        customer = _customer(session, "Jan")
        session.add(
            Invoice(
                administration_id=customer.administration_id,
                customer_id=customer.id,
                number="F1",
                due_date=date(2026, 1, 1),
                amount=0.1,  # type: ignore[arg-type]
                open_amount=Decimal("0.1"),
            )
        )
        session.flush()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 0


@pytest.mark.parametrize("query", ["ozer", "özer", "OZER", "Özer"])
def test_search_ignores_case_and_accents(db: Database, query: str) -> None:
    with db.write() as session:
        _customer(session, "Mehmet Özer", "C1")
        _customer(session, "Zoë de Vries", "C2")
        _customer(session, "Łukasz Wójcik", "C3")
    with db.read() as session:
        found = session.scalars(
            select(Customer.name).where(Customer.name_search.like(f"%{search_key(query)}%"))
        ).all()
    assert found == ["Mehmet Özer"]


def test_search_key_handles_letters_without_decomposition() -> None:
    assert search_key("Łukasz Wójcik") == "lukasz wojcik"
    assert search_key("  Søren   Æbelø ") == "soren aebelo"
    assert search_key("Ngọc Anh") == "ngoc anh"
    assert search_key(None) == ""


def test_optimistic_locking_refuses_a_stale_update(db: Database) -> None:
    with db.write() as session:
        customer_id = _customer(session, "Jan").id
    with db.read() as first, db.read() as second:
        a = first.get(Customer, customer_id)
        b = second.get(Customer, customer_id)
        assert a is not None and b is not None
        # two clerks hold the same row in their edit forms
        first.expunge(a)
        second.expunge(b)
    with db.write() as session:
        session.add(a)
        a.email = "a@example.nl"
    with pytest.raises(StaleDataError), db.write() as session:
        session.add(b)
        b.email = "b@example.nl"
    with db.read() as session:
        fresh = session.get(Customer, customer_id)
        assert fresh is not None
        assert fresh.email == "a@example.nl"
        assert fresh.version == 2


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings(
    "ignore:autogenerate skipping metadata-specified expression-based index"
)
def test_models_match_the_migrations(db: Database) -> None:
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    assert current_revision(db.engine) == head_revision()


def test_a_newer_database_is_refused(sqlite_db: Database) -> None:
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(EnvironmentProblem) as caught:
        check_compatible(sqlite_db.engine, sqlite_db.describe())
    assert caught.value.code == "db.newer_schema"


def test_a_foreign_database_is_refused(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(UserError) as caught:
        open_database(str(path))
    assert caught.value.code == "db.not_debtordesk"


def test_open_database_creates_and_upgrades_a_new_file(tmp_path) -> None:
    # a new file in a folder that exists (a missing folder is refused: tests/cli/test_db_location.py)
    path = tmp_path / "new.sqlite"
    db = open_database(str(path))
    try:
        assert path.exists()
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 30000
    finally:
        db.dispose()


def test_a_waiting_writer_waits_instead_of_failing(sqlite_db: Database) -> None:
    """Two writers: the second waits for the first (BEGIN IMMEDIATE + busy timeout), no 'locked'."""
    results: list[str] = []
    hold = threading.Event()
    release = threading.Event()

    def first() -> None:
        with sqlite_db.write() as session:
            _customer(session, "First", "C1")
            hold.set()
            release.wait(5)
        results.append("first")

    def second() -> None:
        hold.wait(5)
        with sqlite_db.write() as session:
            # a read first, then a write: without BEGIN IMMEDIATE this upgrade fails at once
            session.scalar(select(func.count()).select_from(Customer))
            _customer(session, "Second", "C2")
        results.append("second")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    hold.wait(5)
    time.sleep(0.3)
    release.set()
    for thread in threads:
        thread.join(10)
    assert results == ["first", "second"]
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 2


MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
server:/export /mnt/share nfs4 rw 0 0
//nas/finance /media/finance cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/clerk/debtordesk.sqlite", None),
        ("/mnt/share/debtordesk.sqlite", "nfs4"),
        ("/media/finance/dd/db.sqlite", "cifs"),
        ("/mnt/shared-not/db.sqlite", None),
        ("//nas/finance/db.sqlite", "unc"),
        ("\\\\nas\\finance\\db.sqlite", "unc"),
    ],
)
def test_network_share_detection(path: str, expected: str | None) -> None:
    assert network_filesystem_of(path, MOUNTS) == expected


def test_resolve_url_accepts_paths_and_urls_and_refuses_others(tmp_path) -> None:
    assert resolve_url(str(tmp_path / "x.sqlite")).get_backend_name() == "sqlite"
    assert resolve_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    with pytest.raises(UserError):
        resolve_url("mysql://u@h/db")
    with pytest.raises(UserError):
        resolve_url("")


def test_a_windows_share_path_is_refused_before_anything_is_created(tmp_path) -> None:
    for location in ("//nas/finance/debtordesk.sqlite", "\\\\nas\\finance\\debtordesk.sqlite"):
        with pytest.raises(EnvironmentProblem) as caught:
            open_database(location)
        assert caught.value.code == "db.network_share"
    assert not Path("/nas").exists()


def test_a_junk_file_is_refused_as_not_a_database(tmp_path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all, just some text " * 100)
    with pytest.raises(UserError) as caught:
        open_database(str(junk))
    assert caught.value.code == "db.not_a_database"
    assert junk.read_bytes().startswith(b"this is not a database")


def test_a_file_in_the_way_of_the_folder_is_refused(tmp_path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(UserError) as caught:
        open_database(str(blocker / "db.sqlite"))
    assert caught.value.code == "db.cannot_create"


def test_a_kept_open_sqlite_database_reuses_one_connection(
    sqlite_db: Database, db: Database
) -> None:
    """The outbox's batch runs hundreds of small transactions: on SQLite they share one connection
    (with its PRAGMAs: WAL, foreign keys, busy timeout) instead of connecting each time; writes and
    reads still see each other, and disposing it leaves the database as it was. On PostgreSQL the
    engine pools already: the database itself."""
    if not db.is_sqlite:
        assert db.kept_open() is db
    kept = sqlite_db.kept_open()
    assert kept is not sqlite_db and kept.sqlite_path == sqlite_db.sqlite_path
    connects: list[object] = []
    event.listen(kept.engine, "connect", lambda conn, _record: connects.append(conn))
    try:
        for number in range(5):
            with kept.write() as session:
                session.add(Administration(code=f"K{number}", name="kept"))
            with kept.read() as session:
                assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
                assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert len(connects) == 1
    finally:
        kept.dispose()
    with sqlite_db.read() as session:
        count = session.scalar(
            select(func.count()).select_from(Administration).where(Administration.name == "kept")
        )
    assert count == 5
