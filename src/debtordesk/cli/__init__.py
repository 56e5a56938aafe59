"""The command line: the same use cases as the GUI, for automation, with ``--json`` output.

Each area registers its sub-commands from its own module; :func:`main` dispatches and maps errors to
exit statuses (see :mod:`debtordesk.cli.common`).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from debtordesk import __version__
from debtordesk.cli.common import EXIT_BUG, print_json, report_error
from debtordesk.domain.errors import DebtorDeskError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import default_language, render, set_language
from debtordesk.logfile import log_file_path, start_logging

log = logging.getLogger("debtordesk")

#: modules that add sub-commands; each has ``register(subparsers)``
COMMAND_MODULES = (
    "debtordesk.cli.importing",
    "debtordesk.cli.maintenance",
    "debtordesk.cli.administrations",
    "debtordesk.cli.calc",
    "debtordesk.cli.dunning",
    "debtordesk.cli.rates",
    "debtordesk.cli.handover",
    "debtordesk.cli.prescription",
    "debtordesk.cli.letters",
    "debtordesk.cli.messaging",
    "debtordesk.cli.message_templates",
    "debtordesk.cli.outbox",
    "debtordesk.cli.delivery",
    "debtordesk.cli.payments",
    "debtordesk.cli.followup",
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="debtordesk",
        description="DebtorDesk: credit management for Dutch in-house debtor teams. "
        "Without a command, the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"DebtorDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: a file path or a SQLAlchemy URL (sqlite:///… or postgresql://…); "
        "default: the file in your data folder",
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="language of messages")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a machine-readable summary")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang or default_language())
    if not args.command:
        from debtordesk.app import main as gui_main

        return gui_main(db=args.db)
    try:
        return int(args.handler(args))
    except DebtorDeskError as error:
        return report_error(args, error)
    except KeyboardInterrupt:
        sys.stderr.write(render(Message("cancelled")) + "\n")
        return 130
    except BrokenPipeError:
        # the reader of our output went away (e.g. "| head"): not an error of ours
        _silence_stdout()
        return 0
    except Exception as exc:  # a bug: say so plainly, keep the details in the log for the report
        start_logging(f"command {args.command}")
        log.exception("unexpected error in command %s", args.command)
        detail = f"{type(exc).__name__}"
        message = render(Message("bug", {"detail": detail, "log": str(log_file_path())}))
        if getattr(args, "json", False):
            print_json({"error": {"code": "bug", "kind": "bug", "message": message}})
        else:
            sys.stderr.write(message + "\n")
        return EXIT_BUG


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
