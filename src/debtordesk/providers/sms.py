"""The SMS provider Protocol, its result types, and the checks every SMS provider shares.

A provider module (messagebird, bird, cm, twilio, spryng) implements :class:`SmsProvider` over the shared
HTTP layer (:mod:`debtordesk.providers.http`). Its calls are synchronous and thread-safe, so the outbox can
call one provider object from several worker threads at once.

Failures are the HTTP layer's classes: :class:`~debtordesk.providers.http.NotSent` (safe to retry),
:class:`~debtordesk.providers.http.RateLimited`, :class:`~debtordesk.providers.http.ProviderFault`,
:class:`~debtordesk.providers.http.Unknown` (may have been sent: look it up, never resend blindly), and for a
refusal :class:`SmsRejected`, a :class:`~debtordesk.providers.http.Rejected` that names the reason in a
clerk's words (wrong key, invalid number, landline, opted out, insufficient balance ...). A message that
cannot be valid for the provider (a sender of 12 letters, an empty text) is refused before any request
goes out, with ``checked_locally`` set: nothing was sent.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

import httpx

from debtordesk.domain.messages import Message, MessageParam
from debtordesk.providers.connection import ConnectionCheck, check_from_error
from debtordesk.providers.http import ProviderError, Rejected, Unknown, clean_detail, json_body

#: E.164: a plus, a country code that does not start with 0, at most 15 digits in all
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_ALPHA_SENDER = re.compile(r"^[A-Za-z0-9 ]{1,11}$")
_HAS_LETTER = re.compile(r"[A-Za-z]")


class SmsStatus(StrEnum):
    """Where a message is, as far as the provider knows."""

    #: the provider took it; not yet handed to the network
    ACCEPTED = "accepted"
    #: handed to the operator
    SENT = "sent"
    #: the handset confirmed it
    DELIVERED = "delivered"
    #: the provider or operator gave up (undeliverable, expired, refused downstream)
    FAILED = "failed"


@dataclass(frozen=True)
class SmsResult:
    """What the provider said about one message."""

    #: the provider's id of the message (CM has none: there it is the reference we sent)
    provider_id: str
    status: SmsStatus
    #: the number of parts billed, from the provider when it says, else counted here
    segments: int | None = None
    #: the provider's reason when ``status`` is FAILED (its code or text), else None
    reason: str | None = None


class DeliveryState(StrEnum):
    """Whether a sent message reached the handset, as far as the provider can tell."""

    #: not final yet: the provider has it, the operator has not confirmed or refused it
    PENDING = "pending"
    #: the handset confirmed it
    DELIVERED = "delivered"
    #: the provider or operator gave up on it (``reason`` says why)
    UNDELIVERED = "undelivered"
    #: the provider cannot be asked (no status lookup, no id, or it no longer knows the message):
    #: the message simply stays sent; nothing is guessed
    NOT_AVAILABLE = "not_available"


#: delivery states that will not change any more: such a message is not asked about again
FINAL_DELIVERY = frozenset(
    {DeliveryState.DELIVERED, DeliveryState.UNDELIVERED, DeliveryState.NOT_AVAILABLE}
)


@dataclass(frozen=True)
class Delivery:
    """What the provider said about the delivery of one sent message."""

    state: DeliveryState
    #: the provider's own status word (delivered, delivery_failed, undelivered ...); "" when none
    provider_status: str = ""
    #: the provider's reason in its own words, when it gives one
    reason: str | None = None
    #: the provider's (or operator's) error code, when it gives one (Twilio 30003, ...)
    error_code: str | None = None
    #: when the provider says the status was reached; None when it does not say
    at: datetime | None = None


def delivery_not_available(why: str = "") -> Delivery:
    """The answer of a provider that cannot be asked (``why``: a short word such as ``no_lookup``)."""
    return Delivery(DeliveryState.NOT_AVAILABLE, provider_status=why)


def provider_text(value: object, secrets: Iterable[str] = ()) -> str | None:
    """A provider's reason or code fit to keep and show (secrets cut out, one short line); None for
    nothing."""
    if value is None or value == "":
        return None
    return clean_detail(str(value), secrets)


class SmsProvider(Protocol):
    """Sends one SMS per call. ``to`` is E.164 (``+31612345678``); ``sender`` an alphanumeric sender
    (1-11 letters, digits, spaces, at least one letter) or a number; ``reference`` our own id of the
    message (letters and digits, at most 32), carried along where the provider allows it so that a
    message whose outcome is unknown can be found again."""

    #: the provider id: messagebird, bird, cm, twilio, spryng
    provider: str
    #: can :meth:`lookup` find a message without the provider's id (by reference or by recipient)?
    can_lookup: bool

    def send(self, *, to: str, text: str, sender: str, reference: str) -> SmsResult:
        """Send ``text``; the provider's acceptance, or one of the HTTP layer's errors."""
        ...

    def lookup(
        self,
        *,
        reference: str,
        to: str,
        text: str,
        sent_after: datetime,
        provider_id: str | None = None,
    ) -> SmsResult | None:
        """The provider's record of a message sent earlier: by ``provider_id`` when known, else by
        ``reference`` (or recipient, time and text where the provider has no reference field).
        None: the provider has no such message. Raises :class:`LookupUnavailable` when the provider
        offers no way to ask."""
        ...

    #: can :meth:`delivery_status` ask the provider whether a sent message arrived?
    can_check_delivery: bool

    def delivery_status(
        self, provider_id: str | None, *, reference: str = "", to: str = ""
    ) -> Delivery:
        """Whether the message the provider knows as ``provider_id`` (``reference`` is our own id of
        it, ``to`` its E.164 recipient) reached the handset. A provider without a status lookup, or a
        message without the provider's id, answers :attr:`DeliveryState.NOT_AVAILABLE`. Failures are
        the HTTP layer's classes, as for :meth:`send` (a wrong key is an :class:`SmsRejected`)."""
        ...

    def test_connection(self) -> ConnectionCheck:
        """Call a harmless endpoint; what worked or exactly what failed (never raises for a provider
        failure: wrong key, no network, certificate ... come back as a failed check)."""
        ...

    def close(self) -> None: ...


