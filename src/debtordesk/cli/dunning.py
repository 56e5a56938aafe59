"""The ``queue`` command (the dry run: what is due on a date), ``run`` (record the due actions, as the
queue page's button does, for scheduled automation) and ``policies`` (the dunning policies).

``debtordesk policies [--json]``
    The policies with their steps (the shipped defaults are added on first use).
``debtordesk policies default NAME --for consumer|business [--json]``
    Make the policy the default for that customer type (the previous default stops being it).
``debtordesk policies delete NAME [--json]``
    Delete a policy nothing uses; otherwise refused with what uses it and what to do first.

NAME is matched exactly, else case-insensitively when only one policy matches.

``--date`` moves only the evaluation date; everything recorded carries the real time. Running twice on one
date creates nothing new. Warnings (a stale import, an outdated interest table or today's statutory
rate not confirmed) go to stderr, so ``--json`` output stays clean; ``run --json`` also lists them
under ``"warnings"`` (code and message, as ``rates --json`` does). Exit statuses as everywhere: 0
done, 2 refused, 3 an environment problem, 1 a bug.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from debtordesk.cli.common import EXIT_OK, open_db, print_json, say, warn
from debtordesk.domain.dunning.model import ActionChannel, CustomerQueueRow
from debtordesk.domain.enums import CustomerType
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO, money_str
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import render


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    queue = subparsers.add_parser(
        "queue",
        help=_h("what is due today (a dry run: nothing is recorded)"),
        description=_h(
            "Show, per customer, the dunning step due on the date (default today): the "
            "channels, the invoices, the amounts and why. Nothing is recorded or sent."
        ),
    )
    _common(queue)
    add_json_flag(queue)
    queue.set_defaults(handler=run_queue_command)

    run = subparsers.add_parser(
        "run",
        help=_h("record the due steps as planned communications (nothing is sent)"),
        description=_h(
            "Record every step due on the date (default today) as communications with a "
            "payment reference and, where a provider is configured, a payment link; letters and "
            "messages are made and sent from the app. Running twice on one date records nothing new."
        ),
    )
    _common(run)
    add_json_flag(run)
    run.set_defaults(handler=run_run_command)

    policies = subparsers.add_parser(
        "policies",
        help=_h("the dunning policies and their steps"),
        description=_h(
            "List the dunning policies of the administration with their steps (no "
            "ACTION, or 'list'), make one the default for a customer type ('default') or delete one "
            "nothing uses ('delete')."
        ),
    )
    policies.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(policies)
    policies.set_defaults(handler=run_policies_command)
    actions = policies.add_subparsers(dest="policies_action", metavar="ACTION")
    listing = actions.add_parser("list", help=_h("the policies and their steps (default)"))
    _policy_options(listing)
    listing.set_defaults(handler=run_policies_command)
    default = actions.add_parser(
        "default",
        help=_h("make a policy the default for consumers or businesses"),
        description=_h(
            "Make the policy NAME the default for customers of the type that no segment "
            "rule and no policy of their own places; the previous default stops being it."
        ),
    )
    default.add_argument("name", metavar="NAME", help=_h("the policy's name"))
    default.add_argument(
        "--for",
        dest="customer_type",
        required=True,
        choices=[customer_type.value for customer_type in CustomerType],
        help=_h("the customer type"),
    )
    _policy_options(default)
    default.set_defaults(handler=run_policies_default)
    delete = actions.add_parser(
        "delete",
        help=_h("delete a policy nothing uses"),
        description=_h(
            "Delete the policy NAME. Refused while it is a default, customers have it as "
            "their own policy or a segment rule chooses it (the message says what to do first), and "
            "for good once communications were planned under it (rename it instead)."
        ),
    )
    delete.add_argument("name", metavar="NAME", help=_h("the policy's name"))
    _policy_options(delete)
    delete.set_defaults(handler=run_policies_delete)


def _policy_options(parser: argparse.ArgumentParser) -> None:
    """--administration and --json after the action too; before it (on ``policies``) they still hold,
    as nothing here overwrites them with a default."""
    parser.add_argument(
        "--administration",
        metavar="CODE",
        default=argparse.SUPPRESS,
        help=_h("default: the first one"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=_h("print a machine-readable summary"),
    )


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date",
        metavar="DATE",
        help=_h(
            "evaluation date, 2026-12-31 or 31-12-2026 (default: today); only moves the date "
            "the queue is computed for"
        ),
    )
    parser.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))


def _date(args: argparse.Namespace) -> date:
    from debtordesk.services.calculator import parse_date_input

    if args.date:
        return parse_date_input(args.date, "--date")
    return datetime.now().astimezone().date()  # the clerk's local today


def _latest_run_day() -> date:
    """The last day a run may record: the clerk's local today (tests move it)."""
    return datetime.now().astimezone().date()


