"""Provider commands: ``secrets`` (keys into the OS keyring) and ``providers`` (settings, the provider
per channel, a connection test, the overview).

``debtordesk secrets set PROVIDER FIELD`` reads the key from standard input, never from an argument (an
argument would stay in the shell history and the process list); at a terminal it is typed without echo.
Keys are never printed: ``providers list`` says only whether each one is set.

Exit statuses as everywhere: 0 done, 2 refused (an unknown provider or setting, a wrong key), 3 an
environment problem (no secure keyring, no network, the provider failing).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from debtordesk.cli.common import (
    EXIT_ENVIRONMENT,
    EXIT_OK,
    EXIT_REFUSED,
    open_db,
    print_json,
    say,
)
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import render


def register(subparsers: Any) -> None:
    _register_secrets(subparsers)
    _register_providers(subparsers)


def _administration_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--administration",
        metavar="CODE",
        default=argparse.SUPPRESS,
        help=_h("default: the first one"),
    )


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=_h("print a JSON summary")
    )


def _register_secrets(subparsers: Any) -> None:
    secrets = subparsers.add_parser(
        "secrets",
        help=_h(
            "provider keys in the OS keyring ('secrets set PROVIDER FIELD' reads one from stdin)"
        ),
        description=_h(
            "Without an action: where keys are kept (the keyring backend). Keys live in "
            "the operating system's keyring only, per administration and provider."
        ),
    )
    _administration_flag(secrets)
    _json_flag(secrets)
    secrets.set_defaults(handler=run_secrets_info)
    actions = secrets.add_subparsers(dest="secrets_action", metavar="ACTION")
    store = actions.add_parser(
        "set",
        help=_h("store a key, read from standard input"),
        description=_h(
            "Store a provider key in the keyring. The key is read from standard input "
            "(typed without echo at a terminal, or piped in), never from an argument. Fields: tikkie "
            "api_key app_token; mollie api_key; messagebird access_key; bird access_key; cm "
            "product_token; twilio account_sid auth_token; spryng api_key; smtp password."
        ),
    )
    store.add_argument("provider", metavar="PROVIDER")
    store.add_argument("field", metavar="FIELD")
    _administration_flag(store)
    _json_flag(store)
    store.set_defaults(handler=run_secrets_set)
    remove = actions.add_parser("delete", help=_h("remove a key from the keyring"))
    remove.add_argument("provider", metavar="PROVIDER")
    remove.add_argument("field", metavar="FIELD")
    _administration_flag(remove)
    _json_flag(remove)
    remove.set_defaults(handler=run_secrets_delete)


def _register_providers(subparsers: Any) -> None:
    providers = subparsers.add_parser(
        "providers",
        help=_h("payment-link, SMS and e-mail providers: settings, choice per channel, test"),
        description=_h(
            "Without an action: the providers with their settings and which keys are set "
            "(never the keys themselves)."
        ),
    )
    _administration_flag(providers)
    _json_flag(providers)
    providers.set_defaults(handler=run_providers_list)
    actions = providers.add_subparsers(dest="providers_action", metavar="ACTION")
    listing = actions.add_parser("list", help=_h("the providers, their settings and keys set"))
    _administration_flag(listing)
    _json_flag(listing)
    listing.set_defaults(handler=run_providers_list)
    change = actions.add_parser(
        "set",
        help=_h("change non-secret settings: KEY=VALUE …"),
        description=_h(
            "Change non-secret settings of a provider, e.g. base_url=https://… (a "
            "sandbox), sender=MyCompany, host=smtp.example.nl port=465, mode=test (Mollie). An empty "
            "value (KEY=) restores the default."
        ),
    )
    change.add_argument("provider", metavar="PROVIDER")
    change.add_argument("values", metavar="KEY=VALUE", nargs="+")
    _administration_flag(change)
    _json_flag(change)
    change.set_defaults(handler=run_providers_set)
    use = actions.add_parser(
        "use",
        help=_h("choose the provider of a channel (paylink, sms, email)"),
        description=_h(
            "Choose which provider serves a channel: paylink (tikkie, mollie), sms "
            "(messagebird, bird, cm, twilio, spryng) or email (smtp); 'none' for no provider."
        ),
    )
    use.add_argument("channel", metavar="CHANNEL", choices=("paylink", "sms", "email"))
    use.add_argument("provider", metavar="PROVIDER")
    _administration_flag(use)
    _json_flag(use)
    use.set_defaults(handler=run_providers_use)
    test = actions.add_parser(
        "test",
        help=_h("test the connection with the stored settings and keys"),
        description=_h(
            "Call a harmless endpoint of the provider and say exactly what failed: a "
            "missing or wrong key, sandbox against live, no network, a certificate that does not "
            "verify. Exit status 0 when it works, 2 for a settings problem, 3 otherwise."
        ),
    )
    test.add_argument("provider", metavar="PROVIDER")
    _administration_flag(test)
    _json_flag(test)
    test.set_defaults(handler=run_providers_test)


# --------------------------------------------------------------------------- helpers


def _json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def _scope(db: Any, args: argparse.Namespace) -> tuple[int, str]:
    from debtordesk.services.database import administration_id_for
    from debtordesk.services.provider_settings import administration_code

    with db.write() as session:  # the first start creates the default administration
        administration_id = administration_id_for(session, getattr(args, "administration", None))
        return administration_id, administration_code(session, administration_id)


def _user_id(db: Any) -> int:
    from debtordesk.services.database import user_id_for

    with db.write() as session:
        return user_id_for(session)


def read_secret(prompt: str) -> str:
    """The key from standard input: typed without echo at a terminal, else the piped text."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.read() if sys.stdin is not None else ""


