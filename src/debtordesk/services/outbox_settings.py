"""The outbox's organisation settings: rate per provider, hourly and daily caps, the sending windows by
the clock, SMS parts, transliteration of names, attempts. Stored in ``org_setting`` under ``outbox.<key>``
per administration (shared by every workstation), audited on change.

Keys (``debtordesk outbox settings KEY=VALUE``):

* ``sms.rate``, ``email.rate``: messages per second to the channel's provider (0.1 to 5,000;
  MessageBird and Bird document 500 POSTs a second, Mollie 100 requests: set the contract's number);
  a rate above what the channel's configured provider documents is stored with a warning
  (:func:`rate_warnings`), as an account's contract may allow more;
* ``sms.hourly_cap``, ``sms.daily_cap``, ``email.hourly_cap``, ``email.daily_cap``: the most messages in
  the last 60 minutes and on one calendar day ("none": no cap);
* ``sms.window``, ``email.window``: when the channel may be used, e.g. ``mon-sat 09:00-20:00`` or in
  Dutch ``ma-za 09:00-20:00`` (see :func:`debtordesk.domain.outbox.parse_window`); by default the
  dunning engine's windows: no SMS at night, nothing on Sundays and Dutch public holidays;
* ``max_sms_segments``: the most parts an SMS may have (1 to 10; default 2); a longer one is refused;
* ``transliterate_names``: yes/no (ja/nee), write a name with letters outside GSM-7 with their GSM-7
  neighbours;
* ``max_attempts``: attempts before a message that keeps failing to go out is given up (1 to 50).

The settings dialog and the CLI read and write them through :func:`load_outbox_form` and
:func:`save_outbox_form` (one transaction each), which also name the channels' providers and warn.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import OrgSetting
from debtordesk.domain.calendar import DEFAULT_SENDING_WINDOWS, SendingWindow
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.outbox import format_window, parse_window
from debtordesk.services.audit import record_audit
from debtordesk.services.database import Database, administration_id_for, user_id_for
from debtordesk.services.provider_settings import channel_provider

PREFIX = "outbox."
CHANNELS = ("sms", "email")
#: the highest rate a channel may be given (messages a second); the default is far below
MAX_RATE = 5000.0
#: the sending rate (messages a second) a provider documents as its limit (PROVIDERS.md: MessageBird
#: and Bird's Channels API 500 POSTs a second per workspace); providers that publish no number
#: (CM.com, Twilio, Spryng, an SMTP server) are not checked
DOCUMENTED_RATES: Mapping[str, Mapping[str, float]] = {
    "sms": {"messagebird": 500.0, "bird": 500.0},
    "email": {},
}
#: the providers' names as their own documentation writes them
PROVIDER_TITLES = {
    "messagebird": "MessageBird",
    "bird": "Bird",
    "cm": "CM.com",
    "twilio": "Twilio",
    "spryng": "Spryng",
    "smtp": "SMTP",
}


@dataclass(frozen=True)
class ChannelLimits:
    rate: float
    hourly_cap: int | None
    daily_cap: int | None
    window: SendingWindow


@dataclass(frozen=True)
class OutboxSettings:
    sms: ChannelLimits
    email: ChannelLimits
    max_sms_segments: int = 2
    transliterate_names: bool = True
    max_attempts: int = 8

    def limits(self, channel: str) -> ChannelLimits:
        return self.sms if channel == "sms" else self.email


DEFAULTS: dict[str, Any] = {
    "sms.rate": 20.0,
    "sms.hourly_cap": 2000,
    "sms.daily_cap": 10000,
    "sms.window": format_window(DEFAULT_SENDING_WINDOWS["sms"]),
    "email.rate": 2.0,
    "email.hourly_cap": 1000,
    "email.daily_cap": 5000,
    "email.window": format_window(DEFAULT_SENDING_WINDOWS["email"]),
    "max_sms_segments": 2,
    "transliterate_names": True,
    "max_attempts": 8,
}


def _parse(key: str, text: str) -> Any:
    value = text.strip().lower()
    if key not in DEFAULTS:
        raise UserError("outbox.unknown_setting", key=key, known=", ".join(DEFAULTS))
    if key.endswith(".rate"):
        try:
            rate = float(value.replace(",", "."))
        except ValueError:
            rate = -1.0
        if not 0.1 <= rate <= MAX_RATE:
            raise UserError(
                "outbox.bad_setting", key=key, value=text, expected=f"0.1 - {MAX_RATE:g}"
            )
        return rate
    if key.endswith("_cap"):
        if value in ("", "none", "geen"):
            return None
        if not value.isdigit() or not 1 <= int(value) <= 1_000_000:
            # the word in the clerk's language: {expected:@outbox.expected} (none: geen)
            raise UserError("outbox.bad_setting", key=key, value=text, expected="1 - 1000000, none")
        return int(value)
    if key.endswith(".window"):
        return format_window(parse_window(value))
    if key == "transliterate_names":
        if value in ("yes", "true", "1", "ja", "on"):
            return True
        if value in ("no", "false", "0", "nee", "off"):
            return False
        # shown as "ja, nee" in Dutch ({expected:@outbox.expected})
        raise UserError("outbox.bad_setting", key=key, value=text, expected="yes, no")
    limits = {"max_sms_segments": (1, 10), "max_attempts": (1, 50)}[key]
    if not value.isdigit() or not limits[0] <= int(value) <= limits[1]:
        raise UserError(
            "outbox.bad_setting", key=key, value=text, expected=f"{limits[0]} - {limits[1]}"
        )
    return int(value)


def _rows(session: Session, administration_id: int) -> dict[str, OrgSetting]:
    rows = session.scalars(
        select(OrgSetting).where(
            OrgSetting.administration_id == administration_id,
            OrgSetting.key.startswith(PREFIX, autoescape=True),
        )
    ).all()
    return {row.key[len(PREFIX) :]: row for row in rows}


def outbox_values(session: Session, administration_id: int) -> dict[str, Any]:
    """Every setting as stored (the default where none is)."""
    values = dict(DEFAULTS)
    for key, row in _rows(session, administration_id).items():
        if key in DEFAULTS:
            values[key] = row.value
    return values


def _limits(values: Mapping[str, Any], channel: str) -> ChannelLimits:
    try:
        window = parse_window(str(values[f"{channel}.window"]))
    except UserError:
        window = DEFAULT_SENDING_WINDOWS[channel]
    return ChannelLimits(
        rate=float(values[f"{channel}.rate"]),
        hourly_cap=values[f"{channel}.hourly_cap"],
        daily_cap=values[f"{channel}.daily_cap"],
        window=window,
    )


def load_outbox_settings(session: Session, administration_id: int) -> OutboxSettings:
    values = outbox_values(session, administration_id)
    return OutboxSettings(
        sms=_limits(values, "sms"),
        email=_limits(values, "email"),
        max_sms_segments=int(values["max_sms_segments"]),
        transliterate_names=bool(values["transliterate_names"]),
        max_attempts=int(values["max_attempts"]),
    )


def set_outbox_settings(
    session: Session,
    administration_id: int,
    changes: Mapping[str, str],
    *,
    user_id: int | None,
) -> dict[str, Any]:
    """Store settings given as text (all checked before any is written; an empty text restores the
    default); every change audited. Returns all settings afterwards."""
    parsed = {
        key: (None if not text.strip() else _parse(key, text)) for key, text in changes.items()
    }
    for key in changes:
        if key not in DEFAULTS:
            raise UserError("outbox.unknown_setting", key=key, known=", ".join(DEFAULTS))
    rows = _rows(session, administration_id)
    for key, value in parsed.items():
        row = rows.get(key)
        before = row.value if row is not None else DEFAULTS[key]
        restore = not changes[key].strip()
        if restore:
            if row is not None:
                session.delete(row)
            value = DEFAULTS[key]
        elif row is None:
            session.add(
                OrgSetting(
                    administration_id=administration_id,
                    key=PREFIX + key,
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
                entity="outbox_setting",
                entity_id=None,
                action="change",
                details={"key": key, "before": before, "after": value},
            )
    session.flush()
    return outbox_values(session, administration_id)


def rate_warning(channel: str, provider: str | None, rate: float) -> Message | None:
    """A warning when ``rate`` is above what ``provider`` documents for the channel (None: within
    it, or the provider publishes no number). Not a refusal: an account's contract may allow more,
    and the provider answers a faster stream with 429s, which the outbox retries."""
    if provider is None:
        return None
    limit = DOCUMENTED_RATES.get(channel, {}).get(provider)
    if limit is None or rate <= limit:
        return None
    return Message(
        f"outbox.rate_above_documented.{channel}",
        {
            "provider": PROVIDER_TITLES.get(provider, provider),
            "rate": _number(rate),
            "limit": _number(limit),
        },
    )


def _number(value: float) -> int | Decimal:
    """A rate as a message shows it: whole, or to the hundredth."""
    return int(value) if value == int(value) else Decimal(str(round(value, 2)))


@dataclass(frozen=True)
class OutboxForm:
    """The outbox settings as stored, the provider serving each channel (None: none chosen), and
    the warnings about them."""

    values: dict[str, Any]
    providers: dict[str, str | None]
    warnings: tuple[Message, ...]


def rate_warnings(values: Mapping[str, Any], providers: Mapping[str, str | None]) -> list[Message]:
    """:func:`rate_warning` for every channel."""
    found = (
        rate_warning(channel, providers.get(channel), float(values[f"{channel}.rate"]))
        for channel in CHANNELS
    )
    return [warning for warning in found if warning is not None]


def _form(session: Session, administration_id: int, values: dict[str, Any]) -> OutboxForm:
    providers = {
        channel: channel_provider(session, administration_id, channel) for channel in CHANNELS
    }
    return OutboxForm(values, providers, tuple(rate_warnings(values, providers)))


def load_outbox_form(db: Database, administration_id: int | None) -> OutboxForm:
    """The outbox settings of an administration (None: the first), with its channels' providers
    and the warnings."""
    with db.read() as session:
        if administration_id is None:
            administration_id = administration_id_for(session)
        return _form(session, administration_id, outbox_values(session, administration_id))


def save_outbox_form(
    db: Database,
    administration_id: int | None,
    changes: Mapping[str, str],
    *,
    user_login: str | None = None,
) -> OutboxForm:
    """Store the changes (see :func:`set_outbox_settings`: all checked before any is written, every
    change audited, in one transaction) for the administration (None: the first); the settings
    afterwards, with the warnings."""
    with db.write() as session:
        if administration_id is None:
            administration_id = administration_id_for(session)
        user_id = user_id_for(session, user_login)
        values = set_outbox_settings(session, administration_id, changes, user_id=user_id)
        return _form(session, administration_id, values)
