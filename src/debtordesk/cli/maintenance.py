"""Maintenance commands: ``backup``, ``restore`` and ``demo``.

Exit statuses as everywhere: 0 done, 2 refused (including a restore that was not confirmed), 3 an
environment problem (disk full, no permission, database in use).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debtordesk.cli.common import EXIT_OK, print_json, say
from debtordesk.db.engine import Database, resolve_url
from debtordesk.domain.errors import Cancelled, UserError
from debtordesk.domain.messages import Message, MessageParam
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import render
from debtordesk.settings.paths import backup_dir, demo_database_path

if TYPE_CHECKING:
    from debtordesk.services.backup import BackupInfo


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    backup = subparsers.add_parser(
        "backup",
        help=_h("back up the database and the letter archive into one file"),
        description=_h(
            "Back up the database (SQLite) and the letter archive into one ZIP file, "
            "by default in {folder}.",
            folder=backup_dir(),
        ),
    )
    backup.add_argument("--to", metavar="DIR", type=Path, help=_h("folder for the backup file"))
    backup.add_argument(
        "--keep",
        metavar="N",
        type=int,
        help=_h(
            "afterwards keep only the newest N manual backups in that folder (for scheduled jobs)"
        ),
    )
    add_json_flag(backup)
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore",
        help=_h("replace the database and the letter archive with a backup"),
        description=_h(
            "Check a backup file completely, keep a safety copy of the current database, "
            "then put the backup in its place. Close DebtorDesk first."
        ),
    )
    restore.add_argument("file", metavar="FILE", type=Path, help=_h("the backup file (.zip)"))
    restore.add_argument("--yes", action="store_true", help=_h("do not ask for confirmation"))
    add_json_flag(restore)
    restore.set_defaults(handler=run_restore)

    demo = subparsers.add_parser(
        "demo",
        help=_h("create a demo database (a Dutch childcare organisation) and open it"),
        description=_h(
            "Create a realistic demo database in its own file (by default {file}) and start "
            "DebtorDesk on it. An existing demo file is opened as it is; any other database that "
            "holds data is refused.",
            file=demo_database_path(),
        ),
    )
    demo.add_argument(
        "--no-gui", action="store_true", help=_h("only create it; do not start the app")
    )
    demo.add_argument(
        "--seed", type=int, default=7, help=_h("random seed (the same seed, the same demo)")
    )
    add_json_flag(demo)
    demo.set_defaults(handler=run_demo)


def _location(args: argparse.Namespace) -> str:
    """The database of backup and restore; one chosen by --db, DEBTORDESK_DB or the workstation
    setting must be in a folder that exists."""
    from debtordesk.services.database import checked_database_location

    return checked_database_location(args.db)


# ---------------------------------------------------------------------- backup


def run_backup(args: argparse.Namespace) -> int:
    from debtordesk.services.backup import backup_now

    db = Database.open(_location(args))
    try:
        info = backup_now(db, args.to, keep=args.keep)
    finally:
        db.dispose()
    if args.json:
        print_json(
            {
                "path": str(info.path),
                "size": info.size,
                "sha256": info.sha256,
                "created_at": info.created_at,
                "kind": info.kind.value,
                "schema_revision": info.schema_revision,
                "archive_files": info.archive_files,
                "database": info.source_database,
            }
        )
    else:
        say(
            Message(
                "backup.done",
                {"path": str(info.path), "size": info.size, "archive_files": info.archive_files},
            )
        )
    return EXIT_OK


# ---------------------------------------------------------------------- restore


def run_restore(args: argparse.Namespace) -> int:
    from debtordesk.services.backup import inspect_backup, restore_backup
    from debtordesk.services.backup_restore import database_file

    location = _location(args)
    database = database_file(location)
    backup = inspect_backup(args.file)
    if not args.yes:
        _confirm(backup, database)
    result = restore_backup(location, args.file)
    created = result.restored.created_at.astimezone()  # shown as the clerk writes dates
    if args.json:
        print_json(
            {
                "database": str(result.database_path),
                "restored_from": str(result.restored.path),
                "size": result.restored.size,
                "sha256": result.restored.sha256,
                "created_at": result.restored.created_at,
                "schema_revision": result.restored.schema_revision,
                "archive_files": result.archive_files,
                "safety_backup": str(result.safety_backup) if result.safety_backup else None,
            }
        )
    elif result.safety_backup:
        say(
            Message(
                "restore.done",
                {
                    "created": created,
                    "database": str(result.database_path),
                    "archive_files": result.archive_files,
                    "safety": str(result.safety_backup),
                },
            )
        )
    else:
        say(
            Message(
                "restore.done_fresh",
                {
                    "created": created,
                    "database": str(result.database_path),
                    "archive_files": result.archive_files,
                },
            )
        )
    return EXIT_OK


def _confirm(backup: BackupInfo, database: Path) -> None:
    """Ask on the terminal (on stderr, so --json output stays clean); refuse without a terminal."""
    if not sys.stdin.isatty():
        raise UserError("restore.confirm_needed", database=str(database))
    summary = Message(
        "restore.summary",
        {
            "path": str(backup.path),
            "created": backup.created_at.astimezone(),
            "version": backup.app_version,
            "revision": backup.schema_revision,
            "source": backup.source_database,
            "archive_files": backup.archive_files,
        },
    )
    question = Message("restore.confirm", {"database": str(database), "folder": str(backup_dir())})
    sys.stderr.write(render(summary) + "\n" + render(question))
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().casefold()
    if answer not in {"yes", "y", "ja", "j"}:
        raise Cancelled("restore.declined")


# ---------------------------------------------------------------------- demo


class _StatusLines:
    """Progress of the demo on stderr: one line per stage."""

    def set_progress(self, done: int, total: int) -> None:
        return None

    def set_status(self, message: Message) -> None:
        sys.stderr.write(render(message) + "\n")

    def cancel_requested(self) -> bool:
        return False


def run_demo(args: argparse.Namespace) -> int:
    from debtordesk.services.demo import create_demo_database

    path = demo_database_path()
    if args.db:
        url = resolve_url(args.db)
        if url.get_backend_name() != "sqlite" or not url.database:
            raise UserError("demo.needs_sqlite", url=url.render_as_string(hide_password=True))
        path = Path(url.database)
    info = create_demo_database(
        path, seed=args.seed, progress=None if args.json else _StatusLines()
    )
    if args.json:
        print_json(
            {
                "path": str(info.path),
                "created": info.created,
                "customers": info.customers,
                "invoices": info.invoices,
                "open_invoices": info.open_invoices,
                "overdue_invoices": info.overdue_invoices,
                "sample_files": [str(p) for p in info.sample_files],
            }
        )
    else:
        counts: dict[str, MessageParam] = {
            "path": str(info.path),
            "customers": info.customers,
            "invoices": info.invoices,
        }
        if info.created:
            say(Message("demo.created", {**counts, "overdue": info.overdue_invoices}))
        else:
            say(Message("demo.reopened", counts))
        if info.sample_files:
            say(Message("demo.samples", {"folder": str(info.sample_folder)}))
        if args.no_gui and not args.db:  # the other commands open the default database
            shown = str(info.path)
            say(Message("demo.cli_hint", {"path": f'"{shown}"' if " " in shown else shown}))
    if args.no_gui:
        return EXIT_OK
    from debtordesk.app import main as gui_main

    return gui_main(db=str(info.path))
