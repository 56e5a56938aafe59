"""The ``send`` command (process the outbox) and the ``outbox`` command (list it, retry, cancel, settle
an uncertain message, the outbox settings).

``debtordesk send [--limit N] [--concurrency N] [--json]`` puts the due prepared SMS and e-mails in the
outbox and sends them through the configured providers; with ``--json`` it prints ``{"sent", "failed",
"uncertain", "retried_later", "cancelled_stale", "held", "queued", "settled", "cancelled",
"elapsed_seconds", "notes"}``. Ctrl+C stops claiming new messages, lets the calls under way finish and
records them. Exit statuses: 0 done (also when some messages failed, or wait for the sending window or
a cap: see the summary), 3 messages wait because a channel cannot send (no provider chosen, a key
missing, a wrong key, no balance, the provider unreachable), 130 stopped on request, 2 refused input,
1 a bug. A channel without a provider leaves its messages prepared (``paylink-export`` finds them).
"""

from __future__ import annotations

import argparse
import signal
import threading
from typing import Any

from debtordesk.cli.common import EXIT_ENVIRONMENT, EXIT_OK, open_db, print_json, say, warn
from debtordesk.domain.dunning.model import CommunicationStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.outbox import window_text
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import current_language, render

EXIT_CANCELLED = 130


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    send = subparsers.add_parser(
        "send",
        help=_h("send the due SMS and e-mail payment requests (the outbox)"),
        description=_h(
            "Put the due prepared SMS and e-mails in the outbox and send them through the "
            "providers chosen under 'providers use' (at most once each; within the sending window, "
            "the rate and the hourly and daily caps of 'outbox settings'). Messages left unfinished "
            "by a stopped run are looked up at the provider first, never sent again."
        ),
    )
    send.add_argument("--limit", type=_positive, metavar="N", help=_h("send at most N messages"))
    send.add_argument(
        "--concurrency",
        type=_positive,
        default=4,
        metavar="N",
        help=_h("provider calls at the same time (default 4, at most 64)"),
    )
    send.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(send)
    send.set_defaults(handler=run_send)

    outbox = subparsers.add_parser(
        "outbox",
        help=_h("the outbox: list, retry, cancel, settle uncertain messages, settings"),
        description=_h("Without an action: the SMS and e-mails in the outbox (newest first)."),
    )
    outbox.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in CommunicationStatus],
        help=_h("only these statuses (repeatable)"),
    )
    outbox.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(outbox)
    outbox.set_defaults(handler=run_outbox_list)
    actions = outbox.add_subparsers(dest="outbox_action", metavar="ACTION")
    again = actions.add_parser("retry", help=_h("queue a failed or uncertain message again"))
    again.add_argument("communication", type=int, metavar="ID")
    add_json_flag(again)
    again.set_defaults(handler=run_outbox_retry)
    stop = actions.add_parser("cancel", help=_h("cancel a message that has not gone out"))
    stop.add_argument("communication", type=int, metavar="ID")
    add_json_flag(stop)
    stop.set_defaults(handler=run_outbox_cancel)
    settle = actions.add_parser(
        "resolve", help=_h("settle an uncertain message after checking at the provider")
    )
    settle.add_argument("communication", type=int, metavar="ID")
    which = settle.add_mutually_exclusive_group(required=True)
    which.add_argument("--sent", action="store_true", help=_h("it is at the provider: sent"))
    which.add_argument("--not-sent", action="store_true", help=_h("it is not there: failed"))
    add_json_flag(settle)
    settle.set_defaults(handler=run_outbox_resolve)
    settings = actions.add_parser(
        "settings",
        help=_h("show or change the outbox settings: KEY=VALUE …"),
        description=_h(
            "Rates (sms.rate, email.rate: messages a second), caps (sms.hourly_cap, "
            "sms.daily_cap, email.hourly_cap, email.daily_cap; 'none' for no cap), sending windows "
            "(sms.window, email.window, e.g. 'mon-sat 09:00-20:00'), max_sms_segments, "
            "transliterate_names (yes/no), max_attempts. An empty value (KEY=) restores the default."
        ),
    )
    settings.add_argument("values", metavar="KEY=VALUE", nargs="*")
    settings.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(settings)
    settings.set_defaults(handler=run_outbox_settings)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(_h("expected a whole number of 1 or more"))
    return value