# --------------------------------------------------------------------------- secrets


def run_secrets_info(args: argparse.Namespace) -> int:
    from debtordesk.services.secrets import KeyringSecrets

    info = KeyringSecrets().backend_info()
    if _json(args):
        print_json(
            {
                "backend": info.name,
                "explicit": info.explicit,
                "secure": info.secure,
                "usable": info.usable,
                "testing_only": info.testing_only,
                "message": render(info.message),
            }
        )
    else:
        say(info.message)
    return EXIT_OK if info.usable else EXIT_ENVIRONMENT


def run_secrets_set(args: argparse.Namespace) -> int:
    from debtordesk.services.provider_settings import check_secret_field
    from debtordesk.services.secrets import KeyringSecrets

    check_secret_field(args.provider, args.field)
    store = KeyringSecrets()
    info = store.backend_info()
    if not info.usable:  # say so before asking for the key
        from debtordesk.domain.errors import EnvironmentProblem

        raise EnvironmentProblem(info.message.code, **dict(info.message.params))
    db = open_db(args)
    try:
        _, code = _scope(db, args)
    finally:
        db.dispose()
    prompt = render(Message("secrets.prompt", {"provider": args.provider, "field": args.field}))
    value = read_secret(prompt).strip()
    if "\n" in value or "\r" in value:
        raise UserError("secrets.multiline", provider=args.provider, field=args.field)
    store.set(code, args.provider, args.field, value)
    message = Message(
        "secrets.stored",
        {
            "provider": args.provider,
            "field": args.field,
            "administration": code,
            "backend": render(info.message),
        },
    )
    if _json(args):
        print_json(
            {
                "provider": args.provider,
                "field": args.field,
                "administration": code,
                "stored": True,
                "backend": info.name,
                "testing_only": info.testing_only,
            }
        )
    else:
        say(message)
    return EXIT_OK


def run_secrets_delete(args: argparse.Namespace) -> int:
    from debtordesk.services.provider_settings import check_secret_field
    from debtordesk.services.secrets import KeyringSecrets

    check_secret_field(args.provider, args.field)
    db = open_db(args)
    try:
        _, code = _scope(db, args)
    finally:
        db.dispose()
    removed = KeyringSecrets().delete(code, args.provider, args.field)
    values = {"provider": args.provider, "field": args.field, "administration": code}
    if _json(args):
        print_json({**values, "removed": removed})
    else:
        say(Message("secrets.deleted" if removed else "secrets.not_stored", values))
    return EXIT_OK


# --------------------------------------------------------------------------- providers


