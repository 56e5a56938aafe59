"""The ``letters`` command: a batch PDF of the prepared letters (of one run, or all pending), and what
happens to a batch afterwards: ``letters dispatch`` (posted on a date: the 14-day-letter evidence),
``letters returned`` (a letter came back), ``letters list`` (batches, or the letters of one).

``debtordesk letters [--run ID | --pending] --out FILE.pdf [--duplex] [--json]`` makes the batch, keeps
it in the letter archive and writes a copy to FILE.pdf; with ``--json`` it prints one object per letter:
``{"customer", "first_page", "pages", "reference", "qr", "total"}`` (``first_page`` counted from 1 in
the batch PDF, ``qr`` the exact text in the letter's QR code, "" when it has none). No letters to print
is not an error: ``[]`` (exit 0), nothing written. Exit statuses as everywhere: 0 done, 2 refused, 3 an
environment problem (disk full, archive file missing or changed), 1 a bug.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from debtordesk.cli import common
from debtordesk.cli.common import EXIT_OK, print_json, say, warn
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.money import money_str
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import current_language, format_value, render

#: codes of "nothing to print": an answer, not a failure
_NOTHING = frozenset(
    {
        "letters.nothing_to_print",
        "letters.nothing_to_print_waiting",
        "letters.nothing_to_print_stale",
    }
)


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    letters = subparsers.add_parser(
        "letters",
        help=_h("print the prepared letters into one PDF batch (archived); post, return, list"),
        description=_h(
            "Make one PDF of the prepared letters (of one run, or all pending ones), sorted "
            "by postcode, with a cover sheet; the batch is kept in the letter archive and a copy is "
            "written to --out. Then: 'letters dispatch' when the batch is posted, 'letters returned' "
            "when a letter comes back, 'letters list' to see batches and letters."
        ),
    )
    which = letters.add_mutually_exclusive_group()
    which.add_argument(
        "--run", type=int, metavar="ID", help=_h("the letters of this run (run --json)")
    )
    which.add_argument(
        "--pending", action="store_true", help=_h("every prepared letter (the default)")
    )
    letters.add_argument("--out", metavar="FILE.pdf", help=_h("where to write the batch PDF"))
    letters.add_argument(
        "--duplex", action="store_true", help=_h("pad each letter to an even page count")
    )
    letters.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(letters)
    letters.set_defaults(handler=run_letters_command)
    actions = letters.add_subparsers(dest="letters_action", metavar="ACTION")

    dispatch = actions.add_parser(
        "dispatch",
        help=_h("mark a batch as posted (the evidence date of its 14-day letters)"),
        description=_h(
            "Mark every letter of the batch as posted on the date (default today; never a "
            "later day). For 14-day letters this date is the evidence: receipt and the end of the term "
            "are counted from it. A batch is posted once."
        ),
    )
    dispatch.add_argument("--batch", type=int, required=True, metavar="N", help=_h("batch number"))
    dispatch.add_argument("--date", metavar="DATE", help=_h("posting date (default: today)"))
    dispatch.add_argument(
        "--evidence", default="", metavar="TEXT", help=_h("e.g. a registered-mail number")
    )
    dispatch.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(dispatch)
    dispatch.set_defaults(handler=run_dispatch_command)

    returned = actions.add_parser(
        "returned",
        help=_h("record that a posted letter came back"),
        description=_h(
            "Record returned mail for a letter (its number from 'letters list'): its "
            "14-day-letter evidence is void, and the customer belongs on the call list."
        ),
    )
    returned.add_argument("letter", type=int, metavar="LETTER", help=_h("letter number"))
    returned.add_argument("--note", default="", metavar="TEXT", help=_h("why it came back"))
    add_json_flag(returned)
    returned.set_defaults(handler=run_returned_command)

    listing = actions.add_parser(
        "list",
        help=_h("the letter batches, or the letters of one batch"),
        description=_h(
            "Without --batch: the batches, newest first. With --batch N: its letters with "
            "their numbers, pages, references and amounts."
        ),
    )
    listing.add_argument("--batch", type=int, metavar="N", help=_h("batch number"))
    listing.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(listing)
    listing.set_defaults(handler=run_list_command)

    common.add_templates_parser(
        actions,
        help=_h("customise the letter templates, or check them"),
        description=_h(
            "'copy' puts the shipped letter templates in your data folder (letters/templates) to "
            "edit them: the letters use them from then on, and the shipped ones for anything "
            "missing. Existing files are kept unless --overwrite. 'check' compiles every template "
            "the letters would use, checks that their blocks use only names the letters give them, "
            "fills in the 14-day letter's blocks for a sample customer, checks its text as the law "
            "requires (the term from the day after receipt and the collection costs, as a batch "
            "does before printing it) and lists the problems (file, line, what to do)."
        ),
        handler=run_templates_command,
    )


def _administration(db: Any, code: str | None) -> int:
    from debtordesk.services.database import administration_id_for

    with db.write() as session:  # the first start creates the default administration
        return administration_id_for(session, code)


def _today() -> date:
    return datetime.now().astimezone().date()


# --------------------------------------------------------------------------- the batch


def run_letters_command(args: argparse.Namespace) -> int:
    from debtordesk.services.letters import export_batch_pdf, generate_batch, list_letters

    if not args.out:
        raise UserError("cli.letters.out_required")
    target = Path(args.out).expanduser().resolve()
    if target.is_dir():  # refused before a batch is made and archived
        raise UserError("cli.letters.out_is_folder", path=str(target))
    if not target.parent.is_dir():
        raise UserError("cli.letters.out_folder", path=str(target.parent))
    db = common.open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        try:
            batch = generate_batch(
                db,
                administration_id,
                run_id=args.run,
                pending=True,
                duplex=args.duplex,
                letter_date=_today(),
            )
        except UserError as error:
            if error.code not in _NOTHING:
                raise
            warn(error.message)
            if args.json:
                print_json([])
            else:
                say(Message("cli.letters.none"))
            return EXIT_OK
        export_batch_pdf(db, batch.id, target)
        letters = list_letters(db, batch.id)
    finally:
        db.dispose()
    for skipped in batch.skipped:
        warn(
            Message(
                "cli.letters.skipped",
                {"customer": skipped.customer_number, "reason": render(skipped.reason)},
            )
        )
    if batch.waiting:
        warn(Message("cli.letters.waiting", {"count": batch.waiting}))
    without_qr = sum(1 for letter in letters if letter.qr_kind == "none")
    if without_qr:  # as the Letters page says: such a letter may give no way to pay at all
        warn(Message("cli.letters.no_qr", {"count": without_qr}))
    if args.json:
        print_json(
            [
                {
                    # what 'letters dispatch --batch N' and 'letters returned LETTER' take
                    "batch": batch.number,
                    "letter": letter.id,
                    "customer": letter.customer_number,
                    "first_page": letter.first_page,
                    "pages": letter.pages,
                    "reference": letter.payment_reference,
                    "qr": letter.qr_payload,
                    "total": money_str(letter.total),
                }
                for letter in letters
            ]
        )
        return EXIT_OK
    say(
        Message(
            "cli.letters.made",
            {
                "batch": batch.number,
                "letters": batch.letter_count,
                "pages": batch.pages,
                "path": str(target),
            },
        )
    )
    for letter in letters:
        _say_letter(letter)
    return EXIT_OK


def _say_letter(letter: Any) -> None:
    first, last = letter.first_page, letter.first_page + letter.pages - 1
    language = current_language()
    # one page is 'pagina 2', more are 'pagina's 2-3' (never 'pagina's 2-2')
    page_range = format_value(first, language)
    if last != first:
        page_range += f"-{format_value(last, language)}"
    values: dict[str, Any] = {
        "letter": letter.id,
        "customer": letter.customer_number,
        "name": letter.customer_name,
        "first": first,
        "last": last,
        "pages": letter.pages,
        "page_range": page_range,
        "reference": letter.payment_reference or "-",
        "total": letter.total,
    }
    if letter.returned_at is None:
        say(Message("cli.letters.letter_line", values))
        return
    values["returned"] = letter.returned_at.astimezone().date()
    say(Message("cli.letters.letter_line_returned", values))


# --------------------------------------------------------------------------- dispatch


def run_dispatch_command(args: argparse.Namespace) -> int:
    from debtordesk.services.calculator import parse_date_input
    from debtordesk.services.letters import batch_by_number, dispatch_batch

    day = parse_date_input(args.date, "--date") if args.date else None
    if day is not None and day > _today():  # refused before anything is opened
        raise UserError("letters.dispatch_in_future", day=day)
    db = common.open_db(args)
    try:
        batch = batch_by_number(db, _administration(db, args.administration), args.batch)
        result = dispatch_batch(db, batch.id, dispatched_on=day, evidence=args.evidence)
    finally:
        db.dispose()
    posted_on = result.batch.dispatched_on
    if result.printed_term_too_early:
        warn(Message("cli.letters.term_too_early", {"count": len(result.printed_term_too_early)}))
    if args.json:
        print_json(
            {
                "batch": result.batch.number,
                "dispatched_on": posted_on,
                "letters": result.dispatched,
                "fourteen_day_letters": result.fourteen_day_letters,
                "skipped": [
                    {"letter": letter, "reason": render(reason)}
                    for letter, reason in result.skipped
                ],
                "printed_term_too_early": list(result.printed_term_too_early),
            }
        )
        return EXIT_OK
    say(
        Message(
            "cli.letters.dispatched",
            {
                "batch": result.batch.number,
                "day": posted_on or "",
                "count": result.dispatched,
                "fourteen": result.fourteen_day_letters,
            },
        )
    )
    for letter, reason in result.skipped:
        say(Message("cli.letters.dispatch_skipped", {"letter": letter, "reason": render(reason)}))
    return EXIT_OK


# --------------------------------------------------------------------------- returned


def run_returned_command(args: argparse.Namespace) -> int:
    from debtordesk.services.letters import record_returned

    db = common.open_db(args)
    try:
        record_returned(db, args.letter, args.note)
    finally:
        db.dispose()
    if args.json:
        print_json({"letter": args.letter, "returned": True, "note": args.note.strip()})
    else:
        say(Message("cli.letters.returned", {"letter": args.letter}))
    return EXIT_OK


# --------------------------------------------------------------------------- list


def run_list_command(args: argparse.Namespace) -> int:
    from debtordesk.services.letters import batch_by_number, list_batches, list_letters

    db = common.open_db(args)
    try:
        administration_id = _administration(db, args.administration)
        if args.batch is None:
            batches = list_batches(db, administration_id)
            letters = None
        else:
            batches = [batch_by_number(db, administration_id, args.batch)]
            letters = list_letters(db, batches[0].id)
    finally:
        db.dispose()
    if letters is None:
        if args.json:
            print_json([_batch_json(batch) for batch in batches])
        elif not batches:
            say(Message("cli.letters.no_batches"))
        else:
            for batch in batches:
                say(
                    Message(
                        "cli.letters.batch_line",
                        {
                            "batch": batch.number,
                            "date": batch.letter_date,
                            "letters": batch.letter_count,
                            "pages": batch.pages,
                            "status": render(Message(f"letters.status.{batch.status.value}")),
                        },
                    )
                )
        return EXIT_OK
    if args.json:
        print_json(
            {
                **_batch_json(batches[0]),
                "letters": [
                    {
                        "letter": letter.id,
                        "customer": letter.customer_number,
                        "name": letter.customer_name,
                        "first_page": letter.first_page,
                        "pages": letter.pages,
                        "reference": letter.payment_reference,
                        "qr": letter.qr_payload,
                        "total": money_str(letter.total),
                        "returned_at": letter.returned_at,
                        "reprint_of": letter.reprint_of_id,
                    }
                    for letter in letters
                ],
            }
        )
        return EXIT_OK
    for letter in letters:
        _say_letter(letter)
    return EXIT_OK


def _batch_json(batch: Any) -> dict[str, Any]:
    return {
        "batch": batch.number,
        "letter_date": batch.letter_date,
        "created_at": batch.created_at,
        "letters": batch.letter_count,
        "pages": batch.pages,
        "duplex": batch.duplex,
        "status": batch.status.value,
        "dispatched_on": batch.dispatched_on,
        "run_id": batch.run_id,
        "sha256": batch.sha256,
        "reprint_of": batch.reprint_of_id,
    }


def run_templates_command(args: argparse.Namespace) -> int:
    from debtordesk.services.letter_templates import LETTERS

    return common.run_template_folder(
        args, LETTERS, copied="letters.templates_copied", in_order="letters.templates_ok"
    )