def _administration(db: Any, code: str | None) -> int:
    from debtordesk.services.database import administration_id_for

    with db.write() as session:  # the first start creates the default administration
        return administration_id_for(session, code)


def _channels(row: CustomerQueueRow) -> list[str]:
    if row.action is None:
        return []
    chosen = (d.channel for d in row.action.channels if d.channel is not None)
    return [channel.value for channel in dict.fromkeys(chosen)]


def _channel_words(channels: Iterable[ActionChannel | str]) -> str:
    """The channels as the clerk reads them in the text ('e-mail, sms'), in the CLI's language."""
    return ", ".join(render(Message(f"cli.channel.{ActionChannel(c).value}")) for c in channels)


def _warn_all(warnings: tuple[Message, ...]) -> None:
    for message in warnings:
        warn(message)


# --------------------------------------------------------------------------- queue


def run_queue_command(args: argparse.Namespace) -> int:
    from debtordesk.services.dunning_queue import compute_queue_for

    today = _date(args)
    db = open_db(args)
    try:
        result = compute_queue_for(db, _administration(db, args.administration), today)
    finally:
        db.dispose()
    _warn_all(result.warnings)
    actions = result.actions
    if args.json:
        print_json([_queue_json(entry) for entry in actions])
        return EXIT_OK
    if not actions:
        say(Message("cli.queue.none", {"date": today}))
        return EXIT_OK
    for entry in actions:
        action = entry.row.action
        assert action is not None
        say(
            Message(
                "cli.queue.line",
                {
                    "customer": entry.contact.number,
                    "name": entry.contact.name,
                    "step": action.step_name,
                    "channels": _channel_words(_channels(entry.row)),
                    "invoices": ", ".join(entry.invoice_numbers),
                    "invoice_count": len(entry.invoice_numbers),
                    "open": action.open_amount,
                    "overdue": action.overdue_amount,
                    "costs": action.costs,
                    "interest": action.interest,
                },
            )
        )
        sys.stdout.write("    " + render(action.reason) + "\n")
    say(
        Message(
            "cli.queue.totals",
            {
                "date": today,
                "actions": len(actions),
                "open": sum((e.row.action.open_amount for e in actions if e.row.action), ZERO),
            },
        )
    )
    return EXIT_OK


def _queue_json(entry: Any) -> dict[str, Any]:
    action = entry.row.action
    return {
        "customer": entry.contact.number,
        "step": action.step_name,
        "channels": _channels(entry.row),
        "invoices": list(entry.invoice_numbers),
        "open": money_str(action.open_amount),
        "overdue": money_str(action.overdue_amount),
        "costs": money_str(action.costs),
        "interest": money_str(action.interest),
        "reason": render(action.reason),
    }


# --------------------------------------------------------------------------- run


def run_run_command(args: argparse.Namespace) -> int:
    from debtordesk.cli.payments import poll_json
    from debtordesk.services.before_run import before_run
    from debtordesk.services.dunning_queue import stale_import_warnings
    from debtordesk.services.dunning_run import run_queue
    from debtordesk.services.provider_settings import close_provider, payment_link_provider_for

    today = _date(args)
    latest = _latest_run_day()
    if today > latest:
        # a run records communications and charges now: one for a later day would state costs
        # and terms that are not due yet (the queue page refuses it too; 'queue --date' looks ahead)
        raise UserError("cli.run.future_date", date=today, today=latest)
    db = open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        with db.read() as session:
            stale = stale_import_warnings(session, administration_id, today)
        _warn_all(stale)
        link_provider = payment_link_provider_for(db, administration_id)
        try:
            # who paid through a link gets the hold, promises and arrangements are judged, and
            # only then is the queue made
            before = before_run(db, administration_id, today, link_provider)
            polled = before.poll
            summary = run_queue(db, administration_id, today, link_provider=link_provider)
        finally:
            close_provider(link_provider)
    finally:
        db.dispose()
    # the statutory interest table the run's interest rests on, as the queue warns about it
    _warn_all(summary.warnings)
    for message, count in polled.problems:
        warn(Message("cli.run.poll_problem", {"count": count, "reason": render(message)}))
    if args.json:
        print_json(
            {
                "run_id": summary.run_id,
                "warnings": [
                    {"code": message.code, "message": render(message)}
                    for message in (*stale, *summary.warnings)
                ],
                "poll": poll_json(polled),
                "date": today,
                "customers": len(summary.items),
                "communications": summary.communications,
                "prepared": summary.prepared,
                "links_created": summary.links_created,
                "links_missing": [
                    {"reason": render(message), "count": count}
                    for message, count in summary.links_missing
                ],
                "items": [
                    {
                        "customer": item.customer_number,
                        "step": item.step_name,
                        "channels": [channel.value for channel in item.channels],
                        "invoices": list(item.invoice_numbers),
                        "open": money_str(item.open_amount),
                        "overdue": money_str(item.overdue_amount),
                        "costs": money_str(item.costs),
                        "interest": money_str(item.interest),
                        "reason": render(item.reason),
                        "payment_reference": item.payment_reference,
                        "communications": list(item.communication_ids),
                    }
                    for item in summary.items
                ],
            }
        )
        return EXIT_OK
    for item in summary.items:
        say(
            Message(
                "cli.run.line",
                {
                    "customer": item.customer_number,
                    "step": item.step_name,
                    "channels": _channel_words(item.channels),
                    "reference": item.payment_reference or "-",
                },
            )
        )
    say(
        Message(
            "cli.run.done",
            {
                "date": today,
                "customers": len(summary.items),
                "communications": summary.communications,
                "prepared": summary.prepared,
            },
        )
    )
    if polled.payments:
        say(
            Message(
                "cli.run.polled",
                {"payments": len(polled.payments), "holds": polled.holds_added},
            )
        )
    for message, count in summary.links_missing:
        say(Message("cli.run.no_links", {"count": count, "reason": render(message)}))
    return EXIT_OK


