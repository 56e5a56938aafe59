"""Provider settings per administration: which provider serves which channel, the non-secret settings
(base URL, sender, SMTP host and port, Bird's workspace and channel ...) and whether each key is set.

Non-secret settings live in the ``org_setting`` table (shared by every workstation of the team) under
``provider.<id>.<key>``; the choice of provider per channel under ``channel.<channel>``. Keys never
come here: they are in the OS keyring (:mod:`debtordesk.services.secrets`). Every change is audited.

The provider ids and their secret fields are fixed, so scripts can rely on them: ``tikkie`` (api_key,
app_token), ``mollie`` (api_key), ``messagebird`` (access_key), ``bird`` (access_key), ``cm``
(product_token), ``twilio`` (account_sid, auth_token), ``spryng`` (api_key), ``smtp`` (password). Every
HTTP provider has a ``base_url`` setting that defaults to its live address.

:func:`payment_link_provider_for` gives the dunning run its payment-link provider: the configured one,
or a provider that makes no links and says why (none configured, a key missing, the keyring unusable).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import Administration, OrgSetting
from debtordesk.domain.errors import DebtorDeskError, UserError
from debtordesk.domain.messages import Message
from debtordesk.providers import mollie, tikkie
from debtordesk.providers.connection import ConnectionCheck, check_from_error
from debtordesk.providers.http import ProviderError
from debtordesk.providers.link_common import DEFAULT_GRACE_DAYS, DEFAULT_LINK_DAYS
from debtordesk.providers.payment_links import (
    LinkCustomer,
    NullPaymentLinkProvider,
    PaymentLink,
    PaymentLinkProvider,
)
from debtordesk.services.audit import record_audit
from debtordesk.services.database import Database
from debtordesk.services.secrets import KeyringSecrets, SecretStore

CHANNELS = ("paylink", "sms", "email")
SETTING_PREFIX = "provider."
CHANNEL_PREFIX = "channel."
#: hosts where a plain http:// base URL is allowed (local stand-ins, a developer's proxy)
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class SettingSpec:
    key: str
    #: "url", "text", "int" or "choice"
    kind: str
    default: str | int | None = None
    choices: tuple[str, ...] = ()
    minimum: int = 0
    maximum: int = 0
    max_length: int = 200


@dataclass(frozen=True)
class ProviderSpec:
    id: str
    title: str
    channel: str
    secret_fields: tuple[str, ...]
    settings: tuple[SettingSpec, ...]

    def setting(self, key: str) -> SettingSpec | None:
        return next((s for s in self.settings if s.key == key), None)

    @property
    def defaults(self) -> dict[str, Any]:
        return {s.key: s.default for s in self.settings}


def _url(default: str | None) -> SettingSpec:
    return SettingSpec("base_url", "url", default)


_LINK_DAYS = (
    SettingSpec("link_days", "int", DEFAULT_LINK_DAYS, minimum=1, maximum=365),
    SettingSpec("link_grace_days", "int", DEFAULT_GRACE_DAYS, minimum=0, maximum=180),
)
_SENDER = SettingSpec("sender", "text", None, max_length=16)

PROVIDERS: dict[str, ProviderSpec] = {
    spec.id: spec
    for spec in (
        ProviderSpec(
            "tikkie",
            "Tikkie",
            "paylink",
            ("api_key", "app_token"),
            (_url(tikkie.LIVE_BASE_URL), *_LINK_DAYS),
        ),
        ProviderSpec(
            "mollie",
            "Mollie",
            "paylink",
            ("api_key",),
            (
                _url(mollie.LIVE_BASE_URL),
                SettingSpec("mode", "choice", "live", choices=mollie.MODES),
                *_LINK_DAYS,
                SettingSpec("redirect_url", "url", None),
            ),
        ),
        ProviderSpec(
            "messagebird",
            "MessageBird",
            "sms",
            ("access_key",),
            (_url("https://rest.messagebird.com"), _SENDER),
        ),
        ProviderSpec(
            "bird",
            "Bird",
            "sms",
            ("access_key",),
            (
                _url("https://api.bird.com"),
                SettingSpec("workspace_id", "text", None, max_length=100),
                SettingSpec("channel_id", "text", None, max_length=100),
                _SENDER,
            ),
        ),
        ProviderSpec(
            "cm",
            "CM.com",
            "sms",
            ("product_token",),
            (_url("https://gw.messaging.cm.com"), _SENDER),
        ),
        ProviderSpec(
            "twilio",
            "Twilio",
            "sms",
            ("account_sid", "auth_token"),
            (
                _url("https://api.twilio.com"),
                _SENDER,
                SettingSpec("messaging_service_sid", "text", None, max_length=64),
            ),
        ),
        ProviderSpec(
            "spryng",
            "Spryng",
            "sms",
            ("api_key",),
            (
                _url("https://rest.spryngsms.com/v1"),
                _SENDER,
                SettingSpec("route", "text", "business", max_length=64),
            ),
        ),
        ProviderSpec(
            "smtp",
            "SMTP",
            "email",
            ("password",),
            (
                SettingSpec("host", "text", None, max_length=253),
                SettingSpec("port", "int", 465, minimum=1, maximum=65535),
                # empty: implicit TLS on 465, STARTTLS on any other port
                SettingSpec("security", "choice", None, choices=("tls", "starttls")),
                SettingSpec("username", "text", None, max_length=254),
                SettingSpec("sender", "text", None, max_length=254),
                SettingSpec("sender_name", "text", None, max_length=100),
                SettingSpec("reply_to", "text", None, max_length=254),
                # a CA file to trust instead of the system's (a self-hosted server)
                SettingSpec("ca_file", "text", None, max_length=500),
            ),
        ),
    )
}


def provider_spec(provider: str) -> ProviderSpec:
    spec = PROVIDERS.get(provider)
    if spec is None:
        raise UserError("providers.unknown", provider=provider, known=", ".join(PROVIDERS))
    return spec


def check_secret_field(provider: str, field: str) -> ProviderSpec:
    spec = provider_spec(provider)
    if field not in spec.secret_fields:
        raise UserError(
            "providers.unknown_secret",
            provider=provider,
            field=field,
            fields=", ".join(spec.secret_fields),
        )
    return spec


# --------------------------------------------------------------------------- reading and writing


def _rows(session: Session, administration_id: int, prefix: str) -> dict[str, OrgSetting]:
    rows = session.scalars(
        select(OrgSetting).where(
            OrgSetting.administration_id == administration_id,
            OrgSetting.key.startswith(prefix, autoescape=True),
        )
    ).all()
    return {row.key: row for row in rows}


def load_provider_settings(
    session: Session, administration_id: int, provider: str
) -> dict[str, Any]:
    """The provider's settings: the stored values over the defaults."""
    spec = provider_spec(provider)
    values = spec.defaults
    prefix = f"{SETTING_PREFIX}{provider}."
    for key, row in _rows(session, administration_id, prefix).items():
        name = key[len(prefix) :]
        if spec.setting(name) is not None:
            values[name] = row.value
    return values


