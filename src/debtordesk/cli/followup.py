"""The follow-up commands, also for telephony or CRM integrations: ``calls`` (today's call list),
``log-call`` (a call with its outcome), ``promises check`` (decide promises and arrangements),
``arrangement`` (a payment schedule, saved with ``--save``, with its confirmation letter unless
``--no-letter``) and ``tag`` (a customer's tags, which
segment rules choose policies by).

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
from debtordesk.domain.calls import CallEffect
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.money import money_str
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import current_language, render


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    calls = subparsers.add_parser(
        "calls",
        help=_h("today's call list"),
        description=_h(
            "The customers to call on the date (default today), broken promises first: "
            "call steps of the dunning run, broken promises, missed arrangement terms, follow-up "
            "dates, returned letters, and customers without mobile number and e-mail."
        ),
    )
    _common(calls)
    calls.add_argument("--clerk", metavar="LOGIN", help=_h("only the customers assigned to LOGIN"))
    calls.add_argument(
        "--with-queue",
        action="store_true",
        help=_h(
            "also the call steps the queue proposes that the run has not recorded yet (computes "
            "the queue: slower)"
        ),
    )
    add_json_flag(calls)
    calls.set_defaults(handler=run_calls)

    log = subparsers.add_parser(
        "log-call",
        help=_h("log a call and its outcome"),
        description=_h(
            "Record a call to CUSTOMER (its number) with an outcome code; a promise to pay "
            "needs --promise-date and --promise-amount."
        ),
    )
    log.add_argument("customer", metavar="CUSTOMER", help=_h("the customer number"))
    log.add_argument("--outcome", required=True, metavar="CODE", help=_h("e.g. reached, voicemail"))
    log.add_argument("--note", default="", metavar="TEXT")
    log.add_argument("--promise-date", metavar="DATE")
    log.add_argument("--promise-amount", metavar="AMOUNT")
    log.add_argument(
        "--next", metavar="DATE", help=_h("the next follow-up date (+3: three days from today)")
    )
    log.add_argument(
        "--invoice",
        action="append",
        default=[],
        metavar="NUMBER",
        help=_h("an invoice the promise, dispute or reported payment is about (repeatable)"),
    )
    log.add_argument("--dispute-reason", default="other", metavar="REASON")
    log.add_argument("--phone", metavar="NUMBER", help=_h("the number dialled (default: on file)"))
    _common(log)
    add_json_flag(log)
    log.set_defaults(handler=run_log_call)

    promises = subparsers.add_parser(
        "promises",
        help=_h("promises to pay"),
        description=_h("Decide the promises to pay (and payment arrangements) from the imports."),
    )
    actions = promises.add_subparsers(dest="promises_action", metavar="ACTION")
    check = actions.add_parser(
        "check",
        help=_h("decide kept and broken promises"),
        description=_h(
            "Judge every pending promise whose date has come, and every running payment "
            "arrangement, from the newest open-items imports and link payments."
        ),
    )
    _common(check)
    add_json_flag(check)
    check.set_defaults(handler=run_promises_check)
    promises.set_defaults(handler=run_promises_check, json=False, date=None, administration=None)

    arrangement = subparsers.add_parser(
        "arrangement",
        help=_h("a payment arrangement's schedule (saved with --save)"),
        description=_h(
            "The schedule of a payment arrangement for CUSTOMER's open invoices (or those "
            "named with --invoice): --terms N or --term-amount A, from --start."
        ),
    )
    arrangement.add_argument("customer", metavar="CUSTOMER", help=_h("the customer number"))
    size = arrangement.add_mutually_exclusive_group(required=True)
    size.add_argument("--terms", type=int, metavar="N")
    size.add_argument("--term-amount", metavar="AMOUNT")
    arrangement.add_argument(
        "--start", required=True, metavar="DATE", help=_h("the first term (+7: a week from today)")
    )
    arrangement.add_argument("--interval", choices=("month", "week"), default="month")
    arrangement.add_argument("--invoice", action="append", default=[], metavar="NUMBER")
    arrangement.add_argument(
        "--costs",
        choices=("waive", "include"),
        help=_h("what happens to open costs and interest (needs --costs-reason)"),
    )
    arrangement.add_argument("--costs-reason", default="", metavar="TEXT")
    arrangement.add_argument("--note", default="", metavar="TEXT")
    arrangement.add_argument("--save", action="store_true", help=_h("save the arrangement"))
    arrangement.add_argument(
        "--no-letter",
        action="store_true",
        help=_h(
            "with --save: no confirmation letter (by default it waits for the next letter batch)"
        ),
    )
    _common(arrangement)
    add_json_flag(arrangement)
    arrangement.set_defaults(handler=run_arrangement)

    tag = subparsers.add_parser(
        "tag",
        help=_h("add or remove a customer's tags"),
        description=_h(
            "Add (--add) and remove (--remove) tags of CUSTOMER (its number); segment "
            "rules choose a policy by tag. Each option may be repeated."
        ),
    )
    tag.add_argument("customer", metavar="CUSTOMER", help=_h("the customer number"))
    tag.add_argument("--add", action="append", default=[], metavar="TAG")
    tag.add_argument("--remove", action="append", default=[], metavar="TAG")
    tag.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(tag)
    tag.set_defaults(handler=run_tag)

    outcomes = subparsers.add_parser(
        "outcomes",
        help=_h("the call outcome codes"),
        description=_h(
            "List the outcome codes a call can be logged with (log-call --outcome CODE), "
            "or add and change one with 'outcomes set'. A retired code is no longer offered."
        ),
    )
    outcome_actions = outcomes.add_subparsers(dest="outcomes_action", metavar="ACTION")
    listing = outcome_actions.add_parser("list", help=_h("every outcome code (default)"))
    listing.add_argument("--all", action="store_true", help=_h("also the retired codes"))
    add_json_flag(listing)
    listing.set_defaults(handler=run_outcomes_list)
    change = outcome_actions.add_parser(
        "set",
        help=_h("add an outcome code or change one"),
        description=_h(
            "Add CODE (lower-case letters, digits, _) or change its labels, whether the "
            "call reached the customer, what logging it does, and whether it is offered."
        ),
    )
    change.add_argument("code", metavar="CODE")
    change.add_argument("--en", required=True, metavar="LABEL", help=_h("the English label"))
    change.add_argument("--nl", required=True, metavar="LABEL", help=_h("the Dutch label"))
    reached = change.add_mutually_exclusive_group()
    reached.add_argument("--reached", dest="reached", action="store_true", default=True)
    reached.add_argument("--not-reached", dest="reached", action="store_false")
    change.add_argument(
        "--effect",
        choices=[effect.value for effect in CallEffect],
        help=_h("what logging the outcome does besides the log (default: nothing)"),
    )
    retire = change.add_mutually_exclusive_group()
    retire.add_argument("--retire", dest="active", action="store_false", default=True)
    retire.add_argument("--active", dest="active", action="store_true")
    add_json_flag(change)
    change.set_defaults(handler=run_outcomes_set)
    outcomes.set_defaults(handler=run_outcomes_list, json=False, all=False)

    charges = subparsers.add_parser(
        "charges",
        help=_h("a customer's collection costs, interest and fees; waive them with a reason"),
        description=_h(
            "List the open charges of CUSTOMER (collection costs, interest, business "
            "fees), mark them paid (--paid: they came in with the invoices) or waive them: --waive "
            "--reason TEXT (all open ones, or those of --charge ID). "
            "Charges stay open when only the principal is paid; the queue shows such customers."
        ),
    )
    charges.add_argument("customer", metavar="CUSTOMER", help=_h("the customer number"))
    charges.add_argument("--all", action="store_true", help=_h("also the paid and waived ones"))
    settle = charges.add_mutually_exclusive_group()
    settle.add_argument("--waive", action="store_true", help=_h("waive the open charges"))
    settle.add_argument(
        "--paid", action="store_true", help=_h("mark them paid (they came in with the invoices)")
    )
    charges.add_argument(
        "--reason",
        metavar="TEXT",
        default="",
        help=_h("why (needed with --waive; a note with --paid)"),
    )
    charges.add_argument(
        "--charge",
        type=int,
        action="append",
        metavar="ID",
        help=_h("only this charge (repeatable)"),
    )
    charges.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(charges)
    charges.set_defaults(handler=run_charges)

    settings = subparsers.add_parser(
        "followup-settings",
        help=_h("the follow-up options (grace days, arrangement limits, recall days)"),
        description=_h(
            "Show the follow-up options of an administration (as Settings > Follow-up… "
            "does), or change one with 'followup-settings set OPTION VALUE'."
        ),
    )
    setting_actions = settings.add_subparsers(dest="settings_action", metavar="ACTION")
    show = setting_actions.add_parser("show", help=_h("every option and its value (default)"))
    show.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(show)
    show.set_defaults(handler=run_followup_settings_show)
    put = setting_actions.add_parser(
        "set",
        help=_h("change one option"),
        description=_h(
            "Change OPTION to VALUE for the administration: {options}. Days and terms are whole "
            "numbers; the smallest term amount is an amount (10,00).",
            options=", ".join(FOLLOWUP_CHOICES),
        ),
    )
    put.add_argument("option", metavar="OPTION", choices=FOLLOWUP_CHOICES)
    put.add_argument("value", metavar="VALUE")
    put.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(put)
    put.set_defaults(handler=run_followup_settings_set)
    # the bare form shows them too: "followup-settings [--administration CODE] [--json]"
    settings.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(settings)
    settings.set_defaults(handler=run_followup_settings_show)


#: the follow-up options the CLI shows and sets (settings.org.FOLLOWUP_OPTIONS)
FOLLOWUP_CHOICES: tuple[str, ...] = (
    "promise_grace_days",
    "term_grace_days",
    "arrangement_min_term_amount",
    "arrangement_max_terms",
    "call_recall_days",
)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date", metavar="DATE", help=_h("the day, 2026-12-31 or 31-12-2026 (default: today)")
    )
    parser.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))


def _day(args: argparse.Namespace) -> date:
    return _parse_date(args.date, "--date") if args.date else datetime.now().astimezone().date()


def _parse_date(text: str, option: str) -> date:
    from debtordesk.services.calculator import parse_date_input

    return parse_date_input(text, option)


def _latest_day() -> date:
    """The last day a call may be logged for: the clerk's local today, the day a run may record
    (tests move it there)."""
    from debtordesk.cli import dunning

    return dunning._latest_run_day()


def _phone(text: str, option: str) -> str:
    """The number dialled in E.164 form (Dutch national forms such as 030 200 1234 included)."""
    from debtordesk.domain.contacts import normalise_phone

    found = normalise_phone(text)
    if found.e164 is None:
        raise UserError("cli.log_call.bad_phone", value=text, option=option)
    return found.e164


def _to_come(text: str, option: str, today: date) -> date:
    """A day as the app's day fields read it: a date, '24-12' (the next such day) or '+3' (days
    from ``today``, the command's day)."""
    from debtordesk.services.day_input import parse_day_input

    return parse_day_input(text, option, today)


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
    from debtordesk.services.followup.outcomes import list_outcomes

    day = _day(args)
    latest = _latest_day()
    if day > latest:  # a call is logged for the day it was made (the rule of 'run')
        raise UserError("cli.log_call.future_date", date=day, today=latest)
    phone = _phone(args.phone, "--phone") if args.phone else None
    promise_date = _to_come(args.promise_date, "--promise-date", day) if args.promise_date else None
    promise_amount = _amount(args.promise_amount) if args.promise_amount else None
    next_date = _to_come(args.next, "--next", day) if args.next else None
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
            phone=phone,
            invoice_ids=_invoices(db, customer_id, args.invoice),
            promise_date=promise_date,
            promise_amount=promise_amount,
            dispute_reason=args.dispute_reason,
        )
        # the clerk reads the outcome's label, not its code (--json keeps the code)
        labels = {
            outcome.code: outcome.label(current_language())
            for outcome in list_outcomes(db, include_retired=True)
        }
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
    outcome = labels.get(result.outcome, result.outcome)
    say(Message("cli.log_call.done", {"customer": args.customer, "outcome": outcome}))
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
        fields = (render(Message(f"customer.field.{field}")).lower() for field in result.cleared)
        say(Message("cli.log_call.cleared", {"fields": ", ".join(fields)}))
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
    from debtordesk.services.followup.arrangements import check_costs_choice, check_first_term

    day = _day(args)
    start = _to_come(args.start, "--start", day)
    if not args.save:  # the preview refuses what --save refuses (save_arrangement checks it there)
        check_first_term(start, today=day)
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
                confirmation_letter=not args.no_letter,
            )
            terms = [(t.due, t.amount) for t in record.terms]
            total, saved_id = record.total, record.id
            letter_id = record.confirmation_id
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
            check_costs_choice(preview.open_costs, choice, args.costs_reason)
            terms = [(t.due, t.amount) for t in preview.terms]
            total, saved_id, letter_id = preview.total, None, None
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
            data["confirmation_letter"] = letter_id
        print_json(data)
        return EXIT_OK
    for number, (due, amount) in enumerate(terms, start=1):
        say(Message("cli.arrangement.term", {"number": number, "due": due, "amount": amount}))
    say(Message("cli.arrangement.total", {"total": total, "terms": len(terms)}))
    if saved_id is not None:
        say(Message("cli.arrangement.saved", {"id": saved_id}))
        if letter_id is not None:
            say(Message("cli.arrangement.letter", {"communication": letter_id}))
    else:
        say(Message("cli.arrangement.preview_only"))
    return EXIT_OK