def _administration(db: Any, args: argparse.Namespace) -> int:
    from debtordesk.services.database import administration_id_for

    with db.write() as session:
        return administration_id_for(session, getattr(args, "administration", None))


# --------------------------------------------------------------------------- send


def run_send(args: argparse.Namespace) -> int:
    from debtordesk.services.outbox import send_batch

    stop = threading.Event()
    previous = _on_interrupt(stop)
    db = open_db(args)
    try:
        administration_id = _administration(db, args)
        summary = send_batch(
            db,
            administration_id,
            limit=args.limit,
            concurrency=args.concurrency,
            cancelled=stop.is_set,
        )
    finally:
        db.dispose()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    stopped = any(_cannot_send(note.code) for note in summary.notes)
    if args.json:
        print_json(
            {
                "sent": summary.sent,
                "failed": summary.failed,
                "uncertain": summary.uncertain,
                "retried_later": summary.retry_later,
                "cancelled_stale": summary.cancelled_stale,
                "held": summary.held,
                "queued": summary.queued,
                "settled": summary.settled,
                "cancelled": summary.cancelled,
                "elapsed_seconds": summary.elapsed_seconds,
                "notes": [{"code": note.code, "message": render(note)} for note in summary.notes],
            }
        )
    else:
        for note in summary.notes:
            warn(note)
        say(
            Message(
                "cli.send.summary",
                {
                    "sent": summary.sent,
                    "failed": summary.failed,
                    "uncertain": summary.uncertain,
                    "retry_later": summary.retry_later,
                    "cancelled_stale": summary.cancelled_stale,
                    "held": summary.held,
                },
            )
        )
        if summary.cancelled:
            warn(Message("cli.send.cancelled"))
    if summary.cancelled:
        return EXIT_CANCELLED
    return EXIT_ENVIRONMENT if stopped else EXIT_OK


#: notes that say a channel could not send at all (its messages wait): exit status 3
_PROBLEMS = ("outbox.channel_stopped", "outbox.no_provider", "outbox.sms_sender_missing")


def _cannot_send(code: str) -> bool:
    return code in _PROBLEMS or code.startswith(("providers.", "secrets."))


