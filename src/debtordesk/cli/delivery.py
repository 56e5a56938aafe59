"""The ``delivery`` command: ask the SMS providers whether the messages of the last days arrived
(``poll`` does this too, after the payment links).

``debtordesk delivery [--days N] [--json]`` records delivered messages (the communication becomes
delivered) and undelivered ones (failed, with the provider's reason, on the customer's timeline, for the
call list) and lists the customers whose SMS did not arrive. With ``--json``: ``{"days", "candidates",
"asked", "delivered", "undelivered", "pending", "not_available", "emails", "cancelled", "problems":
[{"code", "message", "messages"}], "did_not_arrive": [{"customer", "name", "to", "step", "reason",
"communication"}]}``. Exit statuses: 0 done (also when some messages did not arrive), 3 some messages
could not be asked (no network, a wrong or missing key: the output says which and for how many; they
are asked again next time), 1 a bug.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from debtordesk.cli.common import EXIT_ENVIRONMENT, EXIT_OK, open_db, print_json, say, warn
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import render


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    delivery = subparsers.add_parser(
        "delivery",
        help=_h("ask the SMS providers whether the sent messages arrived"),
        description=_h(
            "Ask the SMS providers about the SMS sent in the last days whose delivery is "
            "not known yet: delivered messages are recorded as delivered; a message that did not "
            "arrive becomes failed with the provider's reason, shows on the customer's timeline and "
            "on the call list. Providers without a status lookup (CM.com) and e-mails cannot be "
            "asked: those messages stay sent. 'poll' does this too."
        ),
    )
    delivery.add_argument(
        "--days",
        type=_days,
        default=None,
        metavar="N",
        help=_h("messages sent in the last N days (default 3, at most 30)"),
    )
    delivery.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(delivery)
    delivery.set_defaults(handler=run_delivery_command)


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 30:
        raise argparse.ArgumentTypeError(_h("expected a whole number from 1 to 30"))
    return value


def check(db: Any, administration_id: int, days: int | None = None) -> tuple[Any, Any]:
    """Check the delivery and read who did not arrive in this check: (summary, undelivered)."""
    from debtordesk.db.types import utcnow
    from debtordesk.services.outbox_delivery import (
        DEFAULT_DAYS,
        check_delivery,
        undelivered_customers,
    )

    started: datetime = utcnow()
    summary = check_delivery(
        db, administration_id, now=started, days=days if days is not None else DEFAULT_DAYS
    )
    with db.read() as session:
        missed = undelivered_customers(session, administration_id, started)
    return summary, missed


def delivery_json(summary: Any, missed: Any, days: int | None = None) -> dict[str, Any]:
    from debtordesk.services.outbox_delivery import DEFAULT_DAYS

    return {
        "days": days if days is not None else DEFAULT_DAYS,
        "candidates": summary.candidates,
        "asked": summary.asked,
        "delivered": summary.delivered,
        "undelivered": summary.undelivered,
        "pending": summary.pending,
        "not_available": summary.not_available,
        "emails": summary.emails,
        "cancelled": summary.cancelled,
        "problems": [
            {"code": message.code, "message": render(message), "messages": count}
            for message, count in summary.problems
        ],
        "did_not_arrive": [
            {
                "customer": row.customer_number,
                "name": row.customer_name,
                "to": row.to,
                "step": row.step_name,
                "reason": render(row.reason) if row.reason is not None else None,
                "communication": row.communication_id,
            }
            for row in missed
        ],
    }


def say_delivery(summary: Any, missed: Any, days: int | None = None, *, quiet: bool) -> None:
    """The check in words; ``quiet``: say nothing when there was nothing to ask."""
    from debtordesk.services.outbox_delivery import DEFAULT_DAYS

    if quiet and not summary.candidates and not summary.problems:
        return
    say(
        Message(
            "cli.delivery.done",
            {
                "days": days if days is not None else DEFAULT_DAYS,
                "asked": summary.asked,
                "candidates": summary.candidates,
                "delivered": summary.delivered,
                "undelivered": summary.undelivered,
                "pending": summary.pending,
                "not_available": summary.not_available,
            },
        )
    )
    for row in missed:
        say(
            Message(
                "cli.delivery.undelivered",
                {
                    "customer": row.customer_number,
                    "to": row.to,
                    "step": row.step_name,
                    "reason": render(row.reason) if row.reason is not None else "",
                },
            )
        )
    for message, count in summary.problems:
        warn(Message("cli.delivery.problem", {"count": count, "reason": render(message)}))
    if summary.cancelled:
        warn(Message("cli.delivery.cancelled"))


def run_delivery_command(args: argparse.Namespace) -> int:
    from debtordesk.services.database import administration_id_for

    db = open_db(args)
    try:
        with db.write() as session:  # the first start creates the default administration
            administration_id = administration_id_for(session, args.administration)
        summary, missed = check(db, administration_id, args.days)
    finally:
        db.dispose()
    status = EXIT_ENVIRONMENT if summary.problems else EXIT_OK
    if args.json:
        print_json(delivery_json(summary, missed, args.days))
    else:
        say_delivery(summary, missed, args.days, quiet=False)
    return status