# --------------------------------------------------------------------------- errors

#: why a message was refused (by the provider or the check here); message ``sms.rejected.<reason>``
REJECTION_REASONS = (
    "wrong_key",
    "invalid_number",
    "not_mobile",
    "unsubscribed",
    "not_permitted",
    "sender_invalid",
    "text_invalid",
    "text_too_long",
    "reference_invalid",
    "insufficient_balance",
    "blocked",
    "other",
)


class SmsRejected(Rejected):
    """The message was refused and sending it again will not help; ``reason`` says why.

    ``status`` is the HTTP status of the refusal (0 when it was refused here before sending:
    ``checked_locally``). ``provider_code`` and ``detail`` are the provider's own code and text."""

    def __init__(
        self,
        status: int,
        provider_code: str | None,
        detail: str | None,
        *,
        provider: str,
        reason: str,
        **values: MessageParam,
    ) -> None:
        if reason not in REJECTION_REASONS:
            raise ValueError(f"unknown SMS rejection reason {reason!r}")
        super().__init__(status, provider_code, detail, provider=provider)
        self.reason = reason
        params: dict[str, MessageParam] = {
            "provider": provider,
            "status": status,
            "provider_code": provider_code or "",
            "detail": detail or "",
        }
        params.update(values)
        self.message = Message(f"sms.rejected.{reason}", params)
        self.args = (f"sms.rejected.{reason} {params}",)

    @property
    def wrong_key(self) -> bool:
        return self.reason == "wrong_key"

    @property
    def checked_locally(self) -> bool:
        return self.status == 0


class LookupUnavailable(ProviderError):
    """The provider offers no way to find this message again (e.g. CM without a query API)."""

    kind = "user"
    exit_code = 2

    def __init__(self, *, provider: str) -> None:
        super().__init__("sms.lookup_unavailable", provider=provider)


# --------------------------------------------------------------------------- shared checks


def check_recipient(to: str, *, provider: str) -> str:
    """``to`` when it is E.164, else :class:`SmsRejected` (invalid_number) before sending."""
    if not _E164.match(to):
        raise SmsRejected(0, None, None, provider=provider, reason="invalid_number", to=to)
    return to


