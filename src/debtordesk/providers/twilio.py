"""Twilio Programmable Messaging as an :class:`SmsProvider`.

Contract (PROVIDERS.md 3.3): ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``, HTTP Basic
``AccountSid:AuthToken``, **form-encoded** PascalCase fields (``To`` E.164, ``From`` a number or an
alphanumeric sender, or ``MessagingServiceSid`` ``MG…``, ``Body`` at most 1600 characters); 201 with the
message in snake_case JSON (``sid`` ``SM…``, ``status``, ``num_segments`` as a string); errors as
``{"code", "message", "more_info", "status"}``. Twilio has no field for our reference, so a message whose
outcome is unknown is found again among the recipient's recent messages by time and text. The account
resource (``GET /2010-04-01/Accounts/{sid}.json``) is the connection test; it also tells a trial account.

Delivery (:meth:`TwilioSms.delivery_status`): ``GET …/Messages/{Sid}.json``; ``status`` queued, accepted,
scheduled, sending, sent (and partially_delivered): pending; delivered, read: delivered; undelivered,
failed, canceled: undelivered with ``error_code`` (30003 unreachable handset, 30005 unknown
destination, 30006 landline, 30007 carrier filtering ...) and ``error_message``; ``date_updated`` is
when the status was reached.
"""

from __future__ import annotations

import re
import ssl
from datetime import datetime
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
    parse_json_object,
    parse_timestamp,
    provider_text,
    rejection,
)

PROVIDER = "twilio"
TITLE = "Twilio"
LIVE_URL = "https://api.twilio.com"
MAX_BODY = 1600
MAX_SENDER_DIGITS = 15
_MESSAGING_SERVICE = re.compile(r"^MG[0-9a-fA-F]{32}$")

_STATUS = {
    "queued": SmsStatus.ACCEPTED,
    "accepted": SmsStatus.ACCEPTED,
    "scheduled": SmsStatus.ACCEPTED,
    "sending": SmsStatus.ACCEPTED,
    "sent": SmsStatus.SENT,
    "delivered": SmsStatus.DELIVERED,
    "read": SmsStatus.DELIVERED,
    "partially_delivered": SmsStatus.SENT,
    "undelivered": SmsStatus.FAILED,
    "failed": SmsStatus.FAILED,
    "canceled": SmsStatus.FAILED,
}
#: a message's status -> delivery (anything else is taken as not final yet)
_DELIVERY = {
    "delivered": DeliveryState.DELIVERED,
    "read": DeliveryState.DELIVERED,
    "undelivered": DeliveryState.UNDELIVERED,
    "failed": DeliveryState.UNDELIVERED,
    "canceled": DeliveryState.UNDELIVERED,
}
# Twilio error code -> why the message was refused (https://www.twilio.com/docs/api/errors)
_CODE_REASON = {
    "20003": "wrong_key",
    "20005": "wrong_key",
    "21211": "invalid_number",
    "21614": "not_mobile",
    "21635": "not_mobile",
    "21610": "unsubscribed",
    "21408": "not_permitted",
    "21608": "not_permitted",
    "21612": "not_permitted",
    "21212": "sender_invalid",
    "21606": "sender_invalid",
    "21659": "sender_invalid",
    "21602": "text_invalid",
    "21617": "text_too_long",
}


def parse_error(response: httpx.Response) -> tuple[str | None, str | None]:
    body = json_body(response)
    if not isinstance(body, dict):
        return None, None
    code = body.get("code")
    message = body.get("message")
    return (
        str(code) if code is not None else None,
        str(message) if message is not None else None,
    )


