"""The ``imports`` command (the import history) and ``imports undo`` (revert the newest import).

Exit statuses as everywhere: 0 done, 2 refused or not confirmed, 3 an environment problem, 1 a bug.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from debtordesk.cli.common import EXIT_OK, open_db, print_json, say
from debtordesk.domain.enums import BatchStatus
from debtordesk.domain.errors import Cancelled, UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import current_language, render


def register_history(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    history = subparsers.add_parser(
        "imports", help=_h("the import history; 'imports undo' reverts the last import")
    )
    history.add_argument("--administration", metavar="CODE", help=_h("default: all"))
    history.add_argument(
        "--limit", type=int, default=200, help=_h("at most this many (newest first)")
    )
    add_json_flag(history)
    history.set_defaults(handler=run_history)
    actions = history.add_subparsers(dest="imports_action", metavar="ACTION")
    undo = actions.add_parser(
        "undo",
        help=_h("undo the last import (only its data; letters sent and notes stay)"),
        description=_h(
            "Undo the newest import of the administration: invoices and customers it "
            "added are removed, what it changed gets its previous value back. Only imported data is "
            "reverted; anything done since stays."
        ),
    )
    undo.add_argument("--yes", action="store_true", help=_h("do not ask for confirmation"))
    undo.add_argument(
        "--administration", metavar="CODE", default=argparse.SUPPRESS, help=_h("default: the first")
    )
    undo.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    undo.set_defaults(handler=run_undo)


def run_history(args: argparse.Namespace) -> int:
    from debtordesk.services.imports import list_batches

    db = open_db(args)
    try:
        batches = list_batches(db, args.administration, limit=max(args.limit, 1))
    finally:
        db.dispose()
    if args.json:
        print_json({"batches": [_batch_json(b) for b in batches]})
        return EXIT_OK
    if not batches:
        say(Message("cli.imports.none"))
    for batch in batches:
        say(
            Message(
                "cli.imports.line",
                {
                    "id": batch.id,
                    "when": _when(batch.committed_at or batch.started_at),
                    "user": batch.user or "-",
                    "file": batch.file_name,
                    "kind": render(Message(f"cli.imports.kind.{batch.kind.value}")),
                    "source": _source_words(batch.source),
                    "mode": render(Message(f"cli.imports.mode.{batch.mode.value}")),
                    "export_date": batch.export_date,
                    **batch.counts(),
                },
            )
        )
        if batch.date_order is not None:
            order = render(Message(f"import.date_order.{batch.date_order}"))
            say(Message("cli.imports.date_order", {"order": order}))
        if batch.status is BatchStatus.UNDONE and batch.undone_at is not None:
            say(
                Message(
                    "cli.imports.undone",
                    {
                        "when": _when(batch.undone_at),
                        "user": batch.undone_by or "-",
                    },
                )
            )
    return EXIT_OK


def _source_words(source: str) -> str:
    """The source of an import for the clerk: the preset it used, or that it used none."""
    from debtordesk.services.import_types import DEFAULT_SOURCE

    if source == DEFAULT_SOURCE:
        return render(Message("cli.imports.source.default"))
    return render(Message("cli.imports.source.preset", {"name": source}))


def _batch_json(batch: Any) -> dict[str, Any]:
    return {
        "id": batch.id,
        "administration": batch.administration,
        "kind": batch.kind.value,
        "mode": batch.mode.value,
        "source": batch.source,
        "file": batch.file_name,
        "sha256": batch.file_sha256,
        "sheet": batch.sheet,
        "export_date": batch.export_date,
        "date_order": batch.date_order,
        "rows_read": batch.rows_read,
        **batch.counts(),
        "warnings": batch.warnings_count,
        "status": batch.status.value,
        "user": batch.user,
        "committed_at": batch.committed_at,
        "undone_at": batch.undone_at,
        "undone_by": batch.undone_by,
    }


def run_undo(args: argparse.Namespace) -> int:
    from debtordesk.services.imports import list_batches, undo_last_batch

    administration = getattr(args, "administration", None)
    db = open_db(args)
    try:
        committed = [
            b
            for b in list_batches(db, administration, limit=50)
            if b.status is BatchStatus.COMMITTED
            and (administration is not None or b.administration == _first_administration(db))
        ]
        if not committed:
            raise UserError("undo.nothing")
        batch = committed[0]
        if not args.yes:
            _confirm_undo(batch)
        summary = undo_last_batch(db, administration=administration, batch_id=batch.id)
    finally:
        db.dispose()
    counts = {
        "invoices_removed": summary.invoices_removed,
        "invoices_restored": summary.invoices_restored,
        "customers_removed": summary.customers_removed,
        "customers_restored": summary.customers_restored,
    }
    if getattr(args, "json", False):
        print_json(
            {
                "batch": summary.batch_id,
                "file": summary.file_name,
                **counts,
                "fields_kept": summary.fields_kept,
                "rows_kept": summary.rows_kept,
                "message": render(summary.message),
            }
        )
    else:
        say(summary.message)
        say(Message("cli.undo.done", counts))
    return EXIT_OK


def _when(moment: datetime) -> str:
    """A moment as the clerk reads it: in local time (they are stored in UTC), dated as the language
    writes dates."""
    pattern = "%d-%m-%Y %H:%M" if current_language() == "nl" else "%Y-%m-%d %H:%M"
    return moment.astimezone().strftime(pattern)


def _first_administration(db: Any) -> str:
    from debtordesk.services.import_plan import administration_of

    with db.read() as session:
        return administration_of(session, None)[1]


def _confirm_undo(batch: Any) -> None:
    if not sys.stdin.isatty():
        raise UserError("cli.undo.needs_yes")
    question = render(
        Message(
            "cli.undo.confirm",
            {
                "file": batch.file_name,
                "when": _when(batch.committed_at or batch.started_at),
                "new": batch.new,
                "updated": batch.updated,
                "closed": batch.closed,
            },
        )
    )
    answer = input(question + " ").strip().casefold()
    if answer not in {"y", "yes", "j", "ja"}:
        raise Cancelled()
