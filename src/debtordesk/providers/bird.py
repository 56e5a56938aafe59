"""Bird's Channels API (the platform new Bird accounts get) as an :class:`SmsProvider`.

Contract (PROVIDERS.md 3.1b, docs.bird.com channels-api): ``POST
/workspaces/{workspaceId}/channels/{channelId}/messages`` with ``Authorization: AccessKey <key>`` and JSON
``{"receiver": {"contacts": [{"identifierKey": "phonenumber", "identifierValue": "+316…"}]},
"body": {"type": "text", "text": {"text": "…"}}, "reference": "…"}``; **202** "accepted for processing"
with the message (``id`` a UUID, ``status``). The sender (number or alphanumeric name) belongs to the SMS
channel as configured in Bird, so the ``sender`` argument is not sent. ``GET …/messages/{id}`` tells the
message's status (``accepted``, ``processing``, ``sent``, ``delivered``, ``sending_failed``,
``delivery_failed`` with a ``reason``); the channel (``GET /workspaces/{ws}/channels/{ch}``) is the
connection test. A 429 means "not processed, safe to retry".

**UNCERTAIN**: the error body. Bird's generated references show ``{"code", "message", "details"}`` for
the Channels API (``details`` naming fields); this client reads that shape and the newer
``{"error": {"code", "message"}}`` alike, and falls back to the HTTP status. Bird offers no search by our
reference in the sources found, so a message without Bird's id cannot be looked up.

Delivery (:meth:`BirdSms.delivery_status`): the same ``GET …/messages/{id}``; accepted, processing,
scheduled and sent are not final yet; delivered and read are delivered; sending_failed,
delivery_failed, rejected and failed are undelivered with Bird's ``reason``.
"""

from __future__ import annotations

import ssl
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx

from debtordesk.domain.errors import UserError
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
    Delivery,
    DeliveryState,
    LookupUnavailable,
    SmsRejected,
    SmsResult,
    SmsStatus,
    UnexpectedAnswer,
    check_recipient,
    check_reference,
    check_text,
    connection_failed,
    connection_ok,
    delivery_not_available,
    environment_of,
    parse_json_object,
    parse_timestamp,
    provider_text,
    rejection,
)

PROVIDER = "bird"
TITLE = "Bird"
LIVE_URL = "https://api.bird.com"
#: Bird publishes no SMS length limit for the Channels API; held to Twilio's 1600 (10 GSM-7 parts)
MAX_BODY = 1600

_STATUS = {
    "accepted": SmsStatus.ACCEPTED,
    "processing": SmsStatus.ACCEPTED,
    "scheduled": SmsStatus.ACCEPTED,
    "sent": SmsStatus.SENT,
    "delivered": SmsStatus.DELIVERED,
    "read": SmsStatus.DELIVERED,
    "sending_failed": SmsStatus.FAILED,
    "delivery_failed": SmsStatus.FAILED,
    "rejected": SmsStatus.FAILED,
    "failed": SmsStatus.FAILED,
}

#: a message's status -> delivery (anything else is taken as not final yet)
_DELIVERY = {
    "delivered": DeliveryState.DELIVERED,
    "read": DeliveryState.DELIVERED,
    "sending_failed": DeliveryState.UNDELIVERED,
    "delivery_failed": DeliveryState.UNDELIVERED,
    "rejected": DeliveryState.UNDELIVERED,
    "failed": DeliveryState.UNDELIVERED,
}


def parse_error(response: httpx.Response) -> tuple[str | None, str | None]:
    """(code, message plus the named fields) from ``{"code","message","details"}`` or ``{"error":…}``."""
    body = json_body(response)
    if not isinstance(body, dict):
        return None, None
    if isinstance(body.get("error"), dict):
        body = body["error"]
    code = body.get("code") or body.get("type")
    message = str(body.get("message") or "")
    details = body.get("details")
    fields = _fields(details)
    if fields:
        message = f"{message} ({', '.join(fields)})".strip()
    return (str(code) if code else None), (message or None)


def _fields(details: object) -> list[str]:
    if isinstance(details, dict):
        return [str(key) for key in details]
    if isinstance(details, list):
        return [
            str(item.get("param"))
            for item in details
            if isinstance(item, dict) and item.get("param")
        ]
    return []


