"""The small HTTP layer every HTTP provider shares: a client factory and an outcome classification.

A sender that must send at most once needs to know, when a call fails, whether the provider can have
acted on it. Every failure of :func:`send` is one of:

* :class:`NotSent`: the request cannot have reached the provider (connection refused, DNS failure,
  connect timeout, a certificate that does not verify, a bad base URL). Safe to retry.
* :class:`Rejected`: the provider answered 4xx (other than 429): retrying the same request will not
  help. ``wrong_key`` is true for 401 and 403.
* :class:`RateLimited`: 429; nothing was done, retry after ``retry_after`` seconds (None: unknown).
* :class:`ProviderFault`: 5xx; the provider says it failed (whether it did anything is its business:
  retry only with an idempotency key or after looking the outcome up).
* :class:`Unknown`: the request went out and no answer came (read timeout, connection dropped): the
  provider may have accepted it. Never resend blindly; look it up or leave it for the clerk.

Nothing here logs a request or response body or a header, and no exception text carries a secret: the
provider's own error text is kept only after every secret the caller names has been cut out of it.
httpx's own request log (which prints full URLs, and a URL may hold an account id) is kept quiet.
"""

from __future__ import annotations

import email.utils
import logging
import math
import ssl
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx

from debtordesk.domain.errors import DebtorDeskError

log = logging.getLogger("debtordesk.providers.http")

# httpx logs every request with its full URL at INFO, httpcore its steps at DEBUG: neither is ours to
# print (a Twilio URL carries the account id), so they only speak up for warnings.
for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).setLevel(logging.WARNING)

