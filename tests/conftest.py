"""Shared fixtures: a fresh database per test on SQLite and (when configured) PostgreSQL, a private
DEBTORDESK_HOME so no test touches the real data folder, and the path of the shared real-world files.

PostgreSQL: set DEBTORDESK_TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/test). Each test
run migrates one private schema once and empties its tables between tests. With
DEBTORDESK_REQUIRE_POSTGRES=1 (as in CI) a missing server fails the tests instead of skipping them.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from debtordesk.db.engine import Database, make_engine
from debtordesk.db.migrate import upgrade_database
from debtordesk.db.models import Base
from debtordesk.i18n.catalogue import set_language
from debtordesk.services.database import ensure_default_administration

REAL_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "real"
PG_URL_ENV = "DEBTORDESK_TEST_DATABASE_URL"
REQUIRE_PG_ENV = "DEBTORDESK_REQUIRE_POSTGRES"


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own DEBTORDESK_HOME and English messages."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DEBTORDESK_HOME", str(home))
    monkeypatch.delenv("DEBTORDESK_DB", raising=False)
    set_language("en")
    return home


@pytest.fixture
def runs_on_test_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    """``debtordesk run`` and ``log-call`` refuse a day after today; tests that run the CLI on their
    own fixed dates (after the machine's today) let them record those."""
    monkeypatch.setattr("debtordesk.cli.dunning._latest_run_day", lambda: date(2099, 12, 31))


@pytest.fixture
def real_data() -> Path:
    """The folder of real third-party files; the test skips when ../shared is absent."""
    if not REAL_DATA.is_dir():
        pytest.skip(
            f"real-world data not available: {REAL_DATA} is missing (../shared not present)"
        )
    return REAL_DATA


# ---------------------------------------------------------------- SQLite


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating once is much faster)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    engine = make_engine(str(path))
    upgrade_database(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _sqlite_database(template: Path, tmp_path: Path) -> Database:
    target = tmp_path / "debtordesk.sqlite"
    shutil.copyfile(template, target)
    return Database.open(str(target))


# ---------------------------------------------------------------- PostgreSQL


@pytest.fixture(scope="session")
def _pg_schema_url() -> Iterator[str | None]:
    """A private, migrated schema on the test server, dropped at the end; None when unavailable."""
    base = os.environ.get(PG_URL_ENV, "").strip()
    if not base:
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"{REQUIRE_PG_ENV}=1 but {PG_URL_ENV} is not set")
        yield None
        return
    url = make_url(base)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    schema = f"dd_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:
        admin.dispose()
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"PostgreSQL at {base} is required but not usable: {exc}")
        yield None
        return
    schema_url = url.update_query_dict({"options": f"-csearch_path={schema}"})
    rendered = schema_url.render_as_string(hide_password=False)
    engine = make_engine(rendered)
    upgrade_database(engine)
    engine.dispose()
    try:
        yield rendered
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _pg_database(url: str) -> Database:
    db = Database.open(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    return db


# ---------------------------------------------------------------- the fixture tests use


@pytest.fixture(params=["sqlite", "postgresql"])
def db(
    request: pytest.FixtureRequest, _sqlite_template: Path, tmp_path: Path
) -> Iterator[Database]:
    """A fresh, migrated, empty database with the default administration, on each engine."""
    if request.param == "sqlite":
        database = _sqlite_database(_sqlite_template, tmp_path)
    else:
        url = request.getfixturevalue("_pg_schema_url")
        if url is None:
            pytest.skip(f"PostgreSQL not configured: set {PG_URL_ENV} to run this on PostgreSQL")
        database = _pg_database(url)
    with database.write() as session:
        ensure_default_administration(session)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(_sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """SQLite only, for tests of SQLite-specific behaviour (files, WAL, backup)."""
    database = _sqlite_database(_sqlite_template, tmp_path)
    with database.write() as session:
        ensure_default_administration(session)
    try:
        yield database
    finally:
        database.dispose()