# --------------------------------------------------------------------------- tag


def run_tag(args: argparse.Namespace) -> int:
    from debtordesk.services.customer_tags import change_tags

    db = open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        customer_id = _customer(db, administration_id, args.customer)
        change = change_tags(db, customer_id, add=args.add, remove=args.remove)
    finally:
        db.dispose()
    if args.json:
        print_json(
            {
                "customer": change.customer_number,
                "tags": list(change.tags),
                "added": list(change.added),
                "removed": list(change.removed),
            }
        )
        return EXIT_OK
    tags = ", ".join(change.tags) if change.tags else render(Message("cli.tag.none"))
    say(Message("cli.tag.done", {"customer": change.customer_number, "tags": tags}))
    return EXIT_OK


def _outcome_json(outcome: Any) -> dict[str, Any]:
    return {
        "code": outcome.code,
        "label_en": outcome.label_en,
        "label_nl": outcome.label_nl,
        "reached": outcome.reached,
        "effect": outcome.effect.value if outcome.effect else None,
        "active": outcome.active,
    }


def run_outcomes_list(args: argparse.Namespace) -> int:
    from debtordesk.services.followup.outcomes import list_outcomes, seed_call_outcomes

    db = open_db(args)
    try:
        seed_call_outcomes(db)
        outcomes = list_outcomes(db, include_retired=args.all)
    finally:
        db.dispose()
    if args.json:
        print_json([_outcome_json(outcome) for outcome in outcomes])
        return EXIT_OK
    language = current_language()
    for outcome in outcomes:
        flags = [
            render(
                Message("cli.outcomes.reached" if outcome.reached else "cli.outcomes.not_reached")
            )
        ]
        if outcome.effect is not None:
            flags.append(render(Message(f"cli.outcomes.effect.{outcome.effect.value}")))
        if not outcome.active:
            flags.append(render(Message("cli.outcomes.retired")))
        print(f"{outcome.code:<22} {outcome.label(language)}  ({', '.join(flags)})")
    return EXIT_OK