#: the longest provider error text kept in an exception (they are shown to a clerk)
MAX_DETAIL = 300


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait: for the connection, for each read of the answer, for writing, for a pool slot."""

    connect: float = 5.0
    read: float = 30.0
    write: float = 10.0
    pool: float = 10.0

    def httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


DEFAULT_TIMEOUTS = Timeouts()

#: what a provider parses from an error answer: (its error code, its human text); either may be None
ErrorParser = Callable[[httpx.Response], tuple[str | None, str | None]]


def make_client(
    base_url: str,
    *,
    headers: Mapping[str, str] | None = None,
    auth: httpx.Auth | tuple[str, str] | None = None,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
    verify: ssl.SSLContext | None = None,
    transport: httpx.BaseTransport | None = None,
    max_connections: int = 10,
) -> httpx.Client:
    """An httpx client for one provider. Certificates are always verified: ``verify`` may only name
    another trust (an SSL context with a test or company CA), never switch verification off.
    Redirects are not followed (a POST must not be replayed somewhere else)."""
    if verify is not None and (
        verify.verify_mode != ssl.CERT_REQUIRED or not verify.check_hostname
    ):
        raise ValueError("certificate verification cannot be switched off")
    default_headers = {"User-Agent": user_agent(), "Accept": "application/json"}
    default_headers.update(headers or {})
    return httpx.Client(
        base_url=base_url.rstrip("/") + "/",
        headers=default_headers,
        auth=auth,
        timeout=timeouts.httpx(),
        verify=verify if verify is not None else True,
        transport=transport,
        follow_redirects=False,
        limits=httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        ),
    )


def user_agent() -> str:
    from debtordesk import __version__

    return f"DebtorDesk/{__version__} httpx/{httpx.__version__}"


# --------------------------------------------------------------------------- outcomes


class ProviderError(DebtorDeskError):
    """A provider call failed; the message says what and where in a clerk's words.

    ``provider`` is the provider id (``mollie``, ``tikkie`` …). Texts never contain secrets."""

    kind: ClassVar[str] = "environment"
    exit_code: ClassVar[int] = 3
    #: may the request have been carried out by the provider?
    may_have_acted: ClassVar[bool] = False
    #: may the same request be sent again without risk of doing it twice?
    retry_safe: ClassVar[bool] = False

    def __init__(self, code: str, /, *, provider: str, **params: Any) -> None:
        super().__init__(code, provider=provider, **params)
        self.provider = provider


class NotSent(ProviderError):
    """The request cannot have reached the provider. ``reason``: ``connect`` (refused, DNS, no
    route), ``timeout`` (no connection in time), ``certificate`` (the server's certificate does not
    verify) or ``config`` (the base URL cannot be used)."""

    retry_safe = True

    def __init__(self, *, provider: str, reason: str, host: str = "") -> None:
        super().__init__(f"http.not_sent.{reason}", provider=provider, host=host)
        self.reason = reason


class Rejected(ProviderError):
    """The provider refused the request (4xx other than 429). Sending it again will not help."""

    kind = "user"
    exit_code = 2

    def __init__(
        self,
        status: int,
        provider_code: str | None,
        detail: str | None,
        *,
        provider: str,
    ) -> None:
        code = "http.wrong_key" if status in (401, 403) else "http.rejected"
        super().__init__(
            code,
            provider=provider,
            status=status,
            provider_code=provider_code or "",
            detail=detail or "",
        )
        self.status = status
        self.provider_code = provider_code
        self.detail = detail

    @property
    def wrong_key(self) -> bool:
        return self.status in (401, 403)


class RateLimited(ProviderError):
    """429: the provider did nothing; try again after ``retry_after`` seconds (None: not said)."""

    retry_safe = True

    def __init__(self, retry_after: float | None, *, provider: str) -> None:
        if retry_after is None:
            super().__init__("http.rate_limited_later", provider=provider)
        else:
            super().__init__("http.rate_limited", provider=provider, seconds=math.ceil(retry_after))
        self.retry_after = retry_after


class ProviderFault(ProviderError):
    """5xx: the provider reports its own failure."""

    may_have_acted = True

    def __init__(
        self, status: int, provider_code: str | None, detail: str | None, *, provider: str
    ) -> None:
        super().__init__(
            "http.fault",
            provider=provider,
            status=status,
            provider_code=provider_code or "",
            detail=detail or "",
        )
        self.status = status
        self.provider_code = provider_code
        self.detail = detail


class Unknown(ProviderError):
    """The request went out and no answer came back: the provider may have carried it out.
    ``reason``: ``timeout`` (no answer in time) or ``dropped`` (the connection broke)."""

    may_have_acted = True

    def __init__(self, *, provider: str, reason: str, host: str = "") -> None:
        super().__init__(f"http.unknown.{reason}", provider=provider, host=host)
        self.reason = reason


# --------------------------------------------------------------------------- sending


def send(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    provider: str,
    error_parser: ErrorParser | None = None,
    secrets: Iterable[str] = (),
    json: Any = None,
    data: Mapping[str, Any] | None = None,
    params: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> httpx.Response:
    """One request; the 2xx response, or one of the :class:`ProviderError` classes above.

    ``url`` is relative to the client's base URL (no leading slash keeps the base's path).
    ``secrets`` are cut out of any provider text kept in an exception."""
    host = client.base_url.host
    started = time.monotonic()
    try:
        response = client.request(method, url, json=json, data=data, params=params, headers=headers)
    except httpx.ConnectTimeout as exc:
        raise NotSent(provider=provider, reason="timeout", host=host) from _plain(exc)
    except httpx.PoolTimeout as exc:
        raise NotSent(provider=provider, reason="timeout", host=host) from _plain(exc)
    except httpx.ConnectError as exc:
        reason = "certificate" if _is_certificate_error(exc) else "connect"
        raise NotSent(provider=provider, reason=reason, host=host) from _plain(exc)
    except (httpx.UnsupportedProtocol, httpx.InvalidURL, httpx.ProxyError) as exc:
        raise NotSent(provider=provider, reason="config", host=host) from _plain(exc)
    except httpx.TimeoutException as exc:  # read or write timeout: it may have gone out
        raise Unknown(provider=provider, reason="timeout", host=host) from _plain(exc)
    except httpx.TransportError as exc:  # dropped connection, protocol error after sending
        raise Unknown(provider=provider, reason="dropped", host=host) from _plain(exc)
    elapsed = time.monotonic() - started
    log.debug("%s %s -> %s in %.3f s", provider, method, response.status_code, elapsed)
    status = response.status_code
    if 200 <= status < 300:
        return response
    provider_code, detail = None, None
    if error_parser is not None:
        try:
            provider_code, detail = error_parser(response)
        except Exception:  # a malformed error body: the status says enough
            provider_code, detail = None, None
    detail = clean_detail(detail, secrets)
    provider_code = clean_detail(provider_code, secrets)
    if status == 429:
        raise RateLimited(retry_after(response), provider=provider)
    if 400 <= status < 500:
        raise Rejected(status, provider_code, detail, provider=provider)
    if status >= 500:
        raise ProviderFault(status, provider_code, detail, provider=provider)
    # 1xx or 3xx: not something any of our providers answers; a redirect is not followed
    raise Rejected(status, provider_code, detail, provider=provider)


def retry_after(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date), None when absent or bad."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def clean_detail(text: str | None, secrets: Iterable[str] = ()) -> str | None:
    """A provider's text fit for an exception: secrets cut out, one line, at most MAX_DETAIL long."""
    if text is None:
        return None
    text = " ".join(str(text).split())
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    if len(text) > MAX_DETAIL:
        text = text[: MAX_DETAIL - 1] + "…"
    return text or None


def json_body(response: httpx.Response) -> Any:
    """The response's JSON, None when it is not JSON."""
    try:
        return response.json()
    except ValueError:
        return None


class _TransportFailure(Exception):
    """The transport's failure without its text (httpx texts may quote the URL)."""


def _plain(exc: Exception) -> _TransportFailure:
    return _TransportFailure(type(exc).__name__)


def _is_certificate_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False
