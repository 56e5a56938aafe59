"""The payment-link commands: ``poll`` (ask the provider which links were paid; paid links put their
invoices on the "paid via link" hold), ``link-payments`` (the payments that came in through links, for
the bookkeeper, as .xlsx or .csv) and ``paylink-export`` (the prepared SMS and e-mail payment requests
without a link, as a CSV to upload in the provider's portal when no payment-link API is configured).

``poll`` then asks, as ``delivery`` does, whether the SMS of the last days arrived (``--json``: under
``delivery``; exit 3 as well when some could not be asked).

Exit statuses as everywhere: 0 done, 2 refused, 3 an environment problem, 1 a bug. ``poll`` exits 3
when the provider could not be asked about some links (no network, a wrong key: the output says which
and for how many; what could be asked is recorded), and 2 when the chosen provider cannot be used (a
key missing). No provider chosen is not an error: nothing to ask (0).
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from debtordesk.cli import common
from debtordesk.cli.common import EXIT_ENVIRONMENT, EXIT_OK, EXIT_REFUSED, print_json, say, warn
from debtordesk.domain.messages import Message, MessageParam
from debtordesk.domain.money import money_str
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import render


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    poll = subparsers.add_parser(
        "poll",
        help=_h("ask the payment provider which payment links were paid"),
        description=_h(
            "Ask the payment-link provider about every link that is not settled yet: a "
            "paid link puts its invoices on the 'paid via link' hold and is recorded once, a second "
            "payment for the same invoices is flagged for refund, an expired link is noted (the next "
            "run makes a new one). 'run' polls first by itself."
        ),
    )
    poll.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(poll)
    poll.set_defaults(handler=run_poll_command)

    payments = subparsers.add_parser(
        "link-payments",
        help=_h("export the payments made through payment links (for the bookkeeper)"),
        description=_h(
            "Write the payments that came in through payment links, paid from --since to "
            "--until (inclusive), to an .xlsx or .csv file: paid date, customer, invoice numbers, "
            "provider, payment id, link id, amount, payment reference and whether to refund it."
        ),
    )
    payments.add_argument("--since", required=True, metavar="DATE", help=_h("first paid date"))
    payments.add_argument("--until", metavar="DATE", help=_h("last paid date (default: today)"))
    payments.add_argument("--out", required=True, metavar="FILE", help=_h("FILE.xlsx or FILE.csv"))
    payments.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(payments)
    payments.set_defaults(handler=run_link_payments_command)

    requests = subparsers.add_parser(
        "paylink-export",
        help=_h("the prepared SMS/e-mail payment requests as a CSV for a provider's upload portal"),
        description=_h(
            "Without a payment-link API, write the prepared SMS and e-mail payment "
            "requests (one per step, without a provider's link) to a CSV with the columns phone, "
            "email, name, amount, description, reference, customer_number, invoices and pay_by, to "
            "upload in the provider's portal (e.g. the Tikkie business portal; map the columns there)."
        ),
    )
    requests.add_argument("--out", required=True, metavar="FILE.csv", help=_h("where to write it"))
    requests.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(requests)
    requests.set_defaults(handler=run_paylink_export_command)


def _administration(db: Any, code: str | None) -> int:
    from debtordesk.services.database import administration_id_for

    with db.write() as session:  # the first start creates the default administration
        return administration_id_for(session, code)


def _date(text: str, option: str) -> date:
    from debtordesk.services.calculator import parse_date_input

    return parse_date_input(text, option)


# --------------------------------------------------------------------------- poll


def poll_json(summary: Any) -> dict[str, Any]:
    """A poll summary as JSON (``poll --json``, and ``run --json`` under ``poll``)."""
    return {
        "provider": summary.provider,
        "unavailable": render(summary.unavailable) if summary.unavailable else None,
        "links": summary.links,
        "asked": summary.asked,
        "open": summary.open,
        "paid": summary.paid,
        "expired": summary.expired,
        "closed": summary.closed,
        "not_ours": summary.not_ours,
        "holds_added": summary.holds_added,
        "refund_flags": summary.refund_flags,
        "cancelled": summary.cancelled,
        "payments": [
            {
                "customer": p.customer_number,
                "link_id": p.link_id,
                "payment_id": p.payment_id,
                "amount": money_str(p.amount),
                "paid_at": p.paid_at.isoformat() if p.paid_at else None,
                "invoices": list(p.invoice_numbers),
                "refund": p.refund_flag,
                "refund_reason": render(p.refund_reason) if p.refund_reason else None,
            }
            for p in summary.payments
        ],
        "problems": [
            {"code": message.code, "message": render(message), "links": count}
            for message, count in summary.problems
        ],
    }


def run_poll_command(args: argparse.Namespace) -> int:
    from debtordesk.cli import delivery
    from debtordesk.services.link_poll import poll_links
    from debtordesk.services.provider_settings import close_provider, payment_link_provider_for

    db = common.open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        provider = payment_link_provider_for(db, administration_id)
        try:
            summary = poll_links(db, administration_id, provider=provider)
        finally:
            close_provider(provider)
        # and whether the SMS of the last days arrived
        checked, missed = delivery.check(db, administration_id)
    finally:
        db.dispose()
    status = EXIT_OK
    if summary.problems or checked.problems:
        status = EXIT_ENVIRONMENT
    elif summary.unavailable is not None and summary.unavailable.code != "links.no_provider":
        status = EXIT_REFUSED  # a provider is chosen but cannot work: the reason says what to fix
    if args.json:
        print_json({**poll_json(summary), "delivery": delivery.delivery_json(checked, missed)})
        return status
    _say_poll(summary)
    delivery.say_delivery(checked, missed, quiet=True)
    return status


def _say_poll(summary: Any) -> None:
    if summary.unavailable is not None:
        say(Message("cli.poll.unavailable", {"reason": render(summary.unavailable)}))
        return
    for payment in summary.payments:
        values: dict[str, MessageParam] = {
            "customer": payment.customer_number,
            "amount": payment.amount,
            "link": payment.link_id,
            "invoices": ", ".join(payment.invoice_numbers),
        }
        say(Message("cli.poll.payment", values))
        if payment.refund_reason is not None:
            say(Message("cli.poll.refund", {**values, "reason": render(payment.refund_reason)}))
    say(
        Message(
            "cli.poll.done",
            {
                "provider": summary.provider,
                "asked": summary.asked,
                "links": summary.links,
                "paid": summary.paid,
                "open": summary.open,
                "expired": summary.expired,
                "closed": summary.closed,
                "payments": len(summary.payments),
                "refunds": summary.refund_flags,
                "holds": summary.holds_added,
            },
        )
    )
    if summary.not_ours:
        say(Message("cli.poll.not_ours", {"count": summary.not_ours, "provider": summary.provider}))
    for message, count in summary.problems:
        warn(Message("cli.poll.problem", {"count": count, "reason": render(message)}))
    if summary.cancelled:
        warn(Message("cli.poll.cancelled"))


# --------------------------------------------------------------------------- link payments


def run_link_payments_command(args: argparse.Namespace) -> int:
    from debtordesk.services.link_exports import export_link_payments

    since = _date(args.since, "--since")
    until = _date(args.until, "--until") if args.until else datetime.now().astimezone().date()
    target = Path(args.out).expanduser().resolve()
    db = common.open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        result = export_link_payments(
            db, administration_id, since=since, until=until, target=target
        )
    finally:
        db.dispose()
    if args.json:
        print_json(
            {
                "path": str(result.path),
                "since": since,
                "until": until,
                "rows": result.rows,
                "new_rows": result.new_rows,
                "total": money_str(result.total),
                "refund_flags": result.refund_flags,
            }
        )
        return EXIT_OK
    say(
        Message(
            "cli.link_payments.done",
            {
                "rows": result.rows,
                "since": since,
                "until": until,
                "total": result.total,
                "new": result.new_rows,
                "refunds": result.refund_flags,
                "path": str(result.path),
            },
        )
    )
    return EXIT_OK


# --------------------------------------------------------------------------- paylink export


def run_paylink_export_command(args: argparse.Namespace) -> int:
    from debtordesk.services.link_exports import export_payment_requests

    target = Path(args.out).expanduser().resolve()
    db = common.open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        result = export_payment_requests(db, administration_id, target=target)
    finally:
        db.dispose()
    if args.json:
        print_json(
            {
                "path": str(result.path) if result.rows else None,
                "rows": result.rows,
                "total": money_str(result.total),
                "with_link": result.with_link,
                "unreachable": result.unreachable,
            }
        )
        return EXIT_OK
    if result.rows:
        say(
            Message(
                "cli.paylink_export.done",
                {"rows": result.rows, "total": result.total, "path": str(result.path)},
            )
        )
    else:
        say(Message("cli.paylink_export.nothing"))
    if result.with_link:
        warn(Message("cli.paylink_export.with_link", {"count": result.with_link}))
    if result.unreachable:
        warn(Message("cli.paylink_export.unreachable", {"count": result.unreachable}))
    return EXIT_OK
