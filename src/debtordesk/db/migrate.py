"""Schema migrations with Alembic: the app and the CLI bring every database to the newest schema on start.

A database written by a newer DebtorDesk (a revision this version does not know) is refused, never
downgraded; a non-empty database without DebtorDesk's version table is refused as foreign.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from debtordesk.domain.errors import EnvironmentProblem, UserError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_compatible(engine: Engine, description: str) -> str | None:
    """The database's revision, after refusing a newer or a foreign database."""
    revision = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    if revision is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise UserError("db.not_debtordesk", path=description)
        return None
    known = {rev.revision for rev in script.walk_revisions()}
    if revision not in known:
        raise EnvironmentProblem("db.newer_schema", revision=revision)
    return revision


def upgrade_database(engine: Engine, description: str | None = None) -> bool:
    """Bring the database to the newest schema; True when anything was applied."""
    revision = check_compatible(engine, description or str(engine.url))
    if revision == head_revision():
        return False
    command.upgrade(alembic_config(engine), "head")
    return True
