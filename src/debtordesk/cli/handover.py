"""The ``handover-export`` command: the hand-over dossier (.xlsx) for the collection agency, one file per
customer named after the customer number, into a folder (default: the current one); as text or
``--json``. A customer that is not handed over yet gets its dossier too, with a note on stderr.

Exit statuses as everywhere: 0 done, 2 refused (an unknown customer number, a folder that cannot be
written to: nothing is written then), 3 an environment problem.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from debtordesk.cli import common
from debtordesk.cli.common import EXIT_OK, print_json, say, warn
from debtordesk.domain.dunning.model import DunningStatus
from debtordesk.domain.messages import Message
from debtordesk.domain.money import money_str
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import render


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    parser = subparsers.add_parser(
        "handover-export",
        help=_h("write the hand-over dossier for the collection agency (.xlsx per customer)"),
        description=_h(
            "Write, per customer, an Excel file with the open claims, the costs and interest, "
            "every step taken, the 14-day-letter evidence and the contact details, for the collection "
            "agency. The letters' PDFs come from the letter archive."
        ),
    )
    parser.add_argument("customers", nargs="+", metavar="CUSTOMER", help=_h("customer number(s)"))
    parser.add_argument(
        "--to", metavar="DIR", default=".", help=_h("folder to write to (default: the current one)")
    )
    parser.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    add_json_flag(parser)
    parser.set_defaults(handler=run_handover_command)


def run_handover_command(args: argparse.Namespace) -> int:
    from debtordesk.services.database import administration_id_for
    from debtordesk.services.handover_export import (
        customer_ids_for_numbers,
        export_handover_dossiers,
    )

    folder = Path(args.to).expanduser().resolve()
    today = datetime.now().astimezone().date()
    # looked up at call time: a test may stand in for it after this module was imported
    db = common.open_db(args)
    try:
        with db.write() as session:  # the first start creates the default administration
            administration_id = administration_id_for(session, args.administration)
        ids = customer_ids_for_numbers(db, administration_id, args.customers)
        result = export_handover_dossiers(db, ids, folder, today=today)
    finally:
        db.dispose()
    for file in result.files:
        for problem in file.pdf_problems:  # a kept e-mail PDF missing or changed: said, not fatal
            warn(problem)
        if file.status is not DunningStatus.HANDED_OVER:
            status = render(Message(f"status.{file.status.value}"))
            warn(
                Message(
                    "handover.not_handed_over", {"number": file.customer_number, "status": status}
                )
            )
    if args.json:
        print_json(
            {
                "folder": str(result.folder),
                "files": [
                    {
                        "customer": file.customer_number,
                        "name": file.name,
                        "status": file.status.value,
                        "path": str(file.path),
                        "claims": file.claims,
                        "open_principal": money_str(file.open_principal),
                        "open_charges": money_str(file.open_charges),
                        "communications": file.communications,
                        "letters": file.letters,
                        "fourteen_day_letters": file.fourteen_day_letters,
                        "letter_pdfs": [str(pdf) for pdf in file.pdfs],
                        "letter_pdf_problems": [render(m) for m in file.pdf_problems],
                    }
                    for file in result.files
                ],
            }
        )
        return EXIT_OK
    for file in result.files:
        say(
            Message(
                "handover.written",
                {
                    "number": file.customer_number,
                    "name": file.name,
                    "claims": file.claims,
                    "open": file.open_principal,
                    "path": str(file.path),
                },
            )
        )
    say(Message("handover.done", {"count": len(result.files), "folder": str(result.folder)}))
    return EXIT_OK
