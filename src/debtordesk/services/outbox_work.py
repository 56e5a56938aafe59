"""What a worker thread does with one claimed message: wait for its turn (the provider's rate), call the
provider, and turn the answer (or the failure) into a :class:`~debtordesk.services.outbox_types.Result`.
No database here: the attempt was recorded before, the result is recorded after, by the batch.

The rules, from the HTTP layer's classification (:mod:`debtordesk.providers.http`):

* accepted -> sent; the provider says delivery already failed -> failed with its reason;
* refused (4xx) -> failed with the provider's reason; a wrong key or no balance is the account's
  problem, not the message's: it is queued again and the channel stops for this batch;
* not sent (no connection, 429, a 4xx "try later" from SMTP) -> queued again after a back-off;
* 5xx -> looked up (the provider has no idempotency key for SMS): found -> sent, certainly not there ->
  queued again, no way to ask -> uncertain;
* no answer (timeout, dropped connection) -> looked up where the provider allows; found -> sent,
  anything else -> uncertain. Never sent again blindly. SMTP cannot be asked: uncertain.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime

from debtordesk.domain.messages import Message
from debtordesk.domain.outbox import AttemptOutcome
from debtordesk.providers.http import (
    NotSent,
    ProviderError,
    ProviderFault,
    RateLimited,
    Rejected,
    Unknown,
)
from debtordesk.providers.sms import LookupUnavailable, SmsRejected, SmsResult, SmsStatus
from debtordesk.providers.smtp import SmtpNotSent, SmtpRejected, SmtpUnknown
from debtordesk.services.outbox_providers import OutboxProviders
from debtordesk.services.outbox_types import Job, Result, ResultKind

log = logging.getLogger("debtordesk.outbox")

#: refusals that say the account cannot send, whatever the message
ACCOUNT_REASONS = frozenset({"wrong_key", "insufficient_balance", "wrong_password"})
#: "not sent" reasons that will not go away by themselves: the channel stops for this batch
CONFIG_REASONS = frozenset({"certificate", "config", "tls", "starttls_missing", "auth_unsupported"})


#: how long every call to a provider pauses after a 429 without Retry-After
DEFAULT_PAUSE = 5.0
#: a longer Retry-After stops the channel for this batch instead (the messages wait in the outbox)
LONGEST_PAUSE = 30.0


class Limiter:
    """At most ``rate`` calls a second to one provider over all worker threads, allowing short bursts
    of a quarter of a second's worth (a generic cell rate algorithm: each call books the next slot,
    up to the burst ahead of time); after a 429 every call waits the provider's Retry-After."""

    def __init__(self, rate: float) -> None:
        self._interval = 1.0 / rate if rate > 0 else 0.0
        self._tolerance = max(0.0, rate / 4 - 1) * self._interval
        self._tat = 0.0  # the theoretical arrival time of the next call
        self._paused_until = 0.0
        self._lock = threading.Lock()

    def acquire(self, stop: threading.Event) -> bool:
        """Wait for this call's turn; False when ``stop`` was set meanwhile."""
        with self._lock:
            now = time.monotonic()
            tat = max(self._tat, now, self._paused_until)
            slot = max(now, tat - self._tolerance, self._paused_until)
            self._tat = tat + self._interval
        wait = slot - time.monotonic()
        if wait > 0 and stop.wait(wait):
            return False
        return not stop.is_set()

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._paused_until = max(self._paused_until, time.monotonic() + seconds)


def _reason(error: BaseException) -> Message:
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return message
    return Message("outbox.internal_error", {"detail": type(error).__name__})


