"""The ``rates`` command: the statutory interest table stored in the database.

``debtordesk rates [--json]``
    The table, oldest row first, with the warning when its newest row is more than six months old
    (stderr in text mode; ``"warnings"`` in JSON). The first use stores the shipped table.

``debtordesk rates add DATE CONSUMER COMMERCIAL [--confirmed] [--note TEXT] [--replace] [--json]``
    A row from DATE (2026-01-01 or 01-01-2026) with the consumer (art. 6:119 BW) and commercial
    (art. 6:119a BW) rates in percent per year (6, 11.15 or 11,15). A date that already has a row is
    refused unless ``--replace`` corrects that row.

``debtordesk rates delete DATE [--json]``
    Delete the row from DATE (the last row of the table stays).

Every change is audited. JSON rates are percentages with two decimals ("11.15"), dates ISO.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from debtordesk.cli.common import EXIT_OK, open_db, print_json, say, warn
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import current_language, format_value, render


def today() -> date:
    """The clerk's local calendar day (one place, so tests can fix it)."""
    return datetime.now().astimezone().date()


def register(subparsers: Any) -> None:
    rates = subparsers.add_parser(
        "rates",
        help=_h("the statutory interest table (list, add, delete)"),
        description=_h(
            "Show the statutory interest table stored in the database, or add, correct or "
            "delete a row. Rates are percentages per year: consumer (art. 6:119 BW) and commercial "
            "(art. 6:119a BW); they change on 1 January and 1 July."
        ),
    )
    rates.add_argument("--json", action="store_true", help=_h("print a machine-readable result"))
    rates.set_defaults(handler=run_list)
    actions = rates.add_subparsers(dest="rates_action", metavar="ACTION")

    add = actions.add_parser(
        "add",
        help=_h("add a row (or correct one with --replace)"),
        description=_h(
            "Add the rates that hold from DATE on. Dates: 2026-01-01 or 01-01-2026; rates: "
            "6, 11.15 or 11,15."
        ),
    )
    add.add_argument("date", metavar="DATE", help=_h("the first day the rates hold"))
    add.add_argument("consumer", metavar="CONSUMER", help=_h("consumer rate in percent per year"))
    add.add_argument(
        "commercial", metavar="COMMERCIAL", help=_h("commercial rate in percent per year")
    )
    add.add_argument(
        "--confirmed",
        action="store_true",
        help=_h("the rates were checked against the Staatsblad or the government's announcement"),
    )
    add.add_argument("--note", default="", metavar="TEXT", help=_h("where the rates come from"))
    add.add_argument(
        "--replace", action="store_true", help=_h("correct the row from DATE when there is one")
    )
    add.add_argument("--json", action="store_true", help=_h("print a machine-readable result"))
    add.set_defaults(handler=run_add)

    delete = actions.add_parser(
        "delete",
        help=_h("delete a row"),
        description=_h("Delete the rates from DATE (2026-01-01 or 01-01-2026)."),
    )
    delete.add_argument("date", metavar="DATE", help=_h("the first day of the row to delete"))
    delete.add_argument("--json", action="store_true", help=_h("print a machine-readable result"))
    delete.set_defaults(handler=run_delete)


def _row_json(row: Any) -> dict[str, Any]:
    return {
        "valid_from": row.valid_from.isoformat(),
        "consumer": str(row.consumer),
        "commercial": str(row.commercial),
        "confirmed": row.confirmed,
        "note": row.note,
    }


# --------------------------------------------------------------------------- list


def run_list(args: argparse.Namespace) -> int:
    from debtordesk.services.interest_rates import list_interest_rates

    db = open_db(args)
    try:
        table = list_interest_rates(db, today=today())
    finally:
        db.dispose()
    warnings = [] if table.warning is None else [table.warning]
    if args.json:
        print_json(
            {
                "rates": [_row_json(row) for row in table.rows],
                "warnings": [{"code": w.code, "message": render(w)} for w in warnings],
            }
        )
        return EXIT_OK
    lang = current_language()
    rows = [
        [
            _t("cli.rates.from"),
            _t("cli.rates.consumer"),
            _t("cli.rates.commercial"),
            _t("cli.rates.confirmed"),
            _t("cli.rates.note"),
        ]
    ]
    for row in table.rows:
        rows.append(
            [
                format_value(row.valid_from, lang),
                format_value(row.consumer, lang) + " %",
                format_value(row.commercial, lang) + " %",
                _t("cli.rates.yes" if row.confirmed else "cli.rates.no"),
                row.note,
            ]
        )
    lines = [_t("cli.rates.heading"), "", *_table(rows, right=(1, 2))]
    sys.stdout.write("\n".join(lines) + "\n")
    for message in warnings:
        warn(message)
    return EXIT_OK


# --------------------------------------------------------------------------- add, delete


def run_add(args: argparse.Namespace) -> int:
    from debtordesk.services.calculator import parse_date_input
    from debtordesk.services.interest_rates import (
        add_interest_rate,
        checked_rate,
        correct_interest_rate,
        list_interest_rates,
    )

    valid_from = parse_date_input(args.date, "DATE")
    db = open_db(args)
    try:
        existing = None
        if args.replace:
            rows = list_interest_rates(db, today=today()).rows
            existing = next((row for row in rows if row.valid_from == valid_from), None)
        if existing is None:
            record = add_interest_rate(
                db,
                valid_from,
                args.consumer,
                args.commercial,
                confirmed=args.confirmed,
                note=args.note,
            )
            code = "cli.rates.added"
        else:
            after = replace(
                existing,
                consumer=checked_rate(args.consumer, "consumer", valid_from),
                commercial=checked_rate(args.commercial, "commercial", valid_from),
                confirmed=args.confirmed,
                note=args.note,
            )
            record = correct_interest_rate(db, existing, after)
            code = "cli.rates.corrected"
    finally:
        db.dispose()
    if args.json:
        print_json({"action": code.rsplit(".", 1)[1], "rate": _row_json(record)})
    else:
        say(_change(code, record))
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    from debtordesk.services.calculator import parse_date_input
    from debtordesk.services.interest_rates import delete_interest_rate

    valid_from = parse_date_input(args.date, "DATE")
    db = open_db(args)
    try:
        record = delete_interest_rate(db, valid_from)
    finally:
        db.dispose()
    if args.json:
        print_json({"action": "deleted", "rate": _row_json(record)})
    else:
        say(Message("cli.rates.deleted", {"valid_from": record.valid_from}))
    return EXIT_OK


def _change(code: str, record: Any) -> Message:
    return Message(
        code,
        {
            "valid_from": record.valid_from,
            "consumer": record.consumer,
            "commercial": record.commercial,
        },
    )


# --------------------------------------------------------------------------- formatting


def _t(code: str, **params: Any) -> str:
    return render(Message(code, params))


def _table(rows: list[list[str]], right: tuple[int, ...] = ()) -> list[str]:
    """Rows as aligned columns: numbers (the ``right`` columns) flush right."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]
