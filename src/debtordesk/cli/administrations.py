"""The ``administrations`` command (the legal entities in the database, with how much is in each) and
``administrations add CODE NAME``.

Exit statuses as everywhere: 0 done, 2 refused (a bad or taken code, no name), 3 an environment problem.
"""

from __future__ import annotations

import argparse
from typing import Any

from debtordesk.cli.common import EXIT_OK, open_db, print_json, say
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import render


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    listing = subparsers.add_parser(
        "administrations",
        help=_h("the administrations (legal entities); 'administrations add' adds one"),
        description=_h(
            "List every administration with its IBAN, its number of customers and its "
            "open invoices. Import into one with 'import --administration CODE'."
        ),
    )
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)
    actions = listing.add_subparsers(dest="administrations_action", metavar="ACTION")
    add = actions.add_parser(
        "add",
        help=_h("add an administration"),
        description=_h(
            "Add an administration: a legal entity of the group with its own customers "
            "and invoices (customer and invoice numbers may repeat between administrations)."
        ),
    )
    add.add_argument(
        "code", metavar="CODE", help=_h("short and unique: letters, digits, - and _ (e.g. NOORD)")
    )
    add.add_argument("name", metavar="NAME", help=_h("the name printed on letters"))
    add.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=_h("print a JSON summary")
    )
    add.set_defaults(handler=run_add)


def run_list(args: argparse.Namespace) -> int:
    from debtordesk.services.administrations import administration_overview

    db = open_db(args)
    try:
        overview = administration_overview(db)
    finally:
        db.dispose()
    if args.json:
        print_json(
            {
                "administrations": [
                    {
                        "code": item.code,
                        "name": item.name,
                        "iban": item.iban,
                        "customers": item.customers,
                        "open_invoices": item.open_invoices,
                        "open_total": item.open_total,
                    }
                    for item in overview
                ]
            }
        )
        return EXIT_OK
    for item in overview:
        say(
            Message(
                "cli.administrations.line",
                {
                    "code": item.code,
                    "name": item.name,
                    "iban": item.iban or render(Message("cli.administrations.no_iban")),
                    "customers": item.customers,
                    "open_invoices": item.open_invoices,
                    "open_total": item.open_total,
                },
            )
        )
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    from debtordesk.services.administrations import create_administration

    db = open_db(args)
    try:
        created = create_administration(db, code=args.code, name=args.name)
    finally:
        db.dispose()
    if getattr(args, "json", False):
        print_json({"administration": {"code": created.code, "name": created.name}})
    else:
        say(Message("cli.administrations.added", {"code": created.code, "name": created.name}))
    return EXIT_OK
