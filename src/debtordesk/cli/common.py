"""What every command shares: opening the database, printing text or JSON, and exit statuses.

Exit statuses: 0 done, 2 input refused, 3 environment problem (database locked or on a network share,
disk full, keyring unavailable), 1 a bug. With ``--json`` a failure prints
``{"error": {"code": "...", "kind": "...", "message": "..."}}`` and nothing else.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from debtordesk.db.engine import Database
from debtordesk.domain.errors import DebtorDeskError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import render

if TYPE_CHECKING:
    from debtordesk.services.letter_templates import TemplateFolder

EXIT_OK = 0
EXIT_BUG = 1
EXIT_REFUSED = 2
EXIT_ENVIRONMENT = 3

Handler = Callable[[argparse.Namespace], int]


def json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, default=json_default, ensure_ascii=False, indent=2) + "\n")


def say(message: Message) -> None:
    """A line of text for the person at the terminal (stdout)."""
    sys.stdout.write(render(message) + "\n")


def warn(message: Message) -> None:
    sys.stderr.write(render(message) + "\n")


def open_db(args: argparse.Namespace) -> Database:
    """The database chosen by --db (or the defaults), upgraded to the current schema."""
    from debtordesk.services.database import open_database

    return open_database(args.db)


def error_payload(error: DebtorDeskError) -> dict[str, Any]:
    return {
        "error": {
            "code": error.code,
            "kind": error.kind,
            "message": render(error.message),
            "params": {k: json_default_safe(v) for k, v in error.message.params.items()},
        }
    }


def json_default_safe(value: Any) -> Any:
    try:
        return json_default(value)
    except TypeError:
        return value


def report_error(args: argparse.Namespace, error: DebtorDeskError) -> int:
    if getattr(args, "json", False):
        print_json(error_payload(error))
    else:
        sys.stderr.write(render(error.message) + "\n")
    return error.exit_code


def add_templates_parser(actions: Any, *, help: str, description: str, handler: Handler) -> None:
    """The ``templates copy|check`` sub-command of ``letters`` and ``messages``, with its ``help`` and
    ``description`` (whole sentences from the caller, in the current language: see
    :func:`debtordesk.i18n.catalogue.cli_help`); ``handler`` calls :func:`run_template_folder`."""
    from debtordesk.cli import add_json_flag

    templates = actions.add_parser("templates", help=help, description=description)
    templates.add_argument("templates_action", choices=("copy", "check"), metavar="copy|check")
    templates.add_argument(
        "--overwrite", action="store_true", help=_h("copy: replace files already there")
    )
    add_json_flag(templates)
    templates.set_defaults(handler=handler)


def run_template_folder(
    args: argparse.Namespace, folder: TemplateFolder, *, copied: str, in_order: str
) -> int:
    """``letters templates`` and ``messages templates``: ``copy`` the shipped templates into the
    organisation's folder (``--overwrite`` replaces files already there), or ``check`` them (exit 2
    with the problems, each naming file and line). ``copied`` and ``in_order``: the message codes of
    the two answers."""
    from debtordesk.domain.errors import UserError

    if args.templates_action == "copy":
        done = folder.customise_all(overwrite=args.overwrite)
        if args.json:
            print_json({"folder": str(done.folder), "written": [str(p) for p in done.written]})
        else:
            say(Message(copied, {"count": len(done.written), "folder": str(done.folder)}))
        return EXIT_OK
    problems = folder.problems()
    if args.json:
        print_json({"problems": [{"code": p.code, "message": render(p.message)} for p in problems]})
    else:
        for problem in problems:
            warn(problem.message)
        if not problems:
            say(Message(in_order))
    return UserError.exit_code if problems else EXIT_OK