def msisdn(to: str) -> str:
    """E.164 without the plus, as MessageBird and Spryng want it: +31612345678 -> 31612345678."""
    return to[1:] if to.startswith("+") else to


def check_sender(sender: str, *, provider: str, max_digits: int) -> str:
    """An alphanumeric sender (1-11 of A-Z, a-z, 0-9 and space, at least one letter) or a number of
    at most ``max_digits`` digits (an optional leading + not counted)."""
    if _ALPHA_SENDER.match(sender) and _HAS_LETTER.search(sender) and sender.strip() == sender:
        return sender
    digits = sender[1:] if sender.startswith("+") else sender
    if digits.isascii() and digits.isdigit() and 1 <= len(digits) <= max_digits:
        return sender
    raise SmsRejected(
        0, None, None, provider=provider, reason="sender_invalid", sender=sender, digits=max_digits
    )


def check_text(text: str, *, provider: str, max_chars: int) -> str:
    """A text that is not empty (nor only white space) and at most ``max_chars`` characters."""
    if not text.strip():
        raise SmsRejected(0, None, None, provider=provider, reason="text_invalid")
    if len(text) > max_chars:
        raise SmsRejected(
            0,
            None,
            None,
            provider=provider,
            reason="text_too_long",
            length=len(text),
            limit=max_chars,
        )
    return text


_REFERENCE = re.compile(r"^[A-Za-z0-9]+$")


def check_reference(reference: str, *, provider: str, max_length: int = 32) -> str:
    """Our reference: letters and digits only (CM allows nothing else), 1 to ``max_length``."""
    if not _REFERENCE.match(reference) or len(reference) > max_length:
        raise SmsRejected(
            0,
            None,
            None,
            provider=provider,
            reason="reference_invalid",
            reference=reference,
            limit=max_length,
        )
    return reference


def rejection(exc: Rejected, reason: str, *, to: str = "", **values: MessageParam) -> SmsRejected:
    """An :class:`SmsRejected` with ``reason`` from the HTTP layer's :class:`Rejected`."""
    return SmsRejected(
        exc.status,
        exc.provider_code,
        exc.detail,
        provider=exc.provider,
        reason=reason,
        to=to,
        **values,
    )


class UnexpectedAnswer(Unknown):
    """The provider answered 2xx but not in the form its contract promises (no message id, not JSON):
    it probably took the message, but that is not certain. Treat it like :class:`Unknown`."""

    def __init__(self, *, provider: str, detail: str) -> None:
        super().__init__(provider=provider, reason="unexpected")
        self.message = Message("sms.unexpected_answer", {"provider": provider, "detail": detail})
        self.args = (f"sms.unexpected_answer provider={provider} detail={detail}",)


def parse_json_object(response: httpx.Response, *, provider: str) -> dict[str, Any]:
    """The JSON object of a 2xx answer, or :class:`UnexpectedAnswer`."""
    body = json_body(response)
    if not isinstance(body, dict):
        raise UnexpectedAnswer(
            provider=provider, detail=f"HTTP {response.status_code}, no JSON object"
        )
    return body


def parse_timestamp(value: object) -> datetime | None:
    """An aware datetime from an ISO 8601 / RFC 3339 text or an RFC 2822 date (Twilio), else None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def as_utc(moment: datetime) -> datetime:
    """``moment`` as an aware datetime; a naive one is taken to be UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


#: how much earlier than ``sent_after`` a provider's clock may stamp a message and still match
CLOCK_SLACK = timedelta(minutes=5)


def environment_of(base_url: str, live_url: str) -> str:
    """ "live" at the provider's own address, "custom" elsewhere (a sandbox, a stand-in)."""
    return "live" if base_url.rstrip("/") == live_url.rstrip("/") else "custom"


def connection_ok(message: Message, environment: str) -> ConnectionCheck:
    return ConnectionCheck(True, "", message, environment)


def connection_failed(error: ProviderError, environment: str) -> ConnectionCheck:
    """The check for a failed test call; an account or channel that cannot send is "not_available"."""
    if error.code in ("sms.account_inactive", "sms.channel_inactive"):
        return ConnectionCheck(False, "not_available", error.message, environment)
    return check_from_error(error, environment=environment)