def perform(
    job: Job,
    providers: OutboxProviders,
    limiter: Limiter,
    stop: threading.Event,
    clock: Callable[[], datetime],
) -> Result:
    """Send one message (or, for ``settle_only``, only look it up)."""
    if job.settle_only:
        return settle(job, providers)
    if stop.is_set() or not limiter.acquire(stop):
        return Result(job, ResultKind.SKIPPED, None)
    try:
        if job.email is not None:
            result = _send_email(job, providers)
        else:
            result = _send_sms(job, providers, limiter, stop)
    except Exception as error:  # a bug after the call may have gone out: never resend
        log.exception("outbox: unexpected failure sending communication %s", job.communication_id)
        return Result(
            job,
            ResultKind.UNCERTAIN,
            AttemptOutcome.UNKNOWN,
            reason=Message("outbox.internal_error", {"detail": type(error).__name__}),
        )
    if result.kind is ResultKind.ACCOUNT:
        stop.set()  # every other message of this channel would meet the same refusal
    return result


def _send_sms(
    job: Job, providers: OutboxProviders, limiter: Limiter, stop: threading.Event
) -> Result:
    provider = providers.sms
    assert provider is not None, "an SMS job without an SMS provider"
    try:
        answer = provider.send(
            to=job.recipient,
            text=job.sms_text,
            sender=providers.sms_sender,
            reference=job.reference,
        )
    except SmsRejected as error:
        kind = ResultKind.ACCOUNT if error.reason in ACCOUNT_REASONS else ResultKind.FAILED
        return Result(job, kind, AttemptOutcome.REJECTED, reason=error.message)
    except Rejected as error:
        kind = ResultKind.ACCOUNT if error.wrong_key else ResultKind.FAILED
        return Result(job, kind, AttemptOutcome.REJECTED, reason=error.message)
    except RateLimited as error:
        wait = error.retry_after if error.retry_after is not None else DEFAULT_PAUSE
        if wait > LONGEST_PAUSE:
            stop.set()  # the channel stops for this batch; the messages wait in the outbox
        else:
            limiter.pause(wait)
        return Result(
            job,
            ResultKind.RETRY,
            AttemptOutcome.RATE_LIMITED,
            reason=error.message,
            retry_after=error.retry_after,
        )
    except NotSent as error:
        kind = ResultKind.ACCOUNT if error.reason in CONFIG_REASONS else ResultKind.RETRY
        return Result(job, kind, AttemptOutcome.NOT_SENT, reason=error.message)
    except ProviderFault as error:
        return _after_fault(job, providers, error)
    except Unknown as error:
        return _after_unknown(job, providers, error, AttemptOutcome.UNKNOWN)
    return _accepted(job, answer, looked_up=False, outcome=AttemptOutcome.SENT)


def _accepted(job: Job, answer: SmsResult, *, looked_up: bool, outcome: AttemptOutcome) -> Result:
    if answer.status is SmsStatus.FAILED:
        return Result(
            job,
            ResultKind.FAILED,
            outcome,
            provider_message_id=answer.provider_id,
            reason=Message(
                "outbox.delivery_failed",
                {"provider": job.provider, "detail": answer.reason or ""},
            ),
            segments=answer.segments,
            looked_up=looked_up,
        )
    return Result(
        job,
        ResultKind.SENT,
        outcome,
        provider_message_id=answer.provider_id,
        segments=answer.segments,
        looked_up=looked_up,
    )


def _lookup(job: Job, providers: OutboxProviders) -> SmsResult | None:
    """The provider's record of this message, None when it has none; raises LookupUnavailable or a
    ProviderError when it cannot say."""
    provider = providers.sms
    if provider is None or provider.provider != job.provider:
        raise LookupUnavailable(provider=job.provider)
    return provider.lookup(
        reference=job.reference,
        to=job.recipient,
        text=job.sms_text,
        sent_after=job.started_at,
    )


def _after_fault(job: Job, providers: OutboxProviders, error: ProviderFault) -> Result:
    """5xx: found at the provider -> what it says; certainly not there -> again later."""
    try:
        found = _lookup(job, providers)
    except ProviderError as lookup_error:
        return Result(
            job,
            ResultKind.UNCERTAIN,
            AttemptOutcome.FAULT,
            reason=_cannot_ask(job, lookup_error, error),
        )
    if found is not None:
        return _accepted(job, found, looked_up=True, outcome=AttemptOutcome.FAULT)
    return Result(job, ResultKind.RETRY, AttemptOutcome.FAULT, reason=error.message, looked_up=True)