class TwilioSms:
    """Sends SMS through Twilio's Messages resource."""

    provider = PROVIDER
    can_lookup = True
    can_check_delivery = True

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        *,
        base_url: str = LIVE_URL,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        verify: ssl.SSLContext | None = None,
        transport: httpx.BaseTransport | None = None,
        max_connections: int = 10,
    ) -> None:
        self._sid = account_sid
        self._token = auth_token
        self._account = f"2010-04-01/Accounts/{quote(account_sid, safe='')}"
        self._environment = environment_of(base_url, LIVE_URL)
        self._client = make_client(
            base_url,
            auth=(account_sid, auth_token),
            timeouts=timeouts,
            verify=verify,
            transport=transport,
            max_connections=max_connections,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> TwilioSms:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ sending

    def send(self, *, to: str, text: str, sender: str, reference: str) -> SmsResult:
        check_recipient(to, provider=TITLE)
        check_text(text, provider=TITLE, max_chars=MAX_BODY)
        # Twilio keeps no reference; it is checked all the same so every provider takes the same ones
        check_reference(reference, provider=TITLE)
        form: dict[str, str] = {"To": to, "Body": text}
        if _MESSAGING_SERVICE.match(sender):
            form["MessagingServiceSid"] = sender
        else:
            form["From"] = check_sender(sender, provider=TITLE, max_digits=MAX_SENDER_DIGITS)
        response = self._request(
            "POST", f"{self._account}/Messages.json", to=to, sender=sender, text=text, data=form
        )
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
                response = self._request(
                    "GET", f"{self._account}/Messages/{quote(provider_id, safe='')}.json", to=to
                )
            except SmsRejected as exc:
                if exc.status == 404:
                    return None
                raise
            return self._result(parse_json_object(response, provider=TITLE), text)
        # no reference at Twilio: the recipient's recent messages, matched on text and time
        response = self._request(
            "GET", f"{self._account}/Messages.json", to=to, params={"To": to, "PageSize": 50}
        )
        messages = parse_json_object(response, provider=TITLE).get("messages")
        earliest = as_utc(sent_after) - CLOCK_SLACK
        for item in messages if isinstance(messages, list) else []:
            if not isinstance(item, dict) or item.get("body") != text or item.get("to") != to:
                continue
            created = parse_timestamp(item.get("date_created"))
            if created is None or created < earliest:
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
                "GET", f"{self._account}/Messages/{quote(provider_id, safe='')}.json", to=to
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
        code = body.get("error_code")
        message = body.get("error_message")
        secrets = [self._token, self._sid]
        return Delivery(
            state,
            provider_status=raw,
            reason=provider_text(message, secrets),
            error_code=provider_text(code, secrets),
            at=parse_timestamp(body.get("date_updated")),
        )

    # ------------------------------------------------------------------ connection test

    def test_connection(self) -> ConnectionCheck:
        """The account resource: harmless; it also tells a suspended or a trial account."""
        try:
            response = self._request("GET", f"{self._account}.json")
            body = parse_json_object(response, provider=TITLE)
            state = str(body.get("status") or "")
            if state and state != "active":
                raise ProviderError("sms.account_inactive", provider=TITLE, state=state)
        except ProviderError as error:
            return connection_failed(error, self._environment)
        if str(body.get("type") or "").lower() == "trial":
            return connection_ok(
                Message("sms.connection_ok_trial", {"provider": TITLE}), self._environment
            )
        return connection_ok(Message("sms.connection_ok", {"provider": TITLE}), self._environment)

    # ------------------------------------------------------------------ internals

    def _request(
        self,
        method: str,
        url: str,
        *,
        to: str = "",
        sender: str = "",
        text: str = "",
        data: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
    ) -> httpx.Response:
        try:
            return send(
                self._client,
                method,
                url,
                provider=TITLE,
                error_parser=parse_error,
                secrets=[self._token, self._sid],
                data=data,
                params=params,
            )
        except Rejected as exc:
            raise self._rejected(exc, to=to, sender=sender, length=len(text)) from None

    @staticmethod
    def _rejected(exc: Rejected, *, to: str, sender: str, length: int) -> SmsRejected:
        reason = _CODE_REASON.get(exc.provider_code or "")
        if reason is None:
            reason = "wrong_key" if exc.status in (401, 403) else "other"
        if reason == "sender_invalid":
            return rejection(exc, reason, to=to, sender=sender, digits=MAX_SENDER_DIGITS)
        if reason == "text_too_long":
            return rejection(exc, reason, to=to, length=length, limit=MAX_BODY)
        return rejection(exc, reason, to=to)

    @staticmethod
    def _result(body: dict[str, Any], text: str) -> SmsResult:
        sid = body.get("sid")
        if not isinstance(sid, str) or not sid:
            raise UnexpectedAnswer(provider=TITLE, detail="no message sid")
        raw_status = str(body.get("status") or "queued")
        status = _STATUS.get(raw_status, SmsStatus.ACCEPTED)
        try:
            segments = int(str(body.get("num_segments")))
        except ValueError:
            segments = 0
        if segments <= 0:
            segments = analyse(text).segments
        reason = None
        if status is SmsStatus.FAILED:
            code = body.get("error_code")
            reason = f"{raw_status} {code}" if code else raw_status
        return SmsResult(sid, status, segments, reason)
