"""Tikkie (ABN AMRO, API v2): payment requests as payment links, their status, and a connection test.

Contract (PROVIDERS.md section 1): JSON over HTTPS; headers ``API-Key`` (the app's consumer key) and
``X-App-Token`` on every call; ``POST /paymentrequests`` with ``description`` (1-35 characters, shown to
the payer), ``amountInCents`` (integer > 0), ``expiryDate`` (``YYYY-MM-DD``, not in the past) and
``referenceId`` (at most 35 of letters, digits, space and ``! & ' ( ) + , - . / : ? _ ```); errors as
``{"errors": [{"code", "message", ...}]}``. The live and the sandbox address differ
(``api.abnamro.com`` / ``api-sandbox.abnamro.com``); a key works at one of them only.

The payment reference goes into ``referenceId`` (what the payment carries back) and leads the
description. Tikkie has no idempotency key: when a create gets no answer (or a 5xx) the request may
exist, so it is looked up by its referenceId, amount, description and expiry among the requests made
since just before the call; found, it is used, otherwise no link is recorded (never a second request
for the same claim).
Tikkie cannot close a request through the API: it expires on its expiry date.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import httpx

from debtordesk.domain.messages import Message
from debtordesk.providers.connection import ConnectionCheck, check_from_error
from debtordesk.providers.http import (
    DEFAULT_TIMEOUTS,
    ProviderError,
    ProviderFault,
    Timeouts,
    Unknown,
    json_body,
    make_client,
    send,
)
from debtordesk.providers.link_common import (
    DEFAULT_GRACE_DAYS,
    DEFAULT_LINK_DAYS,
    LinkCallGuard,
    LinkPayment,
    LinkState,
    LinkStatus,
    cents,
    end_of_day,
    expiry_date,
    link_text,
    local_today,
    parse_instant,
)
from debtordesk.providers.payment_links import LinkCustomer, PaymentLink, PaymentLinkError

PROVIDER_ID = "tikkie"
TITLE = "Tikkie"
LIVE_BASE_URL = "https://api.abnamro.com/v2/tikkie"
SANDBOX_BASE_URL = "https://api-sandbox.abnamro.com/v2/tikkie"
DESCRIPTION_LIMIT = 35
REFERENCE_LIMIT = 35
REFERENCE_CHARS = re.compile(r"[A-Za-z0-9 !&'()+,\-./:?_`]*")
STATUSES = frozenset(
    {"OPEN", "CLOSED", "EXPIRED", "MAX_YIELD_REACHED", "MAX_SUCCESSFUL_PAYMENTS_REACHED"}
)
_TOKEN = re.compile(r"[A-Za-z0-9]{1,64}")
#: how far back the lookup after an unanswered create searches, and how many pages at most
_LOOKUP_MARGIN = timedelta(minutes=5)
_LOOKUP_PAGES = 20
_PAGE_SIZE = 50


@dataclass(frozen=True)
class TikkieConfig:
    api_key: str = field(repr=False)
    app_token: str = field(repr=False)
    base_url: str = LIVE_BASE_URL
    link_days: int = DEFAULT_LINK_DAYS
    grace_days: int = DEFAULT_GRACE_DAYS


def tikkie_errors(response: httpx.Response) -> tuple[str | None, str | None]:
    """(codes, messages) of a Tikkie error body ``{"errors": [...]}``."""
    body = json_body(response)
    errors = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(errors, list) or not errors:
        return None, None
    codes = [str(e.get("code")) for e in errors if isinstance(e, dict) and e.get("code")]
    texts = [str(e.get("message")) for e in errors if isinstance(e, dict) and e.get("message")]
    return (", ".join(codes) or None), ("; ".join(texts[:3]) or None)


def environment_of(base_url: str) -> str:
    host = urlsplit(base_url).hostname or ""
    if host == "api.abnamro.com":
        return "live"
    if host == "api-sandbox.abnamro.com":
        return "sandbox"
    return "custom"


class TikkieProvider:
    """A :class:`~debtordesk.providers.payment_links.PaymentLinkProvider` on Tikkie payment requests."""

    provider_id = PROVIDER_ID
    title = TITLE

    def __init__(
        self,
        config: TikkieConfig,
        *,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        verify: Any = None,
        transport: httpx.BaseTransport | None = None,
        today: Callable[[], date] = local_today,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        self.today = today
        self.now = now
        self.guard = LinkCallGuard(sleep=sleep)
        self._secrets = (config.api_key, config.app_token)
        self.client = make_client(
            config.base_url,
            headers={"API-Key": config.api_key, "X-App-Token": config.app_token},
            timeouts=timeouts,
            verify=verify,
            transport=transport,
        )

    @property
    def environment(self) -> str:
        return environment_of(self.config.base_url)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> TikkieProvider:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the PaymentLinkProvider protocol

    def create_link(
        self,
        *,
        amount: Decimal,
        description: str,
        reference: str,
        customer: LinkCustomer,
        pay_by: date | None = None,
    ) -> PaymentLink | None:
        body = self.request_body(amount, description, reference, pay_by)
        return self.guard.run(lambda: self._create_or_find(body, reference), idempotent=False)

    def no_link_reason(self) -> Message:
        return Message("links.provider_made_none", {"provider": TITLE})

    # -- polling and the rest

    def request_body(
        self, amount: Decimal, description: str, reference: str, pay_by: date | None
    ) -> dict[str, Any]:
        """The create body, checked against Tikkie's limits (PaymentLinkError when it cannot be)."""
        in_cents = cents(amount, TITLE)
        reference = reference.strip()
        if len(reference) > REFERENCE_LIMIT or not REFERENCE_CHARS.fullmatch(reference):
            raise PaymentLinkError(
                Message(
                    "links.tikkie.reference_invalid",
                    {"reference": reference, "limit": REFERENCE_LIMIT},
                )
            )
        text = link_text(reference, description, DESCRIPTION_LIMIT)
        if not text:
            raise PaymentLinkError(Message("links.description_missing", {"provider": TITLE}))
        today = self.today()
        last_day = expiry_date(
            today, pay_by, link_days=self.config.link_days, grace_days=self.config.grace_days
        )
        body: dict[str, Any] = {
            "description": text,
            "amountInCents": in_cents,
            "expiryDate": last_day.isoformat(),
        }
        if reference:
            body["referenceId"] = reference
        return body

    def get_status(self, link_id: str) -> LinkStatus:
        """Paid, open, expired or closed, with the amount paid and the payments; PaymentLinkError
        when the provider cannot be asked or answers something unreadable."""
        try:
            return self._status(link_id)
        except (ValueError, TypeError, AttributeError, KeyError, ArithmeticError):
            raise PaymentLinkError(Message("links.bad_answer", {"provider": TITLE})) from None

    def _status(self, link_id: str) -> LinkStatus:
        token = self._token(link_id)
        data = self.guard.run(lambda: self._get(f"paymentrequests/{token}").json(), idempotent=True)
        if data.get("paymentRequestToken") != token or data.get("status") not in STATUSES:
            raise ValueError("not this payment request")
        amount_cents = data.get("amountInCents")
        amount = Decimal(amount_cents) / 100 if isinstance(amount_cents, int) else None
        payments: tuple[LinkPayment, ...] = ()
        if int(data.get("numberOfPayments") or 0) > 0:
            payments = self.guard.run(lambda: self._payments(token), idempotent=True)
        paid = sum((p.amount for p in payments), Decimal("0.00"))
        reported = data.get("totalAmountPaidInCents")
        if isinstance(reported, int) and Decimal(reported) / 100 > paid:
            paid = Decimal(reported) / 100
        status = str(data.get("status") or "")
        if amount is not None and paid >= amount:
            state = LinkState.PAID
        elif status == "OPEN":
            state = LinkState.OPEN
        elif status == "EXPIRED":
            state = LinkState.EXPIRED
        elif paid > 0:
            state = LinkState.PAID
        else:
            state = LinkState.CLOSED
        expiry = data.get("expiryDate")
        expires_at = None
        if isinstance(expiry, str):
            try:
                expires_at = end_of_day(date.fromisoformat(expiry)).astimezone(UTC)
            except ValueError:
                expires_at = None
        paid_at = max((p.paid_at for p in payments if p.paid_at), default=None)
        return LinkStatus(
            link_id=token,
            state=state,
            amount=amount,
            paid_amount=paid.quantize(Decimal("0.01")),
            paid_at=paid_at if paid > 0 else None,
            expires_at=expires_at,
            payments=payments,
        )

    def archive(self, link_id: str) -> bool:
        """Tikkie has no call to close a payment request: it stays payable until its expiry date.
        Returns False (nothing was done)."""
        self._token(link_id)
        return False

    def test_connection(self) -> ConnectionCheck:
        """List one payment request: harmless, and it needs both the API key and the app token."""
        environment = self.environment
        try:
            send(
                self.client,
                "GET",
                "paymentrequests",
                provider=TITLE,
                params={"pageNumber": 0, "pageSize": 1},
                error_parser=tikkie_errors,
                secrets=self._secrets,
            )
        except ProviderError as error:
            check = check_from_error(error, environment=environment)
            if check.problem == "wrong_key":
                return ConnectionCheck(
                    False,
                    "wrong_key",
                    Message(
                        "links.tikkie.wrong_key",
                        {
                            "status": error.message.params.get("status"),
                            "code": error.message.params.get("provider_code") or "",
                            "environment": environment,
                        },
                    ),
                    environment,
                )
            return check
        return ConnectionCheck(
            True,
            "",
            Message("links.tikkie.connected", {"environment": environment}),
            environment,
        )

    # -- the calls

    def _create_or_find(self, body: dict[str, Any], reference: str) -> PaymentLink:
        started = self.now()
        try:
            response = send(
                self.client,
                "POST",
                "paymentrequests",
                provider=TITLE,
                json=body,
                error_parser=tikkie_errors,
                secrets=self._secrets,
            )
        except (Unknown, ProviderFault) as error:  # it may exist: look before anything else
            found = self._find_created(body, started)
            if found is not None:
                return found
            raise PaymentLinkError(
                Message(
                    "links.tikkie.uncertain",
                    {"reference": reference or body["description"], "detail": error.code},
                )
            ) from error
        return self._link(json_body(response))

    def _find_created(self, body: dict[str, Any], started: datetime) -> PaymentLink | None:
        """The request an unanswered create made, if Tikkie has it."""
        since = (started - _LOOKUP_MARGIN).astimezone(UTC)
        stamp = since.strftime("%Y-%m-%dT%H:%M:%S.") + f"{since.microsecond // 1000:03d}Z"
        try:
            for page in range(_LOOKUP_PAGES):
                data = self._get(
                    "paymentrequests",
                    params={"pageNumber": page, "pageSize": _PAGE_SIZE, "fromDateTime": stamp},
                ).json()
                items = data.get("paymentRequests") or []
                for item in items:
                    if all(item.get(key) == value for key, value in body.items()):
                        return self._link(item)
                total = int(data.get("totalElementCount") or 0)
                if (page + 1) * _PAGE_SIZE >= total or not items:
                    return None
        except (ProviderError, ValueError, TypeError, AttributeError):
            return None
        return None

    def _payments(self, token: str) -> tuple[LinkPayment, ...]:
        found: list[LinkPayment] = []
        for page in range(_LOOKUP_PAGES):
            data = self._get(
                f"paymentrequests/{token}/payments",
                params={"pageNumber": page, "pageSize": _PAGE_SIZE},
            ).json()
            items = data.get("payments") or []
            for item in items:
                amount = item.get("amountInCents")
                if not isinstance(amount, int):
                    continue
                found.append(
                    LinkPayment(
                        id=str(item.get("paymentToken") or item.get("tikkieId") or ""),
                        amount=(Decimal(amount) / 100).quantize(Decimal("0.01")),
                        paid_at=parse_instant(item.get("createdDateTime")),
                    )
                )
            total = int(data.get("totalElementCount") or 0)
            if (page + 1) * _PAGE_SIZE >= total or not items:
                break
        return tuple(found)

    def _get(self, url: str, params: dict[str, Any] | None = None) -> httpx.Response:
        return send(
            self.client,
            "GET",
            url,
            provider=TITLE,
            params=params,
            error_parser=tikkie_errors,
            secrets=self._secrets,
        )

    def _link(self, data: Any) -> PaymentLink:
        token = data.get("paymentRequestToken") if isinstance(data, dict) else None
        url = data.get("url") if isinstance(data, dict) else None
        if not isinstance(token, str) or not isinstance(url, str) or not url.startswith("https://"):
            raise PaymentLinkError(Message("links.bad_answer", {"provider": TITLE}))
        expires_at = None
        expiry = data.get("expiryDate")
        if isinstance(expiry, str):
            try:
                expires_at = end_of_day(date.fromisoformat(expiry)).astimezone(UTC)
            except ValueError:
                expires_at = None
        return PaymentLink(url=url, id=token, expires_at=expires_at)

    @staticmethod
    def _token(link_id: str) -> str:
        if not _TOKEN.fullmatch(link_id or ""):
            raise PaymentLinkError(Message("links.bad_id", {"provider": TITLE, "id": link_id}))
        return link_id