def run_providers_list(args: argparse.Namespace) -> int:
    from debtordesk.services.provider_settings import providers_overview

    db = open_db(args)
    try:
        administration_id, _ = _scope(db, args)
        overview = providers_overview(db, administration_id)
    finally:
        db.dispose()
    if _json(args):
        print_json(
            {
                "administration": overview.administration,
                "channels": dict(overview.channels),
                "keyring": {
                    "usable": overview.keyring_usable,
                    "testing_only": overview.keyring_testing_only,
                    "message": render(overview.keyring),
                    "problem": render(overview.keyring_problem)
                    if overview.keyring_problem
                    else None,
                },
                "providers": [
                    {
                        "id": item.id,
                        "title": item.title,
                        "channel": item.channel,
                        "in_use": item.in_use,
                        "settings": dict(item.settings),
                        "secrets": dict(item.secrets),
                    }
                    for item in overview.providers
                ],
            }
        )
        return EXIT_OK
    say(Message("cli.providers.keyring", {"keyring": render(overview.keyring)}))
    if overview.keyring_problem is not None:
        say(overview.keyring_problem)
    for channel, chosen in overview.channels.items():
        say(Message("cli.providers.channel", {"channel": channel, "provider": chosen or "-"}))
    for item in overview.providers:
        code = "cli.providers.line_in_use" if item.in_use else "cli.providers.line"
        say(Message(code, {"id": item.id, "title": item.title, "channel": item.channel}))
        for key, value in item.settings.items():
            shown = "-" if value is None else str(value)
            sys.stdout.write(f"    {key} = {shown}\n")
        for field, stored in item.secrets.items():
            if stored is None:
                state = "cli.providers.key_unknown"
            else:
                state = "cli.providers.key_set" if stored else "cli.providers.key_unset"
            sys.stdout.write(f"    {field}: {render(Message(state))}\n")
    return EXIT_OK


def run_providers_set(args: argparse.Namespace) -> int:
    from debtordesk.services.provider_settings import set_provider_settings

    values: dict[str, str] = {}
    for argument in args.values:
        key, sep, value = argument.partition("=")
        if not sep or not key.strip():
            raise UserError("providers.bad_setting_argument", argument=argument)
        values[key.strip()] = value
    db = open_db(args)
    try:
        administration_id, code = _scope(db, args)
        user_id = _user_id(db)
        with db.write() as session:
            settings = set_provider_settings(
                session, administration_id, args.provider, values, user_id=user_id
            )
    finally:
        db.dispose()
    if _json(args):
        print_json({"provider": args.provider, "administration": code, "settings": settings})
    else:
        say(Message("providers.saved", {"provider": args.provider, "administration": code}))
    return EXIT_OK


def run_providers_use(args: argparse.Namespace) -> int:
    from debtordesk.services.provider_settings import use_provider

    provider = None if args.provider == "none" else args.provider
    db = open_db(args)
    try:
        administration_id, code = _scope(db, args)
        user_id = _user_id(db)
        with db.write() as session:
            use_provider(session, administration_id, args.channel, provider, user_id=user_id)
    finally:
        db.dispose()
    values = {"channel": args.channel, "provider": provider or "none", "administration": code}
    if _json(args):
        print_json({"channel": args.channel, "provider": provider, "administration": code})
    else:
        say(Message("providers.used" if provider else "providers.unused", values))
    return EXIT_OK


def run_providers_test(args: argparse.Namespace) -> int:
    from debtordesk.services.provider_settings import check_provider_connection, provider_spec

    provider_spec(args.provider)
    db = open_db(args)
    try:
        administration_id, code = _scope(db, args)
        check = check_provider_connection(db, administration_id, args.provider)
    finally:
        db.dispose()
    if _json(args):
        print_json(
            {
                "provider": args.provider,
                "administration": code,
                "ok": check.ok,
                "problem": check.problem or None,
                "environment": check.environment or None,
                "message": render(check.message),
            }
        )
    elif check.ok:
        say(check.message)
    else:
        sys.stderr.write(render(check.message) + "\n")
    if check.ok:
        return EXIT_OK
    return EXIT_REFUSED if check.user_fault else EXIT_ENVIRONMENT