def set_provider_settings(
    session: Session,
    administration_id: int,
    provider: str,
    values: Mapping[str, str],
    *,
    user_id: int | None,
) -> dict[str, Any]:
    """Store non-secret settings (text as typed; an empty value restores the default). All are
    checked before any is written. Returns the provider's settings afterwards."""
    spec = provider_spec(provider)
    parsed: dict[str, Any] = {}
    for key, text in values.items():
        setting = spec.setting(key)
        if setting is None:
            if key in spec.secret_fields:
                raise UserError("providers.secret_as_setting", provider=provider, key=key)
            raise UserError(
                "providers.unknown_setting",
                provider=provider,
                key=key,
                known=", ".join(s.key for s in spec.settings),
            )
        parsed[key] = parse_setting(provider, setting, text)
        if key == "sender" and parsed[key] is not None:
            _check_sms_sender(spec, str(parsed[key]))
    prefix = f"{SETTING_PREFIX}{provider}."
    rows = _rows(session, administration_id, prefix)
    for key, value in parsed.items():
        row = rows.get(prefix + key)
        before = row.value if row is not None else None
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(
                OrgSetting(
                    administration_id=administration_id,
                    key=prefix + key,
                    value=value,
                    updated_by_id=user_id,
                )
            )
        else:
            row.value = value
            row.updated_by_id = user_id
        if before != value:
            record_audit(
                session,
                user_id=user_id,
                administration_id=administration_id,
                entity="provider_setting",
                entity_id=None,
                action="change",
                details={"provider": provider, "key": key, "before": before, "after": value},
            )
    session.flush()
    return load_provider_settings(session, administration_id, provider)


