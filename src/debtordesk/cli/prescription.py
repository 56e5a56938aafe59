"""The ``prescription`` command: open claims that prescribe within N days (default 90) of a date, or
already have, soonest first, with the last interrupting letter; as text or ``--json``.

Exit statuses as everywhere: 0 done (also when nothing is near), 2 refused, 3 an environment problem.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from debtordesk.cli import common
from debtordesk.cli.common import EXIT_OK, print_json, say
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal_claims import PRESCRIPTION_WARNING_DAYS
from debtordesk.domain.messages import Message
from debtordesk.domain.money import money_str
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import render


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    parser = subparsers.add_parser(
        "prescription",
        help=_h("open claims nearing prescription (verjaring)"),
        description=_h(
            "List the open invoices whose claim prescribes within the given number of days "
            "of the date (or already has), soonest first, with the last interrupting letter. The "
            "claim type of the customer decides 2 or 5 years; a letter that went out interrupts."
        ),
    )
    parser.add_argument(
        "--within",
        metavar="DAYS",
        default=str(PRESCRIPTION_WARNING_DAYS),
        help=_h("how many days ahead to look (default {days})", days=PRESCRIPTION_WARNING_DAYS),
    )
    parser.add_argument(
        "--date",
        metavar="DATE",
        help=_h("the date to count from, 2026-12-31 or 31-12-2026 (default: today)"),
    )
    parser.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(parser)
    parser.set_defaults(handler=run_prescription_command)


def _within(raw: str) -> int:
    try:
        return int(raw.strip())
    except ValueError:
        raise UserError("prescription.within_invalid", value=raw) from None


def _date(raw: str | None) -> date:
    from debtordesk.services.calculator import parse_date_input

    if raw:
        return parse_date_input(raw, "--date")
    return datetime.now().astimezone().date()


def run_prescription_command(args: argparse.Namespace) -> int:
    from debtordesk.services.database import administration_id_for
    from debtordesk.services.prescription import prescription_warnings

    within = _within(args.within)
    today = _date(args.date)
    # looked up at call time: a test may stand in for it after this module was imported
    db = common.open_db(args)
    try:
        with db.write() as session:  # the first start creates the default administration
            administration_id = administration_id_for(session, args.administration)
        found = prescription_warnings(db, administration_id, today=today, within_days=within)
    finally:
        db.dispose()
    if args.json:
        print_json(
            [
                {
                    "customer": w.customer_number,
                    "name": w.customer_name,
                    "invoice": w.invoice_number,
                    "due_date": w.due_date,
                    "open": money_str(w.open_amount),
                    "claim_type": w.claim_type.value,
                    "last_letter": w.last_letter,
                    "prescribes_on": w.prescribes_on,
                    "days_left": w.days_left,
                    "prescribed": w.days_left <= 0,
                    "warning": render(w.message),
                }
                for w in found
            ]
        )
        return EXIT_OK
    if not found:
        say(Message("prescription.cli.none", {"days": within, "date": today}))
        return EXIT_OK
    for w in found:
        say(
            Message(
                "prescription.cli.line",
                {
                    "on": w.prescribes_on,
                    "customer": w.customer_number,
                    "name": w.customer_name,
                    "invoice": w.invoice_number,
                    "open": w.open_amount,
                    "due": w.due_date,
                    "warning": render(w.message),
                },
            )
        )
    say(Message("prescription.cli.total", {"count": len(found), "days": within, "date": today}))
    return EXIT_OK