def _on_interrupt(stop: threading.Event) -> Any:
    """Ctrl+C asks the batch to stop (calls under way finish and are recorded)."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(_signum: int, _frame: Any) -> None:
        stop.set()

    return signal.signal(signal.SIGINT, handler)


# --------------------------------------------------------------------------- outbox


def run_outbox_list(args: argparse.Namespace) -> int:
    from debtordesk.services.outbox_admin import list_outbox

    statuses = [CommunicationStatus(value) for value in args.status] if args.status else None
    db = open_db(args)
    try:
        rows = list_outbox(db, _administration(db, args), statuses)
    finally:
        db.dispose()
    if args.json:
        print_json(
            [
                {
                    "communication": row.communication_id,
                    "customer": row.customer_number,
                    "name": row.customer_name,
                    "channel": row.channel.value,
                    "status": row.status.value,
                    "step": row.step_name,
                    "to": row.recipient,
                    "amount": row.amount,
                    "attempts": row.attempts,
                    "next_attempt_at": row.next_attempt_at,
                    "provider": row.provider,
                    "provider_message_id": row.provider_message_id,
                    "went_out_on": row.went_out_on,
                    "problem": None
                    if row.problem is None
                    else {"code": row.problem.code, "message": render(row.problem)},
                }
                for row in rows
            ]
        )
        return EXIT_OK
    if not rows:
        if statuses:  # the outbox may hold other messages: say what matched nothing
            words = [f"“{render(Message(f'outbox.status.{s.value}'))}”" for s in statuses]
            *first, last = words
            joined = ", ".join(first)
            if joined:
                joined += render(Message("cli.outbox.or"))
            say(Message("cli.outbox.none_with_status", {"statuses": joined + last}))
        else:
            say(Message("cli.outbox.empty"))
        return EXIT_OK
    # status and channel in the words of the outbox page's columns (--json keeps the ids)
    status_words = {
        row.status: render(Message(f"outbox.status.{row.status.value}")) for row in rows
    }
    channel_words = {
        row.channel: render(Message(f"outbox.channel.{row.channel.value}")) for row in rows
    }
    status_width = max(len(word) for word in status_words.values())
    channel_width = max(len(word) for word in channel_words.values())
    for row in rows:
        line = (
            f"{row.communication_id:>7}  {status_words[row.status]:<{status_width}} "
            f"{channel_words[row.channel]:<{channel_width}} "
            f"{row.customer_number:<12} {row.recipient:<28} {row.step_name}"
        )
        print(line)
        if row.problem is not None and row.status in (
            CommunicationStatus.FAILED,
            CommunicationStatus.UNCERTAIN,
            CommunicationStatus.QUEUED,
        ):
            print("         " + render(row.problem))
    return EXIT_OK


def _admin_action(args: argparse.Namespace, action: str) -> int:
    from debtordesk.services import outbox_admin

    db = open_db(args)
    try:
        if action == "retry":
            outbox_admin.retry(db, args.communication)
            message = Message("cli.outbox.retried", {"communication": args.communication})
        elif action == "cancel":
            outbox_admin.cancel(db, args.communication)
            message = Message("cli.outbox.cancelled", {"communication": args.communication})
        else:
            sent = bool(args.sent)
            outbox_admin.resolve(db, args.communication, sent=sent)
            message = Message(
                "cli.outbox.resolved",
                {"communication": args.communication, "status": "sent" if sent else "failed"},
            )
    finally:
        db.dispose()
    if args.json:
        print_json({"communication": args.communication, "done": action})
    else:
        say(message)
    return EXIT_OK


def run_outbox_retry(args: argparse.Namespace) -> int:
    return _admin_action(args, "retry")


def run_outbox_cancel(args: argparse.Namespace) -> int:
    return _admin_action(args, "cancel")


def run_outbox_resolve(args: argparse.Namespace) -> int:
    return _admin_action(args, "resolve")


def setting_text(value: object, key: str = "") -> str:
    """A setting's value as the clerk would type it to set it (--json keeps the stored value): yes or
    no for a switch and none for no cap, in the clerk's language where the command takes the word
    (ja, nee, geen); a rate without a needless .0 and with the decimal comma in Dutch (2,5); whole
    numbers without thousands separators, which the command would not read back; a sending window
    with the day names of the clerk's language (ma-za 09:00-20:00; stored as mon-sat 09:00-20:00)."""
    if key.endswith(".window") and isinstance(value, str):
        return window_text(value, current_language())
    if isinstance(value, bool):
        return render(Message("cli.outbox.yes" if value else "cli.outbox.no"))
    if value is None:
        return render(Message("cli.outbox.no_cap"))
    if isinstance(value, float):
        text = repr(value).removesuffix(".0")
        return text.replace(".", ",") if current_language() == "nl" else text
    return str(value)


def run_outbox_settings(args: argparse.Namespace) -> int:
    from debtordesk.services.outbox_settings import load_outbox_form, save_outbox_form

    changes: dict[str, str] = {}
    for pair in args.values:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UserError("outbox.bad_setting", key=pair, value="", expected="KEY=VALUE")
        changes[key.strip()] = value
    db = open_db(args)
    try:
        administration_id = _administration(db, args)
        if changes:
            form = save_outbox_form(db, administration_id, changes)
        else:
            form = load_outbox_form(db, administration_id)
    finally:
        db.dispose()
    if args.json:
        print_json(form.values)
    else:
        for key, value in form.values.items():
            say(Message("cli.outbox.setting", {"key": key, "value": setting_text(value, key)}))
    # a rate above what the channel's provider documents is kept, with a warning (stderr)
    for warning in form.warnings:
        warn(warning)
    return EXIT_OK