class BirdSms:
    """Sends SMS through one Bird SMS channel."""

    provider = PROVIDER
    can_lookup = False
    can_check_delivery = True

    def __init__(
        self,
        access_key: str,
        *,
        workspace_id: str,
        channel_id: str,
        base_url: str = LIVE_URL,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        verify: ssl.SSLContext | None = None,
        transport: httpx.BaseTransport | None = None,
        max_connections: int = 10,
    ) -> None:
        for setting, value in (("workspace_id", workspace_id), ("channel_id", channel_id)):
            if not value.strip():
                raise UserError("sms.setting_missing", provider="Bird", setting=setting)
        self._key = access_key
        self._channel_id = channel_id
        self._channel = (
            f"workspaces/{quote(workspace_id, safe='')}/channels/{quote(channel_id, safe='')}"
        )
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

    def __enter__(self) -> BirdSms:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ sending

    def send(self, *, to: str, text: str, sender: str, reference: str) -> SmsResult:
        check_recipient(to, provider=TITLE)
        check_text(text, provider=TITLE, max_chars=MAX_BODY)
        check_reference(reference, provider=TITLE)
        payload = {
            "receiver": {"contacts": [{"identifierKey": "phonenumber", "identifierValue": to}]},
            "body": {"type": "text", "text": {"text": text}},
            "reference": reference,
        }
        response = self._request("POST", f"{self._channel}/messages", to=to, json=payload)
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
        if not provider_id:
            raise LookupUnavailable(provider="Bird")
        try:
            response = self._request(
                "GET", f"{self._channel}/messages/{quote(provider_id, safe='')}", to=to
            )
        except SmsRejected as exc:
            if exc.status == 404:
                return None
            raise
        return self._result(parse_json_object(response, provider=TITLE), text)

    # ------------------------------------------------------------------ delivery

    def delivery_status(
        self, provider_id: str | None, *, reference: str = "", to: str = ""
    ) -> Delivery:
        if not provider_id:
            return delivery_not_available("no_id")
        try:
            response = self._request(
                "GET", f"{self._channel}/messages/{quote(provider_id, safe='')}", to=to
            )
        except SmsRejected as exc:
            if exc.status == 404:
                return delivery_not_available("not_found")
            raise
        body = parse_json_object(response, provider=TITLE)
        raw = str(body.get("status") or "")
        if not raw:
            return delivery_not_available("no_status")
        state = _DELIVERY.get(raw, DeliveryState.PENDING)
        reason = body.get("reason") if state is DeliveryState.UNDELIVERED else None
        return Delivery(
            state,
            provider_status=raw,
            reason=provider_text(reason, [self._key]),
            at=parse_timestamp(body.get("updatedAt")),
        )

    # ------------------------------------------------------------------ connection test

    def test_connection(self) -> ConnectionCheck:
        """The channel: harmless; an inactive channel cannot send."""
        try:
            response = self._request("GET", self._channel)
            body = parse_json_object(response, provider=TITLE)
            state = str(body.get("status") or "")
            if state and state != "active":
                raise ProviderError(
                    "sms.channel_inactive", provider=TITLE, channel=self._channel_id, state=state
                )
        except ProviderError as error:
            return connection_failed(error, self._environment)
        return connection_ok(Message("sms.connection_ok", {"provider": TITLE}), self._environment)

    # ------------------------------------------------------------------ internals

    def _request(self, method: str, url: str, *, to: str = "", json: Any = None) -> httpx.Response:
        try:
            return send(
                self._client,
                method,
                url,
                provider=TITLE,
                error_parser=parse_error,
                secrets=[self._key],
                json=json,
            )
        except Rejected as exc:
            raise self._rejected(exc, to=to) from None

    @staticmethod
    def _rejected(exc: Rejected, *, to: str) -> SmsRejected:
        if exc.status in (401, 403):
            return rejection(exc, "wrong_key")
        detail = (exc.detail or "").lower()
        code = (exc.provider_code or "").lower()
        if exc.status == 402 or "balance" in detail or "credit" in detail:
            return rejection(exc, "insufficient_balance", to=to)
        if "receiver" in detail or "identifiervalue" in detail or code == "invalid_recipient":
            return rejection(exc, "invalid_number", to=to)
        if "body" in detail or "text" in detail:
            return rejection(exc, "text_invalid", to=to)
        return rejection(exc, "other", to=to)

    @staticmethod
    def _result(body: dict[str, Any], text: str) -> SmsResult:
        message_id = body.get("id")
        if not isinstance(message_id, str) or not message_id:
            raise UnexpectedAnswer(provider=TITLE, detail="no message id")
        raw_status = str(body.get("status") or "accepted")
        status = _STATUS.get(raw_status, SmsStatus.ACCEPTED)
        reason = None
        if status is SmsStatus.FAILED:
            reason = str(body.get("reason") or raw_status)
        return SmsResult(message_id, status, analyse(text).segments, reason)