def _sender_digits() -> dict[str, int]:
    """The longest numeric sender each SMS provider that sends our sender takes (Bird's sender is the
    channel's, set up in Bird, so it is not checked here)."""
    from debtordesk.providers import cm, messagebird, spryng, twilio

    return {
        "messagebird": messagebird.MAX_SENDER_DIGITS,
        "cm": cm.MAX_SENDER_DIGITS,
        "twilio": twilio.MAX_SENDER_DIGITS,
        "spryng": spryng.MAX_SENDER_DIGITS,
    }


def _check_sms_sender(spec: ProviderSpec, sender: str) -> None:
    """Refuse a sender the provider would refuse on every message (checked as the provider does before
    it sends): 1-11 letters, digits or spaces with a letter, or a number within the provider's cap."""
    from debtordesk.providers.sms import SmsRejected, check_sender

    digits = _sender_digits().get(spec.id)
    if digits is None:
        return
    try:
        check_sender(sender, provider=spec.title, max_digits=digits)
    except SmsRejected:
        raise UserError(
            "providers.bad_sender", provider=spec.title, sender=sender, digits=digits
        ) from None


def parse_setting(provider: str, setting: SettingSpec, text: str) -> str | int | None:
    """The stored value of ``text`` for ``setting``; None restores the default."""
    text = text.strip()
    if not text:
        return None
    if setting.kind == "int":
        try:
            number = int(text)
        except ValueError:
            number = None
        if number is None or not setting.minimum <= number <= setting.maximum:
            raise UserError(
                "providers.bad_number",
                provider=provider,
                key=setting.key,
                value=text,
                minimum=setting.minimum,
                maximum=setting.maximum,
            )
        return number
    if setting.kind == "choice":
        if text not in setting.choices:
            raise UserError(
                "providers.bad_choice",
                provider=provider,
                key=setting.key,
                value=text,
                choices=", ".join(setting.choices),
            )
        return text
    if len(text) > setting.max_length or any(ord(c) < 32 for c in text):
        raise UserError(
            "providers.bad_text",
            provider=provider,
            key=setting.key,
            limit=setting.max_length,
        )
    if setting.kind == "url":
        parts = urlsplit(text)
        secure = parts.scheme == "https" or (
            parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS
        )
        if not parts.hostname or not secure or parts.username or parts.password:
            raise UserError("providers.bad_url", provider=provider, key=setting.key, value=text)
        return text.rstrip("/")
    return text


def channel_provider(session: Session, administration_id: int, channel: str) -> str | None:
    """The provider chosen for ``channel`` (None: none)."""
    if channel not in CHANNELS:
        raise UserError("providers.unknown_channel", channel=channel, known=", ".join(CHANNELS))
    row = _rows(session, administration_id, CHANNEL_PREFIX + channel).get(CHANNEL_PREFIX + channel)
    value = row.value if row is not None else None
    return value if isinstance(value, str) and value in PROVIDERS else None


