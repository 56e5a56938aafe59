"""The ``messages`` command: ``messages templates copy|check``, the organisation's own SMS and e-mail
templates, like ``letters templates``.

``copy`` puts the shipped message templates in the data folder (``messages/templates``); the outbox uses
them from then on, and the shipped ones for anything missing. Existing files are kept unless
``--overwrite``. ``check`` compiles every template the outbox would use, fills in each step's e-mail
for a sample customer and checks the 14-day e-mail's text as the law requires (as the outbox does
before sending it), and lists the problems (file, line, what to do): exit 2 when there are any.
One file at a time (with a live SMS check): Tools > Message templates… in the program.
"""

from __future__ import annotations

import argparse
from typing import Any

from debtordesk.cli import common
from debtordesk.i18n.catalogue import cli_help as _h


def register(subparsers: Any) -> None:
    messages = subparsers.add_parser(
        "messages",
        help=_h("the SMS and e-mail templates: customise them, or check them"),
        description=_h(
            "The organisation's own SMS and e-mail templates (see 'messages templates')."
        ),
    )
    actions = messages.add_subparsers(dest="messages_action", metavar="ACTION", required=True)
    common.add_templates_parser(
        actions,
        help=_h("customise the SMS and e-mail templates, or check them"),
        description=_h(
            "'copy' puts the shipped SMS and e-mail templates in your data folder "
            "(messages/templates) to edit them: the outbox uses them from then on, and the shipped "
            "ones for anything missing. Existing files are kept unless --overwrite. 'check' "
            "compiles every template the outbox would use, fills in the e-mail of every step for "
            "a sample customer, checks the 14-day e-mail's text as the law requires (the term and "
            "the collection costs, as the outbox does before sending it) and lists the problems "
            "(file, line, what to do)."
        ),
        handler=run_templates_command,
    )


def run_templates_command(args: argparse.Namespace) -> int:
    from debtordesk.services.message_templates import MESSAGES

    return common.run_template_folder(
        args, MESSAGES, copied="messages.templates_copied", in_order="messages.templates_ok"
    )
