"""The follow-up commands, also for telephony or CRM integrations: ``calls`` (today's call list),
``log-call`` (a call with its outcome), ``promises check`` (decide promises and arrangements) and
``arrangement`` (a payment schedule, saved with ``--save``).

``--date`` is the day the command works for (default today). Exit statuses as everywhere: 0 done,
2 refused (nothing written), 3 an environment problem, 1 a bug.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from debtordesk.cli.common import EXIT_OK, open_db, print_json, say
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.money import money_str
from debtordesk.i18n.catalogue import render


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    calls = subparsers.add_parser(
        "calls",
        help="today's call list",
        description="The customers to call on the date (default today), broken promises first: "
        "call steps of the dunning run, broken promises, missed arrangement terms, follow-up "
        "dates, returned letters, and customers without mobile number and e-mail.",
    )
    _common(calls)
    calls.add_argument("--clerk", metavar="LOGIN", help="only the customers assigned to LOGIN")
    calls.add_argument(
        "--with-queue",
        action="store_true",
        help="also the call steps the queue proposes that the run has not recorded yet (computes "
        "the queue: slower)",
    )
    add_json_flag(calls)
    calls.set_defaults(handler=run_calls)

    log = subparsers.add_parser(
        "log-call",
        help="log a call and its outcome",
        description="Record a call to CUSTOMER (its number) with an outcome code; a promise to pay "
        "needs --promise-date and --promise-amount.",
    )
    log.add_argument("customer", metavar="CUSTOMER", help="the customer number")
    log.add_argument("--outcome", required=True, metavar="CODE", help="e.g. reached, voicemail")
    log.add_argument("--note", default="", metavar="TEXT")
    log.add_argument("--promise-date", metavar="DATE")
    log.add_argument("--promise-amount", metavar="AMOUNT")
    log.add_argument("--next", metavar="DATE", help="the next follow-up date")
    log.add_argument(
        "--invoice",
        action="append",
        default=[],
        metavar="NUMBER",
        help="an invoice the promise, dispute or reported payment is about (repeatable)",
    )
    log.add_argument("--dispute-reason", default="other", metavar="REASON")
    log.add_argument("--phone", metavar="NUMBER", help="the number dialled (default: on file)")
    _common(log)
    add_json_flag(log)
    log.set_defaults(handler=run_log_call)

    promises = subparsers.add_parser(
        "promises",
        help="promises to pay",
        description="Decide the promises to pay (and payment arrangements) from the imports.",
    )
    actions = promises.add_subparsers(dest="promises_action", metavar="ACTION")
    check = actions.add_parser(
        "check",
        help="decide kept and broken promises",
        description="Judge every pending promise whose date has come, and every running payment "
        "arrangement, from the newest open-items imports and link payments.",
    )
    _common(check)
    add_json_flag(check)
    check.set_defaults(handler=run_promises_check)
    promises.set_defaults(handler=run_promises_check, json=False, date=None, administration=None)

    arrangement = subparsers.add_parser(
        "arrangement",
        help="a payment arrangement's schedule (saved with --save)",
        description="The schedule of a payment arrangement for CUSTOMER's open invoices (or those "
        "named with --invoice): --terms N or --term-amount A, from --start.",
    )
    arrangement.add_argument("customer", metavar="CUSTOMER", help="the customer number")
    size = arrangement.add_mutually_exclusive_group(required=True)
    size.add_argument("--terms", type=int, metavar="N")
    size.add_argument("--term-amount", metavar="AMOUNT")
    arrangement.add_argument("--start", required=True, metavar="DATE", help="the first term")
    arrangement.add_argument("--interval", choices=("month", "week"), default="month")
    arrangement.add_argument("--invoice", action="append", default=[], metavar="NUMBER")
    arrangement.add_argument(
        "--costs",
        choices=("waive", "include"),
        help="what happens to open costs and interest (needs --costs-reason)",
    )
    arrangement.add_argument("--costs-reason", default="", metavar="TEXT")
    arrangement.add_argument("--note", default="", metavar="TEXT")
    arrangement.add_argument("--save", action="store_true", help="save the arrangement")
    _common(arrangement)
    add_json_flag(arrangement)
    arrangement.set_defaults(handler=run_arrangement)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date", metavar="DATE", help="the day, 2026-12-31 or 31-12-2026 (default: today)"
    )
    parser.add_argument("--administration", metavar="CODE", help="default: the first one")


def _day(args: argparse.Namespace) -> date:
    return _parse_date(args.date, "--date") if args.date else datetime.now().astimezone().date()


def _parse_date(text: str, option: str) -> date:
    from debtordesk.services.calculator import parse_date_input

    return parse_date_input(text, option)


def _amount(text: str) -> Decimal:
    from debtordesk.services.calculator import parse_amount_input

    return parse_amount_input(text)


def _administration(db: Any, code: str | None) -> int:
    from debtordesk.services.database import administration_id_for

    with db.write() as session:
        return administration_id_for(session, code)


def _customer(db: Any, administration_id: int, number: str) -> int:
    from sqlalchemy import select

    from debtordesk.db.models import Customer

    with db.read() as session:
        found = session.scalar(
            select(Customer.id).where(
                Customer.administration_id == administration_id,
                Customer.number == number.strip(),
            )
        )
    if found is None:
        raise UserError("followup.unknown_customer", number=number)
    return int(found)


def _invoices(db: Any, customer_id: int, numbers: list[str]) -> list[int] | None:
    if not numbers:
        return None
    from debtordesk.services.followup.common import invoice_ids_for_numbers

    with db.read() as session:
        return invoice_ids_for_numbers(session, customer_id, numbers)


# --------------------------------------------------------------------------- calls


def run_calls(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from debtordesk.db.models import User
    from debtordesk.services.followup import call_list

    day = _day(args)
    db = open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        clerk_id = None
        if args.clerk:
            with db.read() as session:
                clerk_id = session.scalar(select(User.id).where(User.login == args.clerk))
            if clerk_id is None:
                raise UserError("followup.unknown_clerk", login=args.clerk)
        queue = None
        if args.with_queue:
            from debtordesk.services.dunning_queue import compute_queue_for

            queue = compute_queue_for(db, administration_id, day)
        result = call_list(db, administration_id, day, clerk_id=clerk_id, queue=queue)
    finally:
        db.dispose()
    if args.json:
        print_json([_call_json(entry) for entry in result.entries])
        return EXIT_OK
    if not result.entries:
        say(Message("cli.calls.none", {"date": day}))
        return EXIT_OK
    for entry in result.entries:
        say(
            Message(
                "cli.calls.line",
                {
                    "customer": entry.number,
                    "name": entry.name,
                    "phone": entry.phone or "-",
                    "overdue": entry.overdue_amount,
                    "days": entry.days_overdue,
                    "reasons": ", ".join(render(m) for m in entry.reason_messages),
                },
            )
        )
    say(Message("cli.calls.total", {"date": day, "count": len(result.entries)}))
    return EXIT_OK


def _call_json(entry: Any) -> dict[str, Any]:
    return {
        "customer": entry.number,
        "name": entry.name,
        "phone": entry.phone,
        "tel": entry.tel_uri,
        "email": entry.email,
        "reasons": [reason.value for reason in entry.reasons],
        "overdue": money_str(entry.overdue_amount),
        "open": money_str(entry.open_amount),
        "days_overdue": entry.days_overdue,
        "assigned_to": entry.assigned_to,
        "last_called_on": entry.last_called_on,
        "follow_up_on": entry.follow_up_on,
    }


# --------------------------------------------------------------------------- log-call


def run_log_call(args: argparse.Namespace) -> int:
    from debtordesk.services.followup import log_call

    day = _day(args)
    promise_date = _parse_date(args.promise_date, "--promise-date") if args.promise_date else None
    promise_amount = _amount(args.promise_amount) if args.promise_amount else None
    next_date = _parse_date(args.next, "--next") if args.next else None
    db = open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        customer_id = _customer(db, administration_id, args.customer)
        result = log_call(
            db,
            customer_id,
            args.outcome,
            today=day,
            note=args.note,
            next_follow_up=next_date,
            phone=args.phone,
            invoice_ids=_invoices(db, customer_id, args.invoice),
            promise_date=promise_date,
            promise_amount=promise_amount,
            dispute_reason=args.dispute_reason,
        )
    finally:
        db.dispose()
    if args.json:
        promise = result.promise
        print_json(
            {
                "call_id": result.call_id,
                "customer": args.customer,
                "outcome": result.outcome,
                "date": result.called_on,
                "tasks_done": list(result.tasks_done),
                "tasks_cancelled": list(result.tasks_cancelled),
                "promise": None
                if promise is None
                else {
                    "id": promise.id,
                    "date": promise.promised_on,
                    "amount": money_str(promise.amount),
                    "invoices": list(promise.invoice_numbers),
                    "hold_until": promise.hold_until,
                },
                "disputes": [
                    {"id": d.id, "invoice": d.invoice_number, "reason": d.reason_code}
                    for d in result.disputes
                ],
                "holds": list(result.hold_ids),
                "cleared": list(result.cleared),
            }
        )
        return EXIT_OK
    say(Message("cli.log_call.done", {"customer": args.customer, "outcome": result.outcome}))
    if result.promise is not None:
        say(
            Message(
                "cli.log_call.promise",
                {
                    "amount": result.promise.amount,
                    "date": result.promise.promised_on,
                    "until": result.promise.hold_until,
                },
            )
        )
    for dispute in result.disputes:
        say(Message("cli.log_call.dispute", {"invoice": dispute.invoice_number}))
    if result.cleared:
        say(Message("cli.log_call.cleared", {"fields": ", ".join(result.cleared)}))
    return EXIT_OK


# --------------------------------------------------------------------------- promises check


def run_promises_check(args: argparse.Namespace) -> int:
    from debtordesk.services.followup import arrangements_check, promises_check

    if getattr(args, "promises_action", None) != "check":
        sys.stderr.write(render(Message("cli.promises.which")) + "\n")
        return 2
    day = _day(args)
    db = open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        result = promises_check(db, administration_id, day)
        arrangements = arrangements_check(db, administration_id, day)
    finally:
        db.dispose()
    if args.json:
        print_json(
            {
                "date": day,
                "promises": [
                    {
                        "customer": item.customer_number,
                        "date": item.promised_on,
                        "amount": money_str(item.amount),
                        "paid": money_str(item.paid),
                        "status": item.status.value,
                        "decided_from": item.decided_from,
                        "reason": render(item.reason),
                    }
                    for item in result.promises
                ],
                "arrangements": [
                    {
                        "customer": item.customer_number,
                        "id": item.arrangement_id,
                        "status": item.status.value,
                        "total": money_str(item.total),
                        "paid": money_str(item.paid),
                        "judged_on": item.judged_on,
                        "broken_term": item.broken_term,
                    }
                    for item in arrangements
                ],
            }
        )
        return EXIT_OK
    for item in result.promises:
        sys.stdout.write(f"{item.customer_number}: {render(item.reason)}\n")
    for arrangement in arrangements:
        say(
            Message(
                "cli.promises.arrangement",
                {
                    "customer": arrangement.customer_number,
                    "status": render(Message(f"arrangement.status.{arrangement.status.value}")),
                    "paid": arrangement.paid,
                    "total": arrangement.total,
                },
            )
        )
    say(
        Message(
            "cli.promises.total",
            {
                "date": day,
                "count": len(result.promises),
                "kept": result.kept,
                "broken": result.broken,
            },
        )
    )
    return EXIT_OK


# --------------------------------------------------------------------------- arrangement


def run_arrangement(args: argparse.Namespace) -> int:
    from debtordesk.domain.arrangements import CostsChoice, Interval
    from debtordesk.services.followup import preview_arrangement, save_arrangement

    day = _day(args)
    start = _parse_date(args.start, "--start")
    term_amount = _amount(args.term_amount) if args.term_amount else None
    interval = Interval(args.interval)
    choice = {
        None: CostsChoice.NONE,
        "waive": CostsChoice.WAIVED,
        "include": CostsChoice.INCLUDED,
    }[args.costs]
    db = open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        customer_id = _customer(db, administration_id, args.customer)
        invoice_ids = _invoices(db, customer_id, args.invoice)
        if args.save:
            record = save_arrangement(
                db,
                customer_id,
                today=day,
                start=start,
                terms=args.terms,
                term_amount=term_amount,
                interval=interval,
                invoice_ids=invoice_ids,
                costs_choice=choice,
                costs_reason=args.costs_reason,
                note=args.note,
            )
            terms = [(t.due, t.amount) for t in record.terms]
            total, saved_id = record.total, record.id
        else:
            preview = preview_arrangement(
                db,
                customer_id,
                start=start,
                terms=args.terms,
                term_amount=term_amount,
                interval=interval,
                invoice_ids=invoice_ids,
                costs_choice=choice,
            )
            terms = [(t.due, t.amount) for t in preview.terms]
            total, saved_id = preview.total, None
    finally:
        db.dispose()
    if args.json:
        data: dict[str, Any] = {
            "terms": [
                {"due": due.isoformat(), "amount": money_str(amount)} for due, amount in terms
            ],
            "total": money_str(total),
        }
        if saved_id is not None:
            data["id"] = saved_id
        print_json(data)
        return EXIT_OK
    for number, (due, amount) in enumerate(terms, start=1):
        say(Message("cli.arrangement.term", {"number": number, "due": due, "amount": amount}))
    say(Message("cli.arrangement.total", {"total": total, "terms": len(terms)}))
    if saved_id is not None:
        say(Message("cli.arrangement.saved", {"id": saved_id}))
    else:
        say(Message("cli.arrangement.preview_only"))
    return EXIT_OK