def use_provider(
    session: Session,
    administration_id: int,
    channel: str,
    provider: str | None,
    *,
    user_id: int | None,
) -> None:
    """Choose the provider of ``channel`` (None or "none": no provider)."""
    before = channel_provider(session, administration_id, channel)
    if provider in (None, "none"):
        provider = None
    else:
        spec = provider_spec(provider)
        if spec.channel != channel:
            raise UserError(
                "providers.wrong_channel",
                provider=provider,
                channel=channel,
                provider_channel=spec.channel,
            )
    key = CHANNEL_PREFIX + channel
    row = _rows(session, administration_id, key).get(key)
    if provider is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(
            OrgSetting(
                administration_id=administration_id, key=key, value=provider, updated_by_id=user_id
            )
        )
    else:
        row.value = provider
        row.updated_by_id = user_id
    if before != provider:
        record_audit(
            session,
            user_id=user_id,
            administration_id=administration_id,
            entity="provider_setting",
            entity_id=None,
            action="use",
            details={"channel": channel, "before": before, "after": provider},
        )
    session.flush()


def administration_code(session: Session, administration_id: int) -> str:
    code = session.scalar(select(Administration.code).where(Administration.id == administration_id))
    if code is None:
        raise UserError("administration.unknown", code=str(administration_id))
    return code


# --------------------------------------------------------------------------- the overview


@dataclass(frozen=True)
class ProviderInfo:
    """One provider as the settings page and ``providers list`` show it."""

    id: str
    title: str
    channel: str
    #: chosen for its channel
    in_use: bool
    settings: Mapping[str, Any]
    #: per secret field: stored or not (None: unknown, the keyring could not be asked)
    secrets: Mapping[str, bool | None]


@dataclass(frozen=True)
class ProvidersOverview:
    administration: str
    channels: Mapping[str, str | None]
    providers: tuple[ProviderInfo, ...]
    keyring: Message
    keyring_usable: bool
    keyring_testing_only: bool
    #: why the secrets could not be read (None: they could)
    keyring_problem: Message | None = None


def providers_overview(
    db: Database, administration_id: int, secrets: SecretStore | None = None
) -> ProvidersOverview:
    """Every provider with its settings and which keys are set (never the keys)."""
    secrets = secrets if secrets is not None else KeyringSecrets()
    with db.read() as session:
        code = administration_code(session, administration_id)
        channels = {c: channel_provider(session, administration_id, c) for c in CHANNELS}
        settings = {p: load_provider_settings(session, administration_id, p) for p in PROVIDERS}
    problem: Message | None = None
    info = None
    try:
        info = secrets.backend_info()
    except DebtorDeskError as error:
        problem = error.message
    stored: dict[tuple[str, str], bool | None] = {}
    for spec in PROVIDERS.values():
        for field in spec.secret_fields:
            stored[spec.id, field] = None
            if problem is None and info is not None and info.usable:
                try:
                    stored[spec.id, field] = secrets.get(code, spec.id, field) is not None
                except DebtorDeskError as error:
                    problem = error.message
    providers = tuple(
        ProviderInfo(
            id=spec.id,
            title=spec.title,
            channel=spec.channel,
            in_use=channels[spec.channel] == spec.id,
            settings=settings[spec.id],
            secrets={field: stored[spec.id, field] for field in spec.secret_fields},
        )
        for spec in PROVIDERS.values()
    )
    return ProvidersOverview(
        administration=code,
        channels=channels,
        providers=providers,
        keyring=info.message if info is not None else (problem or Message("secrets.failed")),
        keyring_usable=bool(info and info.usable),
        keyring_testing_only=bool(info and info.testing_only),
        keyring_problem=problem,
    )


# --------------------------------------------------------------------------- building providers


