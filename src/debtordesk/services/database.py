"""Opening the database for a session of work: resolve where it is, upgrade its schema, seed the basics."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from debtordesk.db.engine import Database, map_operational_errors, resolve_url
from debtordesk.db.migrate import upgrade_database
from debtordesk.db.models import Administration, User
from debtordesk.db.types import utcnow
from debtordesk.domain.errors import UserError
from debtordesk.settings.paths import default_database_path
from debtordesk.settings.workstation import load_workstation, settings_file

DEFAULT_ADMINISTRATION_CODE = "MAIN"


#: where a location came from, for the words of a refusal (the default is the program's own)
_OPTION, _ENVIRONMENT, _WORKSTATION, _DEFAULT = "option", "environment", "workstation", "default"
_FOLDER_MISSING = {
    _OPTION: "db.folder_missing",
    _ENVIRONMENT: "db.folder_missing.environment",
    _WORKSTATION: "db.folder_missing.workstation",
}


def _location_and_origin(explicit: str | Path | None) -> tuple[str, str]:
    if explicit:
        return str(explicit), _OPTION
    env = os.environ.get("DEBTORDESK_DB", "").strip()
    if env:
        return env, _ENVIRONMENT
    configured = load_workstation().database_url.strip()
    if configured:
        return configured, _WORKSTATION
    return str(default_database_path()), _DEFAULT


def database_location(explicit: str | Path | None = None) -> str:
    """Where to open: --db, else DEBTORDESK_DB, else the workstation setting, else the default file."""
    return _location_and_origin(explicit)[0]


def checked_database_location(explicit: str | Path | None = None) -> str:
    """:func:`database_location`, refused (see :func:`check_chosen_location`) when someone chose it
    (--db, DEBTORDESK_DB, the workstation setting) and its folder does not exist. Only the default
    file's folder in the data folder is made on first start."""
    location, origin = _location_and_origin(explicit)
    if origin != _DEFAULT:
        check_chosen_location(location, origin)
    return location


def check_chosen_location(location: str | Path, origin: str = _OPTION) -> None:
    """A SQLite file chosen by name (``--db``, a file typed in, ``DEBTORDESK_DB``, the workstation
    setting: ``origin``) must be in a folder that exists.

    A mistyped path, or a drive that is not connected, is refused (``db.folder_missing`` and its
    variants, which say where the location was set) instead of being created with its folders as a
    new, empty database. A new file in an existing folder is fine; PostgreSQL addresses are not
    files."""
    url = resolve_url(str(location))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    if not path.parent.exists():
        raise UserError(
            _FOLDER_MISSING[origin],
            folder=str(path.parent),
            path=str(path),
            settings=str(settings_file()),
        )


def open_database(
    location: str | Path | None = None, *, upgrade: bool = True, make_folder: bool = False
) -> Database:
    """Open (creating and upgrading as needed) the database and make sure an administration exists.

    ``location`` chosen by name (see :func:`check_chosen_location`) must be in an existing folder,
    unless ``make_folder`` (a default file of the program's own, like the demo's in the data folder).
    None: ``DEBTORDESK_DB`` or the workstation setting (the same check), else the default file (its
    folder is created)."""
    target = database_location(location) if make_folder else checked_database_location(location)
    db = Database.open(target)
    try:
        if upgrade:
            with map_operational_errors(db):
                upgrade_database(db.engine, db.describe())
        with db.write() as session:
            ensure_default_administration(session)
    except BaseException:
        db.dispose()
        raise
    return db


def ensure_default_administration(session: Session) -> Administration:
    """The first administration, created on first start; the team lead fills in its details."""
    existing = session.scalars(select(Administration).order_by(Administration.id).limit(1)).first()
    if existing is not None:
        return existing
    administration = Administration(code=DEFAULT_ADMINISTRATION_CODE, name="Mijn administratie")
    session.add(administration)
    session.flush()
    return administration


def current_login() -> str:
    """The operating-system login of the person at the keyboard."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def user_id_for(session: Session, login: str | None = None) -> int:
    """The user row of a login, created on first sight.

    Two sessions may meet the same new login at once (the window's background work and a clerk's
    action, or two workstations in team mode): the row is inserted with "on conflict do nothing", so
    the second waits for the first and then finds its row instead of failing on the unique login."""
    name = login or current_login()
    now = utcnow()
    user_id = session.scalar(select(User.id).where(User.login == name))
    if user_id is None:
        dialect = session.get_bind().dialect.name
        if dialect in _UPSERT_INSERTS:
            values = {"login": name, "display_name": name, "created_at": now, "last_seen_at": now}
            session.execute(
                _UPSERT_INSERTS[dialect](User)
                .values(values)
                .on_conflict_do_nothing(index_elements=[User.login])
            )
            user_id = session.scalar(select(User.id).where(User.login == name))
        else:  # another engine: the plain way
            user = User(login=name, display_name=name, last_seen_at=now)
            session.add(user)
            session.flush()
            user_id = user.id
    assert user_id is not None
    session.execute(update(User).where(User.id == user_id).values(last_seen_at=now))
    return user_id


_UPSERT_INSERTS: dict[str, Callable[[Any], Any]] = {
    "postgresql": postgresql_insert,
    "sqlite": sqlite_insert,
}


def administration_id_for(session: Session, code: str | None = None) -> int:
    """The administration with this code, or the first one when no code is given."""
    if code is None:
        return ensure_default_administration(session).id
    found = session.scalars(select(Administration.id).where(Administration.code == code)).first()
    if found is None:
        raise UserError("administration.unknown", code=code)
    return found


__all__ = [
    "DEFAULT_ADMINISTRATION_CODE",
    "Database",
    "administration_id_for",
    "current_login",
    "database_location",
    "ensure_default_administration",
    "open_database",
    "user_id_for",
]
