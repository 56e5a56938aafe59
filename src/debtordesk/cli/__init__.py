"""The command line: the same use cases as the GUI, for automation, with ``--json`` output.

Each area registers its sub-commands from its own module; :func:`main` dispatches and maps errors to
exit statuses (see :mod:`debtordesk.cli.common`).

Language: :func:`main` settles it first (``--lang nl|en`` before the command, else
:func:`~debtordesk.i18n.catalogue.default_language`), then builds the parser, so the help texts (each
wrapped in ``_h``, :func:`~debtordesk.i18n.catalogue.cli_help`) and argparse's own words (``usage:``,
the section titles, ``-h``, errors: :class:`CliParser`) are Dutch or English like the messages.
With ``--json`` anywhere on the command line, a refusal by argparse is one JSON error object on
stdout (code ``cli.usage``, exit status 2) like every other refusal.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from contextvars import ContextVar
from typing import Any, NoReturn

from debtordesk import __version__
from debtordesk.cli.common import EXIT_BUG, EXIT_REFUSED, print_json, report_error
from debtordesk.domain.errors import DebtorDeskError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import (
    LANGUAGES,
    current_language,
    default_language,
    render,
    set_language,
)
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.messages_cli import ARGPARSE_ERRORS, ARGPARSE_PATTERNS
from debtordesk.logfile import log_file_path, start_logging

log = logging.getLogger("debtordesk")

#: the command line being parsed asks for ``--json``: argparse's refusals are printed as JSON too
_JSON_REFUSALS: ContextVar[bool] = ContextVar("json_refusals", default=False)

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


class CliHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, with ``usage:`` in the current language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, _h("usage: ") if prefix is None else prefix)


class CliParser(argparse.ArgumentParser):
    """An argparse parser whose own words follow the current language (set before it is built): the
    ``usage:`` prefix (:class:`CliHelpFormatter`), the section titles, the ``-h`` help and the error
    line (``fout:``, and the common parts of argparse's messages). No global state of argparse is
    touched. The sub-commands' parsers are of this class too: ``add_subparsers`` makes its parsers
    with the class of the parser it belongs to."""

    def __init__(self, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", CliHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = _h("positional arguments")
        self._optionals.title = _h("options")
        if add_help:  # argparse's own -h, with its help text in the current language
            prefix = "-" if "-" in self.prefix_chars else self.prefix_chars[0]
            self.add_argument(
                prefix + "h",
                prefix * 2 + "help",
                action="help",
                default=argparse.SUPPRESS,
                help=_h("show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        message = _argparse_words(message)
        if _JSON_REFUSALS.get():
            # like every refusal of a command with --json: one error object on stdout, nothing else
            usage = " ".join(self.format_usage().split())
            params = {"command": self.prog, "problem": message, "usage": usage}
            words = Message("cli.usage", {**params, "problem": message.rstrip(". ")})
            print_json(
                {
                    "error": {
                        "code": "cli.usage",
                        "kind": "user",
                        "message": render(words),
                        "params": params,
                    }
                }
            )
            self.exit(EXIT_REFUSED)
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_REFUSED,
            _h("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message},
        )


def _argparse_words(message: str) -> str:
    """One of argparse's error messages in the current language (the parts we know, in Dutch)."""
    if current_language() == "nl":
        for english, dutch in ARGPARSE_ERRORS:
            message = message.replace(english, dutch)
        for pattern, dutch in ARGPARSE_PATTERNS:
            message = re.sub(pattern, dutch, message)
    return message


def json_requested(argv: Sequence[str]) -> bool:
    """Whether ``argv`` asks for ``--json`` (or an abbreviation argparse accepts, like ``--js``)
    anywhere before a ``--``; read before parsing, so that a refusal by the parser is JSON too."""
    for word in argv:
        if word == "--":
            break
        if len(word) > 2 and "--json".startswith(word):
            return True
    return False


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, its texts in the current language (:func:`set_language` first)."""
    import importlib

    parser = CliParser(
        prog="debtordesk",
        description=_h(
            "DebtorDesk: credit management for Dutch in-house debtor teams. "
            "Without a command, the desktop application starts."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"DebtorDesk {__version__}",
        help=_h("show program's version number and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=_h(
            "database: a file path or a SQLAlchemy URL (sqlite:///… or postgresql://…); "
            "default: the file in your data folder"
        ),
    )
    parser.add_argument("--lang", choices=("nl", "en"), help=_h("language of messages and help"))
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
    parser.add_argument("--json", action="store_true", help=_h("print a machine-readable summary"))


def language_from(argv: Sequence[str]) -> str:
    """The language ``argv`` asks for with ``--lang nl|en`` (or ``--lang=nl``, or an abbreviation that
    argparse accepts too, like ``--la``) before the command, else :func:`default_language`.

    Read before the parser is built, as the parser's texts depend on it; options after the command
    are the command's own. The last valid ``--lang`` counts, as in argparse; an invalid value is
    left to the parser to refuse."""
    language = ""
    words = iter(argv)
    for word in words:
        if word == "--" or not word.startswith("-"):
            break  # the command (or the end of the options): what follows is not ours
        name, has_value, value = word.partition("=")
        if len(name) > 2 and "--lang".startswith(name):
            if not has_value:
                value = next(words, "")
            if value in LANGUAGES:
                language = value
        elif len(name) > 2 and "--db".startswith(name) and not has_value:
            next(words, None)  # the URL, which may start with anything
    return language or default_language()


def main(argv: Sequence[str] | None = None) -> int:
    language = language_from(sys.argv[1:] if argv is None else argv)
    set_language(language)
    parser = build_parser()
    asked_json = _JSON_REFUSALS.set(json_requested(sys.argv[1:] if argv is None else argv))
    try:
        args = parser.parse_args(argv)
    finally:
        _JSON_REFUSALS.reset(asked_json)
    set_language(args.lang or language)
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