class UnavailableLinkProvider:
    """A payment-link provider is chosen but cannot work (a key missing, the keyring unusable): no
    links, and the reason on every communication, so the clerk sees what to fix."""

    def __init__(self, reason: Message) -> None:
        self.reason = reason

    def create_link(
        self,
        *,
        amount: Decimal,
        description: str,
        reference: str,
        customer: LinkCustomer,
        pay_by: date | None = None,
    ) -> PaymentLink | None:
        return None

    def no_link_reason(self) -> Message:
        return self.reason

    def close(self) -> None:
        return None


LinkProviderFactory = Callable[[Mapping[str, Any], Mapping[str, str]], Any]


def _tikkie(settings: Mapping[str, Any], keys: Mapping[str, str]) -> tikkie.TikkieProvider:
    return tikkie.TikkieProvider(
        tikkie.TikkieConfig(
            api_key=keys["api_key"],
            app_token=keys["app_token"],
            base_url=str(settings["base_url"]),
            link_days=int(settings["link_days"]),
            grace_days=int(settings["link_grace_days"]),
        )
    )


def _mollie(settings: Mapping[str, Any], keys: Mapping[str, str]) -> mollie.MollieProvider:
    redirect = settings.get("redirect_url")
    return mollie.MollieProvider(
        mollie.MollieConfig(
            api_key=keys["api_key"],
            base_url=str(settings["base_url"]),
            mode=str(settings["mode"]),
            link_days=int(settings["link_days"]),
            grace_days=int(settings["link_grace_days"]),
            redirect_url=str(redirect) if redirect else None,
        )
    )


#: the payment-link providers DebtorDesk can build; adding one means adding its module and a line
LINK_FACTORIES: dict[str, LinkProviderFactory] = {"tikkie": _tikkie, "mollie": _mollie}


def _keys(
    secrets: SecretStore, code: str, spec: ProviderSpec
) -> tuple[dict[str, str], Message | None]:
    """The provider's keys, or why they cannot be had."""
    keys: dict[str, str] = {}
    try:
        for field in spec.secret_fields:
            value = secrets.get(code, spec.id, field)
            if not value:
                return keys, Message(
                    "providers.secret_missing",
                    {"provider": spec.id, "field": field, "administration": code},
                )
            keys[field] = value
    except DebtorDeskError as error:
        return keys, error.message
    return keys, None


def payment_link_provider_for(
    db: Database,
    administration_id: int,
    *,
    secrets: SecretStore | None = None,
    factories: Mapping[str, LinkProviderFactory] | None = None,
) -> PaymentLinkProvider:
    """The payment-link provider the run uses for this administration: the configured one (wrapped
    so that the open link of the same invoices and amount is reused and superseded links are
    archived, see :mod:`debtordesk.services.link_reuse`), the Null provider when none is chosen, or
    one that makes no links and says why it cannot work. Close it after the run
    (:func:`close_provider`)."""
    with db.read() as session:
        chosen = channel_provider(session, administration_id, "paylink")
        if chosen is None:
            return NullPaymentLinkProvider()
        code = administration_code(session, administration_id)
        settings = load_provider_settings(session, administration_id, chosen)
    factory = (factories or LINK_FACTORIES).get(chosen)
    if factory is None:
        return UnavailableLinkProvider(Message("providers.not_available", {"provider": chosen}))
    keys, problem = _keys(
        secrets if secrets is not None else KeyringSecrets(), code, PROVIDERS[chosen]
    )
    if problem is not None:
        return UnavailableLinkProvider(problem)
    from debtordesk.services.link_reuse import ReusingLinkProvider

    return ReusingLinkProvider(db, administration_id, factory(settings, keys))


def close_provider(provider: object) -> None:
    """Close a provider's connections when it has any."""
    close = getattr(provider, "close", None)
    if callable(close):
        close()


