"""Spryng (Dutch SMS gateway) REST API v1 as an :class:`SmsProvider`.

Contract (PROVIDERS.md 3.4, from Spryng's own PHP client): ``POST /v1/messages`` with
``Authorization: Bearer <api key>`` and JSON ``body``, ``originator`` (1-11 alphanumerics or a number of
at most 14 digits), ``recipients`` (MSISDNs without the plus), ``encoding`` (``auto`` sends Unicode only
when the text needs it), ``route`` (``business``), ``reference``; the answer is the message object
(``id`` a UUID, ``credits``, ``reference`` ...). ``GET /v1/messages/{id}`` and ``GET /v1/messages`` with
the filters ``reference`` and ``recipient_number`` find a message again; ``GET /v1/balance`` is the
connection test.

**UNCERTAIN** (no source found): Spryng's error bodies and codes. The API is a Laravel application, so
this client reads Laravel's shapes: 401 ``{"message": "Unauthenticated."}`` and 422
``{"message": "...", "errors": {"recipients.0": ["..."]}}``; a refusal for credits is recognised by
status 402 or a field or text that names credits or balance. Anything else is "refused" with Spryng's own
text, which is still shown to the clerk.

Delivery (:meth:`SpryngSms.delivery_status`): ``GET /v1/messages/{id}?with[]=recipients``, the
recipient's ``status``. **UNCERTAIN**: Spryng publishes no delivery format; the message object of its
PHP and Java clients has no status at all, while the test fixtures of Spryng's own Node client show
``recipients: [{"number", "status": "delivered", "sent_at"}]`` on listed messages, and other
integrations ask for them with ``with[]=recipients``. So: delivered is delivered; failed, undelivered,
expired, rejected and canceled are undelivered (the status word is the reason); scheduled, queued,
sent, buffered and anything else is not final yet; an answer without a recipient status is "not
available" (the message stays sent, nothing is guessed).
"""

from __future__ import annotations

import ssl
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote

import httpx

from debtordesk.domain.messages import Message
from debtordesk.domain.sms_text import analyse
from debtordesk.providers.connection import ConnectionCheck
from debtordesk.providers.http import (
    DEFAULT_TIMEOUTS,
    ProviderError,
    Rejected,
    Timeouts,
    json_body,
    make_client,
    send,
)
from debtordesk.providers.sms import (
    CLOCK_SLACK,
    Delivery,
    DeliveryState,
    SmsRejected,
    SmsResult,
    SmsStatus,
    UnexpectedAnswer,
    as_utc,
    check_recipient,
    check_reference,
    check_sender,
    check_text,
    connection_failed,
    connection_ok,
    delivery_not_available,
    environment_of,
    msisdn,
    parse_json_object,
    parse_timestamp,
    provider_text,
    rejection,
)

PROVIDER = "spryng"
TITLE = "Spryng"
LIVE_URL = "https://rest.spryngsms.com/v1"
MAX_SENDER_DIGITS = 14
#: Spryng publishes no maximum; this is Twilio's 1600 (10 GSM-7 parts), far above any reminder
MAX_BODY = 1600

_FIELD_REASON = {
    "recipients": "invalid_number",
    "originator": "sender_invalid",
    "body": "text_invalid",
    "reference": "reference_invalid",
    "credits": "insufficient_balance",
    "balance": "insufficient_balance",
}
_STATUS = {
    "delivered": SmsStatus.DELIVERED,
    "sent": SmsStatus.SENT,
    "failed": SmsStatus.FAILED,
    "undelivered": SmsStatus.FAILED,
    "expired": SmsStatus.FAILED,
    "canceled": SmsStatus.FAILED,
}

#: a recipient's status -> delivery (anything else is taken as not final yet); UNCERTAIN, see above
_DELIVERY = {
    "delivered": DeliveryState.DELIVERED,
    "failed": DeliveryState.UNDELIVERED,
    "undelivered": DeliveryState.UNDELIVERED,
    "expired": DeliveryState.UNDELIVERED,
    "rejected": DeliveryState.UNDELIVERED,
    "canceled": DeliveryState.UNDELIVERED,
    "cancelled": DeliveryState.UNDELIVERED,
}


def parse_error(response: httpx.Response) -> tuple[str | None, str | None]:
    """(first field in ``errors``, its first text) for a validation error; (None, ``message``) else."""
    body = json_body(response)
    if not isinstance(body, dict):
        return None, None
    errors = body.get("errors")
    if isinstance(errors, dict) and errors:
        field, texts = next(iter(errors.items()))
        text = texts[0] if isinstance(texts, list) and texts else texts
        return str(field), str(text)
    message = body.get("message")
    return None, str(message) if message is not None else None