# --------------------------------------------------------------------------- policies


def run_policies_command(args: argparse.Namespace) -> int:
    from debtordesk.domain.dunning.serialise import policy_to_dict
    from debtordesk.services.policies import list_policies

    db = open_db(args)
    try:
        records = list_policies(db, _administration(db, args.administration))
    finally:
        db.dispose()
    if args.json:
        print_json(
            [
                {
                    "id": record.id,
                    "default_for": record.default_for.value if record.default_for else None,
                    "customers": record.customers,
                    **policy_to_dict(record.policy),
                }
                for record in records
            ]
        )
        return EXIT_OK
    for record in records:
        say(
            Message(
                "cli.policies.line",
                {
                    "name": record.name,
                    "default_for": (
                        render(Message(f"cli.policies.default.{record.default_for.value}"))
                        if record.default_for
                        else ""
                    ),
                    "min_amount": record.policy.min_amount,
                    "tolerance": record.policy.tolerance,
                },
            )
        )
        for step in record.policy.steps:
            say(
                Message(
                    "cli.policies.step",
                    {
                        "name": step.name,
                        "offset": f"{step.offset_days:+d}",
                        "base": render(Message(f"cli.policies.base.{step.offset_from.value}")),
                        "channels": _channel_words(choice.channel for choice in step.channels),
                    },
                )
            )
    return EXIT_OK


def _policy_json(record: Any) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "default_for": record.default_for.value if record.default_for else None,
    }


def run_policies_default(args: argparse.Namespace) -> int:
    from debtordesk.services.policies import find_policy, list_policies, make_default_policy

    customer_type = CustomerType(args.customer_type)
    db = open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        record = find_policy(db, administration_id, args.name)
        previous = next(
            (p for p in list_policies(db, administration_id) if p.default_for is customer_type),
            None,
        )
        already = previous is not None and previous.id == record.id
        make_default_policy(db, record.id, customer_type, expected_version=record.version)
        after = find_policy(db, administration_id, record.name)
    finally:
        db.dispose()
    if args.json:
        print_json(
            {
                "action": "unchanged" if already else "made_default",
                "policy": _policy_json(after),
                "previous": None if already or previous is None else _policy_json(previous),
            }
        )
        return EXIT_OK
    if already:
        say(Message(f"cli.policies.already_default.{customer_type.value}", {"name": after.name}))
    else:
        say(
            Message(
                f"cli.policies.made_default.{customer_type.value}",
                {"name": after.name, "previous": previous.name if previous else "-"},
            )
        )
    return EXIT_OK


def run_policies_delete(args: argparse.Namespace) -> int:
    from debtordesk.services.policies import delete_policy, find_policy

    db = open_db(args)
    try:
        record = find_policy(db, _administration(db, args.administration), args.name)
        deleted = delete_policy(db, record.id, expected_version=record.version)
    finally:
        db.dispose()
    if args.json:
        print_json({"action": "deleted", "policy": _policy_json(deleted)})
        return EXIT_OK
    say(Message("cli.policies.deleted", {"name": deleted.name}))
    return EXIT_OK