def check_provider_connection(
    db: Database,
    administration_id: int,
    provider: str,
    *,
    secrets: SecretStore | None = None,
    factories: Mapping[str, LinkProviderFactory] | None = None,
) -> ConnectionCheck:
    """ "Test connection": a harmless call with the stored settings and keys; what exactly failed."""
    spec = provider_spec(provider)
    with db.read() as session:
        code = administration_code(session, administration_id)
        settings = load_provider_settings(session, administration_id, provider)
    keys, problem = _keys(secrets if secrets is not None else KeyringSecrets(), code, spec)
    if problem is not None:
        kind = "missing_secret" if problem.code == "providers.secret_missing" else "keyring"
        return ConnectionCheck(False, kind, problem)
    factory = (factories or {**LINK_FACTORIES, **SMS_FACTORIES}).get(provider)
    if factory is None:
        return ConnectionCheck(
            False, "not_available", Message("providers.not_available", {"provider": provider})
        )
    try:
        built = factory(settings, keys)
    except DebtorDeskError as error:
        return ConnectionCheck(False, "config", error.message)
    try:
        result = built.test_connection()
    except ProviderError as error:
        return check_from_error(error)
    except DebtorDeskError as error:
        return ConnectionCheck(False, "rejected", error.message)
    finally:
        close_provider(built)
    if isinstance(result, ConnectionCheck):
        return result
    # the SMS providers answer with a ConnectionOk (provider, message)
    return ConnectionCheck(True, "", result.message)


# --------------------------------------------------------------------------- SMS connection tests


def _messagebird(settings: Mapping[str, Any], keys: Mapping[str, str]) -> Any:
    from debtordesk.providers.messagebird import MessageBirdSms

    return MessageBirdSms(keys["access_key"], base_url=str(settings["base_url"]))


def _cm(settings: Mapping[str, Any], keys: Mapping[str, str]) -> Any:
    from debtordesk.providers.cm import CmSms

    return CmSms(keys["product_token"], base_url=str(settings["base_url"]))


def _twilio(settings: Mapping[str, Any], keys: Mapping[str, str]) -> Any:
    from debtordesk.providers.twilio import TwilioSms

    return TwilioSms(keys["account_sid"], keys["auth_token"], base_url=str(settings["base_url"]))


def _spryng(settings: Mapping[str, Any], keys: Mapping[str, str]) -> Any:
    from debtordesk.providers.spryng import SpryngSms

    return SpryngSms(
        keys["api_key"], base_url=str(settings["base_url"]), route=str(settings["route"])
    )


def _required(provider: str, settings: Mapping[str, Any], key: str) -> str:
    value = settings.get(key)
    if value in (None, ""):
        raise UserError("providers.setting_missing", provider=provider, key=key)
    return str(value)


def _bird(settings: Mapping[str, Any], keys: Mapping[str, str]) -> Any:
    from debtordesk.providers.bird import BirdSms

    return BirdSms(
        keys["access_key"],
        workspace_id=_required("bird", settings, "workspace_id"),
        channel_id=_required("bird", settings, "channel_id"),
        base_url=str(settings["base_url"]),
    )


def _smtp(settings: Mapping[str, Any], keys: Mapping[str, str]) -> Any:
    from pathlib import Path

    from debtordesk.providers.smtp import SmtpMailer, SmtpSecurity, SmtpSettings

    security = settings.get("security")
    ca_file = settings.get("ca_file")
    return SmtpMailer(
        SmtpSettings(
            host=_required("smtp", settings, "host"),
            sender=_required("smtp", settings, "sender"),
            port=int(settings["port"]),
            security=SmtpSecurity(security) if security else None,
            username=str(settings.get("username") or ""),
            sender_name=str(settings.get("sender_name") or ""),
            reply_to=str(settings.get("reply_to") or ""),
            ca_file=Path(str(ca_file)) if ca_file else None,
        ),
        keys["password"],
    )


#: the other providers whose connection can be tested from here
SMS_FACTORIES: dict[str, LinkProviderFactory] = {
    "messagebird": _messagebird,
    "bird": _bird,
    "cm": _cm,
    "twilio": _twilio,
    "spryng": _spryng,
    "smtp": _smtp,
}