class SpryngSms:
    """Sends SMS through Spryng's REST API."""

    provider = PROVIDER
    can_lookup = True
    can_check_delivery = True

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = LIVE_URL,
        route: str = "business",
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        verify: ssl.SSLContext | None = None,
        transport: httpx.BaseTransport | None = None,
        max_connections: int = 10,
    ) -> None:
        self._key = api_key
        self._route = route
        self._environment = environment_of(base_url, LIVE_URL)
        self._client = make_client(
            base_url,
            headers={"Authorization": f"Bearer {api_key}"},
            timeouts=timeouts,
            verify=verify,
            transport=transport,
            max_connections=max_connections,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> SpryngSms:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ sending

    def send(self, *, to: str, text: str, sender: str, reference: str) -> SmsResult:
        check_recipient(to, provider=TITLE)
        check_sender(sender, provider=TITLE, max_digits=MAX_SENDER_DIGITS)
        check_text(text, provider=TITLE, max_chars=MAX_BODY)
        check_reference(reference, provider=TITLE)
        payload = {
            "body": text,
            "encoding": "auto",
            "originator": sender.removeprefix("+"),
            "recipients": [msisdn(to)],
            "route": self._route,
            "reference": reference,
        }
        response = self._request("POST", "messages", to=to, sender=sender, json=payload)
        return self._result(parse_json_object(response, provider=TITLE), text)

    # ------------------------------------------------------------------ looking up

    def lookup(
        self,
        *,
        reference: str,
        to: str,
        text: str,
        sent_after: datetime,
        provider_id: str | None = None,
    ) -> SmsResult | None:
        if provider_id:
            try:
                response = self._request("GET", f"messages/{provider_id}", to=to)
            except SmsRejected as exc:
                if exc.status == 404:
                    return None
                raise
            return self._result(parse_json_object(response, provider=TITLE), text)
        response = self._request(
            "GET",
            "messages",
            to=to,
            params={"reference": reference, "recipient_number": msisdn(to)},
        )
        data = parse_json_object(response, provider=TITLE).get("data")
        earliest = as_utc(sent_after) - CLOCK_SLACK
        for item in data if isinstance(data, list) else []:
            if not isinstance(item, dict) or item.get("reference") != reference:
                continue
            created = parse_timestamp(item.get("created_at"))
            if created is not None and created < earliest:
                continue
            return self._result(item, text)
        return None

    # ------------------------------------------------------------------ delivery

    def delivery_status(
        self, provider_id: str | None, *, reference: str = "", to: str = ""
    ) -> Delivery:
        if not provider_id:
            return delivery_not_available("no_id")
        try:
            response = self._request(
                "GET",
                f"messages/{quote(provider_id, safe='')}",
                to=to,
                params={"with[]": "recipients"},
            )
        except SmsRejected as exc:
            if exc.status == 404:
                return delivery_not_available("not_found")
            raise
        body = parse_json_object(response, provider=TITLE)
        recipients = body.get("recipients")
        mine = (
            [r for r in recipients if isinstance(r, dict)] if isinstance(recipients, list) else []
        )
        wanted = msisdn(to) if to else ""
        item = next((r for r in mine if str(r.get("number")) == wanted), None)
        if item is None and len(mine) == 1:
            item = mine[0]
        if item is None or not item.get("status"):
            return delivery_not_available("no_status")
        raw = str(item["status"]).lower()
        state = _DELIVERY.get(raw, DeliveryState.PENDING)
        return Delivery(
            state,
            provider_status=raw,
            reason=provider_text(raw, [self._key]) if state is DeliveryState.UNDELIVERED else None,
            at=parse_timestamp(item.get("updated_at")),
        )

    # ------------------------------------------------------------------ connection test

    def test_connection(self) -> ConnectionCheck:
        """The balance: harmless, and only a valid key may read it."""
        try:
            response = self._request("GET", "balance")
            body = parse_json_object(response, provider=TITLE)
        except ProviderError as error:
            return connection_failed(error, self._environment)
        try:
            amount = Decimal(str(body.get("amount")))
        except InvalidOperation:
            return connection_ok(
                Message("sms.connection_ok", {"provider": TITLE}), self._environment
            )
        return connection_ok(
            Message(
                "sms.connection_ok_balance", {"provider": TITLE, "balance": f"{amount} credits"}
            ),
            self._environment,
        )

    # ------------------------------------------------------------------ internals

    def _request(
        self,
        method: str,
        url: str,
        *,
        to: str = "",
        sender: str = "",
        json: Any = None,
        params: dict[str, Any] | None = None,
    ) -> httpx.Response:
        try:
            return send(
                self._client,
                method,
                url,
                provider=TITLE,
                error_parser=parse_error,
                secrets=[self._key],
                json=json,
                params=params,
            )
        except Rejected as exc:
            raise self._rejected(exc, to=to, sender=sender) from None

    @staticmethod
    def _rejected(exc: Rejected, *, to: str, sender: str) -> SmsRejected:
        if exc.status in (401, 403):
            return rejection(exc, "wrong_key")
        field = (exc.provider_code or "").split(".")[0]
        reason = _FIELD_REASON.get(field)
        text = (exc.detail or "").lower()
        if exc.status == 402 or "credit" in text or "balance" in text:
            reason = "insufficient_balance"
        if reason == "sender_invalid":
            return rejection(exc, reason, to=to, sender=sender, digits=MAX_SENDER_DIGITS)
        return rejection(exc, reason or "other", to=to)

    @staticmethod
    def _result(body: dict[str, Any], text: str) -> SmsResult:
        message_id = body.get("id")
        if not isinstance(message_id, str) or not message_id:
            raise UnexpectedAnswer(provider=TITLE, detail="no message id")
        raw_status = str(body.get("status") or "").lower()
        status = _STATUS.get(raw_status, SmsStatus.ACCEPTED)
        # Spryng's answer has credits, not parts (credits depend on the route): parts are counted here
        segments = analyse(text).segments
        reason = raw_status if status is SmsStatus.FAILED else None
        return SmsResult(message_id, status, segments, reason)
