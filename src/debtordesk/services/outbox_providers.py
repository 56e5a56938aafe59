"""The providers a send batch talks to: the SMS provider and the SMTP mailer the administration chose,
built from its settings and the keys in the OS keyring; or, per channel, why there is none.

Tests and the benchmark hand in their own :class:`OutboxProviders` (objects pointed at stand-ins).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.domain.messages import Message
from debtordesk.providers.sms import SmsProvider
from debtordesk.providers.smtp import EmailResult, OutgoingEmail
from debtordesk.services.database import Database
from debtordesk.services.provider_settings import (
    PROVIDERS,
    SMS_FACTORIES,
    administration_code,
    channel_provider,
    close_provider,
    load_provider_settings,
)
from debtordesk.services.secrets import KeyringSecrets, SecretStore


class Mailer(Protocol):
    """What the outbox needs of an e-mail provider (:class:`~debtordesk.providers.smtp.SmtpMailer`)."""

    provider: str

    def new_message_id(self) -> str: ...

    def send(self, mail: OutgoingEmail, *, message_id: str | None = None) -> EmailResult: ...


@dataclass
class OutboxProviders:
    """The providers of one batch. A channel without a provider has a ``*_problem`` saying why."""

    sms: SmsProvider | None = None
    #: the SMS sender (an alphanumeric name, a number, or Twilio's messaging service sid)
    sms_sender: str = ""
    email: Mailer | None = None
    sms_problem: Message | None = None
    email_problem: Message | None = None

    def close(self) -> None:
        close_provider(self.sms)
        close_provider(self.email)


def _keys(secrets: SecretStore, code: str, provider: str) -> tuple[dict[str, str], Message | None]:
    keys: dict[str, str] = {}
    try:
        for field in PROVIDERS[provider].secret_fields:
            value = secrets.get(code, provider, field)
            if not value:
                return keys, Message(
                    "providers.secret_missing",
                    {"provider": provider, "field": field, "administration": code},
                )
            keys[field] = value
    except DebtorDeskError as error:
        return keys, error.message
    return keys, None


def _build(
    settings: Mapping[str, Any], keys: Mapping[str, str], provider: str
) -> tuple[Any, Message | None]:
    factory = SMS_FACTORIES.get(provider)
    if factory is None:
        return None, Message("providers.not_available", {"provider": provider})
    try:
        return factory(settings, keys), None
    except DebtorDeskError as error:
        return None, error.message


def outbox_providers_for(
    db: Database, administration_id: int, *, secrets: SecretStore | None = None
) -> OutboxProviders:
    """The configured SMS and e-mail providers (close them with :meth:`OutboxProviders.close`)."""
    store = secrets if secrets is not None else KeyringSecrets()
    with db.read() as session:
        code = administration_code(session, administration_id)
        chosen = {
            channel: channel_provider(session, administration_id, channel)
            for channel in ("sms", "email")
        }
        settings = {
            channel: load_provider_settings(session, administration_id, provider)
            for channel, provider in chosen.items()
            if provider is not None
        }
    result = OutboxProviders()
    for channel, provider in chosen.items():
        problem: Message | None
        built: Any = None
        if provider is None:
            problem = Message("outbox.no_provider", {"channel": channel})
        else:
            keys, problem = _keys(store, code, provider)
            if problem is None:
                built, problem = _build(settings[channel], keys, provider)
        if channel == "sms":
            result.sms, result.sms_problem = built, problem
            if built is not None and provider is not None:
                values = settings[channel]
                sender = values.get("messaging_service_sid") or values.get("sender") or ""
                result.sms_sender = str(sender)
                if not result.sms_sender and provider not in ("bird",):
                    close_provider(built)
                    result.sms = None
                    result.sms_problem = Message(
                        "outbox.sms_sender_missing", {"provider": provider}
                    )
        else:
            result.email, result.email_problem = built, problem
    return result