def run_outcomes_set(args: argparse.Namespace) -> int:
    from debtordesk.services.followup.outcomes import save_outcome

    db = open_db(args)
    try:
        saved = save_outcome(
            db,
            args.code,
            label_en=args.en,
            label_nl=args.nl,
            reached=args.reached,
            effect=CallEffect(args.effect) if args.effect else None,
            active=args.active,
        )
    finally:
        db.dispose()
    if args.json:
        print_json(_outcome_json(saved))
        return EXIT_OK
    say(Message("cli.outcomes.saved", {"code": saved.code}))
    return EXIT_OK


def _settings_json(options: Any) -> dict[str, Any]:
    return {key: getattr(options, key) for key in FOLLOWUP_CHOICES}


def _print_settings(options: Any) -> None:
    for key in FOLLOWUP_CHOICES:
        title = render(Message(f"org.{key}"))
        print(f"{key:<28} {getattr(options, key)!s:>8}  {title}")


def run_followup_settings_show(args: argparse.Namespace) -> int:
    from debtordesk.services.followup.settings import load_followup_options

    db = open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        options = load_followup_options(db, administration_id)
    finally:
        db.dispose()
    if args.json:
        print_json(_settings_json(options))
    else:
        _print_settings(options)
    return EXIT_OK


def run_followup_settings_set(args: argparse.Namespace) -> int:
    """One option changed for the administration (checked as the dialog checks it; audited)."""
    from dataclasses import replace

    from debtordesk.services.followup.settings import (
        checked_min_term_amount,
        load_followup_options,
        save_followup_options,
    )

    db = open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        before = load_followup_options(db, administration_id)
        value: Any
        if args.option == "arrangement_min_term_amount":
            value = checked_min_term_amount(args.value)
        else:
            try:
                value = int(args.value.strip())
            except ValueError:
                value = args.value  # refused with the allowed range by the check
        saved = save_followup_options(
            db, administration_id, before, replace(before, **{args.option: value})
        )
    finally:
        db.dispose()
    if args.json:
        print_json(_settings_json(saved))
        return EXIT_OK
    say(
        Message(
            "cli.followup_settings.saved",
            {"title": render(Message(f"org.{args.option}")), "value": getattr(saved, args.option)},
        )
    )
    return EXIT_OK


