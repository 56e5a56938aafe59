"""Mollie payment links (``/v2/payment-links``, not short-lived payments), their status, archiving and
a connection test.

Contract (PROVIDERS.md section 2): ``Authorization: Bearer live_…|test_…``; JSON bodies; answers in
``application/hal+json``; amounts as ``{"currency": "EUR", "value": "12.30"}`` (a string with exactly two
decimals); errors as ``{"status", "title", "detail", "field"?, "_links"}``. A payment link lives until
``expiresAt`` (no expiry when omitted, so DebtorDesk always sets one); paid ⇔ ``paidAt`` is set; a link is
disabled by PATCHing ``archived: true``. The payment-link create body has no metadata field, so the payment
reference leads the description (shown in the dashboard and, where possible, on the statement).

Every create and archive carries an ``Idempotency-Key``; when a create gets no answer, or a 5xx, it is sent
again with the same key, and Mollie answers with the link the first one made. The key's mode (test or
live) must match the administration's ``mode`` setting: a test key makes links nobody can really pay.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from debtordesk.domain.messages import Message
from debtordesk.providers.connection import ConnectionCheck, check_from_error
from debtordesk.providers.http import (
    DEFAULT_TIMEOUTS,
    ProviderError,
    Rejected,
    Timeouts,
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

PROVIDER_ID = "mollie"
TITLE = "Mollie"
LIVE_BASE_URL = "https://api.mollie.com/v2"
MODES = ("live", "test")
KEY_PATTERN = re.compile(r"(live|test)_\w+")
DESCRIPTION_LIMIT = 255
_LINK_ID = re.compile(r"pl_[A-Za-z0-9]{1,64}")
#: how often a create answered 409 (the same key still being processed) is asked again
_CONFLICT_TRIES = 3


@dataclass(frozen=True)
class MollieConfig:
    api_key: str = field(repr=False)
    base_url: str = LIVE_BASE_URL
    #: "live" or "test": which kind of key this administration means to use
    mode: str = "live"
    link_days: int = DEFAULT_LINK_DAYS
    grace_days: int = DEFAULT_GRACE_DAYS
    #: where the payer lands after paying (None: Mollie's own completion page)
    redirect_url: str | None = None


def mollie_error(response: httpx.Response) -> tuple[str | None, str | None]:
    """(field or title, detail) of a Mollie problem body."""
    body = json_body(response)
    if not isinstance(body, dict):
        return None, None
    detail = body.get("detail")
    code = body.get("field") or body.get("title")
    return (str(code) if code else None), (str(detail) if detail else None)


def key_mode(api_key: str) -> str | None:
    """ "live" or "test" for a Mollie API key, None when it is not one (e.g. an OAuth token)."""
    if not KEY_PATTERN.fullmatch(api_key or ""):
        return None
    return api_key.split("_", 1)[0]


def amount_json(amount: Decimal) -> dict[str, str]:
    return {"currency": "EUR", "value": f"{amount:.2f}"}


def parse_amount(value: Any) -> Decimal | None:
    if not isinstance(value, dict) or value.get("currency") != "EUR":
        return None
    try:
        return Decimal(str(value.get("value"))).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


class MollieProvider:
    """A :class:`~debtordesk.providers.payment_links.PaymentLinkProvider` on Mollie payment links."""

    provider_id = PROVIDER_ID
    title = TITLE

    def __init__(
        self,
        config: MollieConfig,
        *,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        verify: Any = None,
        transport: httpx.BaseTransport | None = None,
        today: Callable[[], date] = local_today,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Callable[[float], None] = time.sleep,
        idempotency_key: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        self.config = config
        self.today = today
        self.now = now
        self.sleep = sleep
        self.new_key = idempotency_key
        self.guard = LinkCallGuard(sleep=sleep)
        self._secrets = (config.api_key,)
        self.client = make_client(
            config.base_url,
            headers={"Authorization": f"Bearer {config.api_key}"},
            timeouts=timeouts,
            verify=verify,
            transport=transport,
        )

    @property
    def environment(self) -> str:
        return key_mode(self.config.api_key) or ""

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> MollieProvider:
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
        problem = self.key_problem()
        if problem is not None:
            raise PaymentLinkError(problem.message)
        body = self.request_body(amount, description, reference, pay_by)
        key = self.new_key()
        return self.guard.run(lambda: self._create(body, key), idempotent=True)

    def no_link_reason(self) -> Message:
        return Message("links.provider_made_none", {"provider": TITLE})

    # -- polling, archiving, testing

    def request_body(
        self, amount: Decimal, description: str, reference: str, pay_by: date | None
    ) -> dict[str, Any]:
        cents(amount, TITLE)  # positive, two decimals at most
        text = link_text(reference, description, DESCRIPTION_LIMIT)
        if not text:
            raise PaymentLinkError(Message("links.description_missing", {"provider": TITLE}))
        last_day = expiry_date(
            self.today(), pay_by, link_days=self.config.link_days, grace_days=self.config.grace_days
        )
        body: dict[str, Any] = {
            "description": text,
            "amount": amount_json(amount),
            "expiresAt": end_of_day(last_day).isoformat(timespec="seconds"),
        }
        if self.config.redirect_url:
            body["redirectUrl"] = self.config.redirect_url
        return body

    def get_status(self, link_id: str) -> LinkStatus:
        """Paid, open, expired or closed, with the amount paid and the payments; PaymentLinkError
        when the provider cannot be asked or answers something unreadable."""
        try:
            return self._status(link_id)
        except (ValueError, TypeError, AttributeError, KeyError, ArithmeticError):
            raise PaymentLinkError(Message("links.bad_answer", {"provider": TITLE})) from None

    def _status(self, link_id: str) -> LinkStatus:
        link_id = self._link_id(link_id)
        data = self.guard.run(lambda: self._get(f"payment-links/{link_id}").json(), idempotent=True)
        if data.get("id") != link_id or data.get("resource") != "payment-link":
            raise ValueError("not this payment link")
        payments = self.guard.run(lambda: self._payments(link_id), idempotent=True)
        amount = parse_amount(data.get("amount"))
        paid = sum((p.amount for p in payments), Decimal("0.00"))
        paid_at = parse_instant(data.get("paidAt"))
        if paid_at is not None and paid == 0 and amount is not None:
            paid = amount  # paid, but the payment list lags behind
        expires_at = parse_instant(data.get("expiresAt"))
        if paid_at is not None:
            state = LinkState.PAID
        elif data.get("archived"):
            state = LinkState.CLOSED
        elif expires_at is not None and expires_at <= self.now():
            state = LinkState.EXPIRED
        else:
            state = LinkState.OPEN
        last_payment = max((p.paid_at for p in payments if p.paid_at), default=None)
        return LinkStatus(
            link_id=link_id,
            state=state,
            amount=amount,
            paid_amount=paid,
            paid_at=paid_at or last_payment,
            expires_at=expires_at,
            payments=payments,
        )

    def archive(self, link_id: str) -> bool:
        """Archive the link so it can no longer be paid (when superseded). True when done."""
        link_id = self._link_id(link_id)
        key = self.new_key()
        self.guard.run(
            lambda: send(
                self.client,
                "PATCH",
                f"payment-links/{link_id}",
                provider=TITLE,
                json={"archived": True},
                headers={"Idempotency-Key": key},
                error_parser=mollie_error,
                secrets=self._secrets,
            ),
            idempotent=True,
        )
        return True

    def key_problem(self) -> ConnectionCheck | None:
        """What is wrong with the key before any call: not a Mollie API key, or the wrong mode."""
        mode = key_mode(self.config.api_key)
        if mode is None:
            return ConnectionCheck(False, "wrong_key", Message("links.mollie.key_format"), "")
        if mode != self.config.mode:
            return ConnectionCheck(
                False,
                "mode_mismatch",
                Message("links.mollie.mode_mismatch", {"key_mode": mode, "mode": self.config.mode}),
                mode,
            )
        return None

    def test_connection(self) -> ConnectionCheck:
        """List one payment link: harmless, and only a valid key may do it."""
        problem = self.key_problem()
        if problem is not None:
            return problem
        environment = self.environment
        try:
            self._get("payment-links", params={"limit": 1})
        except ProviderError as error:
            return check_from_error(error, environment=environment)
        return ConnectionCheck(
            True, "", Message("links.mollie.connected", {"mode": environment}), environment
        )

    # -- the calls

    def _create(self, body: dict[str, Any], key: str) -> PaymentLink:
        for attempt in range(_CONFLICT_TRIES):
            try:
                response = send(
                    self.client,
                    "POST",
                    "payment-links",
                    provider=TITLE,
                    json=body,
                    headers={"Idempotency-Key": key},
                    error_parser=mollie_error,
                    secrets=self._secrets,
                )
            except Rejected as error:
                # 409: the first request with this key is still being processed: wait for it
                if error.status != 409 or attempt + 1 == _CONFLICT_TRIES:
                    raise
                self.sleep(1.0 * (attempt + 1))
                continue
            return self._link(json_body(response))
        raise AssertionError("unreachable")

    def _payments(self, link_id: str) -> tuple[LinkPayment, ...]:
        data = self._get(f"payment-links/{link_id}/payments", params={"limit": 250}).json()
        embedded = data.get("_embedded") if isinstance(data, dict) else None
        items = embedded.get("payments") if isinstance(embedded, dict) else None
        found = []
        for item in items or []:
            if not isinstance(item, dict) or item.get("status") != "paid":
                continue
            amount = parse_amount(item.get("amount"))
            if amount is None:
                continue
            found.append(
                LinkPayment(
                    id=str(item.get("id") or ""),
                    amount=amount,
                    paid_at=parse_instant(item.get("paidAt")),
                )
            )
        return tuple(found)

    def _get(self, url: str, params: dict[str, Any] | None = None) -> httpx.Response:
        return send(
            self.client,
            "GET",
            url,
            provider=TITLE,
            params=params,
            error_parser=mollie_error,
            secrets=self._secrets,
        )

    def _link(self, data: Any) -> PaymentLink:
        link_id = data.get("id") if isinstance(data, dict) else None
        links = data.get("_links") if isinstance(data, dict) else None
        href = None
        if isinstance(links, dict) and isinstance(links.get("paymentLink"), dict):
            href = links["paymentLink"].get("href")
        if (
            not isinstance(link_id, str)
            or not _LINK_ID.fullmatch(link_id)
            or not isinstance(href, str)
            or not href.startswith("https://")
        ):
            raise PaymentLinkError(Message("links.bad_answer", {"provider": TITLE}))
        expires = parse_instant(data.get("expiresAt"))
        return PaymentLink(
            url=href, id=link_id, expires_at=expires.astimezone(UTC) if expires else None
        )

    @staticmethod
    def _link_id(link_id: str) -> str:
        if not _LINK_ID.fullmatch(link_id or ""):
            raise PaymentLinkError(Message("links.bad_id", {"provider": TITLE, "id": link_id}))
        return link_id