def _after_unknown(
    job: Job, providers: OutboxProviders, error: BaseException, outcome: AttemptOutcome
) -> Result:
    """No answer: found -> what the provider says; anything else -> uncertain (never resent)."""
    if job.email is not None:
        return Result(job, ResultKind.UNCERTAIN, outcome, reason=_reason(error))
    try:
        found = _lookup(job, providers)
    except ProviderError as lookup_error:
        return Result(
            job, ResultKind.UNCERTAIN, outcome, reason=_cannot_ask(job, lookup_error, error)
        )
    if found is not None:
        return _accepted(job, found, looked_up=True, outcome=outcome)
    return Result(
        job,
        ResultKind.UNCERTAIN,
        outcome,
        reason=Message("outbox.not_found", {"provider": job.provider}),
        looked_up=True,
    )


def _cannot_ask(job: Job, lookup_error: ProviderError, error: BaseException) -> Message:
    if isinstance(lookup_error, LookupUnavailable):
        return Message("outbox.no_lookup", {"provider": job.provider})
    return Message(
        "outbox.lookup_failed",
        {"provider": job.provider, "detail": type(lookup_error).__name__},
    )


def _send_email(job: Job, providers: OutboxProviders) -> Result:
    mailer = providers.email
    assert mailer is not None and job.email is not None, "an e-mail job without a mailer"
    try:
        answer = mailer.send(job.email, message_id=job.idempotency_key)
    except SmtpRejected as error:
        kind = ResultKind.ACCOUNT if error.reason in ACCOUNT_REASONS else ResultKind.FAILED
        return Result(job, kind, AttemptOutcome.REJECTED, reason=error.message)
    except SmtpNotSent as error:
        kind = ResultKind.ACCOUNT if error.reason in CONFIG_REASONS else ResultKind.RETRY
        return Result(job, kind, AttemptOutcome.NOT_SENT, reason=error.message)
    except SmtpUnknown as error:
        return Result(job, ResultKind.UNCERTAIN, AttemptOutcome.UNKNOWN, reason=error.message)
    except Unknown as error:
        return Result(job, ResultKind.UNCERTAIN, AttemptOutcome.UNKNOWN, reason=_reason(error))
    except NotSent as error:
        return Result(job, ResultKind.RETRY, AttemptOutcome.NOT_SENT, reason=_reason(error))
    except Rejected as error:
        kind = ResultKind.ACCOUNT if error.wrong_key else ResultKind.FAILED
        return Result(job, kind, AttemptOutcome.REJECTED, reason=_reason(error))
    return Result(job, ResultKind.SENT, AttemptOutcome.SENT, provider_message_id=answer.message_id)


def settle(job: Job, providers: OutboxProviders) -> Result:
    """A message left in "sending" by a sender that stopped (or an uncertain one looked up again):
    what the provider knows of it, or uncertain. Never sends."""
    if job.email is not None or job.channel.value == "email":
        return Result(
            job,
            ResultKind.UNCERTAIN,
            AttemptOutcome.UNKNOWN,
            reason=Message("outbox.interrupted_email", {"message_id": job.idempotency_key}),
        )
    try:
        found = _lookup(job, providers)
    except ProviderError as error:
        code = (
            "outbox.no_lookup" if isinstance(error, LookupUnavailable) else "outbox.lookup_failed"
        )
        return Result(
            job,
            ResultKind.UNCERTAIN,
            AttemptOutcome.UNKNOWN,
            reason=Message(code, {"provider": job.provider, "detail": type(error).__name__}),
        )
    if found is not None:
        return _accepted(job, found, looked_up=True, outcome=AttemptOutcome.UNKNOWN)
    return Result(
        job,
        ResultKind.UNCERTAIN,
        AttemptOutcome.UNKNOWN,
        reason=Message("outbox.not_found", {"provider": job.provider}),
        looked_up=True,
    )