def _charge_json(charge: Any) -> dict[str, Any]:
    return {
        "id": charge.id,
        "kind": charge.kind.value,
        "amount": money_str(charge.amount),
        "status": charge.status.value,
        "invoice": charge.invoice_number,
        "created": charge.created_at.astimezone().date().isoformat(),
        "waived_reason": charge.waived_reason,
    }


def run_charges(args: argparse.Namespace) -> int:
    """List a customer's charges, or waive the open ones with a reason."""
    from debtordesk.services.charges import list_charges, mark_charges_paid, waive_charges

    db = open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        customer_id = _customer(db, administration_id, args.customer)
        if args.paid:
            settled = mark_charges_paid(db, customer_id, note=args.reason, charge_ids=args.charge)
            if args.json:
                print_json(
                    {
                        "customer": settled.customer_number,
                        "paid": [_charge_json(charge) for charge in settled.charges],
                        "total": money_str(settled.total),
                    }
                )
            else:
                say(
                    Message(
                        "cli.charges.paid",
                        {"amount": settled.total, "customer": settled.customer_number},
                    )
                )
            return EXIT_OK
        if args.waive:
            waived = waive_charges(db, customer_id, reason=args.reason, charge_ids=args.charge)
            if args.json:
                print_json(
                    {
                        "customer": waived.customer_number,
                        "waived": [_charge_json(charge) for charge in waived.charges],
                        "total": money_str(waived.total),
                    }
                )
            else:
                say(
                    Message(
                        "cli.charges.waived",
                        {
                            "amount": waived.total,
                            "customer": waived.customer_number,
                            "reason": " ".join(args.reason.split()),
                        },
                    )
                )
            return EXIT_OK
        found = list_charges(db, customer_id, include_closed=args.all)
    finally:
        db.dispose()
    if args.json:
        print_json([_charge_json(charge) for charge in found])
        return EXIT_OK
    if not found:
        say(Message("cli.charges.none"))
    else:  # the column titles, in the columns of the lines below
        titles = {
            name: render(Message(f"cli.charges.col.{name}"))
            for name in ("id", "kind", "amount", "status", "invoice", "date")
        }
        reasons = any(charge.waived_reason for charge in found)
        titles["reason"] = f"  {render(Message('cli.charges.col.reason'))}" if reasons else ""
        say(Message("cli.charges.line", titles))
    for charge in found:
        say(
            Message(
                "cli.charges.line",
                {
                    "id": str(charge.id),
                    "kind": render(Message(f"cli.charges.kind.{charge.kind.value}")),
                    "amount": charge.amount,
                    "status": render(Message(f"cli.charges.status.{charge.status.value}")),
                    "invoice": charge.invoice_number or "-",
                    "date": charge.created_at.astimezone().date(),  # the clerk's day
                    "reason": f"  {charge.waived_reason}" if charge.waived_reason else "",
                },
            )
        )
    return EXIT_OK
