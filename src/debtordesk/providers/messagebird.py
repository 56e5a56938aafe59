"""MessageBird's REST messages API (the legacy API at rest.messagebird.com) as an :class:`SmsProvider`.

Contract (PROVIDERS.md 3.1a): ``POST /messages`` with ``Authorization: AccessKey <key>`` and a JSON body
(``originator``, ``recipients`` as MSISDNs without the plus, ``body``, ``reference``, ``datacoding``); 201
with the message (``id``, ``recipients.items[].status`` and ``messagePartCount``); errors as
``{"errors": [{"code", "description", "parameter"}]}`` (2 bad key, 9 missing, 10 invalid, 25 balance).
A message is found again by its id, or among the recipient's recent messages by our reference
(delivery reports are only kept for messages that carry one). ``GET /balance`` is the connection test.

Delivery (:meth:`MessageBirdSms.delivery_status`): ``GET /messages/{id}``, the recipient's ``status``
(scheduled, sent, buffered: pending; delivered; expired, delivery_failed: undelivered) with its
``statusDatetime``; the further ``statusReason`` and ``statusErrorCode`` are read when the answer has
them (**UNCERTAIN**: PROVIDERS.md 3.1a names them only for delivery reports).
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

PROVIDER = "messagebird"
TITLE = "MessageBird"
LIVE_URL = "https://rest.messagebird.com"
#: the longest body the API takes (a third-party schema of the API says 1377: 9 concatenated parts)
MAX_BODY = 1377
#: a numeric originator is a phone number with country code (E.164: at most 15 digits)
MAX_SENDER_DIGITS = 15

_STATUS = {
    "scheduled": SmsStatus.ACCEPTED,
    "buffered": SmsStatus.ACCEPTED,
    "sent": SmsStatus.SENT,
    "delivered": SmsStatus.DELIVERED,
    "expired": SmsStatus.FAILED,
    "delivery_failed": SmsStatus.FAILED,
}
#: a recipient's status -> delivery (anything else is taken as not final yet)
_DELIVERY = {
    "scheduled": DeliveryState.PENDING,
    "sent": DeliveryState.PENDING,
    "buffered": DeliveryState.PENDING,
    "delivered": DeliveryState.DELIVERED,
    "expired": DeliveryState.UNDELIVERED,
    "delivery_failed": DeliveryState.UNDELIVERED,
}
# the parameter a code 9 (missing) or 10 (invalid) names -> why the message was refused
_PARAMETER_REASON = {
    "recipients": "invalid_number",
    "recipient": "invalid_number",
    "originator": "sender_invalid",
    "body": "text_invalid",
    "reference": "reference_invalid",
}


def parse_error(response: httpx.Response) -> tuple[str | None, str | None]:
    """(code, description) of the first error; the code carries the parameter: ``10/recipients``."""
    body = json_body(response)
    errors = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(errors, list) or not errors or not isinstance(errors[0], dict):
        return None, None
    first = errors[0]
    code = first.get("code")
    parameter = first.get("parameter")
    text = str(code) if code is not None else None
    if text is not None and parameter:
        text = f"{text}/{parameter}"
    description = first.get("description")
    return text, str(description) if description is not None else None


class MessageBirdSms:
    """Sends SMS through MessageBird's REST messages API."""

    provider = PROVIDER
    can_lookup = True
    can_check_delivery = True

    def __init__(
        self,
        access_key: str,
        *,
        base_url: str = LIVE_URL,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        verify: ssl.SSLContext | None = None,
        transport: httpx.BaseTransport | None = None,
        max_connections: int = 10,
    ) -> None:
        self._key = access_key
        self._environment = environment_of(base_url, LIVE_URL)
        self._client = make_client(
            base_url,
            headers={"Authorization": f"AccessKey {access_key}"},
            timeouts=timeouts,
            verify=verify,
            transport=transport,
            max_connections=max_connections,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> MessageBirdSms:
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
            "originator": sender,
            "recipients": [msisdn(to)],
            "body": text,
            "reference": reference,
            # plain would replace what GSM-7 lacks; auto sends UCS-2 when the text needs it
            "datacoding": "auto",
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
        # the list is filtered by recipient; the reference and the time are matched here
        response = self._request(
            "GET", "messages", to=to, params={"recipient": msisdn(to), "limit": 50}
        )
        items = parse_json_object(response, provider=TITLE).get("items")
        earliest = as_utc(sent_after) - CLOCK_SLACK
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict) or item.get("reference") != reference:
                continue
            created = parse_timestamp(item.get("createdDatetime"))
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
            response = self._request("GET", f"messages/{quote(provider_id, safe='')}", to=to)
        except SmsRejected as exc:
            if exc.status == 404:  # MessageBird no longer keeps it
                return delivery_not_available("not_found")
            raise
        body = parse_json_object(response, provider=TITLE)
        recipients = body.get("recipients")
        items = recipients.get("items") if isinstance(recipients, dict) else None
        mine = [item for item in items or [] if isinstance(item, dict)]
        wanted = msisdn(to) if to else ""
        item = next((i for i in mine if str(i.get("recipient")) == wanted), None)
        if item is None and mine:
            item = mine[0]
        if item is None or not item.get("status"):
            return delivery_not_available("no_status")
        raw = str(item["status"])
        state = _DELIVERY.get(raw, DeliveryState.PENDING)
        reason = item.get("statusReason")
        code = item.get("statusErrorCode")
        secrets = [self._key]
        return Delivery(
            state,
            provider_status=raw,
            reason=provider_text(reason, secrets),
            error_code=provider_text(code, secrets),
            at=parse_timestamp(item.get("statusDatetime")),
        )

    # ------------------------------------------------------------------ connection test

    def test_connection(self) -> ConnectionCheck:
        """The balance: harmless, and only a valid key may read it."""
        environment = "test" if self._key.startswith("test_") else self._environment
        try:
            response = self._request("GET", "balance")
            body = parse_json_object(response, provider=TITLE)
        except ProviderError as error:
            return connection_failed(error, environment)
        if environment == "test":
            return connection_ok(
                Message("sms.connection_ok_test_key", {"provider": TITLE}), environment
            )
        amount = _decimal(body.get("amount"))
        if amount is None:
            return connection_ok(Message("sms.connection_ok", {"provider": TITLE}), environment)
        balance = f"{amount} {body.get('type') or ''}".strip()
        return connection_ok(
            Message("sms.connection_ok_balance", {"provider": TITLE, "balance": balance}),
            environment,
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
        code, _, parameter = (exc.provider_code or "").partition("/")
        if exc.status in (401, 403) or code == "2":
            return rejection(exc, "wrong_key")
        if code == "25":
            return rejection(exc, "insufficient_balance")
        if code in ("9", "10"):
            reason = _PARAMETER_REASON.get(parameter, "other")
            if reason == "sender_invalid":
                return rejection(exc, reason, to=to, sender=sender, digits=MAX_SENDER_DIGITS)
            return rejection(exc, reason, to=to)
        return rejection(exc, "other", to=to)

    @staticmethod
    def _result(body: dict[str, Any], text: str) -> SmsResult:
        message_id = body.get("id")
        if not isinstance(message_id, str) or not message_id:
            raise UnexpectedAnswer(provider=TITLE, detail="no message id")
        recipients = body.get("recipients")
        items = recipients.get("items") if isinstance(recipients, dict) else None
        item = items[0] if isinstance(items, list) and items and isinstance(items[0], dict) else {}
        raw_status = str(item.get("status") or "scheduled")
        status = _STATUS.get(raw_status, SmsStatus.ACCEPTED)
        parts = item.get("messagePartCount")
        segments = parts if isinstance(parts, int) and parts > 0 else analyse(text).segments
        reason = raw_status if status is SmsStatus.FAILED else None
        return SmsResult(message_id, status, segments, reason)


def _decimal(value: object) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None
